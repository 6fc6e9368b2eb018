export const id = 615;
export const ids = [615];
export const modules = {

/***/ 2615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ installHarnesses),
/* harmony export */   n: () => (/* binding */ readHarnessConfig)
/* harmony export */ });
/* harmony import */ var _repo_installed_hooks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1171);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _protocols_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2113);





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
${(0,_repo_installed_hooks_js__WEBPACK_IMPORTED_MODULE_0__/* .findAoScript */ .fn)('root=$(CDPATH="" cd -- "$(dirname -- "$0")/../.." && pwd) || exit 2', 'the agent guard cannot check this')}
exec "$ao" guard "$@"
`;
function readHarnessConfig(top) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, HARNESS_CONFIG_PATH), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Judges for the installed agents: a harness that has a built-in judge judges with it; Cursor has none (Claude stands in). */
function harnessConfig(agents, ao) {
    const judges = [...new Set(agents.map((a) => (a === 'cursor' ? 'claude' : a)))];
    const council = [...new Set([...judges, 'claude', 'codex', 'gemini'])];
    return {
        agents,
        checkCommand: `${ao} check ${judges.map((j) => `--judge ${j}`).join(' ')}`,
        councilCommand: `${ao} check ${council.map((j) => `--judge ${j}`).join(' ')} --quorum 2`,
    };
}
function launch(harness, event) {
    const root = harness === 'claude'
        ? '"$CLAUDE_PROJECT_DIR"'
        : harness === 'gemini'
            ? '"$GEMINI_PROJECT_DIR"'
            : '"$(git rev-parse --show-toplevel)"';
    return `sh ${root}/${LAUNCHER_PATH} ${event} --harness ${harness}`;
}
function readJson(file, shown) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return {};
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    if (text.trim() === '')
        return {};
    try {
        const value = JSON.parse(text);
        if (!value || typeof value !== 'object' || Array.isArray(value))
            throw new Error('not a JSON object');
        return value;
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .V(`${shown} is not valid JSON (${error.message}), so ao cannot add its hooks without losing your settings`, { fix: `fix ${shown}, then run \`ao init --agent …\` again` });
    }
}
function writeIfChanged(file, text) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8') === text)
        return false;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file).isSymbolicLink())
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .V(`${file} is a symbolic link; ao does not write through it`, {
            fix: 'replace it with a regular file and run `ao init --agent …` again',
        });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, text);
    return true;
}
/** Claude Code / Codex / Gemini CLI shape: `{ hooks: { Event: [ { matcher?, hooks: [ { type, command } ] } ] } }`. */
function mergeNestedHooks(settings, events) {
    const hooks = (settings.hooks && typeof settings.hooks === 'object' && !Array.isArray(settings.hooks)
        ? { ...settings.hooks }
        : {});
    const touched = new Set(events.map((e) => e.event));
    for (const event of Object.keys(hooks)) {
        if (!touched.has(event) || !Array.isArray(hooks[event]))
            continue;
        // Drop our old entries; keep every group and hook of the user's.
        hooks[event] = hooks[event]
            .map((group) => ({
            ...group,
            hooks: Array.isArray(group.hooks)
                ? group.hooks.filter((h) => !String(h.command ?? '').includes(MARKER))
                : group.hooks,
        }))
            .filter((group) => !Array.isArray(group.hooks) || group.hooks.length > 0);
    }
    for (const { event, matcher, command, timeout } of events) {
        const list = Array.isArray(hooks[event]) ? hooks[event] : [];
        list.push({
            ...(matcher ? { matcher } : {}),
            hooks: [{ type: 'command', command, ...(timeout ? { timeout } : {}) }],
        });
        hooks[event] = list;
    }
    return { ...settings, hooks };
}
/** Cursor shape: `{ version: 1, hooks: { event: [ { command, matcher? } ] } }`. */
function mergeFlatHooks(settings, events) {
    const hooks = (settings.hooks && typeof settings.hooks === 'object' && !Array.isArray(settings.hooks)
        ? { ...settings.hooks }
        : {});
    for (const event of new Set(events.map((e) => e.event))) {
        if (Array.isArray(hooks[event]))
            hooks[event] = hooks[event].filter((h) => !String(h.command ?? '').includes(MARKER));
    }
    for (const { event, matcher, command, extra } of events) {
        const list = Array.isArray(hooks[event]) ? hooks[event] : [];
        list.push({ command, ...(matcher ? { matcher } : {}), ...extra });
        hooks[event] = list;
    }
    return { version: 1, ...settings, hooks };
}
function stringify(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/** The four named surfaces, as instructions any harness's command or skill can carry. */
function surfaces(config, ao) {
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
            description: 'Before writing code: compile the context for the planned paths and have a judge pressure-test the plan',
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
function installHarness(top, harness, config, ao) {
    const did = [];
    const wrote = (path, text, what) => {
        if (writeIfChanged((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, path), text))
            did.push(`${what}: ${path}`);
    };
    const named = surfaces(config, ao);
    if (harness === 'claude') {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, '.claude/settings.json');
        const settings = mergeNestedHooks(readJson(file, '.claude/settings.json'), [
            { event: 'PreToolUse', matcher: 'Bash|Write|Edit|MultiEdit|NotebookEdit', command: launch('claude', 'pre-tool') },
            { event: 'Stop', command: launch('claude', 'stop') },
            { event: 'SessionStart', command: launch('claude', 'session-start') },
            { event: 'UserPromptSubmit', command: launch('claude', 'prompt') },
        ]);
        wrote('.claude/settings.json', stringify(settings), `${_protocols_js__WEBPACK_IMPORTED_MODULE_4__/* .HARNESS_NAMES */ .AN.claude} hooks`);
        for (const [name, surface] of Object.entries(named))
            wrote(`.claude/commands/${name}.md`, `---\ndescription: ${JSON.stringify(surface.description)}\n---\n\n${surface.body}\n`, `${_protocols_js__WEBPACK_IMPORTED_MODULE_4__/* .HARNESS_NAMES */ .AN.claude} command /${name}`);
    }
    else if (harness === 'codex') {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, '.codex/hooks.json');
        const settings = mergeNestedHooks(readJson(file, '.codex/hooks.json'), [
            { event: 'PreToolUse', matcher: 'Bash|shell|apply_patch', command: launch('codex', 'pre-tool') },
            { event: 'Stop', command: launch('codex', 'stop') },
            { event: 'SessionStart', command: launch('codex', 'session-start') },
            { event: 'UserPromptSubmit', command: launch('codex', 'prompt') },
        ]);
        wrote('.codex/hooks.json', stringify(settings), `${_protocols_js__WEBPACK_IMPORTED_MODULE_4__/* .HARNESS_NAMES */ .AN.codex} hooks`);
        for (const [name, surface] of Object.entries(named))
            wrote(`.codex/skills/${name}/SKILL.md`, `---\nname: ${name}\ndescription: ${JSON.stringify(surface.description)}\n---\n\n${surface.body}\n`, `${_protocols_js__WEBPACK_IMPORTED_MODULE_4__/* .HARNESS_NAMES */ .AN.codex} skill ${name}`);
    }
    else if (harness === 'gemini') {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, '.gemini/settings.json');
        const settings = mergeNestedHooks(readJson(file, '.gemini/settings.json'), [
            { event: 'BeforeTool', matcher: 'run_shell_command|write_file|replace', command: launch('gemini', 'pre-tool') },
            { event: 'AfterAgent', command: launch('gemini', 'stop') },
            { event: 'SessionStart', command: launch('gemini', 'session-start') },
            { event: 'BeforeAgent', command: launch('gemini', 'prompt') },
        ]);
        wrote('.gemini/settings.json', stringify(settings), `${_protocols_js__WEBPACK_IMPORTED_MODULE_4__/* .HARNESS_NAMES */ .AN.gemini} hooks`);
        for (const [name, surface] of Object.entries(named)) {
            wrote(`.gemini/commands/${name}.toml`, `description = ${JSON.stringify(surface.description)}\nprompt = """\n${surface.body.replace(/"""/g, '\\"\\"\\"')}\n"""\n`, `${_protocols_js__WEBPACK_IMPORTED_MODULE_4__/* .HARNESS_NAMES */ .AN.gemini} command /${name}`);
        }
    }
    else {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, '.cursor/hooks.json');
        const settings = mergeFlatHooks(readJson(file, '.cursor/hooks.json'), [
            { event: 'beforeShellExecution', command: launch('cursor', 'pre-tool') },
            { event: 'preToolUse', matcher: 'Write|Edit|StrReplace|Delete|MultiEdit', command: launch('cursor', 'pre-tool') },
            // Cursor caps stop follow-ups with loop_limit; ao counts its own refusals too.
            { event: 'stop', command: launch('cursor', 'stop'), extra: { loop_limit: 3 } },
            { event: 'sessionStart', command: launch('cursor', 'session-start') },
        ]);
        wrote('.cursor/hooks.json', stringify(settings), `${_protocols_js__WEBPACK_IMPORTED_MODULE_4__/* .HARNESS_NAMES */ .AN.cursor} hooks`);
        for (const [name, surface] of Object.entries(named))
            wrote(`.cursor/commands/${name}.md`, `# ${surface.description}\n\n${surface.body}\n`, `${_protocols_js__WEBPACK_IMPORTED_MODULE_4__/* .HARNESS_NAMES */ .AN.cursor} command /${name}`);
    }
    return did;
}
function installHarnesses(top, agents, ao) {
    const did = [];
    const previous = readHarnessConfig(top)?.agents ?? [];
    const all = [...new Set([...previous, ...agents])];
    const config = harnessConfig(all, ao);
    const launcher = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, LAUNCHER_PATH);
    if (writeIfChanged(launcher, LAUNCHER))
        did.push(`agent guard launcher: ${LAUNCHER_PATH}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(launcher, 0o755);
    if (writeIfChanged((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(top, HARNESS_CONFIG_PATH), stringify(config)))
        did.push(`agent settings: ${HARNESS_CONFIG_PATH} (${config.checkCommand})`);
    for (const harness of all)
        did.push(...installHarness(top, harness, config, ao));
    return did;
}


/***/ }),

/***/ 2113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ HARNESS_NAMES),
/* harmony export */   Dm: () => (/* binding */ injectContext),
/* harmony export */   Ls: () => (/* binding */ HARNESSES),
/* harmony export */   Or: () => (/* binding */ blockStop),
/* harmony export */   Qg: () => (/* binding */ allowStop),
/* harmony export */   nT: () => (/* binding */ parseHookInput),
/* harmony export */   oE: () => (/* binding */ GUARD_EVENTS),
/* harmony export */   q_: () => (/* binding */ allowTool),
/* harmony export */   tl: () => (/* binding */ refuseTool)
/* harmony export */ });
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
const HARNESSES = ['claude', 'cursor', 'codex', 'gemini'];
const HARNESS_NAMES = {
    claude: 'Claude Code',
    cursor: 'Cursor',
    codex: 'Codex CLI',
    gemini: 'Gemini CLI',
};
const GUARD_EVENTS = ['pre-tool', 'stop', 'session-start', 'prompt'];
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
function obj(value) {
    if (typeof value === 'string') {
        try {
            const parsed = JSON.parse(value);
            return parsed && typeof parsed === 'object' ? parsed : {};
        }
        catch {
            return {};
        }
    }
    return value && typeof value === 'object' ? value : {};
}
const SHELL_TOOLS = new Set(['Bash', 'Shell', 'run_shell_command', 'shell', 'local_shell', 'exec_command', 'terminal']);
function parseHookInput(harness, event, raw) {
    const session = str(raw.session_id) ?? str(raw.conversation_id);
    const cwd = str(raw.cwd) ?? (Array.isArray(raw.workspace_roots) ? str(raw.workspace_roots[0]) : undefined);
    const input = { session, cwd, writes: [], stopRepeated: false };
    if (event === 'stop') {
        input.stopRepeated = raw.stop_hook_active === true || (typeof raw.loop_count === 'number' && raw.loop_count > 0);
        return input;
    }
    if (event === 'prompt') {
        input.prompt = str(raw.prompt);
        return input;
    }
    if (event !== 'pre-tool')
        return input;
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
        if (/^\s*apply_patch\b/.test(input.shell))
            input.writes = patchWrites(input.shell);
        return input;
    }
    if (tool === 'apply_patch' || tool === 'ApplyPatch') {
        input.writes = patchWrites(str(toolInput.command) ?? str(toolInput.input) ?? str(toolInput.patch) ?? '');
        return input;
    }
    const path = str(toolInput.file_path) ?? str(toolInput.path) ?? str(toolInput.notebook_path) ?? str(toolInput.target_file);
    if (path === undefined)
        return input;
    if (typeof toolInput.content === 'string' || typeof toolInput.contents === 'string') {
        input.writes.push({ path, content: str(toolInput.content) ?? str(toolInput.contents) });
    }
    else if (Array.isArray(toolInput.edits)) {
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
    }
    else if (typeof toolInput.old_string === 'string' || typeof toolInput.new_string === 'string') {
        input.writes.push({
            path,
            edits: [
                {
                    oldText: str(toolInput.old_string) ?? '',
                    newText: str(toolInput.new_string) ?? '',
                    replaceAll: toolInput.replace_all === true ||
                        (typeof toolInput.expected_replacements === 'number' && toolInput.expected_replacements > 1),
                },
            ],
        });
    }
    else {
        // Any other tool that names a file (NotebookEdit, a delete): the target still counts.
        input.writes.push({ path });
    }
    return input;
}
/** The files an apply_patch envelope adds, updates, deletes or moves, with the lines it adds. */
function patchWrites(patch) {
    const writes = [];
    let current;
    let added = [];
    const flush = () => {
        if (current)
            writes.push(added.length
                ? { path: current.path, edits: [{ oldText: '', newText: added.join('\n') }] }
                : { path: current.path });
        current = undefined;
        added = [];
    };
    for (const line of patch.split('\n')) {
        const header = /^\*\*\* (Add|Update|Delete) File: (.+)$/.exec(line);
        const move = /^\*\*\* Move to: (.+)$/.exec(line);
        if (header) {
            flush();
            current = { path: header[2].trim() };
            continue;
        }
        if (move) {
            flush();
            current = { path: move[1].trim() };
            continue;
        }
        if (current && line.startsWith('+'))
            added.push(line.slice(1));
    }
    flush();
    return writes;
}
/** A refused tool call, in the harness's words. */
function refuseTool(harness, message) {
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
function allowTool(harness) {
    return harness === 'cursor'
        ? { stdout: JSON.stringify({ permission: 'allow' }), exitCode: 0 }
        : harness === 'gemini'
            ? { stdout: '{}', exitCode: 0 }
            : { exitCode: 0 };
}
/** A stop that must not happen yet: the agent is sent back with `reason`. */
function blockStop(harness, reason) {
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
function allowStop(harness, note) {
    if (!note)
        return { stdout: harness === 'claude' || harness === 'codex' ? undefined : '{}', exitCode: 0 };
    return harness === 'cursor'
        ? { stdout: '{}', stderr: note, exitCode: 0 }
        : { stdout: JSON.stringify({ systemMessage: note }), exitCode: 0 };
}
/** Context for the model: at session start or with a prompt. */
function injectContext(harness, event, context) {
    if (context === '')
        return {
            stdout: harness === 'claude' || harness === 'codex'
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
    const hookEventName = event === 'session-start' ? 'SessionStart' : harness === 'gemini' ? 'BeforeAgent' : 'UserPromptSubmit';
    return { stdout: JSON.stringify({ hookSpecificOutput: { hookEventName, additionalContext: context } }), exitCode: 0 };
}


/***/ })

};
