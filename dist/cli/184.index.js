export const id = 184;
export const ids = [184];
export const modules = {

/***/ 184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdDemo: () => (/* binding */ cmdDemo)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6673);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7522);
/* harmony import */ var _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3263);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5377);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7911);
/* harmony import */ var _present_output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2726);











/**
 * A scripted walk in a throwaway repository, driving the real `ao` binary and real git
 * hooks: what a user would type, and what they would see.
 */
async function cmdDemo(cli, args) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .parse */ .qg)('demo', args, { keep: { type: 'boolean' } }, false);
    if (values.help)
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_7__/* .HELP */ ._.demo), 0);
    const style = (0,_present_output_js__WEBPACK_IMPORTED_MODULE_8__/* .styleFor */ .j9)(process.stdout);
    const aoBin = process.argv[1];
    if (!aoBin)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V('cannot tell where the ao binary is', { fix: 'run the demo as `npx ao demo` or `npm run demo`' });
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'ao-demo-')));
    const agent = {
        GIT_AUTHOR_NAME: 'Coding Agent',
        GIT_AUTHOR_EMAIL: 'agent@example.com',
        GIT_COMMITTER_NAME: 'Coding Agent',
        GIT_COMMITTER_EMAIL: 'agent@example.com',
    };
    const env = {
        ...process.env,
        ...agent,
        AO_BIN: aoBin,
        HUSKY: '',
        NO_COLOR: '1',
        GIT_CONFIG_NOSYSTEM: '1',
        HOME: dir,
    };
    const expectations = [];
    const step = (title) => cli.out(`\n${style.bold(`== ${title}`)}`);
    const run = (label, command, argv, expect, input) => {
        cli.out(style.dim(`$ ${label}`));
        const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(command, argv, { cwd: dir, env, encoding: 'utf8', input });
        const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trimEnd();
        if (output)
            cli.out(output
                .split('\n')
                .map((line) => `  ${line}`)
                .join('\n'));
        const passed = expect === 'ok' ? result.status === 0 : result.status !== 0;
        cli.out(passed
            ? style.ok(`  -> exit ${result.status}, as expected`)
            : style.bad(`  -> exit ${result.status}, NOT as expected`));
        if (!passed)
            expectations.push(label);
        return output;
    };
    // Each command is echoed as it is pasted into a shell: every word quoted where it needs it.
    const shown = (argv) => argv.map(_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z).join(' ');
    const git = (argv, expect = 'ok') => run(shown(['git', ...argv]), 'git', argv, expect);
    const ao = (argv, expect = 'ok') => run(shown(['ao', ...argv]), process.execPath, [aoBin, ...argv], expect);
    try {
        cli.out(`agentops/verdict demo in ${dir}`);
        step('An agent works in a repository guarded by ao');
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
        ao(['init', '--hooks', 'git']);
        git(['add', '.agents']);
        git(['commit', '-q', '-m', 'Set up agentops/verdict']);
        step('The agent writes code and tries to commit it: refused, no one checked it');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'src'));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'src/add.js'), 'export const add = (a, b) => a + b;\n');
        git(['add', 'src/add.js']);
        git(['commit', '-m', 'Add add()'], 'fail');
        step('The agent cannot vouch for itself');
        ao(['verdict', 'pass', '--checker', 'agent@example.com'], 'fail');
        step('A second identity (a reviewer agent in a fresh session) checks it and records a verdict');
        ao([
            'verdict',
            'pass',
            '--checker',
            'reviewer@example.com',
            '--checker-kind',
            'agent',
            '--session',
            'review-7',
            '--evidence',
            'test:node --test: 4 passed',
            '--summary',
            'add() is correct for integers and floats',
        ]);
        ao(['status']);
        step('Now the commit goes through, carrying its verdict');
        git(['commit', '-m', 'Add add()']);
        ao(['verify', '--commit', 'HEAD']);
        ao(['log']);
        step('Someone edits a recorded verdict: caught');
        const record = (0,_repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__/* .listWorktreeLedger */ .fV)(dir)
            .filter((p) => p.endsWith('.json'))
            .at(-1);
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, record), 'utf8');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, record), text.replace('add() is correct', 'add() is perfect'));
        ao(['ledger', 'verify', '--since', 'HEAD'], 'fail');
        git(['checkout', '--', record]);
        ao(['ledger', 'verify']);
    }
    finally {
        if (values.keep)
            cli.out(`\nkept ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(dir)}`);
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    }
    if (expectations.length > 0) {
        cli.err(`demo: ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_10__/* .plural */ .LS)(expectations.length, 'step')} did not behave as expected: ${expectations.join('; ')}`);
        return 1;
    }
    cli.out(`\n${style.ok('demo complete')}: a commit refused, a verdict by a second identity, the commit accepted, a tampered record caught.`);
    return 0;
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

