export const id = 331;
export const ids = [331];
export const modules = {

/***/ 7155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ AMEND_OPTION),
/* harmony export */   gy: () => (/* binding */ SCOPE_OPTIONS),
/* harmony export */   nN: () => (/* binding */ oneScope),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);


/** util.parseArgs with usage errors turned into exit-2 AoErrors that point at `--help`; `tokens` keep the options' order. */
function parse(command, args, options, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals, strict: true, tokens: true });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${command}: ${error.message.replace(/\. To specify a positional.*$/s, '')}`, { fix: `see \`ao ${command} --help\`` });
    }
}
/** At most one of the scope flags; returns which. */
function oneScope(command, values) {
    const given = ['staged', 'commit', 'range'].filter((key) => values[key] !== undefined && values[key] !== false);
    if (given.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${command}: --${given.join(' and --')} cannot be combined`, { fix: `pick one of --staged, --commit REV, --range A..B` });
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


/***/ }),

/***/ 1331:
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
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(8763);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6752);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9844);
/* harmony import */ var _repo_changes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(767);
/* harmony import */ var _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(415);
/* harmony import */ var _repo_constraints_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6702);
/* harmony import */ var _repo_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8377);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7403);
/* harmony import */ var _core_constraints_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4165);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7155);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(399);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1037);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1631);















async function everyRecord(git) {
    const view = await _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__/* .LedgerView */ .Bw.open(git, { kind: 'worktree' }, undefined);
    return (await view.allRecords()).sort(_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRecords */ .aB);
}
function recordLine(record) {
    return (0,_output_js__WEBPACK_IMPORTED_MODULE_13__/* .clean */ .uH)(rawRecordLine(record));
}
function rawRecordLine(record) {
    const when = record.createdAt.slice(0, 16).replace('T', ' ');
    const start = `${String(record.seq).padStart(5)}  ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(record.id)}  ${when}`;
    switch (record.type) {
        case 'genesis':
            return `${start}  genesis`;
        case 'learning':
            return `${start}  learning${record.negative ? ' (avoid)' : ''}  "${(0,_output_js__WEBPACK_IMPORTED_MODULE_13__/* .truncate */ .xv)(record.text.split('\n')[0], 60)}"  on ${record.paths.join(', ')}${record.tags.length ? `  [${record.tags.join(', ')}]` : ''}  by ${record.author.id}`;
        case 'promotion':
            return `${start}  promotion  ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(record.learning)} -> constraint "${record.constraint.id}" (${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_9__/* .describeRule */ .IO)(record.constraint)})  by ${record.author.id}`;
        case 'retirement':
            return `${start}  retirement  constraint "${record.constraint}": ${(0,_output_js__WEBPACK_IMPORTED_MODULE_13__/* .truncate */ .xv)(record.why.split('\n')[0], 60)}  by ${record.author.id}`;
        case 'verdict':
            break;
    }
    const scope = record.subject.kind === 'commit' ? `commit ${(0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(record.subject.commit)}` : record.subject.kind === 'range' ? `range ${(0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(record.subject.base)}..${(0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(record.subject.head)}` : 'staged';
    return `${String(record.seq).padStart(5)}  ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(record.id)}  ${when}  ${record.verdict.padEnd(4)}  ${scope}  by ${record.checker.id} (${record.checker.kind}) for ${record.worker.id}${record.summary ? `  ${(0,_output_js__WEBPACK_IMPORTED_MODULE_13__/* .truncate */ .xv)(record.summary.split('\n')[0], 60)}` : ''}`;
}
async function cmdLog(cli, args) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('log', args, { n: { type: 'string', short: 'n' }, json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_12__/* .HELP */ ._.log), 0;
    const limit = values.n === undefined ? Infinity : Number(values.n);
    if (values.n !== undefined && (!Number.isInteger(limit) || limit < 0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`-n takes a whole number, not ${JSON.stringify(values.n)}`, { fix: 'ao log -n 20' });
    const records = (await everyRecord(await (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .openRepo */ .B)(cli))).reverse().slice(0, limit);
    cli.out(values.json ? JSON.stringify(records, null, 2) : records.map(recordLine).join('\n'));
    return 0;
}
async function cmdShow(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('show', args, { json: { type: 'boolean' } });
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_12__/* .HELP */ ._.show), 0;
    const [prefix] = positionals;
    if (!prefix || positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS('ao show needs one record id prefix', { fix: 'ao show sha256:1a2b3c (see `ao log` for ids)' });
    const wanted = prefix.startsWith('sha256:') ? prefix : `sha256:${prefix}`;
    if (!/^sha256:[0-9a-f]{4,64}$/.test(wanted))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`${JSON.stringify(prefix)} is not a record id prefix (at least 4 hex digits)`, { fix: 'copy an id from `ao log`' });
    const matches = (await everyRecord(await (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .openRepo */ .B)(cli))).filter((r) => r.id.startsWith(wanted));
    if (matches.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`no record id starts with ${wanted}`, { fix: 'list ids with `ao log`' });
    if (matches.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`${wanted} is ambiguous: ${matches.map((r) => (0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(r.id)).join(', ')}`, { fix: 'give more digits' });
    const record = matches[0];
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else {
        const lines = [recordLine(record), `  prev: ${record.prev.map(_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_).join(', ') || '(none)'}`];
        if (record.type === 'verdict') {
            lines.push(`  subject: ${record.subject.kind} ${record.subject.digest}, ${record.subject.entries.length} paths`);
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
        cli.out(lines.map(_output_js__WEBPACK_IMPORTED_MODULE_13__/* .clean */ .uH).join('\n'));
    }
    return 0;
}
async function cmdSearch(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('search', args, { json: { type: 'boolean' } });
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_12__/* .HELP */ ._.search), 0;
    const text = positionals.join(' ').toLowerCase();
    if (!text)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS('ao search needs some text', { fix: 'ao search "flaky test"' });
    const hits = (await everyRecord(await (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .openRepo */ .B)(cli))).filter((r) => JSON.stringify(r).toLowerCase().includes(text)).reverse();
    cli.out(values.json ? JSON.stringify(hits, null, 2) : hits.map(recordLine).join('\n'));
    return hits.length > 0 ? 0 : 1;
}
async function cmdLookup(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('lookup', args, { json: { type: 'boolean' } });
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_12__/* .HELP */ ._.lookup), 0;
    const [target] = positionals;
    if (!target || positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS('ao lookup needs a commit or a path', { fix: 'ao lookup HEAD, or ao lookup src/index.ts' });
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .openRepo */ .B)(cli);
    const records = await everyRecord(git);
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
        cli.out([(0,_output_js__WEBPACK_IMPORTED_MODULE_13__/* .clean */ .uH)(heading), ...(hits.length ? hits.map(recordLine) : ['  (no verdicts)'])].join('\n'));
    return 0;
}
async function cmdStatus(cli, args) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('status', args, { json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_12__/* .HELP */ ._.status), 0;
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
        ? (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_8__/* .decideChange */ .hk)(change, { policy: loaded.policy, lookup: (d) => latest.get(d), checkerHint: cli.env.AO_CHECKER, signatureCheck, learnings })
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
            fix: decision?.fix ?? null,
            earlierVerdict: earlier ? { id: earlier.id, digest: earlier.subject.digest, changedSince: since.map((c) => ({ path: c.path, change: c.change })) } : null,
        }, null, 2));
        return 0;
    }
    const style = (0,_output_js__WEBPACK_IMPORTED_MODULE_13__/* .styleFor */ .j9)(process.stdout);
    const lines = [`staged change: ${change.manifest.entries.length} path${change.manifest.entries.length === 1 ? '' : 's'}, digest ${change.manifest.digest}`];
    if (!decision)
        lines.push(`  policy: ${loaded.source} (not enforced yet)`);
    else {
        const mark = decision.outcome === 'covered' ? style.ok('covered') : decision.outcome === 'uncovered' ? style.bad('NOT covered') : decision.outcome;
        lines.push(`  ${mark}: ${decision.reason}`);
        if (decision.fix)
            lines.push(`  fix: ${decision.fix}`);
    }
    if (earlier && decision?.outcome !== 'covered') {
        lines.push('', `verdict ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(earlier.id)} by ${earlier.checker.id} covers an earlier version (digest ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(earlier.subject.digest)}); since then:`);
        const blobs = await git.readObjects([...new Set(since.flatMap((c) => [c.before?.newId, c.after?.newId]).filter((id) => !!id && !/^0+$/.test(id)))]);
        for (const change of since) {
            const oldText = change.before && !/^0+$/.test(change.before.newId) ? blobs.get(change.before.newId)?.toString('utf8') ?? '' : '';
            const newText = change.after && !/^0+$/.test(change.after.newId) ? blobs.get(change.after.newId)?.toString('utf8') ?? '' : '';
            lines.push(`  ${change.change === 'added' ? 'now also staged' : change.change === 'removed' ? 'no longer staged' : 'changed'}: ${change.path}`);
            if (change.change === 'changed')
                lines.push((0,diff__WEBPACK_IMPORTED_MODULE_14__/* .createTwoFilesPatch */ .ss)(`a/${change.path} (verdict)`, `b/${change.path} (staged)`, oldText, newText, '', '', { context: 2 }).trimEnd());
        }
    }
    cli.out(lines.join('\n'));
    return decision?.outcome === 'uncovered' ? 1 : 0;
}


/***/ }),

/***/ 1631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uH: () => (/* binding */ clean),
  WN: () => (/* binding */ countsText),
  yM: () => (/* binding */ renderProblem),
  B1: () => (/* binding */ renderReport),
  l4: () => (/* binding */ reportJson),
  CU: () => (/* binding */ runnableAo),
  j9: () => (/* binding */ styleFor),
  W_: () => (/* binding */ sumCounts),
  xv: () => (/* binding */ truncate)
});

// UNUSED EXPORTS: decisionJson, renderDecision

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/present/commands.ts
/**
 * Commands printed for the user to run, as they run in that project: `ao …` where `ao` is on
 * the user's PATH, `npx ao …` where only the project's node_modules has it. Shared by the
 * CLI's reports and the action's summary.
 */
function runnable(text, ao) {
    return ao === 'ao' ? text : text.replace(/(^|[\s`'"(])ao (?=[a-z])/g, `$1${ao} `);
}

