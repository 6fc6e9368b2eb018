import { shellQuote } from '../core/shell.js';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { renderJsonFile } from '../core/canonical.js';
import { AoError } from '../core/errors.js';

import { defaultPolicy } from '../core/policy.js';
import { newGenesis, parseRecordPath, POLICY_PATH, recordPath, renderRecord, shortId } from '../core/record.js';
import type { Git } from '../git/git.js';
import { diagnose, HUSKY_WORKTREE_LINE, plainHooksDir, SETUP_COMMIT_MESSAGE } from '../repo/doctor.js';
import { listWorktreeLedger } from '../repo/ledger-view.js';
import { lexists, refuseUnsafeLedgerRoot, withLedgerLock, writeFileAtomic } from '../repo/writer.js';
import { parse } from './flags.js';
import { renderDoctor } from '../present/doctor.js';
import { openRepo, type Cli } from './context.js';
import { HELP } from './help.js';
import { HOOK_MARKER, HOOK_SCRIPTS, HUSKY_LINES } from '../repo/installed-hooks.js';
import { styleFor } from '../present/output.js';

const HOOKS = ['pre-commit', 'pre-push'] as const;
/** What init writes into husky's files: the gate's two hooks, and the copy of husky's hooks into new worktrees. */
const HUSKY_FILES: { hook: string; line: string; comment?: string }[] = [
  ...HOOKS.map((hook) => ({ hook, line: HUSKY_LINES[hook] })),
  {
    hook: 'post-checkout',
    line: HUSKY_WORKTREE_LINE,
    comment: "# agentops/verdict: `git worktree add` runs this in the new worktree; give it husky's hooks too",
  },
];
const GITATTRIBUTES = `# Ledger records are hashed byte for byte: never convert their line endings.
ledger/** -text
`;

export async function cmdInit(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse(
    'init',
    args,
    { hooks: { type: 'string' }, agent: { type: 'string', multiple: true } },
    false,
  );
  if (values.help) return (cli.out(HELP.init!), 0);
  const mode = values.hooks;
  if (mode !== undefined && !['husky', 'git', 'none'].includes(mode)) {
    throw new AoError(`--hooks must be husky, git or none, not ${JSON.stringify(mode)}`, {
      fix: 'ao init --hooks git',
    });
  }
  const git = await openRepo(cli);
  const top = git.topLevel;
  const did: string[] = [];
  /** Paths (from the top) init created or changed, for the commit it asks for. */
  const changed: string[] = [];
  // Never write through a symlinked .agents or .agents/ledger (it could lead out of the repository).
  refuseUnsafeLedgerRoot(top);

  const policyFile = join(top, POLICY_PATH);
  if (!lexists(policyFile)) {
    mkdirSync(dirname(policyFile), { recursive: true });
    // 'wx': never follows a dangling symlink planted at the path.
    writeFileSync(policyFile, renderJsonFile(defaultPolicy()), { flag: 'wx' });
    did.push(`created ${POLICY_PATH} (mode "commit": every commit needs a verdict)`);
    changed.push('.agents');
  }
  const attributes = join(top, '.agents/.gitattributes');
  if (!lexists(attributes)) {
    writeFileSync(attributes, GITATTRIBUTES, { flag: 'wx' });
    did.push('created .agents/.gitattributes (records keep their exact bytes)');
    changed.push('.agents');
  }
  await withLedgerLock(git, async () => {
    const genesis = listWorktreeLedger(top)
      .map(parseRecordPath)
      .find((parts) => parts?.seq === 0);
    if (genesis) return;
    const record = newGenesis();
    writeFileAtomic(git, join(top, recordPath(0, record.id)), renderRecord(record));
    did.push(`created the ledger's genesis record ${shortId(record.id)}`);
    changed.push('.agents');
  });

  const hookMode = mode ?? (existsSync(join(top, 'package.json')) ? 'husky' : 'git');
  if (hookMode === 'husky') did.push(...installHusky(top, cli, changed));
  else if (hookMode === 'git') did.push(...(await installGitHooks(git, cli.env)));

  if (values.agent) did.push(...(await (await import('../harness/setup.js')).setUpAgents(cli, top, values.agent)));

  cli.err(did.length ? did.map((line) => `ao init: ${line}`).join('\n') : 'ao init: already set up; nothing to do');
  // The doctor says whether the clone is now gated; the set-up commit is the next step, not a fault.
  const report = await diagnose(git, cli.env);
  const findings = report.findings.filter((f) => f.code !== 'setup-not-committed' || changed.length === 0);
  cli.err(renderDoctor(report, styleFor(process.stderr), findings));
  if (changed.length > 0) {
    const paths = [...new Set(changed)].map((path) => shellQuote(fromCwd(cli.cwd, join(top, path))));
    cli.err(
      `next: commit the set-up with \`git add ${paths.join(' ')} && git commit -m ${shellQuote(SETUP_COMMIT_MESSAGE)}\``,
    );
  }
  const ungated = findings.some((f) => f.severity === 'ungated' && f.code !== 'setup-not-committed');
  return ungated && hookMode !== 'none' ? 1 : 0;
}

