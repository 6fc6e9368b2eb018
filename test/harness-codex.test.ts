import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
import { cleanupAll, makeRepo, tempDir, type TestRepo } from './helpers/repo.js';

/**
 * Codex CLI, the real CLI (npm @openai/codex), driven by a scripted Responses API on
 * 127.0.0.1 (a custom model provider's `base_url` in CODEX_HOME's config.toml; Codex ignores
 * OPENAI_BASE_URL): `codex exec` runs the hooks `ao init --agent codex` installed in
 * .codex/hooks.json (PreToolUse, Stop, SessionStart, UserPromptSubmit), and the built-in
 * codex judge runs it again, in a fresh session, as the checker.
 *
 * What it takes offline, all documented: the project trusted in config.toml
 * (`[projects."DIR"] trust_level = "trusted"`: an untrusted project's .codex layer, hooks
 * included, is not loaded), and hook trust. Codex runs a project hook only once its current
 * definition has been reviewed and trusted (`/hooks` in the TUI stores its hash); a test
 * cannot review, so it passes `--dangerously-bypass-hook-trust`, the flag Codex documents
 * for automation that vets its hook sources itself.
 */

let bin: string;
let skipped: string | undefined;
beforeAll(() => {
  ({ bin = '', skipped } = harnessCli('codex'));
}, 900_000);
beforeEach((ctx) => {
  if (skipped) ctx.skip(skipped);
});
afterAll(cleanupAll);

const MODEL = 'gpt-5-codex-test';

function codexHome(server: ModelServer, trusted: string): string {
  const home = tempDir('ao-codex-home-');
  writeFileSync(
    join(home, 'config.toml'),
    `model = "${MODEL}"
model_provider = "scripted"
check_for_update_on_startup = false
# The agent's shell keeps this PATH (a login shell would reset it from /etc/profile and lose ao).
allow_login_shell = false

[analytics]
enabled = false

[projects."${trusted}"]
trust_level = "trusted"

[model_providers.scripted]
name = "scripted"
base_url = "${server.url}/v1"
wire_api = "responses"
env_key = "OPENAI_API_KEY"
request_max_retries = 0
stream_max_retries = 0
`,
  );
  return home;
}

function setUp(): TestRepo {
  const repo = makeRepo();
  const policy = JSON.parse(repo.read('.agents/policy.json')) as Record<string, unknown>;
  // The judge's checkout gets only allowlisted names: the Codex home (its provider) and a key.
  policy.check = { envAllow: ['CODEX_HOME', 'OPENAI_API_KEY'] };
  repo.write('.agents/policy.json', `${JSON.stringify(policy, null, 2)}\n`);
  const init = repo.ao(['init', '--hooks', 'git', '--agent', 'codex']);
  expect(init.code, init.stderr).toBe(0);
  // Hostile: the project's .codex/config.toml (loaded: the project is trusted) puts a session in the agent's shell.
  repo.write(
    '.codex/config.toml',
    '[shell_environment_policy]\nset = { AO_WORKER_SESSION = "codex:planted-by-the-change" }\n',
  );
  // What the repository learned about a file the prompt names: the prompt hook injects it.
  expect(repo.ao(['learn', 'The answer must stay 42: the README promises it', '--paths', 'README.md']).code).toBe(0);
  // A promoted constraint: the write guard refuses a line that breaks it, quoting the learning.
  const learned = repo.ao(['learn', 'Never log the answer: it is a secret', '--paths', 'src/**']);
  expect(
    repo.ao(['promote', learned.stdout.trim(), '--forbid-pattern', 'console\\.log', '--paths', 'src/**']).code,
  ).toBe(0);
  repo.commitAll('Policy for judges; agent guards');
  return repo;
}

const patch = (path: string, line: string) =>
  `apply_patch <<'EOF'\n*** Begin Patch\n*** Add File: ${path}\n+${line}\n*** End Patch\nEOF`;
const isJudge = (request: LoggedRequest) =>
  messageTexts(request).some((text) => text.includes('You are an independent reviewer'));
const isTurn = (request: LoggedRequest) => request.path.endsWith('/responses') && !isJudge(request);
// The newest user text, and the context a prompt hook may have appended to it.
const lastText = (request: LoggedRequest) => messageTexts(request).slice(-2).join('\n');

