export const id = 570;
export const ids = [570];
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

/***/ 9728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ doctorJson),
/* harmony export */   Y: () => (/* binding */ renderDoctor)
/* harmony export */ });
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2726);

/** What `ao doctor` (and `ao init`, after setting up) reports: whether commits and pushes here are gated, and how to fix what is not. */
function doctorJson(report) {
    return {
        gated: report.gated,
        top: report.top,
        hooksPath: report.hooksPath ?? null,
        worktrees: report.worktrees,
        findings: report.findings.map((f) => ({
            code: f.code,
            severity: f.severity,
            message: f.message,
            where: f.where ?? null,
            fix: f.fix,
            alternative: f.alternative ?? null,
        })),
    };
}
function renderFinding(finding, style) {
    const mark = finding.severity === 'ungated' ? style.bad('✘') : style.dim('!');
    const lines = [`  ${mark} ${(0,_output_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(finding.message)}`, `      fix: ${(0,_output_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(finding.fix)}`];
    if (finding.alternative)
        lines.push(style.dim(`      or:  ${(0,_output_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(finding.alternative.replace(/^or /, ''))}`));
    return lines;
}
function renderDoctor(report, style, findings = report.findings) {
    const ungated = findings.filter((f) => f.severity === 'ungated');
    const trees = report.worktrees.length;
    const head = ungated.length
        ? `ao doctor: ${style.bad('NOT GATED')}: ${ungated.length} problem${ungated.length === 1 ? '' : 's'}; commits or pushes here are not checked until fixed`
        : `ao doctor: ${style.ok('gated')}: pre-commit and pre-push run ao${trees > 1 ? ` in all ${trees} worktrees` : ''}`;
    const lines = [head];
    for (const tree of report.worktrees) {
        const how = tree.hooks
            .map((h) => `${h.hook} ${h.ok ? 'ok' : 'NOT ok'}${h.manager !== 'none' && h.manager !== 'ao' && h.manager !== 'script' ? ` (${h.manager})` : ''}`)
            .join(', ');
        lines.push(style.dim(`  ${tree.current ? 'this worktree' : 'worktree'} ${(0,_output_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(tree.path)}: hooks in ${(0,_output_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(tree.hooksDir)}: ${how}`));
    }
    if (report.hooksPath)
        lines.push(style.dim(`  core.hooksPath: ${(0,_output_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(JSON.stringify(report.hooksPath.value))} (${report.hooksPath.scope} config, ${(0,_output_js__WEBPACK_IMPORTED_MODULE_0__/* .clean */ .uH)(report.hooksPath.origin)})`));
    for (const finding of [...ungated, ...findings.filter((f) => f.severity !== 'ungated')])
        lines.push(...renderFinding(finding, style));
    return lines.join('\n');
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

/***/ 6341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qh: () => (/* binding */ HUSKY_WORKTREE_LINE),
  o_: () => (/* binding */ SETUP_COMMIT_MESSAGE),
  h4: () => (/* binding */ diagnose),
  mQ: () => (/* binding */ plainHooksDir)
});

// EXTERNAL MODULE: ./src/repo/writer.ts
var writer = __webpack_require__(9381);
// EXTERNAL MODULE: ./src/core/shell.ts
var shell = __webpack_require__(6673);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/record.ts
var record = __webpack_require__(4130);
// EXTERNAL MODULE: ./src/git/git.ts + 6 modules
var git = __webpack_require__(7579);
;// CONCATENATED MODULE: ./src/repo/hook-script.ts
/**
 * Reads a hook script (POSIX sh) without running it, to answer one question: does it run
 * `ao hook <name>` in a way whose refusal refuses the commit or push? A script that merely
 * mentions ao (a comment, an echo, a call behind `|| true`, after an `exit 0`) does not.
 * This is a reader for the shapes hooks take, not a shell: what it cannot follow (a call
 * inside a function or an `if`) counts as not running ao, never as running it.
 */
