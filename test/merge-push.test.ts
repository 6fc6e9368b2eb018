import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanupAll,
  commitCovered,
  freshClone,
  makeRepo,
  run,
  tempDir,
  baseEnv,
  verdictStaged,
  CHECKER,
  type TestRepo,
} from './helpers/repo.js';

afterAll(cleanupAll);

function coveredCommit(repo: TestRepo, path: string, content: string, message: string): string {
  repo.write(path, content);
  repo.git(['add', '-A']);
  expect(verdictStaged(repo).code).toBe(0);
  const commit = repo.git(['commit', '-q', '-m', message], { allowFail: true });
  expect(commit.code, commit.stderr).toBe(0);
  return repo.head();
}

function branchesToMerge(): TestRepo {
  const repo = makeRepo();
  repo.git(['checkout', '-q', '-b', 'topic']);
  coveredCommit(repo, 'topic.txt', 'topic\n', 'Topic work');
  repo.git(['checkout', '-q', 'main']);
  coveredCommit(repo, 'main.txt', 'main\n', 'Main work');
  return repo;
}

describe('merge commits', () => {
  it('a clean merge needs no verdict', () => {
    const repo = branchesToMerge();
    const merge = repo.git(['merge', '-q', '--no-edit', 'topic'], { allowFail: true });
    expect(merge.code, merge.stderr).toBe(0);
    const report = JSON.parse(repo.ao(['verify', '--commit', 'HEAD', '--json']).stdout);
    expect(report.changes[0].outcome).toBe('empty');
    expect(report.changes[0].reason).toContain('clean merge');
    expect(repo.ao(['verify', '--range', 'HEAD~2..HEAD']).code).toBe(0);
  });

  it('an evil merge needs a verdict for exactly what the merge added by hand', () => {
    const repo = branchesToMerge();
    repo.git(['merge', '-q', '--no-commit', '--no-ff', 'topic']);
    repo.write('sneaky.txt', 'added inside the merge\n');
    repo.git(['add', 'sneaky.txt']);
    const refused = repo.git(['commit', '-q', '--no-edit'], { allowFail: true });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('staged merge');
    const recorded = repo.ao(['verdict', 'pass', '--checker', CHECKER, '--json']);
    expect(recorded.code, recorded.stderr).toBe(0);
    const paths = JSON.parse(recorded.stdout).subject.entries.map((e: { path: string }) => e.path);
    expect(paths).toEqual(['sneaky.txt']); // only the evil part, not the topic branch's work
    const accepted = repo.git(['commit', '-q', '--no-edit'], { allowFail: true });
    expect(accepted.code, accepted.stderr).toBe(0);
    const report = JSON.parse(repo.ao(['verify', '--commit', 'HEAD', '--json']).stdout);
    expect(report.changes[0].kind).toBe('merge');
    expect(report.changes[0].outcome).toBe('covered');
  });

  it('a conflicted merge needs a verdict for its resolution', () => {
    const repo = makeRepo();
    repo.git(['checkout', '-q', '-b', 'topic']);
    coveredCommit(repo, 'same.txt', 'topic side\n', 'Topic side');
    repo.git(['checkout', '-q', 'main']);
    coveredCommit(repo, 'same.txt', 'main side\n', 'Main side');
    repo.git(['merge', '-q', 'topic'], { allowFail: true });
    repo.write('same.txt', 'resolved\n');
    repo.git(['add', 'same.txt']);
    expect(repo.git(['commit', '-q', '--no-edit'], { allowFail: true }).code).toBe(1);
    expect(verdictStaged(repo).code).toBe(0);
    expect(repo.git(['commit', '-q', '--no-edit'], { allowFail: true }).code).toBe(0);
    expect(repo.ao(['verify', '--commit', 'HEAD']).code).toBe(0);
  });

  it('an octopus merge is judged against its first parent', () => {
    const repo = makeRepo();
    for (const name of ['one', 'two']) {
      repo.git(['checkout', '-q', '-b', name, 'main']);
      coveredCommit(repo, `${name}.txt`, `${name}\n`, name);
    }
    repo.git(['checkout', '-q', 'main']);
    coveredCommit(repo, 'main.txt', 'main\n', 'main moves on');
    repo.git(['merge', '-q', '--no-verify', '--no-edit', 'one', 'two']);
    expect(repo.git(['rev-list', '--parents', '-n', '1', 'HEAD']).stdout.trim().split(' ')).toHaveLength(4);
    const report = JSON.parse(repo.ao(['verify', '--commit', 'HEAD', '--json']).stdout);
    expect(report.changes[0].kind).toBe('merge');
    expect(report.changes[0].paths).toBe(2);
    expect(report.changes[0].outcome).toBe('uncovered');
    expect(repo.ao(['verdict', 'pass', '--checker', CHECKER, '--commit', 'HEAD']).code).toBe(0);
    expect(repo.ao(['verify', '--commit', 'HEAD']).code).toBe(0);
  });

  it("a rebase that keeps a commit's change keeps it covered", () => {
    const repo = branchesToMerge();
    repo.git(['checkout', '-q', 'topic']);
    repo.git(['rebase', '-q', 'main']);
    expect(repo.ao(['verify', '--range', 'main..topic']).code).toBe(0);
  });
});

