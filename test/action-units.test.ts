import { describe, expect, it } from 'vitest';
import type { Decision } from '../src/core/coverage.js';
import { authenticatedActorOf, planFor, wantsOf } from '../src/action/plan.js';
import { authorExemption, noreplyAccount, type Policy } from '../src/core/policy.js';
import { cell, code, MAX_ROWS, renderSummary, splitFix } from '../src/present/summary.js';
import type { VerifyReport } from '../src/repo/verify.js';
import { DEPENDABOT, HUMAN, parseOutputFile, pullRequestPayload, pushPayload, ZERO_SHA } from './helpers/action.js';

// The action's pure parts: which commits an event asks for, and the summary's markdown.

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const M = 'c'.repeat(40);

describe('which commits an event asks for', () => {
  it("takes a pull request's base and head from the payload, never GITHUB_SHA (the test merge commit)", () => {
    const payload = pullRequestPayload({
      number: 3,
      base: { sha: A, ref: 'main' },
      head: { sha: B, ref: 'topic' },
    }) as Record<string, unknown>;
    for (const name of ['pull_request', 'pull_request_target', 'pull_request_review']) {
      const plan = planFor({ name, payload, sha: M }, {});
      expect(plan).toMatchObject({
        kind: 'range',
        base: { rev: A },
        head: { rev: B },
        title: 'pull request #3 (topic → main)',
      });
      expect(JSON.stringify(plan)).not.toContain(M);
    }
  });

  it("says which owner a fork's branch belongs to", () => {
    const payload = pullRequestPayload({
      number: 3,
      base: { sha: A, ref: 'main' },
      head: { sha: B, ref: 'main', repo: 'someone/widgets' },
    }) as Record<string, unknown>;
    expect(planFor({ name: 'pull_request', payload }, {}).title).toBe('pull request #3 (someone:main → main)');
  });

  it('tells the pushes apart: deletion, new branch, update', () => {
    const deletion = planFor(
      {
        name: 'push',
        payload: pushPayload({ ref: 'refs/heads/x', before: A, after: ZERO_SHA }) as Record<string, unknown>,
      },
      {},
    );
    expect(deletion.kind).toBe('nothing');
    expect(wantsOf(deletion).wants).toEqual([]);

    const created = planFor(
      {
        name: 'push',
        payload: pushPayload({ ref: 'refs/heads/x', before: ZERO_SHA, after: B }) as Record<string, unknown>,
      },
      {},
    );
    expect(created).toMatchObject({
      kind: 'push',
      before: undefined,
      after: { rev: B },
      defaultBranch: { remote: 'refs/heads/main' },
    });

    const update = planFor(
      { name: 'push', payload: pushPayload({ ref: 'refs/heads/x', before: A, after: B }) as Record<string, unknown> },
      {},
    );
    // The default branch's tip is where another branch's policy comes from: never optional.
    expect(update).toMatchObject({
      kind: 'push',
      before: { rev: A, optional: true },
      defaultBranch: { remote: 'refs/heads/main' },
    });
    expect(wantsOf(update).wants.find((w) => w.role === 'default branch')?.optional).toBeUndefined();
    expect(wantsOf(created).wants.find((w) => w.role === 'default branch')?.optional).toBeUndefined();
    expect(wantsOf(update)).toMatchObject({ history: true });

    const firstPush = planFor(
      {
        name: 'push',
        payload: pushPayload({ ref: 'refs/heads/main', before: ZERO_SHA, after: B }) as Record<string, unknown>,
      },
      {},
    );
    expect(firstPush).toMatchObject({ kind: 'push', isDefault: true, defaultBranch: undefined });
  });

  it('audits the ledger on schedule and workflow_dispatch without inputs; base and head inputs override any event', () => {
    expect(planFor({ name: 'schedule', payload: {}, sha: A }, {})).toMatchObject({ kind: 'audit', head: { rev: A } });
    expect(wantsOf(planFor({ name: 'schedule', payload: {}, sha: A }, {})).history).toBe(false);
    expect(planFor({ name: 'workflow_dispatch', payload: {}, sha: A }, { base: 'main', head: 'topic' })).toMatchObject({
      kind: 'range',
      base: { rev: 'main' },
      head: { rev: 'topic' },
    });
    expect(planFor({ name: 'workflow_dispatch', payload: {}, sha: A }, { base: 'main' })).toMatchObject({
      kind: 'range',
      base: { rev: 'main' },
      head: { rev: A },
    });
    const payload = pullRequestPayload({
      number: 3,
      base: { sha: A, ref: 'main' },
      head: { sha: B, ref: 'topic' },
    }) as Record<string, unknown>;
    expect(planFor({ name: 'pull_request', payload }, { head: 'v2' })).toMatchObject({
      kind: 'range',
      base: { rev: A },
      head: { rev: 'v2' },
    });
  });

  it('takes the authenticated accounts from the sender, and for a pull request from its author too', () => {
    const pr = pullRequestPayload({
      number: 3,
      base: { sha: A, ref: 'main' },
      head: { sha: B, ref: 'topic' },
      user: DEPENDABOT,
      sender: HUMAN,
    }) as Record<string, unknown>;
    expect(authenticatedActorOf({ name: 'pull_request', payload: pr })).toEqual({
      accounts: [
        { login: 'octo-human', id: 7002 },
        { login: 'dependabot[bot]', id: 49699333 },
      ],
    });
    const push = pushPayload({ ref: 'refs/heads/x', before: A, after: B, sender: DEPENDABOT }) as Record<
      string,
      unknown
    >;
    expect(authenticatedActorOf({ name: 'push', payload: push })).toEqual({
      accounts: [{ login: 'dependabot[bot]', id: 49699333 }],
    });
    // No sender, or a pull request without its author: nobody vouches.
    expect(authenticatedActorOf({ name: 'push', payload: { ...push, sender: undefined } })).toEqual({ accounts: [] });
    expect(
      authenticatedActorOf({
        name: 'pull_request',
        payload: { ...pr, pull_request: { ...(pr.pull_request as object), user: null } },
      }),
    ).toEqual({ accounts: [] });
    expect(authenticatedActorOf({ name: 'push', payload: { sender: { login: 7 } } })).toEqual({ accounts: [] });
  });

  it('honours an author exemption only when an authenticated account is the one the noreply address names', () => {
    const policy: Policy = {
      schema: 'agentops-verdict/policy@1',
      mode: 'commit',
      exempt: { authors: ['*[bot]@users.noreply.github.com'] },
    };
    const bot = '49699333+dependabot[bot]@users.noreply.github.com';
    expect(noreplyAccount(bot)).toEqual({ login: 'dependabot[bot]', id: 49699333 });
    expect(noreplyAccount('octocat@users.noreply.github.com')).toEqual({ login: 'octocat' });
    expect(noreplyAccount('octocat@users.noreply.github.com.example')).toBeUndefined();
    expect(noreplyAccount('a+b+c@users.noreply.github.com')).toBeUndefined();

    const vouched = { accounts: [{ login: 'Dependabot[bot]', id: 49699333 }] };
    expect(authorExemption(policy, bot, vouched)).toMatchObject({ honoured: true });
    expect(authorExemption(policy, bot, undefined)).toEqual({
      honoured: false,
      why: expect.stringContaining('honoured only in the action'),
    });
    expect(authorExemption(policy, bot, { accounts: [] })).toEqual({
      honoured: false,
      why: expect.stringContaining('GitHub authenticated no account'),
    });
    expect(authorExemption(policy, bot, { accounts: [{ login: 'dependabot[bot]', id: 1 }] })).toMatchObject({
      honoured: false,
    });
    expect(
      authorExemption(policy, bot, { accounts: [...vouched.accounts, { login: 'octo-human', id: 7002 }] }),
    ).toMatchObject({ honoured: false });
    expect(authorExemption({ ...policy, requireSignature: true }, bot, vouched)).toEqual({
      honoured: false,
      why: expect.stringContaining('never honoured under requireSignature'),
    });
    // Not matching any pattern: nothing to say.
    expect(authorExemption(policy, 'agent@example.com', vouched)).toEqual({ honoured: false });
  });

  it('refuses an event it cannot read commits from, and a payload missing them', () => {
    expect(() => planFor({ name: 'issues', payload: {} }, {})).toThrow(
      /the issues event does not say which commits to check/,
    );
    expect(() => planFor({ name: 'merge_group', payload: { merge_group: { base_sha: A } } }, {})).toThrow(
      /merge_group.head_sha/,
    );
    expect(() => planFor({ name: 'pull_request', payload: {} }, {})).toThrow(
      /the pull_request event payload has no pull_request.base.sha/,
    );
  });
});

