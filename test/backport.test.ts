// Backports: a cherry-picked commit brings its verdict record, whose prev names records that
// exist only on the branch it came from; `ao ledger carry` copies those ancestors from history.
import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newGenesis,
  recordPath,
  renderRecord,
  RECORD_SCHEMA,
  sealRecord,
  shortId,
  type VerdictRecord,
} from '../src/core/record.js';
import { parsePrivateKey } from '../src/core/ssh-keys.js';
import { signMessage } from '../src/core/sshsig.js';
import { cleanupAll, makeRepo, run, tempDir, verdictStaged, CHECKER, type TestRepo } from './helpers/repo.js';
import { generateKey, makeTempDir, type GeneratedKey, type TempDir } from './helpers/ssh.js';

let keysDir: TempDir;
let key: GeneratedKey;

beforeAll(() => {
  keysDir = makeTempDir();
  key = generateKey(keysDir, 'someone', 'ed25519');
});

afterAll(() => {
  cleanupAll();
  keysDir?.remove();
});

/** Change + verdict staged together, committed through the installed pre-commit hook. */
function coveredCommit(
  repo: TestRepo,
  path: string,
  content: string,
  message: string,
): { commit: string; record: string } {
  repo.write(path, content);
  repo.git(['add', '-A']);
  const verdict = verdictStaged(repo, ['--json']);
  expect(verdict.code, verdict.stderr).toBe(0);
  const record = JSON.parse(verdict.stdout) as VerdictRecord;
  const commit = repo.git(['commit', '-q', '-m', message], { allowFail: true });
  expect(commit.code, commit.stderr).toBe(0);
  return { commit: repo.head(), record: recordPath(record.seq, record.id) };
}

interface Backport {
  repo: TestRepo;
  /** release's tip before the backport. */
  oldTip: string;
  /** main's records after release forked, oldest first (the feature's records chain to them). */
  mainRecords: string[];
  feature: { commit: string; record: string }[];
}

/**
 *   main:    Set up (genesis) → m1 → m2            (m1, m2: covered commits)
 *   feature: (from m2)  a1 → a2                   (covered commits)
 *   release: (from Set up)  r1                     (its own record); checked out
 */
function backportRepo(): Backport {
  const repo = makeRepo();
  repo.git(['checkout', '-q', '-b', 'release']);
  coveredCommit(repo, 'release/fix.txt', 'release fix\n', 'Release fix');
  repo.git(['checkout', '-q', 'main']);
  const m1 = coveredCommit(repo, 'main/one.txt', 'one\n', 'Main one');
  const m2 = coveredCommit(repo, 'main/two.txt', 'two\n', 'Main two');
  repo.git(['checkout', '-q', '-b', 'feature']);
  const a1 = coveredCommit(repo, 'feature/a1.txt', 'a1\n', 'Feature a1');
  const a2 = coveredCommit(repo, 'feature/a2.txt', 'a2\n', 'Feature a2');
  repo.git(['checkout', '-q', 'release']);
  return { repo, oldTip: repo.head(), mainRecords: [m1.record, m2.record], feature: [a1, a2] };
}

function ledgerFiles(dir: string): string[] {
  const root = join(dir, '.agents/ledger');
  return readdirSync(root)
    .flatMap((bucket) => readdirSync(join(root, bucket)).map((name) => `.agents/ledger/${bucket}/${name}`))
    .sort();
}

function verifyJson(repo: TestRepo, args: string[]): { code: number; report: any } {
  const result = repo.ao([...args, '--json']);
  return { code: result.code, report: JSON.parse(result.stdout) };
}

function idOf(path: string): string {
  return `sha256:${/([0-9a-f]{64})\.json$/.exec(path)![1]}`;
}

/** Both ledger checks refuse with dangling-prev, and the fix names `ao ledger carry`. */
function expectDangling(repo: TestRepo, oldTip: string): void {
  const range = verifyJson(repo, ['verify', '--range', `${oldTip}..release`]);
  expect(range.code).toBe(1);
  const dangling = range.report.ledger.problems.filter((p: { code: string }) => p.code === 'dangling-prev');
  expect(dangling.length).toBeGreaterThan(0);
  for (const problem of dangling) expect(problem.fix).toContain('`ao ledger carry`');
  const ledger = repo.ao(['ledger', 'verify']);
  expect(ledger.code).toBe(1);
  expect(ledger.stdout).toContain('`ao ledger carry`');
}

