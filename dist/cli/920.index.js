export const id = 920;
export const ids = [920];
export const modules = {

/***/ 4165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ compileForbidPattern),
/* harmony export */   Dn: () => (/* binding */ forbiddenLines),
/* harmony export */   IO: () => (/* binding */ describeRule),
/* harmony export */   RB: () => (/* binding */ verdictNeeds),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Y: () => (/* binding */ ruleOf),
/* harmony export */   ZA: () => (/* binding */ MAX_SCAN_WORK),
/* harmony export */   ZI: () => (/* binding */ scanWork),
/* harmony export */   Zq: () => (/* binding */ constraintKey),
/* harmony export */   gA: () => (/* binding */ findRatchetSlips),
/* harmony export */   gK: () => (/* binding */ retirementIndex),
/* harmony export */   h9: () => (/* binding */ MAX_SCANNED_ADDED_LINES),
/* harmony export */   iX: () => (/* binding */ verdictMeets),
/* harmony export */   jx: () => (/* binding */ validateConstraints),
/* harmony export */   tP: () => (/* binding */ learnedIn),
/* harmony export */   tR: () => (/* binding */ MAX_SCANNED_PATCH_BYTES)
/* harmony export */ });
/* unused harmony exports RULE_KINDS, MAX_PATTERN_LENGTH, MAX_PATTERN_WEIGHT, compiledForbidPattern, patternWeight, retirementMismatch */
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1603);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _linear_regexp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8832);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9844);




const RULE_KINDS = ['requireEvidence', 'requireCheckerKind', 'forbidPattern', 'requireCheck'];
const MAX_PATTERN_LENGTH = 500;
/**
 * The lines a change adds under forbidPattern constraints are read up to these bounds (the
 * patch's bytes; the lines one change adds); a change above either is refused as not
 * checkable, never judged on part of its lines. Every added line is tested whole: a line's
 * length is no place to hide (the linear-time engine keeps a long line's cost linear).
 */
const MAX_SCANNED_PATCH_BYTES = 32 * 1024 * 1024;
const MAX_SCANNED_ADDED_LINES = 1_000_000;
function ruleOf(constraint) {
    const c = constraint;
    for (const kind of RULE_KINDS)
        if (typeof c[kind] === 'string')
            return { kind, value: c[kind] };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`constraint "${constraint.id}" names no rule`, { fix: `give it exactly one of ${RULE_KINDS.join(', ')} in ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$}` });
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
    return `learned in ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(constraint.learning)}…${shown}`;
}
/**
 * A pattern's weight above this is refused when it is promoted and when a policy is read:
 * the engine's work per character grows with the weight (`patternWeight`).
 */
const MAX_PATTERN_WEIGHT = 256;
/**
 * The most work one change may ask of its forbidPattern constraints, in weight-characters:
 * for each constraint, its weight times the characters (plus one per line) the change adds
 * to its paths, summed. About ten seconds of the linear engine at worst on a slow machine;
 * a change above it is refused as not checkable, never judged on part of its lines.
 */
