/**
 * Security properties: no shell between user input and a process, no read or write outside
 * the repository, no environment variable in any output, and no terminal control sequence
 * from the change under test reaching the terminal.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { coveredCommit, openCase } from '../fixtures/hostile/corpus.js';
import { actionRunner, runActionOnCase } from './action.js';
import { baseEnv, cleanupAll, makeRepo, openRepo, ROOT, tempDir, type TestRepo } from '../helpers/repo.js';
import { ao } from './runner.js';

let template: string;
beforeAll(() => {
  template = inject('hostileTemplate');
});
afterAll(cleanupAll);

function copyTemplate(): TestRepo {
  const dir = tempDir('ao-sec-');
  cpSync(template, dir, { recursive: true, verbatimSymlinks: true });
  return openRepo(dir);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('no shell', () => {
  it('src/ starts processes only with an argument vector (ao check runs the commands its user types, by design)', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const rel = relative(ROOT, file);
      for (const [pattern, what] of [
        [/shell:\s*true/, 'shell: true'],
        [/\bexecSync\s*\(/, 'execSync'],
        [/\bexec\s*\(\s*[`'"]/, 'exec(string)'],
        [/from 'node:child_process'[^;]*\bexec\b[,}]/, 'exec import'],
      ] as const) {
        if (pattern.test(text)) offenders.push(`${rel}: ${what}`);
      }
      if (
        /['"]\/bin\/sh['"]|['"]sh['"],\s*\[\s*['"]-c/.test(text) &&
        rel !== join('src', 'repo', 'check', 'process.ts')
      )
        offenders.push(`${rel}: sh -c`);
    }
    expect(offenders).toEqual([]);
  });

  it('hooks and git survive shell metacharacters in the repository path, branch names, remote path and file names', () => {
    const outer = tempDir('ao-meta-');
    const repo = makeRepo({ dir: join(outer, 'r $(touch PWNED1) `touch PWNED2`; touch PWNED3'), hooks: 'git' });
    const remote = join(outer, 'remote $(touch PWNED4).git');
    spawnSync('git', ['init', '-q', '--bare', remote], { env: baseEnv() });
    repo.git(['remote', 'add', 'origin', remote]);
    repo.git(['checkout', '-q', '-b', 'feat;touch${IFS}PWNED5']);
    coveredCommit(repo, 'src/$(touch PWNED6).txt', 'x\n', 'Add $(touch PWNED7) `touch PWNED8`');
    repo.write('src/unchecked $(touch PWNED9).txt', 'y\n');
    repo.git(['add', '-A']);
    expect(repo.git(['commit', '-q', '-m', '$(touch PWNED10)'], { allowFail: true }).code).toBe(1); // the hook ran and refused
    repo.git(['reset', '-q', '--hard']);
    const push = repo.git(['push', '-q', 'origin', 'HEAD'], { allowFail: true });
    expect(push.code, push.stderr).toBe(0); // the pre-push hook ran and accepted
    const planted = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.name.startsWith('PWNED') ? [join(dir, e.name)] : e.isDirectory() ? planted(join(dir, e.name)) : [],
      );
    expect(planted(outer)).toEqual([]);
    expect(existsSync(join(process.cwd(), 'PWNED1'))).toBe(false);
  });
});

describe('no path read or written leaves the repository', () => {
  for (const [what, linkAt, target] of [
    ['.agents/ledger', '.agents/ledger', 'outside-ledger'],
    ['a bucket folder', '.agents/ledger/0000', 'outside-bucket'],
  ] as const) {
    it(`ao verdict refuses to write through a symlinked ${what}`, () => {
      const repo = copyTemplate();
      const outside = join(tempDir('ao-outside-'), target);
      cpSync(join(repo.dir, linkAt), outside, { recursive: true });
      const before = readdirSync(outside).sort();
      rmSync(join(repo.dir, linkAt), { recursive: true });
      symlinkSync(outside, join(repo.dir, linkAt));
      const result = ao(repo, ['verdict', 'pass', '--commit', 'HEAD', '--checker', 'x@example.com']);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/symbolic link[\s\S]*fix: /);
      expect(readdirSync(outside).sort()).toEqual(before);
      // And reading: ledger verify names the link instead of following it.
      const audit = ao(repo, ['ledger', 'verify', '--json']);
      expect(audit.code).toBe(1);
      expect(JSON.stringify(audit.json!.problems)).toContain('symbolic link');
    });
  }

  it('ao init refuses a symlinked .agents and never writes through a dangling symlink at the policy path', () => {
    const repo = makeRepo({ init: false });
    const outside = tempDir('ao-outside-');
    symlinkSync(outside, join(repo.dir, '.agents'));
    const result = ao(repo, ['init', '--hooks', 'none']);
    expect(result.code, result.stderr).toBe(2);
    expect(readdirSync(outside)).toEqual([]);

    const second = makeRepo({ init: false });
    mkdirSync(join(second.dir, '.agents'));
    const target = join(tempDir('ao-outside-'), 'planted.json');
    symlinkSync(target, join(second.dir, '.agents/policy.json'));
    ao(second, ['init', '--hooks', 'none']);
    expect(existsSync(target)).toBe(false);
  });

  it('a record symlinked to a FIFO outside the repository is never opened (no hang)', () => {
    const repo = copyTemplate();
    const fifo = join(tempDir('ao-fifo-'), 'pipe');
    spawnSync('mkfifo', [fifo]);
    const path = '.agents/ledger/0000/00000004-' + 'a'.repeat(64) + '.json';
    symlinkSync(fifo, join(repo.dir, path));
    for (const args of [
      ['ledger', 'verify', '--json'],
      ['verify', '--json'],
      ['verdict', 'pass', '--commit', 'HEAD', '--checker', 'x@example.com'],
    ]) {
      const result = ao(repo, args);
      expect(result.timedOut, args.join(' ')).toBe(false);
      expect(result.stderr).not.toMatch(/internal error/);
    }
    expect(ao(repo, ['ledger', 'verify']).code).toBe(1);
  });
});

describe('no environment variable reaches a log', () => {
  it('secrets in the environment appear in no output of any command, of the action, nor in any record', async () => {
    const repo = copyTemplate();
    const canary = 'CANARY-7f3e9a1c';
    const env = {
      GITHUB_TOKEN: `${canary}-gh`,
      NPM_TOKEN: `${canary}-npm`,
      AWS_SECRET_ACCESS_KEY: `${canary}-aws`,
      'INPUT_GITHUB-TOKEN': `${canary}-input`,
      SECRET: `${canary}-plain`,
      AO_DEBUG: '1',
    };
    repo.write('src/unchecked.txt', 'x\n');
    repo.git(['add', '-A']);
    const outputs: string[] = [];
    for (const args of [
      ['verify'],
      ['verify', '--json'],
      ['verify', '--range', 'main..feature'],
      ['status'],
      ['status', '--json'],
      ['verdict', 'pass', '--checker', 'x@example.com', '--json'],
      ['verdict', 'pass'],
      ['verdict', 'maybe', '--checker', 'x@example.com'],
      ['ledger', 'verify', '--since', 'main'],
      ['log'],
      ['show', 'zz'],
      ['lookup', 'HEAD'],
      ['search', 'nothing'],
      ['nonsense'],
      ['verify', '--range', 'nope..nada'],
      ['hook', 'pre-commit'],
    ]) {
      const result = ao(repo, args, env);
      outputs.push(`$ ao ${args.join(' ')}\n${result.stdout}${result.stderr}`);
    }
    const hooked = repo.git(['commit', '-m', 'through the hook'], { env, allowFail: true });
    outputs.push(hooked.stdout + hooked.stderr);
    if (actionRunner) {
      // The action, with the token among its inputs and a status to post (to an address that refuses).
      const failing = openCase(template);
      failing.write('src/unchecked.txt', 'x\n');
      failing.commitAll('Unchecked');
      const run = await runActionOnCase(failing, {
        env,
        inputs: { token: `${canary}-token`, 'status-context': 'agentops/verdict' },
      });
      expect(run.code).not.toBe(0);
      outputs.push(run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs));
    }
    const all = outputs.join('\n');
    expect(all).not.toContain(canary);
    for (const path of readdirSync(join(repo.dir, '.agents/ledger/0000')))
      expect(readFileSync(join(repo.dir, '.agents/ledger/0000', path), 'utf8')).not.toContain(canary);
  });
});

describe('the change under test cannot write to the terminal', () => {
  it('escape sequences, newlines and bidi overrides in commit subjects, records and paths are shown escaped', () => {
    const repo = copyTemplate();
    const evil = 'Fix\x1b[2K\x1b[1A\x1b[32m ok: 1 covered\x1b[0m \u202eevil\u009b31m';
    repo.write('src/evil\x1b[1A.txt', 'x\n');
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '--no-verify', '-m', evil]);
    const pass = ao(repo, [
      'verdict',
      'fail',
      '--commit',
      'HEAD',
      '--checker',
      'x@example.com',
      '--summary',
      `bad\x1b]0;pwned\x07\nsecond line`,
    ]);
    expect(pass.code, pass.stderr).toBe(0);
    for (const args of [
      ['verify', '--range', 'main..HEAD'],
      ['log'],
      ['show', pass.stdout.trim().slice(7, 19)],
      ['lookup', 'HEAD'],
    ]) {
      const result = ao(repo, args);
      const text = result.stdout + result.stderr;
      expect(text, args.join(' ')).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    }
    const verifyOut = ao(repo, ['verify', '--range', 'main..HEAD']).stdout;
    expect(verifyOut).toContain('\\u{1b}[2K');
    expect(verifyOut).toContain('FAILED');
  });
});
