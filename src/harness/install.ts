import { findAoScript } from '../repo/installed-hooks.js';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AoError } from '../core/errors.js';
import { HARNESS_NAMES, type Harness } from './protocols.js';

/**
 * `ao init --agent claude|cursor|codex|gemini`: installs, at project level, each harness's
 * hooks (guard before shell commands and file writes, stop guard, session start and prompt
 * context) and its commands (/validate, /council, /pre-mortem, /post-mortem). Idempotent:
 * our entries are recognised by the launcher they run and replaced in place; every other
 * setting and hook the user has is kept as it was.
 */

const LAUNCHER_PATH = '.agents/harness/guard.sh';
const HARNESS_CONFIG_PATH = '.agents/harness/config.json';
const MARKER = '.agents/harness/guard.sh';

const LAUNCHER = `#!/bin/sh
# agentops/verdict harness guard (installed by \`ao init --agent\`): the agent's hooks run
# \`ao guard EVENT --harness H\` through this file. When ao cannot be found it refuses
# (exit 2) rather than let the agent past unguarded.
${findAoScript('root=$(CDPATH="" cd -- "$(dirname -- "$0")/../.." && pwd) || exit 2', 'the agent guard cannot check this')}
exec "$ao" guard "$@"
`;

export interface HarnessConfig {
  agents: Harness[];
  /** The command that gets the change checked (/validate, the stop guard's advice). */
  checkCommand: string;
  /** Several judges of different model families (/council). */
  councilCommand: string;
}

export function readHarnessConfig(top: string): HarnessConfig | undefined {
  try {
    return JSON.parse(readFileSync(join(top, HARNESS_CONFIG_PATH), 'utf8')) as HarnessConfig;
  } catch {
    return undefined;
  }
}

/** Judges for the installed agents: a harness that has a built-in judge judges with it; Cursor has none (Claude stands in). */
function harnessConfig(agents: Harness[], ao: string): HarnessConfig {
  const judges = [...new Set(agents.map((a) => (a === 'cursor' ? 'claude' : a)))];
  const council = [...new Set([...judges, 'claude', 'codex', 'gemini'])];
  return {
    agents,
    checkCommand: `${ao} check ${judges.map((j) => `--judge ${j}`).join(' ')}`,
    councilCommand: `${ao} check ${council.map((j) => `--judge ${j}`).join(' ')} --quorum 2`,
  };
}

function launch(harness: Harness, event: string): string {
  const root =
    harness === 'claude'
      ? '"$CLAUDE_PROJECT_DIR"'
      : harness === 'gemini'
        ? '"$GEMINI_PROJECT_DIR"'
        : '"$(git rev-parse --show-toplevel)"';
  return `sh ${root}/${LAUNCHER_PATH} ${event} --harness ${harness}`;
}

type Json = Record<string, unknown>;

function readJson(file: string, shown: string): Json {
  if (!existsSync(file)) return {};
  const text = readFileSync(file, 'utf8');
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
    return value as Json;
  } catch (error) {
    throw new AoError(
      `${shown} is not valid JSON (${(error as Error).message}), so ao cannot add its hooks without losing your settings`,
      { fix: `fix ${shown}, then run \`ao init --agent …\` again` },
    );
  }
}

function writeIfChanged(file: string, text: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  if (existsSync(file) && lstatSync(file).isSymbolicLink())
    throw new AoError(`${file} is a symbolic link; ao does not write through it`, {
      fix: 'replace it with a regular file and run `ao init --agent …` again',
    });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}

/** Claude Code / Codex / Gemini CLI shape: `{ hooks: { Event: [ { matcher?, hooks: [ { type, command } ] } ] } }`. */
function mergeNestedHooks(
  settings: Json,
  events: { event: string; matcher?: string; command: string; timeout?: number }[],
): Json {
  const hooks = (
    settings.hooks && typeof settings.hooks === 'object' && !Array.isArray(settings.hooks)
      ? { ...(settings.hooks as Json) }
      : {}
  ) as Json;
  const touched = new Set(events.map((e) => e.event));
  for (const event of Object.keys(hooks)) {
    if (!touched.has(event) || !Array.isArray(hooks[event])) continue;
    // Drop our old entries; keep every group and hook of the user's.
    hooks[event] = (hooks[event] as Json[])
      .map((group) => ({
        ...group,
        hooks: Array.isArray(group.hooks)
          ? (group.hooks as Json[]).filter((h) => !String(h.command ?? '').includes(MARKER))
          : group.hooks,
      }))
      .filter((group) => !Array.isArray(group.hooks) || group.hooks.length > 0);
  }
  for (const { event, matcher, command, timeout } of events) {
    const list = Array.isArray(hooks[event]) ? (hooks[event] as Json[]) : [];
    list.push({
      ...(matcher ? { matcher } : {}),
      hooks: [{ type: 'command', command, ...(timeout ? { timeout } : {}) }],
    });
    hooks[event] = list;
  }
  return { ...settings, hooks };
}

