export const id = 431;
export const ids = [431];
export const modules = {

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

/***/ 9672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ prepareConstraints)
/* harmony export */ });
/* harmony import */ var _core_constraints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8555);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7989);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4414);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2721);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4130);





/**
 * Gathers what deciding under the policy's constraints needs, in batched git calls, and
 * hangs it on the changes: the lines they add under forbidPattern constraints, and what the
 * ratchet refuses in the changes that touch the policy file (docs/ratchet.md#retire).
 * Returns the lookup of the learnings the constraints came from, so refusals can quote them.
 * Reads only the records it needs, by id in two batches, never the whole ledger.
 */
async function prepareConstraints(git, policy, ledger, changes, head) {
    const constraints = policy.constraints ?? [];
    const learningIds = new Set(constraints.map((c) => c.learning));
    await attachAddedLines(git, policy, changes, head);
    const touchingPolicy = changes.filter(({ change }) => change.manifest.entries.some((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$));
    const sides = touchingPolicy.length > 0
        ? await policySides(git, touchingPolicy.map((c) => c.change))
        : new Map();
    // The records each policy change adds itself: a range's are those of the commits in it.
    const addedIds = new Map();
    const everyAdded = changes
        .filter(({ change }) => change.kind !== 'range')
        .flatMap(({ ledgerEntries }) => addedRecordIds(ledgerEntries));
    for (const { change, ledgerEntries } of touchingPolicy)
        addedIds.set(change, change.kind === 'range' ? everyAdded : addedRecordIds(ledgerEntries));
    const linked = new Set(learningIds);
    for (const [b, a] of sides.values())
        for (const c of [...sideConstraints(b), ...sideConstraints(a)])
            linked.add(c.learning);
    for (const ids of addedIds.values())
        for (const id of ids)
            linked.add(id);
    const records = linked.size > 0 ? await ledger.recordsById([...linked]) : new Map();
    // Second batch: what the added retirements link to (their learning and promotion).
    const links = [...addedIds.values()]
        .flat()
        .map((id) => records.get(id))
        .flatMap((r) => (r?.type === 'retirement' ? [r.learning, ...(r.promotion ? [r.promotion] : [])] : []));
    const missing = [...new Set(links)].filter((id) => !records.has(id));
    if (missing.length > 0)
        for (const [id, record] of await ledger.recordsById(missing))
            records.set(id, record);
    const lookup = (id) => {
        const record = records.get(id);
        return record?.type === 'learning' ? record : undefined;
    };
    for (const [change, [b, a]] of sides) {
        const retirements = (addedIds.get(change) ?? [])
            .map((id) => records.get(id))
            .filter((r) => r?.type === 'retirement');
        const slips = (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .findRatchetSlips */ .gA)(sideConstraints(b), a, {
            retirements,
            record: (id) => records.get(id),
            learnings: lookup,
        });
        if (slips.length > 0)
            change.ratchetSlips = slips;
    }
    return lookup;
}
function sideConstraints(side) {
    return 'constraints' in side ? side.constraints : [];
}
/** The ids of the records a change adds, from their file names (the ledger checks that each names its record). */
function addedRecordIds(entries) {
    return entries.filter((e) => e.status === 'A').flatMap((e) => (0,_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecordPath */ .OT)((0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .pathText */ .LF)(e.path))?.id ?? []);
}
/**
 * Fills `addedLines` for every change touching a forbidPattern constraint's paths: one
 * diff-tree for all commits. The lines are read whatever the change's attributes or bytes
 * say (`Git.addedLinesBatch`); a patch above the bound leaves them unread, which refuses.
 */
async function attachAddedLines(git, policy, changes, head) {
    const forbidding = (policy.constraints ?? []).filter((c) => 'forbidPattern' in c);
    if (forbidding.length === 0)
        return;
    const matches = (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .globMatcher */ .fU)(forbidding.flatMap((c) => c.paths));
    const tooLarge = `it adds more than ${_core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCANNED_ADDED_LINES */ .h9.toLocaleString('en-US')} lines or ${_core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCANNED_PATCH_BYTES */ .tR / (1024 * 1024)} MiB of patch to those paths, the most that is read`;
    const batch = [];
    for (const { change, patchItem } of changes) {
        const paths = (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .manifestPaths */ .Ud)(change.manifest).filter(matches);
        if (paths.length === 0) {
            change.addedLines = [];
            continue;
        }
        if (patchItem)
            batch.push({ change, item: patchItem, paths });
        else {
            change.addedLines = await git.stagedAddedLines(head ?? git.emptyTree, paths, PATCH_BOUNDS);
            if (!change.addedLines)
                change.addedLinesUnreadable = tooLarge;
        }
    }
    if (batch.length === 0)
        return;
    const allPaths = [...new Set(batch.flatMap((b) => b.paths))].sort();
    const lines = await git.addedLinesBatch([...new Set(batch.map((b) => b.item))], allPaths, PATCH_BOUNDS);
    for (const { change, item, paths } of batch) {
        const read = lines.get(item);
        if (!read) {
            change.addedLinesUnreadable = tooLarge;
            continue;
        }
        const wanted = new Set(paths);
        change.addedLines = read.filter((line) => wanted.has(line.path));
    }
}
const PATCH_BOUNDS = { maxBytes: _core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCANNED_PATCH_BYTES */ .tR, maxLines: _core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCANNED_ADDED_LINES */ .h9 };
/** The policy before and after each change that touches the policy file, from the blob ids in its manifest. */
async function policySides(git, changes) {
    const zero = /^0+$/;
    const pairs = changes.map((change) => {
        const entry = change.manifest.entries.find((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$);
        return {
            change,
            oldId: zero.test(entry.oldId) ? undefined : entry.oldId,
            newId: zero.test(entry.newId) ? undefined : entry.newId,
        };
    });
    // Bounded: the policy a change carries is the change's to make as large as it likes.
    const blobs = await git.readObjectsBounded([...new Set(pairs.flatMap((p) => [p.oldId, p.newId]).filter((id) => !!id))], _core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_POLICY_BYTES */ .mk);
    const side = (id, where) => {
        if (!id)
            return { missing: true };
        const object = blobs.get(id);
        const bytes = object?.bytes;
        if (!bytes)
            return {
                invalid: object
                    ? `it is ${object.size} bytes; the limit is ${_core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_POLICY_BYTES */ .mk}`
                    : 'its content could not be read',
            };
        try {
            return { constraints: (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePolicy */ .ON)(bytes, where).constraints ?? [] };
        }
        catch (error) {
            return { invalid: error.message };
        }
    };
    const sides = new Map();
    for (const { change, oldId, newId } of pairs)
        sides.set(change, [side(oldId, `before ${change.label}`), side(newId, change.label)]);
    return sides;
}


/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ policyAt),
/* harmony export */   MX: () => (/* binding */ verify),
/* harmony export */   O9: () => (/* binding */ worktreePolicy),
/* harmony export */   P8: () => (/* binding */ uncommittedCover),
/* harmony export */   vc: () => (/* binding */ countDecisions),
/* harmony export */   x8: () => (/* binding */ observedFailure),
/* harmony export */   yr: () => (/* binding */ signatureCheckFor)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7989);
/* harmony import */ var _present_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1805);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2558);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4414);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2721);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4296);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4130);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2757);
/* harmony import */ var _constraints_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9672);
/* harmony import */ var _ledger_view_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3263);












