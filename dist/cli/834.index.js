export const id = 834;
export const ids = [834];
export const modules = {

/***/ 5834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdContext: () => (/* binding */ cmdContext),
/* harmony export */   scopePaths: () => (/* binding */ scopePaths)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7403);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6452);
/* harmony import */ var _repo_changes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(767);
/* harmony import */ var _repo_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2041);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7155);
/* harmony import */ var _cmd_learn_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5919);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(399);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1037);









async function cmdContext(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parse */ .qg)('context', (0,_cmd_learn_js__WEBPACK_IMPORTED_MODULE_6__.expandMultiValue)(args, ['--paths']), { staged: { type: 'boolean' }, commit: { type: 'string' }, paths: { type: 'string', multiple: true }, budget: { type: 'string' }, format: { type: 'string' } });
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_8__/* .HELP */ ._.context), 0;
    if (positionals.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`ao context: unexpected ${JSON.stringify(positionals[0])}`, { fix: 'name paths with --paths P...' });
    const scopes = [values.staged ? '--staged' : '', values.commit !== undefined ? '--commit' : '', values.paths ? '--paths' : ''].filter(Boolean);
    if (scopes.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`ao context: ${scopes.join(' and ')} cannot be combined`, { fix: 'pick one of --staged, --commit REV, --paths P...' });
    const format = values.format ?? 'md';
    if (format !== 'md' && format !== 'json')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`--format must be md or json, not ${JSON.stringify(format)}`, { fix: '--format json' });
    const budget = values.budget === undefined ? undefined : Number(values.budget);
    if (budget !== undefined && (!Number.isInteger(budget) || budget < 1 || budget > 10_000_000)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`--budget takes a positive whole number of tokens, not ${JSON.stringify(values.budget)}`, { fix: '--budget 2000' });
    }
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .openRepo */ .B)(cli);
    const paths = values.paths ?? (await scopePaths(git, values.commit !== undefined ? { kind: 'commit', rev: values.commit } : { kind: 'staged' }));
    const compiled = await (0,_repo_context_js__WEBPACK_IMPORTED_MODULE_4__/* .compileContext */ .Vc)(git, { paths, budget, format });
    cli.out(compiled.text.replace(/\n$/, ''));
    if (compiled.cut.applied) {
        cli.err(`ao context: cut to ${compiled.cut.budget} tokens (~${compiled.cut.tokens} used; the full context is ~${compiled.cut.fullTokens}); raise --budget for more`);
    }
    return 0;
}
/** The paths a change touches outside the ledger: the staged change, a commit, or a range. */
async function scopePaths(git, scope) {
    if (scope.kind === 'staged')
        return (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .manifestPaths */ .Ud)((await (0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .stagedChange */ .th)(git, await git.headCommit(), undefined)).change.manifest);
    if (scope.kind === 'commit') {
        const commit = await git.resolveCommit(scope.rev, 'commit');
        const [info] = await git.listCommits(['-n', '1', commit]);
        return (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .manifestPaths */ .Ud)((await (0,_repo_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .changesOfCommits */ .lv)(git, [info]))[0].change.manifest);
    }
    const base = await git.resolveCommit(scope.base, 'range base');
    const head = await git.resolveCommit(scope.head, 'range head');
    return (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .manifestPaths */ .Ud)((0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .buildManifest */ .u1)(await git.diffTrees(base, head)));
}


/***/ }),

/***/ 2041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vc: () => (/* binding */ compileContext),
/* harmony export */   dh: () => (/* binding */ contextForJudges)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONTEXT_BUDGET, MAX_FAILED_VERDICTS, estimateTokens, gather, globSpecificity */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_constraints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4165);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6752);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3579);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9844);
/* harmony import */ var _ledger_view_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(415);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8377);








