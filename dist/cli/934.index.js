export const id = 934;
export const ids = [934];
export const modules = {

/***/ 8934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdHook: () => (/* binding */ cmdHook),
/* harmony export */   parsePushLines: () => (/* binding */ parsePushLines),
/* harmony export */   pushScope: () => (/* binding */ pushScope)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _repo_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8377);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(325);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1037);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6251);





async function cmdHook(cli, args) {
    const [name, ...rest] = args;
    if (name === '--help' || name === '-h')
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_3__/* .HELP */ ._.hook), 0;
    if (cli.env.HUSKY === '0')
        return 0;
    if (name === 'pre-commit')
        return preCommit(cli);
    if (name === 'pre-push')
        return prePush(cli, rest);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`unknown hook ${JSON.stringify(name ?? '')}`, { fix: 'ao hook pre-commit, or ao hook pre-push REMOTE URL' });
}
async function preCommit(cli) {
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepo */ .B)(cli);
    const report = await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verify */ .MX)(git, { kind: 'staged' }, { checkerHint: cli.env.AO_CHECKER });
    const style = (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .styleFor */ .j9)(process.stderr);
    if (report.ok) {
        const decision = report.decisions[0];
        if (decision?.outcome === 'covered')
            cli.err(`agentops/verdict: ${(0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .clean */ .uH)(decision.reason)}`);
        return 0;
    }
    // In range mode the push is what must be covered: the commit hook only warns.
    const warnOnly = report.policy.mode === 'range' && report.ledger.problems.length === 0;
    cli.err((0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .renderReport */ .B1)(report, style));
    if (warnOnly) {
        cli.err(style.dim('agentops/verdict: policy mode is "range": committing anyway; the push will need a verdict for the whole change.'));
        return 0;
    }
    const byConstraint = report.decisions.some((d) => d.failedRule === 'constraint' || d.failedRule === 'ratchet');
    cli.err(byConstraint
        ? `\nagentops/verdict refused this commit: it breaks a constraint promoted from a learning. Fix what it names, then commit again.`
        : `\nagentops/verdict refused this commit. Record a verdict from a checker that did not write the change, then commit again.`);
    return 1;
}
function parsePushLines(input) {
    const lines = [];
    for (const raw of input.split('\n')) {
        const line = raw.trim();
        if (!line)
            continue;
        const parts = line.split(' ');
        if (parts.length !== 4) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`unexpected pre-push input line: ${JSON.stringify(line)}`, { fix: 'run this only from git\'s pre-push hook (`ao init` installs it)' });
        }
        const [localRef, localSha, remoteRef, remoteSha] = parts;
        lines.push({ localRef, localSha, remoteRef, remoteSha });
    }
    return lines;
}
/** The commits one pushed ref adds to the remote, as a verification scope. */
async function pushScope(git, remote, line) {
    if (/^0+$/.test(line.localSha))
        return undefined; // a deletion checks nothing
    const notOnRemote = { kind: 'revlist', head: line.localSha, exclude: [`--remotes=${remote}`], label: `${line.localRef} -> ${remote} ${line.remoteRef}` };
    if (line.remoteSha === git.zeroId || /^0+$/.test(line.remoteSha))
        return notOnRemote;
    const [known] = await git.resolveCommits([line.remoteSha]);
    // A force push over commits never fetched: judge what no ref of that remote has yet.
    if (!known)
        return notOnRemote;
    return { kind: 'range', base: line.remoteSha, head: line.localSha };
}
/**
 * The pre-commit framework runs pre-push hooks without git's stdin, describing the push in
 * PRE_COMMIT_* variables instead: rebuild the one line git would have sent.
 */
