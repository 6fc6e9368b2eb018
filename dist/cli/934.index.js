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


/***/ })

};
