export const id = 403;
export const ids = [403];
export const modules = {

/***/ 4165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ compileForbidPattern),
/* harmony export */   Dn: () => (/* binding */ forbiddenLines),
/* harmony export */   IO: () => (/* binding */ describeRule),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Y: () => (/* binding */ ruleOf),
/* harmony export */   Zn: () => (/* binding */ MAX_SCANNED_LINE_CHARS),
/* harmony export */   gA: () => (/* binding */ findRatchetSlips),
/* harmony export */   gK: () => (/* binding */ retirementIndex),
/* harmony export */   iB: () => (/* binding */ verdictRemedy),
/* harmony export */   iX: () => (/* binding */ verdictMeets),
/* harmony export */   jx: () => (/* binding */ validateConstraints),
/* harmony export */   tP: () => (/* binding */ learnedIn)
/* harmony export */ });
/* unused harmony exports RULE_KINDS, MAX_PATTERN_LENGTH, hasNestedQuantifier, constraintKey */
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1603);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9844);




const RULE_KINDS = ['requireEvidence', 'requireCheckerKind', 'forbidPattern', 'requireCheck'];
const MAX_PATTERN_LENGTH = 500;
/** Only this many characters of each added line are tested: minified files do not make a check slow. */
const MAX_SCANNED_LINE_CHARS = 2000;
function ruleOf(constraint) {
    const c = constraint;
    for (const kind of RULE_KINDS)
        if (typeof c[kind] === 'string')
            return { kind, value: c[kind] };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`constraint "${constraint.id}" names no rule`, { fix: `give it exactly one of ${RULE_KINDS.join(', ')} in ${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$}` });
}
function describeRule(constraint) {
    const { kind, value } = ruleOf(constraint);
    switch (kind) {
        case 'requireEvidence':
            return `requires evidence of kind ${value}`;
        case 'requireCheckerKind':
            return `requires a checker of kind ${value}`;
        case 'forbidPattern':
            return `forbids added lines matching /${value}/`;
        case 'requireCheck':
            return `requires the check \`${value}\` to have been run and passed`;
    }
}
/** The back-link a refusal shows: `learned in sha256:abcd…: "TEXT"`. */
function learnedIn(constraint, learning) {
    const text = learning?.text ?? constraint.note;
    const shown = text ? `: "${oneLine(text, 160)}"` : '';
    return `learned in ${(0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(constraint.learning)}…${shown}`;
}
let linearEngine;
/**
 * V8's linear-time regular expression engine (flag `l`) cannot backtrack, so no pattern can
 * make a check take exponential time. It is enabled once per process; where a future Node
 * lacks it, patterns fall back to the backtracking engine behind a nested-quantifier check.
 */
function hasLinearEngine() {
    if (linearEngine === undefined) {
        try {
            (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--enable-experimental-regexp-engine');
            linearEngine = new RegExp('a', 'l').flags.includes('l');
        }
        catch {
            linearEngine = false;
        }
    }
    return linearEngine;
}
const compiledPatterns = new Map();
/** Compiles a constraint's forbidPattern, or says (naming the constraint) why it cannot be used. */
function compileForbidPattern(constraint, where = _record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$) {
    const source = constraint.forbidPattern;
    const cached = compiledPatterns.get(source);
    if (cached)
        return cached;
    const fail = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${where}: constraint "${constraint.id}" has an unusable forbidPattern /${oneLine(source, 80)}/: ${why}`, {
        fix: `correct the pattern in ${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} (JavaScript regular expression syntax, no flags; no backreferences or lookaround), or retire the constraint with \`ao retire ${constraint.id} --why "..."\``,
    });
    if (source.length > MAX_PATTERN_LENGTH)
        throw fail(`it is ${source.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`);
    let regex;
    try {
        regex = new RegExp(source);
    }
    catch (error) {
        throw fail(error.message.replace(/^Invalid regular expression: /, ''));
    }
    if (hasLinearEngine()) {
        try {
            regex = new RegExp(source, 'l');
        }
        catch {
            throw fail('it cannot run in linear time (backreferences, lookaround and counted repetitions above a few hundred are not allowed)');
        }
    }
    else if (hasNestedQuantifier(source)) {
        throw fail('a quantified group contains another unbounded quantifier, which can take exponential time');
    }
    compiledPatterns.set(source, regex);
    return regex;
}
/**
 * True when a group that is itself repeated without bound contains an unbounded quantifier,
 * e.g. `(a+)+` or `(x*y)*`: the shape behind catastrophic backtracking.
 */
