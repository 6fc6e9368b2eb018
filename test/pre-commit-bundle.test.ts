// The `ao` launcher (dist/cli/ao.cjs) and the pre-commit hook's own bundle
// (dist/cli/pre-commit/index.cjs): the hook reaches the decision the ES module CLI reaches,
// through git's own hook run; it starts git before the rest of its code runs, so the staged
// diff it uses must be the one against the commit it judges; its V8 code cache is kept per
// user and never trusted when it is not ours or not valid; and its decision on a staged change
// is the one the built action reaches on the commit that change makes.
import { isAscii } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WRAPPER_HEAD, WRAPPER_TAIL } from '../src/cli/code-cache.js';
import { Git } from '../src/git/git.js';
import { checkoutLike, pushPayload, runAction } from './helpers/action.js';
import {
  AO_BIN,
  CHECKER,
  cleanupAll,
  makeRepo,
  ROOT,
  run,
  tempDir,
  verdictStaged,
  type TestRepo,
} from './helpers/repo.js';

afterAll(() => cleanupAll());

const ESM_CLI = join(ROOT, 'dist', 'cli', 'index.js');

/** The hook through the launcher (what `ao hook pre-commit` runs) and through the ES module CLI directly. */
function bothEntries(repo: TestRepo, env: NodeJS.ProcessEnv = {}) {
  const launcher = repo.ao(['hook', 'pre-commit'], { env });
  const esm = run(process.execPath, [ESM_CLI, 'hook', 'pre-commit'], repo.dir, { ...repo.env, ...env });
  expect(launcher.code).toBe(esm.code);
  expect(launcher.stderr).toBe(esm.stderr);
  expect(launcher.stdout).toBe(esm.stdout);
  return launcher;
}

/** A `git` on PATH that logs each subcommand, then runs the real one. */
function loggingGit(): { path: string; calls: () => string[] } {
  const bin = tempDir('ao-git-log-');
  const log = join(bin, 'calls');
  writeFileSync(log, '');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${realGit}' "$@"\n`);
  chmodSync(join(bin, 'git'), 0o755);
  return {
    path: bin,
    calls: () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean),
  };
}