/** `path` as typed from `cwd`: relative when inside it. */
function fromCwd(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !isAbsolute(rel) ? rel : path;
}

function installHusky(top: string, cli: Cli, changed: string[]): string[] {
  const did: string[] = [];
  const huskyBin = join(top, 'node_modules', 'husky', 'bin.js');
  if (!existsSync(huskyBin)) {
    throw new AoError('husky is not installed in this repository, so the hooks cannot be set up with it', {
      fix: 'run `npm i -D husky` and then `ao init` again, or install plain git hooks with `ao init --hooks git`',
    });
  }
  for (const { hook, line, comment } of HUSKY_FILES) {
    const file = join(top, '.husky', hook);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current.split('\n').some((l) => l.trim() === line)) continue;
    mkdirSync(dirname(file), { recursive: true });
    const added = comment ? `${comment}\n${line}\n` : `${line}\n`;
    writeFileSync(file, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${added}`, { mode: 0o755 });
    did.push(
      `${current ? 'added to' : 'created'} .husky/${hook}: ${comment ? "copy husky's hooks into each new worktree" : line}`,
    );
    changed.push(`.husky/${hook}`);
  }
  if (cli.env.HUSKY !== '0') {
    execFileSync(process.execPath, [huskyBin], { cwd: top, stdio: 'ignore' });
    did.push('ran husky (core.hooksPath is .husky/_)');
  }
  const pkgFile = join(top, 'package.json');
  try {
    const text = readFileSync(pkgFile, 'utf8');
    const pkg = JSON.parse(text) as { scripts?: Record<string, string> };
    if (!pkg.scripts?.prepare) {
      pkg.scripts = { ...pkg.scripts, prepare: 'husky' };
      const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
      writeFileSync(pkgFile, `${JSON.stringify(pkg, null, indent)}\n`);
      did.push('added "prepare": "husky" to package.json, so fresh clones get the hooks on npm install');
      changed.push('package.json');
    } else if (!pkg.scripts.prepare.includes('husky')) {
      did.push(
        `note: package.json's "prepare" script does not run husky; add \`husky\` to it so fresh clones get the hooks`,
      );
    }
  } catch {
    did.push('note: package.json could not be read; add "prepare": "husky" to its scripts yourself');
  }
  return did;
}

async function installGitHooks(git: Git, env: NodeJS.ProcessEnv): Promise<string[]> {
  const did: string[] = [];
  const hooksDir = await plainHooksDir(git, env);
  mkdirSync(hooksDir, { recursive: true });
  const shown = relative(git.topLevel, hooksDir) || hooksDir;
  for (const hook of HOOKS) {
    const file = join(hooksDir, hook);
    const script = HOOK_SCRIPTS[hook];
    if (existsSync(file)) {
      const current = readFileSync(file, 'utf8');
      if (current === script) continue;
      if (!current.includes(HOOK_MARKER)) {
        const kept = `${file}.pre-ao`;
        if (existsSync(kept)) {
          throw new AoError(
            `${shown}/${hook} is not ours and ${shown}/${hook}.pre-ao already exists, so it cannot be kept safely`,
            {
              fix: `merge the two by hand, remove ${shown}/${hook}, and run \`ao init --hooks git\` again`,
            },
          );
        }
        renameSync(file, kept);
        chmodSync(kept, 0o755);
        did.push(`kept your ${hook} hook as ${shown}/${hook}.pre-ao (it still runs first)`);
      }
    }
    writeFileSync(file, script, { mode: 0o755 });
    chmodSync(file, 0o755);
    did.push(`installed ${shown}/${hook}`);
  }
  return did;
}