/** A bare remote with main pushed, and a clone whose hooks are ours. */
function withRemote(): { repo: TestRepo; remote: string } {
  const repo = makeRepo();
  const remote = join(tempDir(), 'remote.git');
  run('git', ['init', '-q', '--bare', remote], repo.dir, baseEnv());
  repo.git(['remote', 'add', 'origin', remote]);
  repo.git(['push', '-q', 'origin', 'main']);
  return { repo, remote };
}

describe('pre-push', () => {
  it('pushes covered commits and refuses uncovered ones, naming each', () => {
    const { repo } = withRemote();
    coveredCommit(repo, 'a.txt', 'a\n', 'Covered a');
    expect(repo.git(['push', '-q', 'origin', 'main'], { allowFail: true }).code).toBe(0);
    repo.write('b.txt', 'b\n');
    const uncovered = repo.commitAll('Uncovered b');
    const refused = repo.git(['push', '-q', 'origin', 'main'], { allowFail: true });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(uncovered.slice(0, 7));
    expect(refused.stderr).toContain('Uncovered b');
    expect(refused.stderr).toContain(`ao verdict pass --commit ${uncovered.slice(0, 12)}`);
    expect(repo.ao(['verdict', 'pass', '--checker', CHECKER, '--commit', uncovered]).code).toBe(0);
    repo.git(['add', '.agents']);
    repo.git(['commit', '-q', '-m', 'Record verdict for b']);
    expect(repo.git(['push', '-q', 'origin', 'main'], { allowFail: true }).code).toBe(0);
  });

  it('checks a new branch against the default branch, as the action will, and skips a deletion', () => {
    const { repo } = withRemote();
    repo.git(['checkout', '-q', '-b', 'feature']);
    coveredCommit(repo, 'f.txt', 'f\n', 'Covered f');
    expect(repo.git(['push', '-q', 'origin', 'feature'], { allowFail: true }).code).toBe(0);
    repo.git(['checkout', '-q', '-b', 'second']);
    repo.write('g.txt', 'g\n');
    repo.commitAll('Uncovered g');
    const refused = repo.git(['push', '-q', 'origin', 'second'], { allowFail: true });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Uncovered g');
    // What main lacks, as the action checks a new branch: f is on the remote's feature branch, not on main.
    expect(refused.stderr).toMatch(/✔ [0-9a-f]{7}  Covered f/);
    expect(refused.stderr).toContain('2 commits checked: 1 covered, 1 uncovered');
    expect(repo.git(['push', '-q', 'origin', '--delete', 'feature'], { allowFail: true }).code).toBe(0);
  });

  it('reads every line of the hook input, including a remote sha it never fetched', () => {
    const { repo } = withRemote();
    coveredCommit(repo, 'c.txt', 'c\n', 'Covered c');
    repo.write('d.txt', 'd\n');
    const uncovered = repo.commitAll('Uncovered d');
    const zero = '0'.repeat(40);
    const covered = repo.git(['rev-parse', 'HEAD~1']).stdout.trim();
    const input = [
      `refs/heads/gone ${zero} refs/heads/gone ${covered}`,
      `refs/heads/ok ${covered} refs/heads/ok ${zero}`,
      `refs/heads/main ${uncovered} refs/heads/main ${'1234567'.padEnd(40, 'a')}`,
    ].join('\n');
    // The default branch's old tip is unknown here: the policy that judges the push cannot be read, so it is refused.
    const result = repo.ao(['hook', 'pre-push', 'origin', 'unused-url'], { input: `${input}\n` });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a commit this clone does not have');
    expect(result.stderr).toContain('fix: run `git fetch origin`, then push again');
    const known = input.replace('1234567'.padEnd(40, 'a'), covered);
    const refused = repo.ao(['hook', 'pre-push', 'origin', 'unused-url'], { input: `${known}\n` });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Uncovered d');
    expect(refused.stderr).not.toContain('Covered c');
    expect(refused.stderr).toContain(uncovered.slice(0, 7));
    const onlyGood = repo.ao(['hook', 'pre-push', 'origin', 'x'], {
      input: `${input.split('\n').slice(0, 2).join('\n')}\n`,
    });
    expect(onlyGood.code, onlyGood.stderr).toBe(0);
    expect(repo.ao(['hook', 'pre-push', 'origin', 'x'], { input: 'garbage\n' }).code).toBe(2);
    expect(repo.ao(['hook', 'pre-push', 'origin', 'x'], { input: `${input}\n`, env: { HUSKY: '0' } }).code).toBe(0);
  });

  it("understands the pre-commit framework's PRE_COMMIT_* variables when stdin is empty", () => {
    const { repo } = withRemote();
    const base = repo.head();
    repo.write('e.txt', 'e\n');
    const uncovered = repo.commitAll('Uncovered e');
    const env = {
      PRE_COMMIT_FROM_REF: base,
      PRE_COMMIT_TO_REF: uncovered,
      PRE_COMMIT_REMOTE_NAME: 'origin',
      PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/main',
      PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/main',
    };
    const refused = repo.ao(['hook', 'pre-push'], { input: '', env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Uncovered e');
  });

  it('works in a SHA-256 repository', () => {
    const repo = makeRepo({ objectFormat: 'sha256' });
    const remote = join(tempDir(), 'remote.git');
    run('git', ['init', '-q', '--bare', '--object-format=sha256', remote], repo.dir, baseEnv());
    repo.git(['remote', 'add', 'origin', remote]);
    repo.git(['push', '-q', 'origin', 'main']);
    const before = repo.head();
    coveredCommit(repo, 'a.txt', 'a\n', 'Covered');
    expect(repo.head()).toHaveLength(64);
    expect(repo.ao(['verify', '--range', 'HEAD~1..HEAD']).code).toBe(0);
    const result = repo.ao(['hook', 'pre-push', 'origin', remote], {
      input: `refs/heads/main ${repo.head()} refs/heads/main ${before}\n`,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('1 commit checked: 1 covered');
  });
});

describe('ao verify --range reads the ledger as CI does', () => {
  it('judges the ledger as committed in the head: an uncommitted verdict is named, not counted', () => {
    const repo = makeRepo();
    const base = repo.head();
    repo.write('src/a.txt', 'a\n');
    const commit = repo.commitAll('Add a');
    expect(repo.ao(['verdict', 'pass', '--checker', CHECKER, '--commit', commit]).code).toBe(0);
    const before = repo.ao(['verify', '--range', `${base}..HEAD`]);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('recorded in the working tree but never committed');
    expect(before.stdout).toContain("git add .agents/ledger && git commit -m 'Record verdicts'");
    const json = JSON.parse(repo.ao(['verify', '--range', `${base}..HEAD`, '--json']).stdout);
    expect(json.ok).toBe(false);
    expect(json.ledger.source).toContain('commit');
    repo.git(['add', '.agents']);
    repo.git(['commit', '-q', '-m', 'Record verdicts']);
    expect(repo.ao(['verify', '--range', `${base}..HEAD`]).code).toBe(0);
    // The same answer as a fresh clone, which has no working-tree state to lean on.
    expect(freshClone(repo, 'main').ao(['verify', '--range', `${base}..HEAD`]).code).toBe(0);
  });

  it('hostile: a record tampered with in the working tree, or a passing one planted there, does not change the answer', () => {
    const repo = makeRepo();
    const base = repo.head();
    repo.write('src/a.txt', 'a\n');
    const covered = commitCovered(repo, 'Covered a');
    const record = repo.git(['ls-files', '.agents/ledger']).stdout.trim().split('\n').pop()!;
    repo.write(record, repo.read(record).replace('"pass"', '"fail"'));
    expect(repo.ao(['verify', '--range', `${base}..${covered}`]).code).toBe(0);
    repo.git(['checkout', '--', record]);
    repo.write('src/b.txt', 'b\n');
    const uncovered = repo.commitAll('Uncovered b');
    // A pass written for it but never committed: the push and CI would refuse, so must this.
    expect(repo.ao(['verdict', 'pass', '--checker', CHECKER, '--commit', uncovered]).code).toBe(0);
    const refused = repo.ao(['verify', '--range', `${base}..HEAD`, '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).changes.find((c: { commit?: string }) => c.commit === uncovered)?.outcome).toBe(
      'uncovered',
    );
  });
});
