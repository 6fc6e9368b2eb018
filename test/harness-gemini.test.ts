import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
 * Gemini CLI, the real CLI (npm @google/gemini-cli), driven by a scripted Gemini API on
 * 127.0.0.1 through GOOGLE_GEMINI_BASE_URL: it runs the hooks `ao init --agent gemini`
 * installed (BeforeTool, AfterAgent, SessionStart, BeforeAgent), and the built-in gemini
 * judge runs it again, in a fresh session, as the checker.
 *
 * What it takes offline, all documented settings: the project folder trusted in
 * trustedFolders.json (folder trust is on by default in 0.61; an untrusted folder loads no
 * project settings, so no hooks, and `--skip-trust` does not change that because settings
 * load before the flags are read); `security.auth.selectedType` (with a base URL set and no
 * auth type, Gemini CLI picks its "gateway" auth); and `model.name`, since the default model,
 * "auto", first asks a router model to classify the prompt and retries with backoff for over
 * a minute when the answer is not its JSON: that is what looked like a hang.
 */

let bin: string;
let skipped: string | undefined;
beforeAll(() => {
  ({ bin = '', skipped } = harnessCli('gemini'));
}, 900_000);
beforeEach((ctx) => {
  if (skipped) ctx.skip(skipped);
});
afterAll(cleanupAll);

const MODEL = 'gemini-2.5-pro';

function geminiHome(trusted: string): string {
  const home = tempDir('ao-gemini-home-');
  mkdirSync(join(home, '.gemini'));
  const settings = {
    security: { auth: { selectedType: 'gemini-api-key' } },
    model: { name: MODEL },
    privacy: { usageStatisticsEnabled: false },
    telemetry: { enabled: false },
    general: { enableAutoUpdate: false, enableAutoUpdateNotification: false },
  };
  writeFileSync(join(home, '.gemini', 'settings.json'), JSON.stringify(settings));
  writeFileSync(join(home, '.gemini', 'trustedFolders.json'), JSON.stringify({ [trusted]: 'TRUST_FOLDER' }));
  return home;
}

