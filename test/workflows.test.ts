import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  baseEnv,
  CHECKER,
  cleanupAll,
  makeRepo,
  openRepo,
  run,
  tempDir,
  verdictStaged,
  type TestRepo,
} from './helpers/repo.js';

/**
 * Everyday workflows through the real plain hooks, each ending with what CI does: a fresh
 * clone of the remote running `ao verify --range` over what was pushed. The hook and the
 * clone must agree.
 */

afterAll(cleanupAll);

function withRemote(): { repo: TestRepo; remote: string } {
  const repo = makeRepo();
  const remote = join(tempDir(), 'remote.git');
  run('git', ['init', '-q', '--bare', '-b', 'main', remote], repo.dir, baseEnv());
  repo.git(['remote', 'add', 'origin', remote]);
  repo.git(['push', '-q', 'origin', 'main']);
  repo.git(['fetch', '-q', 'origin']);
  repo.git(['remote', 'set-head', 'origin', 'main']);
  return { repo, remote };
}

function commitCovered(repo: TestRepo, path: string, content: string, message: string): string {
  repo.write(path, content);
  repo.git(['add', '-A']);
  expect(verdictStaged(repo).code).toBe(0);
  const commit = repo.git(['commit', '-q', '-m', message], { allowFail: true });
  expect(commit.code, commit.stderr).toBe(0);
  return repo.head();
}

/** What CI decides: a fresh clone of the remote, `ao verify --range BASE..BRANCH` with the ledger as committed. */
function ciDecision(remote: string, base: string, branch: string): { code: number; out: string } {
  const dir = join(tempDir(), 'ci');
  run('git', ['clone', '-q', remote, dir], tempDir(), baseEnv());
  const clone = openRepo(dir);
  clone.git(['checkout', '-q', branch]);
  const result = clone.ao(['verify', '--range', `${base}..${branch}`]);
  return { code: result.code, out: result.stdout + result.stderr };
}

describe('pre-push reads the ledger as committed, never the working tree', () => {
  it('refuses a push whose verdict was recorded but never committed, saying so and how to commit it', () => {
    const { repo, remote } = withRemote();
    const base = repo.head();
    repo.write('a.txt', 'a\n');
    const commit = repo.commitAll('Add a');
    // The checker records the verdict on the commit but nobody commits the record.
    expect(repo.ao(['verdict', 'pass', '--commit', commit, '--checker', CHECKER]).code).toBe(0);
    expect(repo.ao(['verify', '--commit', commit]).code).toBe(0); // the working tree has it
    const refused = repo.git(['push', '-q', 'origin', 'main'], { allowFail: true });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('recorded in the working tree but never committed');
    expect(refused.stderr).toContain('git add .agents/ledger && git commit -m "Record verdicts" && git push');
    // Pushing anyway (as the hook would have let through before) is what CI refuses.
    repo.git(['push', '-q', '--no-verify', 'origin', 'main']);
    expect(ciDecision(remote, base, 'main').code).toBe(1);
    // Following the printed fix makes both green.
    repo.git(['add', '.agents/ledger']);
    repo.git(['commit', '-q', '-m', 'Record verdicts']);
    const pushed = repo.git(['push', '-q', 'origin', 'main'], { allowFail: true });
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(ciDecision(remote, base, 'main').code).toBe(0);
  });

  it('counts exactly, and offers one --range command for many uncovered commits', () => {
    const { repo } = withRemote();
    const policy = JSON.parse(repo.read('.agents/policy.json'));
    policy.exempt.paths = ['docs/**'];
    repo.write('.agents/policy.json', `${JSON.stringify(policy, null, 2)}\n`);
    repo.git(['add', '-A']);
    expect(verdictStaged(repo).code).toBe(0);
    repo.git(['commit', '-q', '-m', 'Exempt docs']);
    expect(repo.git(['push', '-q', 'origin', 'main'], { allowFail: true }).code).toBe(0);
    const base = repo.head();
    repo.write('docs/a.md', 'a\n');
    repo.commitAll('Docs');
    commitCovered(repo, 'b.txt', 'b\n', 'Covered b');
    const pushed = repo.git(['push', 'origin', 'main'], { allowFail: true });
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(pushed.stderr).toContain('agentops/verdict: 2 commits checked: 1 covered, 1 exempt');
    for (let i = 0; i < 12; i++) {
      repo.write(`f${i}.txt`, `${i}\n`);
      repo.commitAll(`Uncovered ${i}`);
    }
    const refused = repo.git(['push', 'origin', 'main'], { allowFail: true });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('12 commits checked: 0 covered, 12 uncovered');
    const tip = repo.head();
    const pushedBase = repo.git(['rev-parse', 'origin/main']).stdout.trim();
    expect(pushedBase).not.toBe(base);
    const all = `ao verdict pass --range ${pushedBase.slice(0, 12)}..${tip.slice(0, 12)} --checker CHECKER-ID`;
    expect(refused.stderr).toContain('one command covers all 12 uncovered commits');
    expect(refused.stderr).toContain(all);
    // The one command, then the record committed, covers every one of them.
    expect(repo.ao(['verdict', 'pass', '--range', `${pushedBase}..${tip}`, '--checker', CHECKER]).code).toBe(0);
    repo.git(['add', '.agents/ledger']);
    repo.git(['commit', '-q', '-m', 'Record verdicts']);
    const accepted = repo.git(['push', 'origin', 'main'], { allowFail: true });
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stderr).toContain('13 commits checked: 12 covered, 1 needs none');
  });
});

