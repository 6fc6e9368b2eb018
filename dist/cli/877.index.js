export const id = 877;
export const ids = [877];
export const modules = {

/***/ 7935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   GT: () => (/* binding */ runPassed),
/* harmony export */   He: () => (/* binding */ MAX_REQUEST_DIFF_BYTES),
/* harmony export */   Ks: () => (/* binding */ reviewEvidence),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   cQ: () => (/* binding */ MAX_REVIEW_BYTES),
/* harmony export */   ci: () => (/* binding */ outputTail),
/* harmony export */   fk: () => (/* binding */ runEvidence),
/* harmony export */   lA: () => (/* binding */ describeEnd),
/* harmony export */   p8: () => (/* binding */ judgeResult),
/* harmony export */   sV: () => (/* binding */ buildReviewRequest),
/* harmony export */   wV: () => (/* binding */ parseReview),
/* harmony export */   y9: () => (/* binding */ commitsWithin)
/* harmony export */ });
/* unused harmony exports REVIEW_REQUEST_SCHEMA, REVIEW_SCHEMA, cleanText, modelFamily */
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(563);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3409);


/**
 * The two messages between `ao check` and a judge (schemas/review-request.v1.schema.json
 * and schemas/review.v1.schema.json), and how their answers and the output of `--run`
 * commands become evidence in a verdict record.
 */
const REVIEW_REQUEST_SCHEMA = 'agentops-verdict/review-request@1';
const REVIEW_SCHEMA = 'agentops-verdict/review@1';
/** The diff in a request is cut past this many bytes (at a line end), so a judge's prompt stays bounded. */
const MAX_REQUEST_DIFF_BYTES = 256 * 1024;
/** A judge's answer larger than this is an error, not a review. */
const MAX_REVIEW_BYTES = 1024 * 1024;
/** Record text fields hold at most this many characters (schemas/record.v1.schema.json). */
const MAX_TEXT = 4000;
const MAX_TAIL_CHARS = 8000;
const TAIL_LINES = 40;
/**
 * Each commit's own diff for a range's request, oldest first, within one bound for all of
 * them together: a diff is shown whole or not at all (a cut diff would let a judge vouch
 * for a commit it saw only part of), and a diff too big to fit leaves room for later ones.
 */
function commitsWithin(commits, maxBytes) {
    let left = maxBytes;
    return commits.map((c) => {
        const bytes = Buffer.byteLength(c.diff);
        const fits = bytes <= left;
        if (fits)
            left -= bytes;
        return { commit: c.commit, digest: c.digest, title: clip(cleanText(c.title), 1000), diff: fits ? c.diff : '', diffTruncated: !fits, diffBytes: bytes };
    });
}
/**
 * The request one judge receives. `context` is the compiled project context for the
 * touched paths (markdown); callers without one pass ''.
 */
function buildReviewRequest(args) {
    const { subject, diff } = args;
    const about = { kind: subject.kind, label: args.label, digest: subject.digest };
    if (subject.kind === 'commit')
        about.commit = subject.commit;
    if (subject.kind === 'range')
        Object.assign(about, { base: subject.base, head: subject.head });
    const text = diff.truncated ? `${diff.text}[ao: diff truncated: ${Buffer.byteLength(diff.text)} of ${diff.totalBytes} bytes shown]\n` : diff.text;
    return {
        schema: REVIEW_REQUEST_SCHEMA,
        reviewer: args.reviewer,
        subject: about,
        manifest: subject.entries,
        diff: text,
        diffTruncated: diff.truncated,
        diffBytes: diff.totalBytes,
        context: args.context,
        ...(args.commits ? { commits: args.commits } : {}),
        answerSchema: REVIEW_SCHEMA,
    };
}
/** A judge's stdout as a review: exactly one JSON object matching the review schema. */
function parseReview(stdout) {
    const text = stdout.trim();
    if (text === '')
        return { ok: false, error: 'no answer on stdout' };
    // Strictly (no BOM, no duplicate key, nothing after the object): the answer decides a verdict.
    const parsed = (0,_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStrictJson */ .RJ)(stdout);
    if (!parsed.ok)
        return { ok: false, error: `the answer is not one JSON document (${parsed.error}); it starts: ${JSON.stringify(clip(text, 120))}` };
    const value = parsed.value;
    const problems = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .validateReviewShape */ .QN)(value);
    if (problems.length > 0)
        return { ok: false, error: `the answer does not match ${REVIEW_SCHEMA}: ${(0,_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSchemaProblems */ .xe)(problems)}` };
    return { ok: true, review: cleanStrings(value) };
}
/**
 * Text from a checker is data, not terminal input: drops control characters (except tab
 * and newline) and bidirectional overrides, which could rewrite what `ao show` displays,
 * and repairs lone surrogates, which canonical JSON refuses.
 */