const DEFAULT_CONTEXT_BUDGET = 4000;
/** Failed verdicts considered before the budget applies: the most recent this many. */
const MAX_FAILED_VERDICTS = 20;
const MAX_FINDINGS_PER_VERDICT = 10;
/** The documented token estimate: one token per four characters (UTF-16 code units), rounded up. */
function estimateTokens(text) {
    return Math.ceil(text.length / 4);
}
async function compileContext(git, options) {
    const budget = options.budget ?? DEFAULT_CONTEXT_BUDGET;
    const format = options.format ?? 'md';
    const paths = [...new Set(options.paths.map((p) => p.replace(/^\.\//, '')))].sort();
    const audit = await (0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_6__/* .auditLedger */ .bV)(git, { kind: 'worktree' });
    const records = [...audit.records].sort(_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .compareRecords */ .aB);
    const policy = readWorktreePolicy(git);
    const headPolicy = (await (0,_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .policyAt */ .E4)(git, await git.headCommit()).catch(() => ({ policy: undefined }))).policy;
    const gathered = gather(records, audit.heads, paths, policy, headPolicy);
    return render({ paths, ledgerProblems: audit.problems.length, ...gathered }, budget, format);
}
function readWorktreePolicy(git) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_PATH */ .l$);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return undefined;
    return (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicy */ .ON)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file), 'the working tree');
}
/** Selects and orders what concerns the paths; pure, so the order is the documented one. */
function gather(records, heads, paths, policy, headPolicy) {
    const inPlay = (globs) => paths.length === 0 || paths.some((0,_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .globMatcher */ .fU)(globs));
    const learningsById = new Map(records.filter((r) => r.type === 'learning').map((r) => [r.id, r]));
    const inHead = new Set((headPolicy?.constraints ?? []).map((c) => c.id));
    const current = policy?.constraints ?? [];
    const constraints = current
        .filter((c) => inPlay(c.paths))
        .map((c) => ({
        id: c.id,
        status: inHead.has(c.id) ? 'in force' : 'pending',
        rule: (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRule */ .IO)(c),
        paths: c.paths,
        learning: c.learning,
        learningText: learningsById.get(c.learning)?.text ?? c.note,
    }));
    const isRetired = (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .retirementIndex */ .gK)(records, _core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .compareRecords */ .aB);
    const promotedIds = new Map();
    for (const r of records)
        if (r.type === 'promotion')
            (promotedIds.get(r.learning) ?? promotedIds.set(r.learning, new Set()).get(r.learning)).add(r.constraint.id);
    const learnings = [];
    for (const learning of learningsById.values()) {
        const matching = paths.length === 0 ? learning.paths : learning.paths.filter((glob) => paths.some((0,_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .globMatcher */ .fU)([glob])));
        if (matching.length === 0)
            continue;
        const promoted = [...(promotedIds.get(learning.id) ?? [])];
        learnings.push({
            id: learning.id,
            createdAt: learning.createdAt,
            text: learning.text,
            negative: learning.negative,
            paths: learning.paths,
            tags: learning.tags,
            specificity: paths.length === 0 ? 0 : Math.max(...matching.map(globSpecificity)),
            ...(learning.from ? { from: learning.from } : {}),
            enforcedBy: current.filter((c) => c.learning === learning.id).map((c) => c.id),
            retired: promoted.filter((id) => isRetired(id) && !current.some((c) => c.id === id)),
        });
    }
    const seqOf = new Map(records.map((r) => [r.id, r.seq]));
    learnings.sort((a, b) => b.specificity - a.specificity || seqOf.get(b.id) - seqOf.get(a.id) || (a.id < b.id ? -1 : 1));
    const failed = records
        .filter((r) => r.type === 'verdict' && r.verdict === 'fail')
        .map((r) => ({ record: r, touched: r.subject.entries.map((e) => e.path).filter((p) => !!p && (paths.length === 0 || paths.includes(p))) }))
        .filter(({ touched }) => touched.length > 0)
        .reverse()
        .slice(0, MAX_FAILED_VERDICTS);
    const failedVerdicts = failed.map(({ record, touched }) => ({
        id: record.id,
        createdAt: record.createdAt,
        checker: `${record.checker.id} (${record.checker.kind})`,
        worker: record.worker.id,
        summary: record.summary,
        paths: touched,
        findings: record.evidence
            .flatMap((e) => (e.kind === 'review' ? (e.findings ?? []) : []))
            .filter((f) => !f.path || paths.length === 0 || paths.includes(f.path))
            .slice(0, MAX_FINDINGS_PER_VERDICT),
    }));
    const byId = new Map(records.map((r) => [r.id, r]));
    const headRecords = heads
        .map((id) => byId.get(id))
        .filter((r) => !!r)
        .sort((a, b) => (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .compareRecords */ .aB)(b, a))
        .map((r) => ({ id: r.id, seq: r.seq, type: r.type, description: describeRecord(r) }));
    return { constraints, learnings, failedVerdicts, heads: headRecords };
}
/** How specific a glob is: its characters that are not glob syntax. `src/auth/login.ts` > `src/auth/**` > `*.ts` > `**`. */
function globSpecificity(glob) {
    return glob.replace(/[*?[\]{}()!+@\\]/g, '').length;
}
function describeRecord(record) {
    switch (record.type) {
        case 'genesis':
            return 'genesis';
        case 'verdict':
            return `verdict ${record.verdict} by ${record.checker.id}${record.summary ? `: ${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(record.summary, 80)}` : ''}`;
        case 'learning':
            return `learning: ${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(record.text, 80)}`;
        case 'promotion':
            return `promotion of ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .shortId */ .m_)(record.learning)} to constraint "${record.constraint.id}"`;
        case 'retirement':
            return `retirement of constraint "${record.constraint}": ${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(record.why, 80)}`;
    }
}
const SECTIONS = ['constraints', 'learnings', 'failedVerdicts', 'heads'];
const HEADINGS = {
    constraints: '## Constraints on these paths',
    learnings: '## Learnings (most specific, then most recent, first)',
    failedVerdicts: '## Recent failed verdicts on these paths',
    heads: '## Open heads of the ledger',
};
function mdItem(section, item) {
    switch (section) {
        case 'constraints': {
            const c = item;
            return `- **${c.id}** (${c.status}) on ${c.paths.map((p) => `\`${p}\``).join(', ')}: ${c.rule}. Learned in ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .shortId */ .m_)(c.learning)}…${c.learningText ? `: "${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(c.learningText, 300)}"` : ''}\n`;
        }
        case 'learnings': {
            const l = item;
            const marks = [l.negative ? 'AVOID' : '', l.enforcedBy.length ? `enforced by ${l.enforcedBy.join(', ')}` : '', l.retired.length ? `retired: ${l.retired.join(', ')}` : '']
                .filter(Boolean)
                .join('; ');
            return `- ${marks ? `[${marks}] ` : ''}${l.text.replace(/\n+/g, ' ')}\n  (on ${l.paths.map((p) => `\`${p}\``).join(', ')}${l.tags.length ? `; tags ${l.tags.join(', ')}` : ''}; ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .shortId */ .m_)(l.id)}, ${l.createdAt.slice(0, 10)})\n`;
        }
        case 'failedVerdicts': {
            const v = item;
            const lines = [`- ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .shortId */ .m_)(v.id)} ${v.createdAt.slice(0, 10)} by ${v.checker} on ${v.paths.slice(0, 5).join(', ')}${v.paths.length > 5 ? ` and ${v.paths.length - 5} more` : ''}${v.summary ? `: ${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(v.summary, 300)}` : ''}\n`];
            for (const f of v.findings)
                lines.push(`  - ${f.severity}${f.path ? ` ${f.path}${f.line ? `:${f.line}` : ''}` : ''}: ${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(f.description, 200)}${f.suggestedFix ? ` (fix: ${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(f.suggestedFix, 120)})` : ''}\n`);
            return lines.join('');
        }
        case 'heads': {
            const h = item;
            return `- ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .shortId */ .m_)(h.id)} (seq ${h.seq}) ${h.description}\n`;
        }
    }
}
/**
 * Renders the document within the budget. Items are taken in priority order (constraints,
 * learnings, failed verdicts, heads; each section in its own order); the first item that
 * does not fit ends it, so the output is always a prefix of the full context.
 */
function render(doc, budget, format) {
    const budgetChars = budget * 4;
    const all = SECTIONS.flatMap((section) => doc[section].map((item) => ({ section, item })));
    const emptyCut = { applied: false, budget, tokens: 0, fullTokens: 0, omitted: { constraints: 0, learnings: 0, failedVerdicts: 0, heads: 0 } };
    const build = (count, cut) => {
        const kept = all.slice(0, count);
        const json = {
            paths: doc.paths,
            ledgerProblems: doc.ledgerProblems,
            constraints: [],
            learnings: [],
            failedVerdicts: [],
            heads: [],
            cut,
        };
        for (const { section, item } of kept)
            json[section].push(item);
        if (format === 'json')
            return { text: JSON.stringify(json), json };
        const parts = [mdHeader(doc)];
        let last;
        for (const { section, item } of kept) {
            if (section !== last)
                parts.push(`\n${HEADINGS[section]}\n`);
            last = section;
            parts.push(mdItem(section, item));
        }
        if (cut.applied)
            parts.push(`\n${cutNotice(cut)}\n`);
        return { text: parts.join(''), json };
    };
    const full = build(all.length, emptyCut);
    const fullTokens = estimateTokens(full.text);
    if (full.text.length <= budgetChars) {
        const cut = { ...emptyCut, tokens: fullTokens, fullTokens };
        return { ...build(all.length, cut), cut };
    }
    // The largest prefix whose rendering, cut notice included, fits. Rendering is monotone in
    // the count, so a binary search finds it.
    const omitted = (count) => {
        const o = { constraints: 0, learnings: 0, failedVerdicts: 0, heads: 0 };
        for (const { section } of all.slice(count))
            o[section]++;
        return o;
    };
    const attempt = (count) => {
        const cut = { applied: true, budget, tokens: 0, fullTokens, omitted: omitted(count) };
        const built = build(count, cut);
        // The token count goes in the text itself: settle it on the figure that includes it.
        for (let i = 0; i < 3; i++) {
            const tokens = estimateTokens(built.text);
            if (tokens === cut.tokens)
                break;
            cut.tokens = tokens;
            Object.assign(built, build(count, cut));
        }
        return { ...built, cut };
    };
    let lo = 0;
    let hi = all.length - 1;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (attempt(mid).text.length <= budgetChars)
            lo = mid;
        else
            hi = mid - 1;
    }
    return attempt(lo);
}
function mdHeader(doc) {
    const what = doc.paths.length === 0 ? 'the whole repository' : doc.paths.length <= 8 ? doc.paths.map((p) => `\`${p}\``).join(', ') : `${doc.paths.length} paths (${doc.paths.slice(0, 5).map((p) => `\`${p}\``).join(', ')}, …)`;
    const lines = [`# What to know before changing ${what}`, ''];
    lines.push('From the agentops/verdict ledger: constraints are enforced on every commit; learnings are what earlier work taught.');
    if (doc.ledgerProblems > 0)
        lines.push(`Warning: the ledger has ${doc.ledgerProblems} problem(s); run \`ao ledger verify\`.`);
    if (doc.constraints.length + doc.learnings.length + doc.failedVerdicts.length === 0)
        lines.push('Nothing recorded concerns these paths yet.');
    return `${lines.join('\n')}\n`;
}
function cutNotice(cut) {
    const parts = [
        ['constraints', 'constraint'],
        ['learnings', 'learning'],
        ['failedVerdicts', 'failed verdict'],
        ['heads', 'ledger head'],
    ]
        .filter(([key]) => cut.omitted[key] > 0)
        .map(([key, noun]) => `${cut.omitted[key]} ${noun}${cut.omitted[key] === 1 ? '' : 's'}`);
    return `_Cut to the budget of ${cut.budget} tokens (this text: ~${cut.tokens}): left out ${parts.join(', ')}; the full context is ~${cut.fullTokens} tokens._`;
}
/**
 * The context judges get in `ao check`'s review request: the compiled context for the paths
 * the change touches, or '' when nothing recorded concerns them (no constraint, learning or
 * failed verdict on those paths: heads alone tell a judge nothing).
 */
async function contextForJudges(git, paths, budget = DEFAULT_CONTEXT_BUDGET) {
    const compiled = await compileContext(git, { paths, budget, format: 'md' });
    const { constraints, learnings, failedVerdicts, cut } = compiled.json;
    const something = constraints.length + learnings.length + failedVerdicts.length + cut.omitted.constraints + cut.omitted.learnings + cut.omitted.failedVerdicts;
    return something > 0 ? compiled.text : '';
}


/***/ })

};
