import { afterAll, describe, expect, it } from 'vitest';
import {
  checkoutLike,
  coveredCommit,
  expectFail,
  expectPass,
  json,
  openPullRequest,
  pullRequestPayload,
  pullRequestRefs,
  REPOSITORY,
  runAction,
  statusServer,
  TOKEN,
  uncoveredCommit,
  upstreamWithFeature,
  workflowCommands,
} from './helpers/action.js';
import { cleanupAll, CHECKER } from './helpers/repo.js';

// Every test runs the bundled dist/action/index.js as a child process, exactly as a runner
// would, against real repositories; the workspace is a shallow file:// clone unless said.

afterAll(cleanupAll);

describe('pull requests', () => {
  it('passes a covered pull request from a shallow clone, checking the head and never the merge ref', async () => {
    const { up, base } = upstreamWithFeature();
    const c1 = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const c2 = coveredCommit(up, 'src/two.txt', '2\n', 'Add two | with a pipe');
    const { ws, merge, payload } = openPullRequest(up, base, c2);
    expect(ws.git(['rev-parse', '--is-shallow-repository']).stdout.trim()).toBe('true');

    const server = await statusServer(201, { id: 1, state: 'success' });
    const run = await runAction({ cwd: ws.dir, event: 'pull_request', payload, sha: merge, apiUrl: server.url });
    await server.close();

    expectPass(run);
    expect(run.outputs.checked).toBe('2');
    expect(run.outputs.covered).toBe('2');
    expect(json(run.outputs.uncovered)).toEqual([]);
    expect(run.outputs['ledger-head']).toMatch(/^sha256:[0-9a-f]{64}$/);
    const results = json<{ commit: string; outcome: string; record: { checker: { id: string } } }[]>(
      run.outputs.results,
    );
    expect(results.map((r) => [r.commit, r.outcome])).toEqual([
      [c1, 'covered'],
      [c2, 'covered'],
    ]);
    expect(results[0]!.record.checker.id).toBe(CHECKER);
    // The test merge commit is not a commit of the change.
    expect(results.map((r) => r.commit)).not.toContain(merge);
    expect(ws.git(['rev-parse', '--is-shallow-repository']).stdout.trim()).toBe('false');

    // The summary: a row per commit, linked, with subject (pipe escaped), author, verdict and checker.
    expect(run.summary).toContain('✅ agentops/verdict: 2 commits covered');
    expect(run.summary).toContain(`[\`${c1.slice(0, 7)}\`](https://github.com/${REPOSITORY}/commit/${c1})`);
    expect(run.summary).toContain('Add two \\| with a pipe');
    expect(run.summary).toContain('Coding Agent');
    expect(run.summary).toContain(`${CHECKER} (agent)`);
    expect(run.summary).toMatch(
      /Read from `[0-9a-f]{7}` \(the head\): \*\*4 records\*\*, 2 records added by this change/,
    );
    expect(run.summary).toContain(`Head: \`${run.outputs['ledger-head']!.slice(0, 19)}`);

    // The commit status, on the head (not the merge ref), under the stable context.
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`/repos/${REPOSITORY}/statuses/${c2}`);
    expect(request.headers.authorization).toBe(`token ${TOKEN}`);
    const body = json<{ state: string; context: string; description: string; target_url: string }>(request.body);
    expect(body).toMatchObject({
      state: 'success',
      context: 'agentops/verdict',
      target_url: `https://github.com/${REPOSITORY}/actions/runs/4242`,
    });
    expect(body.description).toContain('2 of 2 commits covered');
  });

  it('fails an uncovered pull request: an annotation and the exact fix per commit, a failure status', async () => {
    const { up, base } = upstreamWithFeature();
    const c1 = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const c2 = uncoveredCommit(up, 'src/two.txt', '2\n', 'Add two\n\nwith a body');
    const { ws, merge, payload } = openPullRequest(up, base, c2);

    const server = await statusServer(201);
    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      apiUrl: server.url,
      inputs: { checker: 'review-bot@example.com' },
    });
    await server.close();

    expectFail(run);
    expect(run.outputs.checked).toBe('2');
    expect(run.outputs.covered).toBe('1');
    expect(json(run.outputs.uncovered)).toEqual([c2]);
    const fix = `ao verdict pass --commit ${c2.slice(0, 12)} --checker review-bot@example.com`;
    const results = json<{ commit: string; outcome: string; failedRule: string; fix: string }[]>(run.outputs.results);
    expect(results.find((r) => r.commit === c2)).toMatchObject({ outcome: 'uncovered', failedRule: 'no-verdict', fix });
    expect(results.find((r) => r.commit === c1)?.outcome).toBe('covered');

    // One error annotation for the commit, titled with its short sha and subject, holding the fix.
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors[0]).toMatch(
      new RegExp(`^::error title=${c2.slice(0, 7)} Add two::no verdict covers its changes.*Fix: ${fix}$`),
    );
    // setFailed: one line, with the reason and the fixing command.
    expect(errors.at(-1)).toMatch(
      /^::error::agentops\/verdict: 1 of 2 commits lacks a passing verdict from an independent checker/,
    );
    expect(errors.at(-1)).toContain(`fix: ${fix}`);
    expect(errors).toHaveLength(2);

    expect(run.summary).toContain('❌ agentops/verdict: 1 of 2 commits needs a verdict');
    expect(run.summary).toContain('### How to fix');
    expect(run.summary).toContain(`# ${c2.slice(0, 7)} Add two: no verdict covers its changes`);
    expect(run.summary).toContain(`\n${fix}\n`);
    expect(run.summary).toMatch(
      new RegExp(
        `\\| ❌ \\| \\[\`${c2.slice(0, 7)}\`\\]\\([^)]+\\) \\| Add two \\| Coding Agent \\| — \\| — \\| \\*\\*uncovered\\*\\*: no verdict covers its changes`,
      ),
    );

    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.url).toBe(`/repos/${REPOSITORY}/statuses/${c2}`);
    expect(json<{ state: string; description: string }>(server.requests[0]!.body)).toMatchObject({
      state: 'failure',
      description: '1 of 2 commits needs a verdict',
    });
  });

  it('passes a pull request that merged its base branch in ("Update branch"): a clean merge needs no verdict', async () => {
    const { up, base } = upstreamWithFeature();
    const c1 = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    up.git(['checkout', '-q', 'main']);
    const onMain = coveredCommit(up, 'src/main.txt', 'm\n', 'Meanwhile on main');
    up.git(['checkout', '-q', 'feature']);
    up.git(['merge', '-q', '--no-verify', '--no-edit', 'main']);
    const merged = up.head();
    const { ws, merge, payload } = openPullRequest(up, onMain, merged);

    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      inputs: { 'status-context': '' },
    });

    expectPass(run);
    const results = json<{ commit: string; kind: string; outcome: string }[]>(run.outputs.results);
    expect(results.map((r) => [r.commit, r.kind, r.outcome])).toEqual([
      [c1, 'commit', 'covered'],
      [merged, 'merge', 'empty'],
    ]);
    expect(results.map((r) => r.commit)).not.toContain(onMain);
    expect(run.summary).toContain(`the commits from the pull request base \`${onMain.slice(0, 7)}\``);
    expect(base).not.toBe(onMain);
    // Each side added a record: the ledger has two heads until the next record joins them.
    expect(run.outputs['ledger-head']!.split(' ')).toHaveLength(2);
    expect(run.summary).toMatch(/Heads: `sha256:[0-9a-f]{12}`, `sha256:[0-9a-f]{12}`/);
  });

  it('reads the policy from the base: a pull request that weakens it is judged by the old one', async () => {
    const { up, base } = upstreamWithFeature();
    const policy = JSON.parse(up.read('.agents/policy.json')) as { exempt: { paths: string[] } };
    policy.exempt.paths = ['src/**'];
    // The weakening itself carries a verdict; the commit that relies on it does not.
    const weaken = coveredCommit(
      up,
      '.agents/policy.json',
      `${JSON.stringify(policy, null, 2)}\n`,
      'Exempt src/ from verdicts',
    );
    const sneak = uncoveredCommit(up, 'src/backdoor.txt', 'x\n', 'Add a backdoor');
    const unreviewed = uncoveredCommit(
      up,
      '.agents/policy.json',
      `${JSON.stringify({ ...policy, exempt: { paths: ['**'] } }, null, 2)}\n`,
      'Exempt everything',
    );
    const { ws, merge, payload } = openPullRequest(up, base, unreviewed);

    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      inputs: { 'status-context': '' },
    });

    expectFail(run);
    expect(json(run.outputs.uncovered)).toEqual([sneak, unreviewed]);
    const results = json<{ commit: string; outcome: string }[]>(run.outputs.results);
    expect(results.find((r) => r.commit === weaken)?.outcome).toBe('covered');
    expect(run.summary).toContain(`\`.agents/policy.json\` at \`${base.slice(0, 7)}\`, the pull request base`);
    expect(run.summary).toContain(
      'this change modifies .agents/policy.json: it is judged by the policy it would land under',
    );
  });

  it('reads the policy from the base branch as it is now, not as it was where the branch began', async () => {
    const { up, base: forkPoint } = upstreamWithFeature();
    const head = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    up.git(['checkout', '-q', 'main']);
    const policy = JSON.parse(up.read('.agents/policy.json')) as { require: { evidence: string[] } };
    policy.require.evidence = ['test'];
    const tightened = coveredCommit(
      up,
      '.agents/policy.json',
      `${JSON.stringify(policy, null, 2)}\n`,
      'Require test evidence',
    );
    const { ws, merge, payload } = openPullRequest(up, tightened, head);

    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      inputs: { 'status-context': '' },
    });

    expectFail(run);
    expect(json(run.outputs.uncovered)).toEqual([head]);
    expect(run.summary).toContain(`the merge base of the pull request base \`${tightened.slice(0, 7)}\``);
    expect(run.summary).toContain(`\`${forkPoint.slice(0, 7)}\``);
    expect(json<{ failedRule: string; fix: string }[]>(run.outputs.results)[0]).toMatchObject({
      failedRule: 'policy',
      fix: expect.stringContaining("--evidence test:'...'"),
    });
  });

  it('fails a pull request that tampers with the ledger: the ledger is read from the head and must be append-only', async () => {
    const { up, base } = upstreamWithFeature();
    const records = up.git(['ls-files', '.agents/ledger']).stdout.trim().split('\n');
    const victim = records.find((p) => !p.includes('/00000000-'))!;
    up.write(victim, up.read(victim).replace('"pass"', '"fail"'));
    const tamper = up.commitAll('Tidy the ledger');
    const { ws, merge, payload } = openPullRequest(up, base, tamper);

    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      inputs: { 'status-context': '' },
    });

    expectFail(run);
    expect(json(run.outputs.uncovered)).toEqual([]);
    // Said once, naming the commit that changed the record that was at the base.
    expect(run.summary).toContain('❌ agentops/verdict: the ledger has 1 problem');
    expect(run.summary).toContain(
      `commit ${tamper.slice(0, 7)} (Tidy the ledger) modifies ledger record ${victim.replace(/_/g, '\\_')}`,
    );
    expect(run.summary).toContain(`Append-only since \`${base.slice(0, 7)}\`: **no**`);
    expect(run.stdout).toContain(`::error title=Ledger problem (record-modified),file=${victim}::`);
    expect(run.stdout).toMatch(
      /::error::agentops\/verdict: the ledger has 1 problem \(first: .*\); fix: drop that change from commit [0-9a-f]{7}/,
    );
  });

  it('prints text from the change under test with workflow commands off', async () => {
    const { up, base } = upstreamWithFeature();
    up.write('.agents/ledger/0000/x\n::warning::injected\n::set-output name=result::pass', 'x');
    const head = up.commitAll('::error::injected subject');
    const { ws, merge, payload } = openPullRequest(up, base, head);

    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      inputs: { 'status-context': '' },
    });

    expectFail(run);
    // The report prints control characters from the change escaped (src/present/output.ts `clean`): no line of it can start a command.
    expect(run.stdout).toContain('x\\u{a}::warning::injected\\u{a}');
    const commands = workflowCommands(run.stdout);
    expect(
      commands.filter(
        (c) => c.includes('injected') && !c.startsWith('::error title=') && !c.startsWith('::error::agentops/verdict'),
      ),
    ).toEqual([]);
    expect(commands.some((c) => c.startsWith('::set-output'))).toBe(false);
    expect(run.summary).toContain('::set-output name=result::pass is not a record file name');
  });

  it('works for a pull request from a fork on pull_request_target: only refs/pull/N/head has its commits, and the read-only token is refused', async () => {
    const { up, base } = upstreamWithFeature();
    coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const head = coveredCommit(up, 'src/two.txt', '2\n', 'Add two');
    pullRequestRefs(up, 9, base, head);
    up.git(['checkout', '-q', 'main']);
    up.git(['branch', '-q', '-D', 'feature']); // the branch lives in the fork, not here
    // pull_request_target checks out the base branch, never the change.
    const ws = checkoutLike(up, base, 'refs/remotes/origin/main');
    const payload = pullRequestPayload({
      number: 9,
      base: { sha: base, ref: 'main' },
      head: { sha: head, ref: 'feature', repo: 'contributor/widgets' },
    });

    const server = await statusServer(403, { message: 'Resource not accessible by integration' });
    const run = await runAction({ cwd: ws.dir, event: 'pull_request_target', payload, sha: base, apiUrl: server.url });
    await server.close();

    expectPass(run);
    expect(run.outputs.checked).toBe('2');
    expect(run.outputs.covered).toBe('2');
    expect(server.requests).toHaveLength(1);
    expect(run.stdout).toMatch(
      /::warning::agentops\/verdict: could not post the commit status "agentops\/verdict" on [0-9a-f]{7}: HTTP 403 .*fork gets a read-only token/,
    );
    expect(run.summary).toContain('pull request \\#9 (contributor:feature → main)');
    // Nothing of the change was checked out: the working tree is still the base.
    expect(ws.head()).toBe(base);
  });

  it("bounds the annotations at GitHub's 10 a step; the summary lists every failure", async () => {
    const { up, base } = upstreamWithFeature();
    const commits: string[] = [];
    for (let i = 1; i <= 12; i++) commits.push(uncoveredCommit(up, `src/f${i}.txt`, `${i}\n`, `Change ${i}`));
    const { ws, merge, payload } = openPullRequest(up, base, commits.at(-1)!);

    const run = await runAction({
      cwd: ws.dir,
      event: 'pull_request',
      payload,
      sha: merge,
      inputs: { 'status-context': '' },
    });

    expectFail(run);
    expect(json(run.outputs.uncovered)).toEqual(commits);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors[8]).toContain('title=… and 4 more::');
    for (const sha of commits)
      expect(run.summary).toContain(`ao verdict pass --commit ${sha.slice(0, 12)} --checker CHECKER-ID`);
  });
});

