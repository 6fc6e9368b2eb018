export const id = 869;
export const ids = [869];
export const modules = {

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


/***/ }),

/***/ 9381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ appendRecord),
/* harmony export */   Ng: () => (/* binding */ recordHeader),
/* harmony export */   Qo: () => (/* binding */ refuseUnsafeLedgerRoot),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   gb: () => (/* binding */ refuseLinkedEntry),
/* harmony export */   h$: () => (/* binding */ lexists),
/* harmony export */   pT: () => (/* binding */ withLedgerLock),
/* harmony export */   w0: () => (/* binding */ appendVerdict)
/* harmony export */ });
/* unused harmony export readTip */
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6673);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2558);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4130);
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4561);
/* harmony import */ var _ledger_view_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3263);










const LOCK_NAME = 'agentops-ledger.lock';
const LOCK_WAIT_MS = 10_000;
/**
 * Where the next record attaches: the working tree's heads. Reads every record's `prev`
 * (a plain JSON parse: integrity is `ao ledger verify`'s job, not the writer's), each file
 * under the record size bound and never through a symlink.
 */
function readTip(top) {
    refuseUnsafeLedgerRoot(top);
    const paths = (0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .listWorktreeLedger */ .fV)(top);
    const nodes = [];
    let genesisId;
    for (const path of paths) {
        const file = (0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .readWorktreeFile */ .id)(top, path);
        refuseLinkedEntry(file);
        const parts = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRecordPath */ .OT)(path);
        if (!parts)
            continue;
        if (parts.seq === 0)
            genesisId ??= parts.id;
        let prev = [];
        try {
            if (file.kind === 'file' && file.bytes) {
                const value = JSON.parse(Buffer.from(file.bytes).toString('utf8'));
                if (Array.isArray(value?.prev))
                    prev = value.prev.filter((p) => typeof p === 'string');
            }
        }
        catch {
            // A broken record is reported by `ao ledger verify`; the writer attaches around it.
        }
        nodes.push({ id: parts.id, prev, seq: parts.seq });
    }
    if (!genesisId) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V('this repository has no verdict ledger yet (.agents/ledger/ has no genesis record)', {
            fix: 'run `ao init` and commit the .agents/ directory',
        });
    }
    const heads = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_5__/* .computeHeads */ .VG)(nodes);
    const seqOf = new Map(nodes.map((n) => [n.id, n.seq]));
    const nextSeq = 1 + Math.max(...heads.map((h) => seqOf.get(h) ?? 0));
    return { genesisId, heads, nextSeq };
}
/** Refuses a symlink found in the ledger (a record or a bucket folder): never read or written through. */
function refuseLinkedEntry(file) {
    if (file.kind !== 'symlink')
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V(`${file.path} is a symbolic link: ao reads and writes the ledger only inside the repository, never through a link`, {
        fix: `remove the link (\`git rm ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(file.path)}\` if it was committed) and restore what it replaced with \`git checkout HEAD -- .agents/ledger\``,
    });
}
/** Refuses to read or write the ledger when `.agents` or `.agents/ledger` is a symlink or a file. */
function refuseUnsafeLedgerRoot(top) {
    const broken = (0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .ledgerRootEntry */ .AP)(top);
    if (broken) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V(`${broken.path} is ${broken.kind === 'symlink' ? 'a symbolic link' : 'not a directory'}: ao reads and writes the ledger only inside the repository, never through a link`, {
            fix: `replace it with a real directory: \`git rm --cached ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(broken.path)}\`, move it away, and restore the ledger with \`git checkout HEAD -- .agents\``,
        });
    }
}
function parseLock(text) {
    const [pid, since = '?', host = ''] = text.trim().split(' ');
    return pid && /^[1-9][0-9]*$/.test(pid) ? { pid: Number(pid), since, host } : undefined;
}
/** True when the lock names a process on this machine that no longer exists. */
function holderIsGone(owner) {
    if (!owner || owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() || owner.pid === process.pid)
        return false;
    try {
        process.kill(owner.pid, 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
/**
 * Removes a lock left by a process that died holding it (killed, or the machine crashed
 * before it could clean up), only if the file still holds exactly what was seen: the lock
 * is moved aside first, and put back if another process took it in the meantime.
 */
function breakStaleLock(lock, seen) {
    const aside = `${lock}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(6).toString('hex')}.stale`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(lock, aside);
    }
    catch {
        return;
    }
    let moved = '';
    try {
        moved = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(aside, 'utf8');
    }
    catch {
        // unreadable: treat as someone else's
    }
    if (moved !== seen) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(aside, lock);
        }
        catch {
            // A third process took the free slot; the one we moved keeps working either way.
        }
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(aside, { force: true });
}
/** Holds the ledger lock while `work` runs, so concurrent writers queue instead of forking. */
async function withLedgerLock(git, work) {
    const lock = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.gitDir, LOCK_NAME);
    const mine = `${process.pid} ${new Date().toISOString()} ${(0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)()} ${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(8).toString('hex')}\n`;
    const started = Date.now();
    let delay = 10;
    for (;;) {
        try {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(lock, 'wx');
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, mine);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V(`cannot create the ledger lock ${lock}: ${error.message}`);
            let seen = '';
            try {
                seen = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(lock, 'utf8');
            }
            catch {
                continue; // released while we looked
            }
            const owner = parseLock(seen);
            // A writer killed between creating the lock and writing its pid leaves it empty; a live
            // one fills it within microseconds, so an unreadable lock older than that is stale.
            if (holderIsGone(owner) || (!owner && lockAgeMs(lock) > EMPTY_LOCK_GRACE_MS)) {
                breakStaleLock(lock, seen);
                continue;
            }
            if (Date.now() - started > LOCK_WAIT_MS) {
                let age = '';
                try {
                    age = `, ${Math.round((Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(lock).mtimeMs) / 1000)}s ago`;
                }
                catch {
                    // The holder released it while we looked.
                }
                const holder = owner
                    ? ` (held by process ${owner.pid}${owner.host && owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() ? ` on ${owner.host}` : ''} since ${owner.since}${age})`
                    : '';
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V(`the ledger is locked by another ao process${holder}; waited ${Math.round(LOCK_WAIT_MS / 1000)}s`, {
                    where: lock,
                    fix: `wait for it to finish; if no ao process is running, remove the stale lock with \`rm ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(lock)}\``,
                });
            }
            await new Promise((resolve) => setTimeout(resolve, delay));
            delay = Math.min(delay * 2, 200);
        }
    }
    try {
        removeOrphans(git);
        return await work();
    }
    finally {
        // Release only our own lock: never one a waiter took over after judging ours stale.
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(lock, 'utf8') === mine)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true });
        }
        catch {
            // already gone
        }
    }
}
const EMPTY_LOCK_GRACE_MS = 2_000;
function lockAgeMs(lock) {
    try {
        return Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(lock).mtimeMs;
    }
    catch {
        return 0;
    }
}
const TMP_DIR = 'agentops-tmp';
const TMP_SUFFIX = '.ao-tmp';
/** Exactly the names writeFileAtomic gives its temp files (in .git/, or hidden next to the target). */
const TMP_NAME = /^\.?[0-9a-f]{16}\.ao-tmp$/;
/**
 * Temp files left by a writer killed before its rename. Only called under the lock, when
 * no other writer can have one in flight, so every temp file found is an orphan.
 */