;// CONCATENATED MODULE: ./src/cli/output.ts



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
const MARK = { covered: '✔', uncovered: '✘', exempt: '–', empty: '·' };
/** How `ao` is run in this repository, for the commands a report prints. */
function runnableAo(cli, top) {
    const local = (0,external_node_path_.join)(top, 'node_modules', '.bin');
    // husky and npx put the project's node_modules/.bin on a hook's PATH; the user's shell has only the rest.
    for (const dir of (cli.env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (!dir || (0,external_node_path_.resolve)(dir) === local)
            continue;
        try {
            (0,external_node_fs_.accessSync)((0,external_node_path_.join)(dir, 'ao'), external_node_fs_.constants.X_OK);
            return 'ao';
        }
        catch {
            // not here
        }
    }
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(local, 'ao')) ? 'npx ao' : 'ao';
}
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
    const mark = decision.outcome === 'uncovered' ? style.bad(MARK.uncovered) : decision.outcome === 'covered' ? style.ok(MARK.covered) : style.dim(MARK[decision.outcome]);
    const title = clean(change.subjectLine ? `${change.label}  ${truncate(change.subjectLine, 50)}` : change.label);
    const lines = [`  ${mark} ${style.bold(title)}`, `      ${decision.outcome}: ${clean(decision.reason)}`];
    if (decision.fix)
        lines.push(`      fix: ${clean(runnable(decision.fix, ao))}`);
    return lines;
}
function renderProblem(problem, style, ao = 'ao') {
    return [`  ${style.bad('✘')} ${clean(problem.message)}`, `      fix: ${clean(runnable(problem.fix, ao))}`];
}
function renderReport(report, style, ao = 'ao') {
    const lines = [];
    const { counts } = report;
    const verdict = report.ok ? style.ok('ok') : style.bad('FAILED');
    lines.push(`ao verify ${clean(report.scope.label)}: ${verdict}: ${countsText(counts, report.scope.kind === 'staged' ? 'change' : 'commit')}`);
    lines.push(style.dim(`  policy: ${clean(report.policy.source)}${report.policy.why ? ` (${clean(report.policy.why)})` : ''}${report.policy.mode ? ` (mode ${report.policy.mode})` : ''}`));
    lines.push(style.dim(`  ledger: ${report.ledger.source}, ${report.ledger.baseRecords + report.ledger.newRecords} records (${report.ledger.newRecords} new, fully checked)`));
    for (const note of report.notes)
        lines.push(style.dim(`  note: ${clean(note)}`));
    if (report.rangeDecision && report.rangeDecision.outcome !== 'covered') {
        lines.push(style.dim(`  range mode: the combined change is not covered (${clean(report.rangeDecision.reason)}); checking each commit`));
        if (report.rangeDecision.fix)
            lines.push(style.dim(`      or cover it at once: ${clean(runnable(report.rangeDecision.fix, ao))}`));
    }
    for (const decision of report.decisions)
        lines.push(...renderDecision(decision, style, ao));
    if (report.coverAll) {
        lines.push(`  ${style.bold(`one command covers all ${report.counts.uncovered} uncovered commits`)} (a range verdict names each commit's own digest):`);
        lines.push(`      ${clean(runnable(report.coverAll, ao))}`);
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
        policy: { source: report.policy.source, enforced: report.policy.enforced, mode: report.policy.mode ?? null, why: report.policy.why ?? null },
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
        record: decision.record ? { id: decision.record.id, verdict: decision.record.verdict, checker: decision.record.checker } : null,
        fix: decision.fix ?? null,
    };
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ prepareConstraints)
/* harmony export */ });
/* harmony import */ var _core_constraints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4165);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7403);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6752);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6452);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3579);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9844);