function cleanText(text) {
    return text.toWellFormed().replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}
function cleanStrings(value) {
    if (typeof value === 'string')
        return cleanText(value);
    if (Array.isArray(value))
        return value.map(cleanStrings);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanStrings(item)]));
    }
    return value;
}
/** At most `max` characters, marked with an ellipsis when cut, never splitting a surrogate pair. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
const FAMILY_PATTERNS = [
    [/^(claude|anthropic)/, 'anthropic'],
    [/^(gpt|o[1-9]|codex|chatgpt|openai)/, 'openai'],
    [/^(gemini|gemma|google)/, 'google'],
    [/^(llama|meta)/, 'meta'],
    [/^(mistral|mixtral|codestral|devstral|magistral|ministral|pixtral)/, 'mistral'],
    [/^deepseek/, 'deepseek'],
    [/^(qwen|qwq)/, 'alibaba'],
    [/^(grok|xai)/, 'xai'],
    [/^(kimi|moonshot)/, 'moonshot'],
    [/^(glm|zhipu)/, 'zhipu'],
    [/^(command|cohere)/, 'cohere'],
    [/^phi-?[0-9]/, 'microsoft'],
    [/^(nova|titan|amazon)/, 'amazon'],
];
/**
 * The model family of a review: its explicit `family`, else derived from `model`. Model
 * names may carry a provider path (`openrouter/anthropic/claude-...`,
 * `us.anthropic.claude-...-v1:0`): the most specific segment that names a family wins.
 */
function modelFamily(model, explicit) {
    if (explicit)
        return explicit.toLowerCase();
    if (!model)
        return undefined;
    const segments = model.toLowerCase().split(/[/.:@\s]+/).filter(Boolean).reverse();
    for (const segment of segments) {
        for (const [pattern, family] of FAMILY_PATTERNS)
            if (pattern.test(segment))
                return family;
    }
    return undefined;
}
function describeEnd(outcome) {
    if (outcome.spawnError)
        return `could not start: ${outcome.spawnError}`;
    if (outcome.timedOut)
        return `timed out after ${seconds(outcome.timeoutMs)}: its process group was killed`;
    if (outcome.signal)
        return `killed by ${outcome.signal}`;
    return `exit ${outcome.exitCode}`;
}
function seconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
function runPassed(outcome) {
    return !outcome.spawnError && !outcome.timedOut && outcome.exitCode === 0;
}
/** The last lines of a command's output, cleaned of terminal escapes, within the record's bound. */
function outputTail(output) {
    const plain = cleanText(output.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, ''));
    const lines = plain.replace(/\n+$/, '').split('\n');
    let tail = lines.slice(-TAIL_LINES).join('\n');
    if (tail.length > MAX_TAIL_CHARS)
        tail = `…${tail.slice(tail.length - MAX_TAIL_CHARS + 1).toWellFormed()}`;
    return tail;
}
/** Evidence of one `--run CMD`: it passes when it exits 0. */
function runEvidence(command, outcome, output) {
    const passed = runPassed(outcome);
    const evidence = {
        kind: 'test',
        text: clip(`${cleanText(command)}: ${passed ? 'passed' : 'failed'} (${describeEnd(outcome)}, ${seconds(outcome.durationMs)})`, MAX_TEXT),
        command: clip(command, MAX_TEXT),
        exitCode: outcome.exitCode === null ? null : Math.max(-1, Math.min(255, outcome.exitCode)),
        durationMs: Math.max(0, Math.round(outcome.durationMs)),
        outputDigest: output.digest,
        outputTail: output.tail,
    };
    if (!passed && (outcome.spawnError || outcome.timedOut || outcome.signal))
        evidence.error = clip(describeEnd(outcome), MAX_TEXT);
    return evidence;
}
/**
 * Turns a judge's process outcome and stdout into its result. The judge must exit 0 with
 * a valid review; a valid `fail` with another exit code still counts as a fail (it can
 * never turn into a pass). Everything else is an error.
 */
