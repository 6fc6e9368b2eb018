import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkoutLike,
  coveredCommit,
  DEPENDABOT,
  dispatchPayload,
  expectFail,
  expectPass,
  HUMAN,
  json,
  noreplyEmail,
  openPullRequest,
  pullRequestPayload,
  pullRequestRefs,
  pushPayload,
  REPOSITORY,
  runAction,
  schedulePayload,
  statusServer,
  uncoveredCommit,
  upstreamWithFeature,
  ZERO_SHA,
  type Account,
  type ActionOptions,
  type ActionRun,
} from './helpers/action.js';
import { cleanupAll, makeRepo, CHECKER, type TestRepo } from './helpers/repo.js';
import { generateKey, makeTempDir, type TempDir } from './helpers/ssh.js';

// Ways past the gate that the event, not the ledger, used to open: a policy read from a commit
// the pusher wrote, an audit speaking under the coverage check's name, an author email taken on
// its own word, and payloads or policies a lenient parser reads one way and a reviewer another.
// Every test runs the bundled dist/action/index.js (or the built CLI) against real repositories.

let keys: TempDir;
beforeAll(() => {
  keys = makeTempDir();
});
afterAll(() => {
  cleanupAll();
  keys?.remove();
});

interface Status {
  url: string;
  state: string;
  context: string;
  description: string;
}

/** Runs the action against a local stand-in for the status API; returns the run and the statuses it posted. */
async function runWithStatuses(
  options: Omit<ActionOptions, 'apiUrl'>,
): Promise<{ run: ActionRun; statuses: Status[] }> {
  const server = await statusServer(201);
  try {
    const run = await runAction({ ...options, apiUrl: server.url });
    return { run, statuses: server.requests.map((r) => ({ url: r.url, ...json<Omit<Status, 'url'>>(r.body) })) };
  } finally {
    await server.close();
  }
}

function setPolicy(repo: TestRepo, fields: object): string {
  const policy = JSON.parse(repo.read('.agents/policy.json')) as Record<string, unknown>;
  repo.write('.agents/policy.json', `${JSON.stringify({ ...policy, ...fields }, null, 2)}\n`);
  return repo.commitAll('Policy');
}

interface Result {
  commit: string;
  outcome: string;
  reason: string;
  failedRule: string | null;
}

