import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkoutLike,
  coveredCommit,
  dispatchPayload,
  expectFail,
  expectPass,
  json,
  mergeGroupPayload,
  pushPayload,
  REPOSITORY,
  runAction,
  schedulePayload,
  statusServer,
  uncoveredCommit,
  upstreamWithFeature,
  ZERO_SHA,
} from './helpers/action.js';
import { cleanupAll, makeRepo } from './helpers/repo.js';

// Every test runs the bundled dist/action/index.js as a child process, exactly as a runner
// would, against real repositories; the workspace is a shallow file:// clone unless said.

afterAll(cleanupAll);

describe('pushes', () => {
  it('checks only the commits a new branch has that the default branch does not', async () => {
    const up = makeRepo();
    coveredCommit(up, 'src/app.txt', 'v1\n', 'Add the app');
    uncoveredCommit(up, 'src/old.txt', 'old\n', 'An old commit on main, pushed with --no-verify');
    up.git(['checkout', '-q', '-b', 'feature']);
    const c1 = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const c2 = uncoveredCommit(up, 'src/two.txt', '2\n', 'Add two');
    const ws = checkoutLike(up, c2, 'refs/remotes/origin/feature', { depth: 0 });
    const payload = pushPayload({ ref: 'refs/heads/feature', before: ZERO_SHA, after: c2 });

    const run = await runAction({ cwd: ws.dir, event: 'push', payload, sha: c2, inputs: { 'status-context': '' } });

    expectFail(run);
    expect(run.outputs.checked).toBe('2');
    expect(json<{ commit: string }[]>(run.outputs.results).map((r) => r.commit)).toEqual([c1, c2]);
    expect(json(run.outputs.uncovered)).toEqual([c2]);
    expect(run.summary).toContain('a new branch: the commits of');
    expect(run.summary).toMatch(/that `main` \(`[0-9a-f]{7}`\) does not have/);
  });

  it('checks a force push from the merge base of the old and new tips, not from the old tip', async () => {
    const { up, base } = upstreamWithFeature();
    coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const oldTip = uncoveredCommit(up, 'src/two.txt', '2\n', 'Add two, unreviewed');
    // Rewritten: the old commits are dropped, two covered ones replace them.
    up.git(['reset', '-q', '--hard', base]);
    const n1 = coveredCommit(up, 'src/three.txt', '3\n', 'Add three');
    const newTip = coveredCommit(up, 'src/four.txt', '4\n', 'Add four');
    const ws = checkoutLike(up, newTip, 'refs/remotes/origin/feature');
    const payload = pushPayload({ ref: 'refs/heads/feature', before: oldTip, after: newTip, forced: true });

    const run = await runAction({ cwd: ws.dir, event: 'push', payload, sha: newTip, inputs: { 'status-context': '' } });

    // From the old tip, the records the dropped commits added would look deleted.
    expectPass(run);
    expect(json<{ commit: string }[]>(run.outputs.results).map((r) => r.commit)).toEqual([n1, newTip]);
    expect(run.summary).toContain(
      `a force push: the commits from \`${base.slice(0, 7)}\`, the merge base of the old tip \`${oldTip.slice(0, 7)}\``,
    );
  });

  it('checks a force push whose old tip is gone against the default branch', async () => {
    const { up, base } = upstreamWithFeature();
    const oldTip = uncoveredCommit(up, 'src/two.txt', '2\n', 'Add two, unreviewed');
    up.git(['reset', '-q', '--hard', base]);
    const newTip = uncoveredCommit(up, 'src/three.txt', '3\n', 'Add three, unreviewed');
    up.git(['reflog', 'expire', '--expire=now', '--all']);
    up.git(['gc', '-q', '--prune=now']);
    expect(up.git(['cat-file', '-e', oldTip], { allowFail: true }).code).not.toBe(0);
    const ws = checkoutLike(up, newTip, 'refs/remotes/origin/feature');
    const payload = pushPayload({ ref: 'refs/heads/feature', before: oldTip, after: newTip, forced: true });

    const run = await runAction({ cwd: ws.dir, event: 'push', payload, sha: newTip, inputs: { 'status-context': '' } });

    expectFail(run);
    expect(json(run.outputs.uncovered)).toEqual([newTip]);
    expect(run.summary).toContain(`the previous tip ${oldTip.slice(0, 7)} could not be fetched`);
  });

  it('checks the commits a fast-forward push adds', async () => {
    const { up } = upstreamWithFeature();
    const before = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const after = coveredCommit(up, 'src/two.txt', '2\n', 'Add two');
    const ws = checkoutLike(up, after, 'refs/remotes/origin/feature');
    const server = await statusServer(201);
    const run = await runAction({
      cwd: ws.dir,
      event: 'push',
      payload: pushPayload({ ref: 'refs/heads/feature', before, after }),
      sha: after,
      apiUrl: server.url,
    });
    await server.close();

    expectPass(run);
    expect(json<{ commit: string }[]>(run.outputs.results).map((r) => r.commit)).toEqual([after]);
    expect(server.requests.map((r) => r.url)).toEqual([`/repos/${REPOSITORY}/statuses/${after}`]);
  });

  it('checks every commit of the first push of the default branch, where no policy is there yet to enforce', async () => {
    const up = makeRepo();
    const c1 = uncoveredCommit(up, 'src/app.txt', 'v1\n', 'Add the app');
    const ws = checkoutLike(up, c1, 'refs/remotes/origin/main');
    const commits = up.git(['rev-list', '--count', 'HEAD']).stdout.trim();
    const run = await runAction({
      cwd: ws.dir,
      event: 'push',
      payload: pushPayload({ ref: 'refs/heads/main', before: ZERO_SHA, after: c1 }),
      sha: c1,
      inputs: { 'status-context': '' },
    });

    expectPass(run);
    expect(run.outputs.checked).toBe(commits);
    expect(run.stdout).toMatch(/::warning::agentops\/verdict: no policy at the base/);
    expect(run.summary).toContain('the push creates `main`, the default branch');
  });

  it('passes a branch deletion without checking anything or posting a status', async () => {
    const up = makeRepo();
    const main = up.head();
    const server = await statusServer(201);
    const payload = pushPayload({ ref: 'refs/heads/feature', before: main, after: ZERO_SHA });
    const run = await runAction({ cwd: up.dir, event: 'push', payload, sha: ZERO_SHA, apiUrl: server.url });
    await server.close();

    expectPass(run);
    expect(run.outputs.checked).toBe('0');
    expect(json(run.outputs.uncovered)).toEqual([]);
    expect(run.outputs.results).toBe('[]');
    expect(run.summary).toContain('deletion of feature');
    expect(run.summary).toContain('the push deletes feature: it brings no commits, so there is nothing to check');
    expect(server.requests).toHaveLength(0);
  });
});