/**
 * Observe mode (rollout): what would fail is reported and the check passes. Only coverage is
 * observed: a broken or tampered ledger, or an invalid policy left behind, fails in every mode.
 */
function observedFailure(report, enforcement = report.policy.enforcement) {
    return !report.ok && enforcement === 'observe' && report.ledger.problems.length === 0;
}
async function policyAt(git, rev) {
    if (!rev)
        return { source: 'none (no base commit)' };
    const key = `${rev}:${_core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .POLICY_PATH */ .l$}`;
    const checkersKey = `${rev}:${_core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .CHECKERS_PATH */ .Pn}`;
    const objects = await git.readObjects([key, checkersKey]);
    const bytes = objects.get(key);
    if (!bytes)
        return { source: `none at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(rev)}`, rev };
    return {
        policy: (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePolicy */ .ON)(bytes, `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(rev)}`),
        source: `${_core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .POLICY_PATH */ .l$} at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(rev)}`,
        rev,
        checkers: objects.get(checkersKey),
    };
}
/** The working tree's policy file (what `ao learn`, `ao context` and `ao report` read); undefined when there is none. */
function worktreePolicy(git) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .POLICY_PATH */ .l$);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return undefined;
    const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
    return { bytes, policy: (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePolicy */ .ON)(bytes, 'the working tree') };
}
/**
 * The signature rule a loaded policy imposes: undefined unless it sets `requireSignature`;
 * then verdicts count only when signed by a key that `.agents/checkers` at the policy's own
 * commit trusts for their checker (never the change under test's copy, so a change cannot
 * trust its own key). Throws AoError when that file is missing or invalid.
 */