describe("a push to another branch is judged by the default branch's policy, never by its own previous tip", () => {
  const attacks: [string, (up: TestRepo) => void][] = [
    ['deletes the policy', (up) => up.git(['rm', '-q', '.agents/policy.json'])],
    [
      'exempts every path',
      (up) =>
        up.write(
          '.agents/policy.json',
          `${JSON.stringify({ schema: 'agentops-verdict/policy@1', mode: 'commit', exempt: { paths: ['**'] } }, null, 2)}\n`,
        ),
    ],
    [
      'requires nothing but a range verdict that never comes',
      (up) =>
        up.write(
          '.agents/policy.json',
          `${JSON.stringify({ schema: 'agentops-verdict/policy@1', mode: 'range', exempt: { paths: ['src/**'] } }, null, 2)}\n`,
        ),
    ],
  ];
  for (const [what, attack] of attacks) {
    it(`a commit that ${what}, pushed (red), then another push on top: still red`, async () => {
      const { up, base } = upstreamWithFeature();
      attack(up);
      const loosen = up.commitAll('Loosen the gate');

      const ws1 = checkoutLike(up, loosen, 'refs/remotes/origin/feature');
      const first = await runWithStatuses({
        cwd: ws1.dir,
        event: 'push',
        payload: pushPayload({ ref: 'refs/heads/feature', before: ZERO_SHA, after: loosen }),
        sha: loosen,
      });
      expectFail(first.run);
      expect(json(first.run.outputs.uncovered)).toEqual([loosen]);

      // The second push: `before` is now the commit that loosened the gate.
      const next = uncoveredCommit(up, 'src/two.txt', '2\n', 'Unreviewed code under the loosened gate');
      const ws2 = checkoutLike(up, next, 'refs/remotes/origin/feature');
      const second = await runWithStatuses({
        cwd: ws2.dir,
        event: 'push',
        payload: pushPayload({ ref: 'refs/heads/feature', before: loosen, after: next }),
        sha: next,
      });

      expectFail(second.run);
      // Still only the commits the push adds, judged by the policy at main's tip.
      expect(json<Result[]>(second.run.outputs.results).map((r) => [r.commit, r.outcome])).toEqual([
        [next, 'uncovered'],
      ]);
      expect(second.run.summary).toContain(
        `**Policy:** \`.agents/policy.json\` at \`${base.slice(0, 7)}\`, the tip of main, the default branch`,
      );
      // A push to another branch never speaks under the coverage check's name (below).
      expect(second.statuses).toEqual([
        expect.objectContaining({
          url: `/repos/${REPOSITORY}/statuses/${next}`,
          state: 'failure',
          context: 'agentops/verdict/push',
        }),
      ]);

      // The pull request from the branch is judged by the same policy: the two agree.
      const { ws, merge, payload } = openPullRequest(up, base, next);
      const pr = await runAction({
        cwd: ws.dir,
        event: 'pull_request',
        payload,
        sha: merge,
        inputs: { 'status-context': '' },
      });
      expectFail(pr);
      expect(json(pr.outputs.uncovered)).toEqual([loosen, next]);
    });
  }

  it('hostile: a reviewed commit pushed on top of an unreviewed one passes as a push, but only under <status-context>/push: the pull request stays red', async () => {
    const { up, base } = upstreamWithFeature();
    up.git(['rm', '-q', '.agents/policy.json']);
    const drop = up.commitAll('Drop the policy, unreviewed');
    const ws1 = checkoutLike(up, drop, 'refs/remotes/origin/feature');
    expectFail(
      await runAction({
        cwd: ws1.dir,
        event: 'push',
        payload: pushPayload({ ref: 'refs/heads/feature', before: ZERO_SHA, after: drop }),
        sha: drop,
        inputs: { 'status-context': '' },
      }),
    );

    const reviewed = coveredCommit(up, 'src/two.txt', '2\n', 'Reviewed code on top');
    const ws2 = checkoutLike(up, reviewed, 'refs/remotes/origin/feature');
    const push = await runWithStatuses({
      cwd: ws2.dir,
      event: 'push',
      payload: pushPayload({ ref: 'refs/heads/feature', before: drop, after: reviewed }),
      sha: reviewed,
    });
    // The push adds one covered commit: green, as a push.
    expectPass(push.run);
    expect(push.statuses.map((s) => [s.url, s.state, s.context])).toEqual([
      [`/repos/${REPOSITORY}/statuses/${reviewed}`, 'success', 'agentops/verdict/push'],
    ]);

    // The pull request, on the same head commit, speaks under the required name, and is red.
    const { ws, merge, payload } = openPullRequest(up, base, reviewed);
    const pr = await runWithStatuses({ cwd: ws.dir, event: 'pull_request', payload, sha: merge });
    expectFail(pr.run);
    expect(json(pr.run.outputs.uncovered)).toEqual([drop]);
    expect(pr.statuses.map((s) => [s.url, s.state, s.context])).toEqual([
      [`/repos/${REPOSITORY}/statuses/${reviewed}`, 'failure', 'agentops/verdict'],
    ]);
  });

  it("a covered push to another branch passes under the default branch's policy", async () => {
    const { up, base } = upstreamWithFeature();
    const before = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const after = coveredCommit(up, 'src/two.txt', '2\n', 'Add two');
    const ws = checkoutLike(up, after, 'refs/remotes/origin/feature');
    const run = await runAction({
      cwd: ws.dir,
      event: 'push',
      payload: pushPayload({ ref: 'refs/heads/feature', before, after }),
      sha: after,
      inputs: { 'status-context': '' },
    });
    expectPass(run);
    expect(json<Result[]>(run.outputs.results).map((r) => r.commit)).toEqual([after]);
    expect(run.summary).toContain(`at \`${base.slice(0, 7)}\`, the tip of main, the default branch`);
  });

  it('a push to the default branch still reads the policy from its previous tip', async () => {
    const up = makeRepo();
    const before = up.head();
    setPolicy(up, { exempt: { paths: ['**'] } });
    const after = uncoveredCommit(up, 'src/a.txt', 'a\n', 'Code under the new policy');
    const ws = checkoutLike(up, after, 'refs/remotes/origin/main');
    const { run, statuses } = await runWithStatuses({
      cwd: ws.dir,
      event: 'push',
      payload: pushPayload({ ref: 'refs/heads/main', before, after }),
      sha: after,
    });
    expectFail(run);
    expect(json<Result[]>(run.outputs.results).map((r) => r.outcome)).toEqual(['uncovered', 'uncovered']);
    expect(statuses.map((s) => [s.state, s.context])).toEqual([['failure', 'agentops/verdict']]);
    expect(run.summary).toContain(`at \`${before.slice(0, 7)}\`, the previous tip of main`);
  });

  it('fails with the fix, never accepts, when the default branch cannot be had or is not named', async () => {
    const { up } = upstreamWithFeature();
    const before = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const after = coveredCommit(up, 'src/two.txt', '2\n', 'Add two');
    const ws = checkoutLike(up, after, 'refs/remotes/origin/feature', { depth: 0 });

    // The payload names a default branch the remote does not have.
    const gone = await runWithStatuses({
      cwd: ws.dir,
      event: 'push',
      payload: pushPayload({ ref: 'refs/heads/feature', before, after, defaultBranch: 'trunk' }),
      sha: after,
    });
    expectFail(gone.run);
    expect(gone.run.summary).toContain('the default branch refs/remotes/origin/trunk is not in this clone');
    expect(gone.run.summary).toContain('fetch-depth: 0');
    expect(gone.statuses.map((s) => [s.state, s.context])).toEqual([['error', 'agentops/verdict/push']]);

    // The payload does not say which branch is the default (hostile or truncated): no policy can be trusted.
    const unnamed = await runWithStatuses({
      cwd: ws.dir,
      event: 'push',
      payload: pushPayload({ ref: 'refs/heads/feature', before, after, defaultBranch: null }),
      sha: after,
    });
    expectFail(unnamed.run);
    expect(unnamed.run.summary).toContain('the default branch is not named in the event (repository.default\\_branch)');
    expect(unnamed.run.summary).toContain('**Fix:** give actions/checkout the full history');
    expect(unnamed.statuses.map((s) => s.state)).toEqual(['error']);
  });
});