describe('shallow clones', () => {
  it('fails with the exact fetch-depth: 0 fix when the missing history cannot be fetched', async () => {
    const { up, base } = upstreamWithFeature();
    const head = coveredCommit(up, 'src/one.txt', '1\n', 'Add one');
    const { ws, merge, payload } = openPullRequest(up, base, head);
    ws.git(['remote', 'set-url', 'origin', `file://${up.dir}-gone`]);

    const server = await statusServer(201);
    const run = await runAction({ cwd: ws.dir, event: 'pull_request', payload, sha: merge, apiUrl: server.url });
    await server.close();

    expectFail(run);
    // The required status does not stay pending: it says what went wrong, on the head.
    expect(server.requests.map((r) => r.url)).toEqual([`/repos/${REPOSITORY}/statuses/${head}`]);
    expect(json<{ state: string; description: string }>(server.requests[0]!.body)).toMatchObject({
      state: 'error',
      description: expect.stringContaining('could not check: this is a shallow clone'),
    });
    const failed = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain('this is a shallow clone');
    expect(failed[0]).toContain('fix: give actions/checkout the full history: `with: { fetch-depth: 0 }`');
    expect(run.summary).toContain('```yaml\n- uses: actions/checkout@v5\n  with:\n    fetch-depth: 0\n```');
    expect(run.outputs.checked).toBe('0');
  });
});