function judgeResult(args) {
    const { reviewer, command, outcome } = args;
    const base = { reviewer, command, durationMs: outcome.durationMs };
    const stderrNote = args.stderrTail ? `; stderr ends: ${JSON.stringify(clip(args.stderrTail, 600))}` : '';
    if (outcome.spawnError || outcome.timedOut || outcome.signal)
        return { ...base, verdict: 'error', error: `the judge ${describeEnd(outcome)}${stderrNote}` };
    if (args.stdoutOverflow)
        return { ...base, verdict: 'error', error: `the answer is larger than ${MAX_REVIEW_BYTES} bytes` };
    const parsed = parseReview(args.stdout);
    if (outcome.exitCode !== 0) {
        if (parsed.ok && parsed.review.verdict === 'fail')
            return { ...base, verdict: 'fail', review: parsed.review, family: modelFamily(parsed.review.model, parsed.review.family) };
        return { ...base, verdict: 'error', error: `the judge exited ${outcome.exitCode}${parsed.ok ? ` after answering ${parsed.review.verdict}: a judge must exit 0` : ''}${stderrNote}` };
    }
    if (!parsed.ok)
        return { ...base, verdict: 'error', error: `${parsed.error}${stderrNote}` };
    return { ...base, verdict: parsed.review.verdict, review: parsed.review, family: modelFamily(parsed.review.model, parsed.review.family) };
}
/** Evidence of one judge; findings beyond `findingsBudget` characters are left out and counted. */
function reviewEvidence(result, findingsBudget = Number.POSITIVE_INFINITY) {
    const head = `${result.reviewer} (${cleanText(result.command)})`;
    if (result.verdict === 'error' || !result.review) {
        return { evidence: { kind: 'review', text: clip(`${head}: error`, MAX_TEXT), reviewer: result.reviewer, verdict: 'error', error: clip(cleanText(result.error ?? 'no review'), MAX_TEXT) }, used: 0 };
    }
    const { review } = result;
    const findings = [];
    let used = 0;
    let omitted = 0;
    for (const item of review.findings ?? []) {
        const finding = { severity: item.severity, category: item.category, description: item.description };
        if (item.location) {
            finding.path = item.location.path;
            if (item.location.line !== undefined)
                finding.line = item.location.line;
        }
        if (item.suggestedFix)
            finding.suggestedFix = item.suggestedFix;
        const size = JSON.stringify(finding).length;
        if (used + size > findingsBudget) {
            omitted++;
            continue;
        }
        used += size;
        findings.push(finding);
    }
    const note = omitted > 0 ? ` [${omitted} finding${omitted === 1 ? '' : 's'} left out: the record's size is bounded]` : '';
    const evidence = {
        kind: 'review',
        text: clip(`${head}: ${review.verdict}: ${review.summary}`, MAX_TEXT - note.length) + note,
        reviewer: result.reviewer,
        verdict: review.verdict,
    };
    if (review.model)
        evidence.model = review.model;
    if (result.family)
        evidence.family = result.family;
    if (findings.length > 0)
        evidence.findings = findings;
    return { evidence, used };
}


/***/ }),

/***/ 3947:
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
/* harmony import */ var _core_constraints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8555);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2558);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2721);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4130);
/* harmony import */ var _ledger_view_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1721);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2431);








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