describe('pre-push knows what the remote has, or refuses', () => {
  it('a URL as the remote is matched to the configured remote it names', () => {
    const { repo, remote } = withRemote();
    repo.write('u.txt', 'u\n');
    repo.commitAll('Uncovered u');
    const refused = repo.git(['push', remote, 'main'], { allowFail: true });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Uncovered u');
    expect(refused.stderr).toContain('1 commit checked: 0 covered, 1 uncovered');
  });

  it('a URL no remote names, and a remote never fetched: the hook asks the remote itself', () => {
    const { repo, remote } = withRemote();
    repo.write('u.txt', 'u\n');
    repo.commitAll('Uncovered u');
    // A plain URL: before, no tracking refs matched it and every commit "passed" with no policy.
    repo.git(['remote', 'remove', 'origin']);
    const byUrl = repo.git(['push', remote, 'main'], { allowFail: true });
    expect(byUrl.code).not.toBe(0);
    expect(byUrl.stderr).toContain('Uncovered u');
    expect(byUrl.stderr).not.toContain('Set up agentops/verdict');
    // A newly added remote with no tracking refs.
    repo.git(['remote', 'add', 'mirror', remote]);
    const fresh = repo.git(['push', 'mirror', 'HEAD:refs/heads/topic'], { allowFail: true });
    expect(fresh.code).not.toBe(0);
    expect(fresh.stderr).toContain('Uncovered u');
    expect(fresh.stderr).toContain('the commits main lacks');
  });

  it('a remote that cannot be asked is refused with the fix, never accepted', () => {
    const { repo } = withRemote();
    repo.git(['remote', 'add', 'gone', join(tempDir(), 'missing.git')]);
    repo.write('u.txt', 'u\n');
    const commit = repo.commitAll('Uncovered u');
    const result = repo.ao(['hook', 'pre-push', 'gone', 'x'], {
      input: `refs/heads/main ${commit} refs/heads/main ${'0'.repeat(40)}\n`,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot tell what gone already has');
    expect(result.stderr).toContain('fix: run `git fetch gone`, then push again');
  });

  it('an empty remote: every commit is checked, as the action checks the push that creates the default branch', () => {
    const repo = makeRepo();
    const remote = join(tempDir(), 'empty.git');
    run('git', ['init', '-q', '--bare', remote], repo.dir, baseEnv());
    repo.git(['remote', 'add', 'origin', remote]);
    commitCovered(repo, 'c.txt', 'c\n', 'Covered c');
    const pushed = repo.git(['push', 'origin', 'main'], { allowFail: true });
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(pushed.stderr).toMatch(/agentops\/verdict: 2 commits checked: 0 covered, 2 exempt/);
  });

  it("a branch push is judged by the default branch's policy: deleting the policy on the branch changes nothing (hostile)", () => {
    const { repo, remote } = withRemote();
    repo.git(['checkout', '-q', '-b', 'agent']);
    repo.git(['rm', '-q', '.agents/policy.json']);
    repo.git(['add', '-A']);
    expect(verdictStaged(repo).code).toBe(0);
    repo.git(['commit', '-q', '-m', 'Drop the policy']);
    expect(repo.git(['push', '-q', 'origin', 'agent'], { allowFail: true }).code).toBe(0); // covered, under main's policy
    repo.write('x.txt', 'x\n');
    repo.commitAll('Uncovered x');
    const refused = repo.git(['push', 'origin', 'agent'], { allowFail: true });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Uncovered x');
    expect(refused.stderr).toContain("the tip of main, origin's default branch");
    repo.git(['push', '-q', '--no-verify', 'origin', 'agent']);
    const again = repo.ao(['hook', 'pre-push', 'origin', remote], {
      input: `refs/heads/agent ${repo.head()} refs/heads/agent ${repo.git(['rev-parse', 'HEAD~1']).stdout.trim()}\n`,
    });
    expect(again.code, again.stderr).toBe(1);
  });
});

describe('history rewriting ends covered when each final change has a verdict', () => {
  it('git commit --amend: the hook asks for the verdict the amended commit needs', () => {
    const { repo, remote } = withRemote();
    const base = repo.head();
    commitCovered(repo, 'a.txt', 'a\n', 'Add a');
    repo.write('a.txt', 'a, better\n');
    repo.git(['add', '-A']);
    // Before: a verdict on the delta against the commit being amended was accepted, and the push then refused.
    expect(verdictStaged(repo).code).toBe(0);
    const refused = repo.git(['commit', '-q', '--amend', '--no-edit'], { allowFail: true });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('amending');
    expect(refused.stderr).toContain('fix: ao verdict pass --amend --checker CHECKER-ID');
    // The amend is read from git's argument vector: one of many pages (a long message first) too.
    const long = repo.git(['commit', '-q', '-m', 'x'.repeat(20_000), '--amend'], { allowFail: true });
    expect(long.code).not.toBe(0);
    expect(long.stderr).toContain('amending');
    expect(repo.ao(['verdict', 'pass', '--amend', '--checker', CHECKER]).code).toBe(0);
    const amended = repo.git(['commit', '-q', '--amend', '--no-edit'], { allowFail: true });
    expect(amended.code, amended.stderr).toBe(0);
    expect(repo.ao(['verify', '--commit', 'HEAD']).code).toBe(0);
    const pushed = repo.git(['push', '-q', 'origin', 'main'], { allowFail: true });
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(ciDecision(remote, base, 'main').code).toBe(0);
  });

  it('the amend is detected through an alias and abbreviated flags, and -m "--amend" is a message, not an amend', () => {
    const { repo } = withRemote();
    commitCovered(repo, 'a.txt', 'a\n', 'Add a');
    repo.git(['config', 'alias.fix', 'commit --amend']);
    repo.write('a.txt', 'a2\n');
    repo.git(['add', '-A']);
    expect(repo.ao(['verdict', 'pass', '--amend', '--checker', CHECKER]).code).toBe(0);
    const viaAlias = repo.git(['fix', '-q', '--no-edit'], { allowFail: true });
    expect(viaAlias.code, viaAlias.stderr).toBe(0);
    repo.write('a.txt', 'a3\n');
    repo.git(['add', '-A']);
    expect(repo.ao(['verdict', 'pass', '--amend', '--checker', CHECKER]).code).toBe(0);
    expect(repo.git(['commit', '-q', '--amen', '--no-edit'], { allowFail: true }).code).toBe(0);
    repo.write('b.txt', 'b\n');
    repo.git(['add', '-A']);
    const notAmend = repo.git(['commit', '-q', '-m', '--amend'], { allowFail: true });
    expect(notAmend.code).not.toBe(0);
    expect(notAmend.stderr).toContain('fix: ao verdict pass --checker CHECKER-ID');
  });

  it('commit --fixup + autosquash, rebase -i and rebase --onto: the final commits are covered once each has a verdict', () => {
    const { repo, remote } = withRemote();
    const base = repo.head();
    const first = commitCovered(repo, 'a.txt', 'a\n', 'Add a');
    commitCovered(repo, 'b.txt', 'b\n', 'Add b');
    repo.write('a.txt', 'a fixed\n');
    repo.git(['add', '-A']);
    expect(verdictStaged(repo).code).toBe(0);
    expect(repo.git(['commit', '-q', '--fixup', first], { allowFail: true }).code).toBe(0);
    repo.git(['rebase', '-q', '-i', '--autosquash', base], { env: { GIT_SEQUENCE_EDITOR: 'true' } });
    // The squashed commit's change is new: it needs a verdict; its neighbour kept its own.
    const refused = repo.git(['push', 'origin', 'main'], { allowFail: true });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('2 commits checked: 1 covered, 1 uncovered');
    const squashed = repo.git(['rev-parse', 'HEAD~1']).stdout.trim();
    expect(refused.stderr).toContain(`ao verdict pass --commit ${squashed.slice(0, 12)}`);
    expect(repo.ao(['verdict', 'pass', '--commit', squashed, '--checker', CHECKER]).code).toBe(0);
    repo.git(['add', '.agents/ledger']);
    repo.git(['commit', '-q', '-m', 'Record verdict']);
    expect(repo.git(['push', '-q', 'origin', 'main'], { allowFail: true }).code).toBe(0);
    expect(ciDecision(remote, base, 'main').code).toBe(0);

    // rebase --onto: a topic branch moved onto main's new tip keeps its covered changes covered.
    repo.git(['checkout', '-q', '-b', 'topic', base]);
    commitCovered(repo, 't.txt', 't\n', 'Topic');
    repo.git(['rebase', '-q', '--onto', 'main', base, 'topic']);
    const pushed = repo.git(['push', 'origin', 'topic'], { allowFail: true });
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(pushed.stderr).toContain('1 commit checked: 1 covered');
    expect(ciDecision(remote, 'main', 'topic').code).toBe(0);
  });
});

describe('history from before set-up', () => {
  it('is reported as not enforced (not as "this change sets it up"), and --policy REV audits it', () => {
    const dir = tempDir();
    const repo = openRepo(dir);
    repo.git(['init', '-q', '-b', 'main']);
    repo.write('old.txt', 'old\n');
    const old1 = repo.commitAll('Old work');
    repo.write('old.txt', 'older\n');
    const old2 = repo.commitAll('More old work');
    expect(repo.ao(['init', '--hooks', 'git']).code).not.toBe(2);
    const setup = repo.commitAll('Set up agentops/verdict');
    const before = repo.ao(['verify', '--range', `${old1}..${old2}`]);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('come from before agentops/verdict was set up');
    expect(before.stdout).not.toContain('this change sets agentops/verdict up');
    expect(before.stdout).toContain(`--policy REV`);
    const audited = repo.ao(['verify', '--range', `${old1}..${old2}`, '--policy', setup]);
    expect(audited.code).toBe(1);
    expect(audited.stdout).toContain('given with --policy');
    expect(audited.stdout).toContain('More old work');
    expect(repo.ao(['verify', '--range', `${old1}..${old2}`, '--policy', 'no-such-rev']).code).toBe(2);
  });
});

describe('printed commands are safe to paste (hostile)', () => {
  it('a record path or checker id with shell metacharacters is quoted in every fix', () => {
    const { repo } = withRemote();
    const policy = JSON.parse(repo.read('.agents/policy.json'));
    policy.requireSignature = true;
    repo.write('.agents/policy.json', `${JSON.stringify(policy, null, 2)}\n`);
    writeFileSync(join(repo.dir, '.agents/checkers'), '');
    repo.git(['add', '-A']);
    expect(verdictStaged(repo).code).toBe(0);
    repo.git(['commit', '-q', '-m', 'Signed verdicts']);
    repo.write('s.txt', 's\n');
    repo.git(['add', '-A']);
    const evil = 'x$(touch pwned);`id`';
    expect(repo.ao(['verdict', 'pass', '--checker', evil]).code).toBe(0);
    const refused = repo.ao(['verify']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`--checker 'x$(touch pwned);\`id\`'`);
  });
});