describe('the pre-commit bundle', () => {
  it('decides as the ES module CLI does: uncovered, covered, edited after its verdict, and range mode', () => {
    const repo = makeRepo({ hooks: 'none' });
    repo.write('src/a.txt', 'a\n');
    repo.git(['add', '-A']);
    const uncovered = bothEntries(repo);
    expect(uncovered.code).toBe(1);
    expect(uncovered.stderr).toContain('refused this commit');
    expect(verdictStaged(repo).code).toBe(0);
    const covered = bothEntries(repo);
    expect(covered.code).toBe(0);
    expect(covered.stderr).toContain(`by ${CHECKER}`);
    // Hostile: the verdict staged, then the change edited after it: the verdict no longer names it.
    repo.write('src/a.txt', 'a, edited after the verdict\n');
    repo.git(['add', 'src/a.txt']);
    expect(bothEntries(repo).code).toBe(1);
    // A base policy in range mode: the commit hook only warns, in both.
    const policy = JSON.parse(repo.read('.agents/policy.json'));
    repo.write('.agents/policy.json', `${JSON.stringify({ ...policy, mode: 'range' }, null, 2)}\n`);
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '--no-verify', '-m', 'range mode']);
    repo.write('src/b.txt', 'b\n');
    repo.git(['add', 'src/b.txt']);
    const warned = bothEntries(repo);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('policy mode is "range"');
  });

  it("runs under git's own hook, from the first commit of an unborn branch on", () => {
    const repo = makeRepo({ init: false });
    expect(repo.ao(['init', '--hooks', 'git']).code).toBe(0);
    repo.write('src/first.txt', 'first\n');
    repo.git(['add', '-A']);
    // Unborn HEAD: the diff started against HEAD fails, the one against the empty tree is used.
    const unborn = bothEntries(repo);
    expect(unborn.code).toBe(0);
    const first = repo.git(['commit', '-q', '-m', 'Set up agentops/verdict'], { allowFail: true });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe(unborn.stderr);
    // The policy is at the base now: an unchecked change is refused by git's own hook run.
    repo.write('src/second.txt', 'second\n');
    repo.git(['add', '-A']);
    const refused = repo.git(['commit', '-q', '-m', 'second'], { allowFail: true });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('refused this commit');
    expect(verdictStaged(repo).code).toBe(0);
    const accepted = repo.git(['commit', '-q', '-m', 'second'], { allowFail: true });
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stderr).toContain('passes');
  });

  it('says what is wrong and exits 2 outside a repository, with no stack trace', () => {
    const outside = tempDir('ao-not-a-repo-');
    const result = run(process.execPath, [AO_BIN, 'hook', 'pre-commit'], outside, {
      PATH: process.env.PATH,
      HOME: outside,
      GIT_CEILING_DIRECTORIES: outside,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not inside a git repository');
    expect(result.stderr).toContain('fix:');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a broken install (the bundles missing beside the launcher) exits 2 with the fix, never a stack trace', () => {
    const dir = tempDir('ao-broken-install-');
    copyFileSync(AO_BIN, join(dir, 'ao.cjs'));
    for (const args of [['hook', 'pre-commit'], ['--version']]) {
      const result = run(process.execPath, [join(dir, 'ao.cjs'), ...args], dir, { PATH: process.env.PATH });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('ao: the CLI could not be loaded');
      expect(result.stderr).toContain('fix: reinstall it');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('answers --help, refuses other arguments (exit 2), and names a directory that is gone', () => {
    const repo = makeRepo({ hooks: 'none' });
    const help = repo.ao(['hook', 'pre-commit', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('ao hook pre-commit');
    const extra = repo.ao(['hook', 'pre-commit', 'extra']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('takes no arguments');
    const gone = join(repo.dir, 'gone');
    for (const args of [
      ['hook', 'pre-commit'],
      ['verify', '--staged'],
    ]) {
      mkdirSync(gone);
      const result = run(
        'sh',
        ['-c', 'cd "$1" && rmdir "$1" && shift && exec "$@"', 'sh', gone, process.execPath, AO_BIN, ...args],
        repo.dir,
        repo.env,
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('no longer exists');
      expect(result.stderr).toContain('fix: cd into your repository');
    }
  });

  it('hostile: a replace ref over the base policy is not what the hook reads (nor CI)', () => {
    const repo = makeRepo({ hooks: 'none' });
    const policy = JSON.parse(repo.read('.agents/policy.json'));
    const lax = repo
      .git(['hash-object', '-w', '--stdin'], {
        input: `${JSON.stringify({ ...policy, enforcement: 'observe' }, null, 2)}\n`,
      })
      .stdout.trim();
    repo.git(['replace', repo.git(['rev-parse', 'HEAD:.agents/policy.json']).stdout.trim(), lax]);
    repo.write('src/a.txt', 'a\n');
    repo.git(['add', '-A']);
    const refused = bothEntries(repo);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refused this commit');
  });

  it('from a subdirectory with a relative GIT_DIR, the hook decides as ao verify --staged does', () => {
    const repo = makeRepo({ hooks: 'none' });
    mkdirSync(join(repo.dir, 'sub'));
    repo.write('src/a.txt', 'a\n');
    repo.git(['add', '-A']);
    expect(verdictStaged(repo).code).toBe(0);
    const env = { ...repo.env, GIT_DIR: '../.git', GIT_WORK_TREE: '..' };
    const hook = run(process.execPath, [AO_BIN, 'hook', 'pre-commit'], join(repo.dir, 'sub'), env);
    const verify = run(process.execPath, [AO_BIN, 'verify', '--staged'], join(repo.dir, 'sub'), env);
    expect(hook.code).toBe(verify.code);
  });

  it('starts no git at all when HUSKY=0, and at most four when it runs', () => {
    const repo = makeRepo({ hooks: 'none' });
    repo.write('src/a.txt', 'a\n');
    repo.git(['add', '-A']);
    expect(verdictStaged(repo).code).toBe(0);
    const git = loggingGit();
    const PATH = `${git.path}:${repo.env.PATH}`;
    const skipped = repo.ao(['hook', 'pre-commit'], { env: { PATH, HUSKY: '0' } });
    expect(skipped.code).toBe(0);
    expect(git.calls()).toEqual([]);
    const ran = repo.ao(['hook', 'pre-commit'], { env: { PATH } });
    expect(ran.code).toBe(0);
    expect(git.calls().length, git.calls().join(' ')).toBeLessThanOrEqual(4);
  });

  it('is ASCII (its marks escaped), so the launcher reads it as one-byte text, and prints them as the ES module CLI does', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'cli', 'pre-commit', 'index.cjs'));
    expect(isAscii(bundle)).toBe(true);
    // Stored as the function the launcher compiles, so that it is compiled as read, no copy made.
    const text = bundle.toString('latin1');
    expect(text.startsWith(WRAPPER_HEAD) && text.endsWith(WRAPPER_TAIL)).toBe(true);
    const repo = makeRepo({ hooks: 'none' });
    repo.write('src/a.txt', 'a\n');
    repo.git(['add', '-A']);
    const launched = repo.ao(['hook', 'pre-commit']);
    const direct = run(process.execPath, [ESM_CLI, 'hook', 'pre-commit'], repo.dir, repo.env);
    expect(launched.code).toBe(1);
    expect(launched.stderr).toContain('\u2718');
    expect(launched.stderr).toBe(direct.stderr);
  });
});

describe('the staged diff started before HEAD is known', () => {
  it('is the diff against the commit asked for, even when HEAD moved after it started', async () => {
    const repo = makeRepo({ hooks: 'none' });
    const first = repo.head();
    repo.write('src/a.txt', 'a\n');
    const second = repo.commitAll('second');
    repo.write('src/b.txt', 'b\n');
    repo.git(['add', '-A']);
    const expected = async (tree: string) =>
      (await (await Git.open(repo.dir)).diffIndexCached(tree)).map(describeEntry);
    // HEAD where it was: the early diff is used.
    const steady = await Git.open(repo.dir, { staged: true });
    expect((await steady.diffIndexCached(second)).map(describeEntry)).toEqual(await expected(second));
    // Hostile: HEAD moved to another commit once the diff had started: the answer is still for `second`.
    const moved = await Git.open(repo.dir, { staged: true });
    repo.git(['update-ref', 'HEAD', first]);
    const answer = (await moved.diffIndexCached(second)).map(describeEntry);
    repo.git(['update-ref', 'HEAD', second]);
    expect(answer).toEqual(await expected(second));
    expect(answer).not.toEqual(await expected(first));
    // Hostile: HEAD moved after the diff started and before the caller read it: the diff against the old HEAD is not used.
    const late = await Git.open(repo.dir, { staged: true });
    repo.git(['update-ref', 'HEAD', first]);
    const lateHead = await late.headCommit();
    expect(lateHead).toBe(first);
    const lateAnswer = (await late.diffIndexCached(lateHead!)).map(describeEntry);
    repo.git(['update-ref', 'HEAD', second]);
    expect(lateAnswer).toEqual(await expected(first));
    // Asked for another commit than HEAD (an amend's parent): never the diff against HEAD.
    const amend = await Git.open(repo.dir, { staged: true });
    expect((await amend.diffIndexCached(first)).map(describeEntry)).toEqual(await expected(first));
  });
});

const describeEntry = (entry: { status: string; path: Buffer; newId: string }) =>
  `${entry.status} ${entry.path.toString()} ${entry.newId}`;

describe('the code cache', () => {
  /** A repository with a staged change, covered or not, and a TMPDIR of its own (where the cache lives). */
  function setUp(covered: boolean) {
    const repo = makeRepo({ hooks: 'none' });
    repo.write('src/a.txt', 'a\n');
    repo.git(['add', '-A']);
    if (covered) expect(verdictStaged(repo).code).toBe(0);
    const tmp = tempDir('ao-tmp-');
    const uid = process.getuid?.();
    const cacheDir = join(tmp, `agentops-verdict-cache${uid === undefined ? '' : `-${uid}`}`);
    const hook = () => repo.ao(['hook', 'pre-commit'], { env: { TMPDIR: tmp } });
    const files = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.endsWith('.v8')) : []);
    return { repo, cacheDir, hook, files };
  }

  it('is made once, after the first run, then used as it is', () => {
    const { cacheDir, hook, files } = setUp(true);
    expect(hook().code).toBe(0);
    expect(files()).toHaveLength(1);
    const file = join(cacheDir, files()[0]!);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const made = readFileSync(file);
    expect(made.length).toBeGreaterThan(10_000);
    expect(hook().code).toBe(0);
    expect(readFileSync(file).equals(made)).toBe(true);
  });

  it('keeps what a skipped or refused run compiled as partial, and makes the whole cache on the first run that passes', () => {
    const { repo, cacheDir, hook, files } = setUp(false);
    // HUSKY=0 loads the bundle and checks nothing; a refusal checks, but says no.
    expect(repo.ao(['hook', 'pre-commit'], { env: { TMPDIR: dirname(cacheDir), HUSKY: '0' } }).code).toBe(0);
    const partial = files();
    expect(partial).toHaveLength(1);
    expect(partial[0]).toMatch(/^[0-9a-f]{40}\.partial\.v8$/);
    const skipped = readFileSync(join(cacheDir, partial[0]!));
    expect(hook().code).toBe(1);
    expect(files()).toEqual(partial);
    expect(readFileSync(join(cacheDir, partial[0]!)).equals(skipped)).toBe(true);
    expect(verdictStaged(repo).code).toBe(0);
    expect(hook().code).toBe(0);
    const whole = files();
    expect(whole).toEqual([partial[0]!.replace('.partial', '')]);
    // It holds what the partial one held and what the passing run compiled besides.
    const made = readFileSync(join(cacheDir, whole[0]!));
    expect(made.length).toBeGreaterThan(skipped.length * 2);
    expect(hook().code).toBe(0);
    expect(hook().code).toBe(0);
    expect(readFileSync(join(cacheDir, whole[0]!)).equals(made)).toBe(true);
    // A refusal once the whole cache is there leaves it as it is.
    repo.write('src/b.txt', 'b\n');
    repo.git(['add', '-A']);
    expect(hook().code).toBe(1);
    expect(files()).toEqual(whole);
    expect(readFileSync(join(cacheDir, whole[0]!)).equals(made)).toBe(true);
  });

  it('keeps the newest eight caches of other bundles when it makes one, and nothing else of theirs is touched', () => {
    const { cacheDir, hook, files } = setUp(true);
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    // Caches of twelve other bundles, a day apart, and files that are no cache of ours.
    const others = Array.from({ length: 12 }, (_, i) => `${String(i).padStart(2, '0').repeat(20)}.v8`);
    others.forEach((name, i) => {
      writeFileSync(join(cacheDir, name), 'old');
      const when = new Date(Date.now() - (i + 1) * 86_400_000);
      utimesSync(join(cacheDir, name), when, when);
    });
    writeFileSync(join(cacheDir, 'notes.v8'), 'not a cache name');
    mkdirSync(join(cacheDir, `${'ab'.repeat(20)}.v8`));
    expect(hook().code).toBe(0);
    const left = files().sort();
    const made = left.filter(
      (name) => !others.includes(name) && name !== 'notes.v8' && name !== `${'ab'.repeat(20)}.v8`,
    );
    expect(made).toHaveLength(1);
    // The newest eight of the twelve stay; so do the name that is no cache and the folder.
    expect(left).toEqual([...others.slice(0, 8), `${'ab'.repeat(20)}.v8`, made[0]!, 'notes.v8'].sort());
    // A run that finds its cache makes none, and removes nothing.
    writeFileSync(join(cacheDir, `${'cd'.repeat(20)}.v8`), 'old');
    utimesSync(join(cacheDir, `${'cd'.repeat(20)}.v8`), new Date(0), new Date(0));
    expect(hook().code).toBe(0);
    expect(files()).toContain(`${'cd'.repeat(20)}.v8`);
  });

  it('hostile: a cache of garbage or cut short changes no decision and is made again', () => {
    for (const covered of [true, false]) {
      const { cacheDir, hook, files } = setUp(covered);
      const honest = hook();
      const file = join(cacheDir, files()[0]!);
      const made = readFileSync(file);
      for (const bad of [Buffer.alloc(made.length, 0x41), made.subarray(0, made.length >> 1)]) {
        writeFileSync(file, bad);
        const again = hook();
        expect(again.code).toBe(honest.code);
        expect(again.stderr).toBe(honest.stderr);
        expect(readFileSync(file).equals(bad)).toBe(false);
      }
    }
  });

  it('hostile: a FIFO or a link in place of the cache is never opened', () => {
    const { repo, cacheDir, hook, files } = setUp(true);
    expect(hook().code).toBe(0);
    const file = join(cacheDir, files()[0]!);
    rmSync(file);
    execFileSync('mkfifo', [file]);
    const started = spawnSync(process.execPath, [AO_BIN, 'hook', 'pre-commit'], {
      cwd: repo.dir,
      env: { ...repo.env, TMPDIR: dirname(cacheDir) },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(started.error).toBeUndefined();
    expect(started.status).toBe(0);
    rmSync(file);
    const elsewhere = join(tempDir('ao-elsewhere-'), 'target');
    writeFileSync(elsewhere, 'not a cache');
    symlinkSync(elsewhere, file);
    expect(hook().code).toBe(0);
    expect(readFileSync(elsewhere, 'utf8')).toBe('not a cache');
  });

  it('hostile: a bundle changed in place (same length, inode and time) never runs the old cache', () => {
    const { repo, hook } = setUp(false);
    const copy = join(tempDir('ao-install-'), 'cli');
    cpSync(join(ROOT, 'dist', 'cli'), copy, { recursive: true });
    const env = { ...repo.env, TMPDIR: tempDir('ao-tmp-') };
    const copied = () => run(process.execPath, [join(copy, 'ao.cjs'), 'hook', 'pre-commit'], repo.dir, env);
    expect(copied().stderr).toContain('refused this commit');
    expect(hook().code).toBe(1);
    const bundle = join(copy, 'pre-commit', 'index.cjs');
    const before = statSync(bundle);
    const text = readFileSync(bundle, 'utf8');
    expect(text).toContain('refused this commit');
    writeFileSync(bundle, text.replaceAll('refused this commit', 'REFUSED this commit'));
    utimesSync(bundle, before.atime, before.mtime);
    expect(statSync(bundle).ino).toBe(before.ino);
    expect(statSync(bundle).size).toBe(before.size);
    expect(copied().stderr).toContain('REFUSED this commit');
  });

  it('hostile: a cache folder others can write is never used', () => {
    if (process.getuid === undefined) return;
    const { cacheDir, hook, files } = setUp(false);
    mkdirSync(cacheDir, { recursive: true });
    chmodSync(cacheDir, 0o777);
    const result = hook();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('refused this commit');
    expect(files()).toEqual([]);
  });
});

describe('the git version the hook remembers', () => {
  /** A repository with a covered staged change, a git binary of its own first on PATH, and a TMPDIR of its own. */
  function setUp() {
    const repo = makeRepo({ hooks: 'none' });
    repo.write('src/a.txt', 'a\n');
    repo.git(['add', '-A']);
    expect(verdictStaged(repo).code).toBe(0);
    const bin = tempDir('ao-git-bin-');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const installGit = () => {
      rmSync(join(bin, 'git'), { force: true });
      copyFileSync(realGit, join(bin, 'git'));
      chmodSync(join(bin, 'git'), 0o755);
    };
    installGit();
    const tmp = tempDir('ao-tmp-');
    const uid = process.getuid?.();
    const cacheDir = join(tmp, `agentops-verdict-cache${uid === undefined ? '' : `-${uid}`}`);
    const trace = join(tempDir('ao-trace-'), 'events');
    const env = { TMPDIR: tmp, PATH: `${bin}:${repo.env.PATH}`, GIT_TRACE2_EVENT: trace };
    /** Runs ao; says how many times it ran `git version` (git's own trace names every git it runs). */
    const runAo = (args: string[], extra: NodeJS.ProcessEnv = {}) => {
      writeFileSync(trace, '');
      const result = repo.ao(args, { env: { ...env, ...extra } });
      const gits = readFileSync(trace, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { event: string; name?: string })
        .filter((event) => event.event === 'cmd_name');
      return { ...result, versions: gits.filter((event) => event.name === 'version').length, gits: gits.length };
    };
    const hook = (extra?: NodeJS.ProcessEnv) => runAo(['hook', 'pre-commit'], extra);
    const files = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.endsWith('.version')) : []);
    const actual = execFileSync(join(bin, 'git'), ['version'], { encoding: 'utf8' }).match(/\d+\.\d+\.\d+/)![0];
    return { repo, bin, env, runAo, hook, files, cacheDir, installGit, actual };
  }

  it('is the one git gave, remembered for that binary by the hook, then read by the hook alone', () => {
    if (process.platform === 'win32') return;
    const { runAo, hook, files, cacheDir, actual } = setUp();
    // Other commands ask git every time, and make no cache folder.
    expect(runAo(['verify', '--staged']).versions).toBe(1);
    expect(existsSync(cacheDir)).toBe(false);
    const first = hook();
    expect(first.code).toBe(0);
    expect(first.versions).toBe(1);
    expect(files()).toHaveLength(1);
    const file = join(cacheDir, files()[0]!);
    expect(readFileSync(file, 'utf8')).toBe(`${actual}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = hook();
    expect(second.code).toBe(0);
    expect(second.versions).toBe(0);
    // The probe, the index's diff and one cat-file: three git processes in all.
    expect(second.gits).toBe(3);
    // Another command finding the right answer there leaves the file alone.
    const written = statSync(file, { bigint: true }).ctimeNs;
    expect(runAo(['verify', '--staged']).versions).toBe(1);
    expect(statSync(file, { bigint: true }).ctimeNs).toBe(written);
    // A stale answer is corrected by the next other command.
    writeFileSync(file, '2.99.0\n');
    expect(runAo(['verify', '--staged']).versions).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(`${actual}\n`);
  });

  it('hostile: a version too old, a replaced binary, a wrapper script, garbage or a FIFO is never taken for the remembered one', () => {
    if (process.platform === 'win32') return;
    const { bin, env, hook, files, cacheDir, installGit } = setUp();
    expect(hook().code).toBe(0);
    const file = join(cacheDir, files()[0]!);
    // Too old to be true: git is asked, and the decision stands.
    writeFileSync(file, '2.1.0\n');
    const old = hook();
    expect(old.code).toBe(0);
    expect(old.versions).toBe(1);
    // The same bytes installed again: a new file, so a new key, and git is asked.
    installGit();
    const replaced = hook();
    expect(replaced.code).toBe(0);
    expect(replaced.versions).toBe(1);
    expect(files()).toHaveLength(2);
    // A wrapper script runs some other git: nothing is remembered for it, and nothing read.
    const scriptBin = tempDir('ao-git-script-');
    writeFileSync(join(scriptBin, 'git'), `#!/bin/sh\nexec '${join(bin, 'git')}' "$@"\n`);
    chmodSync(join(scriptBin, 'git'), 0o755);
    for (let i = 0; i < 2; i++) {
      const viaScript = hook({ PATH: `${scriptBin}:${env.PATH}` });
      expect(viaScript.code).toBe(0);
      expect(viaScript.versions).toBe(1);
    }
    expect(files()).toHaveLength(2);
    // Garbage, or a FIFO where the version is kept: git is asked, the decision stands.
    for (const name of files()) writeFileSync(join(cacheDir, name), 'not a version');
    expect(hook().versions).toBe(1);
    for (const name of files()) {
      rmSync(join(cacheDir, name));
      execFileSync('mkfifo', [join(cacheDir, name)]);
    }
    const started = spawnSync(process.execPath, [AO_BIN, 'hook', 'pre-commit'], {
      cwd: makeRepo({ hooks: 'none' }).dir,
      env: { ...env, HOME: tempDir('ao-home-') },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(started.error).toBeUndefined();
  });
});

describe("the hook's decision is the action's", () => {
  /** The push of the commit the staged change makes, as the built action judges it in a fresh checkout. */
  async function actionOnCommit(repo: TestRepo, before: string): Promise<number> {
    repo.git(['commit', '-q', '--no-verify', '-m', 'The staged change']);
    const after = repo.git(['rev-parse', 'HEAD']).stdout.trim();
    const ws = checkoutLike(repo, after, 'refs/remotes/origin/main', { depth: 0 });
    const payload = pushPayload({ ref: 'refs/heads/main', before, after });
    const run = await runAction({ cwd: ws.dir, event: 'push', payload, sha: after, inputs: { 'status-context': '' } });
    expect(['pass', 'fail'], `${run.stdout}\n${run.stderr}`).toContain(run.outputs.result);
    return run.code;
  }

  const indexFiles = (repo: TestRepo) => {
    const dir = join(repo.dir, '.git', 'agentops-verdict', 'ledger-index');
    return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
  };

  const scenes: [string, number, (repo: TestRepo) => void][] = [
    ['covered', 0, (repo) => expect(verdictStaged(repo).code).toBe(0)],
    ['uncovered', 1, () => undefined],
    [
      'edited after its verdict',
      1,
      (repo) => {
        expect(verdictStaged(repo).code).toBe(0);
        repo.write('src/a.txt', 'edited\n');
        repo.git(['add', '-A']);
      },
    ],
    [
      'hostile: covered, with the base ledger index flipped and cut short under .git/',
      0,
      (repo) => {
        expect(verdictStaged(repo).code).toBe(0);
        // The hook indexes the base, then the index is tampered with before the hook that counts.
        expect(repo.ao(['hook', 'pre-commit']).code).toBe(0);
        const files = indexFiles(repo);
        expect(files.length).toBeGreaterThan(0);
        for (const [i, file] of files.entries()) {
          const bytes = readFileSync(file);
          if (i % 2 === 0) bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
          writeFileSync(file, i % 2 === 0 ? bytes : bytes.subarray(0, bytes.length >> 1));
        }
      },
    ],
  ];

  for (const [name, expected, stage] of scenes) {
    it(`${name}: the hook's exit is the action's on the commit it makes`, async () => {
      const repo = makeRepo({ hooks: 'none' });
      // A covered commit first, so the base has a ledger beyond its genesis (and an index of it).
      repo.write('src/base.txt', 'base\n');
      repo.git(['add', '-A']);
      expect(verdictStaged(repo).code).toBe(0);
      const before = repo.commitAll('A covered base');
      repo.write('src/a.txt', 'a\n');
      repo.git(['add', '-A']);
      stage(repo);
      const hook = repo.ao(['hook', 'pre-commit']);
      expect(hook.code, hook.stderr).toBe(expected);
      expect(await actionOnCommit(repo, before)).toBe(hook.code);
    });
  }
});
