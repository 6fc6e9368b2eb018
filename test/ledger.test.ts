import { readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, makeRepo, verdictStaged, CHECKER, type TestRepo } from './helpers/repo.js';

afterAll(cleanupAll);

function recordFiles(repo: TestRepo): string[] {
  const root = join(repo.dir, '.agents/ledger');
  return readdirSync(root)
    .flatMap((bucket) => readdirSync(join(root, bucket)).map((name) => `.agents/ledger/${bucket}/${name}`))
    .sort();
}

/** A repo with one covered commit on top of the set-up. */
function repoWithCoveredCommit(): TestRepo {
  const repo = makeRepo();
  repo.write('src/a.txt', 'one\n');
  repo.git(['add', '-A']);
  expect(verdictStaged(repo, ['--evidence', 'test:unit tests pass']).code).toBe(0);
  repo.git(['commit', '-q', '-m', 'Add a']);
  return repo;
}

describe('ledger integrity', () => {
  it('catches a tampered record: any field, and a whitespace-only re-serialisation', () => {
    const repo = repoWithCoveredCommit();
    const record = recordFiles(repo).at(-1)!;
    const original = repo.read(record);
    for (const tampered of [
      original.replace('"pass"', '"fail"'),
      original.replace(CHECKER, 'someone@example.com'),
      original.replace('unit tests pass', 'unit tests passed'),
      original.replace(/\n {2}/g, '\n    '), // same JSON, other bytes
      JSON.stringify(JSON.parse(original)),
    ]) {
      repo.write(record, tampered);
      const audit = repo.ao(['ledger', 'verify', '--since', 'HEAD']);
      expect(audit.code, tampered.slice(0, 80)).toBe(1);
      expect(audit.stdout).toContain('append-only');
      const verify = repo.ao(['verify', '--commit', 'HEAD']);
      expect(verify.code).toBe(1);
    }
    repo.write(record, original);
    expect(repo.ao(['ledger', 'verify', '--since', 'HEAD']).code).toBe(0);
  });

  it('catches a deleted record, both as a broken chain and as a rollback', () => {
    const repo = repoWithCoveredCommit();
    repo.write('src/b.txt', 'two\n');
    repo.git(['add', '-A']);
    verdictStaged(repo);
    repo.git(['commit', '-q', '-m', 'Add b']);
    const [, middle, newest] = recordFiles(repo);
    rmSync(join(repo.dir, middle!));
    const broken = repo.ao(['ledger', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('not in the ledger');
    repo.git(['checkout', '--', middle!]);
    rmSync(join(repo.dir, newest!));
    expect(repo.ao(['ledger', 'verify']).code).toBe(0); // a rollback leaves a valid chain...
    const since = repo.ao(['ledger', 'verify', '--since', 'HEAD']);
    expect(since.code).toBe(1); // ...but not an append-only one
    expect(since.stdout).toContain('was deleted');
  });

  it('verifies a ledger forked by two branches and joins it on the next record', () => {
    const repo = makeRepo();
    repo.git(['checkout', '-q', '-b', 'feature']);
    repo.write('feature.txt', 'f\n');
    repo.git(['add', '-A']);
    verdictStaged(repo);
    repo.git(['commit', '-q', '-m', 'Feature']);
    repo.git(['checkout', '-q', 'main']);
    repo.write('main.txt', 'm\n');
    repo.git(['add', '-A']);
    verdictStaged(repo);
    repo.git(['commit', '-q', '-m', 'Main work']);
    const merge = repo.git(['merge', '-q', '--no-edit', 'feature'], { allowFail: true });
    expect(merge.code).toBe(0); // a clean merge needs no verdict, and ledger files never conflict
    const audit = repo.ao(['ledger', 'verify', '--json']);
    expect(audit.code).toBe(0);
    expect(JSON.parse(audit.stdout).heads).toHaveLength(2);
    repo.write('after.txt', 'a\n');
    repo.git(['add', '-A']);
    const joined = verdictStaged(repo, ['--json']);
    expect(joined.code).toBe(0);
    const record = JSON.parse(joined.stdout);
    expect(record.prev).toHaveLength(2);
    expect(record.seq).toBe(2);
    repo.git(['commit', '-q', '-m', 'After merge']);
    const rejoined = JSON.parse(repo.ao(['ledger', 'verify', '--json']).stdout);
    expect(rejoined.heads).toEqual([record.id]);
    expect(repo.ao(['verify', '--range', 'HEAD~3..HEAD']).code).toBe(0);
  });

  it('reports a record changed inside a range once, naming the commit that changed it', () => {
    const repo = repoWithCoveredCommit();
    const base = repo.head();
    const record = recordFiles(repo).at(-1)!;
    repo.write(record, repo.read(record).replace('"pass"', '"fail"'));
    repo.commitAll('Quietly edit a verdict');
    const report = JSON.parse(repo.ao(['verify', '--range', `${base}..HEAD`, '--json']).stdout);
    expect(report.ok).toBe(false);
    const aboutRecord = report.ledger.problems.filter((p: { path?: string }) => p.path === record);
    expect(aboutRecord).toHaveLength(1);
    expect(aboutRecord[0].message).toContain('Quietly edit a verdict');
  });

  it('judges a range whose base branch moved on from their merge base', () => {
    const repo = makeRepo();
    repo.git(['checkout', '-q', '-b', 'topic']);
    repo.write('topic.txt', 't\n');
    repo.git(['add', '-A']);
    verdictStaged(repo);
    repo.git(['commit', '-q', '-m', 'Topic']);
    repo.git(['checkout', '-q', 'main']);
    repo.write('main.txt', 'm\n');
    repo.git(['add', '-A']);
    verdictStaged(repo);
    repo.git(['commit', '-q', '-m', 'Main moves on, with a record of its own']);
    repo.git(['checkout', '-q', 'topic']);
    const result = repo.ao(['verify', '--range', 'main..topic']);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('merge base');
  });

  it('lets a later fail override an earlier pass', () => {
    const repo = makeRepo();
    repo.write('x.txt', 'x\n');
    repo.git(['add', '-A']);
    verdictStaged(repo);
    expect(repo.ao(['verify']).code).toBe(0);
    expect(repo.ao(['verdict', 'fail', '--checker', 'second@example.com', '--summary', 'breaks the build']).code).toBe(
      0,
    );
    const verify = repo.ao(['verify']);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('says fail: breaks the build');
    const commit = repo.git(['commit', '-m', 'x'], { allowFail: true });
    expect(commit.code).toBe(1);
    verdictStaged(repo);
    expect(repo.ao(['verify']).code).toBe(0);
  });

  it('refuses a checker who is the worker or shares its session; a reviewer may commit what they checked', () => {
    const repo = makeRepo();
    repo.write('y.txt', 'y\n');
    repo.git(['add', '-A']);
    expect(repo.ao(['verdict', 'pass', '--checker', 'AGENT@example.com']).stderr).toContain('is also the worker');
    const sameSession = repo.ao(['verdict', 'pass', '--checker', CHECKER, '--session', 's1', '--worker-session', 's1']);
    expect(sameSession.code).toBe(2);
    expect(sameSession.stderr).toContain('share session s1');
    // The agent wrote it; the human reviewer checks it and commits it under their own name.
    expect(repo.ao(['verdict', 'pass', '--checker', 'human@example.com', '--checker-kind', 'human']).code).toBe(0);
    const committed = repo.git(['commit', '-q', '-m', 'y'], {
      allowFail: true,
      env: { GIT_AUTHOR_EMAIL: 'human@example.com' },
    });
    expect(committed.code, committed.stderr).toBe(0);
    expect(repo.ao(['verify', '--commit', 'HEAD']).code).toBe(0);
  });

  it('refuses a record written by hand: broken chain, wrong seq, foreign ledger', () => {
    const repo = repoWithCoveredCommit();
    const record = recordFiles(repo).at(-1)!;
    const text = readFileSync(join(repo.dir, record), 'utf8');
    writeFileSync(join(repo.dir, record.replace('.json', '.copy')), text);
    const stray = repo.ao(['ledger', 'verify']);
    expect(stray.code).toBe(1);
    expect(stray.stdout).toContain('not a record file name');
  });
});

describe('browsing the ledger', () => {
  it('log, show, lookup and search find the verdict', () => {
    const repo = repoWithCoveredCommit();
    const log = repo.ao(['log', '-n', '1']);
    expect(log.code).toBe(0);
    const id = /sha256:[0-9a-f]{12}/.exec(log.stdout)![0];
    const show = repo.ao(['show', id.slice('sha256:'.length)]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('src/a.txt');
    expect(repo.ao(['lookup', 'HEAD']).stdout).toContain(id);
    expect(repo.ao(['lookup', 'src/a.txt']).stdout).toContain(id);
    expect(repo.ao(['search', 'UNIT TESTS']).stdout).toContain(id);
    expect(repo.ao(['search', 'nothing-like-this']).code).toBe(1);
    expect(repo.ao(['show', 'zz']).code).toBe(2);
  });
});
