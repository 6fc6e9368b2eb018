export const id = 605;
export const ids = [605];
export const modules = {

/***/ 7605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdLog: () => (/* binding */ cmdLog),
/* harmony export */   cmdLookup: () => (/* binding */ cmdLookup),
/* harmony export */   cmdSearch: () => (/* binding */ cmdSearch),
/* harmony export */   cmdShow: () => (/* binding */ cmdShow),
/* harmony export */   cmdStatus: () => (/* binding */ cmdStatus),
/* harmony export */   recordLine: () => (/* binding */ recordLine)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(7291);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(7522);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4414);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2558);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4130);
/* harmony import */ var _repo_changes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2757);
/* harmony import */ var _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3263);
/* harmony import */ var _repo_constraints_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9672);
/* harmony import */ var _repo_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2431);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7989);
/* harmony import */ var _core_constraints_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8555);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5377);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5217);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7911);
/* harmony import */ var _present_commands_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1805);
/* harmony import */ var _present_output_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(2726);


















function recordLine(record) {
    return (0,_present_output_js__WEBPACK_IMPORTED_MODULE_14__/* .clean */ .uH)(rawRecordLine(record));
}
function rawRecordLine(record) {
    const when = record.createdAt.slice(0, 16).replace('T', ' ');
    const start = `${String(record.seq).padStart(5)}  ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(record.id)}  ${when}`;
    switch (record.type) {
        case 'genesis':
            return `${start}  genesis`;
        case 'learning':
            return `${start}  learning${record.negative ? ' (avoid)' : ''}  "${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_15__/* .clip */ .$Q)(record.text.split('\n')[0], 60)}"  on ${record.paths.join(', ')}${record.tags.length ? `  [${record.tags.join(', ')}]` : ''}  by ${record.author.id}`;
        case 'promotion':
            return `${start}  promotion  ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(record.learning)} -> constraint "${record.constraint.id}" (${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_9__/* .describeRule */ .IO)(record.constraint)})  by ${record.author.id}`;
        case 'retirement':
            return `${start}  retirement  constraint "${record.constraint}": ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_15__/* .clip */ .$Q)(record.why.split('\n')[0], 60)}  by ${record.author.id}`;
        case 'verdict':
            break;
    }
    const scope = record.subject.kind === 'commit'
        ? `commit ${(0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(record.subject.commit)}`
        : record.subject.kind === 'range'
            ? `range ${(0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(record.subject.base)}..${(0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(record.subject.head)}`
            : 'staged';
    return `${String(record.seq).padStart(5)}  ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(record.id)}  ${when}  ${record.verdict.padEnd(4)}  ${scope}  by ${record.checker.id} (${record.checker.kind}) for ${record.worker.id}${record.summary ? `  ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_15__/* .clip */ .$Q)(record.summary.split('\n')[0], 60)}` : ''}`;
}
async function cmdLog(cli, args) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('log', args, { n: { type: 'string', short: 'n' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_12__/* .HELP */ ._.log), 0);
    const limit = values.n === undefined ? Infinity : Number(values.n);
    if (values.n !== undefined && (!Number.isInteger(limit) || limit < 0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`-n takes a whole number, not ${JSON.stringify(values.n)}`, { fix: 'ao log -n 20' });
    const records = (await (0,_repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__/* .readAllRecords */ .SH)(await (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .openRepo */ .B)(cli))).reverse().slice(0, limit);
    cli.out(values.json ? JSON.stringify(records, null, 2) : records.map(recordLine).join('\n'));
    return 0;
}
async function cmdShow(cli, args) {
    const { values, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('show', args, { json: { type: 'boolean' } });
    if (values.help)
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_12__/* .HELP */ ._.show), 0);
    const [prefix] = positionals;
    if (!prefix || positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V('ao show needs one record id prefix', { fix: 'ao show sha256:1a2b3c (see `ao log` for ids)' });
    const wanted = prefix.startsWith('sha256:') ? prefix : `sha256:${prefix}`;
    if (!/^sha256:[0-9a-f]{4,64}$/.test(wanted))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`${JSON.stringify(prefix)} is not a record id prefix (at least 4 hex digits)`, {
            fix: 'copy an id from `ao log`',
        });
    const matches = (await (0,_repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__/* .readAllRecords */ .SH)(await (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .openRepo */ .B)(cli))).filter((r) => r.id.startsWith(wanted));
    if (matches.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`no record id starts with ${wanted}`, { fix: 'list ids with `ao log`' });
    if (matches.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`${wanted} is ambiguous: ${matches.map((r) => (0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(r.id)).join(', ')}`, {
            fix: 'give more digits',
        });
    const record = matches[0];
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else {
        const lines = [recordLine(record), `  prev: ${record.prev.map(_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_).join(', ') || '(none)'}`];
        if (record.type === 'verdict') {
            lines.push(`  subject: ${record.subject.kind} ${record.subject.digest}, ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_15__/* .plural */ .LS)(record.subject.entries.length, 'path')}`);
            for (const entry of record.subject.entries.slice(0, 50))
                lines.push(`    ${entry.status} ${entry.path ?? `(base64) ${entry.pathBase64}`}`);
            if (record.subject.entries.length > 50)
                lines.push(`    … and ${record.subject.entries.length - 50} more`);
            for (const evidence of record.evidence)
                lines.push(`  evidence ${evidence.kind}: ${evidence.kind === 'link' ? evidence.url : evidence.text}`);
            if (record.summary)
                lines.push(`  summary: ${record.summary}`);
            if (record.signature)
                lines.push(`  signed (${record.signature.format})`);
        }
        else if (record.type === 'learning') {
            lines.push(`  text: ${record.text}`, `  paths: ${record.paths.join(', ')}`);
            if (record.tags.length)
                lines.push(`  tags: ${record.tags.join(', ')}`);
            if (record.negative)
                lines.push('  negative: a lesson about what not to do');
            if (record.from)
                lines.push(`  from verdict: ${record.from}`);
            lines.push(`  recorded by: ${record.author.id} (${record.author.kind})`);
        }
        else if (record.type === 'promotion') {
            lines.push(`  learning: ${record.learning}`, `  constraint: ${JSON.stringify(record.constraint)}`, `  promoted by: ${record.author.id} (${record.author.kind})`);
        }
        else if (record.type === 'retirement') {
            lines.push(`  constraint: ${record.constraint}`, `  learning: ${record.learning}`);
            if (record.promotion)
                lines.push(`  retires promotion: ${record.promotion}`);
            lines.push(`  why: ${record.why}`, `  retired by: ${record.author.id} (${record.author.kind})`);
        }
        cli.out(lines.map(_present_output_js__WEBPACK_IMPORTED_MODULE_14__/* .clean */ .uH).join('\n'));
    }
    return 0;
}
async function cmdSearch(cli, args) {
    const { values, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('search', args, { json: { type: 'boolean' } });
    if (values.help)
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_12__/* .HELP */ ._.search), 0);
    const given = positionals.join(' ');
    const text = given.toLowerCase();
    if (!text)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V('ao search needs some text', { fix: 'ao search "flaky test"' });
    const hits = (await (0,_repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__/* .readAllRecords */ .SH)(await (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .openRepo */ .B)(cli)))
        .filter((r) => JSON.stringify(r).toLowerCase().includes(text))
        .reverse();
    if (values.json)
        cli.out(JSON.stringify(hits, null, 2));
    // No match prints no line on stdout (a script counting lines counts none); the reason goes to stderr.
    else if (hits.length === 0)
        cli.err(`ao search: no record contains ${(0,_present_output_js__WEBPACK_IMPORTED_MODULE_14__/* .clean */ .uH)(JSON.stringify(given))}`);
    else
        cli.out(hits.map(recordLine).join('\n'));
    return hits.length > 0 ? 0 : 1;
}
async function cmdLookup(cli, args) {
    const { values, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('lookup', args, { json: { type: 'boolean' } });
    if (values.help)
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_12__/* .HELP */ ._.lookup), 0);
    const [target] = positionals;
    if (!target || positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V('ao lookup needs a commit or a path', { fix: 'ao lookup HEAD, or ao lookup src/index.ts' });
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .openRepo */ .B)(cli);
    const records = await (0,_repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__/* .readAllRecords */ .SH)(git);
    const [commit] = await git.resolveCommits([target]);
    let hits;
    let heading;
    if (commit) {
        const [info] = await git.listCommits(['-n', '1', commit]);
        const { change } = (await (0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .changesOfCommits */ .lv)(git, [info]))[0];
        const digest = change.manifest.digest;
        hits = records.filter((r) => r.type === 'verdict' && (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .digestsNamedBy */ .mJ)(r).includes(digest));
        heading = `commit ${(0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(commit)} ${info?.subject ?? ''}: digest ${digest}${change.manifest.entries.length === 0 ? ' (changes nothing outside the ledger)' : ''}`;
    }
    else {
        const path = target.replace(/^\.\//, '');
        hits = records.filter((r) => r.type === 'verdict' && r.subject.entries.some((e) => e.path === path || e.path?.startsWith(`${path}/`)));
        heading = `verdicts touching ${path}`;
    }
    if (values.json)
        cli.out(JSON.stringify({ heading, records: hits }, null, 2));
    else
        cli.out([(0,_present_output_js__WEBPACK_IMPORTED_MODULE_14__/* .clean */ .uH)(heading), ...(hits.length ? hits.map(recordLine) : ['  (no verdicts)'])].join('\n'));
    return 0;
}
async function cmdStatus(cli, args) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('status', args, { json: { type: 'boolean' } }, false);
    if (values.help)
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_12__/* .HELP */ ._.status), 0);
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .openRepo */ .B)(cli);
    const head = await git.headCommit();
    const staged = await (0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .stagedChange */ .th)(git, head, await git.authorEmail());
    const { change } = staged;
    const loaded = await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .policyAt */ .E4)(git, head);
    const view = await _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__/* .LedgerView */ .Bw.open(git, { kind: 'worktree' }, head);
    const latest = await view.latestFor([change.manifest.digest]);
    const learnings = loaded.policy ? await (0,_repo_constraints_js__WEBPACK_IMPORTED_MODULE_6__/* .prepareConstraints */ .W)(git, loaded.policy, view, [staged], head) : undefined;
    const signatureCheck = await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .signatureCheckFor */ .yr)(loaded);
    const decision = loaded.policy
        ? (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_8__/* .decideChange */ .hk)(change, {
            policy: loaded.policy,
            lookup: (d) => latest.get(d),
            checkerHint: cli.env.AO_CHECKER,
            signatureCheck,
            learnings,
        })
        : undefined;
    // The newest verdict on an earlier version of the staged change: a new staged-kind record.
    const earlier = view.newRecords
        .filter((r) => r.type === 'verdict' && r.subject.kind === 'staged' && r.subject.digest !== change.manifest.digest)
        .sort(_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRecords */ .aB)
        .at(-1);
    const since = earlier ? (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .compareManifests */ .kK)(earlier.subject.entries, change.manifest.entries.map(_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .entryToJson */ .o3)) : [];
    if (values.json) {
        cli.out(JSON.stringify({
            digest: change.manifest.digest,
            paths: change.manifest.entries.length,
            outcome: decision?.outcome ?? 'not-enforced',
            reason: decision?.reason ?? loaded.source,
            fix: (0,_present_commands_js__WEBPACK_IMPORTED_MODULE_13__/* .fixText */ .Xc)(decision?.fix) ?? null,
            earlierVerdict: earlier
                ? {
                    id: earlier.id,
                    digest: earlier.subject.digest,
                    changedSince: since.map((c) => ({ path: c.path, change: c.change })),
                }
                : null,
        }, null, 2));
        return 0;
    }
    const style = (0,_present_output_js__WEBPACK_IMPORTED_MODULE_14__/* .styleFor */ .j9)(process.stdout);
    const lines = [
        `staged change: ${change.manifest.entries.length} path${change.manifest.entries.length === 1 ? '' : 's'}, digest ${change.manifest.digest}`,
    ];
    if (!decision)
        lines.push(`  policy: ${loaded.source} (not enforced yet)`);
    else {
        const mark = decision.outcome === 'covered'
            ? style.ok('covered')
            : decision.outcome === 'uncovered'
                ? style.bad('NOT covered')
                : decision.outcome;
        lines.push(`  ${mark}: ${decision.reason}`);
        if (decision.fix)
            lines.push(`  fix: ${(0,_present_commands_js__WEBPACK_IMPORTED_MODULE_13__/* .fixText */ .Xc)(decision.fix)}`);
    }
    if (earlier && decision?.outcome !== 'covered') {
        lines.push('', `verdict ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(earlier.id)} by ${earlier.checker.id} covers an earlier version (digest ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(earlier.subject.digest)}); since then:`);
        const blobs = await git.readObjects([
            ...new Set(since.flatMap((c) => [c.before?.newId, c.after?.newId]).filter((id) => !!id && !/^0+$/.test(id))),
        ]);
        for (const change of since) {
            const oldText = change.before && !/^0+$/.test(change.before.newId)
                ? (blobs.get(change.before.newId)?.toString('utf8') ?? '')
                : '';
            const newText = change.after && !/^0+$/.test(change.after.newId) ? (blobs.get(change.after.newId)?.toString('utf8') ?? '') : '';
            lines.push(`  ${change.change === 'added' ? 'now also staged' : change.change === 'removed' ? 'no longer staged' : 'changed'}: ${change.path}`);
            if (change.change === 'changed')
                lines.push((0,diff__WEBPACK_IMPORTED_MODULE_16__/* .createTwoFilesPatch */ .ss)(`a/${change.path} (verdict)`, `b/${change.path} (staged)`, oldText, newText, '', '', {
                    context: 2,
                }).trimEnd());
        }
    }
    cli.out(lines.join('\n'));
    return decision?.outcome === 'uncovered' ? 1 : 0;
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
