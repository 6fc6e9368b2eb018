import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AO_BIN, CHECKER, cleanupAll, makeRepo, tempDir, type TestRepo } from './helpers/repo.js';

/**
 * `ao guard`, the hook entry point, driven with the exact JSON each harness documents for
 * its hooks (Claude Code and Codex: PreToolUse/Stop/SessionStart/UserPromptSubmit; Gemini
 * CLI: BeforeTool/AfterAgent; Cursor: beforeShellExecution/preToolUse/stop), against real
 * repositories. Claude Code itself runs these hooks in test/harness-claude.test.ts.
 */

afterAll(cleanupAll);

function guard(repo: TestRepo, event: string, harness: string, input: object, env: NodeJS.ProcessEnv = {}) {
  return repo.ao(['guard', event, '--harness', harness], {
    input: JSON.stringify({ session_id: 'sess-1', cwd: repo.dir, ...input }),
    env,
  });
}

function bash(repo: TestRepo, command: string) {
  return guard(repo, 'pre-tool', 'claude', {
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: { command },
  });
}

describe('the shell guard: parsed as the shell splits it', () => {
  const repo = makeRepo();
  repo.write('.husky/pre-commit', 'ao hook pre-commit\n');
  repo.git(['config', 'alias.ci', 'commit --no-verify']);

  const refused = [
    'git commit --no-verify -m x',
    'git -c x=y commit -n',
    'git commit -anm "wip"',
    'git commit --no-veri -m x',
    'git push --no-verify',
    'git merge --no-verify topic',
    'git rebase --no-verify main',
    'git cherry-pick --no-verify abc',
    'git am --no-verify x.patch',
    'HUSKY=0 git push',
    'env HUSKY=0 git commit -m x',
    'export HUSKY=0',
    'SKIP=lint git commit -m x',
    'git -c core.hooksPath=/dev/null commit -m x',
    'git -c CORE.HOOKSPATH=/tmp commit -m x',
    'git --config-env=core.hooksPath=EVIL commit -m x',
    'GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.hooksPath GIT_CONFIG_VALUE_0=/dev/null git commit -m x',
    'git config core.hooksPath /dev/null',
    'git config --unset core.hooksPath',
    'git config --local --edit',
    'git update-ref refs/heads/main 0123abcd',
    'git commit-tree -m x HEAD^{tree}',
    'rm -rf .husky',
    'rm .git/hooks/pre-commit',
    'chmod -x .husky/pre-commit',
    'echo "exit 0" > .husky/pre-commit',
    'sed -i "s/ao/true/" .husky/pre-commit',
    'cp /dev/null .agents/policy.json',
    'mv .agents/ledger /tmp/x',
    'printf x >> .agents/checkers',
    'tee .agents/ledger/0000/00000009-x.json < /dev/null',
    'rm -rf .agents',
    // hostile spellings
    'bash -c "git commit -n -m x"',
    "sh -lc 'git push --no-verify'",
    'echo $(git commit --no-verify -m y)',
    'echo "`git commit -n -m y`"',
    'true && git commit -n -m x || true',
    '(cd . && git commit -n -m x)',
    'sudo -u me git commit --no-verify',
    'timeout 5 git commit -n -m x',
    'xargs git commit -n < /dev/null',
    'eval "git commit --no-verify -m x"',
    "git -c alias.x='commit -n' x -m y",
    'git ci -m "alias from the repository config"',
    'git $SUB -n',
    'git commit $FLAGS -m x',
    'git commit --no-verify\\\n -m x',
    'g\\it commit --no-verify',
    "'git' commit --no-verify",
    '/usr/bin/git commit --no-verify',
    'echo "git commit -n" | sh',
    'bash <<EOF\ngit commit --no-verify -m x\nEOF',
    "git commit $'--no-verify' -m x",
  ];
  const allowed = [
    'echo "--no-verify"',
    "echo 'git commit --no-verify'",
    'git commit -m "--no-verify"',
    'git commit -m "skip with -n"',
    'git commit -mn',
    'git commit -am "fix"',
    'git push -n',
    'git merge -n topic',
    'git log --grep=no-verify',
    'git config --get core.hooksPath',
    'git status && npm test',
    'cat .agents/policy.json',
    'grep -r HUSKY=0 docs',
    'cp .agents/policy.json /tmp/policy-copy.json',
    'rm -rf node_modules dist',
    'git commit -- -n',
    'ao check --judge claude',
    'git update-ref -d refs/heads/old',
  ];

  for (const command of refused) {
    it(`refuses: ${command.replace(/\n/g, '\\n')}`, () => {
      const result = bash(repo, command);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('agentops/verdict refused this');
      expect(result.stderr).toContain('instead:');
    });
  }
  for (const command of allowed) {
    it(`lets through: ${command}`, () => {
      const result = bash(repo, command);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
    });
  }
});