/** Carry, commit through the hook, and check that everything is whole. */
function carryAndCommit(b: Backport, picked: string[]): void {
  const { repo, oldTip, mainRecords } = b;
  const carry = repo.ao(['ledger', 'carry']);
  expect(carry.code, carry.stderr + carry.stdout).toBe(0);
  expect(carry.stdout).toContain(`carried ${mainRecords.length} records`);
  for (const path of mainRecords) expect(carry.stdout).toContain(shortId(idOf(path)));
  expect(carry.stdout).toContain("next: git commit -m 'Carry ledger records for a backport'");
  // Byte for byte what main holds, and staged.
  for (const path of mainRecords)
    expect(readFileSync(join(repo.dir, path))).toEqual(Buffer.from(repo.git(['show', `main:${path}`]).stdout));
  const staged = repo.git(['diff', '--cached', '--name-only']).stdout.trim().split('\n').sort();
  expect(staged).toEqual([...mainRecords].sort());

  const commit = repo.git(['commit', '-q', '-m', 'Carry ledger records for a backport'], { allowFail: true });
  expect(commit.code, commit.stderr).toBe(0);
  expect(repo.ao(['ledger', 'verify']).code).toBe(0);
  expect(repo.ao(['ledger', 'verify', '--since', oldTip]).code).toBe(0);
  const range = verifyJson(repo, ['verify', '--range', `${oldTip}..release`]);
  expect(range.code, JSON.stringify(range.report.ledger.problems)).toBe(0);
  for (const sha of picked) {
    const change = range.report.changes.find((c: { commit: string }) => c.commit === sha);
    expect(change.outcome).toBe('covered');
  }
  // The carry commit changes no code: it needs no verdict.
  expect(range.report.changes.find((c: { commit: string }) => c.commit === repo.head()).outcome).toBe('empty');

  const again = repo.ao(['ledger', 'carry']);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('nothing to carry');
  expect(repo.git(['status', '--porcelain']).stdout).toBe('');
}

/** Merging the feature into release later meets identical record files: no conflict. */
function mergeFeatureLater(b: Backport): void {
  const { repo, oldTip } = b;
  const merge = repo.git(['merge', '--no-edit', 'feature'], { allowFail: true });
  expect(merge.code, merge.stdout + merge.stderr).toBe(0);
  expect(merge.stdout).not.toContain('CONFLICT');
  expect(repo.ao(['ledger', 'verify']).code).toBe(0);
  const range = verifyJson(repo, ['verify', '--range', `${oldTip}..release`]);
  expect(range.code, JSON.stringify(range.report)).toBe(0);
  expect(verifyJson(repo, ['verify', '--commit', 'HEAD']).report.changes[0].outcome).toBe('empty');
}