const MAX_SCAN_WORK = 64 * 1024 * 1024;
const compiledPatterns = new Map();
/** Compiles a constraint's forbidPattern, or says (naming the constraint) why it cannot be used. */
function compileForbidPattern(constraint, where = _record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$) {
    return compiledForbidPattern(constraint, where).regex;
}
/** The compiled pattern and its weight; throws an AoError naming the constraint when it cannot be used. */
function compiledForbidPattern(constraint, where = _record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$) {
    const source = constraint.forbidPattern;
    const cached = compiledPatterns.get(source);
    if (cached)
        return cached;
    const fail = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`${where}: constraint "${constraint.id}" has an unusable forbidPattern /${oneLine(source, 80)}/: ${why}`, {
        fix: `correct the pattern in ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$} (JavaScript regular expression syntax, no flags; no backreferences or lookaround; weight at most ${MAX_PATTERN_WEIGHT}), or retire the constraint, saying why (\`ao retire ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(constraint.id)}\`)`,
    });
    if (source.length > MAX_PATTERN_LENGTH)
        throw fail(`it is ${source.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`);
    try {
        new RegExp(source);
    }
    catch (error) {
        throw fail(error.message.replace(/^Invalid regular expression: /, ''));
    }
    if (!(0,_linear_regexp_js__WEBPACK_IMPORTED_MODULE_3__/* .hasLinearEngine */ .I)()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`constraint "${constraint.id}" has a forbidPattern, and this Node.js (${process.version}) has no linear-time regular expression engine to run it safely`, {
            fix: `run ao on Node.js 20 or 24, through its entry point (which starts V8 with ${_linear_regexp_js__WEBPACK_IMPORTED_MODULE_3__/* .LINEAR_ENGINE_V8_FLAG */ .$})`,
        });
    }
    let regex;
    try {
        regex = new RegExp(source, 'l');
    }
    catch {
        throw fail('it cannot run in linear time (backreferences, lookaround and counted repetitions above 16 copies are not allowed)');
    }
    const weight = patternWeight(source);
    if (weight > MAX_PATTERN_WEIGHT) {
        throw fail(`its weight is ${weight}, above the limit of ${MAX_PATTERN_WEIGHT} (the engine's work per character grows with it: a character class counts its ranges, a repetition its copies, see docs/ratchet.md#forbidpattern-precisely); one .* finds the lines several do, and {n} the lines {n,} does`);
    }
    const compiled = { regex, weight };
    compiledPatterns.set(source, compiled);
    return compiled;
}
/** Ranges each class escape stands for (V8, no flags): the linear engine tests each range. */
const CLASS_ESCAPE_RANGES = { d: 1, D: 2, w: 4, W: 5, s: 10, S: 11 };
/**
 * An upper bound, up to a constant, on the linear engine's work per input character for a
 * pattern (which `new RegExp(source)` has accepted): the number of instructions it compiles
 * to, as docs/ratchet.md#forbidpattern-precisely defines it. A literal character or an
 * assertion weighs 1, `.` 4, a class escape its ranges (`\d` 1 … `\S` 11), a bracket class
 * its members (plus 1 when negated); a capturing group adds 1 and each `|` 1; `?` and `*`
 * double what they repeat, `+` quadruples it, `{n}` multiplies it by n, `{n,m}` by 2m and
 * `{n,}` by 2(n+1).
 */
function patternWeight(source) {
    let i = 0;
    const alternatives = () => {
        let weight = sequence();
        while (source[i] === '|') {
            i++;
            weight += 1 + sequence();
        }
        return weight;
    };
    const sequence = () => {
        let weight = 0;
        while (i < source.length && source[i] !== '|' && source[i] !== ')')
            weight += quantified(atom());
        return weight;
    };
    const atom = () => {
        const ch = source[i];
        if (ch === '(') {
            i++;
            let capturing = 1;
            if (source[i] === '?') {
                const named = source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!';
                if (named)
                    i = source.indexOf('>', i) + 1;
                else {
                    capturing = 0;
                    i += source[i + 1] === '<' ? 3 : 2;
                }
            }
            const inner = alternatives();
            if (source[i] === ')')
                i++;
            return inner + capturing;
        }
        if (ch === '[')
            return bracketClass();
        if (ch === '\\') {
            const next = source[i + 1] ?? '';
            i += 2;
            if (next === 'c' && /[A-Za-z]/.test(source[i] ?? ''))
                i++;
            else if (next === 'x' && /^[0-9A-Fa-f]{2}/.test(source.slice(i)))
                i += 2;
            else if (next === 'u' && /^[0-9A-Fa-f]{4}/.test(source.slice(i)))
                i += 4;
            return CLASS_ESCAPE_RANGES[next] ?? 1;
        }
        i++;
        return ch === '.' ? 4 : 1;
    };
    const bracketClass = () => {
        i++; // [
        const negated = source[i] === '^';
        if (negated)
            i++;
        let members = 0;
        while (i < source.length && source[i] !== ']') {
            if (source[i] === '\\') {
                const next = source[i + 1] ?? '';
                i += 2;
                if (next === 'c' && /[A-Za-z]/.test(source[i] ?? ''))
                    i++;
                else if (next === 'x' && /^[0-9A-Fa-f]{2}/.test(source.slice(i)))
                    i += 2;
                else if (next === 'u' && /^[0-9A-Fa-f]{4}/.test(source.slice(i)))
                    i += 4;
                members += CLASS_ESCAPE_RANGES[next] ?? 1;
            }
            else {
                i++;
                members++;
            }
            // a-b is one range: skip the dash and the range's end.
            if (source[i] === '-' && source[i + 1] !== undefined && source[i + 1] !== ']') {
                i += source[i + 1] === '\\' ? 3 : 2;
            }
        }
        i++; // ]
        return Math.max(1, members + (negated ? 1 : 0));
    };
    const quantified = (weight) => {
        let result = weight;
        const ch = source[i];
        const counted = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
        if (ch === '*' || ch === '?') {
            result = 2 * weight;
            i++;
        }
        else if (ch === '+') {
            result = 4 * weight;
            i++;
        }
        else if (counted) {
            const low = Number(counted[1]);
            const high = counted[2] === undefined ? low : counted[3] === '' ? undefined : Number(counted[3]);
            result = high === undefined ? 2 * (low + 1) * weight : high === low ? Math.max(1, low) * weight : 2 * Math.max(1, high) * weight;
            i += counted[0].length;
        }
        else
            return weight;
        if (source[i] === '?')
            i++; // lazy: the same instructions
        return result;
    };
    let weight = 0;
    while (i < source.length) {
        weight += alternatives();
        if (source[i] === ')')
            i++; // unbalanced in Annex B syntax: go on
    }
    return Math.max(1, weight);
}
/**
 * The work testing these added lines costs (docs/ratchet.md#forbidpattern-precisely): for
 * each forbidPattern constraint, its pattern's weight times the characters, plus one per
 * line, the lines on its paths hold. Throws like `compiledForbidPattern` for an unusable pattern.
 */