/**
 * Gathers what deciding under the policy's constraints needs, in batched git calls, and
 * hangs it on the changes: the lines they add under forbidPattern constraints, and the
 * constraints they drop from the policy without a retirement record. Returns the lookup of
 * the learnings the constraints came from, so refusals can quote them. Costs nothing when
 * the policy has no constraints and no change touches the policy file.
 */
async function prepareConstraints(git, policy, ledger, changes, head) {
    const constraints = policy.constraints ?? [];
    const learningIds = new Set(constraints.map((c) => c.learning));
    await attachAddedLines(git, policy, changes, head);
    const touchingPolicy = changes.filter(({ change }) => change.manifest.entries.some((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_PATH */ .l$));
    const sides = touchingPolicy.length > 0 ? await policySides(git, touchingPolicy.map((c) => c.change)) : new Map();
    const before = [...sides.values()].flatMap(([b]) => ('constraints' in b ? b.constraints : []));
    for (const c of before)
        learningIds.add(c.learning);
    const learnings = learningIds.size > 0 ? await ledger.recordsById([...learningIds]) : new Map();
    const lookup = (id) => {
        const record = learnings.get(id);
        return record?.type === 'learning' ? record : undefined;
    };
    if (before.length > 0) {
        // Only a change that drops a constraint pays for reading the whole ledger.
        const isRetired = (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .retirementIndex */ .gK)(await ledger.allRecords(), _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRecords */ .aB);
        for (const [change, [b, a]] of sides) {
            const slips = (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .findRatchetSlips */ .gA)('constraints' in b ? b.constraints : [], a, isRetired, lookup);
            if (slips.length > 0)
                change.ratchetSlips = slips;
        }
    }
    return lookup;
}
/** Fills `addedLines` for every change touching a forbidPattern constraint's paths: one diff-tree for all commits. */
async function attachAddedLines(git, policy, changes, head) {
    const forbidding = (policy.constraints ?? []).filter((c) => 'forbidPattern' in c);
    if (forbidding.length === 0)
        return;
    const matches = (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .globMatcher */ .fU)(forbidding.flatMap((c) => c.paths));
    const batch = [];
    for (const { change, patchItem } of changes) {
        const paths = (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .manifestPaths */ .Ud)(change.manifest).filter(matches);
        if (paths.length === 0) {
            change.addedLines = [];
            continue;
        }
        if (patchItem)
            batch.push({ change, item: patchItem, paths });
        else
            change.addedLines = await git.stagedAddedLines(head ?? git.emptyTree, paths);
    }
    if (batch.length === 0)
        return;
    const allPaths = [...new Set(batch.flatMap((b) => b.paths))].sort();
    const lines = await git.addedLinesBatch([...new Set(batch.map((b) => b.item))], allPaths);
    for (const { change, item, paths } of batch) {
        const wanted = new Set(paths);
        change.addedLines = (lines.get(item) ?? []).filter((line) => wanted.has(line.path));
    }
}
/** The policy before and after each change that touches the policy file, from the blob ids in its manifest. */
async function policySides(git, changes) {
    const zero = /^0+$/;
    const pairs = changes.map((change) => {
        const entry = change.manifest.entries.find((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_PATH */ .l$);
        return { change, oldId: zero.test(entry.oldId) ? undefined : entry.oldId, newId: zero.test(entry.newId) ? undefined : entry.newId };
    });
    // Bounded: the policy a change carries is the change's to make as large as it likes.
    const blobs = await git.readObjectsBounded([...new Set(pairs.flatMap((p) => [p.oldId, p.newId]).filter((id) => !!id))], _core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_POLICY_BYTES */ .mk);
    const side = (id, where) => {
        if (!id)
            return { missing: true };
        const object = blobs.get(id);
        const bytes = object?.bytes;
        if (!bytes)
            return { invalid: object ? `it is ${object.size} bytes; the limit is ${_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_POLICY_BYTES */ .mk}` : 'its content could not be read' };
        try {
            return { constraints: (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicy */ .ON)(bytes, where).constraints ?? [] };
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

/***/ 8377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ policyAt),
/* harmony export */   MX: () => (/* binding */ verify),
/* harmony export */   yr: () => (/* binding */ signatureCheckFor)
/* harmony export */ });
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7403);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1603);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3579);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9844);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(767);
/* harmony import */ var _constraints_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6702);
/* harmony import */ var _ledger_view_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(415);









