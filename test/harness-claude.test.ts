import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aoOnPath, harnessCli } from './helpers/harness-cli.js';
import {
  messageTexts,
  runAsync,
  startModelServer,
  type LoggedRequest,
  type ModelServer,
  type Reply,
} from './helpers/model-server.js';
import { cleanupAll, makeRepo, ROOT, run, tempDir, type TestRepo } from './helpers/repo.js';

/**
 * Claude Code, the real CLI (npm @anthropic-ai/claude-code), driven by a scripted model on
 * 127.0.0.1 through ANTHROPIC_BASE_URL: it runs the hooks `ao init --agent claude`
 * installed, and the built-in claude judge runs it again, in a fresh session, as the checker.
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

function setUp(): { repo: TestRepo; path: string } {
  const repo = makeRepo();
  const policy = JSON.parse(repo.read('.agents/policy.json')) as Record<string, unknown>;
  // The judge's checkout gets only allowlisted names: the scripted model's address and a key.
  policy.check = { envAllow: ['ANTHROPIC_BASE_URL', 'ANTHROPIC_API_KEY'] };
  repo.write('.agents/policy.json', `${JSON.stringify(policy, null, 2)}\n`);
  const init = repo.ao(['init', '--hooks', 'git', '--agent', 'claude']);
  expect(init.code, init.stderr).toBe(0);
  // A promoted constraint: the write guard refuses a line that breaks it, quoting the learning.
  const learned = repo.ao(['learn', 'Never log the answer: it is a secret', '--paths', 'src/**']);
  expect(
    repo.ao(['promote', learned.stdout.trim(), '--forbid-pattern', 'console\\.log', '--paths', 'src/**']).code,
  ).toBe(0);
  repo.commitAll('Policy for judges; agent guards');
  return { repo, path: `${aoOnPath()}:${bin}:${process.env.PATH}` };
}

function claudeEnv(repo: TestRepo, server: ModelServer, path: string): NodeJS.ProcessEnv {
  return {
    ...repo.env,
    PATH: path,
    HOME: tempDir('ao-claude-home-'),
    ANTHROPIC_BASE_URL: server.url,
    ANTHROPIC_API_KEY: 'sk-test-offline',
    DISABLE_AUTOUPDATER: '1',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
  };
}

const isJudge = (request: LoggedRequest) =>
  ((request.body.tools as { name: string }[] | undefined) ?? []).some((t) => t.name === 'StructuredOutput');
const hasTools = (request: LoggedRequest) => ((request.body.tools as unknown[] | undefined) ?? []).length > 0;
const lastText = (request: LoggedRequest) => messageTexts(request).at(-1) ?? '';

describe('Claude Code with ao init --agent claude', () => {
  it('refuses --no-verify, a record write and a line a constraint forbids, blocks "done" on an uncovered change, and lets it finish after ao check --judge claude passes', async () => {
    const { repo, path } = setUp();
    const steps: string[] = [];
    const server = await startModelServer((request): Reply => {
      if (isJudge(request))
        return {
          tool: 'StructuredOutput',
          input: { verdict: 'pass', summary: 'The change adds a constant; nothing to fix.', findings: [] },
        };
      if (!hasTools(request)) return { text: 'ok' };
      const last = lastText(request);
      const all = messageTexts(request).join('\n');
      // The scripted worker: each step follows from what the harness told it last.
      if (!all.includes('agentops/verdict refused'))
        return (
          steps.push('commit --no-verify'),
          { tool: 'Bash', input: { command: 'git commit --no-verify -m x', description: 'commit' } }
        );
      if (!all.includes('ledger records are written only by ao'))
        return (
          steps.push('write record'),
          {
            tool: 'Write',
            input: { file_path: join(repo.dir, '.agents/ledger/0000/00000009-forged.json'), content: '{}' },
          }
        );
      if (!all.includes('write it without lines matching'))
        return (
          steps.push('write forbidden'),
          {
            tool: 'Write',
            input: {
              file_path: join(repo.dir, 'src/app.js'),
              content: 'console.log(42);\nexport const answer = 42;\n',
            },
          }
        );
      if (!existsSync(join(repo.dir, 'src/app.js')))
        return (
          steps.push('write code'),
          { tool: 'Write', input: { file_path: join(repo.dir, 'src/app.js'), content: 'export const answer = 42;\n' } }
        );
      if (last.includes('Not done yet') && !all.includes('recorded pass'))
        return (
          steps.push('ao check'),
          {
            tool: 'Bash',
            input: {
              command: 'git add -A && ao check --judge claude --timeout 120',
              description: 'check',
              timeout: 180000,
            },
          }
        );
      return (steps.push('done'), { text: 'done' });
    });
    try {
      const result = await runAsync(
        join(bin, 'claude'),
        ['-p', 'Add the answer constant.', '--output-format', 'json', '--allowedTools', 'Bash', 'Write', 'Edit'],
        { cwd: repo.dir, env: claudeEnv(repo, server, path), timeoutMs: 240_000 },
      );
      expect(result.code, result.stderr).toBe(0);
      const output = JSON.parse(result.stdout) as { result: string; session_id: string; is_error: boolean };
      expect(output.is_error).toBe(false);
      expect(output.result).toBe('done');
      // Each step happened once, in order: refused, refused, refused, written, stop blocked, checked, finished.
      expect(steps).toEqual([
        'commit --no-verify',
        'write record',
        'write forbidden',
        'write code',
        'done',
        'ao check',
        'done',
      ]);
      const worker = server.requests.filter((r) => hasTools(r) && !isJudge(r));
      const texts = worker.map((r) => messageTexts(r).join('\n')).at(-1)!;
      expect(texts).toContain('--no-verify on git commit skips the hooks');
      expect(texts).toContain('.agents/ledger is protected: ledger records are written only by ao');
      expect(texts).toContain('Never log the answer: it is a secret');
      expect(texts).toContain('write it without lines matching /console\\.log/ in src/app.js');
      expect(texts).toContain('Not done yet: the change you made (src/app.js) has no passing verdict');
      expect(texts).toContain('git add -A && ao check --judge claude');
      // Nothing was committed past the hooks, and the forged record never landed.
      expect(repo.git(['log', '--format=%s']).stdout).not.toMatch(/^x$/m);
      expect(existsSync(join(repo.dir, '.agents/ledger/0000/00000009-forged.json'))).toBe(false);
      // The verdict: by the claude judge, the worker's session recorded from the harness, not claimed.
      const records = readdirSync(join(repo.dir, '.agents/ledger/0000')).map((f) =>
        JSON.parse(readFileSync(join(repo.dir, '.agents/ledger/0000', f), 'utf8')),
      );
      const verdict = records.find((r) => r.type === 'verdict');
      expect(verdict.verdict).toBe('pass');
      expect(verdict.worker.session).toBe(`claude:${output.session_id}`);
      const review = verdict.evidence.find((e: { kind: string }) => e.kind === 'review');
      expect(review).toMatchObject({
        reviewer: 'judge:claude',
        verdict: 'pass',
        model: 'claude-sonnet-4-5',
        family: 'anthropic',
      });
      // The judge ran in its own session, which is not the worker's.
      const judgeSession = /claude session ([0-9a-f-]{36}), fresh/.exec(review.text)?.[1];
      expect(judgeSession).toBeDefined();
      expect(judgeSession).not.toBe(output.session_id);
      // The commit now goes through the real pre-commit hook.
      const commit = repo.git(['commit', '-m', 'Add the answer'], { allowFail: true });
      expect(commit.code, commit.stderr).toBe(0);
    } finally {
      await server.close();
    }
  }, 300_000);
});

describe('the Claude Code plugin (plugins/claude, .claude-plugin/marketplace.json)', () => {
  it("passes the real CLI's validation, ships the same commands ao init installs, and its hooks refuse --no-verify", async () => {
    const env = { PATH: process.env.PATH, HOME: tempDir('ao-claude-home-') };
    for (const target of [ROOT, join(ROOT, 'plugins/claude')]) {
      const validated = run(join(bin, 'claude'), ['plugin', 'validate', target], ROOT, env);
      expect(validated.code, validated.stdout + validated.stderr).toBe(0);
      expect(validated.stdout).toContain('Validation passed');
    }
    const repo = makeRepo();
    expect(repo.ao(['init', '--hooks', 'git', '--agent', 'claude']).code).toBe(0);
    for (const name of ['validate', 'council', 'pre-mortem', 'post-mortem']) {
      expect(readFileSync(join(ROOT, 'plugins/claude/commands', `${name}.md`), 'utf8'), name).toBe(
        repo.read(`.claude/commands/${name}.md`),
      );
    }
    const pluginHooks = JSON.parse(readFileSync(join(ROOT, 'plugins/claude/hooks/hooks.json'), 'utf8')).hooks;
    const projectHooks = JSON.parse(repo.read('.claude/settings.json')).hooks;
    expect(Object.keys(pluginHooks).sort()).toEqual(Object.keys(projectHooks).sort());

    // The plugin alone (no project hooks) guards a set-up repository.
    const bare = makeRepo();
    const server = await startModelServer((request): Reply => {
      if (!hasTools(request)) return { text: 'ok' };
      return messageTexts(request).join('\n').includes('agentops/verdict refused')
        ? { text: 'stopped' }
        : { tool: 'Bash', input: { command: 'git -c x=y commit -n -m x', description: 'commit' } };
    });
    try {
      const result = await runAsync(
        join(bin, 'claude'),
        [
          '-p',
          'Commit.',
          '--output-format',
          'json',
          '--allowedTools',
          'Bash',
          '--plugin-dir',
          join(ROOT, 'plugins/claude'),
        ],
        { cwd: bare.dir, env: claudeEnv(bare, server, `${aoOnPath()}:${bin}:${process.env.PATH}`), timeoutMs: 120_000 },
      );
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).result).toBe('stopped');
      const texts = server.requests
        .filter(hasTools)
        .map((r) => messageTexts(r).join('\n'))
        .at(-1)!;
      expect(texts).toContain('-n (--no-verify) on git commit skips the hooks');
    } finally {
      await server.close();
    }
  }, 300_000);
});