async function signatureCheckFor(loaded) {
    if (!loaded.policy?.requireSignature || !loaded.rev)
        return undefined;
    // The signature code loads only when a policy asks for signatures.
    const { makeSignatureCheck, parseCheckers } = await __webpack_require__.e(/* import() */ 796).then(__webpack_require__.bind(__webpack_require__, 2796));
    return makeSignatureCheck(parseCheckers(loaded.checkers, loaded.rev));
}
async function verify(git, scope, options = {}) {
    const notes = [];
    const resolved = scope.kind === 'staged' ? await resolveStaged(git, scope, options) : await resolveCommits(git, scope, notes);
    const { base, head, label, changes } = resolved;
    const policyRev = options.policyRev ?? resolved.namedBase ?? base;
    const loaded = await (resolved.policyPromise ?? policyAt(git, policyRev));
    const { ledger, problems } = await ledgerProblems(git, scope, options, resolved);
    const policy = loaded.policy;
    const { decisions, rangeDecision } = policy
        ? await decideUnderPolicy(git, policy, { loaded, policyRev, options, scope, resolved, ledger, problems, notes })
        : { decisions: unenforced(loaded, changes, label, notes), rangeDecision: undefined };
    const counts = countDecisions(decisions);
    // One range verdict lists every commit's own digest, so it covers each of them in commit mode too.
    const verdictCurable = (d) => d.outcome === 'uncovered' && (d.failedRule === 'no-verdict' || d.failedRule === 'verdict-fail');
    const coverAll = policy &&
        scope.kind !== 'staged' &&
        scope.kind !== 'commit' &&
        base &&
        head &&
        counts.uncovered >= 2 &&
        decisions.filter(verdictCurable).length === counts.uncovered
        ? (0,_present_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .rangeFixCommand */ .eB)({ base, head }, policy, options.checkerHint)
        : undefined;
    return {
        ok: problems.length === 0 && counts.uncovered === 0,
        scope: { kind: scope.kind, label, base, head },
        policy: {
            source: loaded.source,
            why: options.policyWhy,
            enforced: !!policy,
            mode: policy?.mode,
            enforcement: policy?.enforcement ?? 'enforce',
            policy,
        },
        ledger: {
            source: ledger.describeSource,
            baseRecords: ledger.base.size,
            newRecords: ledger.newRecords.length,
            problems,
            genesis: ledger.genesisId,
        },
        rangeDecision,
        decisions,
        counts,
        coverAll,
        notes,
    };
}
/** The staged change: against HEAD, or against HEAD's parent when amending. */
async function resolveStaged(git, scope, options) {
    const [head, author] = await Promise.all([
        git.headCommit(),
        options.skipStagedAuthor ? undefined : git.authorEmail(),
    ]);
    let amending;
    let base = head;
    if (scope.amend) {
        if (!head)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AoError */ .V('there is no commit to amend yet', { fix: 'commit without --amend' });
        [amending] = await git.listCommits(['-n', '1', head]);
        base = amending?.parents[0];
    }
    const label = amending ? `staged change (amending ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(amending.sha)})` : 'staged change';
    // The policy read does not depend on the staged diff: start it alongside (the hook's hot path).
    const policyPromise = policyAt(git, options.policyRev ?? base);
    policyPromise.catch(() => undefined); // awaited by verify(); an invalid policy must surface there, not as an unhandled rejection
    const ledgerBase = _ledger_view_js__WEBPACK_IMPORTED_MODULE_11__/* .LedgerView */ .Bw.startBase(git, base);
    const changes = [await (0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .stagedChange */ .th)(git, head, author, amending)];
    return { base, head, label, changes, policyPromise, ledgerBase };
}
/** A commit, a range or a rev-list: its commits' changes, and (but for one commit) the combined change. */
async function resolveCommits(git, scope, notes) {
    let base;
    let head;
    let label;
    let commits;
    let namedBase;
    if (scope.kind === 'commit') {
        head = await git.resolveCommit(scope.rev, 'commit');
        commits = await git.listCommits(['-n', '1', head]);
        base = commits[0]?.parents[0];
        label = `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(head)}`;
    }
    else if (scope.kind === 'range') {
        const named = await git.resolveCommit(scope.base, 'range base');
        head = await git.resolveCommit(scope.head, 'range head');
        commits = await git.listCommits([`${named}..${head}`]);
        label = `${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(named)}..${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(head)}`;
        // A base branch that moved on since the fork: records it gained are not "deleted" by
        // the range. Judge the ledger and the combined change from the merge base; the
        // policy still comes from the base as named.
        base = (await git.isAncestor(named, head)) ? named : ((await git.mergeBase(named, head)) ?? named);
        if (base !== named) {
            namedBase = named;
            notes.push(`${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(named)} is not an ancestor of ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(head)}: the ledger and the combined change are judged from their merge base ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(base)}, the policy from ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(named)}`);
        }
    }
    else {
        head = await git.resolveCommit(scope.head, 'head');
        commits = await git.listCommits([head, '--not', ...scope.exclude]);
        base = boundaryOf(commits);
        label = scope.label;
    }
    const changes = await (0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .changesOfCommits */ .lv)(git, commits);
    const rangeChange = scope.kind !== 'commit' && base && commits.length > 0
        ? { kind: 'range', label, manifest: (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .buildManifest */ .u1)(await git.diffTrees(base, head)), range: { base, head } }
        : undefined;
    return { base, head, label, changes, rangeChange, namedBase };
}
/**
 * The ledger the scope is judged on and its problems: the view's, each record a change
 * deleted or modified (named by that change), and an invalid policy the change leaves behind.
 */