function hasNestedQuantifier(source) {
    const frames = [false];
    let i = 0;
    const unboundedAt = (at) => {
        // Returns the length of an unbounded quantifier at `at` (*, +, {n,}), or 0.
        const ch = source[at];
        if (ch === '*' || ch === '+')
            return 1;
        const counted = /^\{\d+,\}/.exec(source.slice(at));
        return counted ? counted[0].length : 0;
    };
    while (i < source.length) {
        const ch = source[i];
        if (ch === '\\') {
            i += 2;
        }
        else if (ch === '[') {
            i++;
            while (i < source.length && source[i] !== ']')
                i += source[i] === '\\' ? 2 : 1;
            i++;
        }
        else if (ch === '(') {
            frames.push(false);
            i++;
            continue;
        }
        else if (ch === ')') {
            const inner = frames.length > 1 ? frames.pop() : false;
            i++;
            const quantifier = unboundedAt(i);
            if (quantifier && inner)
                return true;
            if (inner || quantifier)
                frames[frames.length - 1] = true;
            if (quantifier)
                i += quantifier;
            continue;
        }
        else {
            i++;
        }
        const quantifier = unboundedAt(i);
        if (quantifier) {
            frames[frames.length - 1] = true;
            i += quantifier;
        }
    }
    return false;
}
/** The added lines that a forbidPattern constraint refuses, among those on its paths. */
function forbiddenLines(constraint, lines, matches) {
    const regex = compileForbidPattern(constraint);
    return lines.filter((line) => matches(line.path) && regex.test(line.text.length > MAX_SCANNED_LINE_CHARS ? line.text.slice(0, MAX_SCANNED_LINE_CHARS) : line.text));
}
/** Whether a verdict meets a verdict-side rule (everything but forbidPattern), and if not, why. */
function verdictMeets(constraint, record) {
    const { kind, value } = ruleOf(constraint);
    switch (kind) {
        case 'requireEvidence':
            return record.evidence.some((e) => e.kind === value);
        case 'requireCheckerKind':
            return record.checker.kind === value;
        case 'requireCheck':
            return record.evidence.some((e) => (e.kind === 'test' || e.kind === 'command') && e.command === value && (e.exitCode === undefined || e.exitCode === 0));
        case 'forbidPattern':
            return true;
    }
}
/** What to add to `ao verdict` so the verdict meets a verdict-side rule. */
function verdictRemedy(constraint) {
    const { kind, value } = ruleOf(constraint);
    switch (kind) {
        case 'requireEvidence':
            return value === 'link' ? `--evidence link:https://...` : `--evidence ${value}:'...'`;
        case 'requireCheckerKind':
            return `--checker-kind ${value}`;
        case 'requireCheck':
            return `--ran ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z)(value)}`;
        case 'forbidPattern':
            return '';
    }
}
/** Checks what the schema cannot: unique ids and usable patterns. Throws an AoError naming the constraint. */
function validateConstraints(constraints, where) {
    const seen = new Set();
    for (const constraint of constraints) {
        if (seen.has(constraint.id)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} at ${where}: two constraints have the id "${constraint.id}"`, { fix: `give each constraint in ${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} its own id` });
        }
        seen.add(constraint.id);
        if ('forbidPattern' in constraint)
            compileForbidPattern(constraint, `${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} at ${where}`);
    }
}
/** The rule part of a constraint, for telling whether one was changed in place. */
function constraintKey(constraint) {
    const { kind, value } = ruleOf(constraint);
    return JSON.stringify([constraint.id, constraint.learning, [...constraint.paths].sort(), kind, value]);
}
function oneLine(text, max) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
/**
 * Whether a constraint is retired on record: the ledger holds a retirement naming it that
 * is later (in ledger order) than its latest promotion. Built once from the records.
 */
function retirementIndex(records, compare) {
    const promoted = new Map();
    const retired = new Map();
    for (const record of records) {
        const id = record.type === 'promotion' ? record.constraint.id : record.type === 'retirement' ? record.constraint : undefined;
        if (id === undefined)
            continue;
        const map = record.type === 'promotion' ? promoted : retired;
        const current = map.get(id);
        if (!current || compare(current, record) < 0)
            map.set(id, record);
    }
    return (id) => {
        const retirement = retired.get(id);
        const promotion = promoted.get(id);
        return !!retirement && (!promotion || compare(promotion, retirement) < 0);
    };
}
/**
 * The ratchet: every constraint on the `before` side must still be on the `after` side,
 * unchanged, unless it is retired on record. Changing a constraint in place is a removal.
 */
function findRatchetSlips(before, after, isRetired, learnings) {
    const slips = [];
    const afterByKey = new Set('constraints' in after ? after.constraints.map(constraintKey) : []);
    const afterIds = new Set('constraints' in after ? after.constraints.map((c) => c.id) : []);
    for (const constraint of before) {
        if (afterByKey.has(constraintKey(constraint)) || isRetired(constraint.id))
            continue;
        const learned = learnedIn(constraint, learnings?.(constraint.learning));
        const how = 'invalid' in after
            ? `leaves ${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} invalid (${after.invalid}), dropping constraint "${constraint.id}" (${learned})`
            : 'missing' in after
                ? `deletes ${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$}, dropping constraint "${constraint.id}" (${learned})`
                : afterIds.has(constraint.id)
                    ? `changes constraint "${constraint.id}" (${learned}) in place: a constraint is changed by retiring it and promoting again`
                    : `removes constraint "${constraint.id}" (${learned}) from ${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$}`;
        slips.push({ constraint: constraint.id, learning: constraint.learning, message: `${how} with no retirement on record` });
    }
    return slips;
}


/***/ }),

/***/ 7403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ independenceProblem),
/* harmony export */   Ud: () => (/* binding */ manifestPaths),
/* harmony export */   eB: () => (/* binding */ rangeFixCommand),
/* harmony export */   hk: () => (/* binding */ decideChange)
/* harmony export */ });
/* unused harmony export fixCommand */
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1603);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6452);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3579);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9844);




/**
 * The checker must not be the worker, nor share its session. The git author is not compared:
 * a reviewer may well commit the agent's work they checked, and without signatures any
 * identity string can be claimed anyway (docs/threat-model.md).
 */
function independenceProblem(record) {
    const same = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
    if (same(record.checker.id, record.worker.id)) {
        return `checker ${record.checker.id} is also the worker: a change must be checked by something that did not write it`;
    }
    if (record.checker.session && record.worker.session && record.checker.session === record.worker.session) {
        return `checker and worker share session ${record.checker.session}: the checker must run in a fresh context`;
    }
    return undefined;
}
function manifestPaths(manifest) {
    return manifest.entries.map((entry) => (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .pathText */ .LF)(entry.path));
}
function fixCommand(change, options = {}) {
    const scope = change.kind === 'staged'
        ? change.amend
            ? ' --amend'
            : ''
        : change.kind === 'range' && change.range
            ? ` --range ${change.range.base.slice(0, 12)}..${change.range.head.slice(0, 12)}`
            : ` --commit ${change.commit?.slice(0, 12)}`;
    const checker = options.checkerHint ?? 'CHECKER-ID';
    return ['ao verdict pass', scope.trim(), `--checker ${checker === 'CHECKER-ID' ? checker : (0,_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z)(checker)}`, ...(options.extra ?? [])].filter(Boolean).join(' ');
}
/** The verdict command that covers a whole range: its combined change and each commit's own. */
function rangeFixCommand(range, policy, checkerHint) {
    const change = { kind: 'range', label: 'range', range, manifest: { entries: [], digest: '' } };
    return fixCommand(change, { checkerHint, extra: requiredExtras(policy) });
}
/** Decides whether one change is covered: by the latest verdict naming its digest, under the policy. */
function decideChange(change, options) {
    const { policy } = options;
    if (change.manifest.entries.length === 0) {
        return {
            change,
            outcome: 'empty',
            reason: change.cleanMerge ? 'clean merge: git merge-tree reproduces it exactly' : 'changes nothing outside the ledger',
        };
    }
    // The ratchet holds whoever made the change and whatever a verdict says.
    const slip = change.ratchetSlips?.[0];
    if (slip) {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'ratchet',
            policyRule: `constraint ${slip.constraint}`,
            constraint: slip.constraint,
            learning: slip.learning,
            reason: change.ratchetSlips.map((s) => s.message).join('; '),
            fix: `record why with \`ao retire ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z)(slip.constraint)} --why "..."\` (a retirement record lands with the change), or put the constraint back in ${'.agents/policy.json'}`,
        };
    }
    const violations = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .constraintViolations */ .Yu)(policy, manifestPaths(change.manifest), change.addedLines, options.learnings);
    if (violations.length > 0) {
        const first = violations[0];
        const where = first.lines.slice(0, 5).map((l) => `${l.path}:${l.line}`).join(', ');
        const rewrite = change.kind === 'staged'
            ? `remove the matching lines (${where}), stage the result, and record a verdict on it`
            : `rewrite ${change.label} without the matching lines (${where}): \`git commit --amend\` if it is the last commit, else \`git rebase -i ${change.range ? change.range.base.slice(0, 12) : `${change.commit?.slice(0, 12)}~1`}\``;
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'constraint',
            policyRule: `constraint ${first.constraint.id}`,
            constraint: first.constraint.id,
            learning: first.constraint.learning,
            reason: violations.map((v) => v.message).join('; '),
            fix: `${rewrite}; if the learning no longer holds: ao retire ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z)(first.constraint.id)} --why "..."`,
        };
    }
    const paths = manifestPaths(change.manifest);
    // An exempt author (a bot) may not touch what decides the gate itself.
    if (change.kind !== 'staged' && (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isAuthorExempt */ .PJ)(policy, change.authorEmail) && !(0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .touchesTrustRoots */ .re)(paths)) {
        return { change, outcome: 'exempt', reason: `author ${change.authorEmail} is exempt by policy` };
    }
    if ((0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .allPathsExempt */ .p3)(policy, paths)) {
        return { change, outcome: 'exempt', reason: 'every path it touches is exempt by policy' };
    }
    const fix = (extra = []) => fixCommand(change, { checkerHint: options.checkerHint, extra });
    const record = options.lookup(change.manifest.digest);
    if (!record) {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'no-verdict',
            reason: `no verdict covers its changes (digest ${(0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(change.manifest.digest)})`,
            fix: fix(requiredExtras(policy)),
        };
    }
    const by = `verdict ${(0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(record.id)} by ${record.checker.id}`;
    if (record.verdict !== 'pass') {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'verdict-fail',
            record,
            reason: `the latest ${by} says fail${record.summary ? `: ${firstLine(record.summary)}` : ''}`,
            fix: `address the failure, then ${fix(requiredExtras(policy))}`,
        };
    }
    const independence = independenceProblem(record);
    if (independence) {
        return { change, outcome: 'uncovered', failedRule: 'not-independent', record, reason: `${by}: ${independence}`, fix: fix(requiredExtras(policy)) };
    }
    const shortfalls = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .policyShortfalls */ .Z$)(policy, record, paths, options.learnings);
    if (shortfalls.length > 0) {
        const constraint = shortfalls.find((s) => s.constraint)?.constraint;
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'policy',
            policyRule: shortfalls[0].rule,
            constraint: constraint?.id,
            learning: constraint?.learning,
            record,
            reason: `${by} passes, but ${shortfalls.map((s) => s.message).join('; ')}`,
            fix: fix(shortfalls.map((s) => s.remedy).filter(Boolean)),
        };
    }
    const signatureProblem = options.signatureCheck?.(record);
    if (signatureProblem) {
        const signedFix = fixCommand(change, { checkerHint: record.checker.id, extra: [...requiredExtras(policy), '--sign ~/.ssh/id_ed25519'] });
        return { change, outcome: 'uncovered', failedRule: 'signature', record, reason: `${by}: ${signatureProblem}`, fix: signedFix };
    }
    return { change, outcome: 'covered', record, reason: `${by} (${record.checker.kind}) passes` };
}
function requiredExtras(policy) {
    const extras = (policy.require?.evidence ?? []).map((kind) => `--evidence ${kind}:'...'`);
    const kinds = policy.require?.checkerKinds;
    if (kinds && !kinds.includes('agent'))
        extras.unshift(`--checker-kind ${kinds[0]}`);
    return extras;
}
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}