function preCommitFrameworkLine(env) {
    const to = env.PRE_COMMIT_TO_REF;
    if (!to)
        return undefined;
    const from = env.PRE_COMMIT_FROM_REF || '0'.repeat(to.length === 64 ? 64 : 40);
    return `${env.PRE_COMMIT_LOCAL_BRANCH || 'HEAD'} ${to} ${env.PRE_COMMIT_REMOTE_BRANCH || 'HEAD'} ${from}`;
}
async function prePush(cli, args) {
    const [remote = cli.env.PRE_COMMIT_REMOTE_NAME || 'origin'] = args;
    let input = await cli.stdin();
    if (!input.trim())
        input = preCommitFrameworkLine(cli.env) ?? '';
    const lines = parsePushLines(input);
    if (lines.length === 0)
        return 0;
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepo */ .B)(cli);
    const style = (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .styleFor */ .j9)(process.stderr);
    const reports = [];
    for (const line of lines) {
        const scope = await pushScope(git, remote, line);
        if (!scope)
            continue;
        reports.push(await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verify */ .MX)(git, scope, { checkerHint: cli.env.AO_CHECKER }));
    }
    const failed = reports.filter((r) => !r.ok);
    for (const report of failed)
        cli.err((0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .renderReport */ .B1)(report, style));
    if (failed.length > 0) {
        cli.err(`\nagentops/verdict refused this push: ${failed.length} of ${reports.length} ref${reports.length === 1 ? '' : 's'} carry changes without a passing, independent verdict.`);
        return 1;
    }
    const checked = reports.reduce((n, r) => n + r.counts.checked, 0);
    if (checked > 0)
        cli.err(`agentops/verdict: ${checked} commit${checked === 1 ? '' : 's'} covered`);
    return 0;
}


/***/ }),

/***/ 6251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   j9: () => (/* binding */ styleFor),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   uH: () => (/* binding */ clean),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   yM: () => (/* binding */ renderProblem)
/* harmony export */ });
/* unused harmony exports renderDecision, decisionJson */
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
function renderDecision(decision, style) {
    const change = decision.change;
    const mark = decision.outcome === 'uncovered' ? style.bad(MARK.uncovered) : decision.outcome === 'covered' ? style.ok(MARK.covered) : style.dim(MARK[decision.outcome]);
    const title = clean(change.subjectLine ? `${change.label}  ${truncate(change.subjectLine, 50)}` : change.label);
    const lines = [`  ${mark} ${style.bold(title)}`, `      ${decision.outcome}: ${clean(decision.reason)}`];
    if (decision.fix)
        lines.push(`      fix: ${clean(decision.fix)}`);
    return lines;
}
function renderProblem(problem, style) {
    return [`  ${style.bad('✘')} ${clean(problem.message)}`, `      fix: ${clean(problem.fix)}`];
}
function renderReport(report, style) {
    const lines = [];
    const { counts } = report;
    const verdict = report.ok ? style.ok('ok') : style.bad('FAILED');
    lines.push(`ao verify ${clean(report.scope.label)}: ${verdict}: ${counts.checked} change${counts.checked === 1 ? '' : 's'} checked, ${counts.covered} covered, ${counts.uncovered} uncovered${counts.exempt ? `, ${counts.exempt} exempt` : ''}${counts.empty ? `, ${counts.empty} need none` : ''}`);
    lines.push(style.dim(`  policy: ${report.policy.source}${report.policy.mode ? ` (mode ${report.policy.mode})` : ''}`));
    lines.push(style.dim(`  ledger: ${report.ledger.source}, ${report.ledger.baseRecords + report.ledger.newRecords} records (${report.ledger.newRecords} new, fully checked)`));
    for (const note of report.notes)
        lines.push(style.dim(`  note: ${clean(note)}`));
    if (report.rangeDecision && report.rangeDecision.outcome !== 'covered') {
        lines.push(style.dim(`  range mode: the combined change is not covered (${clean(report.rangeDecision.reason)}); checking each commit`));
        if (report.rangeDecision.fix)
            lines.push(style.dim(`      or cover it at once: ${clean(report.rangeDecision.fix)}`));
    }
    for (const decision of report.decisions)
        lines.push(...renderDecision(decision, style));
    if (report.ledger.problems.length > 0) {
        lines.push(style.bad(`  ledger problems (${report.ledger.problems.length}):`));
        for (const problem of report.ledger.problems)
            lines.push(...renderProblem(problem, style));
    }
    return lines.join('\n');
}
/** The stable `--json` form of a verification report (documented in docs/spec.md). */
function reportJson(report) {
    return {
        ok: report.ok,
        scope: report.scope,
        policy: { source: report.policy.source, enforced: report.policy.enforced, mode: report.policy.mode ?? null },
        ledger: report.ledger,
        range: report.rangeDecision ? decisionJson(report.rangeDecision) : null,
        changes: report.decisions.map(decisionJson),
        counts: report.counts,
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


/***/ })

};