/** Cursor shape: `{ version: 1, hooks: { event: [ { command, matcher? } ] } }`. */
function mergeFlatHooks(
  settings: Json,
  events: { event: string; matcher?: string; command: string; extra?: Json }[],
): Json {
  const hooks = (
    settings.hooks && typeof settings.hooks === 'object' && !Array.isArray(settings.hooks)
      ? { ...(settings.hooks as Json) }
      : {}
  ) as Json;
  for (const event of new Set(events.map((e) => e.event))) {
    if (Array.isArray(hooks[event]))
      hooks[event] = (hooks[event] as Json[]).filter((h) => !String(h.command ?? '').includes(MARKER));
  }
  for (const { event, matcher, command, extra } of events) {
    const list = Array.isArray(hooks[event]) ? (hooks[event] as Json[]) : [];
    list.push({ command, ...(matcher ? { matcher } : {}), ...extra });
    hooks[event] = list;
  }
  return { version: 1, ...settings, hooks };
}

function stringify(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The four named surfaces, as instructions any harness's command or skill can carry. */
function surfaces(
  config: HarnessConfig,
  ao: string,
): Record<'validate' | 'council' | 'pre-mortem' | 'post-mortem', { description: string; body: string }> {
  return {
    validate: {
      description: 'Get the change checked by independent judges (ao check) before calling it done',
      body: `Stage the whole change and have it checked by judges that did not write it:

\`\`\`sh
git add -A && ${config.checkCommand}
\`\`\`

Report the verdict. If it fails, fix every finding (each names a file, a line and a suggested fix), stage
again and run it again: a new change needs a new verdict. Never skip the hooks (--no-verify, HUSKY=0) and
never edit .agents/ledger, .agents/policy.json or .agents/checkers yourself.`,
    },
    council: {
      description: 'A council of judges from several model families, with a quorum',
      body: `Have a council of judges from different model families check the staged change:

\`\`\`sh
git add -A && ${config.councilCommand}
\`\`\`

Each judge runs in a fresh session in its own checkout; a judge that errors (not installed, timed out,
answered outside the schema) never counts toward the quorum, and when errors leave the quorum out of
reach the outcome is "not proven". The policy may require several model families (check.minModelFamilies)
and fail on findings of a severity (check.failOn). Report each judge's verdict and the council's.`,
    },
    'pre-mortem': {
      description:
        'Before writing code: compile the context for the planned paths and have a judge pressure-test the plan',
      body: `Before writing any code:

1. List the paths you plan to change and read what the repository has learned about them:
   \`${ao} context --paths PATH...\`
2. Write the plan (what changes, why, how it will be tested) to a file outside the repository,
   e.g. "$TMPDIR/plan.md", taking every constraint and learning above into account.
3. Have a judge in a fresh session pressure-test it:
   \`${ao} judge claude --plan "$TMPDIR/plan.md" --paths PATH...\`
4. Revise the plan for every finding before you start.`,
    },
    'post-mortem': {
      description: 'Record what this session learned, so the next one starts with it',
      body: `Record what this session learned, one lesson per command, scoped to the paths it is about:

\`\`\`sh
${ao} learn "TEXT: what to do (or never do) and why" --paths "GLOB" [--from VERDICT-ID] [--negative]
\`\`\`

Good lessons are specific and checkable ("retry() must cap attempts: the 429 loop hung CI"), name the
paths they apply to, and cite the verdict they came from (\`${ao} log\` lists recent verdicts). Use
--negative for an approach that did not work. A person can promote a lesson into an enforced
constraint with \`${ao} promote\`.`,
    },
  };
}

function installHarness(top: string, harness: Harness, config: HarnessConfig, ao: string): string[] {
  const did: string[] = [];
  const wrote = (path: string, text: string, what: string) => {
    if (writeIfChanged(join(top, path), text)) did.push(`${what}: ${path}`);
  };
  const named = surfaces(config, ao);
  if (harness === 'claude') {
    const file = join(top, '.claude/settings.json');
    const settings = mergeNestedHooks(readJson(file, '.claude/settings.json'), [
      { event: 'PreToolUse', matcher: 'Bash|Write|Edit|MultiEdit|NotebookEdit', command: launch('claude', 'pre-tool') },
      { event: 'Stop', command: launch('claude', 'stop') },
      { event: 'SessionStart', command: launch('claude', 'session-start') },
      { event: 'UserPromptSubmit', command: launch('claude', 'prompt') },
    ]);
    wrote('.claude/settings.json', stringify(settings), `${HARNESS_NAMES.claude} hooks`);
    for (const [name, surface] of Object.entries(named))
      wrote(
        `.claude/commands/${name}.md`,
        `---\ndescription: ${JSON.stringify(surface.description)}\n---\n\n${surface.body}\n`,
        `${HARNESS_NAMES.claude} command /${name}`,
      );
  } else if (harness === 'codex') {
    const file = join(top, '.codex/hooks.json');
    const settings = mergeNestedHooks(readJson(file, '.codex/hooks.json'), [
      { event: 'PreToolUse', matcher: 'Bash|shell|apply_patch', command: launch('codex', 'pre-tool') },
      { event: 'Stop', command: launch('codex', 'stop') },
      { event: 'SessionStart', command: launch('codex', 'session-start') },
      { event: 'UserPromptSubmit', command: launch('codex', 'prompt') },
    ]);
    wrote('.codex/hooks.json', stringify(settings), `${HARNESS_NAMES.codex} hooks`);
    for (const [name, surface] of Object.entries(named))
      wrote(
        `.codex/skills/${name}/SKILL.md`,
        `---\nname: ${name}\ndescription: ${JSON.stringify(surface.description)}\n---\n\n${surface.body}\n`,
        `${HARNESS_NAMES.codex} skill ${name}`,
      );
  } else if (harness === 'gemini') {
    const file = join(top, '.gemini/settings.json');
    const settings = mergeNestedHooks(readJson(file, '.gemini/settings.json'), [
      { event: 'BeforeTool', matcher: 'run_shell_command|write_file|replace', command: launch('gemini', 'pre-tool') },
      { event: 'AfterAgent', command: launch('gemini', 'stop') },
      { event: 'SessionStart', command: launch('gemini', 'session-start') },
      { event: 'BeforeAgent', command: launch('gemini', 'prompt') },
    ]);
    wrote('.gemini/settings.json', stringify(settings), `${HARNESS_NAMES.gemini} hooks`);
    for (const [name, surface] of Object.entries(named)) {
      wrote(
        `.gemini/commands/${name}.toml`,
        `description = ${JSON.stringify(surface.description)}\nprompt = """\n${surface.body.replace(/"""/g, '\\"\\"\\"')}\n"""\n`,
        `${HARNESS_NAMES.gemini} command /${name}`,
      );
    }
  } else {
    const file = join(top, '.cursor/hooks.json');
    const settings = mergeFlatHooks(readJson(file, '.cursor/hooks.json'), [
      { event: 'beforeShellExecution', command: launch('cursor', 'pre-tool') },
      { event: 'preToolUse', matcher: 'Write|Edit|StrReplace|Delete|MultiEdit', command: launch('cursor', 'pre-tool') },
      // Cursor caps stop follow-ups with loop_limit; ao counts its own refusals too.
      { event: 'stop', command: launch('cursor', 'stop'), extra: { loop_limit: 3 } },
      { event: 'sessionStart', command: launch('cursor', 'session-start') },
    ]);
    wrote('.cursor/hooks.json', stringify(settings), `${HARNESS_NAMES.cursor} hooks`);
    for (const [name, surface] of Object.entries(named))
      wrote(
        `.cursor/commands/${name}.md`,
        `# ${surface.description}\n\n${surface.body}\n`,
        `${HARNESS_NAMES.cursor} command /${name}`,
      );
  }
  return did;
}

export function installHarnesses(top: string, agents: Harness[], ao: string): string[] {
  const did: string[] = [];
  const previous = readHarnessConfig(top)?.agents ?? [];
  const all = [...new Set([...previous, ...agents])];
  const config = harnessConfig(all, ao);
  const launcher = join(top, LAUNCHER_PATH);
  if (writeIfChanged(launcher, LAUNCHER)) did.push(`agent guard launcher: ${LAUNCHER_PATH}`);
  chmodSync(launcher, 0o755);
  if (writeIfChanged(join(top, HARNESS_CONFIG_PATH), stringify(config)))
    did.push(`agent settings: ${HARNESS_CONFIG_PATH} (${config.checkCommand})`);
  for (const harness of all) did.push(...installHarness(top, harness, config, ao));
  return did;
}
