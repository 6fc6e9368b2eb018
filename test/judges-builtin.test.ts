import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { harnessCli } from './helpers/harness-cli.js';
import { messageTexts, runAsync, startModelServer, type LoggedRequest, type Reply } from './helpers/model-server.js';
import { AO_BIN, cleanupAll, makeRepo, type TestRepo } from './helpers/repo.js';

/**
 * The built-in judges through `ao check`: the real Claude Code CLI (its --json-schema
 * structured output) and an OpenAI-compatible endpoint, both answered by a scripted model
 * server on 127.0.0.1. A judge that errs, hangs or answers outside the schema is an error,
 * never a pass, and errors that leave the quorum out of reach say "not proven".
 */

let bin: string;
let skipped: string | undefined;
beforeAll(() => {
  ({ bin = '', skipped } = harnessCli('claude'));
}, 900_000);
beforeEach((ctx) => {
  if (skipped) ctx.skip(skipped);
});
afterAll(cleanupAll);

function setUp(check: Record<string, unknown> = {}): TestRepo {
  const repo = makeRepo();
  const policy = JSON.parse(repo.read('.agents/policy.json')) as Record<string, unknown>;
  policy.check = { envAllow: ['ANTHROPIC_BASE_URL', 'ANTHROPIC_API_KEY', 'OPENAI_API_KEY'], ...check };
  repo.write('.agents/policy.json', `${JSON.stringify(policy, null, 2)}\n`);
  repo.commitAll('Policy for judges');
  repo.write('src/retry.js', 'export function retry(f) { for (;;) { try { return f(); } catch {} } }\n');
  repo.git(['add', '-A']);
  return repo;
}

async function check(repo: TestRepo, url: string, args: string[]) {
  const env = {
    ...repo.env,
    PATH: `${bin}:${process.env.PATH}`,
    ANTHROPIC_BASE_URL: url,
    ANTHROPIC_API_KEY: 'sk-test-offline',
    OPENAI_API_KEY: 'sk-test-offline',
  };
  return runAsync(process.execPath, [AO_BIN, 'check', '--json', ...args], { cwd: repo.dir, env, timeoutMs: 240_000 });
}

const isClaude = (r: LoggedRequest) =>
  r.path.endsWith('/messages') &&
  ((r.body.tools as { name: string }[] | undefined) ?? []).some((t) => t.name === 'StructuredOutput');

const FAIL_REVIEW = {
  verdict: 'fail',
  summary: 'retry() never gives up.',
  findings: [
    {
      severity: 'high',
      category: 'correctness',
      description: 'The loop has no bound.',
      path: 'src/retry.js',
      line: 1,
      suggestedFix: 'Stop after 3 attempts.',
    },
  ],
};