function scanWork(constraints, lines, matcher) {
    let work = 0;
    for (const constraint of constraints) {
        const { weight } = compiledForbidPattern(constraint);
        const matches = matcher(constraint.paths);
        for (const line of lines)
            if (matches(line.path))
                work += (line.text.length + 1) * weight;
    }
    return work;
}
/** The added lines that a forbidPattern constraint refuses, among those on its paths. */
function forbiddenLines(constraint, lines, matches) {
    const regex = compileForbidPattern(constraint);
    return lines.filter((line) => matches(line.path) && regex.test(line.text));
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
/** What a verdict must carry to meet a verdict-side rule (none for forbidPattern, which no verdict meets). */
function verdictNeeds(constraint) {
    if ('requireEvidence' in constraint)
        return [{ need: 'evidence', evidence: constraint.requireEvidence }];
    if ('requireCheckerKind' in constraint)
        return [{ need: 'checker-kind', checkerKind: constraint.requireCheckerKind }];
    if ('requireCheck' in constraint)
        return [{ need: 'ran', command: constraint.requireCheck }];
    return [];
}
/** Checks what the schema cannot: unique ids and usable patterns. Throws an AoError naming the constraint. */
function validateConstraints(constraints, where) {
    const seen = new Set();
    for (const constraint of constraints) {
        if (seen.has(constraint.id)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$} at ${where}: two constraints have the id "${constraint.id}"`, { fix: `give each constraint in ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$} its own id` });
        }
        seen.add(constraint.id);
        if ('forbidPattern' in constraint)
            compileForbidPattern(constraint, `${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$} at ${where}`);
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
 * Whether a constraint id is retired on record: the ledger holds a retirement naming it that
 * is later (in ledger order) than its latest promotion. For display (ao context, the report,
 * ao retire's "already retired"); the gate decides with `findRatchetSlips`, which matches
 * each retirement to the very constraint a change takes out.
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
 * Why `retirement` does not retire `constraint` (as it stood before the change), or undefined
 * when it does: it names the constraint's id and learning, its learning back-link names a
 * learning record, and its promotion back-link, when it has one, names a promotion record of
 * exactly this constraint (id, learning, paths and rule).
 */
function retirementMismatch(retirement, constraint, record) {
    const named = `retirement ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(retirement.id)}…`;
    if (retirement.constraint !== constraint.id)
        return `${named} names constraint "${retirement.constraint}"`;
    if (retirement.learning !== constraint.learning)
        return `${named} names learning ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(retirement.learning)}…, but the constraint was learned in ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(constraint.learning)}…`;
    if (record(retirement.learning)?.type !== 'learning')
        return `${named} links learning ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(retirement.learning)}…, which is no learning record in the ledger`;
    if (retirement.promotion === undefined)
        return undefined;
    const promotion = record(retirement.promotion);
    if (promotion?.type !== 'promotion')
        return `${named} links promotion ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(retirement.promotion)}…, which is no promotion record in the ledger`;
    if (constraintKey(promotion.constraint) !== constraintKey(constraint)) {
        return `${named} retires the constraint promotion ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(promotion.id)}… made (${describeRule(promotion.constraint)} on ${promotion.constraint.paths.join(', ')}), not the one this change takes out`;
    }
    return undefined;
}
/**
 * The ratchet on one change to the policy. Every constraint on the `before` side must still
 * be on the `after` side, unchanged (changing one in place is taking it out), unless a
 * retirement the change adds matches it (`retirementMismatch`). Every constraint the change
 * adds (or changes) must link a learning record. Pure and monotone: the answer depends on
 * the two sides, the change's own records and the records its back-links name, so records
 * added later can never turn an accepted change into a refused one.
 */
function findRatchetSlips(before, after, inputs) {
    const slips = [];
    const afterConstraints = 'constraints' in after ? after.constraints : [];
    const afterByKey = new Set(afterConstraints.map(constraintKey));
    const beforeByKey = new Set(before.map(constraintKey));
    const afterIds = new Set(afterConstraints.map((c) => c.id));
    for (const constraint of before) {
        if (afterByKey.has(constraintKey(constraint)))
            continue;
        const candidates = inputs.retirements.filter((r) => r.constraint === constraint.id);
        const mismatches = candidates.map((r) => retirementMismatch(r, constraint, inputs.record));
        if (mismatches.some((m) => m === undefined))
            continue;
        const learned = learnedIn(constraint, inputs.learnings?.(constraint.learning));
        const how = 'invalid' in after
            ? `leaves ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$} invalid (${after.invalid}), dropping constraint "${constraint.id}" (${learned})`
            : 'missing' in after
                ? `deletes ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$}, dropping constraint "${constraint.id}" (${learned})`
                : afterIds.has(constraint.id)
                    ? `changes constraint "${constraint.id}" (${learned}) in place: a constraint is changed by retiring it and promoting again`
                    : `removes constraint "${constraint.id}" (${learned}) from ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$}`;
        const why = candidates.length === 0 ? 'with no retirement on record in this change' : `with no retirement on record that matches it: ${mismatches.join('; ')}`;
        slips.push({ constraint: constraint.id, learning: constraint.learning, message: `${how} ${why}` });
    }
    for (const constraint of afterConstraints) {
        if (beforeByKey.has(constraintKey(constraint)) || inputs.record(constraint.learning)?.type === 'learning')
            continue;
        slips.push({
            constraint: constraint.id,
            learning: constraint.learning,
            message: `adds constraint "${constraint.id}" to ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$} whose learning back-link ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(constraint.learning)}… names no learning record in the ledger`,
            fix: ['record the lesson with `', { command: 'learn', glob: constraint.paths[0] ?? 'GLOB' }, '` and add the constraint with `', { command: 'promote', constraint: constraint.id }, '`, which writes the back-link'],
        });
    }
    return slips;
}


/***/ }),

/***/ 7403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ independenceProblem),
/* harmony export */   Ud: () => (/* binding */ manifestPaths),
/* harmony export */   hk: () => (/* binding */ decideChange),
/* harmony export */   rv: () => (/* binding */ rangeFix)
/* harmony export */ });
/* unused harmony export verdictFix */
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
/** The verdict that would cover the change, by the checker hinted at (a placeholder without one). */
function verdictFix(change, checker, needs) {
    const scope = change.kind === 'staged'
        ? change.amend
            ? { kind: 'staged', amend: true }
            : { kind: 'staged' }
        : change.kind === 'range' && change.range
            ? { kind: 'range', base: change.range.base, head: change.range.head }
            : { kind: 'commit', commit: change.commit ?? '' };
    return { command: 'verdict', scope, ...(checker !== undefined ? { checker } : {}), needs };
}
/** The verdict that covers a whole range: its combined change and each commit's own. */
function rangeFix(range, policy, checkerHint) {
    return { command: 'verdict', scope: { kind: 'range', base: range.base, head: range.head }, ...(checkerHint !== undefined ? { checker: checkerHint } : {}), needs: requiredNeeds(policy) };
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
            fix: slip.fix ?? ['record why with `', { command: 'retire', constraint: slip.constraint }, '` (a retirement record lands with the change), or put the constraint back in .agents/policy.json'],
        };
    }
    const violations = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .constraintViolations */ .Yu)(policy, manifestPaths(change.manifest), change.addedLines, options.learnings, change.addedLinesUnreadable);
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
            fix: [`${first.fix ?? rewrite}; if the learning no longer holds: `, { command: 'retire', constraint: first.constraint.id }],
        };
    }
    const paths = manifestPaths(change.manifest);
    // An exempt author (a bot) may not touch what decides the gate itself; and since the change
    // writes its own author email, only an authenticated account can vouch for it.
    const author = change.kind !== 'staged' && !(0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .touchesTrustRoots */ .re)(paths) ? (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .authorExemption */ .zZ)(policy, change.authorEmail, options.authenticatedActor) : undefined;
    if (author?.honoured)
        return { change, outcome: 'exempt', reason: author.reason };
    const decided = decideByVerdict(change, options, paths);
    return author?.why && decided.outcome === 'uncovered' ? { ...decided, reason: `${decided.reason}; ${author.why}` } : decided;
}
function decideByVerdict(change, options, paths) {
    const { policy } = options;
    if ((0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .allPathsExempt */ .p3)(policy, paths)) {
        return { change, outcome: 'exempt', reason: 'every path it touches is exempt by policy' };
    }
    const verdict = (needs) => verdictFix(change, options.checkerHint, needs);
    const record = options.lookup(change.manifest.digest);
    if (!record) {
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'no-verdict',
            reason: `no verdict covers its changes (digest ${(0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(change.manifest.digest)})`,
            fix: [verdict(requiredNeeds(policy))],
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
            fix: ['address the failure, then ', verdict(requiredNeeds(policy))],
        };
    }
    const independence = independenceProblem(record);
    if (independence) {
        return { change, outcome: 'uncovered', failedRule: 'not-independent', record, reason: `${by}: ${independence}`, fix: [verdict(requiredNeeds(policy))] };
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
            fix: [verdict(shortfalls.flatMap((s) => s.needs))],
        };
    }
    const signatureProblem = options.signatureCheck?.(record);
    if (signatureProblem) {
        const signed = verdictFix(change, record.checker.id, [...requiredNeeds(policy), { need: 'signature' }]);
        return { change, outcome: 'uncovered', failedRule: 'signature', record, reason: `${by}: ${signatureProblem}`, fix: [signed] };
    }
    return { change, outcome: 'covered', record, reason: `${by} (${record.checker.kind}) passes` };
}
/** What every verdict must carry under the policy: its checker kind (unless agents may check), its evidence kinds. */
function requiredNeeds(policy) {
    const needs = (policy.require?.evidence ?? []).map((evidence) => ({ need: 'evidence', evidence }));
    const kinds = policy.require?.checkerKinds;
    if (kinds?.[0] && !kinds.includes('agent'))
        needs.unshift({ need: 'checker-kind', checkerKind: kinds[0] });
    return needs;
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
/* harmony export */   Yu: () => (/* binding */ constraintViolations),
/* harmony export */   Z$: () => (/* binding */ policyShortfalls),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   mk: () => (/* binding */ MAX_POLICY_BYTES),
/* harmony export */   p3: () => (/* binding */ allPathsExempt),
/* harmony export */   re: () => (/* binding */ touchesTrustRoots),
/* harmony export */   zZ: () => (/* binding */ authorExemption)
/* harmony export */ });
/* unused harmony exports POLICY_SCHEMA, isAuthorExempt, noreplyAccount, TRUST_ROOT_PATHS */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6310);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _constraints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4165);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9844);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1867);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9019);






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
    // Strictly: a duplicate key, a BOM or trailing data could make two readers see two policies.
    const parsed = (0,_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStrictJson */ .RJ)(bytes);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} at ${where} is not valid JSON: ${parsed.error}`, { fix });
    const value = parsed.value;
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
        const tests = globs.map((glob) => picomatch__WEBPACK_IMPORTED_MODULE_5___default()(glob, { dot: true, basename: !glob.includes('/') }));
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
const NOREPLY = /^(?:([0-9]+)\+)?([^@+\s]+)@users\.noreply\.github\.com$/i;
/** The account a GitHub noreply address names: `LOGIN@users.noreply.github.com` or `ID+LOGIN@…`. */
function noreplyAccount(email) {
    const match = NOREPLY.exec(email);
    if (!match)
        return undefined;
    return { login: match[2], ...(match[1] ? { id: Number(match[1]) } : {}) };
}
function sameAccount(a, b) {
    if (a.login.toLowerCase() !== b.login.toLowerCase())
        return false;
    return a.id === undefined || b.id === undefined || a.id === b.id;
}
/**
 * The author email is the change's own claim, so an author pattern alone exempts nothing:
 * never under `requireSignature`, and otherwise only when an authenticated account vouches
 * for the author (GitHub authenticated the event's sender as the account the address names).
 */
