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
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(8763);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6752);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9844);
/* harmony import */ var _repo_changes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(767);
/* harmony import */ var _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5435);
/* harmony import */ var _repo_constraints_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6702);
/* harmony import */ var _repo_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8377);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7403);
/* harmony import */ var _core_constraints_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4165);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7155);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(399);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1037);
/* harmony import */ var _present_commands_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7987);
/* harmony import */ var _present_output_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7920);
















async function everyRecord(git) {
    const view = await _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_5__/* .LedgerView */ .Bw.open(git, { kind: 'worktree' }, undefined);
    return (await view.allRecords()).sort(_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRecords */ .aB);
}
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
            return `${start}  learning${record.negative ? ' (avoid)' : ''}  "${(0,_present_output_js__WEBPACK_IMPORTED_MODULE_14__/* .truncate */ .xv)(record.text.split('\n')[0], 60)}"  on ${record.paths.join(', ')}${record.tags.length ? `  [${record.tags.join(', ')}]` : ''}  by ${record.author.id}`;
        case 'promotion':
            return `${start}  promotion  ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(record.learning)} -> constraint "${record.constraint.id}" (${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_9__/* .describeRule */ .IO)(record.constraint)})  by ${record.author.id}`;
        case 'retirement':
            return `${start}  retirement  constraint "${record.constraint}": ${(0,_present_output_js__WEBPACK_IMPORTED_MODULE_14__/* .truncate */ .xv)(record.why.split('\n')[0], 60)}  by ${record.author.id}`;
        case 'verdict':
            break;
    }
    const scope = record.subject.kind === 'commit' ? `commit ${(0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(record.subject.commit)}` : record.subject.kind === 'range' ? `range ${(0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(record.subject.base)}..${(0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .Fu)(record.subject.head)}` : 'staged';
    return `${String(record.seq).padStart(5)}  ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(record.id)}  ${when}  ${record.verdict.padEnd(4)}  ${scope}  by ${record.checker.id} (${record.checker.kind}) for ${record.worker.id}${record.summary ? `  ${(0,_present_output_js__WEBPACK_IMPORTED_MODULE_14__/* .truncate */ .xv)(record.summary.split('\n')[0], 60)}` : ''}`;
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
        cli.out(lines.map(_present_output_js__WEBPACK_IMPORTED_MODULE_14__/* .clean */ .uH).join('\n'));
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
        cli.out([(0,_present_output_js__WEBPACK_IMPORTED_MODULE_14__/* .clean */ .uH)(heading), ...(hits.length ? hits.map(recordLine) : ['  (no verdicts)'])].join('\n'));
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
    const decision = loaded.policy
        ? (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_8__/* .decideChange */ .hk)(change, { policy: loaded.policy, lookup: (d) => latest.get(d), checkerHint: cli.env.AO_CHECKER, signatureCheck: (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .signatureCheckFor */ .yr)(loaded), learnings })
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
            earlierVerdict: earlier ? { id: earlier.id, digest: earlier.subject.digest, changedSince: since.map((c) => ({ path: c.path, change: c.change })) } : null,
        }, null, 2));
        return 0;
    }
    const style = (0,_present_output_js__WEBPACK_IMPORTED_MODULE_14__/* .styleFor */ .j9)(process.stdout);
    const lines = [`staged change: ${change.manifest.entries.length} path${change.manifest.entries.length === 1 ? '' : 's'}, digest ${change.manifest.digest}`];
    if (!decision)
        lines.push(`  policy: ${loaded.source} (not enforced yet)`);
    else {
        const mark = decision.outcome === 'covered' ? style.ok('covered') : decision.outcome === 'uncovered' ? style.bad('NOT covered') : decision.outcome;
        lines.push(`  ${mark}: ${decision.reason}`);
        if (decision.fix)
            lines.push(`  fix: ${(0,_present_commands_js__WEBPACK_IMPORTED_MODULE_13__/* .fixText */ .Xc)(decision.fix)}`);
    }
    if (earlier && decision?.outcome !== 'covered') {
        lines.push('', `verdict ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(earlier.id)} by ${earlier.checker.id} covers an earlier version (digest ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_3__/* .shortId */ .m_)(earlier.subject.digest)}); since then:`);
        const blobs = await git.readObjects([...new Set(since.flatMap((c) => [c.before?.newId, c.after?.newId]).filter((id) => !!id && !/^0+$/.test(id)))]);
        for (const change of since) {
            const oldText = change.before && !/^0+$/.test(change.before.newId) ? blobs.get(change.before.newId)?.toString('utf8') ?? '' : '';
            const newText = change.after && !/^0+$/.test(change.after.newId) ? blobs.get(change.after.newId)?.toString('utf8') ?? '' : '';
            lines.push(`  ${change.change === 'added' ? 'now also staged' : change.change === 'removed' ? 'no longer staged' : 'changed'}: ${change.path}`);
            if (change.change === 'changed')
                lines.push((0,diff__WEBPACK_IMPORTED_MODULE_15__/* .createTwoFilesPatch */ .ss)(`a/${change.path} (verdict)`, `b/${change.path} (staged)`, oldText, newText, '', '', { context: 2 }).trimEnd());
        }
    }
    cli.out(lines.join('\n'));
    return decision?.outcome === 'uncovered' ? 1 : 0;
}


/***/ })

};