describe("an audit never speaks under the coverage check's name", () => {
  it('a dispatched or scheduled audit posts under <status-context>/audit', async () => {
    const up = makeRepo();
    const head = coveredCommit(up, 'src/app.txt', 'v1\n', 'Add the app');
    const ws = checkoutLike(up, head, 'refs/remotes/origin/main');
    for (const [event, payload] of [
      ['workflow_dispatch', dispatchPayload()],
      ['schedule', schedulePayload()],
    ] as const) {
      const { run, statuses } = await runWithStatuses({ cwd: ws.dir, event, payload, sha: head });
      expectPass(run);
      expect(statuses).toEqual([
        expect.objectContaining({
          url: `/repos/${REPOSITORY}/statuses/${head}`,
          state: 'success',
          context: 'agentops/verdict/audit',
        }),
      ]);
    }
    const custom = await runWithStatuses({
      cwd: ws.dir,
      event: 'schedule',
      payload: schedulePayload(),
      sha: head,
      inputs: { 'status-context': 'gate' },
    });
    expect(custom.statuses.map((s) => s.context)).toEqual(['gate/audit']);
  });

  it('a dispatched run that names its own base cannot turn a red pull request green', async () => {
    const { up, base } = upstreamWithFeature();
    const unreviewed = uncoveredCommit(up, 'src/one.txt', '1\n', 'Unreviewed');
    const head = coveredCommit(up, 'src/two.txt', '2\n', 'Reviewed');
    const { ws, merge, payload } = openPullRequest(up, base, head);
    const pr = await runWithStatuses({ cwd: ws.dir, event: 'pull_request', payload, sha: merge });
    expectFail(pr.run);
    expect(pr.statuses.map((s) => [s.url, s.state, s.context])).toEqual([
      [`/repos/${REPOSITORY}/statuses/${head}`, 'failure', 'agentops/verdict'],
    ]);

    // Whoever dispatches picks the base: the unreviewed commit, so only the reviewed one is checked.
    const dispatched = await runWithStatuses({
      cwd: ws.dir,
      event: 'workflow_dispatch',
      payload: dispatchPayload({ ref: 'refs/heads/feature' }),
      sha: head,
      inputs: { base: unreviewed, head },
    });
    expectPass(dispatched.run);
    expect(dispatched.statuses.map((s) => [s.url, s.state, s.context])).toEqual([
      [`/repos/${REPOSITORY}/statuses/${head}`, 'success', 'agentops/verdict/audit'],
    ]);
  });

  it('an audit of a commit that is not set up (no ledger, no genesis, no policy) fails with the fix', async () => {
    const bare = makeRepo({ init: false });
    bare.write('README.md', '# not set up\n');
    const head = bare.commitAll('No .agents/ at all');
    const ws = checkoutLike(bare, head, 'refs/remotes/origin/main');
    const { run, statuses } = await runWithStatuses({
      cwd: ws.dir,
      event: 'schedule',
      payload: schedulePayload(),
      sha: head,
    });
    expectFail(run);
    const results = json<{ audit: { ok: boolean; problems: { code: string; fix: string }[] } }>(
      readFileSync(run.outputs['results-file']!, 'utf8'),
    );
    expect(results.audit.ok).toBe(false);
    expect(results.audit.problems.map((p) => p.code)).toEqual(['no-genesis', 'no-policy']);
    expect(results.audit.problems[0]!.fix).toContain('`ao init`');
    expect(run.summary).toContain(`there is no ledger at ${head.slice(0, 7)}`);
    expect(run.summary).toContain('set agentops/verdict up with `ao init`');
    expect(statuses).toEqual([expect.objectContaining({ state: 'failure', context: 'agentops/verdict/audit' })]);
  });

  it('hostile: a commit that dropped its policy, its ledger, or left a policy with a duplicate key fails the audit', async () => {
    const cases: [string, (repo: TestRepo) => void, string, string][] = [
      [
        'dropped the policy',
        (r) => r.git(['rm', '-q', '.agents/policy.json']),
        'no-policy',
        'there is no .agents/policy.json',
      ],
      [
        'dropped the ledger',
        (r) => r.git(['rm', '-q', '-r', '.agents/ledger']),
        'no-genesis',
        '.agents/ledger/ holds no records',
      ],
      [
        'left a policy with a duplicate key',
        (r) =>
          r.write(
            '.agents/policy.json',
            '{"schema":"agentops-verdict/policy@1","mode":"commit","requireSignature":true,"requireSignature":false}\n',
          ),
        'invalid-policy',
        'duplicate key "requireSignature"',
      ],
    ];
    for (const [what, damage, code, message] of cases) {
      const repo = makeRepo();
      damage(repo);
      const head = repo.commitAll(`A commit that ${what}`);
      const ws = checkoutLike(repo, head, 'refs/remotes/origin/main');
      const run = await runAction({
        cwd: ws.dir,
        event: 'workflow_dispatch',
        payload: dispatchPayload(),
        sha: head,
        inputs: { 'status-context': '' },
      });
      expectFail(run);
      const problems = json<{ audit: { problems: { code: string; message: string }[] } }>(
        readFileSync(run.outputs['results-file']!, 'utf8'),
      ).audit.problems;
      expect(
        problems.map((p) => p.code),
        what,
      ).toContain(code);
      expect(problems.find((p) => p.code === code)!.message, what).toContain(message);
    }
  });
});