function authorExemption(policy, email, actor) {
    if (!email || !isAuthorExempt(policy, email))
        return { honoured: false };
    const claimed = `author ${email} matches an exempt author pattern, but`;
    if (policy.requireSignature)
        return { honoured: false, why: `${claimed} author exemptions are never honoured under requireSignature: only a signed verdict counts` };
    if (!actor)
        return { honoured: false, why: `${claimed} author exemption needs GitHub's authentication of the sender: honoured only in the action` };
    const named = noreplyAccount(email);
    if (!named)
        return { honoured: false, why: `${claimed} it is not a GitHub noreply address (LOGIN@users.noreply.github.com), so no authenticated account can vouch for it` };
    const other = actor.accounts.find((account) => !sameAccount(account, named));
    if (actor.accounts.length === 0 || other) {
        const id = (account) => (other && named.id !== undefined && other.login.toLowerCase() === named.login.toLowerCase() ? ` (id ${account.id ?? 'unknown'})` : '');
        return { honoured: false, why: `${claimed} GitHub authenticated ${other ? `${other.login}${id(other)}, not ${named.login}${id(named)},` : 'no account'} for this event` };
    }
    return { honoured: true, reason: `author ${email} is exempt by policy, and GitHub authenticated ${named.login} for this event` };
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
            shortfalls.push({ rule: `require.evidence`, message: `the policy requires evidence of kind "${kind}"`, needs: [{ need: 'evidence', evidence: kind }] });
        }
    }
    const checkerKinds = policy.require?.checkerKinds;
    if (checkerKinds && !checkerKinds.includes(record.checker.kind)) {
        shortfalls.push({
            rule: 'require.checkerKinds',
            message: `the policy requires a checker of kind ${checkerKinds.join(' or ')}, not ${record.checker.kind}`,
            needs: checkerKinds[0] ? [{ need: 'checker-kind', checkerKind: checkerKinds[0] }] : [],
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
                needs: [
                    ...(first.checkerKind ? [{ need: 'checker-kind', checkerKind: first.checkerKind }] : []),
                    ...(first.evidence ? [{ need: 'evidence', evidence: first.evidence }] : []),
                ],
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
            needs: (0,_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictNeeds */ .RB)(constraint),
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
function constraintViolations(policy, paths, addedLines, learnings, unreadable) {
    const violations = [];
    const forbidding = (policy.constraints ?? []).filter((c) => 'forbidPattern' in c);
    // The work to test every line bounds what a change may ask: computed once, for all constraints.
    let work;
    for (const constraint of policy.constraints ?? []) {
        if (!('forbidPattern' in constraint))
            continue;
        const matches = globMatcher(constraint.paths);
        const touched = paths.filter(matches);
        if (touched.length === 0)
            continue;
        const learned = (0,_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .learnedIn */ .tP)(constraint, learnings?.(constraint.learning));
        if (!addedLines) {
            violations.push({
                constraint,
                lines: [],
                message: `constraint "${constraint.id}" (${learned}) could not be checked: ${unreadable ?? 'the lines this change adds were not read'}`,
                fix: `split the change into smaller commits, so the lines each adds to ${describeTouched(touched)} can be read`,
            });
            continue;
        }
        if (work === undefined)
            work = (0,_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .scanWork */ .ZI)(forbidding, addedLines, globMatcher);
        if (work > _constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCAN_WORK */ .ZA) {
            violations.push({
                constraint,
                lines: [],
                message: `constraint "${constraint.id}" (${learned}) could not be checked: testing the lines this change adds would cost ${work.toLocaleString('en-US')} weight-characters, above the bound of ${_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SCAN_WORK */ .ZA.toLocaleString('en-US')} per change`,
                fix: `split the change into smaller commits, so each adds fewer lines to ${describeTouched(touched)}`,
            });
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


/***/ }),

/***/ 9019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RJ: () => (/* binding */ parseStrictJson)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_DEPTH, invalidUtf8At */
/**
 * The one JSON parser for everything the product reads that is not a ledger record (event
 * payloads, the policy, judges' answers): RFC 8259 exactly, and nothing a lenient parser
 * lets through. Refused: a byte order mark, invalid UTF-8, a lone surrogate (raw or
 * escaped), a duplicate key at any depth, anything after the value but whitespace, nesting
 * deeper than `maxDepth`. Two readers of the same bytes can then never see different
 * values (`JSON.parse` keeps the last of two equal keys; another parser may keep the first).
 */
const DEFAULT_MAX_DEPTH = 512;
class Refusal extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** Parses `input` strictly; a failure names what is wrong and where (`... at line L, column C`). */
function parseStrictJson(input, options = {}) {
    let text;
    if (typeof input === 'string')
        text = input;
    else {
        const bad = invalidUtf8At(input);
        if (bad !== undefined) {
            const position = bytePosition(input, bad);
            return { ok: false, error: `invalid UTF-8 at byte ${bad} (line ${position.line}, column ${position.column})`, position };
        }
        text = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
    }
    try {
        if (text.charCodeAt(0) === 0xfeff)
            throw new Refusal('a byte order mark (U+FEFF) before the value', 0);
        return { ok: true, value: new Parser(text, options.maxDepth ?? DEFAULT_MAX_DEPTH).document() };
    }
    catch (error) {
        if (!(error instanceof Refusal))
            throw error;
        const position = textPosition(text, error.offset);
        // For bytes, report the byte offset: what `head -c` or a hex editor shows.
        if (typeof input !== 'string')
            position.offset = Buffer.byteLength(text.slice(0, error.offset), 'utf8');
        return { ok: false, error: `${error.message} at line ${position.line}, column ${position.column}`, position };
    }
}
class Parser {
    text;
    maxDepth;
    pos = 0;
    depth = 0;
    constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }
    document() {
        const value = this.value();
        this.skipWhitespace();
        if (this.pos < this.text.length)
            throw new Refusal(`unexpected ${this.describe(this.pos)} after the JSON value`, this.pos);
        return value;
    }
    skipWhitespace() {
        const text = this.text;
        let pos = this.pos;
        for (;;) {
            const c = text.charCodeAt(pos);
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                pos++;
            else
                break;
        }
        this.pos = pos;
    }
    describe(at) {
        if (at >= this.text.length)
            return 'end of input';
        const code = this.text.codePointAt(at);
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff)) {
            return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
        }
        return `character ${JSON.stringify(String.fromCodePoint(code))}`;
    }
    value() {
        this.skipWhitespace();
        const c = this.text.charCodeAt(this.pos);
        switch (c) {
            case 0x7b: // {
                return this.object();
            case 0x5b: // [
                return this.array();
            case 0x22: // "
                return this.string();
            case 0x74: // t
                return this.literal('true', true);
            case 0x66: // f
                return this.literal('false', false);
            case 0x6e: // n
                return this.literal('null', null);
            default:
                if (c === 0x2d || (c >= 0x30 && c <= 0x39))
                    return this.number();
                throw new Refusal(`unexpected ${this.describe(this.pos)}, expected a JSON value`, this.pos);
        }
    }
    enter() {
        if (++this.depth > this.maxDepth)
            throw new Refusal(`nesting deeper than ${this.maxDepth} levels`, this.pos);
    }
    object() {
        this.enter();
        const result = {};
        this.pos++; // {
        this.skipWhitespace();
        if (this.text.charCodeAt(this.pos) === 0x7d) {
            this.pos++;
            this.depth--;
            return result;
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text.charCodeAt(this.pos) !== 0x22)
                throw new Refusal(`unexpected ${this.describe(this.pos)}, expected a string key`, this.pos);
            const keyAt = this.pos;
            const key = this.string();
            if (Object.hasOwn(result, key))
                throw new Refusal(`duplicate key ${JSON.stringify(key)}`, keyAt);
            this.skipWhitespace();
            if (this.text.charCodeAt(this.pos) !== 0x3a)
                throw new Refusal(`unexpected ${this.describe(this.pos)}, expected ":"`, this.pos);
            this.pos++;
            // An own data property, as JSON.parse makes it: "__proto__" is a key, never the prototype.
            Object.defineProperty(result, key, { value: this.value(), writable: true, enumerable: true, configurable: true });
            this.skipWhitespace();
            const c = this.text.charCodeAt(this.pos);
            this.pos++;
            if (c === 0x2c)
                continue;
            if (c === 0x7d)
                break;
            throw new Refusal(`unexpected ${this.describe(this.pos - 1)}, expected "," or "}"`, this.pos - 1);
        }
        this.depth--;
        return result;
    }
    array() {
        this.enter();
        const result = [];
        this.pos++; // [
        this.skipWhitespace();
        if (this.text.charCodeAt(this.pos) === 0x5d) {
            this.pos++;
            this.depth--;
            return result;
        }
        for (;;) {
            result.push(this.value());
            this.skipWhitespace();
            const c = this.text.charCodeAt(this.pos);
            this.pos++;
            if (c === 0x2c)
                continue;
            if (c === 0x5d)
                break;
            throw new Refusal(`unexpected ${this.describe(this.pos - 1)}, expected "," or "]"`, this.pos - 1);
        }
        this.depth--;
        return result;
    }
    literal(word, value) {
        if (this.text.startsWith(word, this.pos)) {
            this.pos += word.length;
            return value;
        }
        throw new Refusal(`unexpected ${this.describe(this.pos)}, expected a JSON value`, this.pos);
    }
    number() {
        const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
        match.lastIndex = this.pos;
        const found = match.exec(this.text);
        // "-", "01", "1.", "1e" and ".5" are not JSON numbers.
        if (!found)
            throw new Refusal('invalid number', this.pos);
        const end = this.pos + found[0].length;
        const next = this.text.charCodeAt(end);
        if (next === 0x2e || next === 0x65 || next === 0x45 || (next >= 0x30 && next <= 0x39))
            throw new Refusal('invalid number', this.pos);
        this.pos = end;
        return Number(found[0]);
    }
    string() {
        const text = this.text;
        const start = this.pos;
        let pos = start + 1; // the opening quote
        let out = '';
        let chunk = pos;
        for (;;) {
            if (pos >= text.length)
                throw new Refusal('unterminated string', start);
            const c = text.charCodeAt(pos);
            if (c === 0x22) {
                out += text.slice(chunk, pos);
                this.pos = pos + 1;
                return out;
            }
            if (c < 0x20)
                throw new Refusal(`unescaped control character U+${c.toString(16).toUpperCase().padStart(4, '0')} in a string`, pos);
            if (c >= 0xd800 && c <= 0xdfff) {
                // Raw surrogates reach us only from string input (valid UTF-8 holds none): pairs only.
                const low = text.charCodeAt(pos + 1);
                if (c >= 0xdc00 || !(low >= 0xdc00 && low <= 0xdfff))
                    throw new Refusal(`lone surrogate U+${c.toString(16).toUpperCase()} in a string`, pos);
                pos += 2;
                continue;
            }
            if (c !== 0x5c) {
                pos++;
                continue;
            }
            out += text.slice(chunk, pos);
            const escape = text.charCodeAt(pos + 1);
            switch (escape) {
                case 0x22:
                    out += '"';
                    break;
                case 0x5c:
                    out += '\\';
                    break;
                case 0x2f:
                    out += '/';
                    break;
                case 0x62:
                    out += '\b';
                    break;
                case 0x66:
                    out += '\f';
                    break;
                case 0x6e:
                    out += '\n';
                    break;
                case 0x72:
                    out += '\r';
                    break;
                case 0x74:
                    out += '\t';
                    break;
                case 0x75: {
                    const unit = this.hex4(pos + 2, pos);
                    if (unit >= 0xdc00 && unit <= 0xdfff)
                        throw new Refusal(`lone surrogate \\u${text.slice(pos + 2, pos + 6)} in a string`, pos);
                    if (unit >= 0xd800 && unit <= 0xdbff) {
                        const low = text.charCodeAt(pos + 6) === 0x5c && text.charCodeAt(pos + 7) === 0x75 ? this.hex4(pos + 8, pos + 6) : -1;
                        if (!(low >= 0xdc00 && low <= 0xdfff))
                            throw new Refusal(`lone surrogate \\u${text.slice(pos + 2, pos + 6)} in a string`, pos);
                        out += String.fromCharCode(unit, low);
                        pos += 12;
                    }
                    else {
                        out += String.fromCharCode(unit);
                        pos += 6;
                    }
                    chunk = pos;
                    continue;
                }
                default:
                    throw new Refusal(pos + 1 >= text.length ? 'unterminated string' : `invalid escape \\${String.fromCodePoint(text.codePointAt(pos + 1))} in a string`, pos);
            }
            pos += 2;
            chunk = pos;
        }
    }
    hex4(at, escapeAt) {
        const digits = this.text.slice(at, at + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(digits))
            throw new Refusal('invalid \\u escape in a string (four hex digits must follow)', escapeAt);
        return Number.parseInt(digits, 16);
    }
}
/** The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or code points past U+10FFFF). */
function invalidUtf8At(bytes) {
    const n = bytes.length;
    let i = 0;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let min = 0x80;
        let max = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                min = 0xa0; // overlong
            if (b === 0xed)
                max = 0x9f; // surrogates
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                min = 0x90; // overlong
            if (b === 0xf4)
                max = 0x8f; // past U+10FFFF
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined)
                return i;
            if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf)
                return i + k;
        }
        i += need + 1;
    }
    return undefined;
}
function textPosition(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { offset, line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}
function bytePosition(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    // Columns count code points: continuation bytes do not start one.
    let column = 1;
    for (let i = lineStart; i < offset; i++)
        if ((bytes[i] & 0xc0) !== 0x80)
            column++;
    return { offset, line, column };
}


/***/ }),

/***/ 7987:
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
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7403);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1603);




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
            return ['ao verdict pass', ...scopeFlags(command.scope), `--checker ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z)(command.checker ?? CHECKER_PLACEHOLDER)}`, ...command.needs.map(needFlag)].join(' ');
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

/***/ 7920:
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
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   yM: () => (/* binding */ renderProblem)
/* harmony export */ });
/* unused harmony export decisionJson */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7987);

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
    const mark = decision.outcome === 'uncovered' ? style.bad(MARK.uncovered) : decision.outcome === 'covered' ? style.ok(MARK.covered) : style.dim(MARK[decision.outcome]);
    const title = clean(change.subjectLine ? `${change.label}  ${truncate(change.subjectLine, 50)}` : change.label);
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
    lines.push(style.dim(`  ledger: ${report.ledger.source}, ${report.ledger.baseRecords + report.ledger.newRecords} records (${report.ledger.newRecords} new, fully checked)`));
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
        policy: { source: report.policy.source, enforced: report.policy.enforced, mode: report.policy.mode ?? null, enforcement: report.policy.enforcement, why: report.policy.why ?? null },
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
        fix: (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .fixText */ .Xc)(decision.fix) ?? null,
    };
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ })

};
