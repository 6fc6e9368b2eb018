import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AoError } from '../core/errors.js';
import { shellQuote } from '../core/shell.js';
import { plural } from '../core/words.js';
import { listWorktreeLedger } from '../repo/ledger-view.js';
import { parse } from './flags.js';
import type { Cli } from './context.js';
import { HELP } from './help.js';
import { styleFor } from '../present/output.js';

/**
 * A scripted walk in a throwaway repository, driving the real `ao` binary and real git
 * hooks: what a user would type, and what they would see.
 */
export async function cmdDemo(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse('demo', args, { keep: { type: 'boolean' } }, false);
  if (values.help) return (cli.out(HELP.demo!), 0);
  const style = styleFor(process.stdout);
  const aoBin = process.argv[1];
  if (!aoBin)
    throw new AoError('cannot tell where the ao binary is', { fix: 'run the demo as `npx ao demo` or `npm run demo`' });
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'ao-demo-')));
  const agent = {
    GIT_AUTHOR_NAME: 'Coding Agent',
    GIT_AUTHOR_EMAIL: 'agent@example.com',
    GIT_COMMITTER_NAME: 'Coding Agent',
    GIT_COMMITTER_EMAIL: 'agent@example.com',
  };
  const env = {
    ...process.env,
    ...agent,
    AO_BIN: aoBin,
    HUSKY: '',
    NO_COLOR: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: dir,
  };
  const expectations: string[] = [];

  const step = (title: string) => cli.out(`\n${style.bold(`== ${title}`)}`);
  const run = (label: string, command: string, argv: string[], expect: 'ok' | 'fail', input?: string): string => {
    cli.out(style.dim(`$ ${label}`));
    const result = spawnSync(command, argv, { cwd: dir, env, encoding: 'utf8', input });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trimEnd();
    if (output)
      cli.out(
        output
          .split('\n')
          .map((line) => `  ${line}`)
          .join('\n'),
      );
    const passed = expect === 'ok' ? result.status === 0 : result.status !== 0;
    cli.out(
      passed
        ? style.ok(`  -> exit ${result.status}, as expected`)
        : style.bad(`  -> exit ${result.status}, NOT as expected`),
    );
    if (!passed) expectations.push(label);
    return output;
  };
  // Each command is echoed as it is pasted into a shell: every word quoted where it needs it.
  const shown = (argv: string[]) => argv.map(shellQuote).join(' ');
  const git = (argv: string[], expect: 'ok' | 'fail' = 'ok') => run(shown(['git', ...argv]), 'git', argv, expect);
  const ao = (argv: string[], expect: 'ok' | 'fail' = 'ok') =>
    run(shown(['ao', ...argv]), process.execPath, [aoBin, ...argv], expect);

  try {
    cli.out(`agentops/verdict demo in ${dir}`);
    step('An agent works in a repository guarded by ao');
    spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
    ao(['init', '--hooks', 'git']);
    git(['add', '.agents']);
    git(['commit', '-q', '-m', 'Set up agentops/verdict']);

    step('The agent writes code and tries to commit it: refused, no one checked it');
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/add.js'), 'export const add = (a, b) => a + b;\n');
    git(['add', 'src/add.js']);
    git(['commit', '-m', 'Add add()'], 'fail');

    step('The agent cannot vouch for itself');
    ao(['verdict', 'pass', '--checker', 'agent@example.com'], 'fail');

    step('A second identity (a reviewer agent in a fresh session) checks it and records a verdict');
    ao([
      'verdict',
      'pass',
      '--checker',
      'reviewer@example.com',
      '--checker-kind',
      'agent',
      '--session',
      'review-7',
      '--evidence',
      'test:node --test: 4 passed',
      '--summary',
      'add() is correct for integers and floats',
    ]);
    ao(['status']);

    step('Now the commit goes through, carrying its verdict');
    git(['commit', '-m', 'Add add()']);
    ao(['verify', '--commit', 'HEAD']);
    ao(['log']);

    step('Someone edits a recorded verdict: caught');
    const record = listWorktreeLedger(dir)
      .filter((p) => p.endsWith('.json'))
      .at(-1)!;
    const text = readFileSync(join(dir, record), 'utf8');
    writeFileSync(join(dir, record), text.replace('add() is correct', 'add() is perfect'));
    ao(['ledger', 'verify', '--since', 'HEAD'], 'fail');
    git(['checkout', '--', record]);
    ao(['ledger', 'verify']);
  } finally {
    if (values.keep) cli.out(`\nkept ${shellQuote(dir)}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  if (expectations.length > 0) {
    cli.err(`demo: ${plural(expectations.length, 'step')} did not behave as expected: ${expectations.join('; ')}`);
    return 1;
  }
  cli.out(
    `\n${style.ok('demo complete')}: a commit refused, a verdict by a second identity, the commit accepted, a tampered record caught.`,
  );
  return 0;
}
