import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, makeRepo, run, tempDir, openRepo, baseEnv, verdictStaged, type TestRepo } from './helpers/repo.js';

afterAll(cleanupAll);

/** An independent reading of the spec: raw diff-tree lines, ledger dropped, sorted by path bytes. */
function expectedDigest(repo: TestRepo, from: string, to: string): string {
  const out = spawnSync('git', ['diff-tree', '-r', '-z', '--no-renames', '--full-index', '--raw', from, to], {
    cwd: repo.dir,
    env: repo.env,
  }).stdout.toString('latin1');
  const tokens = out.split('\0');
  const lines: Buffer[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 2) {
    const meta = tokens[i]!.slice(1).split(' ');
    const path = Buffer.from(tokens[i + 1]!, 'latin1');
    if (path.toString('latin1').startsWith('.agents/ledger/')) continue;
    lines.push(Buffer.concat([Buffer.from(`${meta.join(' ')}\t`, 'latin1'), path, Buffer.from('\n')]));
  }
  lines.sort((a, b) => Buffer.compare(a.subarray(a.indexOf(9) + 1), b.subarray(b.indexOf(9) + 1)));
  return `sha256:${createHash('sha256').update(Buffer.concat(lines)).digest('hex')}`;
}

function commitWithVerdict(repo: TestRepo, message: string): void {
  const recorded = verdictStaged(repo);
  expect(recorded.code, recorded.stderr).toBe(0);
  const commit = repo.git(['commit', '-q', '-m', message], { allowFail: true });
  expect(commit.code, commit.stderr).toBe(0);
}

function verifyHead(repo: TestRepo): { digest: string; outcome: string } {
  const result = repo.ao(['verify', '--commit', 'HEAD', '--json']);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  const report = JSON.parse(result.stdout);
  return { digest: report.changes[0].digest, outcome: report.changes[0].outcome };
}

describe('manifest entries of every kind are ordinary entries', () => {
  // Each case changes the tree; returning true means it staged the change itself.
  const cases: [string, (repo: TestRepo) => void | boolean][] = [
    ['a mode-only change', (repo) => chmodSync(join(repo.dir, 'README.md'), 0o755)],
    ['a binary file', (repo) => writeFileSync(join(repo.dir, 'blob.bin'), Buffer.from([0, 1, 2, 255, 0, 10, 13]))],
    ['a symlink', (repo) => symlinkSync('README.md', join(repo.dir, 'link'))],
    [
      'a file replaced by a symlink (type change)',
      (repo) => {
        repo.git(['rm', '-q', 'README.md']);
        symlinkSync('elsewhere', join(repo.dir, 'README.md'));
      },
    ],
    ['a deletion', (repo) => repo.git(['rm', '-q', 'README.md'])],
    [
      'a submodule (gitlink) entry',
      (repo) => {
        repo.git(['update-index', '--add', '--cacheinfo', `160000,${repo.head()},vendor/lib`]);
        return true;
      },
    ],
    ['a path with spaces', (repo) => repo.write('dir with space/file name.txt', 'x\n')],
    ['a path with a newline', (repo) => repo.write('new\nline.txt', 'x\n')],
    ['a non-ASCII UTF-8 path', (repo) => repo.write('café/naïve.txt', 'x\n')],
    [
      'a path that is not UTF-8',
      (repo) => writeFileSync(Buffer.from(join(repo.dir, 'bad-\xff-name.txt'), 'latin1'), 'x\n'),
    ],
  ];
  for (const [name, change] of cases) {
    it(name, () => {
      const repo = makeRepo();
      if (change(repo) !== true) repo.git(['add', '-A']);
      commitWithVerdict(repo, name);
      const { digest, outcome } = verifyHead(repo);
      expect(outcome).toBe('covered');
      expect(digest).toBe(expectedDigest(repo, 'HEAD~1', 'HEAD'));
    });
  }

  it('an empty manifest (a commit that only appends ledger records) needs no verdict', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.commitAll('uncovered, bypassing the hook');
    expect(repo.ao(['verdict', 'pass', '--checker', 'reviewer@example.com', '--commit', 'HEAD']).code).toBe(0);
    repo.git(['add', '.agents']);
    const commit = repo.git(['commit', '-q', '-m', 'Record verdict'], { allowFail: true });
    expect(commit.code, commit.stderr).toBe(0);
    const report = JSON.parse(repo.ao(['verify', '--range', 'HEAD~2..HEAD', '--json']).stdout);
    expect(report.changes.map((c: { outcome: string }) => c.outcome)).toEqual(['covered', 'empty']);
  });
});

describe('line endings', () => {
  it('core.autocrlf on either side changes neither a digest nor a record', () => {
    const repo = makeRepo();
    repo.write('text.txt', 'one\ntwo\n');
    repo.git(['add', '-A']);
    commitWithVerdict(repo, 'Add text');
    const original = verifyHead(repo).digest;

    const cloneDir = join(tempDir(), 'clone');
    expect(run('git', ['-c', 'core.autocrlf=true', 'clone', '-q', repo.dir, cloneDir], repo.dir, baseEnv()).code).toBe(
      0,
    );
    const clone = openRepo(cloneDir);
    clone.git(['config', 'core.autocrlf', 'true']);
    expect(clone.read('text.txt')).toBe('one\r\ntwo\r\n');
    expect(verifyHead(clone).digest).toBe(original);
    expect(clone.ao(['ledger', 'verify']).code).toBe(0);

    // The same edit staged with CRLF on one side and LF on the other has one digest.
    clone.write('text.txt', 'one\r\ntwo\r\nthree\r\n');
    clone.git(['add', '-A']);
    repo.write('text.txt', 'one\ntwo\nthree\n');
    repo.git(['add', '-A']);
    const digestOf = (r: TestRepo) => JSON.parse(r.ao(['status', '--json']).stdout).digest;
    expect(digestOf(clone)).toBe(digestOf(repo));
  });
});