describe('merge queues, manual and scheduled runs', () => {
  it('checks a merge queue group from its base to its head', async () => {
    const { up, base } = upstreamWithFeature();
    const c1 = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const ws = checkoutLike(up, c1, 'refs/remotes/origin/gh-readonly-queue/main/pr-7');
    const payload = mergeGroupPayload({ base, head: c1 });
    // Checked out into a subdirectory of the workspace (actions/checkout's `path`).
    const run = await runAction({
      cwd: dirname(ws.dir),
      event: 'merge_group',
      payload,
      sha: c1,
      inputs: { 'status-context': '', path: basename(ws.dir) },
    });

    expectPass(run);
    expect(json<{ commit: string }[]>(run.outputs.results).map((r) => r.commit)).toEqual([c1]);
    expect(run.summary).toContain('merge queue for main');
  });

  it('checks base..head named by inputs on workflow_dispatch, fetching a branch the clone lacks', async () => {
    const { up } = upstreamWithFeature();
    const c1 = uncoveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    up.git(['checkout', '-q', 'main']);
    const ws = checkoutLike(up, up.head(), 'refs/remotes/origin/main');
    const run = await runAction({
      cwd: ws.dir,
      event: 'workflow_dispatch',
      payload: dispatchPayload(),
      sha: up.head(),
      inputs: { base: 'main', head: 'feature', 'status-context': '' },
    });

    expectFail(run);
    expect(json(run.outputs.uncovered)).toEqual([c1]);
  });

  it('audits the whole ledger on a schedule, and fails on a tampered one', async () => {
    const up = makeRepo();
    coveredCommit(up, 'src/app.txt', 'v1\n', 'Add the app');
    const clean = checkoutLike(up, up.head(), 'refs/remotes/origin/main');
    const audit = up.ao(['ledger', 'verify', '--json']);
    const expected = json<{ heads: string[]; records: number }>(audit.stdout);

    const ok = await runAction({
      cwd: clean.dir,
      event: 'schedule',
      payload: schedulePayload(),
      sha: up.head(),
      inputs: { 'status-context': '' },
    });
    expectPass(ok);
    expect(ok.outputs['ledger-head']).toBe(expected.heads.join(' '));
    expect(ok.summary).toContain(`✅ agentops/verdict: the ledger is intact (${expected.records} records)`);
    expect(ok.summary).toContain(`**${expected.records} records**, every one fully checked`);

    const record = up.git(['ls-files', '.agents/ledger']).stdout.trim().split('\n').at(-1)!;
    up.write(record, up.read(record).replace('"pass"', '"fail"'));
    const tampered = up.commitAll('Rewrite history');
    const ws = checkoutLike(up, tampered, 'refs/remotes/origin/main');
    const bad = await runAction({
      cwd: ws.dir,
      event: 'schedule',
      payload: schedulePayload(),
      sha: tampered,
      inputs: { 'status-context': '' },
    });
    expectFail(bad);
    expect(bad.summary).toContain('❌ agentops/verdict: the ledger has 1 problem');
    expect(bad.summary).toContain('does not match its content');
    expect(readFileSync(bad.outputs['results-file']!, 'utf8')).toContain('"ok": false');
  });
});