function setUp(): TestRepo {
  const repo = makeRepo();
  const policy = JSON.parse(repo.read('.agents/policy.json')) as Record<string, unknown>;
  // The judge's checkout gets only allowlisted names: the settings, the scripted server and a key.
  policy.check = { envAllow: ['GEMINI_CLI_HOME', 'GEMINI_API_KEY', 'GOOGLE_GEMINI_BASE_URL'] };
  repo.write('.agents/policy.json', `${JSON.stringify(policy, null, 2)}\n`);
  const init = repo.ao(['init', '--hooks', 'git', '--agent', 'gemini']);
  expect(init.code, init.stderr).toBe(0);
  // Hostile: the project's .gemini/.env, which Gemini CLI loads into the agent's shell, claims a session.
  repo.write('.gemini/.env', 'AO_WORKER_SESSION=gemini:planted-by-the-change\n');
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

function geminiEnv(repo: TestRepo, server: ModelServer): NodeJS.ProcessEnv {
  const home = geminiHome(repo.dir);
  return {
    ...repo.env,
    PATH: `${aoOnPath()}:${bin}:${process.env.PATH}`,
    HOME: home,
    GEMINI_CLI_HOME: home,
    GEMINI_API_KEY: 'test-offline',
    GOOGLE_GEMINI_BASE_URL: server.url,
  };
}

const isJudge = (request: LoggedRequest) =>
  messageTexts(request).some((text) => text.includes('You are an independent reviewer'));
const isTurn = (request: LoggedRequest) => request.path.endsWith(':streamGenerateContent') && !isJudge(request);
// The newest user text, and the context a prompt hook may have appended to it.
const lastText = (request: LoggedRequest) => messageTexts(request).slice(-2).join('\n');

describe('Gemini CLI with ao init --agent gemini', () => {
  it('refuses --no-verify, a record write and a line a constraint forbids, blocks "done" on an uncovered change, and lets it finish after ao check --judge gemini passes', async () => {
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
          steps.push('commit --no-verify'),
          { tool: 'run_shell_command', input: { command: 'git commit --no-verify -m x' } }
        );
      if (!all.includes('ledger records are written only by ao'))
        return (
          steps.push('write record'),
          {
            tool: 'write_file',
            input: { file_path: join(repo.dir, '.agents/ledger/0000/00000009-forged.json'), content: '{}' },
          }
        );
      if (!all.includes('write it without lines matching'))
        return (
          steps.push('write forbidden'),
          {
            tool: 'write_file',
            input: {
              file_path: join(repo.dir, 'src/app.js'),
              content: 'console.log(42);\nexport const answer = 42;\n',
            },
          }
        );
      if (!existsSync(join(repo.dir, 'src/app.js')))
        return (
          steps.push('write code'),
          {
            tool: 'write_file',
            input: { file_path: join(repo.dir, 'src/app.js'), content: 'export const answer = 42;\n' },
          }
        );
      if (last.includes('Not done yet') && !all.includes('recorded pass')) {
        steps.push('ao check');
        return {
          tool: 'run_shell_command',
          input: {
            command: 'echo "shell sees $AO_WORKER_SESSION"; git add -A && ao check --judge gemini --timeout 120',
          },
        };
      }
      return (steps.push('done'), { text: 'done' });
    });
    try {
      const result = await runAsync(
        join(bin, 'gemini'),
        [
          '-p',
          'Add the answer constant that README.md promises.',
          '--output-format',
          'json',
          '--approval-mode',
          'yolo',
        ],
        { cwd: repo.dir, env: geminiEnv(repo, server), timeoutMs: 240_000 },
      );
      expect(result.code, result.stderr).toBe(0);
      const output = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as {
        response: string;
        session_id: string;
      };
      expect(output.response).toBe('done');
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
      // Context: the gate at session start, and (BeforeAgent) what was learned about the file the prompt names.
      expect(transcript).toContain('agentops/verdict guards this repository');
      // (BeforeAgent's context is appended to the prompt of that turn only: the first request has it.)
      const firstTurn = messageTexts(server.requests.find(isTurn)!).join('\n');
      expect(firstTurn).toContain('What to know before changing "README.md"');
      expect(transcript).toContain('The answer must stay 42: the README promises it');
      expect(transcript).toContain('--no-verify on git commit skips the hooks');
      expect(transcript).toContain('.agents/ledger is protected: ledger records are written only by ao');
      expect(transcript).toContain('Never log the answer: it is a secret');
      // (the tool error arrives as a JSON function response: its backslash is escaped)
      expect(transcript).toContain('write it without lines matching /console\\\\.log/ in src/app.js');
      expect(transcript).toContain('Not done yet: the change you made (src/app.js) has no passing verdict');
      expect(transcript).toContain('git add -A && ao check --judge gemini');
      expect(transcript).toContain('shell sees gemini:planted-by-the-change');
      // Nothing was committed past the hooks, and the forged record never landed.
      expect(repo.git(['log', '--format=%s']).stdout).not.toMatch(/^x$/m);
      expect(existsSync(join(repo.dir, '.agents/ledger/0000/00000009-forged.json'))).toBe(false);
      // The verdict: by the gemini judge; the worker's session is the one Gemini CLI gave its
      // hooks, not the one the change's .env put in the shell.
      const records = readdirSync(join(repo.dir, '.agents/ledger/0000')).map((f) =>
        JSON.parse(readFileSync(join(repo.dir, '.agents/ledger/0000', f), 'utf8')),
      );
      const verdict = records.find((r) => r.type === 'verdict');
      expect(verdict.verdict).toBe('pass');
      expect(verdict.worker.session).toBe(`gemini:${output.session_id}`);
      const review = verdict.evidence.find((e: { kind: string }) => e.kind === 'review');
      expect(review).toMatchObject({ reviewer: 'judge:gemini', verdict: 'pass', model: MODEL, family: 'google' });
      // The judge ran in its own session, which is not the worker's.
      const judgeSession = /gemini session ([0-9a-f-]{36}), fresh/.exec(review.text)?.[1];
      expect(judgeSession).toBeDefined();
      expect(judgeSession).not.toBe(output.session_id);
      expect(server.requests.filter(isJudge).length).toBeGreaterThan(0);
      // The commit now goes through the real pre-commit hook.
      const commit = repo.git(['commit', '-m', 'Add the answer'], { allowFail: true });
      expect(commit.code, commit.stderr).toBe(0);
    } finally {
      await server.close();
    }
  }, 300_000);
});