async function ledgerProblems(git, scope, options, resolved) {
    const { base, head, changes } = resolved;
    // The staged scope judges what the commit will hold: the index's ledger, from the staged
    // entries already read (no working-tree scan on the hook's hot path).
    // A range is judged on the ledger as committed in its head, as CI judges it (and in time
    // that grows with the change, not the ledger); one commit, on the working tree's.
    const defaultSource = scope.kind === 'staged'
        ? { kind: 'index', changes: changes[0]?.ledgerEntries }
        : scope.kind !== 'commit' && head
            ? { kind: 'commit', commit: head }
            : { kind: 'worktree' };
    const ledger = await _ledger_view_js__WEBPACK_IMPORTED_MODULE_11__/* .LedgerView */ .Bw.open(git, options.ledger ?? defaultSource, base, resolved.ledgerBase);
    const commitProblems = [];
    for (const { change, ledgerEntries } of changes) {
        for (const entry of ledgerEntries) {
            if (entry.status === 'A')
                continue;
            if (commitProblems.some((p) => p.path === (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .pathText */ .LF)(entry.path)))
                continue;
            commitProblems.push((0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .appendOnlyViolation */ .m$)(entry, { change }));
        }
    }
    // One problem per record: the commit that broke append-only says more than the ledger view.
    const brokenByCommit = new Set(commitProblems.map((p) => p.path));
    const problems = [
        ...ledger.problems.filter((p) => !(p.path && brokenByCommit.has(p.path) && (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .breaksAppendOnly */ .fy)(p))),
        ...commitProblems,
    ];
    // The staged change (the pre-commit hook's hot path) reads the index's policy only when it stages one.
    const headPolicy = scope.kind !== 'staged' || touchesPolicy(changes)
        ? await headPolicyProblem(git, scope.kind === 'staged' ? undefined : head, base)
        : undefined;
    if (headPolicy)
        problems.push(headPolicy);
    return { ledger, problems };
}
function touchesPolicy(changes) {
    return changes.some(({ change }) => change.manifest.entries.some((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .POLICY_PATH */ .l$));
}
/** No policy at the base: nothing is enforced, and the notes say why. */
function unenforced(loaded, changes, label, notes) {
    notes.push(touchesPolicy(changes)
        ? `no policy at the base (${loaded.source}): this change sets agentops/verdict up, so coverage is not enforced yet`
        : `no policy at the base (${loaded.source}): these commits come from before agentops/verdict was set up here, so nothing is enforced on them and no verdict counts for them; to audit them under a policy: ao verify --range ${label.includes('..') ? label : 'A..B'} --policy REV`);
    return changes.map(({ change }) => ({
        change,
        outcome: 'exempt',
        reason: `no policy at ${loaded.rev ? (0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(loaded.rev) : 'the base'}: not enforced`,
    }));
}
/**
 * Each change decided under the policy (`decideChange`), with the records that decide its
 * digest, the signature rule and the constraints; in range mode the combined change first,
 * whose cover covers every commit that changes something.
 */
async function decideUnderPolicy(git, policy, args) {
    const { loaded, options, ledger, problems, notes } = args;
    const { base, head, changes, rangeChange } = args.resolved;
    const digests = changes.map(({ change }) => change.manifest.digest);
    // The combined change decides only in range mode: in commit mode its digest is never looked up.
    if (rangeChange && policy.mode === 'range')
        digests.push(rangeChange.manifest.digest);
    const latest = await ledger.latestFor([...new Set(digests)]);
    // A base record that cannot be read back, unless already reported as changed by the change.
    problems.push(...ledger.baseProblems.filter((p) => !problems.some((q) => q.path === p.path)));
    const signatureCheck = options.signatureCheck
        ? await options.signatureCheck(policy, git, args.policyRev)
        : await signatureCheckFor(loaded);
    if (signatureCheck && !options.signatureCheck)
        notes.push(`the policy requires signed verdicts: keys trusted by ${_core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .CHECKERS_PATH */ .Pn} at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(loaded.rev)}`);
    // Constraints: added lines for forbidPattern, the ratchet on policy edits, the learnings to quote.
    const withRange = rangeChange && head && base
        ? [...changes, { change: rangeChange, ledgerEntries: [], patchItem: `${head} ${base}` }]
        : changes;
    const learnings = await (0,_constraints_js__WEBPACK_IMPORTED_MODULE_10__/* .prepareConstraints */ .W)(git, policy, ledger, withRange, args.scope.kind === 'staged' ? base : undefined);
    const decide = (change) => (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .decideChange */ .hk)(change, {
        policy,
        lookup: (digest) => latest.get(digest),
        signatureCheck,
        checkerHint: options.checkerHint,
        learnings,
        authenticatedActor: options.authenticatedActor,
    });
    const rangeDecision = policy.mode === 'range' && rangeChange ? decide(rangeChange) : undefined;
    const decisions = changes.map(({ change }) => {
        if (rangeDecision?.outcome === 'covered' && change.manifest.entries.length > 0) {
            return {
                change,
                outcome: 'covered',
                record: rangeDecision.record,
                reason: `covered by range ${rangeDecision.reason}`,
            };
        }
        return decide(change);
    });
    return { decisions, rangeDecision };
}
/**
 * The policy the change leaves behind (at its head, or in the index for the staged change)
 * must be valid: the change is judged by the base's policy, but once it lands, every later
 * verification reads this one, so a broken or unknown-field policy is refused now.
 */
async function headPolicyProblem(git, head, base) {
    if (head !== undefined && head === base)
        return undefined;
    const name = head === undefined ? `:${_core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .POLICY_PATH */ .l$}` : `${head}:${_core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .POLICY_PATH */ .l$}`;
    const where = head === undefined ? 'the index' : `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_9__/* .shortSha */ .Fu)(head)}`;
    const object = (await git.readObjectsBounded([name], _core_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .mk)).get(name);
    if (!object)
        return undefined;
    let reason;
    if (object.type !== 'blob')
        reason = `${_core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .POLICY_PATH */ .l$} at ${where} is not a file`;
    else if (!object.bytes)
        reason = `${_core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .POLICY_PATH */ .l$} at ${where} is ${object.size} bytes; the limit is ${_core_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_POLICY_BYTES */ .mk}`;
    else {
        try {
            (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePolicy */ .ON)(object.bytes, where);
        }
        catch (error) {
            if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AoError */ .V))
                throw error;
            reason = error.message;
        }
    }
    if (!reason)
        return undefined;
    return {
        code: 'invalid-policy',
        message: `the change leaves an invalid policy: ${reason} (it would stop every later verification)`,
        path: _core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .POLICY_PATH */ .l$,
        fix: `fix ${_core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .POLICY_PATH */ .l$} (format: docs/spec.md#policy and schemas/policy.v1.schema.json) and amend the change`,
    };
}
/** The commit a rev-list range grows from: the first parent of its oldest commit that lies outside it. */
function boundaryOf(commits) {
    const inRange = new Set(commits.map((c) => c.sha));
    for (const commit of commits) {
        const outside = commit.parents.find((p) => !inRange.has(p));
        if (outside)
            return outside;
    }
    return undefined;
}
/**
 * Changes `atTip` (a report on the ledger as committed) leaves without a verdict that the
 * working tree's ledger covers: a verdict recorded and never committed. Said outright, since
 * a fresh clone will not have it. Reads the working tree, so it is asked only after a failure.
 */