describe('the write guard and constraints at the source', () => {
  const repo = makeRepo();
  const learned = repo.ao(['learn', 'Never log the request body: it carries tokens', '--paths', 'src/**']);
  const learningId = learned.stdout.trim();
  const promoted = repo.ao([
    'promote',
    learningId,
    '--forbid-pattern',
    'console\\.log\\(req\\.body',
    '--paths',
    'src/**',
  ]);
  expect(promoted.code, promoted.stderr).toBe(0);
  repo.commitAll('Promote a constraint');
  repo.write('src/server.js', 'export function handle(req) {\n  return req.body;\n}\n');
  repo.commitAll('Server');
  mkdirSync(join(repo.dir, 'links'), { recursive: true });
  symlinkSync(join(repo.dir, '.agents/policy.json'), join(repo.dir, 'links/policy'));

  const write = (file_path: string, content: string) =>
    guard(repo, 'pre-tool', 'claude', {
      hook_event_name: 'PreToolUse',
      tool_name: 'Write',
      tool_input: { file_path, content },
    });

  it('only ao writes the ledger, the policy and the trusted keys (also through .., absolute paths and symlinks)', () => {
    for (const path of [
      '.agents/policy.json',
      '.agents/ledger/0000/00000009-x.json',
      join(repo.dir, '.agents/checkers'),
      'src/../.agents/policy.json',
      'links/policy',
      '.claude/settings.json',
      '.husky/pre-commit',
    ]) {
      const result = write(path, '{}');
      expect(result.code, `${path}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toContain('is protected');
    }
    expect(write('src/ok.js', 'export const ok = 1;\n').code).toBe(0);
  });

  it('refuses a write whose new lines break a promoted constraint, quoting the learning; lets a clean one land', () => {
    const bad = write(
      'src/server.js',
      'export function handle(req) {\n  console.log(req.body);\n  return req.body;\n}\n',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Never log the request body: it carries tokens');
    expect(bad.stderr).toContain('src/server.js:2');
    const edit = guard(repo, 'pre-tool', 'claude', {
      hook_event_name: 'PreToolUse',
      tool_name: 'Edit',
      tool_input: {
        file_path: 'src/server.js',
        old_string: '  return req.body;',
        new_string: '  console.log(req.body.token);\n  return req.body;',
      },
    });
    expect(edit.code).toBe(2);
    const elsewhere = write('docs/notes.md', 'console.log(req.body) is what we must never do\n');
    expect(elsewhere.code, elsewhere.stderr).toBe(0);
    const clean = guard(repo, 'pre-tool', 'claude', {
      hook_event_name: 'PreToolUse',
      tool_name: 'Edit',
      tool_input: { file_path: 'src/server.js', old_string: 'return req.body;', new_string: 'return { ok: true };' },
    });
    expect(clean.code, clean.stderr).toBe(0);
  });

  it('Gemini CLI replace and Cursor preToolUse Write: a line the constraint forbids is refused in their protocols', () => {
    const replace = guard(repo, 'pre-tool', 'gemini', {
      hook_event_name: 'BeforeTool',
      tool_name: 'replace',
      tool_input: {
        file_path: join(repo.dir, 'src/server.js'),
        instruction: 'log it',
        old_string: '  return req.body;',
        new_string: '  console.log(req.body);\n  return req.body;',
      },
    });
    expect(JSON.parse(replace.stdout)).toMatchObject({ decision: 'deny' });
    expect(JSON.parse(replace.stdout).reason).toContain('Never log the request body: it carries tokens');
    const cursor = guard(repo, 'pre-tool', 'cursor', {
      conversation_id: 'c1',
      hook_event_name: 'preToolUse',
      tool_name: 'Write',
      tool_input: { file_path: 'src/server.js', content: 'console.log(req.body);\n' },
    });
    expect(JSON.parse(cursor.stdout)).toMatchObject({ permission: 'deny' });
    expect(JSON.parse(cursor.stdout).agent_message).toContain('Never log the request body');
    const clean = guard(repo, 'pre-tool', 'gemini', {
      hook_event_name: 'BeforeTool',
      tool_name: 'replace',
      tool_input: { file_path: 'src/server.js', old_string: 'return req.body;', new_string: 'return { ok: true };' },
    });
    expect(JSON.parse(clean.stdout)).toEqual({});
  });

  it('Codex apply_patch is read as the writes it makes', () => {
    const patch =
      "apply_patch <<'EOF'\n*** Begin Patch\n*** Add File: .agents/ledger/0000/00000009-x.json\n+{}\n*** End Patch\nEOF";
    const result = guard(repo, 'pre-tool', 'codex', {
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_input: { command: patch },
    });
    expect(result.code).toBe(2);
    const constraint = guard(repo, 'pre-tool', 'codex', {
      hook_event_name: 'PreToolUse',
      tool_name: 'apply_patch',
      tool_input: {
        command: '*** Begin Patch\n*** Update File: src/server.js\n@@\n+  console.log(req.body);\n*** End Patch',
      },
    });
    expect(constraint.code).toBe(2);
    expect(constraint.stderr).toContain('Never log the request body');
  });
});

describe('the stop guard', () => {
  it('blocks "done" on an uncovered change, says what and how, lets go after 3 refusals in a row (not done), and allows it once covered', () => {
    const repo = makeRepo();
    const stop = (extra: object = {}) =>
      guard(repo, 'stop', 'claude', { hook_event_name: 'Stop', stop_hook_active: false, ...extra });
    expect(stop().code).toBe(0);
    expect(stop().stdout).toBe('');
    repo.write('src/a.js', 'export const a = 1;\n');
    const blocked = stop();
    expect(blocked.code).toBe(0);
    const decision = JSON.parse(blocked.stdout);
    expect(decision.decision).toBe('block');
    expect(decision.reason).toContain('Not done yet: the change you made (src/a.js)');
    expect(decision.reason).toContain('git add -A && ao check');
    // The same uncovered state, refused again and again: the fourth stop goes through, saying so.
    expect(JSON.parse(stop({ stop_hook_active: true }).stdout).decision).toBe('block');
    expect(JSON.parse(stop({ stop_hook_active: true }).stdout).decision).toBe('block');
    const released = JSON.parse(stop({ stop_hook_active: true }).stdout);
    expect(released.decision).toBeUndefined();
    expect(released.systemMessage).toContain('NOT done');
    // The user's index was never touched by the guard.
    expect(repo.git(['diff', '--cached', '--name-only']).stdout).toBe('');
    repo.git(['add', '-A']);
    const verdict = repo.ao(['verdict', 'pass', '--checker', CHECKER]);
    expect(verdict.code, verdict.stderr).toBe(0);
    expect(stop().stdout).toBe('');
    // Hostile: an edit after the verdict (even unstaged) is a new change: blocked again.
    repo.write('src/a.js', 'export const a = 2;\n');
    expect(JSON.parse(stop().stdout).decision).toBe('block');
    repo.write('src/a.js', 'export const a = 1;\n');
    repo.write('notes.txt', 'untracked, not covered\n');
    expect(JSON.parse(stop().stdout).decision).toBe('block');
  });

  it("speaks each harness's protocol: Gemini AfterAgent deny, Cursor followup_message, Codex block", () => {
    const repo = makeRepo();
    repo.write('src/a.js', 'export const a = 1;\n');
    expect(
      JSON.parse(
        guard(repo, 'stop', 'gemini', {
          hook_event_name: 'AfterAgent',
          prompt: 'x',
          prompt_response: 'done',
          stop_hook_active: false,
        }).stdout,
      ),
    ).toMatchObject({ decision: 'deny' });
    expect(
      JSON.parse(
        guard(repo, 'stop', 'cursor', {
          conversation_id: 'c1',
          hook_event_name: 'stop',
          status: 'completed',
          loop_count: 0,
        }).stdout,
      ).followup_message,
    ).toContain('Not done yet');
    expect(
      JSON.parse(guard(repo, 'stop', 'codex', { hook_event_name: 'Stop', stop_hook_active: false }).stdout),
    ).toMatchObject({ decision: 'block' });
  });
});

describe("each harness's tool protocol", () => {
  const repo = makeRepo();
  it('Gemini CLI BeforeTool: run_shell_command and write_file answer with decision deny', () => {
    const shell = guard(repo, 'pre-tool', 'gemini', {
      hook_event_name: 'BeforeTool',
      tool_name: 'run_shell_command',
      tool_input: { command: 'git commit --no-verify -m x' },
    });
    expect(shell.code).toBe(0);
    expect(JSON.parse(shell.stdout)).toMatchObject({ decision: 'deny' });
    const file = guard(repo, 'pre-tool', 'gemini', {
      hook_event_name: 'BeforeTool',
      tool_name: 'write_file',
      tool_input: { file_path: '.agents/policy.json', content: '{}' },
    });
    expect(JSON.parse(file.stdout)).toMatchObject({ decision: 'deny' });
    expect(
      JSON.parse(
        guard(repo, 'pre-tool', 'gemini', {
          hook_event_name: 'BeforeTool',
          tool_name: 'run_shell_command',
          tool_input: { command: 'npm test' },
        }).stdout,
      ),
    ).toEqual({});
  });
  it('Cursor beforeShellExecution and preToolUse answer with permission deny', () => {
    const shell = guard(repo, 'pre-tool', 'cursor', {
      conversation_id: 'c1',
      hook_event_name: 'beforeShellExecution',
      command: 'HUSKY=0 git push',
      cwd: repo.dir,
    });
    expect(JSON.parse(shell.stdout)).toMatchObject({ permission: 'deny' });
    expect(JSON.parse(shell.stdout).agent_message).toContain('HUSKY=0');
    const file = guard(repo, 'pre-tool', 'cursor', {
      conversation_id: 'c1',
      hook_event_name: 'preToolUse',
      tool_name: 'Write',
      tool_input: { file_path: '.agents/checkers', content: 'x' },
    });
    expect(JSON.parse(file.stdout)).toMatchObject({ permission: 'deny' });
    expect(
      JSON.parse(guard(repo, 'pre-tool', 'cursor', { hook_event_name: 'beforeShellExecution', command: 'ls' }).stdout),
    ).toEqual({ permission: 'allow' });
  });
  it('hostile input: not JSON, or a tool input of the wrong shape, is refused, not let through', () => {
    const notJson = repo.ao(['guard', 'pre-tool', '--harness', 'claude'], { input: 'git commit --no-verify' });
    expect(notJson.code).toBe(2);
    const odd = guard(repo, 'pre-tool', 'claude', {
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_input: { command: 'git commit "--no-verify' },
    });
    expect(odd.code).toBe(2);
  });
});

describe('session start and prompts', () => {
  it('records the harness session for ao verdict/check and injects the context for the paths in play', () => {
    const repo = makeRepo();
    repo.ao(['learn', 'The parser must accept empty input', '--paths', 'src/parser.js']);
    repo.write('src/parser.js', 'export const parse = (s) => s;\n');
    repo.commitAll('Parser and a learning');
    const envFile = join(tempDir(), 'env.sh');
    writeFileSync(envFile, '');
    const start = guard(
      repo,
      'session-start',
      'claude',
      { hook_event_name: 'SessionStart', source: 'startup' },
      { CLAUDE_ENV_FILE: envFile },
    );
    expect(start.code, start.stderr).toBe(0);
    expect(readFileSync(envFile, 'utf8')).toBe('export AO_WORKER_SESSION=claude:sess-1\n');
    const context = JSON.parse(start.stdout).hookSpecificOutput;
    expect(context.hookEventName).toBe('SessionStart');
    expect(context.additionalContext).toContain('The parser must accept empty input');
    expect(context.additionalContext).toContain('Never skip the hooks');
    const prompt = guard(repo, 'prompt', 'claude', {
      hook_event_name: 'UserPromptSubmit',
      prompt: 'Please fix src/parser.js for empty strings',
    });
    expect(JSON.parse(prompt.stdout).hookSpecificOutput.additionalContext).toContain(
      'The parser must accept empty input',
    );
    expect(guard(repo, 'prompt', 'claude', { hook_event_name: 'UserPromptSubmit', prompt: 'hello' }).stdout).toBe('');
    // A session id that tries to break out of the env file is quoted, not run.
    const hostile = guard(
      repo,
      'session-start',
      'claude',
      { session_id: 'x; rm -rf ~', hook_event_name: 'SessionStart' },
      { CLAUDE_ENV_FILE: envFile },
    );
    expect(hostile.code).toBe(0);
    expect(readFileSync(envFile, 'utf8')).toContain("export AO_WORKER_SESSION='claude:x; rm -rf ~'\n");
    // ao verdict picks the session up and refuses a checker in the same session.
    repo.write('src/parser.js', 'export const parse = (s) => s ?? "";\n');
    repo.git(['add', '-A']);
    const same = repo.ao(
      ['verdict', 'pass', '--checker', CHECKER, '--checker-kind', 'agent', '--session', 'claude:sess-1'],
      { env: { AO_WORKER_SESSION: 'claude:sess-1' } },
    );
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('session');
  });
});

/**
 * The worker's session from the harness: each harness's hook JSON names it (Claude Code,
 * Codex and Gemini CLI `session_id`, Cursor `conversation_id`), and the hook records it for
 * the harness process it runs under. Here the test process stands in for that process: it
 * runs the hook and then `ao verdict`, as a harness runs its hooks and the agent's shell.
 * The real Claude Code, Codex CLI and Gemini CLI do it in test/harness-*.test.ts.
 */
describe("the worker's session, recorded by the harness's hooks", () => {
  const inputs: Record<string, (dir: string) => object> = {
    claude: (dir) => ({
      session_id: '6f1c2b8e-0d7a-4c55-9a0e-1b2c3d4e5f60',
      transcript_path: '/tmp/t.jsonl',
      cwd: dir,
      hook_event_name: 'SessionStart',
      source: 'startup',
    }),
    codex: (dir) => ({
      session_id: '019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b',
      transcript_path: null,
      cwd: dir,
      hook_event_name: 'SessionStart',
      model: 'gpt-5-codex',
      source: 'startup',
    }),
    gemini: (dir) => ({
      session_id: 'b7e9a1c2-3d4f-4a5b-8c6d-7e8f9a0b1c2d',
      transcript_path: '/tmp/g.json',
      cwd: dir,
      hook_event_name: 'SessionStart',
      timestamp: '2026-01-01T00:00:00Z',
      source: 'startup',
    }),
    cursor: (dir) => ({
      conversation_id: 'c0ffee00-1111-4222-8333-444455556666',
      generation_id: 'g1',
      hook_event_name: 'sessionStart',
      workspace_roots: [dir],
    }),
  };

  function hook(repo: TestRepo, harness: string, input: object, env: NodeJS.ProcessEnv = {}) {
    return repo.ao(['guard', 'session-start', '--harness', harness], { input: JSON.stringify(input), env });
  }

  function staged(repo: TestRepo): void {
    repo.write('src/a.js', `export const a = ${Math.random()};\n`);
    repo.git(['add', '-A']);
  }

  for (const [harness, input] of Object.entries(inputs)) {
    it(`${harness}: ao verdict records it as worker.session, and refuses a checker in that session`, () => {
      const repo = makeRepo();
      const payload = input(repo.dir) as { session_id?: string; conversation_id?: string };
      const id = `${harness}:${payload.session_id ?? payload.conversation_id}`;
      expect(hook(repo, harness, payload).code).toBe(0);
      staged(repo);
      const same = repo.ao(['verdict', 'pass', '--checker', CHECKER, '--session', id]);
      expect(same.code).toBe(2);
      expect(same.stderr).toContain(`share session ${id}`);
      // Hostile: AO_WORKER_SESSION in the environment (a change's .env that Gemini CLI loads
      // into the agent's shell could set it) does not replace what the harness said.
      const recorded = repo.ao(['verdict', 'pass', '--checker', CHECKER, '--json'], {
        env: { AO_WORKER_SESSION: `${harness}:planted` },
      });
      expect(recorded.code, recorded.stderr).toBe(0);
      expect(JSON.parse(recorded.stdout).worker.session).toBe(id);
    });
  }

  it('hostile: a session recorded under another process, a recycled pid or an odd session id is never taken', () => {
    const repo = makeRepo();
    // The hook ran under another harness process (an intermediate node that has exited): not ours.
    const elsewhere = spawnSync(
      process.execPath,
      [
        '-e',
        `require('node:child_process').execFileSync(process.execPath, [${JSON.stringify(AO_BIN)}, 'guard', 'session-start', '--harness', 'gemini'], { input: JSON.stringify({ session_id: 'other-process', cwd: process.cwd() }) })`,
      ],
      { cwd: repo.dir, env: repo.env },
    );
    expect(elsewhere.status, elsewhere.stderr.toString()).toBe(0);
    expect(readdirSync(join(repo.dir, '.git/ao/harness-sessions'))).toHaveLength(1);
    staged(repo);
    const first = repo.ao(['verdict', 'pass', '--checker', CHECKER, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).worker.session).toBeUndefined();
    // A record for this very process, but from a process that held its pid before (another start time).
    const registry = join(repo.dir, '.git/ao/harness-sessions');
    writeFileSync(
      join(registry, `${process.pid}.json`),
      JSON.stringify({ harness: 'gemini', session: 'recycled', pid: process.pid, started: '1' }),
    );
    staged(repo);
    const second = repo.ao(['verdict', 'pass', '--checker', CHECKER, '--json']);
    expect(JSON.parse(second.stdout).worker.session).toBeUndefined();
    // A session id that is not one (path and shell characters) is not recorded at all.
    expect(hook(repo, 'codex', { session_id: '../../x; rm -rf ~', cwd: repo.dir }).code).toBe(0);
    staged(repo);
    const third = repo.ao(['verdict', 'pass', '--checker', CHECKER, '--json']);
    expect(JSON.parse(third.stdout).worker.session).toBeUndefined();
    // A later session of the same harness process (after /clear) replaces the first.
    expect(hook(repo, 'claude', { session_id: 'first', cwd: repo.dir }).code).toBe(0);
    expect(hook(repo, 'claude', { session_id: 'second', cwd: repo.dir, source: 'clear' }).code).toBe(0);
    staged(repo);
    expect(JSON.parse(repo.ao(['verdict', 'pass', '--checker', CHECKER, '--json']).stdout).worker.session).toBe(
      'claude:second',
    );
    // --worker-session, given explicitly, still wins.
    staged(repo);
    expect(
      JSON.parse(repo.ao(['verdict', 'pass', '--checker', CHECKER, '--json', '--worker-session', 'given']).stdout)
        .worker.session,
    ).toBe('given');
  });
});

describe('ao init --agent', () => {
  it("installs every harness idempotently, keeping the user's own settings and hooks", () => {
    const repo = makeRepo();
    repo.write(
      '.claude/settings.json',
      JSON.stringify({
        model: 'opus',
        hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'my-audit.sh' }] }] },
      }),
    );
    repo.write('.gemini/settings.json', JSON.stringify({ ui: { theme: 'GitHub' } }));
    const first = repo.ao([
      'init',
      '--hooks',
      'git',
      '--agent',
      'claude',
      '--agent',
      'codex,gemini',
      '--agent',
      'cursor',
    ]);
    expect(first.code, first.stderr).toBe(0);
    const files = [
      '.claude/settings.json',
      '.codex/hooks.json',
      '.gemini/settings.json',
      '.cursor/hooks.json',
      '.claude/commands/validate.md',
      '.claude/commands/council.md',
      '.claude/commands/pre-mortem.md',
      '.claude/commands/post-mortem.md',
      '.codex/skills/validate/SKILL.md',
      '.gemini/commands/pre-mortem.toml',
      '.cursor/commands/post-mortem.md',
      '.agents/harness/guard.sh',
    ];
    const before = Object.fromEntries(files.map((f) => [f, repo.read(f)]));
    const claude = JSON.parse(before['.claude/settings.json']!);
    expect(claude.model).toBe('opus');
    expect(claude.hooks.PreToolUse.map((g: { hooks: { command: string }[] }) => g.hooks[0]!.command)).toEqual([
      'my-audit.sh',
      'sh "$CLAUDE_PROJECT_DIR"/.agents/harness/guard.sh pre-tool --harness claude',
    ]);
    expect(Object.keys(claude.hooks).sort()).toEqual(['PreToolUse', 'SessionStart', 'Stop', 'UserPromptSubmit']);
    expect(JSON.parse(before['.gemini/settings.json']!).ui.theme).toBe('GitHub');
    expect(JSON.parse(before['.cursor/hooks.json']!).version).toBe(1);
    expect(before['.agents/harness/guard.sh']).toContain('exec "$ao" guard "$@"');
    const again = repo.ao(['init', '--hooks', 'git', '--agent', 'claude']);
    expect(again.code, again.stderr).toBe(0);
    for (const file of files) expect(repo.read(file), file).toBe(before[file]);
    expect(JSON.parse(repo.read('.agents/harness/config.json')).checkCommand).toBe(
      'ao check --judge claude --judge codex --judge gemini',
    );
  });

  it('refuses an unknown agent and a settings file it cannot read, and leaves the file as it was', () => {
    const repo = makeRepo();
    const unknown = repo.ao(['init', '--hooks', 'git', '--agent', 'copilot']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--agent must be one of claude, cursor, codex, gemini');
    repo.write('.claude/settings.json', '{ "model": "opus", // a comment\n}');
    const broken = repo.ao(['init', '--hooks', 'git', '--agent', 'claude']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('.claude/settings.json is not valid JSON');
    expect(repo.read('.claude/settings.json')).toBe('{ "model": "opus", // a comment\n}');
  });

  it('the launcher refuses (exit 2) when ao cannot be found, rather than let the agent past', () => {
    const repo = makeRepo();
    expect(repo.ao(['init', '--hooks', 'git', '--agent', 'claude']).code).toBe(0);
    const result = spawnSync('sh', [join(repo.dir, '.agents/harness/guard.sh'), 'pre-tool', '--harness', 'claude'], {
      input: '{}',
      encoding: 'utf8',
      env: { PATH: '/usr/bin:/bin' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('the ao command was not found');
    expect(existsSync(join(repo.dir, '.agents/harness/config.json'))).toBe(true);
  });
});