function removeOrphans(git) {
    const dirs = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.gitDir, TMP_DIR)];
    if (!(0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .ledgerRootEntry */ .AP)(git.topLevel)) {
        try {
            for (const bucket of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .LEDGER_DIR */ .EN), { withFileTypes: true }))
                if (bucket.isDirectory())
                    dirs.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .LEDGER_DIR */ .EN, bucket.name));
        }
        catch {
            // no ledger yet
        }
    }
    for (const dir of dirs) {
        let names;
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
        }
        catch {
            continue;
        }
        for (const name of names)
            if (TMP_NAME.test(name))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), { force: true });
    }
}
/**
 * Writes bytes so that a crash at any point leaves the whole file or nothing: a temp file in
 * `.git/` (so a crash leaves nothing under `.agents/`), fsynced, renamed into place, and the
 * folder fsynced. Refuses to write through a symlinked folder, which could lead out of the
 * repository. When `.git` is on another file system than the working tree (rename cannot
 * cross), the temp file goes next to the target under a name no verifier accepts as a
 * record, and the next writer removes it if a crash left it behind.
 */
function writeFileAtomic(git, target, content) {
    refuseLinkedFolders(git.topLevel, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target));
    const tmpDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.gitDir, TMP_DIR);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(tmpDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    const name = `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(8).toString('hex')}${TMP_SUFFIX}`;
    let tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmpDir, name);
    writeSynced(tmp, content);
    try {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
        }
        catch (error) {
            if (error.code !== 'EXDEV')
                throw error;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(tmp);
            tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${name}`);
            writeSynced(tmp, content);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
        }
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V(`cannot move the new record into ${target}: ${error.message}`, {
            fix: 'check that the repository is writable, then run the command again',
        });
    }
    try {
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), 'r');
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(dir);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(dir);
        }
    }
    catch {
        // Some file systems cannot fsync a directory; the rename itself is still atomic.
    }
}
function writeSynced(path, content) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'wx', 0o644);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, content);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Every existing folder from `top` down to `dir` must be a real directory, not a symlink. */
function refuseLinkedFolders(top, dir) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, dir);
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V(`refusing to write outside the repository: ${dir}`);
    let current = top;
    for (const part of rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean)) {
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, part);
        let stat;
        try {
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(current);
        }
        catch {
            return; // the rest is created as real directories
        }
        if (!stat.isDirectory()) {
            const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, current);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V(`${shown} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}: ao writes records only inside the repository, never through a link`, {
                fix: `replace ${shown} with a real directory (\`git checkout HEAD -- ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(shown)}\` restores the committed one), then run the command again`,
            });
        }
    }
}
/** The fields every record after genesis starts with, chained onto `tip`: the one place they are filled. */
function recordHeader(type, tip, now = new Date()) {
    // The schema stays its literal type (an object literal would widen it to string).
    return {
        schema: _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .RECORD_SCHEMA */ .ep,
        type,
        seq: tip.nextSeq,
        prev: tip.heads,
        createdAt: now.toISOString(),
        ledger: tip.genesisId,
    };
}
/** Appends a verdict on top of the current heads: the one way `ao verdict` and `ao check` write. */
function appendVerdict(git, body, options = {}) {
    return appendRecord(git, (tip) => ({ ...recordHeader('verdict', tip), ...body }), options);
}
/** Appends one record on top of the current heads, atomically and under the ledger lock. */
async function appendRecord(git, makeBody, options = {}) {
    return withLedgerLock(git, async () => {
        const tip = readTip(git.topLevel);
        let record = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .sealRecord */ .xe)(makeBody(tip));
        if (options.sign)
            record = { ...record, signature: await options.sign(record.id) };
        // Never write a record that a verifier would refuse.
        const problems = (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_7__/* .validateRecordShape */ .R$)(record);
        if (problems.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V(`refusing to write an invalid record: ${(0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_7__/* .formatSchemaProblems */ .xe)(problems)}`, {
                fix: 'shorten or correct the values given on the command line',
            });
        const size = Buffer.byteLength((0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .renderRecord */ .sF)(record));
        if (size > _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_RECORD_BYTES */ .xR)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .V(`the record would be ${size} bytes; the limit is ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_RECORD_BYTES */ .xR}`, {
                fix: 'split the change into smaller commits, or exempt generated paths in .agents/policy.json',
            });
        const path = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .recordPath */ .lX)(record.seq, record.id);
        writeFileAtomic(git, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.topLevel, path), (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .renderRecord */ .sF)(record));
        if (options.stage)
            await git.stage([path]);
        return { record, path };
    });
}
/** Like existsSync, but true for a symlink whatever it points at (a dangling one included). */
function lexists(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