describe('ao ledger carry: a backport made whole', () => {
  it('cherry-pick of a covered commit: dangling-prev, carry, commit, covered; merging later is clean', () => {
    const b = backportRepo();
    const { repo, oldTip, feature } = b;
    repo.git(['cherry-pick', feature[0]!.commit]);
    const picked = repo.head();
    expectDangling(repo, oldTip);
    carryAndCommit(b, [picked]);
    mergeFeatureLater(b);
  });

  it('cherry-pick -x of two commits, after a dry run that writes nothing', () => {
    const b = backportRepo();
    const { repo, oldTip, feature, mainRecords } = b;
    repo.git(['cherry-pick', '-x', feature[0]!.commit, feature[1]!.commit]);
    const picked = [repo.git(['rev-parse', 'HEAD~1']).stdout.trim(), repo.head()];
    expectDangling(repo, oldTip);
    const before = ledgerFiles(repo.dir);
    const dry = repo.ao(['ledger', 'carry', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`would carry ${mainRecords.length} records`);
    expect(ledgerFiles(repo.dir)).toEqual(before);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    const json = JSON.parse(repo.ao(['ledger', 'carry', '--dry-run', '--json']).stdout);
    expect(json.carried.map((c: { path: string }) => c.path)).toEqual(mainRecords);
    carryAndCommit(b, picked);
    mergeFeatureLater(b);
  });

  it("an ancestor recorded inside a merge commit (its resolution's verdict) is found and carried", () => {
    const repo = makeRepo();
    repo.git(['checkout', '-q', '-b', 'release']);
    coveredCommit(repo, 'release/fix.txt', 'release fix\n', 'Release fix');
    repo.git(['checkout', '-q', '-b', 'topic', 'main']);
    coveredCommit(repo, 'same.txt', 'topic side\n', 'Topic side');
    repo.git(['checkout', '-q', 'main']);
    coveredCommit(repo, 'same.txt', 'main side\n', 'Main side');
    repo.git(['merge', '-q', 'topic'], { allowFail: true });
    repo.write('same.txt', 'resolved\n');
    repo.git(['add', 'same.txt']);
    const resolution = verdictStaged(repo, ['--json']);
    expect(resolution.code, resolution.stderr).toBe(0);
    const mergeRecord = JSON.parse(resolution.stdout) as VerdictRecord;
    expect(repo.git(['commit', '-q', '--no-edit'], { allowFail: true }).code).toBe(0);
    repo.git(['checkout', '-q', '-b', 'feature']);
    const a1 = coveredCommit(repo, 'feature/a1.txt', 'a1\n', 'Feature a1');
    repo.git(['checkout', '-q', 'release']);
    const oldTip = repo.head();
    repo.git(['cherry-pick', a1.commit]);
    const carry = JSON.parse(repo.ao(['ledger', 'carry', '--json']).stdout);
    expect(carry.ok).toBe(true);
    // The merge's own record, added by the merge commit and by neither parent, is among them.
    expect(carry.carried.map((c: { id: string }) => c.id)).toContain(mergeRecord.id);
    expect(carry.carried).toHaveLength(3);
    expect(carry.next).toBe("git commit -m 'Carry ledger records for a backport'");
    repo.git(['commit', '-q', '-m', 'Carry ledger records for a backport']);
    expect(repo.ao(['ledger', 'verify']).code).toBe(0);
    expect(repo.ao(['verify', '--range', `${oldTip}..release`]).code).toBe(0);
  });

  it('a cherry-pick stopped on a conflict: carry says to continue it, and the commit is whole', () => {
    const b = backportRepo();
    const { repo, oldTip, feature } = b;
    repo.write('feature/a1.txt', 'the release had its own\n');
    repo.git(['add', '-A']);
    expect(verdictStaged(repo).code).toBe(0);
    repo.git(['commit', '-q', '-m', 'Release: its own a1']);
    expect(repo.git(['cherry-pick', feature[0]!.commit], { allowFail: true }).code).not.toBe(0);
    repo.write('feature/a1.txt', 'resolved\n');
    repo.git(['add', 'feature/a1.txt']);
    const carry = repo.ao(['ledger', 'carry']);
    expect(carry.code, carry.stdout).toBe(0);
    expect(carry.stdout).toContain('next: git cherry-pick --continue');
    // The resolution is a change of its own: it needs its own verdict.
    expect(verdictStaged(repo).code).toBe(0);
    const done = repo.git(['cherry-pick', '--continue'], { env: { GIT_EDITOR: 'true' }, allowFail: true });
    expect(done.code, done.stderr).toBe(0);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    expect(repo.ao(['ledger', 'verify']).code).toBe(0);
    expect(repo.ao(['verify', '--range', `${oldTip}..release`]).code).toBe(0);
  });

  it('a long chain of missing ancestors costs a constant number of git processes', () => {
    const repo = makeRepo();
    repo.git(['checkout', '-q', '-b', 'release']);
    repo.git(['checkout', '-q', 'main']);
    const chain = 10;
    for (let i = 0; i < chain; i++) {
      repo.write(`main/${i}.txt`, `${i}\n`);
      repo.git(['add', '-A']);
      expect(verdictStaged(repo).code).toBe(0);
      repo.git(['commit', '-q', '--no-verify', '-m', `Main ${i}`]);
    }
    repo.git(['checkout', '-q', '-b', 'feature']);
    const a1 = coveredCommit(repo, 'feature/a1.txt', 'a1\n', 'Feature a1');
    repo.git(['checkout', '-q', 'release']);
    repo.git(['cherry-pick', a1.commit]);
    // A git on PATH that logs each run, then runs the real one.
    const bin = tempDir('ao-git-log-');
    const log = join(bin, 'calls.log');
    const realGit = run('sh', ['-c', 'command -v git'], repo.dir, repo.env).stdout.trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${realGit}' "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const carry = repo.ao(['ledger', 'carry', '--json'], { env: { PATH: `${bin}:${repo.env.PATH}` } });
    expect(carry.code, carry.stderr).toBe(0);
    expect(JSON.parse(carry.stdout).carried).toHaveLength(chain);
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    expect(calls.filter((c) => c === 'log')).toHaveLength(1);
    expect(calls.filter((c) => c === 'cat-file').length).toBeLessThanOrEqual(2); // the reader, CHERRY_PICK_HEAD
    expect(calls.length).toBeLessThanOrEqual(7);
    expect(repo.ao(['ledger', 'verify']).code).toBe(0);
  });

  it('a copy tampered with or re-signed elsewhere in history is never the one carried', () => {
    const b = backportRepo();
    const { repo, feature, mainRecords } = b;
    const [m1, m2] = mainRecords as [string, string];
    const intact = repo.git(['show', `main:${m2}`]).stdout;
    // Branches that add a changed copy at m2's path: one edited (id no longer matches), one
    // with a signature that does not verify (the id leaves the signature out, so it matches).
    const edited = intact.replace('"summary": "', '"summary": "approved by everyone. ');
    const record = JSON.parse(intact) as VerdictRecord;
    const forged = renderRecord({
      ...record,
      signature: {
        format: 'sshsig',
        namespace: 'agentops-verdict',
        signature: signMessage('something else', 'agentops-verdict', parsePrivateKey(key.privateText)),
      },
    });
    for (const [branch, bytes] of [
      ['edited', edited],
      ['forged', forged],
    ] as const) {
      repo.git(['checkout', '-q', '-b', branch, 'release']);
      repo.write(m2, bytes);
      repo.commitAll(`Plant a copy of m2 (${branch})`);
    }
    repo.git(['checkout', '-q', 'release']);
    repo.git(['cherry-pick', feature[0]!.commit]);
    const carry = repo.ao(['ledger', 'carry']);
    expect(carry.code, carry.stdout).toBe(0);
    expect(repo.read(m2)).toBe(intact);
    expect(repo.read(m1)).toBe(repo.git(['show', `main:${m1}`]).stdout);
    expect(repo.ao(['ledger', 'verify']).code).toBe(0);
  });
});

describe('ao ledger carry: hostile', () => {
  /** A record sealed by hand and committed, with `prev` as given. */
  function forgeRecord(repo: TestRepo, prev: string[], seq: number): string {
    const genesis = ledgerFiles(repo.dir).find((p) => p.includes('/00000000-'))!;
    const record = sealRecord<VerdictRecord>({
      schema: RECORD_SCHEMA,
      type: 'verdict',
      seq,
      prev,
      createdAt: new Date().toISOString(),
      ledger: idOf(genesis),
      subject: { kind: 'staged', digest: `sha256:${'0'.repeat(64)}`, entries: [] },
      verdict: 'pass',
      checker: { id: CHECKER, kind: 'human' },
      worker: { id: 'agent@example.com', kind: 'agent' },
      evidence: [],
      summary: 'forged',
    });
    const path = recordPath(record.seq, record.id);
    repo.write(path, renderRecord(record));
    repo.commitAll('A record whose parent is nowhere');
    return path;
  }

  function expectRefused(repo: TestRepo, missing: string, pointer: string, reason?: string): void {
    const before = ledgerFiles(repo.dir);
    const carry = repo.ao(['ledger', 'carry']);
    expect(carry.code, carry.stdout + carry.stderr).toBe(1);
    expect(carry.stdout).toContain('nothing was written');
    expect(carry.stdout).toContain(missing);
    expect(carry.stdout).toContain(shortId(idOf(pointer)));
    expect(carry.stdout).toContain(pointer);
    expect(carry.stdout).toContain('git fetch --all');
    if (reason) expect(carry.stdout).toContain(reason);
    expect(ledgerFiles(repo.dir)).toEqual(before);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    // Still refused: carry loosened nothing.
    const ledger = verifyJson(repo, ['ledger', 'verify']);
    expect(ledger.code).toBe(1);
    expect(ledger.report.problems.map((p: { code: string }) => p.code)).toContain('dangling-prev');
  }

  it('a hand-written record whose prev names an id that exists nowhere stays refused; carry exits 1', () => {
    const repo = makeRepo();
    const nowhere = `sha256:${randomBytes(32).toString('hex')}`;
    const pointer = forgeRecord(repo, [nowhere], 2);
    expectRefused(repo, nowhere, pointer);
    expect(repo.ao(['ledger', 'carry']).stdout).toContain('exists nowhere');
  });

  it('the missing record exists only tampered (bytes changed, id mismatch): never copied', () => {
    const repo = makeRepo();
    const genesis = ledgerFiles(repo.dir)[0]!;
    const real = sealRecord<VerdictRecord>({
      schema: RECORD_SCHEMA,
      type: 'verdict',
      seq: 1,
      prev: [idOf(genesis)],
      createdAt: new Date().toISOString(),
      ledger: idOf(genesis),
      subject: { kind: 'staged', digest: `sha256:${'1'.repeat(64)}`, entries: [] },
      verdict: 'fail',
      checker: { id: CHECKER, kind: 'human' },
      worker: { id: 'agent@example.com', kind: 'agent' },
      evidence: [],
      summary: 'rejected',
    });
    const realPath = recordPath(real.seq, real.id);
    repo.git(['checkout', '-q', '-b', 'tampered']);
    repo.write(realPath, renderRecord({ ...real, verdict: 'pass' }));
    repo.commitAll('A tampered copy');
    repo.git(['checkout', '-q', 'main']);
    const pointer = forgeRecord(repo, [real.id], 2);
    expectRefused(repo, real.id, pointer, 'id-mismatch');
    expect(existsSync(join(repo.dir, realPath))).toBe(false);
  });

  it('the missing record exists only in another ledger (another genesis): never copied', () => {
    const repo = makeRepo();
    const other = newGenesis();
    const foreign = sealRecord<VerdictRecord>({
      schema: RECORD_SCHEMA,
      type: 'verdict',
      seq: 1,
      prev: [other.id],
      createdAt: new Date().toISOString(),
      ledger: other.id,
      subject: { kind: 'staged', digest: `sha256:${'2'.repeat(64)}`, entries: [] },
      verdict: 'pass',
      checker: { id: CHECKER, kind: 'human' },
      worker: { id: 'agent@example.com', kind: 'agent' },
      evidence: [],
      summary: 'elsewhere',
    });
    const foreignPath = recordPath(foreign.seq, foreign.id);
    repo.git(['checkout', '-q', '--orphan', 'other-repo']);
    repo.git(['rm', '-rq', '--cached', '.']);
    rmSync(join(repo.dir, '.agents/ledger'), { recursive: true });
    repo.write(recordPath(0, other.id), renderRecord(other));
    repo.write(foreignPath, renderRecord(foreign));
    repo.git(['add', '.agents/ledger']);
    repo.git(['commit', '-q', '--no-verify', '-m', 'Another repository']);
    repo.git(['checkout', '-q', '-f', 'main']);
    repo.git(['clean', '-fdq']);
    const pointer = forgeRecord(repo, [foreign.id], 2);
    expectRefused(repo, foreign.id, pointer, 'foreign-record');
    expect(existsSync(join(repo.dir, foreignPath))).toBe(false);
  });

  it('two valid copies that differ (signed differently): neither is chosen, the fix names one', () => {
    const b = backportRepo();
    const { repo, feature, mainRecords } = b;
    const m2 = mainRecords[1]!;
    const record = JSON.parse(repo.git(['show', `main:${m2}`]).stdout) as VerdictRecord;
    const signed = renderRecord({
      ...record,
      signature: {
        format: 'sshsig',
        namespace: 'agentops-verdict',
        signature: signMessage(record.id, 'agentops-verdict', parsePrivateKey(key.privateText)),
      },
    });
    repo.git(['checkout', '-q', '-b', 'resigned', 'release']);
    repo.write(m2, signed);
    repo.commitAll('A re-signed copy of m2');
    repo.git(['checkout', '-q', 'release']);
    repo.git(['cherry-pick', feature[0]!.commit]);
    const carry = repo.ao(['ledger', 'carry']);
    expect(carry.code).toBe(1);
    expect(carry.stdout).toContain('different valid copies');
    expect(existsSync(join(repo.dir, m2))).toBe(false);
    // The fix, with main's copy: then the rest carries.
    const main = repo.git(['rev-parse', 'main']).stdout.trim();
    repo.git(['checkout', main, '--', m2]);
    const again = repo.ao(['ledger', 'carry']);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain('carried 1 record');
    repo.git(['commit', '-q', '-m', 'Carry']);
    expect(repo.ao(['ledger', 'verify']).code).toBe(0);
  });

  it('never writes through a symlinked .agents or a symlinked bucket', () => {
    for (const linked of ['.agents', '.agents/ledger/0000']) {
      const b = backportRepo();
      const { repo, feature } = b;
      repo.git(['cherry-pick', feature[0]!.commit]);
      const outside = join(tempDir('ao-outside-'), 'copy');
      cpSync(join(repo.dir, linked), outside, { recursive: true });
      const list = () => readdirSync(outside, { recursive: true }).map(String).sort();
      const before = list();
      renameSync(join(repo.dir, linked), join(tempDir('ao-moved-'), 'x'));
      symlinkSync(outside, join(repo.dir, linked));
      const carry = repo.ao(['ledger', 'carry']);
      expect(carry.code, carry.stdout).toBe(2);
      expect(carry.stderr).toContain('symbolic link');
      expect(list()).toEqual(before);
    }
  });
});