/***/ }),

/***/ 3579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ defaultPolicy),
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   PJ: () => (/* binding */ isAuthorExempt),
/* harmony export */   Yu: () => (/* binding */ constraintViolations),
/* harmony export */   Z$: () => (/* binding */ policyShortfalls),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   mk: () => (/* binding */ MAX_POLICY_BYTES),
/* harmony export */   p3: () => (/* binding */ allPathsExempt),
/* harmony export */   re: () => (/* binding */ touchesTrustRoots)
/* harmony export */ });
/* unused harmony exports POLICY_SCHEMA, TRUST_ROOT_PATHS */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6310);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _constraints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4165);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9844);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2643);





const POLICY_SCHEMA = 'agentops-verdict/policy@1';
const MAX_POLICY_BYTES = 256 * 1024;
function defaultPolicy() {
    return {
        $schema: 'https://agentops.dev/schemas/verdict/policy/v1.json',
        schema: POLICY_SCHEMA,
        mode: 'commit',
        exempt: { paths: [], authors: [] },
        require: { evidence: [] },
        rules: [],
    };
}
/** Parses and validates a policy file; `where` names its source (a commit or the working tree). */
function parsePolicy(bytes, where) {
    const fix = `fix ${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} (format: docs/spec.md#policy), check it with \`ao verify\``;
    if (bytes.length > MAX_POLICY_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} at ${where} is ${bytes.length} bytes; the limit is ${MAX_POLICY_BYTES}`, { fix });
    let value;
    try {
        value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} at ${where} is not valid JSON: ${error.message}`, { fix });
    }
    const problems = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePolicyShape */ .WV)(value);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} at ${where} is not a valid policy: ${(0,_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSchemaProblems */ .xe)(problems)}`, { fix });
    const policy = value;
    for (const pattern of policy.exempt?.authors ?? []) {
        // The schema already forbids wildcards in the domain; this also refuses a bare "*" local part.
        if (/^[*?]+@/.test(pattern)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} at ${where}: exempt author pattern "${pattern}" would match every address at that domain`, { fix });
        }
    }
    (0,_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConstraints */ .jx)(policy.constraints ?? [], where);
    return policy;
}
const matcherCache = new Map();
/** A glob without "/" matches a file name anywhere (like .gitignore); with "/" it matches from the root. */
function globMatcher(globs) {
    const key = globs.join('\0');
    let matcher = matcherCache.get(key);
    if (!matcher) {
        const tests = globs.map((glob) => picomatch__WEBPACK_IMPORTED_MODULE_4___default()(glob, { dot: true, basename: !glob.includes('/') }));
        matcher = (path) => tests.some((test) => test(path));
        matcherCache.set(key, matcher);
    }
    return matcher;
}
/** Author patterns: exact addresses, case-insensitive; "*" and "?" only before the "@". */
function isAuthorExempt(policy, email) {
    if (!email)
        return false;
    const address = email.toLowerCase();
    return (policy.exempt?.authors ?? []).some((pattern) => {
        const [local = '', domain = ''] = pattern.toLowerCase().split('@');
        const at = address.lastIndexOf('@');
        if (at < 0 || address.slice(at + 1) !== domain)
            return false;
        const regex = new RegExp(`^${local.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
        return regex.test(address.slice(0, at));
    });
}
/** The files that decide what the gate trusts: never exempt, by path or by author. */
const TRUST_ROOT_PATHS = [_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$, '.agents/checkers'];
function touchesTrustRoots(paths) {
    return paths.some((path) => TRUST_ROOT_PATHS.includes(path));
}
/** True when every path is exempt. The trust roots (the policy, the trusted keys) never are. */
function allPathsExempt(policy, paths) {
    const globs = policy.exempt?.paths ?? [];
    if (globs.length === 0 || paths.length === 0 || touchesTrustRoots(paths))
        return false;
    const exempt = globMatcher(globs);
    return paths.every((path) => exempt(path));
}
/** What a passing verdict still lacks under the policy for the given paths. */
function policyShortfalls(policy, record, paths, learnings) {
    const shortfalls = [];
    const kinds = new Set(record.evidence.map((e) => e.kind));
    for (const kind of policy.require?.evidence ?? []) {
        if (!kinds.has(kind)) {
            shortfalls.push({ rule: `require.evidence`, message: `the policy requires evidence of kind "${kind}"`, remedy: `--evidence ${kind}:'...'` });
        }
    }
    const checkerKinds = policy.require?.checkerKinds;
    if (checkerKinds && !checkerKinds.includes(record.checker.kind)) {
        shortfalls.push({
            rule: 'require.checkerKinds',
            message: `the policy requires a checker of kind ${checkerKinds.join(' or ')}, not ${record.checker.kind}`,
            remedy: `--checker-kind ${checkerKinds[0]}`,
        });
    }
    for (const [index, rule] of (policy.rules ?? []).entries()) {
        const matches = globMatcher(rule.paths);
        const touched = paths.filter(matches);
        if (touched.length === 0)
            continue;
        const met = rule.anyOf.some((option) => (!option.checkerKind || option.checkerKind === record.checker.kind) && (!option.evidence || kinds.has(option.evidence)));
        if (!met) {
            const name = rule.name ?? `rules[${index}] (${rule.paths.join(', ')})`;
            const options = rule.anyOf.map(describeOption).join(', or ');
            const first = rule.anyOf[0];
            shortfalls.push({
                rule: name,
                message: `${touched[0]}${touched.length > 1 ? ` and ${touched.length - 1} more` : ''} fall under ${name}, which needs ${options}`,
                remedy: [first.checkerKind ? `--checker-kind ${first.checkerKind}` : '', first.evidence ? `--evidence ${first.evidence}:'...'` : ''].filter(Boolean).join(' '),
            });
        }
    }
    for (const constraint of policy.constraints ?? []) {
        if ('forbidPattern' in constraint)
            continue; // a property of the change, not the verdict: see constraintViolations
        const touched = paths.filter(globMatcher(constraint.paths));
        if (touched.length === 0 || (0,_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictMeets */ .iX)(constraint, record))
            continue;
        shortfalls.push({
            rule: `constraint ${constraint.id}`,
            message: `${describeTouched(touched)} fall under constraint "${constraint.id}" (${(0,_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .learnedIn */ .tP)(constraint, learnings?.(constraint.learning))}), which ${(0,_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRule */ .IO)(constraint)}`,
            remedy: (0,_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictRemedy */ .iB)(constraint),
            constraint,
        });
    }
    return shortfalls;
}
/**
 * What a change itself breaks, whatever any verdict says: lines added to a forbidPattern
 * constraint's paths that match its pattern. `addedLines` holds the lines the change adds
 * to those paths; `undefined` (not read) refuses rather than guessing.
 */
function constraintViolations(policy, paths, addedLines, learnings) {
    const violations = [];
    for (const constraint of policy.constraints ?? []) {
        if (!('forbidPattern' in constraint))
            continue;
        const matches = globMatcher(constraint.paths);
        const touched = paths.filter(matches);
        if (touched.length === 0)
            continue;
        const learned = (0,_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .learnedIn */ .tP)(constraint, learnings?.(constraint.learning));
        if (!addedLines) {
            violations.push({ constraint, lines: [], message: `constraint "${constraint.id}" (${learned}) could not be checked: the lines this change adds were not read` });
            continue;
        }
        const bad = (0,_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .forbiddenLines */ .Dn)(constraint, addedLines, matches);
        if (bad.length === 0)
            continue;
        const shown = bad.slice(0, 3).map((l) => `${l.path}:${l.line}: ${l.text.trim().slice(0, 100)}`).join('; ');
        violations.push({
            constraint,
            lines: bad,
            message: `constraint "${constraint.id}" (${learned}) forbids added lines matching /${constraint.forbidPattern}/ in ${constraint.paths.join(', ')}; this change adds ${bad.length}: ${shown}${bad.length > 3 ? '; …' : ''}`,
        });
    }
    return violations;
}
function describeTouched(touched) {
    return `${touched[0]}${touched.length > 1 ? ` and ${touched.length - 1} more` : ''}`;
}
function describeOption(option) {
    const parts = [];
    if (option.checkerKind)
        parts.push(`a checker of kind ${option.checkerKind}`);
    if (option.evidence)
        parts.push(`evidence of kind ${option.evidence}`);
    return parts.join(' with ');
}


/***/ })

};