/***/ 1805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ runnableAo),
/* harmony export */   Xc: () => (/* binding */ fixText),
/* harmony export */   as: () => (/* binding */ runnable),
/* harmony export */   eB: () => (/* binding */ rangeFixCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7989);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6673);




/**
 * Commands printed for the user to run: a fix worded as the command line `ao` takes, and as
 * it runs in that project (`ao …` where `ao` is on the user's PATH, `npx ao …` where only
 * the project's node_modules has it). Shared by the CLI's reports, the hooks, the harness
 * guard and the action's summary; it imports only core, so the repository layer words its
 * commands here too.
 */
function runnable(text, ao) {
    return ao === 'ao' ? text : text.replace(/(^|[\s`'"(])ao (?=[a-z])/g, `$1${ao} `);
}
/** How `ao` is run in this repository, for the commands a report prints. */
function runnableAo(cli, top) {
    const local = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(top, 'node_modules', '.bin');
    // husky and npx put the project's node_modules/.bin on a hook's PATH; the user's shell has only the rest.
    for (const dir of (cli.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (!dir || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir) === local)
            continue;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'ao'), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return 'ao';
        }
        catch {
            // not here
        }
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(local, 'ao')) ? 'npx ao' : 'ao';
}
/** The placeholder a printed command holds where the checker's id goes. */
const CHECKER_PLACEHOLDER = 'CHECKER-ID';
function fixText(fix) {
    return fix?.map((part) => (typeof part === 'string' ? part : commandText(part))).join('');
}
/** The verdict command that covers a whole range: its combined change and each commit's own. */
function rangeFixCommand(range, policy, checkerHint) {
    return commandText((0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeFix */ .rv)(range, policy, checkerHint));
}
function commandText(command) {
    switch (command.command) {
        case 'verdict':
            return [
                'ao verdict pass',
                ...scopeFlags(command.scope),
                `--checker ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z)(command.checker ?? CHECKER_PLACEHOLDER)}`,
                ...command.needs.map(needFlag),
            ].join(' ');
        case 'retire':
            return `ao retire ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z)(command.constraint)} --why "..."`;
        case 'learn':
            return `ao learn "..." --paths ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z)(command.glob)}`;
        case 'promote':
            return `ao promote LEARNING-ID --id ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z)(command.constraint)} ...`;
    }
}
function scopeFlags(scope) {
    if (scope.kind === 'staged')
        return scope.amend ? ['--amend'] : [];
    if (scope.kind === 'range')
        return [`--range ${scope.base.slice(0, 12)}..${scope.head.slice(0, 12)}`];
    return [`--commit ${scope.commit.slice(0, 12)}`];
}
function needFlag(need) {
    switch (need.need) {
        case 'evidence':
            return need.evidence === 'link' ? '--evidence link:https://...' : `--evidence ${need.evidence}:'...'`;
        case 'checker-kind':
            return `--checker-kind ${need.checkerKind}`;
        case 'ran':
            return `--ran ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z)(need.command)}`;
        case 'signature':
            return '--sign ~/.ssh/id_ed25519';
    }
}


/***/ }),

/***/ 2726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   WN: () => (/* binding */ countsText),
/* harmony export */   W_: () => (/* binding */ sumCounts),
/* harmony export */   X4: () => (/* binding */ renderDecision),
/* harmony export */   j9: () => (/* binding */ styleFor),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   qg: () => (/* binding */ OBSERVE_WARNING),
/* harmony export */   uH: () => (/* binding */ clean),
/* harmony export */   yM: () => (/* binding */ renderProblem)
/* harmony export */ });
/* unused harmony export decisionJson */
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7522);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1805);


function styleFor(stream) {
    const on = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
    const wrap = (code) => (text) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
    return { ok: wrap('32'), bad: wrap('31'), dim: wrap('2'), bold: wrap('1') };
}
/**
 * Text from the change under test (commit subjects, paths, record fields) is printed only
 * after control characters are made visible: a commit subject or a record summary holding
 * terminal escape sequences, newlines or bidirectional overrides must not be able to
 * rewrite what the report says (erase a FAILED line, forge an "ok").
 */
function clean(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
}
/** Said wherever observe mode lets a failing check pass. */
const OBSERVE_WARNING = 'observe mode: would fail (the policy\'s "enforcement" is "observe"): nothing is refused until it is "enforce"';
const MARK = { covered: '✔', uncovered: '✘', exempt: '–', empty: '·' };
function sumCounts(all) {
    const total = { checked: 0, covered: 0, uncovered: 0, exempt: 0, empty: 0 };
    for (const c of all)
        for (const key of Object.keys(total))
            total[key] += c[key];
    return total;
}
/** The exact count line: every outcome named, never "covered" for what was exempt. */
function countsText(counts, noun = 'commit') {
    const parts = [`${counts.covered} covered`];
    if (counts.exempt)
        parts.push(`${counts.exempt} exempt`);
    if (counts.empty)
        parts.push(`${counts.empty} need${counts.empty === 1 ? 's' : ''} none`);
    if (counts.uncovered)
        parts.push(`${counts.uncovered} uncovered`);
    return `${counts.checked} ${noun}${counts.checked === 1 ? '' : 's'} checked: ${parts.join(', ')}`;
}
function renderDecision(decision, style, ao = 'ao') {
    const change = decision.change;
    const mark = decision.outcome === 'uncovered'
        ? style.bad(MARK.uncovered)
        : decision.outcome === 'covered'
            ? style.ok(MARK.covered)
            : style.dim(MARK[decision.outcome]);
    const title = clean(change.subjectLine ? `${change.label}  ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(change.subjectLine, 50)}` : change.label);
    const lines = [`  ${mark} ${style.bold(title)}`, `      ${decision.outcome}: ${clean(decision.reason)}`];
    if (decision.fix)
        lines.push(`      fix: ${clean((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runnable */ .as)((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .fixText */ .Xc)(decision.fix), ao))}`);
    return lines;
}
function renderProblem(problem, style, ao = 'ao') {
    return [`  ${style.bad('✘')} ${clean(problem.message)}`, `      fix: ${clean((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runnable */ .as)(problem.fix, ao))}`];
}
function renderReport(report, style, ao = 'ao') {
    const lines = [];
    const { counts } = report;
    const verdict = report.ok ? style.ok('ok') : style.bad('FAILED');
    lines.push(`ao verify ${clean(report.scope.label)}: ${verdict}: ${countsText(counts, report.scope.kind === 'staged' ? 'change' : 'commit')}`);
    lines.push(style.dim(`  policy: ${clean(report.policy.source)}${report.policy.why ? ` (${clean(report.policy.why)})` : ''}${report.policy.mode ? ` (mode ${report.policy.mode})` : ''}`));
    lines.push(style.dim(`  ledger: ${report.ledger.source}, ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(report.ledger.baseRecords + report.ledger.newRecords, 'record')} (${report.ledger.newRecords} new, fully checked)`));
    for (const note of report.notes)
        lines.push(style.dim(`  note: ${clean(note)}`));
    if (report.rangeDecision && report.rangeDecision.outcome !== 'covered') {
        lines.push(style.dim(`  range mode: the combined change is not covered (${clean(report.rangeDecision.reason)}); checking each commit`));
        if (report.rangeDecision.fix)
            lines.push(style.dim(`      or cover it at once: ${clean((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runnable */ .as)((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .fixText */ .Xc)(report.rangeDecision.fix), ao))}`));
    }
    for (const decision of report.decisions)
        lines.push(...renderDecision(decision, style, ao));
    if (report.coverAll) {
        lines.push(`  ${style.bold(`one command covers all ${report.counts.uncovered} uncovered commits`)} (a range verdict names each commit's own digest):`);
        lines.push(`      ${clean((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runnable */ .as)(report.coverAll, ao))}`);
    }
    if (report.ledger.problems.length > 0) {
        lines.push(style.bad(`  ledger problems (${report.ledger.problems.length}):`));
        for (const problem of report.ledger.problems)
            lines.push(...renderProblem(problem, style, ao));
    }
    return lines.join('\n');
}
/** The stable `--json` form of a verification report (documented in docs/spec.md). */
function reportJson(report) {
    return {
        ok: report.ok,
        scope: report.scope,
        policy: {
            source: report.policy.source,
            enforced: report.policy.enforced,
            mode: report.policy.mode ?? null,
            enforcement: report.policy.enforcement,
            why: report.policy.why ?? null,
        },
        ledger: report.ledger,
        range: report.rangeDecision ? decisionJson(report.rangeDecision) : null,
        changes: report.decisions.map(decisionJson),
        counts: report.counts,
        coverAll: report.coverAll ?? null,
        notes: report.notes,
    };
}
function decisionJson(decision) {
    const { change } = decision;
    return {
        kind: change.kind,
        label: change.label,
        commit: change.commit ?? null,
        subject: change.subjectLine ?? null,
        author: change.authorEmail ?? null,
        digest: change.manifest.digest,
        paths: change.manifest.entries.length,
        outcome: decision.outcome,
        reason: decision.reason,
        failedRule: decision.failedRule ?? null,
        policyRule: decision.policyRule ?? null,
        constraint: decision.constraint ?? null,
        learning: decision.learning ?? null,
        record: decision.record
            ? { id: decision.record.id, verdict: decision.record.verdict, checker: decision.record.checker }
            : null,
        fix: (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .fixText */ .Xc)(decision.fix) ?? null,
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