function decision(i: number, outcome: Decision['outcome'], subject: string): Decision {
  const sha = i.toString(16).padStart(40, '0');
  return {
    change: {
      kind: 'commit',
      label: sha.slice(0, 7),
      commit: sha,
      subjectLine: subject,
      authorName: 'Agent',
      authorEmail: 'agent@example.com',
      manifest: { digest: `sha256:${'0'.repeat(64)}`, entries: [] },
    },
    outcome,
    reason: outcome === 'uncovered' ? 'no verdict covers its changes' : 'fine',
    fix:
      outcome === 'uncovered' ? [{ command: 'verdict', scope: { kind: 'commit', commit: sha }, needs: [] }] : undefined,
  };
}

function report(decisions: Decision[]): VerifyReport {
  const count = (o: Decision['outcome']) => decisions.filter((d) => d.outcome === o).length;
  return {
    ok: count('uncovered') === 0,
    scope: { kind: 'range', label: 'x..y', base: A, head: B },
    policy: { source: 'p', enforced: true, mode: 'commit', enforcement: 'enforce' },
    ledger: { source: 'commit', baseRecords: 1, newRecords: 0, problems: [] },
    decisions,
    counts: {
      checked: decisions.length,
      covered: count('covered'),
      uncovered: count('uncovered'),
      exempt: count('exempt'),
      empty: count('empty'),
    },
    notes: [],
  };
}