const OPENERS = new Set(['if', 'while', 'until', 'for', 'case', 'select']);
const CLOSERS = new Set(['fi', 'done', 'esac']);
const CONTINUERS = new Set(['then', 'do', 'else', 'elif']);
/** Splits a script into simple commands with their nesting depth (if/while/case/{ }/( ) bodies are deeper). */
function parseCommands(text) {
    const commands = [];
    const stack = [];
    let words = [];
    let word;
    let line = 1;
    let commandLine = 1;
    let before = '';
    let skipNextWord = false; // the target of a redirection
    const heredocs = [];
    let i = 0;
    const endWord = () => {
        if (!word)
            return;
        if (skipNextWord)
            skipNextWord = false;
        else {
            if (words.length === 0)
                commandLine = line;
            words.push(word);
        }
        word = undefined;
    };
    const endCommand = (op) => {
        endWord();
        let negated = false;
        // Reserved words at the start of a command change the depth; what follows them is a command.
        while (words.length > 0) {
            const first = words[0].raw;
            if (OPENERS.has(first) || first === '{') {
                stack.push(first);
                words.shift();
                if (first === 'for' || first === 'select' || first === 'case')
                    words = []; // `for x in ...`, `case $x in`: no command
            }
            else if (CLOSERS.has(first) || first === '}') {
                stack.pop();
                words.shift();
            }
            else if (CONTINUERS.has(first))
                words.shift();
            else if (first === '!') {
                negated = true;
                words.shift();
            }
            else
                break;
        }
        if (words.length > 0)
            commands.push({ words, line: commandLine, depth: stack.length, before, after: op, negated });
        else if (commands.length > 0 && op !== '\n' && op !== ';')
            commands[commands.length - 1].after = op;
        words = [];
        before = op === '\n' ? '' : op;
    };
    const append = (text, raw) => {
        word ??= { text: '', raw: '' };
        word.text += text;
        word.raw += raw;
    };
    /** Reads a `$( )` or backquoted substitution starting at `start`; returns the index after it. */
    const substitution = (start) => {
        if (text[start] === '`') {
            let j = start + 1;
            while (j < text.length && text[j] !== '`')
                j += text[j] === '\\' ? 2 : 1;
            return j + 1;
        }
        let depth = 0;
        let j = start; // at '('
        for (; j < text.length; j++) {
            const c = text[j];
            if (c === '\\')
                j++;
            else if (c === "'")
                j = text.indexOf("'", j + 1) === -1 ? text.length : text.indexOf("'", j + 1);
            else if (c === '(')
                depth++;
            else if (c === ')' && --depth === 0)
                return j + 1;
            else if (c === '\n')
                line++;
        }
        return j;
    };
    while (i < text.length) {
        const c = text[i];
        const next = text[i + 1];
        if (c === '\\' && next === '\n') {
            i += 2;
            line++;
            continue;
        }
        if (c === '\n') {
            endCommand('\n');
            line++;
            i++;
            // The bodies of here-documents started on this line are data, not commands.
            for (const { tag, strip } of heredocs.splice(0)) {
                while (i < text.length) {
                    const end = text.indexOf('\n', i);
                    const body = text.slice(i, end === -1 ? text.length : end);
                    i = end === -1 ? text.length : end + 1;
                    line++;
                    if ((strip ? body.replace(/^\t+/, '') : body) === tag)
                        break;
                }
            }
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r') {
            endWord();
            i++;
            continue;
        }
        if (c === '#' && !word) {
            while (i < text.length && text[i] !== '\n')
                i++;
            continue;
        }
        if (c === "'") {
            const end = text.indexOf("'", i + 1);
            const stop = end === -1 ? text.length : end;
            const body = text.slice(i + 1, stop);
            line += body.split('\n').length - 1;
            append(body, text.slice(i, stop + 1));
            i = stop + 1;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            let body = '';
            while (j < text.length && text[j] !== '"') {
                if (text[j] === '\\' && j + 1 < text.length) {
                    body += text[j + 1];
                    j += 2;
                }
                else if ((text[j] === '$' && text[j + 1] === '(') || text[j] === '`') {
                    const end = substitution(text[j] === '`' ? j : j + 1);
                    body += text.slice(j, end);
                    j = end;
                }
                else {
                    if (text[j] === '\n')
                        line++;
                    body += text[j];
                    j++;
                }
            }
            append(body, text.slice(i, j + 1));
            i = j + 1;
            continue;
        }
        if (c === '\\') {
            append(next ?? '', text.slice(i, i + 2));
            i += 2;
            continue;
        }
        if ((c === '$' && next === '(') || c === '`') {
            const end = substitution(c === '`' ? i : i + 1);
            append(text.slice(i, end), text.slice(i, end));
            i = end;
            continue;
        }
        if (c === '$' && next === '{') {
            const end = text.indexOf('}', i);
            const stop = end === -1 ? text.length : end + 1;
            append(text.slice(i, stop), text.slice(i, stop));
            i = stop;
            continue;
        }
        if (c === '<' || c === '>') {
            if (word && /^\d+$/.test(word.raw))
                word = undefined; // the fd number of `2>&1`
            endWord();
            let j = i + 1;
            if (c === '<' && text[j] === '<') {
                j++;
                const strip = text[j] === '-';
                if (strip)
                    j++;
                const match = /^[ \t]*(['"]?)([A-Za-z0-9_-]+)\1/.exec(text.slice(j));
                if (match) {
                    heredocs.push({ tag: match[2], strip });
                    j += match[0].length;
                }
                i = j;
                continue;
            }
            if (text[j] === '>' || text[j] === '&' || text[j] === '|')
                j++;
            if (text[j - 1] === '&' && /\d|-/.test(text[j] ?? '')) {
                while (/\d|-/.test(text[j] ?? ''))
                    j++; // `>&2`: no target word
            }
            else
                skipNextWord = true;
            i = j;
            continue;
        }
        if (c === ';' || c === '&' || c === '|') {
            const op = (c === '&' && next === '&') || (c === '|' && next === '|') || (c === ';' && next === ';') ? c + next : c;
            endCommand(op === ';;' ? ';' : op);
            i += op.length;
            continue;
        }
        if (c === '(' || c === ')') {
            endWord();
            if (c === '(') {
                if (words.length > 0 && text[i + 1] === ')') {
                    // `name() {`: a function definition; its body is deeper (the `{` opens it).
                    words = [];
                    i += 2;
                    continue;
                }
                endCommand(';');
                stack.push('(');
            }
            else {
                if (stack[stack.length - 1] === 'case') {
                    words = []; // a case pattern: `a|b)`
                    i++;
                    continue;
                }
                endCommand(';');
                if (stack[stack.length - 1] === '(')
                    stack.pop();
            }
            i++;
            continue;
        }
        append(c, c);
        i++;
    }
    endCommand('\n');
    return commands;
}
const RUNNER_FLAGS_WITH_VALUE = new Set(['-p', '--package', '-c', '--call', '--node-options']);
/** The program a command runs once `exec`, `env`, assignments and package runners are looked through. */
function programOf(words) {
    let rest = words.map((w) => w.text);
    let exec = false;
    for (;;) {
        const first = rest[0];
        if (first === undefined)
            return undefined;
        if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first))
            rest = rest.slice(1);
        else if (first === 'exec')
            (exec = true), (rest = rest.slice(1));
        else if (first === 'command' || first === 'time' || first === 'env')
            rest = rest.slice(1).filter((w, k) => k > 0 || !w.startsWith('-'));
        else
            break;
    }
    const [first, ...args] = rest;
    const runner = runnerOf(first, args);
    if (runner) {
        const [name, ...after] = runner.rest;
        if (name !== 'ao' && name !== '@agentops/verdict')
            return undefined;
        return { program: { kind: 'runner', text: name, runner: runner.name, fetches: runner.fetches }, args: after, exec };
    }
    if (first === 'node' && args[0] && /(^|\/)(ao|dist\/cli\/index\.js)$/.test(args[0])) {
        return { program: { kind: 'path', text: args[0] }, args: args.slice(1), exec };
    }
    const variable = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(first);
    if (variable && /^(ao|AO_BIN)$/i.test(variable[1]))
        return { program: { kind: 'variable', text: `$${variable[1]}` }, args, exec };
    if (first === 'ao')
        return { program: { kind: 'name', text: 'ao' }, args, exec };
    if (/\/ao$/.test(first))
        return { program: { kind: 'path', text: first }, args, exec };
    return undefined;
}
function runnerOf(first, args) {
    const skipFlags = (words) => {
        let k = 0;
        let noInstall = false;
        while (k < words.length && words[k].startsWith('-')) {
            const flag = words[k];
            if (flag === '--') {
                k++;
                break;
            }
            if (flag === '--no-install' || flag === '--no' || flag === '--offline' || flag === '--prefer-offline=false')
                noInstall = true;
            k += RUNNER_FLAGS_WITH_VALUE.has(flag) ? 2 : 1;
        }
        return { rest: words.slice(k), noInstall };
    };
    if (first === 'npx' || first === 'bunx') {
        const { rest, noInstall } = skipFlags(args);
        return { name: first, rest, fetches: !noInstall };
    }
    if ((first === 'npm' && (args[0] === 'exec' || args[0] === 'x')) || (first === 'bun' && args[0] === 'x')) {
        const { rest, noInstall } = skipFlags(args.slice(1));
        return { name: `${first} ${args[0]}`, rest, fetches: !noInstall };
    }
    if (first === 'pnpm' || first === 'yarn') {
        const sub = args[0] === 'exec' || args[0] === 'run' ? 1 : args[0] === 'dlx' ? -1 : 0;
        if (sub === -1)
            return { name: `${first} dlx`, rest: skipFlags(args.slice(1)).rest, fetches: true };
        return { name: sub ? `${first} ${args[0]}` : first, rest: skipFlags(args.slice(sub)).rest, fetches: false };
    }
    return undefined;
}
/** True when `args` ask ao for the decision this hook needs. */
function argsFit(args, hook) {
    if (args[0] === 'hook')
        return args[1] === hook;
    // `ao verify` on the staged change decides what the commit hook decides.
    return (hook === 'pre-commit' && args[0] === 'verify' && args.slice(1).every((a) => a === '--staged' || a === '--json'));
}
function isTerminating(command) {
    const found = programOf(command.words);
    const first = command.words[0]?.text;
    const unconditional = !['&&', '||', '|'].includes(command.before) && !['&&', '||', '|'].includes(command.after);
    if (!unconditional || command.negated)
        return false;
    if (first === 'exit' || first === 'return')
        return true;
    // `exec >&2` only redirects; `exec prog` replaces the shell.
    return first === 'exec' && command.words.length > 1 && !found;
}
function exitKeepsStatus(command) {
    if (command?.words[0]?.text !== 'exit')
        return false;
    const code = command.words[1]?.text;
    return code === undefined || code === '$?' || /^[1-9]\d*$/.test(code);
}
function readsStdin(command) {
    const [first, ...rest] = command.words.map((w) => w.text);
    if (first === 'read' || (first === 'cat' && rest.length === 0))
        return true;
    return command.words.some((w) => /\$\(\s*cat\s*\)|`\s*cat\s*`/.test(w.text) || /^[A-Za-z_][A-Za-z0-9_]*=\$\(\s*cat\s*\)/.test(w.raw));
}
/**
 * Whether the script runs `ao hook <hook>` so that ao's refusal is the hook's refusal.
 * `errexit`: the script runs under `sh -e` (husky runs .husky/ files so).
 */
