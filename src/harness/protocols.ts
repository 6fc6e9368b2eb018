import type { FileWrite } from './guard-write.js';

/**
 * Each harness's documented hook protocol, reduced to what the guards need: what the agent
 * is about to do (a shell command, file writes), who it is (the harness session) and how a
 * refusal, a blocked stop or injected context is written back.
 *
 * - Claude Code: .claude/settings.json hooks (PreToolUse, Stop, SessionStart,
 *   UserPromptSubmit); exit 2 with stderr refuses a tool; `{"decision":"block"}` blocks a stop.
 * - Codex CLI: .codex/hooks.json, the same event names and JSON as Claude Code (Bash and apply_patch tools).
 * - Gemini CLI: .gemini/settings.json hooks (BeforeTool, AfterAgent, SessionStart,
 *   BeforeAgent); `{"decision":"deny","reason"}`.
 * - Cursor: .cursor/hooks.json (beforeShellExecution, preToolUse, stop, sessionStart,
 *   beforeSubmitPrompt); `{"permission":"deny"}`, `{"followup_message"}`.
 */

export const HARNESSES = ['claude', 'cursor', 'codex', 'gemini'] as const;
export type Harness = (typeof HARNESSES)[number];
export const HARNESS_NAMES: Record<Harness, string> = {
  claude: 'Claude Code',
  cursor: 'Cursor',
  codex: 'Codex CLI',
  gemini: 'Gemini CLI',
};

export type GuardEvent = 'pre-tool' | 'stop' | 'session-start' | 'prompt';
export const GUARD_EVENTS: GuardEvent[] = ['pre-tool', 'stop', 'session-start', 'prompt'];

export interface HookInput {
  session?: string;
  cwd?: string;
  /** A shell command about to run. */
  shell?: string;
  /** Files about to be written. */
  writes: FileWrite[];
  /** The tool's name, for messages. */
  tool?: string;
  /** True when this stop comes right after a stop the hook blocked (the harness says so). */
  stopRepeated: boolean;
  prompt?: string;
}

export interface HookOutput {
  stdout?: string;
  stderr?: string;
  exitCode: number;
}

type Json = Record<string, unknown>;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function obj(value: unknown): Json {
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      return parsed && typeof parsed === 'object' ? (parsed as Json) : {};
    } catch {
      return {};
    }
  }
  return value && typeof value === 'object' ? (value as Json) : {};
}

const SHELL_TOOLS = new Set(['Bash', 'Shell', 'run_shell_command', 'shell', 'local_shell', 'exec_command', 'terminal']);

export function parseHookInput(harness: Harness, event: GuardEvent, raw: Json): HookInput {
  const session = str(raw.session_id) ?? str(raw.conversation_id);
  const cwd = str(raw.cwd) ?? (Array.isArray(raw.workspace_roots) ? str(raw.workspace_roots[0]) : undefined);
  const input: HookInput = { session, cwd, writes: [], stopRepeated: false };
  if (event === 'stop') {
    input.stopRepeated = raw.stop_hook_active === true || (typeof raw.loop_count === 'number' && raw.loop_count > 0);
    return input;
  }
  if (event === 'prompt') {
    input.prompt = str(raw.prompt);
    return input;
  }
  if (event !== 'pre-tool') return input;
  // Cursor's beforeShellExecution carries the command at the top level.
  if (harness === 'cursor' && typeof raw.command === 'string' && raw.tool_name === undefined) {
    input.shell = raw.command;
    input.tool = 'shell';
    return input;
  }
  const tool = str(raw.tool_name) ?? '';
  const toolInput = obj(raw.tool_input);
  input.tool = tool;
  if (SHELL_TOOLS.has(tool)) {
    const command = toolInput.command;
    input.shell = Array.isArray(command) ? command.map(String).join(' ') : (str(command) ?? '');
    // Codex's apply_patch arrives through the shell tool as `apply_patch <<'EOF' …`.
    if (/^\s*apply_patch\b/.test(input.shell)) input.writes = patchWrites(input.shell);
    return input;
  }
  if (tool === 'apply_patch' || tool === 'ApplyPatch') {
    input.writes = patchWrites(str(toolInput.command) ?? str(toolInput.input) ?? str(toolInput.patch) ?? '');
    return input;
  }
  const path =
    str(toolInput.file_path) ?? str(toolInput.path) ?? str(toolInput.notebook_path) ?? str(toolInput.target_file);
  if (path === undefined) return input;
  if (typeof toolInput.content === 'string' || typeof toolInput.contents === 'string') {
    input.writes.push({ path, content: str(toolInput.content) ?? str(toolInput.contents) });
  } else if (Array.isArray(toolInput.edits)) {
    input.writes.push({
      path,
      edits: toolInput.edits
        .map((e) => obj(e))
        .map((e) => ({
          oldText: str(e.old_string) ?? '',
          newText: str(e.new_string) ?? '',
          replaceAll: e.replace_all === true,
        })),
    });
  } else if (typeof toolInput.old_string === 'string' || typeof toolInput.new_string === 'string') {
    input.writes.push({
      path,
      edits: [
        {
          oldText: str(toolInput.old_string) ?? '',
          newText: str(toolInput.new_string) ?? '',
          replaceAll:
            toolInput.replace_all === true ||
            (typeof toolInput.expected_replacements === 'number' && toolInput.expected_replacements > 1),
        },
      ],
    });
  } else {
    // Any other tool that names a file (NotebookEdit, a delete): the target still counts.
    input.writes.push({ path });
  }
  return input;
}

