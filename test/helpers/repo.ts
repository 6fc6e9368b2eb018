import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real, built CLI: tests drive it exactly as a user's shell would. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The `ao` command as npm installs it (package.json "bin"): the launcher, which loads the CLI or the pre-commit hook's bundle. */
export const AO_BIN = join(ROOT, 'dist', 'cli', 'ao.cjs');
export const HOOKS_DIR = join(ROOT, 'hooks');

export const WORKER = { name: 'Coding Agent', email: 'agent@example.com' };
export const CHECKER = 'reviewer@example.com';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A clean environment: no user config, no colours, a fixed author. */
export function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'LANG', 'TMPDIR', 'SYSTEMROOT']) if (process.env[key]) env[key] = process.env[key];
  return {
    ...env,
    HOME: tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: WORKER.name,
    GIT_AUTHOR_EMAIL: WORKER.email,
    GIT_COMMITTER_NAME: WORKER.name,
    GIT_COMMITTER_EMAIL: WORKER.email,
    NO_COLOR: '1',
    AO_BIN,
    ...extra,
  };
}

export interface TestRepo {
  dir: string;
  env: NodeJS.ProcessEnv;
  git(args: string[], options?: { env?: NodeJS.ProcessEnv; input?: string; allowFail?: boolean }): RunResult;
  ao(args: string[], options?: { env?: NodeJS.ProcessEnv; input?: string }): RunResult;
  write(path: string, content: string | Buffer): void;
  read(path: string): string;
  /** Stages everything and commits with the hooks bypassed (set-up, not the thing under test). */
  commitAll(message: string): string;
  head(): string;
  cleanup(): void;
}

const created: string[] = [];

export function tempDir(prefix = 'ao-test-'): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  created.push(dir);
  return dir;
}

export function cleanupAll(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, input?: string): RunResult {
  const result = spawnSync(command, args, { cwd, env, input, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function openRepo(dir: string, env: NodeJS.ProcessEnv = baseEnv()): TestRepo {
  const repo: TestRepo = {
    dir,
    env,
    git(args, options = {}) {
      const result = run('git', args, dir, { ...env, ...options.env }, options.input);
      if (result.code !== 0 && !options.allowFail)
        throw new Error(`git ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
      return result;
    },
    ao(args, options = {}) {
      return run(process.execPath, [AO_BIN, ...args], dir, { ...env, ...options.env }, options.input);
    },
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    read(path) {
      return readFileSync(join(dir, path), 'utf8');
    },
    commitAll(message) {
      repo.git(['add', '-A']);
      repo.git(['commit', '-q', '--no-verify', '--allow-empty', '-m', message]);
      return repo.head();
    },
    head() {
      return repo.git(['rev-parse', 'HEAD']).stdout.trim();
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return repo;
}

/** A new repository with `ao init` run and committed; hooks installed as plain git hooks. */
export function makeRepo(
  options: { init?: boolean; hooks?: 'git' | 'none'; objectFormat?: 'sha1' | 'sha256'; dir?: string } = {},
): TestRepo {
  const dir = options.dir ?? tempDir();
  mkdirSync(dir, { recursive: true });
  const env = baseEnv();
  execFileSync(
    'git',
    ['init', '-q', '-b', 'main', ...(options.objectFormat === 'sha256' ? ['--object-format=sha256'] : []), dir],
    { env },
  );
  const repo = openRepo(dir, env);
  if (options.init !== false) {
    const init = repo.ao(['init', '--hooks', options.hooks ?? 'git']);
    if (init.code !== 0) throw new Error(`ao init failed: ${init.stderr}`);
    repo.write('README.md', '# test repo\n');
    repo.commitAll('Set up agentops/verdict');
  }
  return repo;
}

/** Records a passing verdict on the staged change by an independent checker. */
export function verdictStaged(repo: TestRepo, extra: string[] = []): RunResult {
  return repo.ao(['verdict', 'pass', '--checker', CHECKER, ...extra]);
}

/** Stages everything, records a passing verdict and commits through the pre-commit hook, which must accept. */
export function commitCovered(repo: TestRepo, message: string): string {
  repo.git(['add', '-A']);
  const verdict = verdictStaged(repo);
  if (verdict.code !== 0) throw new Error(`ao verdict failed: ${verdict.stderr}`);
  const commit = repo.git(['commit', '-q', '-m', message], { allowFail: true });
  if (commit.code !== 0) throw new Error(`the pre-commit hook refused "${message}": ${commit.stderr}`);
  return repo.head();
}

/** A fresh clone of `repo` at `branch`: none of the original's .git/config, info/attributes or hooks. */
export function freshClone(repo: TestRepo, branch: string): TestRepo {
  const dir = join(tempDir('ao-clone-'), 'clone');
  const cloned = run('git', ['clone', '-q', '--branch', branch, repo.dir, dir], repo.dir, repo.env);
  if (cloned.code !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);
  return openRepo(dir, repo.env);
}