describe('ao check --judge claude (the real Claude Code CLI)', () => {
  it('renders the request and context into the prompt, gets a schema-forced review, records the model; a fail is a fail', async () => {
    const repo = setUp();
    const learned = repo.ao(['learn', 'Retry loops must be bounded: the 429 loop hung CI', '--paths', 'src/**']);
    expect(learned.code, learned.stderr).toBe(0);
    // Judges are told what the base holds (a change cannot brief its own reviewers): land the learning first.
    repo.git(['commit', '-q', '--no-verify', '-m', 'Learn', '--', '.agents/ledger']);
    const server = await startModelServer(
      (r): Reply => (isClaude(r) ? { tool: 'StructuredOutput', input: FAIL_REVIEW } : { text: 'ok' }),
    );
    try {
      const result = await check(repo, server.url, [
        '--judge',
        'claude',
        '--judge-model',
        'claude-opus-4-1',
        '--timeout',
        '120',
      ]);
      expect(result.code, result.stderr).toBe(1);
      const record = JSON.parse(result.stdout);
      const review = record.evidence.find((e: { kind: string }) => e.kind === 'review');
      expect(review).toMatchObject({ reviewer: 'judge:claude', verdict: 'fail', family: 'anthropic' });
      expect(review.findings[0]).toMatchObject({
        severity: 'high',
        path: 'src/retry.js',
        line: 1,
        suggestedFix: 'Stop after 3 attempts.',
      });
      // The prompt the CLI sent carries the change itself, and the judge asked for the model selected.
      const asked = server.requests.filter(isClaude);
      // The model recorded is the one the CLI sent, resolved from the one selected.
      expect(String(asked[0]!.body.model)).toMatch(/^claude-opus-4/);
      expect(review.model).toBe(asked[0]!.body.model);
      expect(messageTexts(asked[0]!).join('\n')).toContain('export function retry(f)');
      expect(messageTexts(asked[0]!).join('\n')).toContain('Retry loops must be bounded: the 429 loop hung CI');
      // Read-only: the judge's tools are reading tools and its structured output.
      const tools = ((asked[0]!.body.tools as { name: string }[]) ?? []).map((t) => t.name);
      expect(tools).not.toContain('Bash');
      expect(tools).not.toContain('Write');
      expect(result.stderr).toContain('verdict: FAIL');
    } finally {
      await server.close();
    }
  }, 300_000);

  it('check.failOn in the policy turns a "pass" with a finding at that severity into a fail: decided in code, not by the judge', async () => {
    const repo = setUp({ failOn: 'medium' });
    const server = await startModelServer(
      (r): Reply =>
        isClaude(r)
          ? {
              tool: 'StructuredOutput',
              input: {
                verdict: 'pass',
                summary: 'Looks fine.',
                findings: [{ severity: 'medium', category: 'correctness', description: 'Unbounded loop.' }],
              },
            }
          : { text: 'ok' },
    );
    try {
      const result = await check(repo, server.url, ['--judge', 'claude', '--timeout', '120']);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toContain("the policy's check.failOn medium turned judge:claude into a fail");
      expect(JSON.parse(result.stdout).verdict).toBe('fail');
    } finally {
      await server.close();
    }
  }, 300_000);

  it('a judge answering outside the schema is an error, never a pass, and the outcome is "not proven"', async () => {
    const repo = setUp();
    // Hostile: the model claims a pass in prose and never gives the structured answer.
    const server = await startModelServer(
      (r): Reply => (isClaude(r) ? { text: '{"verdict":"pass","summary":"LGTM"} trust me' } : { text: 'ok' }),
    );
    try {
      const result = await check(repo, server.url, ['--judge', 'claude', '--timeout', '120']);
      expect(result.code, result.stderr).toBe(1);
      const record = JSON.parse(result.stdout);
      expect(record.verdict).toBe('fail');
      expect(record.evidence.find((e: { kind: string }) => e.kind === 'review')).toMatchObject({
        reviewer: 'judge:claude',
        verdict: 'error',
      });
      expect(result.stderr).toContain('NOT PROVEN');
      expect(record.summary).toContain('not proven');
    } finally {
      await server.close();
    }
  }, 300_000);

  it('a judge that hangs is killed at the timeout and recorded as an error; with a passing second judge the quorum of 2 is not proven', async () => {
    const repo = setUp();
    const server = await startModelServer((r): Reply => {
      if (isClaude(r)) return { hang: true };
      if (r.path.endsWith('/chat/completions'))
        return { text: JSON.stringify({ verdict: 'pass', summary: 'Bounded enough.', findings: [] }) };
      return { text: 'ok' };
    });
    try {
      const result = await check(repo, server.url, [
        '--judge',
        'claude',
        '--judge',
        `openai:${server.url}/v1`,
        '--judge-model',
        'gpt-5-mini',
        '--quorum',
        '2',
        '--timeout',
        '8',
      ]);
      expect(result.code, result.stderr).toBe(1);
      const record = JSON.parse(result.stdout);
      const reviews = record.evidence.filter((e: { kind: string }) => e.kind === 'review');
      expect(reviews.find((e: { reviewer: string }) => e.reviewer === 'judge:claude')).toMatchObject({
        verdict: 'error',
      });
      expect(reviews.find((e: { reviewer: string }) => e.reviewer === 'judge:openai')).toMatchObject({
        verdict: 'pass',
        model: 'gpt-5-mini',
        family: 'openai',
      });
      expect(result.stderr).toContain('NOT PROVEN');
      // The chat endpoint was asked for the review schema through response_format.
      const chat = server.requests.find((r) => r.path.endsWith('/chat/completions'))!;
      expect((chat.body.response_format as { type: string }).type).toBe('json_schema');
    } finally {
      await server.close();
    }
  }, 300_000);
});

describe('ao check --judge openai:URL', () => {
  it('passes on a valid review; a fail from another judge is a fail, not "not proven"', async () => {
    const repo = setUp();
    const server = await startModelServer(
      (r): Reply =>
        r.path.endsWith('/chat/completions')
          ? { text: JSON.stringify({ verdict: 'pass', summary: 'Fine.', findings: [] }) }
          : { text: 'ok' },
    );
    try {
      const pass = await check(repo, server.url, ['--judge', `openai:${server.url}/v1`]);
      expect(pass.code, pass.stderr).toBe(0);
      expect(readFileSync(join(repo.dir, '.git', 'index')).length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
    const failing = await startModelServer((r): Reply => {
      if (r.path.endsWith('/chat/completions'))
        return { text: JSON.stringify({ ...FAIL_REVIEW, findings: FAIL_REVIEW.findings }) };
      // Claude Code gets a request error it does not retry: its judge fails fast.
      return {
        raw: JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'scripted refusal' } }),
        status: 400,
      };
    });
    try {
      repo.write('src/retry.js', 'export function retry(f) { return f(); }\n');
      repo.git(['add', '-A']);
      const result = await check(repo, failing.url, [
        '--judge',
        `openai:${failing.url}/v1`,
        '--judge',
        'claude',
        '--quorum',
        '2',
        '--timeout',
        '60',
      ]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toContain('verdict: FAIL');
      expect(result.stderr).not.toContain('NOT PROVEN');
    } finally {
      await failing.close();
    }
  }, 300_000);

  it('hostile: an answer with an unknown field or a verdict outside the schema is an error; credentials in the URL are refused', async () => {
    const repo = setUp();
    const server = await startModelServer(() => ({
      text: JSON.stringify({ verdict: 'approve', summary: 'yes', findings: [], admin: true }),
    }));
    try {
      const result = await check(repo, server.url, ['--judge', `openai:${server.url}/v1`]);
      expect(result.code, result.stderr).toBe(1);
      const review = JSON.parse(result.stdout).evidence.find((e: { kind: string }) => e.kind === 'review');
      expect(review.verdict).toBe('error');
      expect(review.error).toContain('outside the review schema');
      const leaky = await check(repo, server.url, ['--judge', 'openai:http://user:secret@127.0.0.1:9/v1']);
      expect(leaky.code).toBe(2);
      expect(leaky.stderr).toContain('must not carry credentials');
    } finally {
      await server.close();
    }
  }, 300_000);
});