describe("an author exemption rests on GitHub's authentication of the sender, never on the email alone", () => {
  /** main with an exempt-author policy; a branch with one commit authored as `email` (dependabot's), without a verdict. */
  function botBranch(options: { policy?: object; email?: string; setup?: (up: TestRepo) => void } = {}): {
    up: TestRepo;
    base: string;
    head: string;
  } {
    const up = makeRepo();
    options.setup?.(up);
    if (options.policy) {
      const policy = JSON.parse(up.read('.agents/policy.json')) as Record<string, unknown>;
      up.write('.agents/policy.json', `${JSON.stringify({ ...policy, ...options.policy }, null, 2)}\n`);
    }
    setPolicy(up, { exempt: { paths: [], authors: ['*[bot]@users.noreply.github.com'] } });
    const base = up.head();
    up.git(['checkout', '-q', '-b', 'dependabot/npm_and_yarn/left-pad-1.3.0']);
    up.write('package.json', '{"dependencies":{"left-pad":"1.3.0"}}\n');
    up.git(['add', '-A']);
    up.git(['commit', '-q', '--no-verify', '-m', 'Bump left-pad from 1.2.0 to 1.3.0'], {
      env: { GIT_AUTHOR_NAME: 'dependabot[bot]', GIT_AUTHOR_EMAIL: options.email ?? noreplyEmail(DEPENDABOT) },
    });
    return { up, base, head: up.head() };
  }

  async function pullRequest(
    up: TestRepo,
    base: string,
    head: string,
    who: { user: Account; sender: Account },
  ): Promise<ActionRun> {
    const merge = pullRequestRefs(up, 9, base, head);
    const ws = checkoutLike(up, merge, 'refs/remotes/pull/9/merge');
    const payload = pullRequestPayload({
      number: 9,
      base: { sha: base, ref: 'main' },
      head: { sha: head, ref: 'dependabot/npm_and_yarn/left-pad-1.3.0' },
      ...who,
    });
    return runAction({ cwd: ws.dir, event: 'pull_request', payload, sha: merge, inputs: { 'status-context': '' } });
  }

  function localRange(up: TestRepo, base: string, head: string): Result {
    const local = up.ao(['verify', '--range', `${base}..${head}`, '--json']);
    expect(local.code, local.stderr).toBe(1);
    return JSON.parse(local.stdout).changes[0] as Result;
  }

  it('exempt when GitHub authenticated dependabot[bot] (sender and pull request author) and the commit names that account', async () => {
    const { up, base, head } = botBranch();
    const run = await pullRequest(up, base, head, { user: DEPENDABOT, sender: DEPENDABOT });
    expectPass(run);
    const [result] = json<Result[]>(run.outputs.results);
    expect(result).toMatchObject({ commit: head, outcome: 'exempt' });
    expect(result!.reason).toBe(
      `author ${noreplyEmail(DEPENDABOT)} is exempt by policy, and GitHub authenticated dependabot[bot] for this event`,
    );

    // Locally nothing authenticates the author: not exempt, and the reason says why.
    const local = localRange(up, base, head);
    expect(local).toMatchObject({ outcome: 'uncovered', failedRule: 'no-verdict' });
    expect(local.reason).toContain(
      "author exemption needs GitHub's authentication of the sender: honoured only in the action",
    );
  });

  it('hostile: a commit authored as dependabot in a pull request a human (or the agent) sends is uncovered, as locally', async () => {
    const { up, base, head } = botBranch();
    for (const who of [
      { user: DEPENDABOT, sender: HUMAN },
      { user: HUMAN, sender: HUMAN },
      { user: HUMAN, sender: DEPENDABOT },
    ]) {
      const run = await pullRequest(up, base, head, who);
      expectFail(run);
      const [result] = json<Result[]>(run.outputs.results);
      expect(result).toMatchObject({ commit: head, outcome: 'uncovered', failedRule: 'no-verdict' });
      expect(result!.reason).toContain(
        `author ${noreplyEmail(DEPENDABOT)} matches an exempt author pattern, but GitHub authenticated octo-human, not dependabot[bot], for this event`,
      );
      // The same outcome and rule as `ao verify --range` on the same commits.
      expect(localRange(up, base, head)).toMatchObject({ outcome: result!.outcome, failedRule: result!.failedRule });
    }

    // A push a human makes: the action and the local gate agree.
    const ws = checkoutLike(up, head, 'refs/remotes/origin/dependabot/npm_and_yarn/left-pad-1.3.0');
    const pushed = await runAction({
      cwd: ws.dir,
      event: 'push',
      payload: pushPayload({
        ref: 'refs/heads/dependabot/npm_and_yarn/left-pad-1.3.0',
        before: ZERO_SHA,
        after: head,
        sender: HUMAN,
      }),
      sha: head,
      inputs: { 'status-context': '' },
    });
    expectFail(pushed);
    expect(json<Result[]>(pushed.outputs.results)[0]).toMatchObject({ outcome: 'uncovered', failedRule: 'no-verdict' });
    const byBot = await runAction({
      cwd: ws.dir,
      event: 'push',
      payload: pushPayload({
        ref: 'refs/heads/dependabot/npm_and_yarn/left-pad-1.3.0',
        before: ZERO_SHA,
        after: head,
        sender: DEPENDABOT,
      }),
      sha: head,
      inputs: { 'status-context': '' },
    });
    expectPass(byBot);
  });

  it("hostile: an address that names another account id, or is no noreply address, is not vouched for by the bot's login", async () => {
    for (const email of [
      '1+dependabot[bot]@users.noreply.github.com',
      'dependabot[bot]@users.noreply.github.com.evil.example',
    ]) {
      const { up, base, head } = botBranch({ email });
      const run = await pullRequest(up, base, head, { user: DEPENDABOT, sender: DEPENDABOT });
      if (email.endsWith('.evil.example')) {
        // Not even an exempt pattern match: the domain is literal.
        expectFail(run);
        continue;
      }
      expectFail(run);
      expect(json<Result[]>(run.outputs.results)[0]!.reason).toContain(
        'GitHub authenticated dependabot[bot] (id 49699333), not dependabot[bot] (id 1), for this event',
      );
    }
    // The login alone (no id) is vouched for by the login.
    const { up, base, head } = botBranch({ email: 'dependabot[bot]@users.noreply.github.com' });
    expectPass(await pullRequest(up, base, head, { user: DEPENDABOT, sender: DEPENDABOT }));
  });

  it('never exempt under requireSignature, whoever sends the event', async () => {
    const key = generateKey(keys, 'checker', 'ed25519');
    // Signed mode: the trusted keys are on main beside the policy.
    const { up, base, head } = botBranch({
      policy: { requireSignature: true },
      setup: (r) => expect(r.ao(['checkers', 'add', CHECKER, key.publicPath]).code).toBe(0),
    });
    const run = await pullRequest(up, base, head, { user: DEPENDABOT, sender: DEPENDABOT });
    expectFail(run);
    expect(run.summary).toContain('the policy requires signed verdicts');
    const [result] = json<Result[]>(run.outputs.results);
    expect(result).toMatchObject({ commit: head, outcome: 'uncovered', failedRule: 'no-verdict' });
    expect(result!.reason).toContain(
      'author exemptions are never honoured under requireSignature: only a signed verdict counts',
    );
    expect(localRange(up, base, head).reason).toContain('never honoured under requireSignature');
  });
});