function readHookScript(text, hook, options = {}) {
    const commands = parseCommands(text);
    const top = commands.filter((c) => c.depth === 0);
    let errexit = options.errexit === true || /^#![^\n]*\s-[a-z]*e/.test(text);
    let stdinRead = false;
    let mentioned;
    for (let k = 0; k < top.length; k++) {
        const command = top[k];
        const found = programOf(command.words);
        if (!found) {
            if (isTerminating(command)) {
                const later = top.slice(k + 1).find((c) => programOf(c.words) && argsFit(programOf(c.words).args, hook));
                if (later)
                    return {
                        runsAo: false,
                        why: 'unreachable',
                        line: later.line,
                        detail: `line ${command.line} (\`${command.words.map((w) => w.raw).join(' ')}\`) ends the script before ao runs on line ${later.line}`,
                    };
            }
            const [first, ...rest] = command.words.map((w) => w.text);
            if (first === 'set' && rest.some((w) => /^-[a-z]*e/.test(w) || w === 'errexit'))
                errexit = true;
            if (first === 'set' && rest.some((w) => /^\+[a-z]*e/.test(w)))
                errexit = false;
            if (readsStdin(command))
                stdinRead = true;
            continue;
        }
        const call = { line: command.line, program: found.program, args: found.args };
        if (!argsFit(found.args, hook)) {
            mentioned ??= call;
            continue;
        }
        const where = `line ${command.line}`;
        if (command.negated || command.before === '||' || command.after === '|' || command.after === '&') {
            const how = command.negated
                ? 'negates it with `!`'
                : command.before === '||'
                    ? 'runs it only when the command before fails'
                    : command.after === '|'
                        ? "pipes its output on, so the status is the next command's"
                        : 'runs it in the background';
            return { runsAo: false, why: 'status-ignored', line: command.line, detail: `${where} runs ao but ${how}` };
        }
        if (hook === 'pre-push' && stdinRead && command.before !== '|') {
            return {
                runsAo: false,
                why: 'stdin-consumed',
                line: command.line,
                detail: `the script reads git's list of pushed refs from stdin before ${where}, and does not pass it on to ao, which then checks nothing`,
            };
        }
        const index = commands.indexOf(command);
        const rest = commands.slice(index + 1);
        const after = rest[0];
        let decides;
        if (found.exec)
            decides = true;
        // `ao ... || exit 1`, or `|| { echo ...; exit 1; }`: the refusal still ends the script.
        else if (command.after === '||') {
            const deeper = rest.slice(1).findIndex((c) => c.depth <= command.depth);
            decides = rest.slice(0, deeper === -1 ? rest.length : deeper + 1).some(exitKeepsStatus);
        }
        // `ao ... && more`: a refusal skips the rest of the list, whose status is then the script's only if nothing follows.
        else if (command.after === '&&')
            decides = rest.every((c) => ['&&', '||', '|'].includes(c.before));
        else
            decides =
                errexit ||
                    rest.length === 0 ||
                    (after?.depth === command.depth && exitKeepsStatus(after) && [undefined, '$?'].includes(after.words[1]?.text));
        if (!decides) {
            const swallow = command.after === '||'
                ? `\`|| ${after?.words.map((w) => w.raw).join(' ') ?? ''}\` swallows its refusal`
                : command.after === '&&'
                    ? 'the script goes on after that list, and exits with the status of what runs last'
                    : 'the script goes on after it and exits with the status of what runs last';
            return { runsAo: false, why: 'status-ignored', line: command.line, detail: `${where} runs ao but ${swallow}` };
        }
        return { runsAo: true, call };
    }
    if (mentioned) {
        return {
            runsAo: false,
            why: 'no-call',
            line: mentioned.line,
            detail: `line ${mentioned.line} runs ao ${mentioned.args.join(' ')}, not \`ao hook ${hook}\``,
        };
    }
    const inside = commands.find((c) => c.depth > 0 && programOf(c.words) && argsFit(programOf(c.words).args, hook));
    if (inside) {
        return {
            runsAo: false,
            why: 'no-call',
            line: inside.line,
            detail: `ao runs only inside a condition, loop or function (line ${inside.line}); a hook must run \`ao hook ${hook}\` on every path`,
        };
    }
    return {
        runsAo: false,
        why: 'no-call',
        detail: `it never runs \`ao hook ${hook}\`${/\bao\b/.test(text) ? ' (it only mentions ao, in a comment or as text)' : ''}`,
    };
}
/** Lines of a YAML file with comments removed (a `#` at the start or after a space, outside quotes). */
function yamlLines(text) {
    return text.split('\n').map((raw, index) => {
        let content = '';
        let quote = '';
        for (let k = 0; k < raw.length; k++) {
            const c = raw[k];
            if (quote) {
                if (c === quote)
                    quote = '';
            }
            else if (c === '"' || c === "'")
                quote = c;
            else if (c === '#' && (k === 0 || /\s/.test(raw[k - 1])))
                break;
            content += c;
        }
        return { indent: /^ */.exec(raw)[0].length, content: content.trimEnd(), line: index + 1 };
    });
}
function yamlScalar(value) {
    const v = value.trim();
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))
        return v.slice(1, -1);
    return v;
}
const PRE_COMMIT_IDS = { 'pre-commit': 'ao-verify', 'pre-push': 'ao-verify-push' };
/** Does a `.pre-commit-config.yaml` run ao for this hook type? */
function readPreCommitConfig(text, hook) {
    const lines = yamlLines(text);
    let repo = '';
    // Each `- id:` starts a hook entry; its `entry:` (if any) follows at deeper indentation.
    for (let k = 0; k < lines.length; k++) {
        const { content, line } = lines[k];
        const repoMatch = /^\s*-?\s*repo:\s*(.*)$/.exec(content);
        if (repoMatch)
            repo = yamlScalar(repoMatch[1]);
        const idMatch = /^(\s*)-\s*id:\s*(.*)$/.exec(content);
        if (!idMatch)
            continue;
        const id = yamlScalar(idMatch[2]);
        const indent = idMatch[1].length;
        let entry;
        let language = '';
        for (let j = k + 1; j < lines.length && (lines[j].indent > indent || lines[j].content === ''); j++) {
            const entryMatch = /^\s*entry:\s*(.*)$/.exec(lines[j].content);
            if (entryMatch)
                entry = { value: yamlScalar(entryMatch[1]), line: lines[j].line };
            const languageMatch = /^\s*language:\s*(.*)$/.exec(lines[j].content);
            if (languageMatch)
                language = yamlScalar(languageMatch[1]);
        }
        if (entry) {
            const reading = readHookScript(entry.value, hook);
            // Only `system` and `script` hooks run with the user's PATH; other languages get an environment the framework builds.
            const managed = language !== 'system' && language !== 'script';
            if (reading.runsAo)
                return {
                    runsAo: true,
                    call: { ...reading.call, line: entry.line },
                    remote: managed,
                    line: entry.line,
                    detail: `entry on line ${entry.line}`,
                };
        }
        else if (id === PRE_COMMIT_IDS[hook] && repo !== 'local' && repo !== 'meta') {
            return { runsAo: true, remote: true, line, detail: `hook id ${id} on line ${line}` };
        }
    }
    return {
        runsAo: false,
        detail: `it has no hook that runs \`ao hook ${hook}\` (id ${PRE_COMMIT_IDS[hook]}, or an entry running it)`,
    };
}
/** Does a lefthook YAML configuration run ao for this hook? (JSON configurations too.) */
function readLefthookConfig(text, hook, json) {
    const runs = [];
    let skipped = false;
    let stdin = false;
    if (json) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            return { runsAo: false, detail: 'it is not valid JSON' };
        }
        const walk = (value, key) => {
            if (typeof value === 'string' && key === 'run')
                runs.push({ value, line: 0 });
            if (key === 'skip' && value === true)
                skipped = true;
            if (key === 'use_stdin' && value === true)
                stdin = true;
            if (value && typeof value === 'object')
                for (const [k, v] of Object.entries(value))
                    walk(v, k);
        };
        walk(parsed?.[hook], hook);
    }
    else {
        const lines = yamlLines(text);
        const start = lines.findIndex((l) => l.indent === 0 && new RegExp(`^["']?${hook}["']?:\\s*$`).test(l.content));
        if (start !== -1) {
            for (let k = start + 1; k < lines.length && (lines[k].indent > 0 || lines[k].content === ''); k++) {
                const { content, line, indent } = lines[k];
                const run = /^\s*(?:-\s*)?run:\s*(.*)$/.exec(content);
                if (run) {
                    let value = yamlScalar(run[1]);
                    if (/^[|>][-+]?$/.test(value)) {
                        const body = [];
                        for (let j = k + 1; j < lines.length && (lines[j].indent > indent || lines[j].content === ''); j++)
                            body.push(lines[j].content.trim());
                        value = body.join('\n');
                    }
                    runs.push({ value, line });
                }
                if (/^\s*skip:\s*true\s*$/.test(content))
                    skipped = true;
                if (/^\s*use_stdin:\s*true\s*$/.test(content))
                    stdin = true;
            }
        }
    }
    if (skipped)
        return { runsAo: false, detail: `its ${hook} section says \`skip: true\`` };
    for (const run of runs) {
        const reading = readHookScript(run.value, hook);
        if (!reading.runsAo)
            continue;
        if (hook === 'pre-push' && !stdin) {
            return {
                runsAo: false,
                line: run.line || undefined,
                detail: 'its pre-push command runs ao without `use_stdin: true`, so ao gets no pushed refs and checks nothing',
            };
        }
        return {
            runsAo: true,
            call: { ...reading.call, line: run.line },
            line: run.line || undefined,
            detail: run.line ? `run on line ${run.line}` : 'a run command',
        };
    }
    return { runsAo: false, detail: `its ${hook} section has no command that runs \`ao hook ${hook}\`` };
}