async function policyAt(git, rev) {
    if (!rev)
        return { source: 'none (no base commit)' };
    const key = `${rev}:${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$}`;
    const checkersKey = `${rev}:${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn}`;
    const objects = await git.readObjects([key, checkersKey]);
    const bytes = objects.get(key);
    if (!bytes)
        return { source: `none at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(rev)}`, rev };
    return { policy: (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePolicy */ .ON)(bytes, `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(rev)}`), source: `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$} at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(rev)}`, rev, checkers: objects.get(checkersKey) };
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
    const { makeSignatureCheck, parseCheckers } = await __webpack_require__.e(/* import() */ 882).then(__webpack_require__.bind(__webpack_require__, 7882));
    return makeSignatureCheck(parseCheckers(loaded.checkers, loaded.rev));
}
async function verify(git, scope, options = {}) {
    const notes = [];
    let base;
    let head;
    let label;
    let changes;
    let rangeChange;
    let namedBase;
    let policyPromise;
    if (scope.kind === 'staged') {
        const [headCommit, author] = await Promise.all([git.headCommit(), options.skipStagedAuthor ? undefined : git.authorEmail()]);
        head = headCommit;
        let amending;
        if (scope.amend) {
            if (!headCommit)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('there is no commit to amend yet', { fix: 'commit without --amend' });
            [amending] = await git.listCommits(['-n', '1', headCommit]);
            base = amending?.parents[0];
        }
        else
            base = head;
        label = amending ? `staged change (amending ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(amending.sha)})` : 'staged change';
        // The policy read does not depend on the staged diff: start it alongside (the hook's hot path).
        policyPromise = policyAt(git, options.policyRev ?? base);
        policyPromise.catch(() => undefined); // awaited below; an invalid policy must surface there, not as an unhandled rejection
        changes = [await (0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .stagedChange */ .th)(git, head, author, amending)];
    }
    else {
        let commits;
        if (scope.kind === 'commit') {
            const commit = await git.resolveCommit(scope.rev, 'commit');
            commits = await git.listCommits(['-n', '1', commit]);
            base = commits[0]?.parents[0];
            head = commit;
            label = `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(commit)}`;
        }
        else if (scope.kind === 'range') {
            const named = await git.resolveCommit(scope.base, 'range base');
            head = await git.resolveCommit(scope.head, 'range head');
            commits = await git.listCommits([`${named}..${head}`]);
            label = `${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(named)}..${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(head)}`;
            // A base branch that moved on since the fork: records it gained are not "deleted" by
            // the range. Judge the ledger and the combined change from the merge base; the
            // policy still comes from the base as named.
            base = (await git.isAncestor(named, head)) ? named : ((await git.mergeBase(named, head)) ?? named);
            if (base !== named) {
                namedBase = named;
                notes.push(`${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(named)} is not an ancestor of ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(head)}: the ledger and the combined change are judged from their merge base ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(base)}, the policy from ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(named)}`);
            }
        }
        else {
            head = await git.resolveCommit(scope.head, 'head');
            commits = await git.listCommits([head, '--not', ...scope.exclude]);
            base = boundaryOf(commits);
            label = scope.label;
        }
        changes = await (0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .changesOfCommits */ .lv)(git, commits);
        if (scope.kind !== 'commit' && base && head && commits.length > 0) {
            rangeChange = {
                kind: 'range',
                label,
                manifest: (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .buildManifest */ .u1)(await git.diffTrees(base, head)),
                range: { base, head },
            };
        }
    }
    const policyRev = options.policyRev ?? namedBase ?? base;
    const loaded = await (policyPromise ?? policyAt(git, policyRev));
    // The staged scope judges what the commit will hold: the index's ledger, from the staged
    // entries already read (no working-tree scan on the hook's hot path).
    const defaultSource = scope.kind === 'staged' ? { kind: 'index', changes: changes[0]?.ledgerEntries } : { kind: 'worktree' };
    const ledger = await _ledger_view_js__WEBPACK_IMPORTED_MODULE_7__/* .LedgerView */ .Bw.open(git, options.ledger ?? defaultSource, base);
    const commitProblems = [];
    for (const { change, ledgerEntries } of changes) {
        for (const entry of ledgerEntries) {
            if (entry.status === 'A')
                continue;
            const path = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .pathText */ .LF)(entry.path);
            if (commitProblems.some((p) => p.path === path))
                continue;
            commitProblems.push({
                code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
                message: `${change.kind === 'staged' ? 'the staged change' : `commit ${change.label} (${change.subjectLine ?? ''})`} ${entry.status === 'D' ? 'deletes' : 'modifies'} ledger record ${path}: the ledger is append-only`,
                path,
                fix: change.kind === 'staged' ? `restore it with \`git restore --staged --worktree -- ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_8__/* .shellQuote */ .Z)(path)}\`` : `drop that change from commit ${change.label} (\`git rebase -i\`), keeping the record as it was`,
            });
        }
    }
    // One problem per record: the commit that broke append-only says more than the ledger view.
    const brokenByCommit = new Set(commitProblems.map((p) => p.path));
    const problems = [
        ...ledger.problems.filter((p) => !(p.path && brokenByCommit.has(p.path) && (p.code === 'record-modified' || p.code === 'record-deleted'))),
        ...commitProblems,
    ];
    // The staged change (the pre-commit hook's hot path) reads the index's policy only when it stages one.
    const stagesPolicy = scope.kind === 'staged' && changes.some(({ change }) => change.manifest.entries.some((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$));
    const headPolicy = scope.kind !== 'staged' || stagesPolicy ? await headPolicyProblem(git, scope.kind === 'staged' ? undefined : head, base) : undefined;
    if (headPolicy)
        problems.push(headPolicy);
    let decisions;
    let rangeDecision;
    const policy = loaded.policy;
    if (!policy) {
        const setsUp = changes.some(({ change }) => change.manifest.entries.some((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$));
        notes.push(setsUp
            ? `no policy at the base (${loaded.source}): this change sets agentops/verdict up, so coverage is not enforced yet`
            : `no policy at the base (${loaded.source}): these commits come from before agentops/verdict was set up here, so nothing is enforced on them and no verdict counts for them; to audit them under a policy: ao verify --range ${label.includes('..') ? label : 'A..B'} --policy REV`);
        decisions = changes.map(({ change }) => ({ change, outcome: 'exempt', reason: `no policy at ${loaded.rev ? (0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(loaded.rev) : 'the base'}: not enforced` }));
    }
    else {
        const digests = changes.map(({ change }) => change.manifest.digest);
        // The combined change decides only in range mode: in commit mode its digest is never looked up.
        if (rangeChange && policy.mode === 'range')
            digests.push(rangeChange.manifest.digest);
        const latest = await ledger.latestFor([...new Set(digests)]);
        // A base record that cannot be read back, unless already reported as changed by the change.
        problems.push(...ledger.baseProblems.filter((p) => !problems.some((q) => q.path === p.path)));
        const signatureCheck = options.signatureCheck ? await options.signatureCheck(policy, git, policyRev) : await signatureCheckFor(loaded);
        if (signatureCheck && !options.signatureCheck)
            notes.push(`the policy requires signed verdicts: keys trusted by ${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn} at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(loaded.rev)}`);
        // Constraints: added lines for forbidPattern, the ratchet on policy edits, the learnings to quote.
        const withRange = rangeChange && head && base ? [...changes, { change: rangeChange, ledgerEntries: [], patchItem: `${head} ${base}` }] : changes;
        const learnings = await (0,_constraints_js__WEBPACK_IMPORTED_MODULE_6__/* .prepareConstraints */ .W)(git, policy, ledger, withRange, scope.kind === 'staged' ? base : undefined);
        const decide = (change) => (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .decideChange */ .hk)(change, { policy, lookup: (digest) => latest.get(digest), signatureCheck, checkerHint: options.checkerHint, learnings });
        if (policy.mode === 'range' && rangeChange)
            rangeDecision = decide(rangeChange);
        decisions = changes.map(({ change }) => {
            if (rangeDecision?.outcome === 'covered' && change.manifest.entries.length > 0) {
                return { change, outcome: 'covered', record: rangeDecision.record, reason: `covered by range ${rangeDecision.reason}` };
            }
            return decide(change);
        });
    }
    const count = (outcome) => decisions.filter((d) => d.outcome === outcome).length;
    const counts = { checked: decisions.length, covered: count('covered'), uncovered: count('uncovered'), exempt: count('exempt'), empty: count('empty') };
    // One range verdict lists every commit's own digest, so it covers each of them in commit mode too.
    const verdictCurable = (d) => d.outcome === 'uncovered' && (d.failedRule === 'no-verdict' || d.failedRule === 'verdict-fail');
    const coverAll = policy && scope.kind !== 'staged' && scope.kind !== 'commit' && base && head && counts.uncovered >= 2 && decisions.filter(verdictCurable).length === counts.uncovered
        ? (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .rangeFixCommand */ .eB)({ base, head }, policy, options.checkerHint)
        : undefined;
    return {
        ok: problems.length === 0 && counts.uncovered === 0,
        scope: { kind: scope.kind, label, base, head },
        policy: { source: loaded.source, why: options.policyWhy, enforced: !!policy, mode: policy?.mode, policy },
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
/**
 * The policy the change leaves behind (at its head, or in the index for the staged change)
 * must be valid: the change is judged by the base's policy, but once it lands, every later
 * verification reads this one, so a broken or unknown-field policy is refused now.
 */
async function headPolicyProblem(git, head, base) {
    if (head !== undefined && head === base)
        return undefined;
    const name = head === undefined ? `:${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$}` : `${head}:${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$}`;
    const where = head === undefined ? 'the index' : `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(head)}`;
    const object = (await git.readObjectsBounded([name], _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_BYTES */ .mk)).get(name);
    if (!object)
        return undefined;
    let reason;
    if (object.type !== 'blob')
        reason = `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$} at ${where} is not a file`;
    else if (!object.bytes)
        reason = `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$} at ${where} is ${object.size} bytes; the limit is ${_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_BYTES */ .mk}`;
    else {
        try {
            (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePolicy */ .ON)(object.bytes, where);
        }
        catch (error) {
            if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS))
                throw error;
            reason = error.message;
        }
    }
    if (!reason)
        return undefined;
    return {
        code: 'invalid-policy',
        message: `the change leaves an invalid policy: ${reason} (it would stop every later verification)`,
        path: _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$,
        fix: `fix ${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$} (format: docs/spec.md#policy and schemas/policy.v1.schema.json) and amend the change`,
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


/***/ })

};