describe('the job summary', () => {
  it('renders hostile subject lines as text in one table cell', () => {
    expect(cell('a | b\nc')).toBe('a \\| b c');
    expect(cell('<img src=x onerror=alert(1)> *bold* [link](http://x) `code`')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\*bold\\* \\[link\\](http://x) \\`code\\`',
    );
    expect(cell('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(cell('😀'.repeat(20), 5)).toBe(`${'😀'.repeat(4)}…`);
    expect(code('a ``b`` c')).toBe('```a ``b`` c```');
    expect(code('`x')).toBe('`` `x ``');
  });

  it('separates the words of a fix from its command', () => {
    expect(splitFix('address the failure, then ao verdict pass --commit abc --checker X')).toEqual({
      prose: 'address the failure',
      command: 'ao verdict pass --commit abc --checker X',
    });
    expect(splitFix('ao verdict pass --checker X')).toEqual({ command: 'ao verdict pass --checker X' });
  });

  it(`stops the table at ${MAX_ROWS} rows and the whole summary under 1 MiB, counting the rest`, () => {
    const huge = Array.from({ length: 5000 }, (_, i) =>
      decision(i, i % 2 ? 'uncovered' : 'covered', `\`\`\`sh ${'<&|>'.repeat(100)}\n${'字'.repeat(500)}`),
    );
    const markdown = renderSummary({
      result: 'fail',
      title: 'pull request #1',
      report: report(huge),
      notes: [],
      commitUrl: (sha) => `https://github.com/o/r/commit/${sha}`,
    });
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
    // Problems first: the uncovered commits' table, then the covered ones'; each bounded.
    const rowsOf = (icon: string) => markdown.split('\n').filter((l) => l.startsWith(`| ${icon} |`)).length;
    expect(rowsOf('❌')).toBeLessThanOrEqual(MAX_ROWS);
    expect(rowsOf('✅')).toBeLessThanOrEqual(MAX_ROWS);
    expect(markdown.indexOf('| ❌ |')).toBeLessThan(markdown.indexOf('| ✅ |'));
    const more = [...markdown.matchAll(/_… and ([\d,]+) more commits not shown \(([\d,]+) of them uncovered\)/g)].map(
      (m) => Number(m[1]!.replace(/,/g, '')),
    );
    expect(rowsOf('❌') + rowsOf('✅') + more.reduce((a, b) => a + b, 0)).toBe(5000);
    const fixes = markdown.split('\n').filter((l) => l.startsWith('ao verdict pass')).length;
    const moreFixes = /_… and ([\d,]+) more fixes/.exec(markdown);
    expect(fixes + Number(moreFixes![1]!.replace(/,/g, ''))).toBe(2500);
    // No subject can open a code fence of its own inside the fix block.
    expect(markdown.match(/^```/gm)).toHaveLength(2);
  });
});

describe('the outputs file', () => {
  it('reads multi-line values as the runner does', () => {
    expect(parseOutputFile('a<<EOF_1\nx\ny\nEOF_1\nb=2\n')).toEqual({ a: 'x\ny', b: '2' });
  });
});
