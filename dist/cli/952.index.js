export const id = 952;
export const ids = [952,998];
export const modules = {

/***/ 6952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdJudge: () => (/* binding */ cmdJudge)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4561);
/* harmony import */ var _core_review_schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2091);
/* harmony import */ var _repo_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3254);
/* harmony import */ var _repo_judges_builtin_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7998);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5377);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5217);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7911);









const DEFAULT_TIMEOUT_S = 600;
/**
 * `ao judge KIND`: a built-in judge as a program of the `ao check` judge protocol (review
 * request on stdin, review on stdout). `ao check --judge claude` runs it in the checker's
 * fresh checkout. With `--plan FILE` it pressure-tests a plan instead (the /pre-mortem).
 */
async function cmdJudge(cli, args) {
    const { values, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .parse */ .qg)('judge', (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .expandMultiValue */ .zA)(args, ['--paths']), {
        model: { type: 'string' },
        timeout: { type: 'string' },
        plan: { type: 'string' },
        paths: { type: 'string', multiple: true },
    });
    if (values.help)
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_8__/* .HELP */ ._.judge), 0);
    const judge = positionals.length === 1 ? (0,_repo_judges_builtin_js__WEBPACK_IMPORTED_MODULE_5__.parseBuiltinJudge)(positionals[0]) : undefined;
    if (!judge)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .V('ao judge takes one judge: claude, codex, gemini or openai:URL', {
            fix: 'ao judge claude --model claude-sonnet-4-5 < request.json',
        });
    if (values.model !== undefined)
        judge.model = values.model;
    const timeoutS = values.timeout === undefined ? DEFAULT_TIMEOUT_S : (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .positiveSeconds */ .LC)(values.timeout);
    const options = { cwd: cli.cwd, env: cli.env, timeoutMs: Math.round(timeoutS * 1000) };
    if (values.plan !== undefined)
        return preMortem(cli, judge, values.plan, values.paths ?? [], options);
    const text = await cli.stdin();
    let request;
    try {
        request = JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .V(`ao judge reads a review request on stdin, and this is not JSON (${error.message})`, {
            fix: 'run it through `ao check --judge claude`',
            exitCode: 1,
        });
    }
    const problems = (0,_core_review_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .validateReviewRequestShape */ .H)(request);
    if (problems.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .V(`the review request does not match agentops-verdict/review-request@1: ${(0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSchemaProblems */ .xe)(problems)}`, { fix: 'run it through `ao check --judge claude`', exitCode: 1 });
    try {
        const run = await (0,_repo_judges_builtin_js__WEBPACK_IMPORTED_MODULE_5__/* .runBuiltinJudge */ .YZ)(judge, (0,_repo_judges_builtin_js__WEBPACK_IMPORTED_MODULE_5__/* .renderJudgePrompt */ .an)(request), options);
        const review = run.session
            ? { ...run.review, summary: `${run.review.summary} [${judge.kind} session ${run.session}, fresh]`.slice(0, 4000) }
            : run.review;
        cli.out(JSON.stringify(review));
        return 0;
    }
    catch (error) {
        // ao check records a non-zero exit without a review as an error: never a pass.
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .V)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .V(error.message, { fix: error.fix, exitCode: 1 });
        throw error;
    }
}
async function preMortem(cli, judge, planFile, paths, options) {
    let plan;
    try {
        plan = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(planFile, 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .V(`cannot read the plan ${planFile}: ${error.message}`, {
            fix: 'write the plan to a file and pass it: ao judge claude --plan plan.md --paths src/x.ts',
        });
    }
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .openRepo */ .B)(cli);
    const context = await (0,_repo_context_js__WEBPACK_IMPORTED_MODULE_4__/* .contextForJudges */ .dh)(git, paths);
    const { review } = await (0,_repo_judges_builtin_js__WEBPACK_IMPORTED_MODULE_5__/* .runBuiltinJudge */ .YZ)(judge, (0,_repo_judges_builtin_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanPrompt */ .eM)(plan, context, paths), {
        ...options,
        cwd: git.topLevel,
    });
    cli.out(JSON.stringify(review, null, 2));
    cli.err(`ao judge: pre-mortem by ${judge.kind}${review.model ? ` (${review.model})` : ''}: ${review.verdict}: ${review.summary}`);
    for (const finding of review.findings ?? [])
        cli.err(`  ${finding.severity} ${finding.category}: ${finding.description}${finding.suggestedFix ? `\n    fix: ${finding.suggestedFix}` : ''}`);
    return review.verdict === 'fail' ? 1 : 0;
}


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ AMEND_OPTION),
/* harmony export */   EQ: () => (/* binding */ checkGlobs),
/* harmony export */   HW: () => (/* binding */ workerFrom),
/* harmony export */   LC: () => (/* binding */ positiveSeconds),
/* harmony export */   M2: () => (/* binding */ actorFrom),
/* harmony export */   Nz: () => (/* binding */ refuseDependentChecker),
/* harmony export */   Y4: () => (/* binding */ WORKER_OPTIONS),
/* harmony export */   b_: () => (/* binding */ ranEvidence),
/* harmony export */   dP: () => (/* binding */ parseActorKind),
/* harmony export */   gy: () => (/* binding */ SCOPE_OPTIONS),
/* harmony export */   nN: () => (/* binding */ oneScope),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   tC: () => (/* binding */ BY_OPTIONS),
/* harmony export */   uX: () => (/* binding */ scopeFromFlags),
/* harmony export */   vf: () => (/* binding */ parseEvidence),
/* harmony export */   zA: () => (/* binding */ expandMultiValue)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7989);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4130);
/* harmony import */ var _harness_sessions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7247);
/* harmony import */ var _repo_subjects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2743);