describe('payloads and policies are parsed strictly', () => {
  it('refuses an event payload with a duplicate key, a BOM, or that is not an object, with the fix', async () => {
    const { up } = upstreamWithFeature();
    const before = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const after = uncoveredCommit(up, 'src/two.txt', '2\n', 'Add two, unreviewed');
    const ws = checkoutLike(up, after, 'refs/remotes/origin/feature');
    const payload = JSON.stringify(pushPayload({ ref: 'refs/heads/feature', before, after }));
    // JSON.parse keeps the last "after": the covered commit, and only it would be checked.
    const duplicate = payload
      .replace('"after":', `"after":"${after}","after":`)
      .replace(`"after":"${after}","after":"${after}"`, `"after":"${after}","after":"${before}"`);
    expect((JSON.parse(duplicate) as { after: string }).after).toBe(before);

    const cases: [string | Buffer, string][] = [
      [duplicate, `duplicate key "after" at line 1, column`],
      [`\ufeff${payload}`, 'a byte order mark (U+FEFF) before the value'],
      [
        Buffer.concat([Buffer.from(payload.slice(0, -1)), Buffer.from([0xc0, 0xaf]), Buffer.from('}')]),
        'invalid UTF-8 at byte',
      ],
      [`${payload}\n{"ref":"refs/heads/main"}`, 'after the JSON value'],
      ['[]', 'is not a JSON object'],
    ];
    for (const [rawPayload, message] of cases) {
      const { run, statuses } = await runWithStatuses({
        cwd: ws.dir,
        event: 'push',
        payload: {},
        rawPayload,
        sha: after,
      });
      expectFail(run);
      expect(run.summary, message).toContain(message);
      expect(run.summary).toContain('**Fix:** run the action as a step of a GitHub Actions workflow');
      expect(run.stdout).toContain('::error::');
      // Nothing was read from it, so no status names any commit.
      expect(statuses).toEqual([]);
      // The results file still lands in the runner's temporary folder, never the machine's.
      expect(run.outputs['results-file']).toMatch(
        /[\\/]ao-runner-[^\\/]+[\\/]tmp[\\/]agentops-verdict-[0-9a-f]{12}\.json$/,
      );
    }
  });

  it('refuses a base policy with a duplicate key (exit 2), in the action and the CLI alike', async () => {
    const { up, base } = upstreamWithFeature();
    up.git(['checkout', '-q', 'main']);
    up.write(
      '.agents/policy.json',
      '{"schema":"agentops-verdict/policy@1","mode":"commit","exempt":{"paths":[]},"exempt":{"paths":["**"]}}\n',
    );
    const duplicated = up.commitAll('A policy read two ways');
    up.git(['checkout', '-q', 'feature']);
    up.git(['rebase', '-q', duplicated]);
    const head = uncoveredCommit(up, 'src/one.txt', '1\n', 'Unreviewed');
    expect(base).not.toBe(duplicated);

    const local = up.ao(['verify', '--range', `${duplicated}..${head}`]);
    expect(local.code).toBe(2);
    expect(local.stderr).toContain(
      `.agents/policy.json at commit ${duplicated.slice(0, 7)} is not valid JSON: duplicate key "exempt" at line 1, column 77`,
    );

    const { ws, merge, payload } = openPullRequest(up, duplicated, head);
    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      inputs: { 'status-context': '' },
    });
    expectFail(run);
    expect(run.summary).toContain('is not valid JSON: duplicate key "exempt" at line 1, column 77');
  });
});