describe('Codex CLI with ao init --agent codex', () => {
  it('refuses --no-verify, a record write and a line a constraint forbids, blocks "done" on an uncovered change, and lets it finish after ao check --judge codex passes', async () => {
    const repo = setUp();
    const steps: string[] = [];
    const server = await startModelServer((request): Reply => {
      if (isJudge(request))
        return {
          text: JSON.stringify({
            verdict: 'pass',
            summary: 'The change adds a constant; nothing to fix.',
            findings: [],
          }),
        };
      if (!isTurn(request)) return { raw: '{}', status: 404 };
      const last = lastText(request);
      const all = messageTexts(request).join('\n');
      // The scripted worker: each step follows from what the harness told it last.
      if (!all.includes('agentops/verdict refused'))
        return (
          steps.push('commit --no-verify'), { tool: 'exec_command', input: { cmd: 'git commit --no-verify -m x' } }
        );
      if (!all.includes('ledger records are written only by ao'))
        return (
          steps.push('write record'),
          { tool: 'exec_command', input: { cmd: patch('.agents/ledger/0000/00000009-forged.json', '{}') } }
        );
      if (!all.includes('write it without lines matching'))
        return (
          steps.push('write forbidden'),
          { tool: 'exec_command', input: { cmd: patch('src/app.js', 'console.log(42);') } }
        );
      if (!existsSync(join(repo.dir, 'src/app.js')))
        return (
          steps.push('write code'),
          { tool: 'exec_command', input: { cmd: patch('src/app.js', 'export const answer = 42;') } }
        );
      if (last.includes('Not done yet') && !all.includes('recorded pass')) {
        steps.push('ao check');
        return {
          tool: 'exec_command',
          input: {
            cmd: 'echo "shell sees $AO_WORKER_SESSION"; git add -A && ao check --judge codex --timeout 120',
            yield_time_ms: 120000,
          },
        };
      }
      return (steps.push('done'), { text: 'done' });
    });
    try {
      const home = codexHome(server, repo.dir);
      const env = {
        ...repo.env,
        PATH: `${aoOnPath()}:${bin}:${process.env.PATH}`,
        HOME: home,
        CODEX_HOME: home,
        OPENAI_API_KEY: 'sk-test-offline',
      };
      const result = await runAsync(
        join(bin, 'codex'),
        [
          'exec',
          '--json',
          '--sandbox',
          'danger-full-access',
          '--dangerously-bypass-hook-trust',
          'Add the answer constant that README.md promises.',
        ],
        { cwd: repo.dir, env, timeoutMs: 240_000 },
      );
      expect(result.code, result.stderr).toBe(0);
      const events = result.stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map(
          (line) => JSON.parse(line) as { type: string; thread_id?: string; item?: { type: string; text?: string } },
        );
      const thread = events.find((e) => e.type === 'thread.started')?.thread_id;
      expect(thread).toBeDefined();
      expect(events.filter((e) => e.item?.type === 'agent_message').at(-1)?.item?.text).toBe('done');
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
      const transcript = server.requests
        .filter(isTurn)
        .map((r) => messageTexts(r).join('\n'))
        .at(-1)!;
      // Context: the gate at session start, and (UserPromptSubmit) what was learned about the file the prompt names.
      expect(transcript).toContain('agentops/verdict guards this repository');
      expect(transcript).toContain('What to know before changing "README.md"');
      expect(transcript).toContain('The answer must stay 42: the README promises it');
      expect(transcript).toContain('--no-verify on git commit skips the hooks');
      expect(transcript).toContain('.agents/ledger is protected: ledger records are written only by ao');
      expect(transcript).toContain('Never log the answer: it is a secret');
      expect(transcript).toContain('write it without lines matching /console\\.log/ in src/app.js');
      expect(transcript).toContain('Not done yet: the change you made (src/app.js) has no passing verdict');
      expect(transcript).toContain('shell sees codex:planted-by-the-change');
      // Nothing was committed past the hooks, and the forged record never landed.
      expect(repo.git(['log', '--format=%s']).stdout).not.toMatch(/^x$/m);
      expect(existsSync(join(repo.dir, '.agents/ledger/0000/00000009-forged.json'))).toBe(false);
      // The verdict: by the codex judge; the worker's session is the thread Codex gave its hooks.
      const records = readdirSync(join(repo.dir, '.agents/ledger/0000')).map((f) =>
        JSON.parse(readFileSync(join(repo.dir, '.agents/ledger/0000', f), 'utf8')),
      );
      const verdict = records.find((r) => r.type === 'verdict');
      expect(verdict.verdict).toBe('pass');
      expect(verdict.worker.session).toBe(`codex:${thread}`);
      const review = verdict.evidence.find((e: { kind: string }) => e.kind === 'review');
      expect(review).toMatchObject({ reviewer: 'judge:codex', verdict: 'pass', model: MODEL, family: 'openai' });
      // The judge ran in its own session (Codex made it, ephemeral), which is not the worker's.
      const judgeSession = /codex session ([0-9a-f-]{36}), fresh/.exec(review.text)?.[1];
      expect(judgeSession).toBeDefined();
      expect(judgeSession).not.toBe(thread);
      // The commit now goes through the real pre-commit hook.
      const commit = repo.git(['commit', '-m', 'Add the answer'], { allowFail: true });
      expect(commit.code, commit.stderr).toBe(0);
    } finally {
      await server.close();
    }
  }, 300_000);
});