/** util.parseArgs with usage errors turned into exit-2 AoErrors that point at `--help`; `tokens` keep the options' order. */
function parse(command, args, options, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: { help: { type: 'boolean', short: 'h' }, ...options },
            allowPositionals,
            strict: true,
            tokens: true,
        });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${command}: ${error.message.replace(/\. To specify a positional.*$/s, '')}`, {
            fix: `see \`ao ${command} --help\``,
        });
    }
}
/** At most one of the scope flags; returns which. */
function oneScope(command, values) {
    const given = ['staged', 'commit', 'range'].filter((key) => values[key] !== undefined && values[key] !== false);
    if (given.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${command}: --${given.join(' and --')} cannot be combined`, {
            fix: `pick one of --staged, --commit REV, --range A..B`,
        });
    }
    return given[0] ?? 'staged';
}
/** `--amend`: the staged change as `git commit --amend` will commit it (against HEAD's parent). */
const AMEND_OPTION = { amend: { type: 'boolean' } };
const SCOPE_OPTIONS = {
    staged: { type: 'boolean' },
    commit: { type: 'string' },
    range: { type: 'string' },
};
/**
 * `--paths a b c` as well as `--paths a --paths b`: the values after a multi-value flag run
 * up to the next option. Returns the rewritten argument vector for util.parseArgs.
 */
function expandMultiValue(args, flags) {
    const out = [];
    let current;
    for (const arg of args) {
        if (arg.startsWith('-') && arg !== '-') {
            const flag = arg.split('=')[0];
            current = flags.includes(flag) ? flag : undefined;
            out.push(arg);
            continue;
        }
        if (current && out.at(-1) !== current)
            out.push(current);
        out.push(arg);
    }
    return out;
}
function scopeFromFlags(command, values) {
    const which = oneScope(command, values);
    if (values.amend && which !== 'staged')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${command}: --amend names the staged change; it cannot be combined with --${which}`, {
            fix: `ao ${command} --amend ...`,
        });
    if (which === 'commit')
        return { kind: 'commit', rev: values.commit };
    if (which === 'range')
        return { kind: 'range', ...(0,_repo_subjects_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRangeArg */ .t)(values.range) };
    return values.amend ? { kind: 'staged', amend: true } : { kind: 'staged' };
}
function parseActorKind(value, flag) {
    const kind = value ?? 'agent';
    if (!(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isOneOf */ .EK)(_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .ACTOR_KINDS */ .qr, kind))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${flag} must be one of ${_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .ACTOR_KINDS */ .qr.join(', ')}, not ${JSON.stringify(value)}`, {
            fix: `for example: ${flag} human`,
        });
    return kind;
}
/** The options naming who wrote the change, shared by `ao verdict` and `ao check`. */
const WORKER_OPTIONS = {
    worker: { type: 'string' },
    'worker-kind': { type: 'string' },
    'worker-session': { type: 'string' },
};
/**
 * Who wrote the change: --worker, else $AO_WORKER, else the git author. Its session:
 * --worker-session, else the session of the agent harness this runs under (recorded by the
 * harness's hooks, src/harness/sessions.ts), else $AO_WORKER_SESSION.
 */
function workerFrom(cli, git, values, kind, authors) {
    const workerId = values.worker ?? cli.env.AO_WORKER ?? authors[0];
    if (!workerId)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V('cannot tell who wrote the change', {
            fix: 'pass --worker ID (or set AO_WORKER), or set `git config user.email`',
        });
    const worker = { id: workerId, kind };
    const workerSession = values['worker-session'] ?? (0,_harness_sessions_js__WEBPACK_IMPORTED_MODULE_4__/* .harnessSessionOf */ .e)(git.gitDir) ?? cli.env.AO_WORKER_SESSION;
    if (workerSession)
        worker.session = workerSession;
    return worker;
}
/** Refuses up front what verification would refuse anyway: a checker that is the worker or shares its session. */
function refuseDependentChecker(checker, worker) {
    const problem = (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .independenceProblem */ .KD)({ checker, worker });
    if (problem) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`refusing to record: ${problem}`, {
            fix: 'have a different identity check the change: a reviewer, a second agent in a fresh session, or CI (--checker ID)',
        });
    }
}
/** The options naming who records a learning, promotion or retirement, shared by `ao learn`, `ao promote` and `ao retire`. */
const BY_OPTIONS = { by: { type: 'string' }, 'by-kind': { type: 'string' }, json: { type: 'boolean' } };
/** Who records a learning, promotion or retirement: --by, else $AO_WORKER, else the git author. */
async function actorFrom(cli, git, values) {
    const id = values.by ?? cli.env.AO_WORKER ?? (await git.authorEmail());
    if (!id)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V('cannot tell who is recording this', {
            fix: 'pass --by ID (or set AO_WORKER), or set `git config user.email`',
        });
    return { id, kind: parseActorKind(values['by-kind'], '--by-kind') };
}
function parseEvidence(values) {
    return values.map((value) => {
        const colon = value.indexOf(':');
        const kind = colon > 0 ? value.slice(0, colon) : '';
        const text = value.slice(colon + 1);
        if (!(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .isOneOf */ .EK)(_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .EVIDENCE_KINDS */ .At, kind) || text.trim() === '') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`--evidence takes KIND:TEXT with KIND one of ${_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .EVIDENCE_KINDS */ .At.join(', ')}; got ${JSON.stringify(value)}`, {
                fix: `for example: --evidence test:"npm test: 212 passed" or --evidence link:https://ci.example.com/run/1`,
            });
        }
        if (kind === 'link')
            return { kind: 'link', url: text.trim() };
        return { kind, text };
    });
}
/** `--ran CMD`: the checker ran CMD and it exited 0; what a `requireCheck` constraint looks for. */
function ranEvidence(commands) {
    return commands.map((command) => {
        if (command.trim() === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V('--ran takes the command that was run', { fix: `for example: --ran 'npm test'` });
        return { kind: 'command', text: `ran \`${command}\`: exit 0`, command, exitCode: 0 };
    });
}
const GLOB_PATTERN = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[^\u0000]+$/;
/** Repository-relative globs given with `flag` (no leading "/", no ".."), at most 100, without repeats. */
function checkGlobs(globs, flag) {
    const cleaned = globs.map((g) => g.replace(/^\.\//, ''));
    for (const glob of cleaned) {
        if (!GLOB_PATTERN.test(glob) || glob.length > 1000) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${flag}: ${JSON.stringify(glob)} is not a repository-relative glob (no leading "/", no "..")`, { fix: `for example: ${flag} 'src/auth/**' '*.sql'` });
        }
    }
    if (cleaned.length > 100)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${flag}: at most 100 globs, got ${cleaned.length}`, { fix: 'use broader globs, e.g. src/**' });
    return [...new Set(cleaned)];
}
/** A whole number from `min` to `max` given with `flag`. */
function wholeNumber(text, flag, min, max) {
    const value = Number(text);
    if (!/^[0-9]+$/.test(text) || value < min || value > max)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`${flag} takes a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`, {
            fix: `for example: ${flag} 2`,
        });
    return value;
}
/** `--timeout SECONDS`: more than 0, at most a day. */
function positiveSeconds(text) {
    const value = Number(text);
    if (!/^[0-9]+(\.[0-9]+)?$/.test(text) || value <= 0 || value > 86_400) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AoError */ .V(`--timeout takes seconds (more than 0, at most 86400), not ${JSON.stringify(text)}`, {
            fix: 'for example: --timeout 300',
        });
    }
    return value;
}


/***/ }),

