export const id = 966;
export const ids = [966];
export const modules = {

/***/ 5966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cmdHook: () => (/* binding */ cmdHook)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/shell.ts
var shell = __webpack_require__(6673);
// EXTERNAL MODULE: ./src/repo/verify.ts
var verify = __webpack_require__(2431);
// EXTERNAL MODULE: ./src/git/git.ts + 6 modules
var git = __webpack_require__(7579);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/present/commands.ts
var commands = __webpack_require__(1805);
// EXTERNAL MODULE: ./src/present/output.ts
var output = __webpack_require__(2726);
// EXTERNAL MODULE: ./src/harness/processes.ts
var processes = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/core/git-argv.ts
var git_argv = __webpack_require__(8902);
;// CONCATENATED MODULE: ./src/cli/invocation.ts


/**
 * Git does not tell a pre-commit hook whether the commit amends HEAD, yet an amended commit
 * replaces HEAD and needs a verdict on its change against HEAD's parent. The `git commit`
 * process that runs the hook says so in its own argument vector: find it among our
 * ancestors (src/harness/processes.ts) and read its options.
 */
async function commitIsAmend(alias) {
    const argv = gitAncestorArgv(process.ppid);
    if (!argv)
        return false;
    if (commitArgs(argv))
        return amendsIn(argv);
    // `git ci --amend` with alias.ci = "commit" (a shell alias, "!…", runs its own git commit below us).
    const sub = subcommandIndex(argv);
    const name = argv[sub];
    const expansion = name && /^[A-Za-z0-9-]+$/.test(name) ? await alias(name) : undefined;
    if (!expansion || expansion.startsWith('!'))
        return false;
    return amendsIn([argv[0], ...argv.slice(1, sub), ...expansion.trim().split(/\s+/), ...argv.slice(sub + 1)]);
}
/** Walks up at most a few processes (git → sh → husky's sh → node) to the nearest git. */
function gitAncestorArgv(start) {
    let pid = start;
    for (let depth = 0; depth < 6 && pid > 1; depth++) {
        const info = (0,processes/* processInfo */.i)(pid);
        if (!info)
            return undefined;
        if (isGit(info.argv[0]) && info.argv.length > 1)
            return info.argv;
        pid = info.ppid;
    }
    return undefined;
}
function isGit(program) {
    return !!program && /(^|\/)git(\.exe)?$/.test(program);
}
/** The arguments after `commit`, when argv is a `git commit` command line. */
function commitArgs(argv) {
    const i = subcommandIndex(argv);
    return argv[i] === 'commit' ? argv.slice(i + 1) : undefined;
}
function subcommandIndex(argv) {
    let i = 1;
    while (i < argv.length) {
        const arg = argv[i];
        if (git_argv/* GIT_GLOBAL_OPTIONS_WITH_VALUE */.X.has(arg))
            i += 2;
        else if (arg.startsWith('-'))
            i += 1;
        else
            break;
    }
    return i;
}
/** `git commit` options whose value may follow as the next argument (so "-m --amend" is a message). */
const COMMIT_WITH_VALUE = new Set([
    '-m',
    '--message',
    '-F',
    '--file',
    '-C',
    '--reuse-message',
    '-c',
    '--reedit-message',
    '-t',
    '--template',
    '--author',
    '--date',
    '--fixup',
    '--squash',
    '--cleanup',
    '--trailer',
    '--pathspec-from-file',
]);
/** Whether `git commit`'s options amend (git accepts any unambiguous prefix, and the last of --amend / --no-amend wins). */
function amendsIn(argv) {
    const args = commitArgs(argv) ?? [];
    let amend = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--')
            break;
        if (COMMIT_WITH_VALUE.has(arg))
            i++;
        else if (/^--am(e(n(d)?)?)?$/.test(arg))
            amend = true;
        else if (/^--no-am(e(n(d)?)?)?$/.test(arg))
            amend = false;
    }
    return amend;
}

;// CONCATENATED MODULE: ./src/cli/hook-pre-commit.ts




/**
 * The pre-commit hook: the staged change needs a passing verdict. `opening` is the
 * repository already being opened with the staged diff started (`Git.open(cwd, { staged: true })`).
 */
async function preCommit(cli, opening) {
    // `git commit --amend` replaces HEAD: the commit it makes needs a verdict on its change against HEAD's parent.
    // Read off the process tree while git probes the repository.
    const amending = commitIsAmend(async (name) => (await opening).configGet(`alias.${name}`));
    amending.catch(() => undefined); // awaited below, once the repository is open; its failure surfaces there
    const git = await opening;
    const amend = await amending;
    const report = await (0,verify/* verify */.MX)(git, amend ? { kind: 'staged', amend: true } : { kind: 'staged' }, {
        checkerHint: cli.env.AO_CHECKER,
        skipStagedAuthor: true,
    });
    const style = (0,output/* styleFor */.j9)(process.stderr);
    if (report.ok) {
        const decision = report.decisions[0];
        if (decision?.outcome === 'covered')
            cli.err(`agentops/verdict: ${(0,output/* clean */.uH)(decision.reason)}`);
        return 0;
    }
    const ao = (0,commands/* runnableAo */.CU)(cli, git.topLevel);
    // In range mode the push is what must be covered: the commit hook only warns.
    const warnOnly = report.policy.mode === 'range' && report.ledger.problems.length === 0;
    cli.err((0,output/* renderReport */.B1)(report, style, ao));
    if (warnOnly) {
        cli.err(style.dim('agentops/verdict: policy mode is "range": committing anyway; the push will need a verdict for the whole change.'));
        return 0;
    }
    if ((0,verify/* observedFailure */.x8)(report)) {
        cli.err(`agentops/verdict: ${output/* OBSERVE_WARNING */.qg}: committing anyway.`);
        return 0;
    }
    const byConstraint = report.decisions.some((d) => d.failedRule === 'constraint' || d.failedRule === 'ratchet');
    cli.err(byConstraint
        ? `\nagentops/verdict refused this commit: it breaks a constraint promoted from a learning. Fix what it names, then commit again.`
        : `\nagentops/verdict refused this commit. Record a verdict from a checker that did not write the change, then commit again.`);
    return 1;
}

// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/cmd-hook.ts









async function cmdHook(cli, args) {
    const [name, ...rest] = args;
    if (name === '--help' || name === '-h')
        return (cli.out(help/* HELP */._.hook), 0);
    if (cli.env.HUSKY === '0')
        return 0;
    if (name === 'pre-commit') {
        if (rest[0] === '--help' || rest[0] === '-h')
            return (cli.out(help/* HELP */._.hook), 0);
        if (rest.length > 0)
            throw new errors/* AoError */.V(`ao hook pre-commit takes no arguments (given ${JSON.stringify(rest.join(' '))})`, {
                fix: 'ao hook pre-commit',
            });
        return preCommit(cli, git/* Git */.TU.open(cli.cwd, { staged: true }));
    }
    if (name === 'pre-push')
        return prePush(cli, rest);
    throw new errors/* AoError */.V(`unknown hook ${JSON.stringify(name ?? '')}`, {
        fix: 'ao hook pre-commit, or ao hook pre-push REMOTE URL',
    });
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
    const [remoteArg = cli.env.PRE_COMMIT_REMOTE_NAME || 'origin', url = cli.env.PRE_COMMIT_REMOTE_URL || undefined] = args;
    let input = await cli.stdin();
    if (!input.trim())
        input = preCommitFrameworkLine(cli.env) ?? '';
    // Loaded here, not at the top: the pre-commit hook, which runs far more often, never needs it.
    const { parsePushLines, planPush, remoteState } = await __webpack_require__.e(/* import() */ 78).then(__webpack_require__.bind(__webpack_require__, 1078));
    const lines = parsePushLines(input);
    if (lines.length === 0)
        return 0;
    const git = await (0,context/* openRepo */.B)(cli);
    const style = (0,output/* styleFor */.j9)(process.stderr);
    const ao = (0,commands/* runnableAo */.CU)(cli, git.topLevel);
    const remote = await remoteState(git, remoteArg, url);
    const head = await git.headCommit();
    const reports = [];
    let failed = 0;
    for (const line of lines) {
        const check = await planPush(git, remote, line);
        if (!check)
            continue;
        // The ledger as committed in the pushed tip: what a fresh clone, and so CI, will read.
        const options = {
            ledger: { kind: 'commit', commit: line.localSha },
            policyRev: check.policyRev,
            policyWhy: check.policyWhy,
            checkerHint: cli.env.AO_CHECKER,
        };
        const report = await (0,verify/* verify */.MX)(git, check.scope, options);
        reports.push(report);
        if (report.ok)
            continue;
        cli.err((0,output/* renderReport */.B1)(report, style, ao));
        if ((0,verify/* observedFailure */.x8)(report)) {
            cli.err(`agentops/verdict: ${output/* OBSERVE_WARNING */.qg}: pushing anyway.`);
            continue;
        }
        failed++;
        const uncommitted = await (0,verify/* uncommittedCover */.P8)(git, check.scope, options, report);
        if (uncommitted.length > 0) {
            const onBranch = head === line.localSha;
            cli.err(style.bad(`\n  ${uncommitted.length} of these ${uncommitted.length === 1 ? 'is' : 'are'} covered by a verdict recorded in the working tree but never committed:`) +
                uncommitted.map((u) => `\n    ${(0,output/* clean */.uH)(u.label)}: verdict ${u.record} (${(0,output/* clean */.uH)(u.path)})`).join('') +
                `\n  fix: ${onBranch ? 'commit the records and push again: `git add .agents/ledger && git commit -m "Record verdicts" && git push`' : `commit them on ${(0,output/* clean */.uH)(line.localRef)}: \`git switch ${(0,shell/* shellQuote */.Z)(line.localRef.replace(/^refs\/heads\//, ''))}\`, then \`git add .agents/ledger && git commit -m "Record verdicts"\``}`);
        }
    }
    if (failed > 0) {
        cli.err(`\nagentops/verdict refused this push: ${failed} of ${reports.length} ref${reports.length === 1 ? '' : 's'} carry changes without a passing, independent verdict.`);
        return 1;
    }
    const total = (0,output/* sumCounts */.W_)(reports.map((r) => r.counts));
    if (total.checked > 0)
        cli.err(`agentops/verdict: ${(0,output/* countsText */.WN)(total)}`);
    return 0;
}


/***/ }),

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ GIT_GLOBAL_OPTIONS_WITH_VALUE)
/* harmony export */ });
/**
 * git's global options that take the next word as their value (`git -c k=v commit`): whoever
 * reads a git command line (the amend detection, the agent's shell guard) skips them the same
 * way to find the subcommand.
 */
const GIT_GLOBAL_OPTIONS_WITH_VALUE = new Set([
    '-c',
    '-C',
    '--git-dir',
    '--work-tree',
    '--namespace',
    '--exec-path',
    '--config-env',
    '--super-prefix',
    '--list-cmds',
    '--attr-source',
]);


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


/***/ })

};