/** The files an apply_patch envelope adds, updates, deletes or moves, with the lines it adds. */
function patchWrites(patch: string): FileWrite[] {
  const writes: FileWrite[] = [];
  let current: FileWrite | undefined;
  let added: string[] = [];
  const flush = () => {
    if (current)
      writes.push(
        added.length
          ? { path: current.path, edits: [{ oldText: '', newText: added.join('\n') }] }
          : { path: current.path },
      );
    current = undefined;
    added = [];
  };
  for (const line of patch.split('\n')) {
    const header = /^\*\*\* (Add|Update|Delete) File: (.+)$/.exec(line);
    const move = /^\*\*\* Move to: (.+)$/.exec(line);
    if (header) {
      flush();
      current = { path: header[2]!.trim() };
      continue;
    }
    if (move) {
      flush();
      current = { path: move[1]!.trim() };
      continue;
    }
    if (current && line.startsWith('+')) added.push(line.slice(1));
  }
  flush();
  return writes;
}

/** A refused tool call, in the harness's words. */
export function refuseTool(harness: Harness, message: string): HookOutput {
  switch (harness) {
    case 'claude':
    case 'codex':
      // Exit 2: the tool call is blocked and stderr goes to the model (both document it).
      return { stderr: message, exitCode: 2 };
    case 'gemini':
      return { stdout: JSON.stringify({ decision: 'deny', reason: message }), exitCode: 0 };
    case 'cursor':
      return {
        stdout: JSON.stringify({ permission: 'deny', user_message: message, agent_message: message }),
        exitCode: 0,
      };
  }
}

export function allowTool(harness: Harness): HookOutput {
  return harness === 'cursor'
    ? { stdout: JSON.stringify({ permission: 'allow' }), exitCode: 0 }
    : harness === 'gemini'
      ? { stdout: '{}', exitCode: 0 }
      : { exitCode: 0 };
}

/** A stop that must not happen yet: the agent is sent back with `reason`. */
export function blockStop(harness: Harness, reason: string): HookOutput {
  switch (harness) {
    case 'claude':
    case 'codex':
      return { stdout: JSON.stringify({ decision: 'block', reason }), exitCode: 0 };
    case 'gemini':
      return { stdout: JSON.stringify({ decision: 'deny', reason }), exitCode: 0 };
    case 'cursor':
      return { stdout: JSON.stringify({ followup_message: reason }), exitCode: 0 };
  }
}

/** The stop goes ahead; `note` is shown to the user when the harness has a channel for it. */
export function allowStop(harness: Harness, note?: string): HookOutput {
  if (!note) return { stdout: harness === 'claude' || harness === 'codex' ? undefined : '{}', exitCode: 0 };
  return harness === 'cursor'
    ? { stdout: '{}', stderr: note, exitCode: 0 }
    : { stdout: JSON.stringify({ systemMessage: note }), exitCode: 0 };
}

/** Context for the model: at session start or with a prompt. */
export function injectContext(harness: Harness, event: 'session-start' | 'prompt', context: string): HookOutput {
  if (context === '')
    return {
      stdout:
        harness === 'claude' || harness === 'codex'
          ? undefined
          : harness === 'cursor' && event === 'prompt'
            ? JSON.stringify({ continue: true })
            : '{}',
      exitCode: 0,
    };
  if (harness === 'cursor') {
    // Cursor's beforeSubmitPrompt cannot add context; its sessionStart can.
    return {
      stdout: JSON.stringify(event === 'prompt' ? { continue: true } : { additional_context: context }),
      exitCode: 0,
    };
  }
  const hookEventName =
    event === 'session-start' ? 'SessionStart' : harness === 'gemini' ? 'BeforeAgent' : 'UserPromptSubmit';
  return { stdout: JSON.stringify({ hookSpecificOutput: { hookEventName, additionalContext: context } }), exitCode: 0 };
}