/***/ 7247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ recordHarnessSession),
/* harmony export */   e: () => (/* binding */ harnessSessionOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _processes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6257);



/**
 * The worker's session, as its harness names it, for the `ao verdict` / `ao check` that the
 * agent's shell tool runs. Only the hooks are told the session id (in their JSON input), and
 * only Claude Code hands hooks a way into the shell's environment, so every hook records it
 * here, keyed by the harness process (the hook's nearest ancestor that is not a shell);
 * `ao` looks for its own nearest ancestor with a record. The records live in the git
 * directory, where no change can put them; a record whose process has ended, or whose pid
 * now belongs to a process that started later, is never matched.
 */
/** What a harness session id may look like to be recorded (UUIDs and the like; no quoting games). */
const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/** Interpreters between a harness and its hook command (`bash -c '…'`, `sh guard.sh`). */
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash', 'busybox', 'fish', 'tcsh', 'csh', 'env']);
function registry(gitDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, 'ao', 'harness-sessions');
}
function isShell(info) {
    return SHELLS.has((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(info.argv[0] ?? '').replace(/^-/, ''));
}
/** Called by every hook (`ao guard`): the harness process now runs this session. */
function recordHarnessSession(gitDir, harness, session, options = {}) {
    if (!session || !SESSION_ID.test(session))
        return;
    const owner = (0,_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .ancestors */ .T)(8).find((info) => !isShell(info));
    if (!owner)
        return;
    const dir = registry(gitDir);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        if (options.prune)
            prune(dir);
        const record = { harness, session, pid: owner.pid, started: owner.started };
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${owner.pid}.json`);
        // Written whole or not at all: a concurrent reader sees the old record or the new one.
        const scratch = `${file}.${process.pid}.tmp`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(scratch, JSON.stringify(record));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(scratch, file);
    }
    catch {
        // A read-only git directory loses only the automatic worker.session, never a guard.
    }
}
/** Drops the records of harness processes that have ended. */
function prune(dir) {
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)) {
        const record = read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
        if (!record || (0,_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .processInfo */ .i)(record.pid)?.started !== record.started)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), { force: true });
    }
}
function read(file) {
    try {
        const value = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        if (typeof value.session !== 'string' ||
            !SESSION_ID.test(value.session) ||
            typeof value.harness !== 'string' ||
            !/^[a-z]+$/.test(value.harness))
            return undefined;
        if (typeof value.pid !== 'number' || typeof value.started !== 'string')
            return undefined;
        return value;
    }
    catch {
        return undefined;
    }
}
/**
 * The session of the harness this `ao` runs under (`HARNESS:SESSION`, as `worker.session`
 * records it): the record of its nearest ancestor, if that process is still the one that
 * recorded it. Undefined outside a harness.
 */
function harnessSessionOf(gitDir) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(registry(gitDir)).filter((name) => /^\d+\.json$/.test(name));
    }
    catch {
        return undefined;
    }
    if (names.length === 0)
        return undefined;
    const recorded = new Set(names.map((name) => Number(name.slice(0, -5))));
    for (const info of (0,_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .ancestors */ .T)(32)) {
        if (!recorded.has(info.pid))
            continue;
        const record = read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(registry(gitDir), `${info.pid}.json`));
        if (record && record.pid === info.pid && record.started === info.started)
            return `${record.harness}:${record.session}`;
    }
    return undefined;
}


/***/ }),

/***/ 7998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YZ: () => (/* binding */ runBuiltinJudge),
/* harmony export */   an: () => (/* binding */ renderJudgePrompt),
/* harmony export */   eM: () => (/* binding */ renderPlanPrompt),
/* harmony export */   parseBuiltinJudge: () => (/* binding */ parseBuiltinJudge)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4130);
/* harmony import */ var _core_review_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7935);








/** Default models; `--judge-model` selects another. */
const DEFAULT_MODELS = {
    claude: 'claude-sonnet-4-5',
    codex: undefined,
    gemini: undefined,
    openai: 'gpt-5',
};
const PROGRAMS = { claude: 'claude', codex: 'codex', gemini: 'gemini' };
/** `claude`, `codex`, `gemini` or `openai:URL` as a built-in judge; undefined for a command. */
function parseBuiltinJudge(text) {
    const trimmed = text.trim();
    if (trimmed === 'claude' || trimmed === 'codex' || trimmed === 'gemini')
        return { kind: trimmed };
    const openai = /^openai:(\S+)$/.exec(trimmed);
    if (openai) {
        let url;
        try {
            url = new URL(openai[1]);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`--judge openai:URL needs an http(s) URL, not ${JSON.stringify(openai[1])}`, {
                fix: '--judge openai:https://api.openai.com/v1',
            });
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`--judge openai:URL needs an http(s) URL, not ${JSON.stringify(openai[1])}`, {
                fix: '--judge openai:https://api.openai.com/v1',
            });
        if (url.username || url.password)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V('--judge openai:URL must not carry credentials: the command is recorded in the ledger', {
                fix: "pass the key as OPENAI_API_KEY through the policy's check.envAllow",
            });
        return { kind: 'openai', url: url.toString().replace(/\/$/, '') };
    }
    return undefined;
}
/** The review schema as the structured-output features take it (no $id/$schema, strict objects). */
function reviewOutputSchema(strict = false) {
    const finding = {
        type: 'object',
        additionalProperties: false,
        required: strict
            ? ['severity', 'category', 'description', 'path', 'line', 'suggestedFix']
            : ['severity', 'category', 'description'],
        properties: {
            severity: { type: 'string', enum: [..._core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITIES */ .oC] },
            category: { type: 'string' },
            description: { type: 'string' },
            path: strict ? { type: ['string', 'null'] } : { type: 'string' },
            line: strict ? { type: ['integer', 'null'] } : { type: 'integer' },
            suggestedFix: strict ? { type: ['string', 'null'] } : { type: 'string' },
        },
    };
    return {
        type: 'object',
        additionalProperties: false,
        required: ['verdict', 'summary', 'findings'],
        properties: {
            verdict: { type: 'string', enum: ['pass', 'warn', 'fail'] },
            summary: { type: 'string' },
            findings: { type: 'array', items: finding },
        },
    };
}
function renderJudgePrompt(request) {
    return `You are an independent reviewer of a code change that someone else wrote, in a fresh session.
Your working directory is a checkout of the tree after the change; read any file you need. Do not modify anything.

Judge correctness, security, tests and clarity; do not nitpick style. Answer with the review object only:
- verdict: "fail" for anything that must not land, "warn" for findings worth reading, "pass" otherwise;
- summary: one paragraph;
- findings: each with severity (info, low, medium, high, critical), category, description, and where you can
  the repository-relative path, the line and a suggested fix.

Project context (constraints, learnings and recent failures for these paths):
${request.context || '(none recorded)'}

The change (${request.subject.label}, ${request.manifest.length} file${request.manifest.length === 1 ? '' : 's'}, digest ${request.subject.digest})${request.diffTruncated ? ', diff truncated: read the files for the rest' : ''}:
${request.diff}`;
}
function renderPlanPrompt(plan, context, paths) {
    return `You are pressure-testing a plan before any code is written (a pre-mortem), in a fresh session.
Imagine the change was made exactly as planned and failed: say how. Check the plan against the project's
constraints and learnings below. Answer with the review object only: verdict "fail" when the plan must change
before coding starts, "warn" for risks worth handling, "pass" otherwise; findings name the risk and the fix.

Planned paths: ${paths.join(', ') || '(not given)'}

Project context:
${context || '(none recorded)'}

The plan:
${plan}`;
}
function runTool(program, args, options) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: true,
        });
        const out = [];
        const err = [];
        let size = 0;
        let timedOut = false;
        let spawnError;
        const kill = () => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // gone already
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, options.timeoutMs);
        child.stdout.on('data', (chunk) => {
            size += chunk.length;
            if (size <= 16 * 1024 * 1024)
                out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (err.length < 256)
                err.push(chunk);
        });
        child.on('error', (error) => {
            spawnError =
                error.code === 'ENOENT'
                    ? `${program} is not installed (not found on PATH)`
                    : error.message;
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input);
        child.on('close', (code) => {
            clearTimeout(timer);
            kill();
            resolve({
                code,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                timedOut,
                spawnError,
            });
        });
    });
}
function failure(kind, ran, timeoutMs) {
    if (ran.spawnError)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the ${kind} judge could not start: ${ran.spawnError}`, { fix: installHint(kind) });
    if (ran.timedOut)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the ${kind} judge timed out after ${Math.round(timeoutMs / 1000)} s`, {
            fix: 'raise --timeout, or check that the model service answers',
        });
    // Gemini CLI reports its error as JSON on stdout (`{"error":{"message"}}`), stderr holds only warnings.
    const reported = /"error":\s*\{[^{}]*"message":\s*("(?:[^"\\]|\\.)*")/.exec(ran.stdout)?.[1];
    const tail = (reported ? String(JSON.parse(reported)) : '') ||
        ran.stderr.trim().split('\n').slice(-5).join(' | ') ||
        ran.stdout.trim().slice(0, 300);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the ${kind} judge exited ${ran.code}: ${tail}`, { fix: installHint(kind) });
}
function installHint(kind) {
    if (kind === 'claude')
        return "install Claude Code (`npm i -g @anthropic-ai/claude-code`) and allow ANTHROPIC_API_KEY in the policy's check.envAllow";
    // Codex ignores OPENAI_BASE_URL and reads its provider and login from CODEX_HOME (the checker's HOME is empty).
    if (kind === 'codex')
        return "install Codex CLI (`npm i -g @openai/codex`) and allow OPENAI_API_KEY (or CODEX_HOME, for your Codex login and provider config) in the policy's check.envAllow";
    // With GOOGLE_GEMINI_BASE_URL set, Gemini CLI needs an auth type from its settings (GEMINI_CLI_HOME/.gemini/settings.json).
    if (kind === 'gemini')
        return "install Gemini CLI (`npm i -g @google/gemini-cli`) and allow GEMINI_API_KEY (and GEMINI_CLI_HOME, for your settings) in the policy's check.envAllow";
    return "allow OPENAI_API_KEY in the policy's check.envAllow and check the URL";
}
/** The answer as a review, strictly: anything outside the schema is an error, never a pass. */
function asReview(kind, value, model) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the ${kind} judge answered outside the review schema: not a JSON object`);
    const answer = value;
    const findings = Array.isArray(answer.findings)
        ? answer.findings.map((item) => {
            const f = (item ?? {});
            const finding = {
                severity: f.severity,
                category: f.category,
                description: f.description,
            };
            const path = typeof f.path === 'string' ? f.path : f.location?.path;
            const line = typeof f.line === 'number' ? f.line : f.location?.line;
            if (typeof path === 'string' && path !== '')
                finding.location = typeof line === 'number' ? { path, line } : { path };
            if (typeof f.suggestedFix === 'string' && f.suggestedFix !== '')
                finding.suggestedFix = f.suggestedFix;
            for (const key of Object.keys(f))
                if (!['severity', 'category', 'description', 'path', 'line', 'suggestedFix', 'location'].includes(key))
                    finding[key] = f[key];
            return finding;
        })
        : answer.findings;
    const extra = Object.keys(answer).filter((key) => !['verdict', 'summary', 'findings'].includes(key));
    const review = { verdict: answer.verdict, summary: answer.summary };
    if (findings !== undefined)
        review.findings = findings;
    for (const key of extra)
        review[key] = answer[key];
    if (model)
        review.model = model;
    const parsed = (0,_core_review_js__WEBPACK_IMPORTED_MODULE_7__/* .parseReview */ .wV)(JSON.stringify(review));
    if (!parsed.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the ${kind} judge answered outside the review schema: ${parsed.error}`);
    return parsed.review;
}
function parseJson(kind, text, what) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the ${kind} judge's ${what} is not JSON (${error.message}); it starts: ${JSON.stringify(text.trim().slice(0, 120))}`);
    }
}
async function runBuiltinJudge(judge, prompt, options) {
    const model = judge.model ?? DEFAULT_MODELS[judge.kind];
    if (judge.kind === 'openai')
        return runOpenAi(judge, model ?? 'gpt-5', prompt, options);
    const session = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)();
    const program = PROGRAMS[judge.kind];
    if (judge.kind === 'claude') {
        const args = [
            '-p',
            '--output-format',
            'json',
            '--json-schema',
            JSON.stringify(reviewOutputSchema()),
            '--session-id',
            session,
            '--no-session-persistence',
            // The checkout's own .claude settings (hooks, permissions) must not steer its judge.
            '--setting-sources',
            '',
            '--permission-mode',
            'plan',
            '--allowedTools',
            'Read,Grep,Glob',
            '--disallowedTools',
            'Bash,Edit,Write,MultiEdit,NotebookEdit,WebFetch,WebSearch',
            ...(model ? ['--model', model] : []),
        ];
        const ran = await runTool(program, args, { input: prompt, ...options });
        if (ran.spawnError || ran.timedOut)
            throw failure('claude', ran, options.timeoutMs);
        const envelope = parseJson('claude', ran.stdout, 'output');
        if (ran.code !== 0 || envelope.is_error)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the claude judge failed: ${String(envelope.result ?? ran.stderr).slice(0, 400)}`, {
                fix: installHint('claude'),
            });
        if (envelope.structured_output === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V('the claude judge gave no structured output (its answer did not follow the review schema)');
        // The model the CLI actually used (it resolves names and aliases): the one its usage
        // report lists, preferring the one asked for when side calls are listed too.
        const usedModels = Object.keys(envelope.modelUsage ?? {}).map((name) => name.replace(/\[.*\]$/, ''));
        const used = usedModels.length === 1 ? usedModels[0] : (usedModels.find((name) => name === model) ?? usedModels[0]);
        return {
            review: asReview('claude', envelope.structured_output, used ?? model),
            session: typeof envelope.session_id === 'string' ? envelope.session_id : session,
        };
    }
    if (judge.kind === 'codex') {
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(options.env.TMPDIR ?? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'ao-codex-'));
        try {
            const schemaFile = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'review.schema.json');
            const lastFile = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'last-message.json');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(schemaFile, JSON.stringify(reviewOutputSchema(true)));
            const args = [
                'exec',
                '--skip-git-repo-check',
                '--ephemeral',
                '--sandbox',
                'read-only',
                '--output-schema',
                schemaFile,
                '--output-last-message',
                lastFile,
                ...(model ? ['-m', model] : []),
                '-',
            ];
            const ran = await runTool(program, args, { input: prompt, ...options });
            if (ran.code !== 0 || ran.spawnError || ran.timedOut)
                throw failure('codex', ran, options.timeoutMs);
            let text;
            try {
                text = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(lastFile, 'utf8');
            }
            catch {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V('the codex judge wrote no final message');
            }
            // Its header on stderr names the model and the (ephemeral) session it made for this run.
            const used = /^model: (.+)$/m.exec(ran.stderr)?.[1]?.trim();
            const session = /^session id: ([0-9A-Za-z-]+)$/m.exec(ran.stderr)?.[1];
            return {
                review: asReview('codex', parseJson('codex', text, 'final message'), model ?? used),
                ...(session ? { session } : {}),
            };
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(dir, { recursive: true, force: true });
        }
    }
    // Gemini CLI has no structured-output flag: the answer must be the review object, checked strictly here.
    // Headless, it refuses an untrusted folder, and trusting the checkout would apply the change's own
    // .gemini settings and .env (hooks, MCP servers, the model's base URL): it runs in an empty folder it
    // may trust, with the checkout included read-only as a workspace directory.
    const workspace = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(options.env.TMPDIR ?? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'ao-gemini-'));
    try {
        const args = [
            '--output-format',
            'json',
            '--skip-trust',
            '--approval-mode',
            'plan',
            '--include-directories',
            options.cwd,
            '--session-id',
            session,
            ...(model ? ['-m', model] : []),
            '-p',
            'Answer with exactly one JSON object of the review schema above, and nothing else.',
        ];
        const input = `${prompt}\n\nThe checkout of the change is the workspace directory ${options.cwd}.\n\nReview schema (JSON Schema):\n${JSON.stringify(reviewOutputSchema())}\n`;
        const ran = await runTool(program, args, { input, ...options, cwd: workspace });
        if (ran.code !== 0 || ran.spawnError || ran.timedOut)
            throw failure('gemini', ran, options.timeoutMs);
        const envelope = parseJson('gemini', ran.stdout.slice(ran.stdout.indexOf('{')), 'output');
        if (typeof envelope.response !== 'string')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V('the gemini judge gave no response');
        // The model that answered (role "main"), not the router model that picked it (role "utility_router").
        const models = Object.entries(envelope.stats?.models ?? {});
        const used = (models.find(([, usage]) => usage?.roles && 'main' in usage.roles) ?? models[0])?.[0];
        return {
            review: asReview('gemini', parseJson('gemini', envelope.response.trim(), 'answer'), used ?? model),
            session,
        };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(workspace, { recursive: true, force: true });
    }
}
async function runOpenAi(judge, model, prompt, options) {
    const key = options.env.OPENAI_API_KEY;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    let response;
    try {
        response = await fetch(`${judge.url}/chat/completions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
            body: JSON.stringify({
                model,
                messages: [
                    { role: 'system', content: 'You review code changes and answer with the requested JSON object only.' },
                    { role: 'user', content: prompt },
                ],
                response_format: {
                    type: 'json_schema',
                    json_schema: { name: 'review', strict: true, schema: reviewOutputSchema(true) },
                },
            }),
            signal: controller.signal,
        });
    }
    catch (error) {
        throw controller.signal.aborted
            ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the openai judge timed out after ${Math.round(options.timeoutMs / 1000)} s (${judge.url})`, {
                fix: 'raise --timeout, or check that the endpoint answers',
            })
            : new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the openai judge could not reach ${judge.url}: ${error.message}`, {
                fix: installHint('openai'),
            });
    }
    finally {
        clearTimeout(timer);
    }
    const text = await response.text();
    if (!response.ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the openai judge's endpoint answered HTTP ${response.status}: ${text.slice(0, 300)}`, {
            fix: installHint('openai'),
        });
    const body = parseJson('openai', text, 'response');
    const message = body.choices?.[0]?.message;
    if (typeof message?.refusal === 'string' && message.refusal)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V(`the openai judge refused: ${message.refusal.slice(0, 300)}`);
    if (typeof message?.content !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AoError */ .V("the openai judge's response has no message content");
    return {
        review: asReview('openai', parseJson('openai', message.content, 'answer'), typeof body.model === 'string' ? body.model : model),
    };
}