// EXTERNAL MODULE: ./src/repo/ledger-view.ts + 1 modules
var ledger_view = __webpack_require__(3263);
;// CONCATENATED MODULE: ./src/repo/doctor.ts









/**
 * `ao doctor`: every way this clone can be ungated without anyone noticing (hooks git never
 * runs, hooks that do not run ao, an ao the hook cannot find, a worktree without hooks, a
 * set-up that was never made or committed), each with the command that fixes it. It reads
 * files and git's configuration; it never runs a hook.
 */
const GATE_HOOKS = ['pre-commit', 'pre-push'];
const SETUP_COMMIT_MESSAGE = 'Set up agentops/verdict';
async function readHookConfig(cwd, env) {
    const result = await (0,git/* runGit */.EO)(cwd, [
        'config',
        '--show-origin',
        '--show-scope',
        '-z',
        '--get-regexp',
        '^(core\\.hookspath|extensions\\.worktreeconfig)$',
    ], { okCodes: [1], env });
    const fields = result.stdout.toString('utf8').split('\0');
    const hooksPath = [];
    let worktreeConfig = false;
    for (let k = 0; k + 2 < fields.length; k += 3) {
        const [scope = '', origin = '', entry = ''] = fields.slice(k, k + 3);
        const newline = entry.indexOf('\n');
        const key = newline === -1 ? entry : entry.slice(0, newline);
        const value = newline === -1 ? '' : entry.slice(newline + 1);
        if (key === 'core.hookspath')
            hooksPath.push({ value, scope, origin: origin.replace(/^file:/, '') });
        else if (key === 'extensions.worktreeconfig')
            worktreeConfig = /^(true|yes|on|1)$/i.test(value);
    }
    return { hooksPath, worktreeConfig };
}
async function listWorktrees(git) {
    const out = (await git.run(['worktree', 'list', '--porcelain', '-z'])).stdout.toString('utf8');
    const trees = [];
    let current;
    for (const field of out.split('\0')) {
        if (field.startsWith('worktree '))
            trees.push((current = { path: field.slice('worktree '.length), bare: false, prunable: false }));
        else if (current && field === 'bare')
            current.bare = true;
        else if (current && field.startsWith('prunable'))
            current.prunable = true;
    }
    return trees;
}
/** The hooks directory git uses for a worktree whose top is `top`, given core.hooksPath. */
function hooksDirFor(top, value, commonDir, env) {
    if (!value)
        return (0,external_node_path_.join)(commonDir, 'hooks');
    const path = value.value;
    if (path === '~' || path.startsWith('~/'))
        return (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), path.slice(1));
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(top, path);
}
function samePath(a, b) {
    if ((0,external_node_path_.resolve)(a) === (0,external_node_path_.resolve)(b))
        return true;
    try {
        return (0,external_node_fs_.realpathSync)(a) === (0,external_node_fs_.realpathSync)(b);
    }
    catch {
        return false;
    }
}
function isExecutableFile(path) {
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            return false;
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
const MAX_SCRIPT_BYTES = 256 * 1024;
function readSmallFile(path) {
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        if (!stat.isFile() || stat.size > MAX_SCRIPT_BYTES)
            return undefined;
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** Finds an executable `name` on a PATH whose relative entries are taken from `top` (where hooks run). */
function which(name, pathDirs, top) {
    for (const dir of pathDirs) {
        const candidate = (0,external_node_path_.join)((0,external_node_path_.isAbsolute)(dir) ? dir : (0,external_node_path_.join)(top, dir), name);
        if (isExecutableFile(candidate))
            return candidate;
    }
    return undefined;
}
/** True when `file` belongs to the @agentops/verdict package (following links, as exec does). */
function isAgentopsAo(file) {
    let dir;
    try {
        dir = (0,external_node_path_.dirname)((0,external_node_fs_.realpathSync)(file));
    }
    catch {
        return false;
    }
    for (let up = 0; up < 6; up++) {
        const text = readSmallFile((0,external_node_path_.join)(dir, 'package.json'));
        if (text) {
            try {
                if (JSON.parse(text).name === '@agentops/verdict')
                    return true;
            }
            catch {
                // not a package manifest we can read; keep looking up
            }
        }
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return false;
}
/** What file the hook's ao program is, looked up from the worktree's root as the hook would. */
function resolveAo(program, top, env, huskyPath) {
    const path = (env.PATH ?? '').split(':');
    const searched = huskyPath ? ['node_modules/.bin', ...path] : path;
    const local = (0,external_node_path_.join)(top, 'node_modules', '.bin', 'ao');
    const byName = (name, dirs) => {
        const found = name.includes('/')
            ? isExecutableFile((0,external_node_path_.resolve)(top, name))
                ? (0,external_node_path_.resolve)(top, name)
                : undefined
            : which(name, dirs, top);
        return found
            ? { file: found }
            : {
                missing: name.includes('/')
                    ? `${name} is not an executable file`
                    : `no executable ${name} on ${huskyPath ? "husky's PATH (node_modules/.bin, then PATH)" : 'PATH'}`,
            };
    };
    switch (program.kind) {
        case 'name':
            return byName('ao', searched);
        case 'runner':
            if (isExecutableFile(local))
                return { file: local };
            return which('ao', path, top)
                ? { file: which('ao', path, top) }
                : {
                    missing: `neither node_modules/.bin/ao nor an ao on PATH${program.fetches ? `, so ${program.runner} would fetch and run whatever package the registry has under that name` : ''}`,
                };
        case 'path': {
            const text = program.text
                .replace(/^(\$\{?root\}?|\$\(git rev-parse --show-toplevel\))\//, `${top}/`)
                .replace(/^~\//, `${env.HOME || (0,external_node_os_.homedir)()}/`);
            if (text.includes('$'))
                return { missing: `cannot tell what ${program.text} is` };
            return byName((0,external_node_path_.isAbsolute)(text) ? text : `./${text}`, []);
        }
        case 'variable': {
            const aoBin = env.AO_BIN;
            if (aoBin)
                return byName(aoBin, path);
            if (program.text === '$AO_BIN')
                return { missing: 'AO_BIN is not set' };
            // Our plain hooks: $AO_BIN, else node_modules/.bin/ao, else ao on PATH.
            if (isExecutableFile(local))
                return { file: local };
            return byName('ao', path);
        }
    }
}
/** Whether the repository's package.json depends on @agentops/verdict, and the install command its lockfile implies. */
function installCommand(top) {
    const pkg = readSmallFile((0,external_node_path_.join)(top, 'package.json'));
    if (!pkg)
        return 'npm i -g @agentops/verdict';
    let depends = false;
    try {
        const parsed = JSON.parse(pkg);
        depends = ['dependencies', 'devDependencies', 'optionalDependencies'].some((key) => parsed[key]?.['@agentops/verdict'] !== undefined);
    }
    catch {
        // an unreadable package.json: suggest adding the dependency
    }
    const manager = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(top, 'pnpm-lock.yaml'))
        ? 'pnpm'
        : (0,external_node_fs_.existsSync)((0,external_node_path_.join)(top, 'yarn.lock'))
            ? 'yarn'
            : 'npm';
    if (depends)
        return `${manager} install`;
    return manager === 'npm' ? 'npm i -D @agentops/verdict' : `${manager} add -D @agentops/verdict`;
}
/** The install that makes ao resolvable from `top` (a global one needs no `cd`). */
function installAt(ctx, top) {
    const command = installCommand(top);
    return command.includes(' -g ') ? command : at(ctx, top, command);
}
const LEFTHOOK_CONFIGS = [
    'lefthook.yml',
    '.lefthook.yml',
    'lefthook.yaml',
    '.lefthook.yaml',
    '.config/lefthook.yml',
    '.config/lefthook.yaml',
    'lefthook.json',
    '.lefthook.json',
    'lefthook.toml',
    '.lefthook.toml',
];
function describeProgram(program) {
    if (program.kind === 'variable')
        return program.text === '$ao' ? 'ao ($AO_BIN, else node_modules/.bin/ao, else ao on PATH)' : `\`${program.text}\``;
    return `\`${program.runner ? `${program.runner} ` : ''}${program.text}\``;
}
/** A path as the user should type it: relative to where they are when that is shorter. */
function shown(ctx, path) {
    const rel = (0,external_node_path_.relative)(ctx.cwd, path);
    return (0,shell/* shellQuote */.Z)(rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : path);
}
/** `command`, run at `dir` (prefixed with a `cd` when that is not where the user is). */
function at(ctx, dir, command) {
    return (0,external_node_path_.resolve)(ctx.cwd) === (0,external_node_path_.resolve)(dir) ? command : `cd ${(0,shell/* shellQuote */.Z)(dir)} && ${command}`;
}
function usesHusky(top, hooksPath) {
    if (hooksPath && /(^|\/)\.husky(\/_)?\/?$/.test(hooksPath.value))
        return true;
    for (const hook of GATE_HOOKS)
        if ((0,writer/* lexists */.h$)((0,external_node_path_.join)(top, '.husky', hook)))
            return true;
    const pkg = readSmallFile((0,external_node_path_.join)(top, 'package.json'));
    return pkg !== undefined && /"prepare"\s*:\s*"[^"]*\bhusky\b/.test(pkg);
}
/** Reads one hook in one worktree: does git run it, and does it run ao so that ao decides? */
function inspectHook(ctx, top, hooksDir, hook) {
    const file = (0,external_node_path_.join)(hooksDir, hook);
    const state = { hook, file, manager: 'none', ok: false };
    const warnings = [];
    const plainFix = 'ao init --hooks git';
    if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile()) {
        return {
            state,
            warnings,
            problem: {
                code: 'hook-missing',
                message: `there is no ${hook} hook in ${hooksDir}, so git runs none`,
                where: file,
                fix: at(ctx, top, usesHusky(top, undefined) ? 'ao init --hooks husky' : plainFix),
            },
        };
    }
    if (!isExecutableFile(file)) {
        return {
            state,
            warnings,
            problem: {
                code: 'hook-not-executable',
                message: `${file} is not executable, so git skips it (with only a hint on stderr)`,
                where: file,
                fix: `chmod +x ${shown(ctx, file)}`,
            },
        };
    }
    if ((0,external_node_fs_.statSync)(file).size > MAX_SCRIPT_BYTES) {
        return {
            state,
            warnings,
            problem: {
                code: 'hook-does-not-run-ao',
                message: `${file} is larger than ${MAX_SCRIPT_BYTES / 1024} KiB: ao doctor does not read it, and cannot say it runs ao`,
                where: file,
                fix: `\${EDITOR:-vi} ${shown(ctx, file)}`,
            },
        };
    }
    const text = readSmallFile(file) ?? '';
    let reading;
    let script = file;
    let huskyPath = false;
    let fix = plainFix;
    if (/^\s*\.\s+"\$\(dirname "\$0"\)\/h"\s*$/m.test(text)) {
        // husky 9: .husky/_/<hook> sources .husky/_/h, which runs .husky/<hook> with `sh -e`
        // and node_modules/.bin first on PATH; a missing .husky/<hook> passes silently.
        state.manager = 'husky';
        huskyPath = true;
        fix = 'ao init --hooks husky';
        script = (0,external_node_path_.join)((0,external_node_path_.dirname)(hooksDir), hook);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(hooksDir, 'h'))) {
            return {
                state,
                warnings,
                problem: {
                    code: 'husky-incomplete',
                    message: `${(0,external_node_path_.join)(hooksDir, 'h')} (husky's runner) is missing, so ${hook} fails for every commit`,
                    where: hooksDir,
                    fix: at(ctx, top, 'npx husky'),
                },
            };
        }
        const body = readSmallFile(script);
        if (body === undefined) {
            return {
                state: { ...state, script },
                warnings,
                problem: {
                    code: 'hook-missing',
                    message: `husky runs ${script}, which does not exist: husky then lets every ${hook === 'pre-push' ? 'push' : 'commit'} through`,
                    where: script,
                    fix: at(ctx, top, fix),
                },
            };
        }
        reading = readHookScript(body, hook, { errexit: true });
    }
    else if (/File generated by pre-commit: https:\/\/pre-commit\.com/.test(text)) {
        state.manager = 'pre-commit';
        const configured = /--config=([^\s)]+)/.exec(text)?.[1] ?? '.pre-commit-config.yaml';
        script = (0,external_node_path_.isAbsolute)(configured) ? configured : (0,external_node_path_.join)(top, configured);
        const config = readSmallFile(script);
        reading = config === undefined ? { runsAo: false, detail: 'it does not exist' } : readPreCommitConfig(config, hook);
    }
    else if (/^[^#\n]*\blefthook\b/m.test(text) && /call_lefthook|lefthook[^\n]*\brun\b/.test(text)) {
        state.manager = 'lefthook';
        const name = LEFTHOOK_CONFIGS.find((candidate) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(top, candidate)));
        script = (0,external_node_path_.join)(top, name ?? 'lefthook.yml');
        const config = readSmallFile(script);
        if (config !== undefined && name?.endsWith('.toml')) {
            warnings.push({
                code: 'config-unreadable',
                severity: 'warning',
                message: `ao doctor cannot read TOML, so it did not check that ${script} runs \`ao hook ${hook}\``,
                where: script,
                fix: `grep -n 'ao hook ${hook}' ${shown(ctx, script)}`,
            });
            reading = { runsAo: true, detail: 'not checked (TOML)' };
        }
        else
            reading =
                config === undefined
                    ? { runsAo: false, detail: 'there is no lefthook configuration' }
                    : readLefthookConfig(config, hook, name?.endsWith('.json') === true);
        if (reading.runsAo) {
            const local = LEFTHOOK_CONFIGS.map((n) => n.replace(/^(\.?(?:config\/)?lefthook)/, '$1-local')).find((candidate) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(top, candidate)));
            const override = local ? readSmallFile((0,external_node_path_.join)(top, local)) : undefined;
            if (override && readLefthookConfig(override, hook, local.endsWith('.json')).detail.includes('skip: true')) {
                reading = { runsAo: false, detail: `${local} skips it (\`skip: true\`)` };
                script = (0,external_node_path_.join)(top, local);
            }
        }
    }
    else {
        state.manager = text.includes('agentops/verdict') ? 'ao' : 'script';
        reading = readHookScript(text, hook);
    }
    state.script = script;
    if (!reading.runsAo) {
        const what = script === file ? file : `${script} (which ${file} runs through ${state.manager})`;
        // ao init adds its line where none is; a line that is there but cannot refuse needs a hand.
        const byHand = 'why' in reading && reading.why !== 'no-call';
        if (state.manager === 'lefthook' && !byHand)
            fix = lefthookFix(script, hook);
        return {
            state,
            warnings,
            problem: {
                code: 'hook-does-not-run-ao',
                message: `${what} does not run ao so that it can refuse: ${reading.detail}`,
                where: script,
                fix: byHand ? `\${EDITOR:-vi} ${shown(ctx, script)}` : at(ctx, top, fix),
            },
        };
    }
    state.ok = true;
    // A framework that installs ao itself (a pre-commit hook from our repository) needs no lookup.
    if (reading.call && !reading.remote) {
        const found = resolveAo(reading.call.program, top, ctx.env, huskyPath);
        if ('missing' in found) {
            state.ok = false;
            const program = describeProgram(reading.call.program);
            return {
                state,
                warnings,
                lookup: { program, missing: found.missing },
                problem: {
                    code: 'ao-not-found',
                    message: `${script} runs ${program}, which does not resolve from ${top}: ${found.missing}; every ${hook === 'pre-push' ? 'push' : 'commit'} then fails`,
                    where: script,
                    fix: installAt(ctx, top),
                    alternative: reading.call.program.kind === 'variable' ? 'export AO_BIN=/path/to/ao' : undefined,
                },
            };
        }
        state.ao = found.file;
        if (!isAgentopsAo(found.file)) {
            warnings.push({
                code: 'ao-not-ours',
                severity: 'warning',
                message: `the ao that ${script} runs is ${found.file}, which is not part of the @agentops/verdict package`,
                where: found.file,
                fix: installAt(ctx, top),
            });
        }
    }
    return { state, warnings };
}
/** lefthook installs its own hook over ours on every `npm install`: the fix belongs in its configuration. */
function lefthookFix(config, hook) {
    const text = readSmallFile(config) ?? '';
    const run = `npx --no-install ao hook ${hook}${hook === 'pre-push' ? ' {1} {2}' : ''}`;
    if (config.endsWith('.json') || config.endsWith('.toml') || new RegExp(`^["']?${hook}["']?:`, 'm').test(text)) {
        return `\${EDITOR:-vi} ${(0,shell/* shellQuote */.Z)(config)}   # under ${hook}: add a command with run: ${run}${hook === 'pre-push' ? ' and use_stdin: true' : ''}`;
    }
    const block = `${hook}:\\n  commands:\\n    agentops-verdict:\\n      run: ${run}\\n${hook === 'pre-push' ? '      use_stdin: true\\n' : ''}`;
    return `printf '${block}' >> ${(0,shell/* shellQuote */.Z)(config)}`;
}
/** Where `ignore-scripts=true` is set for npm in this clone: the project's .npmrc, the user's, the environment. */
function ignoreScriptsSources(top, env) {
    const found = [];
    for (const [key, value] of Object.entries(env)) {
        if (key.toLowerCase() === 'npm_config_ignore_scripts' && /^(true|1)$/i.test(value ?? ''))
            found.push({ where: `the environment (${key}=${value})` });
    }
    const userConfig = env.npm_config_userconfig || env.NPM_CONFIG_USERCONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.npmrc');
    for (const file of [(0,external_node_path_.join)(top, '.npmrc'), userConfig]) {
        const text = readSmallFile(file);
        if (!text)
            continue;
        text.split('\n').forEach((line, index) => {
            if (/^\s*ignore-scripts\s*=\s*true\s*$/i.test(line))
                found.push({ where: `${file}:${index + 1}` });
        });
    }
    return found;
}
/** The findings about core.hooksPath's value, given where the ao hooks really are. */
function hooksPathFix(ctx, tree, value, target) {
    if (value.scope === 'worktree')
        return { fix: at(ctx, tree, 'git config --worktree --unset core.hooksPath') };
    if (value.scope === 'command')
        return {
            fix: 'unset GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT',
            alternative: 'drop the `-c core.hooksPath=...` from the git command',
        };
    if (target === 'husky')
        return { fix: at(ctx, ctx.git.topLevel, 'npx husky') };
    if (value.scope === 'local')
        return { fix: 'git config --local --unset core.hooksPath' };
    // A global or system value: override it for this repository only, in every worktree.
    return {
        fix: `git config --local core.hooksPath ${(0,shell/* shellQuote */.Z)(target)}`,
        alternative: `git config --${value.scope} --unset core.hooksPath (for every repository)`,
    };
}
async function diagnose(git, env) {
    const [config, paths, worktrees, headPolicy] = await Promise.all([
        readHookConfig(git.topLevel, env),
        git.text(['rev-parse', '--path-format=absolute', '--git-path', 'hooks', '--git-common-dir']),
        listWorktrees(git),
        git.readObjects([`HEAD:${record/* POLICY_PATH */.l$}`]),
    ]);
    const [currentHooksDir = '', commonDir = ''] = paths.split('\n');
    const ctx = { git, env, cwd: git.cwd, commonDir };
    const top = git.topLevel;
    const findings = [];
    const add = (finding) => {
        if (!findings.some((f) => f.code === finding.code && f.fix === finding.fix && f.message === finding.message))
            findings.push(finding);
    };
    // Set up at all, and committed?
    const policyHere = (0,writer/* lexists */.h$)((0,external_node_path_.join)(top, record/* POLICY_PATH */.l$));
    const genesis = (0,ledger_view/* listWorktreeLedger */.fV)(top)
        .map(record/* parseRecordPath */.OT)
        .some((parts) => parts?.seq === 0);
    if (!policyHere || !genesis) {
        // Nothing is enforced, whatever the hooks are; `ao init` sets up the hooks too.
        const finding = {
            code: 'not-set-up',
            severity: 'ungated',
            message: `agentops/verdict is not set up in this repository (${!policyHere ? `no ${record/* POLICY_PATH */.l$}` : 'no genesis record in .agents/ledger'})`,
            where: top,
            fix: at(ctx, top, 'ao init'),
        };
        return { gated: false, top, hooksPath: config.hooksPath.at(-1), worktrees: [], findings: [finding] };
    }
    else if (!headPolicy.get(`HEAD:${record/* POLICY_PATH */.l$}`)) {
        add({
            code: 'setup-not-committed',
            severity: 'ungated',
            message: `${record/* POLICY_PATH */.l$} is not committed yet: the gate starts at the commit after it (until then the base has no policy and nothing is enforced)`,
            where: top,
            fix: at(ctx, top, `git add .agents && git commit -m ${(0,shell/* shellQuote */.Z)(SETUP_COMMIT_MESSAGE)}`),
        });
    }
    if (env.HUSKY === '0') {
        add({
            code: 'hooks-disabled',
            severity: 'ungated',
            message: 'HUSKY=0 is set in the environment: every ao hook (husky or plain) lets everything through',
            where: 'environment',
            fix: 'unset HUSKY',
        });
    }
    const hooksPath = config.hooksPath.at(-1);
    const husky = usesHusky(top, hooksPath);
    if (husky) {
        const init = (0,external_node_path_.join)(env.XDG_CONFIG_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.config'), 'husky', 'init.sh');
        const text = readSmallFile(init);
        if (text && /^[^#\n]*\bHUSKY=0\b/m.test(text)) {
            add({
                code: 'hooks-disabled',
                severity: 'ungated',
                message: `${init} sets HUSKY=0, and husky sources it before every hook: no hook runs`,
                where: init,
                fix: `sed -i.bak '/HUSKY=0/d' ${(0,shell/* shellQuote */.Z)(init)}`,
            });
        }
    }
    const ignoreScripts = husky ? ignoreScriptsSources(top, env) : [];
    const states = [];
    // This worktree first (its findings lead), whatever spelling of its path git recorded.
    const isTop = (path) => samePath(path, top);
    const ordered = [...worktrees].sort((a, b) => Number(isTop(b.path)) - Number(isTop(a.path)));
    if (!ordered.some((tree) => isTop(tree.path)))
        ordered.unshift({ path: top, bare: false, prunable: false });
    for (const tree of ordered) {
        if (tree.bare || tree.prunable || !(0,external_node_fs_.existsSync)(tree.path))
            continue;
        const current = isTop(tree.path);
        let value = hooksPath;
        let dir = current ? currentHooksDir : hooksDirFor(tree.path, hooksPath, commonDir, env);
        if (!current && config.worktreeConfig) {
            // Per-worktree configuration may set its own hooks path: ask git there.
            value = (await readHookConfig(tree.path, env)).hooksPath.at(-1);
            dir = hooksDirFor(tree.path, value, commonDir, env);
        }
        const label = current ? '' : `in worktree ${tree.path}: `;
        const inspections = GATE_HOOKS.map((hook) => inspectHook(ctx, tree.path, dir, hook));
        const state = {
            path: tree.path,
            current,
            hooksDir: dir,
            hooks: inspections.map((i) => i.state),
            gated: inspections.every((i) => !i.problem),
        };
        states.push(state);
        for (const inspection of inspections)
            for (const warning of inspection.warnings)
                add({ ...warning, message: label + warning.message });
        if (state.gated)
            continue;
        // Why does git not run ao here? The root cause first: one fix, not one per hook file.
        const treeHusky = husky || usesHusky(tree.path, value);
        const huskyDir = (0,external_node_path_.join)(tree.path, '.husky', '_');
        const sourceOf = value ? `${value.scope} config (${value.origin})` : '';
        if (treeHusky && !value) {
            if (ignoreScripts.length > 0) {
                add({
                    code: 'ignore-scripts',
                    severity: 'ungated',
                    message: `${label}husky never ran here: core.hooksPath is not set, because npm's ignore-scripts=true (in ${ignoreScripts.map((s) => s.where).join(', ')}) stops \`npm install\` from running package.json's "prepare": "husky"; git runs the hooks in ${dir} instead`,
                    where: ignoreScripts[0].where,
                    fix: at(ctx, tree.path, 'npx husky'),
                    alternative: 'or use plain git hooks, which need no install script: ao init --hooks git',
                });
            }
            else {
                add({
                    code: 'hooks-path-unset',
                    severity: 'ungated',
                    message: `${label}core.hooksPath is not set, so git runs the hooks in ${dir}, not husky's .husky/_ (husky has not run in this clone)`,
                    where: dir,
                    fix: at(ctx, tree.path, 'npx husky'),
                });
            }
            continue;
        }
        if (treeHusky && value && (0,external_node_path_.resolve)(dir) !== (0,external_node_path_.resolve)(huskyDir)) {
            add({
                code: 'hooks-path-elsewhere',
                severity: 'ungated',
                message: `${label}core.hooksPath is ${JSON.stringify(value.value)} (set in ${sourceOf}), so git runs the hooks in ${dir}, which do not run ao; husky's hooks in .husky/_ never run`,
                where: value.origin,
                ...hooksPathFix(ctx, tree.path, value, 'husky'),
            });
            continue;
        }
        if (treeHusky && value && (0,external_node_path_.resolve)(dir) === (0,external_node_path_.resolve)(huskyDir) && !(0,external_node_fs_.existsSync)(huskyDir)) {
            // husky's output is gitignored: a clone or worktree that never ran husky has none.
            const source = [top, ...worktrees.map((w) => w.path)]
                .map((p) => (0,external_node_path_.join)(p, '.husky', '_'))
                .find((p) => p !== huskyDir && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(p, 'h')));
            const npx = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(tree.path, 'node_modules', '.bin', 'husky'));
            add({
                code: current ? 'husky-not-installed' : 'worktree-without-hooks',
                severity: 'ungated',
                message: `${label}${huskyDir} does not exist, so git finds no hooks here (core.hooksPath ${JSON.stringify(value.value)} is relative to each worktree, and husky's output is not committed)`,
                where: tree.path,
                fix: source && !npx ? `cp -R ${(0,shell/* shellQuote */.Z)(source)} ${(0,shell/* shellQuote */.Z)(huskyDir)}` : at(ctx, tree.path, 'npx husky'),
                alternative: source && npx ? `cp -R ${(0,shell/* shellQuote */.Z)(source)} ${(0,shell/* shellQuote */.Z)(huskyDir)}` : undefined,
            });
            continue;
        }
        if (!treeHusky && value) {
            const repoHooks = (0,external_node_path_.join)(commonDir, 'hooks');
            const repoHooksRunAo = (0,external_node_path_.resolve)(repoHooks) !== (0,external_node_path_.resolve)(dir) &&
                GATE_HOOKS.every((hook) => !inspectHook(ctx, tree.path, repoHooks, hook).problem);
            if (repoHooksRunAo || value.scope === 'global' || value.scope === 'system') {
                const { fix, alternative } = hooksPathFix(ctx, tree.path, value, repoHooks);
                add({
                    code: 'hooks-path-elsewhere',
                    severity: 'ungated',
                    message: `${label}core.hooksPath is ${JSON.stringify(value.value)} (set in ${sourceOf}), so git runs the hooks in ${dir}, which do not run ao${repoHooksRunAo ? `; the ao hooks in ${repoHooks} never run` : `; this repository's own hooks directory ${repoHooks} is never used`}`,
                    where: value.origin,
                    fix: repoHooksRunAo ? fix : `${at(ctx, top, 'ao init --hooks git')} && ${fix}`,
                    alternative,
                });
                continue;
            }
        }
        const [first, second] = inspections;
        if (first?.lookup &&
            second?.lookup &&
            first.problem?.fix === second.problem?.fix &&
            first.lookup.missing === second.lookup.missing &&
            first.lookup.program === second.lookup.program) {
            // One ao that cannot be found: one finding for both hooks.
            const scripts = inspections.map((i) => i.state.script ?? i.state.file).join(' and ');
            add({
                ...first.problem,
                severity: 'ungated',
                where: tree.path,
                message: `${label}${scripts} run ${first.lookup.program}, which does not resolve from ${tree.path}: ${first.lookup.missing}; every commit and push then fails`,
            });
            continue;
        }
        for (const inspection of inspections) {
            if (inspection.problem)
                add({ severity: 'ungated', ...inspection.problem, message: label + inspection.problem.message });
        }
    }
    if (husky) {
        if (ignoreScripts.length > 0 && !findings.some((f) => f.code === 'ignore-scripts')) {
            add({
                code: 'ignore-scripts',
                severity: 'warning',
                message: `npm's ignore-scripts=true (in ${ignoreScripts.map((s) => s.where).join(', ')}): \`npm install\` never runs "prepare": "husky", so a fresh clone gets no hooks until someone runs \`npx husky\` there`,
                where: ignoreScripts[0].where,
                fix: 'npx husky',
                alternative: 'or use plain git hooks, which need no install script: ao init --hooks git',
            });
        }
        const pkg = readSmallFile((0,external_node_path_.join)(top, 'package.json'));
        if (pkg !== undefined && !/"prepare"\s*:\s*"[^"]*\bhusky\b/.test(pkg)) {
            add({
                code: 'no-prepare-script',
                severity: 'warning',
                message: 'package.json has no "prepare" script running husky, so a fresh clone gets no hooks from `npm install`',
                where: (0,external_node_path_.join)(top, 'package.json'),
                fix: at(ctx, top, /"prepare"\s*:/.test(pkg)
                    ? 'npm pkg set scripts.prepare="husky && $(npm pkg get scripts.prepare | tr -d \'"\')"'
                    : 'npm pkg set scripts.prepare=husky'),
            });
        }
        const postCheckout = readSmallFile((0,external_node_path_.join)(top, '.husky', 'post-checkout'));
        if (!postCheckout?.includes(HUSKY_WORKTREE_LINE)) {
            add({
                code: 'worktrees-not-covered',
                severity: 'warning',
                message: "`git worktree add` will make worktrees without husky's hooks: .husky/post-checkout does not copy .husky/_ into them",
                where: (0,external_node_path_.join)(top, '.husky', 'post-checkout'),
                fix: at(ctx, top, 'ao init --hooks husky'),
            });
        }
    }
    return { gated: !findings.some((f) => f.severity === 'ungated'), top, hooksPath, worktrees: states, findings };
}
/**
 * The line `ao init` adds to .husky/post-checkout. `git worktree add` runs post-checkout
 * from the worktree it was run in (so $0 is that worktree's .husky/post-checkout, an
 * absolute path) with the new worktree as the current directory: copy husky's gitignored
 * .husky/_ there, so the relative core.hooksPath finds hooks in the new worktree too.
 */
const HUSKY_WORKTREE_LINE = 'if [ -d .husky ] && [ ! -d .husky/_ ] && [ -d "$(dirname "$0")/_" ]; then cp -R "$(dirname "$0")/_" .husky/_; fi';
/**
 * Where `ao init --hooks git` installs: git's hooks directory, unless core.hooksPath comes
 * from the user's global or system configuration (a directory shared by every repository):
 * then this repository's own, which `ao doctor` then reports as hidden.
 */
async function plainHooksDir(git, env) {
    const [config, paths] = await Promise.all([
        readHookConfig(git.topLevel, env),
        git.text(['rev-parse', '--path-format=absolute', '--git-path', 'hooks', '--git-common-dir']),
    ]);
    const [hooksDir = '', commonDir = ''] = paths.split('\n');
    const scope = config.hooksPath.at(-1)?.scope;
    return scope === 'global' || scope === 'system' || scope === 'command' ? (0,external_node_path_.join)(commonDir, 'hooks') : hooksDir;
}


/***/ })

};