async function uncommittedCover(git, scope, options, atTip) {
    const uncovered = atTip.decisions.filter((d) => d.outcome === 'uncovered' && d.failedRule === 'no-verdict');
    if (uncovered.length === 0)
        return [];
    let inWorktree;
    try {
        inWorktree = await verify(git, scope, { ...options, ledger: { kind: 'worktree' } });
    }
    catch {
        return [];
    }
    const found = [];
    for (const decision of uncovered) {
        const there = inWorktree.decisions.find((d) => d.change.label === decision.change.label && d.change.manifest.digest === decision.change.manifest.digest);
        if (there?.outcome === 'covered' && there.record)
            found.push({
                label: decision.change.label,
                record: (0,_core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .shortId */ .m_)(there.record.id),
                path: (0,_core_record_js__WEBPACK_IMPORTED_MODULE_8__/* .recordPath */ .lX)(there.record.seq, there.record.id),
            });
    }
    return found;
}
/** How many decisions have each outcome: the counts every report carries. */
function countDecisions(decisions) {
    const count = (outcome) => decisions.filter((d) => d.outcome === outcome).length;
    return {
        checked: decisions.length,
        covered: count('covered'),
        uncovered: count('uncovered'),
        exempt: count('exempt'),
        empty: count('empty'),
    };
}


/***/ })

};