/***/ }),

/***/ 2743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ resolveSubject),
/* harmony export */   t: () => (/* binding */ parseRangeArg)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4414);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2757);



const MAX_ENTRIES = 10_000;
function parseRangeArg(text) {
    const match = /^(.+?)\.\.(?!\.)(.+)$/.exec(text);
    if (!match)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`--range takes A..B (two revisions), not ${JSON.stringify(text)}`, {
            fix: 'for example: --range origin/main..HEAD',
        });
    return { base: match[1], head: match[2] };
}
/** Builds the subject of a verdict: what exactly the checker is vouching for. */
async function resolveSubject(git, scope) {
    let resolved;
    if (scope.kind === 'staged') {
        const head = await git.headCommit();
        const author = await git.authorEmail();
        let amending;
        if (scope.amend) {
            if (!head)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V('there is no commit to amend yet', { fix: 'record the verdict without --amend' });
            [amending] = await git.listCommits(['-n', '1', head]);
        }
        const staged = await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .stagedChange */ .th)(git, head, author, amending);
        const { change } = staged;
        const baseRev = amending ? amending.parents[0] : head;
        resolved = {
            subject: { kind: 'staged', digest: change.manifest.digest, entries: change.manifest.entries.map(_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .entryToJson */ .o3) },
            manifest: change.manifest,
            label: change.label,
            authors: author ? [author] : [],
            baseRev,
            diffBase: await diffBaseOf(git, staged, baseRev),
        };
        if (change.manifest.entries.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(change.cleanMerge
                ? 'the staged merge is clean: it needs no verdict'
                : 'nothing is staged outside .agents/ledger/: there is no change to cover', {
                fix: 'stage the change first (`git add PATH`), or name one with --commit REV or --range A..B',
            });
        }
    }
    else if (scope.kind === 'commit') {
        const commit = await git.resolveCommit(scope.rev, 'commit');
        const [info] = await git.listCommits(['-n', '1', commit]);
        const ofCommit = (await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .changesOfCommits */ .lv)(git, [info]))[0];
        const { change } = ofCommit;
        if (change.manifest.entries.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(commit)} changes nothing outside the ledger${change.cleanMerge ? ' (a clean merge)' : ''}: it needs no verdict`, { fix: 'name a commit that changes files, e.g. --commit HEAD' });
        }
        resolved = {
            subject: {
                kind: 'commit',
                commit,
                digest: change.manifest.digest,
                entries: change.manifest.entries.map(_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .entryToJson */ .o3),
            },
            manifest: change.manifest,
            label: `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(commit)}`,
            authors: info?.authorEmail ? [info.authorEmail] : [],
            baseRev: info?.parents[0],
            headRev: commit,
            diffBase: await diffBaseOf(git, ofCommit, info?.parents[0]),
        };
    }
    else {
        const base = await git.resolveCommit(scope.base, 'range base');
        const head = await git.resolveCommit(scope.head, 'range head');
        const commits = await git.listCommits([`${base}..${head}`]);
        if (commits.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`the range ${scope.base}..${scope.head} holds no commits`, {
                fix: 'check the order: --range OLDER..NEWER',
            });
        const manifest = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .buildManifest */ .u1)(await git.diffTrees(base, head));
        const changes = (await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .changesOfCommits */ .lv)(git, commits)).filter((c) => c.change.manifest.entries.length > 0);
        if (manifest.entries.length === 0 && changes.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`the range ${scope.base}..${scope.head} changes nothing outside the ledger: it needs no verdict`);
        }
        resolved = {
            subject: {
                kind: 'range',
                base,
                head,
                digest: manifest.digest,
                entries: manifest.entries.map(_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .entryToJson */ .o3),
                commits: changes.map((c) => ({ commit: c.change.commit, digest: c.change.manifest.digest })),
            },
            manifest,
            label: `range ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(base)}..${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(head)}`,
            authors: [...new Set(commits.map((c) => c.authorEmail).filter(Boolean))],
            baseRev: base,
            headRev: head,
            commitChanges: changes.map((c) => ({
                commit: c.change.commit,
                digest: c.change.manifest.digest,
                title: c.change.subjectLine ?? '',
                patchItem: c.patchItem ?? c.change.commit,
            })),
            diffBase: base,
        };
    }
    if (resolved.subject.entries.length > MAX_ENTRIES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`the ${resolved.label} touches ${resolved.subject.entries.length} paths; one verdict covers at most ${MAX_ENTRIES}`, {
            fix: 'split it into smaller commits and record a verdict for each (--commit REV), or exempt generated paths in .agents/policy.json',
        });
    }
    return resolved;
}
/** A merge is shown against the tree its manifest compares with; anything else against its first parent. */
async function diffBaseOf(git, change, firstParent) {
    if (change.merge)
        return (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .reviewBaseTree */ .KW)(git, change.merge);
    return firstParent ?? git.emptyTree;
}


/***/ })

};
