/**
 * Faults: writers racing, writers killed mid-write, a lock held too long, and every
 * git environment we can meet (missing, too old, corrupt, shallow, detached, unborn, bare,
 * worktrees, paths with spaces and non-ASCII characters).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import { verify } from '../../src/repo/verify.js';
import { AoError } from '../../src/core/errors.js';
import { coveredCommit } from '../fixtures/hostile/corpus.js';
import { AO_BIN, baseEnv, cleanupAll, makeRepo, openRepo, tempDir, type TestRepo } from '../helpers/repo.js';
import { ao, type Outcome } from './runner.js';

let template: string;
beforeAll(() => {
  template = inject('hostileTemplate');
});
afterAll(cleanupAll);

function copyTemplate(dir = tempDir('ao-fault-')): TestRepo {
  mkdirSync(dir, { recursive: true });
  cpSync(template, dir, { recursive: true, verbatimSymlinks: true });
  return openRepo(dir);
}

/** Starts `ao` without waiting: for races and kills. */
function start(repo: TestRepo, args: string[]) {
  const child = spawn(process.execPath, [AO_BIN, ...args], {
    cwd: repo.dir,
    env: repo.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

function ledgerFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk('.agents');
  return out.sort();
}

function expectValidLedger(repo: TestRepo, label: string): Outcome {
  const audit = ao(repo, ['ledger', 'verify', '--json']);
  expect(audit.code, `${label}\n${audit.stdout}\n${audit.stderr}`).toBe(0);
  // Nothing but records, the policy and the attributes file: no temp file ever lands under .agents/.
  for (const path of ledgerFiles(repo.dir)) {
    expect(path, label).toMatch(
      /^\.agents\/(policy\.json|\.gitattributes|ledger\/[0-9]{4}\/[0-9]{8}-[0-9a-f]{64}\.json)$/,
    );
  }
  return audit;
}

describe('concurrent writers', () => {
  it('four ao verdict processes at once all land, in one chain', async () => {
    const repo = copyTemplate();
    const before = readdirSync(join(repo.dir, '.agents/ledger/0000')).length;
    const runs = [
      start(repo, ['verdict', 'pass', '--commit', 'HEAD', '--checker', 'one@example.com']),
      start(repo, ['verdict', 'pass', '--commit', 'HEAD~1', '--checker', 'two@example.com']),
      start(repo, ['verdict', 'fail', '--commit', 'HEAD', '--checker', 'three@example.com']),
      start(repo, ['verdict', 'pass', '--commit', 'HEAD~2', '--checker', 'four@example.com']),
    ];
    const results = await Promise.all(runs.map((r) => r.done));
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const audit = expectValidLedger(repo, 'after four concurrent writers');
    expect(readdirSync(join(repo.dir, '.agents/ledger/0000'))).toHaveLength(before + 4);
    // Serialised by the lock: each saw the one before it, so the ledger did not fork.
    expect(audit.json!.heads).toHaveLength(1);
    expect(new Set(results.map((r) => r.stdout.trim())).size).toBe(4);
  });

  it('two staged verdicts at once both land and both are staged', async () => {
    const repo = copyTemplate();
    repo.write('src/new.txt', 'new\n');
    repo.git(['add', '-A']);
    const [a, b] = await Promise.all([
      start(repo, ['verdict', 'pass', '--checker', 'one@example.com']).done,
      start(repo, ['verdict', 'pass', '--checker', 'two@example.com']).done,
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expectValidLedger(repo, 'after two staged writers');
    const staged = repo.git(['diff', '--cached', '--name-only', '--', '.agents/ledger']).stdout.trim().split('\n');
    expect(staged).toHaveLength(2);
    expect(ao(repo, ['verify']).code).toBe(0);
  });
});

describe('a writer killed at any point', () => {
  it('leaves the whole record or nothing, no temp file under .agents/, and no lock that blocks the next writer', async () => {
    const repo = copyTemplate();
    // A seeded sequence of kill delays spread over a writer's whole life (start-up to exit).
    let seed = 0x5eed;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const probe = Date.now();
    const timing = await start(repo, ['verdict', 'pass', '--commit', 'HEAD', '--checker', 'probe@example.com']).done;
    expect(timing.code, timing.stderr).toBe(0);
    const life = Math.max(200, Date.now() - probe);
    let count = readdirSync(join(repo.dir, '.agents/ledger/0000')).length;
    const outcomes = { killed: 0, finished: 0 };
    for (let i = 0; i < 10; i++) {
      const delay = Math.floor(next() * life * 1.2);
      const run = start(repo, ['verdict', 'pass', '--commit', 'HEAD', '--checker', `k${i}@example.com`]);
      const timer = setTimeout(() => run.child.kill('SIGKILL'), delay);
      const result = await run.done;
      clearTimeout(timer);
      if (result.signal === 'SIGKILL') outcomes.killed++;
      else outcomes.finished++;
      const now = readdirSync(join(repo.dir, '.agents/ledger/0000')).length;
      expect(now === count || now === count + 1, `kill after ${delay} ms: ${count} -> ${now} records`).toBe(true);
      if (result.code === 0) expect(now).toBe(count + 1);
      count = now;
      expectValidLedger(repo, `kill after ${delay} ms`);
    }
    expect(outcomes.killed).toBeGreaterThan(0);
    // Whatever the last kill left (a lock of a dead process, a temp file in .git/), the next writer proceeds.
    const last = ao(repo, ['verdict', 'pass', '--commit', 'HEAD', '--checker', 'after@example.com']);
    expect(last.code, last.stderr).toBe(0);
    expect(existsSync(join(repo.dir, '.git/agentops-ledger.lock'))).toBe(false);
    const tmp = join(repo.dir, '.git/agentops-tmp');
    expect(existsSync(tmp) ? readdirSync(tmp) : []).toEqual([]);
  });
});

describe('temp files left by a crash', () => {
  it('are removed by the next writer (under the lock); nothing else is', () => {
    const repo = copyTemplate();
    const inGit = join(repo.dir, '.git/agentops-tmp/0123456789abcdef.ao-tmp');
    const besideRecord = join(repo.dir, '.agents/ledger/0000/.fedcba9876543210.ao-tmp');
    const notOurs = join(repo.dir, '.agents/ledger/0000/notes.ao-tmp');
    for (const file of [inGit, besideRecord, notOurs]) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, '{"half": ');
    }
    expect(ao(repo, ['ledger', 'verify']).code).toBe(1); // a half-written file in the ledger is refused until removed
    const result = ao(repo, ['verdict', 'pass', '--commit', 'HEAD', '--checker', 'x@example.com']);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(inGit)).toBe(false);
    expect(existsSync(besideRecord)).toBe(false);
    expect(existsSync(notOurs)).toBe(true);
  });
});

describe('the ledger lock', () => {
  it('held too long by a live process: waits, then exit 2 naming the lock and the rm fix', () => {
    const repo = copyTemplate();
    const lock = join(repo.dir, '.git/agentops-ledger.lock');
    writeFileSync(lock, `${process.pid} 2024-01-01T00:00:00.000Z ${hostname()} handmade\n`);
    const started = Date.now();
    const result = ao(repo, ['verdict', 'pass', '--commit', 'HEAD', '--checker', 'x@example.com']);
    expect(result.code, result.stderr).toBe(2);
    expect(Date.now() - started).toBeGreaterThan(5_000);
    expect(result.stderr).toContain(`held by process ${process.pid}`);
    expect(result.stderr).toContain(lock);
    expect(result.stderr).toContain(`rm ${lock}`);
    expect(readFileSync(lock, 'utf8')).toContain('handmade'); // never taken from a live holder
  });

  it('left by a process that no longer exists: taken over at once', () => {
    const repo = copyTemplate();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    const lock = join(repo.dir, '.git/agentops-ledger.lock');
    writeFileSync(lock, `${gone} 2024-01-01T00:00:00.000Z ${hostname()} stale\n`);
    const result = ao(repo, ['verdict', 'pass', '--commit', 'HEAD', '--checker', 'x@example.com']);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it('left empty by a writer killed before it wrote its pid: taken over once it is older than a moment', () => {
    const repo = copyTemplate();
    const lock = join(repo.dir, '.git/agentops-ledger.lock');
    writeFileSync(lock, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const result = ao(repo, ['verdict', 'pass', '--commit', 'HEAD', '--checker', 'x@example.com']);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });
});

function expectEnvError(result: Outcome, what: RegExp, fix: RegExp): void {
  expect(result.timedOut).toBe(false);
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(2);
  expect(result.stderr).not.toMatch(/internal error/);
  expect(result.stderr).toMatch(what);
  expect(result.stderr).toMatch(fix);
}

describe('git environments', () => {
  it('git missing: exit 2, naming the install', () => {
    const repo = copyTemplate();
    const result = ao(repo, ['verify', '--range', 'main..feature'], { PATH: '/nonexistent' });
    expectEnvError(result, /git is not installed or not on PATH/, /fix: install git 2\.38 or newer/);
  });

  it('git too old: exit 2, naming the upgrade', () => {
    const repo = copyTemplate();
    const bin = tempDir('ao-oldgit-');
    writeFileSync(join(bin, 'git'), '#!/bin/sh\necho "git version 2.30.0"\n');
    chmodSync(join(bin, 'git'), 0o755);
    const result = ao(repo, ['verify'], { PATH: `${bin}:${process.env.PATH}` });
    expectEnvError(result, /git 2\.30\.0 is too old: agentops\/verdict needs git 2\.38 or newer/, /fix: upgrade git/);
  });

  it('a corrupt object: exit 2, naming git fsck (CLI) and the same from the head-commit reader', async () => {
    const repo = copyTemplate();
    // Corrupt the tree of the feature commit (read by every diff of the range).
    const tree = repo.git(['rev-parse', 'feature^{tree}']).stdout.trim();
    const file = join(repo.dir, '.git/objects', tree.slice(0, 2), tree.slice(2));
    chmodSync(file, 0o644);
    writeFileSync(file, 'not a zlib stream');
    expectEnvError(ao(repo, ['verify', '--range', 'main..feature']), /git .* failed/, /fix: .*git fsck/);

    // A record blob corrupted: only a reader of git objects (the action's) sees it.
    const other = copyTemplate();
    const record = other
      .git(['ls-tree', '-r', '--name-only', 'feature', '--', '.agents/ledger'])
      .stdout.trim()
      .split('\n')
      .at(-1)!;
    const blob = other.git(['rev-parse', `feature:${record}`]).stdout.trim();
    const blobFile = join(other.dir, '.git/objects', blob.slice(0, 2), blob.slice(2));
    chmodSync(blobFile, 0o644);
    writeFileSync(blobFile, 'not a zlib stream');
    const git = await Git.open(other.dir);
    const error = await verify(
      git,
      { kind: 'range', base: 'main', head: 'feature' },
      { ledger: { kind: 'commit', commit: await git.resolveCommit('feature') } },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AoError);
    expect((error as AoError).exitCode).toBe(2);
    expect((error as AoError).fix).toMatch(/git fsck/);

    // The base's policy blob corrupted: "no policy at the base" would switch enforcement off.
    const third = copyTemplate();
    third.write('src/unchecked.txt', 'x\n');
    third.commitAll('Unchecked');
    const policyBlob = third.git(['rev-parse', 'main:.agents/policy.json']).stdout.trim();
    const policyFile = join(third.dir, '.git/objects', policyBlob.slice(0, 2), policyBlob.slice(2));
    chmodSync(policyFile, 0o644);
    writeFileSync(policyFile, 'not a zlib stream');
    expectEnvError(ao(third, ['verify', '--range', 'main..feature']), /git cannot read objects/, /fix: run `git fsck`/);
  });

  it('a corrupt object read with large ones queued behind it: every read fails with the fsck fix, and nothing crashes', async () => {
    const repo = makeRepo({ hooks: 'none' });
    repo.write('damaged.txt', 'soon not a zlib stream\n');
    repo.git(['add', '-A']);
    const damaged = repo.git(['rev-parse', ':damaged.txt']).stdout.trim();
    // Blobs of a few chunks each, so git is still sending them when the damage is seen.
    const large = Array.from({ length: 40 }, (_, i) => {
      repo.write(`large-${i}.bin`, `${String(i % 10).repeat(40 * 1024 + i)}\n`);
      repo.git(['add', `large-${i}.bin`]);
      return repo.git(['rev-parse', `:large-${i}.bin`]).stdout.trim();
    });
    const file = join(repo.dir, '.git/objects', damaged.slice(0, 2), damaged.slice(2));
    chmodSync(file, 0o644);
    writeFileSync(file, 'not a zlib stream');
    const git = await Git.open(repo.dir);
    const reads = [
      git.readObjectsBounded([damaged], 1024),
      ...large.map((id) => git.readObjectsBounded([id], Number.POSITIVE_INFINITY)),
      git.readObjects(large),
    ];
    const outcomes = await Promise.allSettled(reads);
    // A read that git answered before it reported the damage may stand; none may crash, and the damaged one fails.
    expect(outcomes[0]!.status).toBe('rejected');
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        expect(outcome.reason).toBeInstanceOf(AoError);
        expect((outcome.reason as AoError).fix).toMatch(/git fsck/);
      }
    }
    // Once failed, the reader says so at once and starts no process.
    await expect(git.readObjects([large[0]!])).rejects.toBeInstanceOf(AoError);
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  it('a shallow clone: a commit not fetched, and a commit at the shallow edge, each exit 2 naming --unshallow', () => {
    const dir = tempDir('ao-shallow-');
    spawnSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${template}`, dir], {
      env: baseEnv(),
    });
    const repo = openRepo(dir);
    expect(repo.git(['rev-parse', '--is-shallow-repository']).stdout.trim()).toBe('true');
    expectEnvError(
      ao(repo, ['verify', '--range', 'origin/main..HEAD']),
      /does not name a commit .*shallow clone/,
      /fix: fetch the full history with `git fetch --unshallow`/,
    );
    expectEnvError(
      ao(repo, ['verify', '--commit', 'HEAD']),
      /at the edge of this shallow clone/,
      /fix: fetch the full history with `git fetch --unshallow`/,
    );
    expectEnvError(
      ao(repo, ['verdict', 'pass', '--commit', 'HEAD', '--checker', 'x@example.com']),
      /at the edge of this shallow clone/,
      /--unshallow/,
    );
    repo.git(['fetch', '-q', '--unshallow']);
    expect(ao(repo, ['verify', '--commit', 'HEAD']).code).toBe(0);
  });

  it('a bare repository: exit 2, naming a clone with a working tree', () => {
    const dir = tempDir('ao-bare-');
    spawnSync('git', ['clone', '-q', '--bare', template, dir], { env: baseEnv() });
    expectEnvError(
      ao(openRepo(dir), ['verify', '--range', 'main..feature']),
      /bare repository/,
      /fix: run it in a clone with a working tree/,
    );
  });

  it('not a repository at all: exit 2, naming git init', () => {
    expectEnvError(
      ao(openRepo(tempDir('ao-norepo-')), ['verify']),
      /is not inside a git repository/,
      /fix: .*git init/,
    );
  });

  it('a detached HEAD works like a branch', () => {
    const repo = copyTemplate();
    repo.git(['checkout', '-q', '--detach', 'feature']);
    expect(ao(repo, ['verify', '--range', 'main..HEAD']).code).toBe(0);
    coveredCommit(repo, 'src/detached.txt', 'd\n', 'Work on a detached HEAD');
    expect(ao(repo, ['verify', '--range', 'main..HEAD']).code).toBe(0);
    expectValidLedger(repo, 'detached');
  });

  it('an unborn branch: set-up, a verdict and the first commit work; a commit scope names the fix', () => {
    const repo = makeRepo({ init: false });
    expectEnvError(ao(repo, ['verify', '--commit', 'HEAD']), /"HEAD" does not name a commit/, /fix: /);
    expect(ao(repo, ['init', '--hooks', 'git']).code).toBe(0);
    repo.write('README.md', 'first\n');
    repo.git(['add', '-A']);
    expect(ao(repo, ['verify']).code).toBe(0); // no policy at the base yet: the set-up itself
    const commit = repo.git(['commit', '-q', '-m', 'First'], { allowFail: true });
    expect(commit.code, commit.stderr).toBe(0);
    expectValidLedger(repo, 'unborn');
  });

  it('a linked worktree: verdicts, hooks and verification work, with a lock of its own', () => {
    const repo = copyTemplate();
    const wt = join(tempDir('ao-wt-'), 'linked tree');
    repo.git(['worktree', 'add', '-q', '-b', 'linked', wt, 'feature']);
    const linked = openRepo(wt);
    coveredCommit(linked, 'src/linked.txt', 'l\n', 'Work in a worktree');
    expect(ao(linked, ['verify', '--range', 'main..HEAD']).code).toBe(0);
    expectValidLedger(linked, 'worktree');
  });

  it('a repository path with spaces and non-ASCII characters, hooks included', () => {
    const repo = makeRepo({ dir: join(tempDir('ao-path-'), 'my repo — ünïcødé 目录'), hooks: 'git' });
    repo.write('src/ünï côdé.txt', 'x\n');
    repo.git(['add', '-A']);
    const refused = repo.git(['commit', '-q', '-m', 'Unchecked'], { allowFail: true });
    expect(refused.code).toBe(1); // the pre-commit hook ran, found ao, and refused
    expect(ao(repo, ['verdict', 'pass', '--checker', 'reviewer@example.com']).code).toBe(0);
    const accepted = repo.git(['commit', '-q', '-m', 'Checked'], { allowFail: true });
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(ao(repo, ['verify', '--commit', 'HEAD']).code).toBe(0);
    expectValidLedger(repo, 'path with spaces');
  });
});
