export const id = 571;
export const ids = [571];
export const modules = {

/***/ 457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xv: () => (/* binding */ renderJsonFile),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * RFC 8785 (JCS) canonical JSON for the values a record may hold: objects, arrays,
 * strings, booleans, null and safe integers. Anything else is refused rather than
 * silently normalised, so two implementations can never disagree on a hash.
 */
function canonicalJson(value) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'boolean':
            return value ? 'true' : 'false';
        case 'number':
            if (!Number.isSafeInteger(value))
                throw new TypeError(`not a safe integer: ${value}`);
            return String(value);
        case 'string':
            assertWellFormed(value);
            return JSON.stringify(value);
        case 'object': {
            if (Array.isArray(value))
                return `[${value.map(canonicalJson).join(',')}]`;
            // Default sort compares UTF-16 code units, which is exactly what JCS prescribes.
            // A key holding `undefined` is absent, as in JSON.stringify.
            const keys = Object.keys(value)
                .filter((key) => value[key] !== undefined)
                .sort();
            const parts = keys.map((key) => {
                assertWellFormed(key);
                return `${JSON.stringify(key)}:${canonicalJson(value[key])}`;
            });
            return `{${parts.join(',')}}`;
        }
        default:
            throw new TypeError(`value of type ${typeof value} cannot be canonicalised`);
    }
}
function assertWellFormed(text) {
    if (!text.isWellFormed())
        throw new TypeError('string contains a lone UTF-16 surrogate');
}
/**
 * The on-disk form of a record: JCS key order, two-space indentation, LF line ends and a
 * final LF (exactly `JSON.stringify` with sorted keys and an indent of 2). One byte form
 * per record, so re-serialising a record is always detectable. Built in one pass: this
 * runs for every record a full ledger check reads.
 */
function renderJsonFile(value) {
    return `${pretty(value, '')}\n`;
}
function pretty(value, indent) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        let out = '[';
        for (let i = 0; i < value.length; i++)
            out += `${i ? ',' : ''}\n${inner}${pretty(value[i], inner)}`;
        return `${out}\n${indent}]`;
    }
    const record = value;
    const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort();
    if (keys.length === 0)
        return '{}';
    let out = '{';
    for (let i = 0; i < keys.length; i++)
        out += `${i ? ',' : ''}\n${inner}${JSON.stringify(keys[i])}: ${pretty(record[keys[i]], inner)}`;
    return `${out}\n${indent}}`;
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 8555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ compileForbidPattern),
/* harmony export */   Dn: () => (/* binding */ forbiddenLines),
/* harmony export */   IO: () => (/* binding */ describeRule),
/* harmony export */   RB: () => (/* binding */ verdictNeeds),
/* harmony export */   Y: () => (/* binding */ ruleOf),
/* harmony export */   ZA: () => (/* binding */ MAX_SCAN_WORK),
/* harmony export */   ZI: () => (/* binding */ scanWork),
/* harmony export */   Zq: () => (/* binding */ constraintKey),
/* harmony export */   gA: () => (/* binding */ findRatchetSlips),
/* harmony export */   gK: () => (/* binding */ retirementIndex),
/* harmony export */   h9: () => (/* binding */ MAX_SCANNED_ADDED_LINES),
/* harmony export */   iX: () => (/* binding */ verdictMeets),
/* harmony export */   jx: () => (/* binding */ validateConstraints),
/* harmony export */   rI: () => (/* binding */ RULE_KINDS),
/* harmony export */   tP: () => (/* binding */ learnedIn),
/* harmony export */   tR: () => (/* binding */ MAX_SCANNED_PATCH_BYTES)
/* harmony export */ });
/* unused harmony exports MAX_PATTERN_WEIGHT, patternWeight */
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6673);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _linear_regexp_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6962);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4130);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7522);





/**
 * Constraints: learnings promoted into the policy (`ao promote`). Each names one rule; this
 * module says what each rule demands and whether a change meets it. It is pure: the added
 * lines a forbidPattern needs are read by the repository layer and handed in.
 */
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`constraint "${constraint.id}" names no rule`, {
        fix: `give it exactly one of ${RULE_KINDS.join(', ')} in ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$}`,
    });
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
    const shown = text ? `: "${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(text, 160)}"` : '';
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
    const fail = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`${where}: constraint "${constraint.id}" has an unusable forbidPattern /${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(source, 80)}/: ${why}`, {
        fix: `correct the pattern in ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$} (JavaScript regular expression syntax, no flags; no backreferences or lookaround; weight at most ${MAX_PATTERN_WEIGHT}), or retire the constraint, saying why (\`ao retire ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z)(constraint.id)}\`)`,
    });
    if (source.length > MAX_PATTERN_LENGTH)
        throw fail(`it is ${source.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`);
    try {
        new RegExp(source);
    }
    catch (error) {
        throw fail(error.message.replace(/^Invalid regular expression: /, ''));
    }
    if (!(0,_linear_regexp_js__WEBPACK_IMPORTED_MODULE_4__/* .hasLinearEngine */ .I)()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`constraint "${constraint.id}" has a forbidPattern, and this Node.js (${process.version}) has no linear-time regular expression engine to run it safely`, {
            fix: `run ao on Node.js 20 or 24, through its entry point (which starts V8 with ${_linear_regexp_js__WEBPACK_IMPORTED_MODULE_4__/* .LINEAR_ENGINE_V8_FLAG */ .$})`,
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
            result =
                high === undefined
                    ? 2 * (low + 1) * weight
                    : high === low
                        ? Math.max(1, low) * weight
                        : 2 * Math.max(1, high) * weight;
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
            return record.evidence.some((e) => (e.kind === 'test' || e.kind === 'command') &&
                e.command === value &&
                (e.exitCode === undefined || e.exitCode === 0));
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .V(`${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$} at ${where}: two constraints have the id "${constraint.id}"`, {
                fix: `give each constraint in ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$} its own id`,
            });
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
        const why = candidates.length === 0
            ? 'with no retirement on record in this change'
            : `with no retirement on record that matches it: ${mismatches.join('; ')}`;
        slips.push({ constraint: constraint.id, learning: constraint.learning, message: `${how} ${why}` });
    }
    for (const constraint of afterConstraints) {
        if (beforeByKey.has(constraintKey(constraint)) || inputs.record(constraint.learning)?.type === 'learning')
            continue;
        slips.push({
            constraint: constraint.id,
            learning: constraint.learning,
            message: `adds constraint "${constraint.id}" to ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_PATH */ .l$} whose learning back-link ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(constraint.learning)}… names no learning record in the ledger`,
            fix: [
                'record the lesson with `',
                { command: 'learn', glob: constraint.paths[0] ?? 'GLOB' },
                '` and add the constraint with `',
                { command: 'promote', constraint: constraint.id },
                '`, which writes the back-link',
            ],
        });
    }
    return slips;
}


/***/ }),

/***/ 7989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ independenceProblem),
/* harmony export */   Ud: () => (/* binding */ manifestPaths),
/* harmony export */   hk: () => (/* binding */ decideChange),
/* harmony export */   rv: () => (/* binding */ rangeFix)
/* harmony export */ });
/* unused harmony export verdictFix */
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4414);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2721);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4130);



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
    return {
        command: 'verdict',
        scope: { kind: 'range', base: range.base, head: range.head },
        ...(checkerHint !== undefined ? { checker: checkerHint } : {}),
        needs: requiredNeeds(policy),
    };
}
/** Decides whether one change is covered: by the latest verdict naming its digest, under the policy. */
function decideChange(change, options) {
    const { policy } = options;
    if (change.manifest.entries.length === 0) {
        return {
            change,
            outcome: 'empty',
            reason: change.cleanMerge
                ? 'clean merge: git merge-tree reproduces it exactly'
                : 'changes nothing outside the ledger',
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
            fix: slip.fix ?? [
                'record why with `',
                { command: 'retire', constraint: slip.constraint },
                '` (a retirement record lands with the change), or put the constraint back in .agents/policy.json',
            ],
        };
    }
    const violations = (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .constraintViolations */ .Yu)(policy, manifestPaths(change.manifest), change.addedLines, options.learnings, change.addedLinesUnreadable);
    if (violations.length > 0) {
        const first = violations[0];
        const where = first.lines
            .slice(0, 5)
            .map((l) => `${l.path}:${l.line}`)
            .join(', ');
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
            fix: [
                `${first.fix ?? rewrite}; if the learning no longer holds: `,
                { command: 'retire', constraint: first.constraint.id },
            ],
        };
    }
    const paths = manifestPaths(change.manifest);
    // An exempt author (a bot) may not touch what decides the gate itself; and since the change
    // writes its own author email, only an authenticated account can vouch for it.
    const author = change.kind !== 'staged' && !(0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .touchesTrustRoots */ .re)(paths)
        ? (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .authorExemption */ .zZ)(policy, change.authorEmail, options.authenticatedActor)
        : undefined;
    if (author?.honoured)
        return { change, outcome: 'exempt', reason: author.reason };
    const decided = decideByVerdict(change, options, paths);
    return author?.why && decided.outcome === 'uncovered'
        ? { ...decided, reason: `${decided.reason}; ${author.why}` }
        : decided;
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
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'not-independent',
            record,
            reason: `${by}: ${independence}`,
            fix: [verdict(requiredNeeds(policy))],
        };
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
        return {
            change,
            outcome: 'uncovered',
            failedRule: 'signature',
            record,
            reason: `${by}: ${signatureProblem}`,
            fix: [signed],
        };
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

/***/ 2558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ DigestIndex),
/* harmony export */   VG: () => (/* binding */ computeHeads),
/* harmony export */   aB: () => (/* binding */ compareRecords),
/* harmony export */   fi: () => (/* binding */ checkRecords),
/* harmony export */   fy: () => (/* binding */ breaksAppendOnly),
/* harmony export */   m$: () => (/* binding */ appendOnlyViolation),
/* harmony export */   mJ: () => (/* binding */ digestsNamedBy),
/* harmony export */   wB: () => (/* binding */ BaseListing)
/* harmony export */ });
/* unused harmony exports refsFromPaths, GENESIS_PREFIX */
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4414);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6673);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4130);



/** The problem of a ledger entry that is not an addition: the ledger is append-only (docs/spec.md section 8). */
function appendOnlyViolation(entry, by) {
    const path = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .pathText */ .LF)(entry.path);
    const id = /([0-9a-f]{64})\.json$/.exec(path)?.[1];
    const problem = {
        code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
        path,
        recordId: id ? (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(`sha256:${id}`) : undefined,
    };
    if ('base' in by) {
        const what = entry.status === 'D' ? 'deleted' : entry.status === 'T' ? 'replaced by another kind of file' : 'modified';
        const fix = by.fix ?? `restore it with \`git checkout ${by.base} -- ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(path)}\``;
        return { ...problem, message: `${path} existed at ${by.base} and was ${what}: the ledger is append-only`, fix };
    }
    const { change } = by;
    const staged = change.kind === 'staged';
    return {
        ...problem,
        message: `${staged ? 'the staged change' : `commit ${change.label} (${change.subjectLine ?? ''})`} ${entry.status === 'D' ? 'deletes' : 'modifies'} ledger record ${path}: the ledger is append-only`,
        fix: staged
            ? `restore it with \`git restore --staged --worktree -- ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(path)}\``
            : `drop that change from commit ${change.label} (\`git rebase -i\`), keeping the record as it was`,
    };
}
/** Whether a problem is a deleted or changed record (an `appendOnlyViolation`). */
function breaksAppendOnly(problem) {
    return problem.code === 'record-deleted' || problem.code === 'record-modified';
}
const KIND_TEXT = {
    symlink: 'a symbolic link',
    directory: 'a directory',
    other: 'not a regular file (a submodule, a device, a FIFO, or unreadable)',
};
const RECORD_NAME_FORM = /^\.agents\/ledger\/[0-9]{4,}\/[0-9]{8,}-[0-9a-f]{64}\.json$/;
const FIX_RESTORE = 'restore the ledger from the base branch with `git checkout BASE -- .agents/ledger`, or remove the file with `git rm`, then run `ao ledger verify`';
function refsFromPaths(paths) {
    const refs = new Map();
    const stray = [];
    for (const path of paths) {
        const parts = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecordPath */ .OT)(path);
        if (parts)
            refs.set(parts.id, { ...parts, path });
        else
            stray.push(path);
    }
    return { refs, stray };
}
const GENESIS_PREFIX = `${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_DIR */ .EN}/0000/00000000-`;
/** How many of the newest base records a lookup tries before parsing the whole listing. */
const RECENT_WINDOW = 256;
/**
 * The records at a base, known by their sorted paths (`git ls-tree` order) and parsed only
 * as far as a question needs: new records attach to the newest ones, the genesis sorts
 * first, so the hook answers without touching ten thousand paths; anything unusual falls
 * back to the full index.
 */
class BaseListing {
    paths;
    index;
    constructor(paths = []) {
        this.paths = paths;
    }
    get size() {
        return this.paths.length;
    }
    /** Every record by id (parsed on first use). */
    all() {
        this.index ??= refsFromPaths(this.paths).refs;
        return this.index;
    }
    get(id) {
        if (!this.index) {
            const hex = id.slice('sha256:'.length);
            for (let i = this.paths.length - 1, tried = 0; i >= 0 && tried < RECENT_WINDOW; i--, tried++) {
                const path = this.paths[i];
                if (!path.includes(hex))
                    continue;
                const parts = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecordPath */ .OT)(path);
                if (parts?.id === id)
                    return { ...parts, path };
            }
        }
        return this.all().get(id);
    }
    genesisIds() {
        const ids = [];
        for (const path of this.paths) {
            if (!path.startsWith(GENESIS_PREFIX))
                break;
            const parts = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecordPath */ .OT)(path);
            if (parts?.seq === 0)
                ids.push(parts.id);
        }
        return ids;
    }
    /** The largest seq. With equal-length paths (seq below 10^7) the listing's order is seq order. */
    maxSeq() {
        if (this.paths.length === 0)
            return -1;
        const length = this.paths[0].length;
        if (!this.index && this.paths.every((path) => path.length === length)) {
            for (let i = this.paths.length - 1; i >= 0; i--) {
                const parts = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecordPath */ .OT)(this.paths[i]);
                if (parts)
                    return parts.seq;
            }
            return -1;
        }
        let max = -1;
        for (const ref of this.all().values())
            if (ref.seq > max)
                max = ref.seq;
        return max;
    }
}
/**
 * Fully checks `files` (the records under test) on top of `base` (records trusted by path).
 * Every record must parse, hash to its id, sit at the path its seq and id give, name this
 * ledger's genesis, point only at records that exist, and carry seq = 1 + the largest
 * seq among its parents. Exactly one genesis across base and new.
 */
function checkRecords(base, files) {
    const problems = [];
    const records = [];
    const reported = new Set();
    for (const file of files) {
        if (file.kind !== 'file') {
            if (reported.has(file.path))
                continue;
            reported.add(file.path);
            problems.push({
                code: `not-a-file`,
                message: `${file.path} is ${KIND_TEXT[file.kind]}, not a record file (records are regular files; ao never follows a link)`,
                path: file.path,
                fix: `remove it with \`git rm -r --cached ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .Z)(file.path)}\` and delete it from the working tree`,
            });
            continue;
        }
        // A name of the record form in the wrong bucket is parsed, and refused as path-mismatch.
        if (!RECORD_NAME_FORM.test(file.path)) {
            problems.push({
                code: 'stray-file',
                message: `${file.path} is not a record file name (expected ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_DIR */ .EN}/NNNN/SSSSSSSS-<64 hex>.json)`,
                path: file.path,
                fix: `only \`ao\` writes under ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_DIR */ .EN}/: move the file elsewhere (\`git mv\`) or delete it`,
            });
            continue;
        }
        if (file.size !== undefined && file.size > _record_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RECORD_BYTES */ .xR) {
            problems.push({
                code: 'too-large',
                message: `${file.path}: record file is ${file.size} bytes; the limit is ${_record_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RECORD_BYTES */ .xR}`,
                path: file.path,
                fix: FIX_RESTORE,
            });
            continue;
        }
        const parsed = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecordFile */ .TG)(file.path, file.bytes ?? new Uint8Array());
        if (!parsed.ok) {
            problems.push({
                code: parsed.problem.code,
                message: `${file.path}: ${parsed.problem.message}`,
                path: file.path,
                fix: FIX_RESTORE,
            });
            continue;
        }
        records.push(parsed.record);
    }
    const newSeq = new Map();
    for (const record of records)
        newSeq.set(record.id, record.seq);
    const seqOf = (id) => newSeq.get(id) ?? base.get(id)?.seq;
    const baseGeneses = base.genesisIds();
    const geneses = [...baseGeneses];
    for (const record of records)
        if (record.type === 'genesis' && !baseGeneses.includes(record.id))
            geneses.push(record.id);
    const uniqueGeneses = [...new Set(geneses)];
    let genesisId = uniqueGeneses[0];
    if (uniqueGeneses.length > 1) {
        genesisId = baseGeneses[0] ?? uniqueGeneses.sort()[0];
        for (const id of uniqueGeneses) {
            if (id === genesisId)
                continue;
            problems.push({
                code: 'second-genesis',
                message: `a second genesis record ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(id)} (the ledger's genesis is ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(genesisId)})`,
                recordId: id,
                fix: 'a ledger has exactly one genesis: delete the extra one (`ao init` never writes a second)',
            });
        }
    }
    if (!genesisId && (records.length > 0 || base.size > 0)) {
        problems.push({
            code: 'no-genesis',
            message: 'the ledger has no genesis record',
            fix: 'restore the genesis record from history (`git log --diff-filter=D -- .agents/ledger`)',
        });
    }
    for (const record of records) {
        if (record.type === 'genesis')
            continue;
        const where = { path: undefined, recordId: record.id };
        if (genesisId && record.ledger !== genesisId) {
            problems.push({
                code: 'foreign-record',
                message: `record ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(record.id)} belongs to another ledger (its genesis is ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(record.ledger)}, this ledger's is ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(genesisId)}): copied from another repository?`,
                ...where,
                fix: 'delete the copied record; record a verdict for this repository with `ao verdict`',
            });
        }
        let maxPrevSeq = -1;
        let dangling = false;
        for (const prev of record.prev) {
            const seq = seqOf(prev);
            if (seq === undefined) {
                dangling = true;
                problems.push({
                    code: 'dangling-prev',
                    message: `record ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(record.id)} points to ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(prev)}, which is not in the ledger (deleted, or never here)`,
                    ...where,
                    fix: 'after a cherry-pick or backport, copy the missing records from history with `ao ledger carry` and commit them; if it exists nowhere, drop the record that points to it',
                });
            }
            else
                maxPrevSeq = Math.max(maxPrevSeq, seq);
        }
        if (!dangling && record.seq !== maxPrevSeq + 1) {
            problems.push({
                code: 'bad-seq',
                message: `record ${(0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .shortId */ .m_)(record.id)} has seq ${record.seq}, but one more than its parents' largest seq is ${maxPrevSeq + 1}`,
                ...where,
                fix: 'records are written only by `ao`: delete this one and record the verdict again',
            });
        }
    }
    return { records, problems, genesisId };
}
/** Records that no other record names in `prev`: where the next record attaches. */
function computeHeads(records) {
    const all = new Set();
    const referenced = new Set();
    for (const record of records) {
        all.add(record.id);
        for (const prev of record.prev)
            referenced.add(prev);
    }
    return [...all].filter((id) => !referenced.has(id)).sort();
}
/** Nanosecond-precision sort key for RFC 3339 UTC timestamps with any number of fraction digits. */
function timeKey(createdAt) {
    const match = /^(.{19})(?:\.(\d{1,9}))?Z$/.exec(createdAt);
    return match ? `${match[1]}.${(match[2] ?? '').padEnd(9, '0')}` : createdAt;
}
/** The order in which a later record overrides an earlier one: seq, then createdAt, then id. */
function compareRecords(a, b) {
    if (a.seq !== b.seq)
        return a.seq - b.seq;
    const ta = timeKey(a.createdAt);
    const tb = timeKey(b.createdAt);
    if (ta !== tb)
        return ta < tb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
/** Every digest a verdict speaks for: its subject, and each commit a range or commit subject lists. */
function digestsNamedBy(record) {
    const digests = [record.subject.digest];
    if (record.subject.kind === 'range')
        for (const c of record.subject.commits)
            digests.push(c.digest);
    return digests;
}
class DigestIndex {
    latest = new Map();
    all = new Map();
    add(records) {
        for (const record of records) {
            if (record.type !== 'verdict')
                continue;
            for (const digest of new Set(digestsNamedBy(record))) {
                const current = this.latest.get(digest);
                if (!current || compareRecords(current, record) < 0)
                    this.latest.set(digest, record);
                const list = this.all.get(digest);
                if (list)
                    list.push(record);
                else
                    this.all.set(digest, [record]);
            }
        }
    }
    latestFor(digest) {
        return this.latest.get(digest);
    }
    historyFor(digest) {
        return [...(this.all.get(digest) ?? [])].sort(compareRecords);
    }
}


/***/ }),

/***/ 2721:
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
/* unused harmony export noreplyAccount */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _constraints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8555);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4130);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4561);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3409);






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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .V(`${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} at ${where} is ${bytes.length} bytes; the limit is ${MAX_POLICY_BYTES}`, { fix });
    // Strictly: a duplicate key, a BOM or trailing data could make two readers see two policies.
    const parsed = (0,_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStrictJson */ .R)(bytes);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .V(`${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} at ${where} is not valid JSON: ${parsed.error}`, { fix });
    const value = parsed.value;
    const problems = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePolicyShape */ .WV)(value);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .V(`${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} at ${where} is not a valid policy: ${(0,_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSchemaProblems */ .xe)(problems)}`, { fix });
    const policy = value;
    for (const pattern of policy.exempt?.authors ?? []) {
        // The schema already forbids wildcards in the domain; this also refuses a bare "*" local part.
        if (/^[*?]+@/.test(pattern)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .V(`${_record_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_PATH */ .l$} at ${where}: exempt author pattern "${pattern}" would match every address at that domain`, { fix });
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
        const regex = new RegExp(`^${local
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.')}$`);
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
        return {
            honoured: false,
            why: `${claimed} author exemptions are never honoured under requireSignature: only a signed verdict counts`,
        };
    if (!actor)
        return {
            honoured: false,
            why: `${claimed} author exemption needs GitHub's authentication of the sender: honoured only in the action`,
        };
    const named = noreplyAccount(email);
    if (!named)
        return {
            honoured: false,
            why: `${claimed} it is not a GitHub noreply address (LOGIN@users.noreply.github.com), so no authenticated account can vouch for it`,
        };
    const other = actor.accounts.find((account) => !sameAccount(account, named));
    if (actor.accounts.length === 0 || other) {
        const id = (account) => other && named.id !== undefined && other.login.toLowerCase() === named.login.toLowerCase()
            ? ` (id ${account.id ?? 'unknown'})`
            : '';
        return {
            honoured: false,
            why: `${claimed} GitHub authenticated ${other ? `${other.login}${id(other)}, not ${named.login}${id(named)},` : 'no account'} for this event`,
        };
    }
    return {
        honoured: true,
        reason: `author ${email} is exempt by policy, and GitHub authenticated ${named.login} for this event`,
    };
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
            shortfalls.push({
                rule: `require.evidence`,
                message: `the policy requires evidence of kind "${kind}"`,
                needs: [{ need: 'evidence', evidence: kind }],
            });
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
        const met = rule.anyOf.some((option) => (!option.checkerKind || option.checkerKind === record.checker.kind) &&
            (!option.evidence || kinds.has(option.evidence)));
        if (!met) {
            const name = rule.name ?? `rules[${index}] (${rule.paths.join(', ')})`;
            const options = rule.anyOf.map(describeOption).join(', or ');
            const first = rule.anyOf[0];
            shortfalls.push({
                rule: name,
                message: `${describeTouched(touched)} ${touched.length === 1 ? 'falls' : 'fall'} under ${name}, which needs ${options}`,
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
            message: `${describeTouched(touched)} ${touched.length === 1 ? 'falls' : 'fall'} under constraint "${constraint.id}" (${(0,_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .learnedIn */ .tP)(constraint, learnings?.(constraint.learning))}), which ${(0,_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRule */ .IO)(constraint)}`,
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
        const shown = bad
            .slice(0, 3)
            .map((l) => `${l.path}:${l.line}: ${l.text.trim().slice(0, 100)}`)
            .join('; ');
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

/***/ 4130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ EVIDENCE_KINDS),
/* harmony export */   EK: () => (/* binding */ isOneOf),
/* harmony export */   EN: () => (/* binding */ LEDGER_DIR),
/* harmony export */   OT: () => (/* binding */ parseRecordPath),
/* harmony export */   Pn: () => (/* binding */ CHECKERS_PATH),
/* harmony export */   TG: () => (/* binding */ parseRecordFile),
/* harmony export */   Xz: () => (/* binding */ newGenesis),
/* harmony export */   ep: () => (/* binding */ RECORD_SCHEMA),
/* harmony export */   l$: () => (/* binding */ POLICY_PATH),
/* harmony export */   lX: () => (/* binding */ recordPath),
/* harmony export */   m_: () => (/* binding */ shortId),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   p0: () => (/* binding */ idHex),
/* harmony export */   qr: () => (/* binding */ ACTOR_KINDS),
/* harmony export */   sF: () => (/* binding */ renderRecord),
/* harmony export */   xR: () => (/* binding */ MAX_RECORD_BYTES),
/* harmony export */   xe: () => (/* binding */ sealRecord)
/* harmony export */ });
/* unused harmony exports SEQ_PER_BUCKET, computeRecordId, isLedgerPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(457);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4561);



const RECORD_SCHEMA = 'agentops-verdict/record@1';
const LEDGER_DIR = '.agents/ledger';
const POLICY_PATH = '.agents/policy.json';
/** Trusted checker keys for signed verdicts (docs/signing.md). */
const CHECKERS_PATH = '.agents/checkers';
/** Bounds enforced before any parsing, so a hostile record costs at most this much. */
const MAX_RECORD_BYTES = 2 * 1024 * 1024;
/** Records per bucket directory: 100,000 records stay at about 1,000 entries a folder. */
const SEQ_PER_BUCKET = 1000;
/** The kinds each list names; the record schema (schemas/record.v1.schema.json) has the same. */
const ACTOR_KINDS = ['agent', 'human', 'ci', 'tool'];
const EVIDENCE_KINDS = ['test', 'command', 'review', 'link'];
/** A finding's severity, least first. */
const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'];
/** Whether `value` is one of `kinds` (narrowing it to their type). */
function isOneOf(kinds, value) {
    return kinds.includes(value);
}
/** `id` = "sha256:" + hex SHA-256 of the JCS form of the record without `id` and `signature`. */
function computeRecordId(record) {
    const { id: _id, signature: _signature, ...body } = record;
    return `sha256:${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(body))}`;
}
function sealRecord(body) {
    return { ...body, id: computeRecordId(body) };
}
function newGenesis(now = new Date()) {
    return sealRecord({
        schema: RECORD_SCHEMA,
        type: 'genesis',
        seq: 0,
        prev: [],
        createdAt: now.toISOString(),
        nonce: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex'),
    });
}
function renderRecord(record) {
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .renderJsonFile */ .Xv)(record);
}
function idHex(id) {
    return id.slice('sha256:'.length);
}
/** `.agents/ledger/<bucket>/<seq>-<hex>.json`: sorted by seq when listed, one folder a thousand. */
function recordPath(seq, id) {
    const bucket = String(Math.floor(seq / SEQ_PER_BUCKET)).padStart(4, '0');
    return `${LEDGER_DIR}/${bucket}/${String(seq).padStart(8, '0')}-${idHex(id)}.json`;
}
const RECORD_PATH_PATTERN = /^\.agents\/ledger\/([0-9]{4,})\/([0-9]{8,})-([0-9a-f]{64})\.json$/;
/** Reads seq and id off a record's path; `undefined` when the path is not a record path. */
function parseRecordPath(path) {
    const match = RECORD_PATH_PATTERN.exec(path);
    if (!match)
        return undefined;
    const [, bucket, seqText, hex] = match;
    const seq = Number(seqText);
    if (!Number.isSafeInteger(seq))
        return undefined;
    // The one spelling recordPath() gives: the right bucket, no padding beyond the minimum.
    const bucketNumber = Math.floor(seq / SEQ_PER_BUCKET);
    if (Number(bucket) !== bucketNumber || bucket.length !== Math.max(4, String(bucketNumber).length))
        return undefined;
    if (seqText.length !== Math.max(8, String(seq).length))
        return undefined;
    return { seq, id: `sha256:${hex}` };
}
function isLedgerPath(path) {
    return path.startsWith(`${LEDGER_DIR}/`);
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Turns one record file's bytes into a record, or says precisely why it is not one.
 * Checks, in the order spec section 6 gives: size, empty, BOM, UTF-8, JSON, object, schema
 * (with the pathBase64 rules), the single byte form, the id, the path.
 */
function parseRecordFile(path, bytes) {
    const fail = (code, message) => ({ ok: false, problem: { code, message } });
    if (bytes.length > MAX_RECORD_BYTES) {
        return fail('too-large', `record file is ${bytes.length} bytes; the limit is ${MAX_RECORD_BYTES}`);
    }
    if (bytes.length === 0)
        return fail('empty', 'record file is empty');
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return fail('bom', 'record file starts with a byte order mark');
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        return fail('invalid-utf8', 'record file is not valid UTF-8');
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return fail('invalid-json', `record file is not valid JSON (${error.message})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return fail('not-an-object', 'record file does not hold a JSON object');
    }
    const problems = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .validateRecordShape */ .R$)(value);
    if (problems.length > 0)
        return fail('schema', `record does not match ${RECORD_SCHEMA}: ${(0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSchemaProblems */ .xe)(problems)}`);
    const record = value;
    // The pathBase64 rules are part of the schema step (spec 6): checked before the byte form, id and path.
    const pathProblem = record.type === 'verdict' ? base64PathProblem(record.subject.entries) : undefined;
    if (pathProblem)
        return fail('schema', `record does not match ${RECORD_SCHEMA}: ${pathProblem}`);
    // Fast path, equal to renderRecord/computeRecordId for a schema-valid record: once its keys
    // are known to be in JCS order, native JSON.stringify yields both the file form and JCS.
    if (!sortedAndWellFormed(record) || `${JSON.stringify(record, null, 2)}\n` !== text) {
        return fail('not-canonical', 'record file is not in the canonical byte form (it was re-serialised or edited)');
    }
    const { id: _id, signature: _signature, ...body } = record;
    const expectedId = `sha256:${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(JSON.stringify(body))}`;
    if (expectedId !== record.id) {
        return fail('id-mismatch', `record id ${record.id} does not match its content (content hashes to ${expectedId})`);
    }
    const expectedPath = recordPath(record.seq, record.id);
    if (expectedPath !== path) {
        return fail('path-mismatch', `record is stored at ${path} but its seq and id place it at ${expectedPath}`);
    }
    return { ok: true, record };
}
/** The schema's path rule, applied to raw bytes read as latin1 (one char per byte). */
const RAW_PATH_RULE = /^(?!\/)(?![\s\S]*(?:^|\/)\.{1,2}(?:\/|$))(?![\s\S]*\/\/)(?![\s\S]*\/$)[^\u0000]+$/;
/**
 * What JSON Schema cannot say about `pathBase64`: it holds a path that is not valid UTF-8
 * (a UTF-8 path is stored as `path`), in canonical base64, and obeying the same rule as
 * `path` (relative, no `.` or `..` segments, no empty segments, no NUL).
 */
function base64PathProblem(entries) {
    for (const [index, entry] of entries.entries()) {
        if (entry.pathBase64 === undefined)
            continue;
        const where = `/subject/entries/${index}/pathBase64`;
        const bytes = Buffer.from(entry.pathBase64, 'base64');
        if (bytes.toString('base64') !== entry.pathBase64)
            return `${where} is not canonical base64`;
        if (isUtf8(bytes))
            return `${where} holds a UTF-8 path, which must be stored as "path"`;
        if (!RAW_PATH_RULE.test(bytes.toString('latin1')))
            return `${where} is not a relative path inside the repository (leading "/", "." or ".." segment, empty segment, or NUL)`;
    }
    return undefined;
}
function isUtf8(bytes) {
    try {
        utf8.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
/** True when every object's keys are in JCS (UTF-16) order and every string is well-formed. */
function sortedAndWellFormed(value) {
    if (typeof value === 'string')
        return value.isWellFormed();
    if (value === null || typeof value !== 'object')
        return true;
    if (Array.isArray(value))
        return value.every(sortedAndWellFormed);
    let previous;
    for (const key of Object.keys(value)) {
        if ((previous !== undefined && previous >= key) || !key.isWellFormed())
            return false;
        if (!sortedAndWellFormed(value[key]))
            return false;
        previous = key;
    }
    return true;
}
function shortId(id) {
    return id.slice(0, 'sha256:'.length + 12);
}


/***/ }),

/***/ 4561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q0: () => (/* binding */ describe),
  xe: () => (/* binding */ formatSchemaProblems),
  WV: () => (/* binding */ validatePolicyShape),
  R$: () => (/* binding */ validateRecordShape)
});

// EXTERNAL MODULE: ./schemas/record.v1.schema.json
var record_v1_schema = __webpack_require__(1894);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/core/validators.generated.js
// Generated by .ci/gen-validators.mjs from schemas/: do not edit by hand.

const runtime0 = typeof equal === 'function' ? { default: equal } : equal;

const runtime1 = typeof ucs2length === 'function' ? { default: ucs2length } : ucs2length;
const validateRecord = validate52;const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/record/v1.json","title":"agentops/verdict ledger record, format version 1","description":"One record of the .agents/ledger hash chain. See docs/spec.md.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/genesisRecord"},{"$ref":"#/$defs/verdictRecord"},{"$ref":"#/$defs/learningRecord"},{"$ref":"#/$defs/promotionRecord"},{"$ref":"#/$defs/retirementRecord"}],"$defs":{"recordId":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"objectId":{"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"timestamp":{"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},"text":{"type":"string","minLength":1,"maxLength":4000},"path":{"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"},"actor":{"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"}},"additionalProperties":false},"manifestEntry":{"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false},"subject":{"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]},"finding":{"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false},"evidence":{"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}},"signature":{"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false},"genesisRecord":{"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false},"verdictRecord":{"type":"object","description":"A checker's verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false},"glob":{"description":"A path glob in the policy's syntax: without '/' it matches a file name anywhere, with '/' from the repository root.","type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},"constraintId":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"constraint":{"type":"object","description":"A learning promoted into the policy: exactly one rule, enforced on changes touching its paths. Same shape as a policy constraint.","required":["id","learning","paths"],"properties":{"id":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"type":"string","minLength":1,"maxLength":500},"requireEvidence":{"enum":["test","command","review","link"]},"requireCheckerKind":{"enum":["agent","human","ci","tool"]},"forbidPattern":{"type":"string","minLength":1,"maxLength":500},"requireCheck":{"type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false},"learningRecord":{"type":"object","description":"A lesson learned, attached to the paths it concerns (ao learn).","required":["schema","type","id","seq","prev","createdAt","ledger","text","paths","tags","negative","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"learning"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"text":{"$ref":"#/$defs/text"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},"maxItems":20,"uniqueItems":true},"negative":{"type":"boolean"},"from":{"description":"The verdict the lesson was drawn from.","$ref":"#/$defs/recordId"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"promotionRecord":{"type":"object","description":"A learning turned into a constraint of .agents/policy.json (ao promote).","required":["schema","type","id","seq","prev","createdAt","ledger","learning","constraint","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"promotion"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"learning":{"description":"The learning promoted.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraint"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"retirementRecord":{"type":"object","description":"A constraint taken out of the policy, and why (ao retire).","required":["schema","type","id","seq","prev","createdAt","ledger","constraint","learning","why","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"retirement"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record this retires, if the constraint came from ao promote.","$ref":"#/$defs/recordId"},"why":{"$ref":"#/$defs/text"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false}}};const schema20 = {"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false};const schema21 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};const pattern3 = new RegExp("^sha256:[0-9a-f]{64}$", "u");function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate54.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(!pattern3.test(data)){validate54.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];return false;}}else {validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate54.errors = vErrors;return errors === 0;}validate54.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema22 = {"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"};const pattern4 = new RegExp("^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$", "u");function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate56.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(!pattern4.test(data)){validate56.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];return false;}}else {validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate56.errors = vErrors;return errors === 0;}validate56.evaluated = {"dynamicProps":false,"dynamicItems":false};const pattern5 = new RegExp("^[0-9a-f]{32}$", "u");function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate53.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.nonce === undefined) && (missing0 = "nonce"))){validate53.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((((key0 === "schema") || (key0 === "id")) || (key0 === "createdAt")) || (key0 === "type")) || (key0 === "seq")) || (key0 === "prev")) || (key0 === "nonce"))){validate53.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.schema !== undefined){const _errs2 = errors;if("agentops-verdict/record@1" !== data.schema){validate53.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs3 = errors;if(!(validate54(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.createdAt !== undefined){const _errs4 = errors;if(!(validate56(data.createdAt, {instancePath:instancePath+"/createdAt",parentData:data,parentDataProperty:"createdAt",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){const _errs5 = errors;if("genesis" !== data.type){validate53.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "genesis"},message:"must be equal to constant"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.seq !== undefined){const _errs6 = errors;if(0 !== data.seq){validate53.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"}];return false;}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.prev !== undefined){let data5 = data.prev;const _errs7 = errors;if(errors === _errs7){if(Array.isArray(data5)){if(data5.length > 0){validate53.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"}];return false;}}else {validate53.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.nonce !== undefined){let data6 = data.nonce;const _errs9 = errors;if(errors === _errs9){if(typeof data6 === "string"){if(!pattern5.test(data6)){validate53.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];return false;}}else {validate53.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}}}}}}}}}}else {validate53.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate53.errors = vErrors;return errors === 0;}validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema23 = {"type":"object","description":"A checker's verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false};const func1 = Object.prototype.hasOwnProperty;const func0 = runtime0.default;const func3 = runtime1.default;const schema24 = {"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]};const schema25 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate64.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(!pattern3.test(data)){validate64.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];return false;}}else {validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate64.errors = vErrors;return errors === 0;}validate64.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema26 = {"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false};const pattern7 = new RegExp("^[0-7]{6}$", "u");const pattern11 = new RegExp("^[A-Za-z0-9+/]+={0,2}$", "u");const schema27 = {"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"};const pattern9 = new RegExp("^(?:[0-9a-f]{40}|[0-9a-f]{64})$", "u");function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate67.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(!pattern9.test(data)){validate67.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];return false;}}else {validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate67.errors = vErrors;return errors === 0;}validate67.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema28 = {"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"};const pattern10 = new RegExp("^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$", "u");function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate70.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(func3(data) > 4096){validate70.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];return false;}else {if(func3(data) < 1){validate70.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}else {if(!pattern10.test(data)){validate70.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"+"\""}];return false;}}}}else {validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate70.errors = vErrors;return errors === 0;}validate70.evaluated = {"dynamicProps":false,"dynamicItems":false};function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate66.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.path === undefined) && (missing0 = "path")){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.pathBase64 === undefined) && (missing1 = "pathBase64")){const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate66.errors = vErrors;return false;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((((((data.oldMode === undefined) && (missing2 = "oldMode")) || ((data.newMode === undefined) && (missing2 = "newMode"))) || ((data.oldId === undefined) && (missing2 = "oldId"))) || ((data.newId === undefined) && (missing2 = "newId"))) || ((data.status === undefined) && (missing2 = "status"))){validate66.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs4 = errors;for(const key0 in data){if(!(((((((key0 === "oldMode") || (key0 === "newMode")) || (key0 === "oldId")) || (key0 === "newId")) || (key0 === "status")) || (key0 === "path")) || (key0 === "pathBase64"))){validate66.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs4 === errors){if(data.oldMode !== undefined){let data0 = data.oldMode;const _errs5 = errors;if(errors === _errs5){if(typeof data0 === "string"){if(!pattern7.test(data0)){validate66.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];return false;}}else {validate66.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs5 === errors;}else {var valid1 = true;}if(valid1){if(data.newMode !== undefined){let data1 = data.newMode;const _errs7 = errors;if(errors === _errs7){if(typeof data1 === "string"){if(!pattern7.test(data1)){validate66.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];return false;}}else {validate66.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs7 === errors;}else {var valid1 = true;}if(valid1){if(data.oldId !== undefined){const _errs9 = errors;if(!(validate67(data.oldId, {instancePath:instancePath+"/oldId",parentData:data,parentDataProperty:"oldId",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid1 = _errs9 === errors;}else {var valid1 = true;}if(valid1){if(data.newId !== undefined){const _errs10 = errors;if(!(validate67(data.newId, {instancePath:instancePath+"/newId",parentData:data,parentDataProperty:"newId",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid1 = _errs10 === errors;}else {var valid1 = true;}if(valid1){if(data.status !== undefined){let data4 = data.status;const _errs11 = errors;if(!((((data4 === "A") || (data4 === "D")) || (data4 === "M")) || (data4 === "T"))){validate66.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema26.properties.status.enum},message:"must be equal to one of the allowed values"}];return false;}var valid1 = _errs11 === errors;}else {var valid1 = true;}if(valid1){if(data.path !== undefined){const _errs12 = errors;if(!(validate70(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);errors = vErrors.length;}var valid1 = _errs12 === errors;}else {var valid1 = true;}if(valid1){if(data.pathBase64 !== undefined){let data6 = data.pathBase64;const _errs13 = errors;if(errors === _errs13){if(typeof data6 === "string"){if(func3(data6) > 8192){validate66.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];return false;}else {if(func3(data6) < 4){validate66.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/minLength",keyword:"minLength",params:{limit: 4},message:"must NOT have fewer than 4 characters"}];return false;}else {if(!pattern11.test(data6)){validate66.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]+={0,2}$"},message:"must match pattern \""+"^[A-Za-z0-9+/]+={0,2}$"+"\""}];return false;}}}}else {validate66.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs13 === errors;}else {var valid1 = true;}}}}}}}}}}else {validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate66.errors = vErrors;return errors === 0;}validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate63.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.kind === undefined) && (missing0 = "kind")){validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const tag0 = data.kind;if(typeof tag0 == "string"){if(tag0 === "staged"){const _errs2 = errors;if(errors === _errs2){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((((data.kind === undefined) && (missing1 = "kind")) || ((data.digest === undefined) && (missing1 = "digest"))) || ((data.entries === undefined) && (missing1 = "entries"))){validate63.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs4 = errors;for(const key0 in data){if(!(((key0 === "kind") || (key0 === "digest")) || (key0 === "entries"))){validate63.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs4 === errors){if(data.kind !== undefined){const _errs5 = errors;if("staged" !== data.kind){validate63.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "staged"},message:"must be equal to constant"}];return false;}var valid2 = _errs5 === errors;}else {var valid2 = true;}if(valid2){if(data.digest !== undefined){const _errs6 = errors;if(!(validate64(data.digest, {instancePath:instancePath+"/digest",parentData:data,parentDataProperty:"digest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}var valid2 = _errs6 === errors;}else {var valid2 = true;}if(valid2){if(data.entries !== undefined){let data2 = data.entries;const _errs7 = errors;if(errors === _errs7){if(Array.isArray(data2)){if(data2.length > 10000){validate63.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/0/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];return false;}else {var valid3 = true;const len0 = data2.length;for(let i0=0; i0<len0; i0++){const _errs9 = errors;if(!(validate66(data2[i0], {instancePath:instancePath+"/entries/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid3 = _errs9 === errors;if(!valid3){break;}}}}else {validate63.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/0/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid2 = _errs7 === errors;}else {var valid2 = true;}}}}}}else {validate63.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var props0 = true;}else if(tag0 === "commit"){const _errs10 = errors;if(errors === _errs10){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if(((((data.kind === undefined) && (missing2 = "kind")) || ((data.digest === undefined) && (missing2 = "digest"))) || ((data.entries === undefined) && (missing2 = "entries"))) || ((data.commit === undefined) && (missing2 = "commit"))){validate63.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs12 = errors;for(const key1 in data){if(!((((key1 === "kind") || (key1 === "digest")) || (key1 === "entries")) || (key1 === "commit"))){validate63.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs12 === errors){if(data.kind !== undefined){const _errs13 = errors;if("commit" !== data.kind){validate63.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "commit"},message:"must be equal to constant"}];return false;}var valid5 = _errs13 === errors;}else {var valid5 = true;}if(valid5){if(data.digest !== undefined){const _errs14 = errors;if(!(validate64(data.digest, {instancePath:instancePath+"/digest",parentData:data,parentDataProperty:"digest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}var valid5 = _errs14 === errors;}else {var valid5 = true;}if(valid5){if(data.entries !== undefined){let data6 = data.entries;const _errs15 = errors;if(errors === _errs15){if(Array.isArray(data6)){if(data6.length > 10000){validate63.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/1/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];return false;}else {var valid6 = true;const len1 = data6.length;for(let i1=0; i1<len1; i1++){const _errs17 = errors;if(!(validate66(data6[i1], {instancePath:instancePath+"/entries/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid6 = _errs17 === errors;if(!valid6){break;}}}}else {validate63.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/1/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid5 = _errs15 === errors;}else {var valid5 = true;}if(valid5){if(data.commit !== undefined){const _errs18 = errors;if(!(validate67(data.commit, {instancePath:instancePath+"/commit",parentData:data,parentDataProperty:"commit",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid5 = _errs18 === errors;}else {var valid5 = true;}}}}}}}else {validate63.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}if(props0 !== true){props0 = true;}}else if(tag0 === "range"){const _errs19 = errors;if(errors === _errs19){if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if(((((((data.kind === undefined) && (missing3 = "kind")) || ((data.digest === undefined) && (missing3 = "digest"))) || ((data.entries === undefined) && (missing3 = "entries"))) || ((data.base === undefined) && (missing3 = "base"))) || ((data.head === undefined) && (missing3 = "head"))) || ((data.commits === undefined) && (missing3 = "commits"))){validate63.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}else {const _errs21 = errors;for(const key2 in data){if(!((((((key2 === "kind") || (key2 === "digest")) || (key2 === "entries")) || (key2 === "base")) || (key2 === "head")) || (key2 === "commits"))){validate63.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs21 === errors){if(data.kind !== undefined){const _errs22 = errors;if("range" !== data.kind){validate63.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "range"},message:"must be equal to constant"}];return false;}var valid8 = _errs22 === errors;}else {var valid8 = true;}if(valid8){if(data.digest !== undefined){const _errs23 = errors;if(!(validate64(data.digest, {instancePath:instancePath+"/digest",parentData:data,parentDataProperty:"digest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}var valid8 = _errs23 === errors;}else {var valid8 = true;}if(valid8){if(data.entries !== undefined){let data11 = data.entries;const _errs24 = errors;if(errors === _errs24){if(Array.isArray(data11)){if(data11.length > 10000){validate63.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/2/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];return false;}else {var valid9 = true;const len2 = data11.length;for(let i2=0; i2<len2; i2++){const _errs26 = errors;if(!(validate66(data11[i2], {instancePath:instancePath+"/entries/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);errors = vErrors.length;}var valid9 = _errs26 === errors;if(!valid9){break;}}}}else {validate63.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/2/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid8 = _errs24 === errors;}else {var valid8 = true;}if(valid8){if(data.base !== undefined){const _errs27 = errors;if(!(validate67(data.base, {instancePath:instancePath+"/base",parentData:data,parentDataProperty:"base",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid8 = _errs27 === errors;}else {var valid8 = true;}if(valid8){if(data.head !== undefined){const _errs28 = errors;if(!(validate67(data.head, {instancePath:instancePath+"/head",parentData:data,parentDataProperty:"head",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid8 = _errs28 === errors;}else {var valid8 = true;}if(valid8){if(data.commits !== undefined){let data15 = data.commits;const _errs29 = errors;if(errors === _errs29){if(Array.isArray(data15)){if(data15.length > 10000){validate63.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/oneOf/2/properties/commits/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];return false;}else {var valid10 = true;const len3 = data15.length;for(let i3=0; i3<len3; i3++){let data16 = data15[i3];const _errs31 = errors;if(errors === _errs31){if(data16 && typeof data16 == "object" && !Array.isArray(data16)){let missing4;if(((data16.commit === undefined) && (missing4 = "commit")) || ((data16.digest === undefined) && (missing4 = "digest"))){validate63.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];return false;}else {const _errs33 = errors;for(const key3 in data16){if(!((key3 === "commit") || (key3 === "digest"))){validate63.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs33 === errors){if(data16.commit !== undefined){const _errs34 = errors;if(!(validate67(data16.commit, {instancePath:instancePath+"/commits/" + i3+"/commit",parentData:data16,parentDataProperty:"commit",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}var valid11 = _errs34 === errors;}else {var valid11 = true;}if(valid11){if(data16.digest !== undefined){const _errs35 = errors;if(!(validate64(data16.digest, {instancePath:instancePath+"/commits/" + i3+"/digest",parentData:data16,parentDataProperty:"digest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}var valid11 = _errs35 === errors;}else {var valid11 = true;}}}}}else {validate63.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid10 = _errs31 === errors;if(!valid10){break;}}}}else {validate63.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/oneOf/2/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid8 = _errs29 === errors;}else {var valid8 = true;}}}}}}}}}else {validate63.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}if(props0 !== true){props0 = true;}}else {validate63.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];return false;}}else {validate63.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];return false;}}}else {validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate63.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate63.evaluated = {"dynamicProps":true,"dynamicItems":false};const schema29 = {"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"}},"additionalProperties":false};const pattern12 = new RegExp("^[^\\u0000-\\u001f]+$", "u");function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate83.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.id === undefined) && (missing0 = "id")) || ((data.kind === undefined) && (missing0 = "kind"))){validate83.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "id") || (key0 === "kind")) || (key0 === "session"))){validate83.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.id !== undefined){let data0 = data.id;const _errs2 = errors;if(errors === _errs2){if(typeof data0 === "string"){if(func3(data0) > 256){validate83.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];return false;}else {if(func3(data0) < 1){validate83.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}else {if(!pattern12.test(data0)){validate83.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];return false;}}}}else {validate83.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.kind !== undefined){let data1 = data.kind;const _errs4 = errors;if(!((((data1 === "agent") || (data1 === "human")) || (data1 === "ci")) || (data1 === "tool"))){validate83.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema29.properties.kind.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.session !== undefined){let data2 = data.session;const _errs5 = errors;if(errors === _errs5){if(typeof data2 === "string"){if(func3(data2) > 256){validate83.errors = [{instancePath:instancePath+"/session",schemaPath:"#/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];return false;}else {if(func3(data2) < 1){validate83.errors = [{instancePath:instancePath+"/session",schemaPath:"#/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}else {if(!pattern12.test(data2)){validate83.errors = [{instancePath:instancePath+"/session",schemaPath:"#/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];return false;}}}}else {validate83.errors = [{instancePath:instancePath+"/session",schemaPath:"#/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs5 === errors;}else {var valid0 = true;}}}}}}else {validate83.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate83.errors = vErrors;return errors === 0;}validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema30 = {"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}};const schema31 = {"type":"string","minLength":1,"maxLength":4000};function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate87.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(func3(data) > 4000){validate87.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}else {if(func3(data) < 1){validate87.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate87.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate87.errors = vErrors;return errors === 0;}validate87.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema32 = {"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false};function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate93.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.severity === undefined) && (missing0 = "severity")) || ((data.description === undefined) && (missing0 = "description"))){validate93.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((((key0 === "severity") || (key0 === "category")) || (key0 === "path")) || (key0 === "line")) || (key0 === "description")) || (key0 === "suggestedFix"))){validate93.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.severity !== undefined){let data0 = data.severity;const _errs2 = errors;if(!(((((data0 === "info") || (data0 === "low")) || (data0 === "medium")) || (data0 === "high")) || (data0 === "critical"))){validate93.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema32.properties.severity.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.category !== undefined){let data1 = data.category;const _errs3 = errors;if(errors === _errs3){if(typeof data1 === "string"){if(func3(data1) > 200){validate93.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];return false;}}else {validate93.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.path !== undefined){const _errs5 = errors;if(!(validate70(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);errors = vErrors.length;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.line !== undefined){let data3 = data.line;const _errs6 = errors;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){validate93.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs6){if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 100000000 || isNaN(data3)){validate93.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"}];return false;}else {if(data3 < 1 || isNaN(data3)){validate93.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.description !== undefined){const _errs8 = errors;if(!(validate87(data.description, {instancePath:instancePath+"/description",parentData:data,parentDataProperty:"description",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);errors = vErrors.length;}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.suggestedFix !== undefined){let data5 = data.suggestedFix;const _errs9 = errors;if(errors === _errs9){if(typeof data5 === "string"){if(func3(data5) > 4000){validate93.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}}else {validate93.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs9 === errors;}else {var valid0 = true;}}}}}}}}}else {validate93.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate93.errors = vErrors;return errors === 0;}validate93.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const pattern14 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$", "u");function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate86.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.kind === undefined) && (missing0 = "kind")){validate86.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const tag0 = data.kind;if(typeof tag0 == "string"){if(tag0 === "test"){const _errs2 = errors;if(errors === _errs2){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if(((data.kind === undefined) && (missing1 = "kind")) || ((data.text === undefined) && (missing1 = "text"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs4 = errors;for(const key0 in data){if(!((((((((key0 === "kind") || (key0 === "text")) || (key0 === "command")) || (key0 === "exitCode")) || (key0 === "durationMs")) || (key0 === "outputDigest")) || (key0 === "outputTail")) || (key0 === "error"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs4 === errors){if(data.kind !== undefined){const _errs5 = errors;if("test" !== data.kind){validate86.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "test"},message:"must be equal to constant"}];return false;}var valid2 = _errs5 === errors;}else {var valid2 = true;}if(valid2){if(data.text !== undefined){const _errs6 = errors;if(!(validate87(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);errors = vErrors.length;}var valid2 = _errs6 === errors;}else {var valid2 = true;}if(valid2){if(data.command !== undefined){let data2 = data.command;const _errs7 = errors;if(errors === _errs7){if(typeof data2 === "string"){if(func3(data2) > 4000){validate86.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}else {if(func3(data2) < 1){validate86.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate86.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid2 = _errs7 === errors;}else {var valid2 = true;}if(valid2){if(data.exitCode !== undefined){let data3 = data.exitCode;const _errs9 = errors;if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){validate86.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/type",keyword:"type",params:{type: schema30.oneOf[0].properties.exitCode.type},message:"must be integer,null"}];return false;}if(errors === _errs9){if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 255 || isNaN(data3)){validate86.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"}];return false;}else {if(data3 < -1 || isNaN(data3)){validate86.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];return false;}}}}var valid2 = _errs9 === errors;}else {var valid2 = true;}if(valid2){if(data.durationMs !== undefined){let data4 = data.durationMs;const _errs11 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){validate86.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs11){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 9007199254740991 || isNaN(data4)){validate86.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];return false;}else {if(data4 < 0 || isNaN(data4)){validate86.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}}var valid2 = _errs11 === errors;}else {var valid2 = true;}if(valid2){if(data.outputDigest !== undefined){const _errs13 = errors;if(!(validate64(data.outputDigest, {instancePath:instancePath+"/outputDigest",parentData:data,parentDataProperty:"outputDigest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}var valid2 = _errs13 === errors;}else {var valid2 = true;}if(valid2){if(data.outputTail !== undefined){let data6 = data.outputTail;const _errs14 = errors;if(errors === _errs14){if(typeof data6 === "string"){if(func3(data6) > 8000){validate86.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/0/properties/outputTail/maxLength",keyword:"maxLength",params:{limit: 8000},message:"must NOT have more than 8000 characters"}];return false;}}else {validate86.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/0/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid2 = _errs14 === errors;}else {var valid2 = true;}if(valid2){if(data.error !== undefined){let data7 = data.error;const _errs16 = errors;if(errors === _errs16){if(typeof data7 === "string"){if(func3(data7) > 4000){validate86.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/0/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}}else {validate86.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid2 = _errs16 === errors;}else {var valid2 = true;}}}}}}}}}}}else {validate86.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var props0 = true;}else if(tag0 === "command"){const _errs18 = errors;if(errors === _errs18){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if(((data.kind === undefined) && (missing2 = "kind")) || ((data.text === undefined) && (missing2 = "text"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs20 = errors;for(const key1 in data){if(!((((((((key1 === "kind") || (key1 === "text")) || (key1 === "command")) || (key1 === "exitCode")) || (key1 === "durationMs")) || (key1 === "outputDigest")) || (key1 === "outputTail")) || (key1 === "error"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs20 === errors){if(data.kind !== undefined){const _errs21 = errors;if("command" !== data.kind){validate86.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "command"},message:"must be equal to constant"}];return false;}var valid4 = _errs21 === errors;}else {var valid4 = true;}if(valid4){if(data.text !== undefined){const _errs22 = errors;if(!(validate87(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);errors = vErrors.length;}var valid4 = _errs22 === errors;}else {var valid4 = true;}if(valid4){if(data.command !== undefined){let data10 = data.command;const _errs23 = errors;if(errors === _errs23){if(typeof data10 === "string"){if(func3(data10) > 4000){validate86.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}else {if(func3(data10) < 1){validate86.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate86.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs23 === errors;}else {var valid4 = true;}if(valid4){if(data.exitCode !== undefined){let data11 = data.exitCode;const _errs25 = errors;if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){validate86.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/type",keyword:"type",params:{type: schema30.oneOf[1].properties.exitCode.type},message:"must be integer,null"}];return false;}if(errors === _errs25){if((typeof data11 == "number") && (isFinite(data11))){if(data11 > 255 || isNaN(data11)){validate86.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"}];return false;}else {if(data11 < -1 || isNaN(data11)){validate86.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];return false;}}}}var valid4 = _errs25 === errors;}else {var valid4 = true;}if(valid4){if(data.durationMs !== undefined){let data12 = data.durationMs;const _errs27 = errors;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){validate86.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs27){if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 9007199254740991 || isNaN(data12)){validate86.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];return false;}else {if(data12 < 0 || isNaN(data12)){validate86.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}}var valid4 = _errs27 === errors;}else {var valid4 = true;}if(valid4){if(data.outputDigest !== undefined){const _errs29 = errors;if(!(validate64(data.outputDigest, {instancePath:instancePath+"/outputDigest",parentData:data,parentDataProperty:"outputDigest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);errors = vErrors.length;}var valid4 = _errs29 === errors;}else {var valid4 = true;}if(valid4){if(data.outputTail !== undefined){let data14 = data.outputTail;const _errs30 = errors;if(errors === _errs30){if(typeof data14 === "string"){if(func3(data14) > 8000){validate86.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/1/properties/outputTail/maxLength",keyword:"maxLength",params:{limit: 8000},message:"must NOT have more than 8000 characters"}];return false;}}else {validate86.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/1/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs30 === errors;}else {var valid4 = true;}if(valid4){if(data.error !== undefined){let data15 = data.error;const _errs32 = errors;if(errors === _errs32){if(typeof data15 === "string"){if(func3(data15) > 4000){validate86.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}}else {validate86.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid4 = _errs32 === errors;}else {var valid4 = true;}}}}}}}}}}}else {validate86.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}if(props0 !== true){props0 = true;}}else if(tag0 === "review"){const _errs34 = errors;if(errors === _errs34){if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if(((data.kind === undefined) && (missing3 = "kind")) || ((data.text === undefined) && (missing3 = "text"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}else {const _errs36 = errors;for(const key2 in data){if(!((((((((key2 === "kind") || (key2 === "text")) || (key2 === "reviewer")) || (key2 === "model")) || (key2 === "family")) || (key2 === "verdict")) || (key2 === "findings")) || (key2 === "error"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs36 === errors){if(data.kind !== undefined){const _errs37 = errors;if("review" !== data.kind){validate86.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "review"},message:"must be equal to constant"}];return false;}var valid6 = _errs37 === errors;}else {var valid6 = true;}if(valid6){if(data.text !== undefined){const _errs38 = errors;if(!(validate87(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);errors = vErrors.length;}var valid6 = _errs38 === errors;}else {var valid6 = true;}if(valid6){if(data.reviewer !== undefined){let data18 = data.reviewer;const _errs39 = errors;if(errors === _errs39){if(typeof data18 === "string"){if(func3(data18) > 256){validate86.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];return false;}else {if(func3(data18) < 1){validate86.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate86.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid6 = _errs39 === errors;}else {var valid6 = true;}if(valid6){if(data.model !== undefined){let data19 = data.model;const _errs41 = errors;if(errors === _errs41){if(typeof data19 === "string"){if(func3(data19) > 200){validate86.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];return false;}else {if(func3(data19) < 1){validate86.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate86.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid6 = _errs41 === errors;}else {var valid6 = true;}if(valid6){if(data.family !== undefined){let data20 = data.family;const _errs43 = errors;if(errors === _errs43){if(typeof data20 === "string"){if(func3(data20) > 100){validate86.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];return false;}else {if(func3(data20) < 1){validate86.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate86.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid6 = _errs43 === errors;}else {var valid6 = true;}if(valid6){if(data.verdict !== undefined){let data21 = data.verdict;const _errs45 = errors;if(!((((data21 === "pass") || (data21 === "warn")) || (data21 === "fail")) || (data21 === "error"))){validate86.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/oneOf/2/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema30.oneOf[2].properties.verdict.enum},message:"must be equal to one of the allowed values"}];return false;}var valid6 = _errs45 === errors;}else {var valid6 = true;}if(valid6){if(data.findings !== undefined){let data22 = data.findings;const _errs46 = errors;if(errors === _errs46){if(Array.isArray(data22)){if(data22.length > 500){validate86.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/oneOf/2/properties/findings/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];return false;}else {var valid7 = true;const len0 = data22.length;for(let i0=0; i0<len0; i0++){const _errs48 = errors;if(!(validate93(data22[i0], {instancePath:instancePath+"/findings/" + i0,parentData:data22,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);errors = vErrors.length;}var valid7 = _errs48 === errors;if(!valid7){break;}}}}else {validate86.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/oneOf/2/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid6 = _errs46 === errors;}else {var valid6 = true;}if(valid6){if(data.error !== undefined){let data24 = data.error;const _errs49 = errors;if(errors === _errs49){if(typeof data24 === "string"){if(func3(data24) > 4000){validate86.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/2/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}}else {validate86.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/2/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid6 = _errs49 === errors;}else {var valid6 = true;}}}}}}}}}}}else {validate86.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}if(props0 !== true){props0 = true;}}else if(tag0 === "link"){const _errs51 = errors;if(errors === _errs51){if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if(((data.kind === undefined) && (missing4 = "kind")) || ((data.url === undefined) && (missing4 = "url"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];return false;}else {const _errs53 = errors;for(const key3 in data){if(!(((key3 === "kind") || (key3 === "url")) || (key3 === "text"))){validate86.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs53 === errors){if(data.kind !== undefined){const _errs54 = errors;if("link" !== data.kind){validate86.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/3/properties/kind/const",keyword:"const",params:{allowedValue: "link"},message:"must be equal to constant"}];return false;}var valid9 = _errs54 === errors;}else {var valid9 = true;}if(valid9){if(data.url !== undefined){let data26 = data.url;const _errs55 = errors;if(errors === _errs55){if(typeof data26 === "string"){if(func3(data26) > 2000){validate86.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];return false;}else {if(func3(data26) < 1){validate86.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}else {if(!pattern14.test(data26)){validate86.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"+"\""}];return false;}}}}else {validate86.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid9 = _errs55 === errors;}else {var valid9 = true;}if(valid9){if(data.text !== undefined){let data27 = data.text;const _errs57 = errors;if(errors === _errs57){if(typeof data27 === "string"){if(func3(data27) > 4000){validate86.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/3/properties/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}}else {validate86.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/3/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid9 = _errs57 === errors;}else {var valid9 = true;}}}}}}else {validate86.errors = [{instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}if(props0 !== true){props0 = true;}}else {validate86.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];return false;}}else {validate86.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];return false;}}}else {validate86.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate86.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate86.evaluated = {"dynamicProps":true,"dynamicItems":false};const schema33 = {"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false};function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate98.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((data.format === undefined) && (missing0 = "format")) || ((data.namespace === undefined) && (missing0 = "namespace"))) || ((data.signature === undefined) && (missing0 = "signature"))){validate98.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((key0 === "format") || (key0 === "namespace")) || (key0 === "signature"))){validate98.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.format !== undefined){const _errs2 = errors;if("sshsig" !== data.format){validate98.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "sshsig"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.namespace !== undefined){const _errs3 = errors;if("agentops-verdict" !== data.namespace){validate98.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/const",keyword:"const",params:{allowedValue: "agentops-verdict"},message:"must be equal to constant"}];return false;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.signature !== undefined){let data2 = data.signature;const _errs4 = errors;if(errors === _errs4){if(typeof data2 === "string"){if(func3(data2) > 16384){validate98.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/maxLength",keyword:"maxLength",params:{limit: 16384},message:"must NOT have more than 16384 characters"}];return false;}else {if(func3(data2) < 1){validate98.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate98.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs4 === errors;}else {var valid0 = true;}}}}}}else {validate98.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate98.errors = vErrors;return errors === 0;}validate98.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate58.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.subject === undefined) && (missing0 = "subject"))) || ((data.verdict === undefined) && (missing0 = "verdict"))) || ((data.checker === undefined) && (missing0 = "checker"))) || ((data.worker === undefined) && (missing0 = "worker"))) || ((data.evidence === undefined) && (missing0 = "evidence"))) || ((data.summary === undefined) && (missing0 = "summary"))){validate58.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func1.call(schema23.properties, key0))){validate58.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.schema !== undefined){const _errs2 = errors;if("agentops-verdict/record@1" !== data.schema){validate58.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs3 = errors;if(!(validate54(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.createdAt !== undefined){const _errs4 = errors;if(!(validate56(data.createdAt, {instancePath:instancePath+"/createdAt",parentData:data,parentDataProperty:"createdAt",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){const _errs5 = errors;if("verdict" !== data.type){validate58.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "verdict"},message:"must be equal to constant"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.seq !== undefined){let data4 = data.seq;const _errs6 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){validate58.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs6){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 9007199254740991 || isNaN(data4)){validate58.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];return false;}else {if(data4 < 1 || isNaN(data4)){validate58.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.prev !== undefined){let data5 = data.prev;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data5)){if(data5.length > 256){validate58.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];return false;}else {if(data5.length < 1){validate58.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data5.length;for(let i0=0; i0<len0; i0++){const _errs10 = errors;if(!(validate54(data5[i0], {instancePath:instancePath+"/prev/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid1 = _errs10 === errors;if(!valid1){break;}}if(valid1){let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){validate58.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate58.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.ledger !== undefined){const _errs11 = errors;if(!(validate54(data.ledger, {instancePath:instancePath+"/ledger",parentData:data,parentDataProperty:"ledger",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.subject !== undefined){const _errs12 = errors;if(!(validate63(data.subject, {instancePath:instancePath+"/subject",parentData:data,parentDataProperty:"subject",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);errors = vErrors.length;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.verdict !== undefined){let data9 = data.verdict;const _errs13 = errors;if(!((data9 === "pass") || (data9 === "fail"))){validate58.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema23.properties.verdict.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs13 === errors;}else {var valid0 = true;}if(valid0){if(data.checker !== undefined){const _errs14 = errors;if(!(validate83(data.checker, {instancePath:instancePath+"/checker",parentData:data,parentDataProperty:"checker",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.worker !== undefined){const _errs15 = errors;if(!(validate83(data.worker, {instancePath:instancePath+"/worker",parentData:data,parentDataProperty:"worker",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid0 = _errs15 === errors;}else {var valid0 = true;}if(valid0){if(data.evidence !== undefined){let data12 = data.evidence;const _errs16 = errors;if(errors === _errs16){if(Array.isArray(data12)){if(data12.length > 200){validate58.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"}];return false;}else {var valid3 = true;const len1 = data12.length;for(let i2=0; i2<len1; i2++){const _errs18 = errors;if(!(validate86(data12[i2], {instancePath:instancePath+"/evidence/" + i2,parentData:data12,parentDataProperty:i2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);errors = vErrors.length;}var valid3 = _errs18 === errors;if(!valid3){break;}}}}else {validate58.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.summary !== undefined){let data14 = data.summary;const _errs19 = errors;if(errors === _errs19){if(typeof data14 === "string"){if(func3(data14) > 4000){validate58.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}}else {validate58.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs19 === errors;}else {var valid0 = true;}if(valid0){if(data.signature !== undefined){const _errs21 = errors;if(!(validate98(data.signature, {instancePath:instancePath+"/signature",parentData:data,parentDataProperty:"signature",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);errors = vErrors.length;}var valid0 = _errs21 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}}}else {validate58.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate58.errors = vErrors;return errors === 0;}validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema34 = {"type":"object","description":"A lesson learned, attached to the paths it concerns (ao learn).","required":["schema","type","id","seq","prev","createdAt","ledger","text","paths","tags","negative","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"learning"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"text":{"$ref":"#/$defs/text"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},"maxItems":20,"uniqueItems":true},"negative":{"type":"boolean"},"from":{"description":"The verdict the lesson was drawn from.","$ref":"#/$defs/recordId"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};const schema35 = {"description":"A path glob in the policy's syntax: without '/' it matches a file name anywhere, with '/' from the repository root.","type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"};const pattern15 = new RegExp("^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$", "u");function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate106.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(func3(data) > 1000){validate106.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];return false;}else {if(func3(data) < 1){validate106.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}else {if(!pattern15.test(data)){validate106.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];return false;}}}}else {validate106.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate106.errors = vErrors;return errors === 0;}validate106.evaluated = {"dynamicProps":false,"dynamicItems":false};const pattern16 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$", "u");function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate100.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.text === undefined) && (missing0 = "text"))) || ((data.paths === undefined) && (missing0 = "paths"))) || ((data.tags === undefined) && (missing0 = "tags"))) || ((data.negative === undefined) && (missing0 = "negative"))) || ((data.author === undefined) && (missing0 = "author"))){validate100.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func1.call(schema34.properties, key0))){validate100.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.schema !== undefined){const _errs2 = errors;if("agentops-verdict/record@1" !== data.schema){validate100.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs3 = errors;if(!(validate54(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.createdAt !== undefined){const _errs4 = errors;if(!(validate56(data.createdAt, {instancePath:instancePath+"/createdAt",parentData:data,parentDataProperty:"createdAt",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){const _errs5 = errors;if("learning" !== data.type){validate100.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "learning"},message:"must be equal to constant"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.seq !== undefined){let data4 = data.seq;const _errs6 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){validate100.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs6){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 9007199254740991 || isNaN(data4)){validate100.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];return false;}else {if(data4 < 1 || isNaN(data4)){validate100.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.prev !== undefined){let data5 = data.prev;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data5)){if(data5.length > 256){validate100.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];return false;}else {if(data5.length < 1){validate100.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data5.length;for(let i0=0; i0<len0; i0++){const _errs10 = errors;if(!(validate54(data5[i0], {instancePath:instancePath+"/prev/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid1 = _errs10 === errors;if(!valid1){break;}}if(valid1){let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){validate100.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate100.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.ledger !== undefined){const _errs11 = errors;if(!(validate54(data.ledger, {instancePath:instancePath+"/ledger",parentData:data,parentDataProperty:"ledger",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.text !== undefined){const _errs12 = errors;if(!(validate87(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);errors = vErrors.length;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.paths !== undefined){let data9 = data.paths;const _errs13 = errors;if(errors === _errs13){if(Array.isArray(data9)){if(data9.length > 100){validate100.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {if(data9.length < 1){validate100.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid3 = true;const len1 = data9.length;for(let i2=0; i2<len1; i2++){const _errs15 = errors;if(!(validate106(data9[i2], {instancePath:instancePath+"/paths/" + i2,parentData:data9,parentDataProperty:i2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);errors = vErrors.length;}var valid3 = _errs15 === errors;if(!valid3){break;}}if(valid3){let i3 = data9.length;let j1;if(i3 > 1){outer1:for(;i3--;){for(j1 = i3; j1--;){if(func0(data9[i3], data9[j1])){validate100.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];return false;break outer1;}}}}}}}}else {validate100.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs13 === errors;}else {var valid0 = true;}if(valid0){if(data.tags !== undefined){let data11 = data.tags;const _errs16 = errors;if(errors === _errs16){if(Array.isArray(data11)){if(data11.length > 20){validate100.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];return false;}else {var valid5 = true;const len2 = data11.length;for(let i4=0; i4<len2; i4++){let data12 = data11[i4];const _errs18 = errors;if(errors === _errs18){if(typeof data12 === "string"){if(!pattern16.test(data12)){validate100.errors = [{instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"+"\""}];return false;}}else {validate100.errors = [{instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid5 = _errs18 === errors;if(!valid5){break;}}if(valid5){let i5 = data11.length;let j2;if(i5 > 1){const indices0 = {};for(;i5--;){let item0 = data11[i5];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j2 = indices0[item0];validate100.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];return false;break;}indices0[item0] = i5;}}}}}else {validate100.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.negative !== undefined){const _errs20 = errors;if(typeof data.negative !== "boolean"){validate100.errors = [{instancePath:instancePath+"/negative",schemaPath:"#/properties/negative/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs20 === errors;}else {var valid0 = true;}if(valid0){if(data.from !== undefined){const _errs22 = errors;if(!(validate54(data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs22 === errors;}else {var valid0 = true;}if(valid0){if(data.author !== undefined){const _errs23 = errors;if(!(validate83(data.author, {instancePath:instancePath+"/author",parentData:data,parentDataProperty:"author",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid0 = _errs23 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}}else {validate100.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate100.errors = vErrors;return errors === 0;}validate100.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema36 = {"type":"object","description":"A learning turned into a constraint of .agents/policy.json (ao promote).","required":["schema","type","id","seq","prev","createdAt","ledger","learning","constraint","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"promotion"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"learning":{"description":"The learning promoted.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraint"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};const schema37 = {"type":"object","description":"A learning promoted into the policy: exactly one rule, enforced on changes touching its paths. Same shape as a policy constraint.","required":["id","learning","paths"],"properties":{"id":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"type":"string","minLength":1,"maxLength":500},"requireEvidence":{"enum":["test","command","review","link"]},"requireCheckerKind":{"enum":["agent","human","ci","tool"]},"forbidPattern":{"type":"string","minLength":1,"maxLength":500},"requireCheck":{"type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false};const schema38 = {"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"};const pattern17 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate117.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(!pattern17.test(data)){validate117.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];return false;}}else {validate117.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate117.errors = vErrors;return errors === 0;}validate117.evaluated = {"dynamicProps":false,"dynamicItems":false};function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate116.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.requireEvidence === undefined) && (missing0 = "requireEvidence")){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.requireCheckerKind === undefined) && (missing1 = "requireCheckerKind")){const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.forbidPattern === undefined) && (missing2 = "forbidPattern")){const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.requireCheck === undefined) && (missing3 = "requireCheck")){const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}}}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;validate116.errors = vErrors;return false;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if((((data.id === undefined) && (missing4 = "id")) || ((data.learning === undefined) && (missing4 = "learning"))) || ((data.paths === undefined) && (missing4 = "paths"))){validate116.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];return false;}else {const _errs6 = errors;for(const key0 in data){if(!((((((((key0 === "id") || (key0 === "learning")) || (key0 === "paths")) || (key0 === "note")) || (key0 === "requireEvidence")) || (key0 === "requireCheckerKind")) || (key0 === "forbidPattern")) || (key0 === "requireCheck"))){validate116.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs6 === errors){if(data.id !== undefined){const _errs7 = errors;if(!(validate117(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);errors = vErrors.length;}var valid1 = _errs7 === errors;}else {var valid1 = true;}if(valid1){if(data.learning !== undefined){const _errs8 = errors;if(!(validate54(data.learning, {instancePath:instancePath+"/learning",parentData:data,parentDataProperty:"learning",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid1 = _errs8 === errors;}else {var valid1 = true;}if(valid1){if(data.paths !== undefined){let data2 = data.paths;const _errs9 = errors;if(errors === _errs9){if(Array.isArray(data2)){if(data2.length > 100){validate116.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {if(data2.length < 1){validate116.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid2 = true;const len0 = data2.length;for(let i0=0; i0<len0; i0++){const _errs11 = errors;if(!(validate106(data2[i0], {instancePath:instancePath+"/paths/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);errors = vErrors.length;}var valid2 = _errs11 === errors;if(!valid2){break;}}if(valid2){let i1 = data2.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data2[i1], data2[j0])){validate116.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate116.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid1 = _errs9 === errors;}else {var valid1 = true;}if(valid1){if(data.note !== undefined){let data4 = data.note;const _errs12 = errors;if(errors === _errs12){if(typeof data4 === "string"){if(func3(data4) > 500){validate116.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];return false;}else {if(func3(data4) < 1){validate116.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate116.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs12 === errors;}else {var valid1 = true;}if(valid1){if(data.requireEvidence !== undefined){let data5 = data.requireEvidence;const _errs14 = errors;if(!((((data5 === "test") || (data5 === "command")) || (data5 === "review")) || (data5 === "link"))){validate116.errors = [{instancePath:instancePath+"/requireEvidence",schemaPath:"#/properties/requireEvidence/enum",keyword:"enum",params:{allowedValues: schema37.properties.requireEvidence.enum},message:"must be equal to one of the allowed values"}];return false;}var valid1 = _errs14 === errors;}else {var valid1 = true;}if(valid1){if(data.requireCheckerKind !== undefined){let data6 = data.requireCheckerKind;const _errs15 = errors;if(!((((data6 === "agent") || (data6 === "human")) || (data6 === "ci")) || (data6 === "tool"))){validate116.errors = [{instancePath:instancePath+"/requireCheckerKind",schemaPath:"#/properties/requireCheckerKind/enum",keyword:"enum",params:{allowedValues: schema37.properties.requireCheckerKind.enum},message:"must be equal to one of the allowed values"}];return false;}var valid1 = _errs15 === errors;}else {var valid1 = true;}if(valid1){if(data.forbidPattern !== undefined){let data7 = data.forbidPattern;const _errs16 = errors;if(errors === _errs16){if(typeof data7 === "string"){if(func3(data7) > 500){validate116.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];return false;}else {if(func3(data7) < 1){validate116.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate116.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs16 === errors;}else {var valid1 = true;}if(valid1){if(data.requireCheck !== undefined){let data8 = data.requireCheck;const _errs18 = errors;if(errors === _errs18){if(typeof data8 === "string"){if(func3(data8) > 4000){validate116.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}else {if(func3(data8) < 1){validate116.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate116.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs18 === errors;}else {var valid1 = true;}}}}}}}}}}}else {validate116.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate116.errors = vErrors;return errors === 0;}validate116.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate110.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.learning === undefined) && (missing0 = "learning"))) || ((data.constraint === undefined) && (missing0 = "constraint"))) || ((data.author === undefined) && (missing0 = "author"))){validate110.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func1.call(schema36.properties, key0))){validate110.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.schema !== undefined){const _errs2 = errors;if("agentops-verdict/record@1" !== data.schema){validate110.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs3 = errors;if(!(validate54(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.createdAt !== undefined){const _errs4 = errors;if(!(validate56(data.createdAt, {instancePath:instancePath+"/createdAt",parentData:data,parentDataProperty:"createdAt",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){const _errs5 = errors;if("promotion" !== data.type){validate110.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "promotion"},message:"must be equal to constant"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.seq !== undefined){let data4 = data.seq;const _errs6 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){validate110.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs6){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 9007199254740991 || isNaN(data4)){validate110.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];return false;}else {if(data4 < 1 || isNaN(data4)){validate110.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.prev !== undefined){let data5 = data.prev;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data5)){if(data5.length > 256){validate110.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];return false;}else {if(data5.length < 1){validate110.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data5.length;for(let i0=0; i0<len0; i0++){const _errs10 = errors;if(!(validate54(data5[i0], {instancePath:instancePath+"/prev/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid1 = _errs10 === errors;if(!valid1){break;}}if(valid1){let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){validate110.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate110.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.ledger !== undefined){const _errs11 = errors;if(!(validate54(data.ledger, {instancePath:instancePath+"/ledger",parentData:data,parentDataProperty:"ledger",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.learning !== undefined){const _errs12 = errors;if(!(validate54(data.learning, {instancePath:instancePath+"/learning",parentData:data,parentDataProperty:"learning",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.constraint !== undefined){const _errs13 = errors;if(!(validate116(data.constraint, {instancePath:instancePath+"/constraint",parentData:data,parentDataProperty:"constraint",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);errors = vErrors.length;}var valid0 = _errs13 === errors;}else {var valid0 = true;}if(valid0){if(data.author !== undefined){const _errs14 = errors;if(!(validate83(data.author, {instancePath:instancePath+"/author",parentData:data,parentDataProperty:"author",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid0 = _errs14 === errors;}else {var valid0 = true;}}}}}}}}}}}}}else {validate110.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate110.errors = vErrors;return errors === 0;}validate110.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema39 = {"type":"object","description":"A constraint taken out of the policy, and why (ao retire).","required":["schema","type","id","seq","prev","createdAt","ledger","constraint","learning","why","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"retirement"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record this retires, if the constraint came from ao promote.","$ref":"#/$defs/recordId"},"why":{"$ref":"#/$defs/text"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate123.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.constraint === undefined) && (missing0 = "constraint"))) || ((data.learning === undefined) && (missing0 = "learning"))) || ((data.why === undefined) && (missing0 = "why"))) || ((data.author === undefined) && (missing0 = "author"))){validate123.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func1.call(schema39.properties, key0))){validate123.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.schema !== undefined){const _errs2 = errors;if("agentops-verdict/record@1" !== data.schema){validate123.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.id !== undefined){const _errs3 = errors;if(!(validate54(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.createdAt !== undefined){const _errs4 = errors;if(!(validate56(data.createdAt, {instancePath:instancePath+"/createdAt",parentData:data,parentDataProperty:"createdAt",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);errors = vErrors.length;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.type !== undefined){const _errs5 = errors;if("retirement" !== data.type){validate123.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "retirement"},message:"must be equal to constant"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.seq !== undefined){let data4 = data.seq;const _errs6 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){validate123.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs6){if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 9007199254740991 || isNaN(data4)){validate123.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];return false;}else {if(data4 < 1 || isNaN(data4)){validate123.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.prev !== undefined){let data5 = data.prev;const _errs8 = errors;if(errors === _errs8){if(Array.isArray(data5)){if(data5.length > 256){validate123.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];return false;}else {if(data5.length < 1){validate123.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data5.length;for(let i0=0; i0<len0; i0++){const _errs10 = errors;if(!(validate54(data5[i0], {instancePath:instancePath+"/prev/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid1 = _errs10 === errors;if(!valid1){break;}}if(valid1){let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){validate123.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate123.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs8 === errors;}else {var valid0 = true;}if(valid0){if(data.ledger !== undefined){const _errs11 = errors;if(!(validate54(data.ledger, {instancePath:instancePath+"/ledger",parentData:data,parentDataProperty:"ledger",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.constraint !== undefined){const _errs12 = errors;if(!(validate117(data.constraint, {instancePath:instancePath+"/constraint",parentData:data,parentDataProperty:"constraint",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);errors = vErrors.length;}var valid0 = _errs12 === errors;}else {var valid0 = true;}if(valid0){if(data.learning !== undefined){const _errs13 = errors;if(!(validate54(data.learning, {instancePath:instancePath+"/learning",parentData:data,parentDataProperty:"learning",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs13 === errors;}else {var valid0 = true;}if(valid0){if(data.promotion !== undefined){const _errs14 = errors;if(!(validate54(data.promotion, {instancePath:instancePath+"/promotion",parentData:data,parentDataProperty:"promotion",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}var valid0 = _errs14 === errors;}else {var valid0 = true;}if(valid0){if(data.why !== undefined){const _errs15 = errors;if(!(validate87(data.why, {instancePath:instancePath+"/why",parentData:data,parentDataProperty:"why",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);errors = vErrors.length;}var valid0 = _errs15 === errors;}else {var valid0 = true;}if(valid0){if(data.author !== undefined){const _errs16 = errors;if(!(validate83(data.author, {instancePath:instancePath+"/author",parentData:data,parentDataProperty:"author",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);errors = vErrors.length;}var valid0 = _errs16 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}else {validate123.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate123.errors = vErrors;return errors === 0;}validate123.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://agentops.dev/schemas/verdict/record/v1.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate52.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const tag0 = data.type;if(typeof tag0 == "string"){if(tag0 === "genesis"){if(!(validate53(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);errors = vErrors.length;}var props0 = true;}else if(tag0 === "verdict"){if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);errors = vErrors.length;}if(props0 !== true){props0 = true;}}else if(tag0 === "learning"){if(!(validate100(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);errors = vErrors.length;}if(props0 !== true){props0 = true;}}else if(tag0 === "promotion"){if(!(validate110(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);errors = vErrors.length;}if(props0 !== true){props0 = true;}}else if(tag0 === "retirement"){if(!(validate123(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);errors = vErrors.length;}if(props0 !== true){props0 = true;}}else {validate52.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];return false;}}else {validate52.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];return false;}}}else {validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate52.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate52.evaluated = {"dynamicProps":true,"dynamicItems":false};const validatePolicy = validate138;const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/policy/v1.json","title":"agentops/verdict policy, format version 1","description":"The gate in .agents/policy.json. See docs/spec.md.","type":"object","required":["schema","mode"],"properties":{"$schema":{"type":"string","maxLength":2000},"schema":{"const":"agentops-verdict/policy@1"},"mode":{"description":"commit: every commit needs a verdict. range: the whole pushed or proposed change needs one, or every commit in it does.","enum":["commit","range"]},"enforcement":{"description":"enforce (the default): an uncovered change fails. observe: for rollout; every check reports what would fail and passes. A broken or tampered ledger fails either way.","enum":["enforce","observe"]},"exempt":{"type":"object","properties":{"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"maxItems":500,"uniqueItems":true},"authors":{"type":"array","items":{"$ref":"#/$defs/authorPattern"},"maxItems":100,"uniqueItems":true}},"additionalProperties":false},"require":{"type":"object","properties":{"evidence":{"type":"array","items":{"$ref":"#/$defs/evidenceKind"},"maxItems":4,"uniqueItems":true},"checkerKinds":{"type":"array","items":{"$ref":"#/$defs/checkerKind"},"minItems":1,"maxItems":4,"uniqueItems":true}},"additionalProperties":false},"rules":{"type":"array","maxItems":500,"items":{"type":"object","required":["paths","anyOf"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100},"anyOf":{"description":"The verdict must meet at least one of these; each lists conditions that must all hold.","type":"array","minItems":1,"maxItems":20,"items":{"type":"object","minProperties":1,"properties":{"checkerKind":{"$ref":"#/$defs/checkerKind"},"evidence":{"$ref":"#/$defs/evidenceKind"}},"additionalProperties":false}}},"additionalProperties":false}},"requireSignature":{"type":"boolean"},"check":{"description":"How `ao check` runs checkers and counts its council of judges. Read from the base of the change under check, like the rest of the policy, so a change cannot loosen the rules it is checked under. See docs/check.md.","type":"object","properties":{"minModelFamilies":{"description":"The passing judges must come from at least this many distinct model families (anthropic, openai, google, ...): an agent reviewing work of its own family shares its blind spots. Judges whose family is unknown do not count. Default: no requirement.","type":"integer","minimum":1,"maximum":20},"warnIsPass":{"description":"Whether a judge's \"warn\" counts as a pass. Default: true.","type":"boolean"},"failOn":{"description":"A severity: a judge's review with a finding of this severity or worse counts as a fail, whatever verdict the judge gave. The decision is made in code, not left to the judge. Default: none.","enum":["info","low","medium","high","critical"]},"envAllow":{"description":"Names of environment variables passed through to checkers, besides PATH and LANG (HOME and TMPDIR are always fresh temporary directories). AO_* and GIT_* names cannot be allowed: they carry the worker's identity and point at the user's repository.","type":"array","items":{"$ref":"#/$defs/envName"},"maxItems":100,"uniqueItems":true}},"additionalProperties":false},"constraints":{"description":"Learnings promoted into rules (ao promote). Removing one needs a retirement record (ao retire).","type":"array","maxItems":500,"items":{"$ref":"#/$defs/constraint"}}},"additionalProperties":false,"$defs":{"glob":{"type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"},"authorPattern":{"description":"An email address; '*' may stand only in the part before '@', the domain is matched exactly (case-insensitive).","type":"string","minLength":3,"maxLength":320,"pattern":"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"},"checkerKind":{"enum":["agent","human","ci","tool"]},"envName":{"type":"string","pattern":"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"},"evidenceKind":{"enum":["test","command","review","link"]},"constraint":{"description":"Exactly one rule, enforced on every change touching its paths; the learning it came from is named when it refuses one.","type":"object","required":["id","learning","paths"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"learning":{"description":"The id of the learning record it was promoted from.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"description":"A copy of the learning's text, for readers of this file.","type":"string","minLength":1,"maxLength":500},"requireEvidence":{"$ref":"#/$defs/evidenceKind"},"requireCheckerKind":{"$ref":"#/$defs/checkerKind"},"forbidPattern":{"description":"A JavaScript regular expression (no flags) no line added to its paths may match.","type":"string","minLength":1,"maxLength":500},"requireCheck":{"description":"The verdict must carry test or command evidence whose command is exactly this.","type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false}}};const schema41 = {"type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"};const pattern18 = new RegExp("^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$", "u");function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate139.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(func3(data) > 1000){validate139.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];return false;}else {if(func3(data) < 1){validate139.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}else {if(!pattern18.test(data)){validate139.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];return false;}}}}else {validate139.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate139.errors = vErrors;return errors === 0;}validate139.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema42 = {"description":"An email address; '*' may stand only in the part before '@', the domain is matched exactly (case-insensitive).","type":"string","minLength":3,"maxLength":320,"pattern":"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"};const pattern19 = new RegExp("^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$", "u");function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate141.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(func3(data) > 320){validate141.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters"}];return false;}else {if(func3(data) < 3){validate141.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];return false;}else {if(!pattern19.test(data)){validate141.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"},message:"must match pattern \""+"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"+"\""}];return false;}}}}else {validate141.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate141.errors = vErrors;return errors === 0;}validate141.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema43 = {"enum":["test","command","review","link"]};function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate143.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!((((data === "test") || (data === "command")) || (data === "review")) || (data === "link"))){validate143.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values"}];return false;}validate143.errors = vErrors;return errors === 0;}validate143.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema44 = {"enum":["agent","human","ci","tool"]};function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate145.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(!((((data === "agent") || (data === "human")) || (data === "ci")) || (data === "tool"))){validate145.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values"}];return false;}validate145.errors = vErrors;return errors === 0;}validate145.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema45 = {"type":"string","pattern":"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"};const pattern20 = new RegExp("^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$", "u");function validate150(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate150.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(!pattern20.test(data)){validate150.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\""}];return false;}}else {validate150.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate150.errors = vErrors;return errors === 0;}validate150.evaluated = {"dynamicProps":false,"dynamicItems":false};const schema46 = {"description":"Exactly one rule, enforced on every change touching its paths; the learning it came from is named when it refuses one.","type":"object","required":["id","learning","paths"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"learning":{"description":"The id of the learning record it was promoted from.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"description":"A copy of the learning's text, for readers of this file.","type":"string","minLength":1,"maxLength":500},"requireEvidence":{"$ref":"#/$defs/evidenceKind"},"requireCheckerKind":{"$ref":"#/$defs/checkerKind"},"forbidPattern":{"description":"A JavaScript regular expression (no flags) no line added to its paths may match.","type":"string","minLength":1,"maxLength":500},"requireCheck":{"description":"The verdict must carry test or command evidence whose command is exactly this.","type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false};function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate152.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.requireEvidence === undefined) && (missing0 = "requireEvidence")){const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.requireCheckerKind === undefined) && (missing1 = "requireCheckerKind")){const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid0 = _errs3 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs4 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.forbidPattern === undefined) && (missing2 = "forbidPattern")){const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs4 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.requireCheck === undefined) && (missing3 = "requireCheck")){const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 3];}else {if(_valid0){valid0 = true;passing0 = 3;}}}}if(!valid0){const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;validate152.errors = vErrors;return false;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if((((data.id === undefined) && (missing4 = "id")) || ((data.learning === undefined) && (missing4 = "learning"))) || ((data.paths === undefined) && (missing4 = "paths"))){validate152.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];return false;}else {const _errs6 = errors;for(const key0 in data){if(!((((((((key0 === "id") || (key0 === "learning")) || (key0 === "paths")) || (key0 === "note")) || (key0 === "requireEvidence")) || (key0 === "requireCheckerKind")) || (key0 === "forbidPattern")) || (key0 === "requireCheck"))){validate152.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs6 === errors){if(data.id !== undefined){let data0 = data.id;const _errs7 = errors;if(errors === _errs7){if(typeof data0 === "string"){if(!pattern17.test(data0)){validate152.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];return false;}}else {validate152.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs7 === errors;}else {var valid1 = true;}if(valid1){if(data.learning !== undefined){let data1 = data.learning;const _errs9 = errors;if(errors === _errs9){if(typeof data1 === "string"){if(!pattern3.test(data1)){validate152.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];return false;}}else {validate152.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs9 === errors;}else {var valid1 = true;}if(valid1){if(data.paths !== undefined){let data2 = data.paths;const _errs11 = errors;if(errors === _errs11){if(Array.isArray(data2)){if(data2.length > 100){validate152.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {if(data2.length < 1){validate152.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid2 = true;const len0 = data2.length;for(let i0=0; i0<len0; i0++){const _errs13 = errors;if(!(validate139(data2[i0], {instancePath:instancePath+"/paths/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);errors = vErrors.length;}var valid2 = _errs13 === errors;if(!valid2){break;}}if(valid2){let i1 = data2.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data2[i1], data2[j0])){validate152.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}}else {validate152.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid1 = _errs11 === errors;}else {var valid1 = true;}if(valid1){if(data.note !== undefined){let data4 = data.note;const _errs14 = errors;if(errors === _errs14){if(typeof data4 === "string"){if(func3(data4) > 500){validate152.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];return false;}else {if(func3(data4) < 1){validate152.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate152.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs14 === errors;}else {var valid1 = true;}if(valid1){if(data.requireEvidence !== undefined){const _errs16 = errors;if(!(validate143(data.requireEvidence, {instancePath:instancePath+"/requireEvidence",parentData:data,parentDataProperty:"requireEvidence",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);errors = vErrors.length;}var valid1 = _errs16 === errors;}else {var valid1 = true;}if(valid1){if(data.requireCheckerKind !== undefined){const _errs17 = errors;if(!(validate145(data.requireCheckerKind, {instancePath:instancePath+"/requireCheckerKind",parentData:data,parentDataProperty:"requireCheckerKind",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);errors = vErrors.length;}var valid1 = _errs17 === errors;}else {var valid1 = true;}if(valid1){if(data.forbidPattern !== undefined){let data7 = data.forbidPattern;const _errs18 = errors;if(errors === _errs18){if(typeof data7 === "string"){if(func3(data7) > 500){validate152.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];return false;}else {if(func3(data7) < 1){validate152.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate152.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs18 === errors;}else {var valid1 = true;}if(valid1){if(data.requireCheck !== undefined){let data8 = data.requireCheck;const _errs20 = errors;if(errors === _errs20){if(typeof data8 === "string"){if(func3(data8) > 4000){validate152.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];return false;}else {if(func3(data8) < 1){validate152.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate152.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs20 === errors;}else {var valid1 = true;}}}}}}}}}}}else {validate152.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate152.errors = vErrors;return errors === 0;}validate152.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://agentops.dev/schemas/verdict/policy/v1.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate138.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((data.schema === undefined) && (missing0 = "schema")) || ((data.mode === undefined) && (missing0 = "mode"))){validate138.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func1.call(schema40.properties, key0))){validate138.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.$schema !== undefined){let data0 = data.$schema;const _errs2 = errors;if(errors === _errs2){if(typeof data0 === "string"){if(func3(data0) > 2000){validate138.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];return false;}}else {validate138.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.schema !== undefined){const _errs4 = errors;if("agentops-verdict/policy@1" !== data.schema){validate138.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/policy@1"},message:"must be equal to constant"}];return false;}var valid0 = _errs4 === errors;}else {var valid0 = true;}if(valid0){if(data.mode !== undefined){let data2 = data.mode;const _errs5 = errors;if(!((data2 === "commit") || (data2 === "range"))){validate138.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema40.properties.mode.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.enforcement !== undefined){let data3 = data.enforcement;const _errs6 = errors;if(!((data3 === "enforce") || (data3 === "observe"))){validate138.errors = [{instancePath:instancePath+"/enforcement",schemaPath:"#/properties/enforcement/enum",keyword:"enum",params:{allowedValues: schema40.properties.enforcement.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs6 === errors;}else {var valid0 = true;}if(valid0){if(data.exempt !== undefined){let data4 = data.exempt;const _errs7 = errors;if(errors === _errs7){if(data4 && typeof data4 == "object" && !Array.isArray(data4)){const _errs9 = errors;for(const key1 in data4){if(!((key1 === "paths") || (key1 === "authors"))){validate138.errors = [{instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs9 === errors){if(data4.paths !== undefined){let data5 = data4.paths;const _errs10 = errors;if(errors === _errs10){if(Array.isArray(data5)){if(data5.length > 500){validate138.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];return false;}else {var valid2 = true;const len0 = data5.length;for(let i0=0; i0<len0; i0++){const _errs12 = errors;if(!(validate139(data5[i0], {instancePath:instancePath+"/exempt/paths/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);errors = vErrors.length;}var valid2 = _errs12 === errors;if(!valid2){break;}}if(valid2){let i1 = data5.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data5[i1], data5[j0])){validate138.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break outer0;}}}}}}}else {validate138.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid1 = _errs10 === errors;}else {var valid1 = true;}if(valid1){if(data4.authors !== undefined){let data7 = data4.authors;const _errs13 = errors;if(errors === _errs13){if(Array.isArray(data7)){if(data7.length > 100){validate138.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {var valid4 = true;const len1 = data7.length;for(let i2=0; i2<len1; i2++){const _errs15 = errors;if(!(validate141(data7[i2], {instancePath:instancePath+"/exempt/authors/" + i2,parentData:data7,parentDataProperty:i2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);errors = vErrors.length;}var valid4 = _errs15 === errors;if(!valid4){break;}}if(valid4){let i3 = data7.length;let j1;if(i3 > 1){outer1:for(;i3--;){for(j1 = i3; j1--;){if(func0(data7[i3], data7[j1])){validate138.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];return false;break outer1;}}}}}}}else {validate138.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid1 = _errs13 === errors;}else {var valid1 = true;}}}}else {validate138.errors = [{instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.require !== undefined){let data9 = data.require;const _errs16 = errors;if(errors === _errs16){if(data9 && typeof data9 == "object" && !Array.isArray(data9)){const _errs18 = errors;for(const key2 in data9){if(!((key2 === "evidence") || (key2 === "checkerKinds"))){validate138.errors = [{instancePath:instancePath+"/require",schemaPath:"#/properties/require/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs18 === errors){if(data9.evidence !== undefined){let data10 = data9.evidence;const _errs19 = errors;if(errors === _errs19){if(Array.isArray(data10)){if(data10.length > 4){validate138.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];return false;}else {var valid7 = true;const len2 = data10.length;for(let i4=0; i4<len2; i4++){const _errs21 = errors;if(!(validate143(data10[i4], {instancePath:instancePath+"/require/evidence/" + i4,parentData:data10,parentDataProperty:i4,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);errors = vErrors.length;}var valid7 = _errs21 === errors;if(!valid7){break;}}if(valid7){let i5 = data10.length;let j2;if(i5 > 1){outer2:for(;i5--;){for(j2 = i5; j2--;){if(func0(data10[i5], data10[j2])){validate138.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];return false;break outer2;}}}}}}}else {validate138.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid6 = _errs19 === errors;}else {var valid6 = true;}if(valid6){if(data9.checkerKinds !== undefined){let data12 = data9.checkerKinds;const _errs22 = errors;if(errors === _errs22){if(Array.isArray(data12)){if(data12.length > 4){validate138.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];return false;}else {if(data12.length < 1){validate138.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid9 = true;const len3 = data12.length;for(let i6=0; i6<len3; i6++){const _errs24 = errors;if(!(validate145(data12[i6], {instancePath:instancePath+"/require/checkerKinds/" + i6,parentData:data12,parentDataProperty:i6,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);errors = vErrors.length;}var valid9 = _errs24 === errors;if(!valid9){break;}}if(valid9){let i7 = data12.length;let j3;if(i7 > 1){outer3:for(;i7--;){for(j3 = i7; j3--;){if(func0(data12[i7], data12[j3])){validate138.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"}];return false;break outer3;}}}}}}}}else {validate138.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid6 = _errs22 === errors;}else {var valid6 = true;}}}}else {validate138.errors = [{instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs16 === errors;}else {var valid0 = true;}if(valid0){if(data.rules !== undefined){let data14 = data.rules;const _errs25 = errors;if(errors === _errs25){if(Array.isArray(data14)){if(data14.length > 500){validate138.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];return false;}else {var valid11 = true;const len4 = data14.length;for(let i8=0; i8<len4; i8++){let data15 = data14[i8];const _errs27 = errors;if(errors === _errs27){if(data15 && typeof data15 == "object" && !Array.isArray(data15)){let missing1;if(((data15.paths === undefined) && (missing1 = "paths")) || ((data15.anyOf === undefined) && (missing1 = "anyOf"))){validate138.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs29 = errors;for(const key3 in data15){if(!(((key3 === "name") || (key3 === "paths")) || (key3 === "anyOf"))){validate138.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs29 === errors){if(data15.name !== undefined){let data16 = data15.name;const _errs30 = errors;if(errors === _errs30){if(typeof data16 === "string"){if(func3(data16) > 200){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];return false;}else {if(func3(data16) < 1){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid12 = _errs30 === errors;}else {var valid12 = true;}if(valid12){if(data15.paths !== undefined){let data17 = data15.paths;const _errs32 = errors;if(errors === _errs32){if(Array.isArray(data17)){if(data17.length > 100){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {if(data17.length < 1){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid13 = true;const len5 = data17.length;for(let i9=0; i9<len5; i9++){const _errs34 = errors;if(!(validate139(data17[i9], {instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,parentData:data17,parentDataProperty:i9,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);errors = vErrors.length;}var valid13 = _errs34 === errors;if(!valid13){break;}}}}}else {validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid12 = _errs32 === errors;}else {var valid12 = true;}if(valid12){if(data15.anyOf !== undefined){let data19 = data15.anyOf;const _errs35 = errors;if(errors === _errs35){if(Array.isArray(data19)){if(data19.length > 20){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];return false;}else {if(data19.length < 1){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid14 = true;const len6 = data19.length;for(let i10=0; i10<len6; i10++){let data20 = data19[i10];const _errs37 = errors;if(errors === _errs37){if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(Object.keys(data20).length < 1){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];return false;}else {const _errs39 = errors;for(const key4 in data20){if(!((key4 === "checkerKind") || (key4 === "evidence"))){validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];return false;break;}}if(_errs39 === errors){if(data20.checkerKind !== undefined){const _errs40 = errors;if(!(validate145(data20.checkerKind, {instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10+"/checkerKind",parentData:data20,parentDataProperty:"checkerKind",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);errors = vErrors.length;}var valid15 = _errs40 === errors;}else {var valid15 = true;}if(valid15){if(data20.evidence !== undefined){const _errs41 = errors;if(!(validate143(data20.evidence, {instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10+"/evidence",parentData:data20,parentDataProperty:"evidence",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);errors = vErrors.length;}var valid15 = _errs41 === errors;}else {var valid15 = true;}}}}}else {validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid14 = _errs37 === errors;if(!valid14){break;}}}}}else {validate138.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid12 = _errs35 === errors;}else {var valid12 = true;}}}}}}else {validate138.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid11 = _errs27 === errors;if(!valid11){break;}}}}else {validate138.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs25 === errors;}else {var valid0 = true;}if(valid0){if(data.requireSignature !== undefined){const _errs42 = errors;if(typeof data.requireSignature !== "boolean"){validate138.errors = [{instancePath:instancePath+"/requireSignature",schemaPath:"#/properties/requireSignature/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs42 === errors;}else {var valid0 = true;}if(valid0){if(data.check !== undefined){let data24 = data.check;const _errs44 = errors;if(errors === _errs44){if(data24 && typeof data24 == "object" && !Array.isArray(data24)){const _errs46 = errors;for(const key5 in data24){if(!((((key5 === "minModelFamilies") || (key5 === "warnIsPass")) || (key5 === "failOn")) || (key5 === "envAllow"))){validate138.errors = [{instancePath:instancePath+"/check",schemaPath:"#/properties/check/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];return false;break;}}if(_errs46 === errors){if(data24.minModelFamilies !== undefined){let data25 = data24.minModelFamilies;const _errs47 = errors;if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){validate138.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs47){if((typeof data25 == "number") && (isFinite(data25))){if(data25 > 20 || isNaN(data25)){validate138.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"}];return false;}else {if(data25 < 1 || isNaN(data25)){validate138.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}}var valid16 = _errs47 === errors;}else {var valid16 = true;}if(valid16){if(data24.warnIsPass !== undefined){const _errs49 = errors;if(typeof data24.warnIsPass !== "boolean"){validate138.errors = [{instancePath:instancePath+"/check/warnIsPass",schemaPath:"#/properties/check/properties/warnIsPass/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid16 = _errs49 === errors;}else {var valid16 = true;}if(valid16){if(data24.failOn !== undefined){let data27 = data24.failOn;const _errs51 = errors;if(!(((((data27 === "info") || (data27 === "low")) || (data27 === "medium")) || (data27 === "high")) || (data27 === "critical"))){validate138.errors = [{instancePath:instancePath+"/check/failOn",schemaPath:"#/properties/check/properties/failOn/enum",keyword:"enum",params:{allowedValues: schema40.properties.check.properties.failOn.enum},message:"must be equal to one of the allowed values"}];return false;}var valid16 = _errs51 === errors;}else {var valid16 = true;}if(valid16){if(data24.envAllow !== undefined){let data28 = data24.envAllow;const _errs52 = errors;if(errors === _errs52){if(Array.isArray(data28)){if(data28.length > 100){validate138.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];return false;}else {var valid17 = true;const len7 = data28.length;for(let i11=0; i11<len7; i11++){const _errs54 = errors;if(!(validate150(data28[i11], {instancePath:instancePath+"/check/envAllow/" + i11,parentData:data28,parentDataProperty:i11,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate150.errors : vErrors.concat(validate150.errors);errors = vErrors.length;}var valid17 = _errs54 === errors;if(!valid17){break;}}if(valid17){let i12 = data28.length;let j4;if(i12 > 1){outer4:for(;i12--;){for(j4 = i12; j4--;){if(func0(data28[i12], data28[j4])){validate138.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i12+" are identical)"}];return false;break outer4;}}}}}}}else {validate138.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid16 = _errs52 === errors;}else {var valid16 = true;}}}}}}else {validate138.errors = [{instancePath:instancePath+"/check",schemaPath:"#/properties/check/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs44 === errors;}else {var valid0 = true;}if(valid0){if(data.constraints !== undefined){let data30 = data.constraints;const _errs55 = errors;if(errors === _errs55){if(Array.isArray(data30)){if(data30.length > 500){validate138.errors = [{instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];return false;}else {var valid19 = true;const len8 = data30.length;for(let i13=0; i13<len8; i13++){const _errs57 = errors;if(!(validate152(data30[i13], {instancePath:instancePath+"/constraints/" + i13,parentData:data30,parentDataProperty:i13,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);errors = vErrors.length;}var valid19 = _errs57 === errors;if(!valid19){break;}}}}else {validate138.errors = [{instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs55 === errors;}else {var valid0 = true;}}}}}}}}}}}}}else {validate138.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate138.errors = vErrors;return errors === 0;}validate138.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
;// CONCATENATED MODULE: ./src/core/schemas.ts


function describe(errors) {
    return (errors ?? []).map((error) => {
        const pointer = error.instancePath || '/';
        const extra = error.keyword === 'additionalProperties'
            ? ` (unknown field "${error.params.additionalProperty}")`
            : error.keyword === 'enum'
                ? ` (${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
                : error.keyword === 'const'
                    ? ` (${JSON.stringify(error.params.allowedValue)})`
                    : '';
        return { pointer, message: `${error.message ?? 'is invalid'}${extra}` };
    });
}
// Every validator is precompiled at build time (.ci/gen-validators.mjs): no schema is
// compiled when a command runs, and the hooks do not load ajv's compiler at all.
function validateRecordShape(value) {
    if (entriesArePlain(value) && validateRecord(withoutEntries(value)))
        return [];
    return validateRecord(value) ? [] : describe(validateRecord.errors);
}
/*
 * A subject's entries are most of a large verdict, and the generated validator spends about
 * 8 µs on each (a commit's hook runs it cold, once). The check below accepts only entries the
 * schema's manifestEntry accepts, in the common form (a UTF-8 `path`), and its rules are read
 * from the schema itself. When every entry passes it, the record is validated with its
 * entries left out: valid so, it is valid whole. Anything else goes to the generated
 * validator on the whole record, which alone says what is wrong.
 */
const entrySchema = record_v1_schema.$defs.manifestEntry;
const entryFields = ['oldMode', 'newMode', 'oldId', 'newId', 'status', 'path'];
const modeRule = new RegExp(entrySchema.properties.oldMode.pattern, 'u');
const newModeRule = new RegExp(entrySchema.properties.newMode.pattern, 'u');
const objectIdRule = new RegExp(record_v1_schema.$defs.objectId.pattern, 'u');
const statuses = new Set(entrySchema.properties.status.enum);
const pathRule = new RegExp(record_v1_schema.$defs.path.pattern, 'u');
const { minLength: pathMin, maxLength: pathMax } = record_v1_schema.$defs.path;
const maxEntries = Math.min(...record_v1_schema.$defs.subject.oneOf.map((kind) => kind.properties.entries.maxItems));
function entriesArePlain(value) {
    const subject = value?.subject;
    const entries = subject?.entries;
    if (!Array.isArray(entries) || entries.length > maxEntries)
        return false;
    for (const entry of entries)
        if (!isPlainEntry(entry))
            return false;
    return true;
}
function isPlainEntry(entry) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
        return false;
    const e = entry;
    // The validator looks at every enumerable key, inherited ones too.
    for (const key in e)
        if (!entryFields.includes(key))
            return false;
    const { oldMode, newMode, oldId, newId, status, path } = e;
    return (typeof oldMode === 'string' &&
        modeRule.test(oldMode) &&
        typeof newMode === 'string' &&
        newModeRule.test(newMode) &&
        typeof oldId === 'string' &&
        objectIdRule.test(oldId) &&
        typeof newId === 'string' &&
        objectIdRule.test(newId) &&
        statuses.has(status) &&
        typeof path === 'string' &&
        // UTF-16 length bounds the schema's length in code points from above, and is zero with it.
        path.length >= pathMin &&
        path.length <= pathMax &&
        pathRule.test(path));
}
function withoutEntries(value) {
    return { ...value, subject: { ...value.subject, entries: [] } };
}
function validatePolicyShape(value) {
    return validatePolicy(value) ? [] : describe(validatePolicy.errors);
}
function formatSchemaProblems(problems) {
    return problems.map((p) => `${p.pointer} ${p.message}`).join('; ');
}


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
/**
 * Quotes a value for a POSIX shell. Every value from the repository (a path, a record's
 * checker, a branch, a remote) that enters a printed "ready to paste" command goes through
 * here, so pasting the fix can never run code a record, a path or a subject carries.
 */
function shellQuote(text) {
    return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) && !text.startsWith('-') ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 3409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseStrictJson)
/* harmony export */ });
/* unused harmony export invalidUtf8At */
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
            return {
                ok: false,
                error: `invalid UTF-8 at byte ${bad} (line ${position.line}, column ${position.column})`,
                position,
            };
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
            const escaped = text.charCodeAt(pos + 1);
            switch (escaped) {
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
                    throw new Refusal(pos + 1 >= text.length
                        ? 'unterminated string'
                        : `invalid escape \\${String.fromCodePoint(text.codePointAt(pos + 1))} in a string`, pos);
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

/***/ 7522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Yk: () => (/* binding */ clipAtWord)
/* harmony export */ });
/**
 * Words of the messages everything prints: counts that agree with their nouns, and text cut
 * to a length: anywhere (`clip`), on one line (`oneLine`), or between words (`clipAtWord`).
 */
/** A count and its noun, agreeing: "1 record", "2 records", "0 records". */
function plural(n, one, many = `${one}s`, format = String) {
    return `${format(n)} ${n === 1 ? one : many}`;
}
/**
 * At most `max` characters (code points, never half a surrogate pair), cut after the last
 * whole word that fits and marked with "…"; a single word longer than half of `max` is cut
 * inside it.
 */
function clipAtWord(text, max) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    const head = chars.slice(0, max - 1).join('');
    // The first character left out is a space: the head ends with a whole word.
    if (/\s/.test(chars[max - 1]))
        return `${head.trimEnd()}…`;
    const space = head.search(/\s+\S*$/);
    return `${space > head.length / 2 ? head.slice(0, space) : head}…`;
}
/** At most `max` characters (code points, as clipAtWord and the schemas' lengths count them), marked with "…" when cut. */
function clip(text, max) {
    // A string never has more code points than UTF-16 units.
    if (text.length <= max)
        return text;
    let count = 0;
    let cut = 0;
    let end = 0;
    for (const char of text) {
        count++;
        // Where the text is cut: before the max-th character, leaving room for the ellipsis.
        if (count === max)
            cut = end;
        if (count > max)
            return `${text.slice(0, cut)}…`;
        end += char.length;
    }
    return text;
}
/** On one line (each run of white space, line breaks included, one space; trimmed), then cut as `clip` does. */
function oneLine(text, max = Infinity) {
    return clip(text.replace(/\s+/g, ' ').trim(), max);
}


/***/ }),

/***/ 6257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ ancestors),
/* harmony export */   i: () => (/* binding */ processInfo)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


function processInfo(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return undefined;
    try {
        const argv = readProcFile(`/proc/${pid}/cmdline`).split('\0');
        if (argv.at(-1) === '')
            argv.pop();
        const stat = readProcFile(`/proc/${pid}/stat`);
        // The second field, the command name, is in parentheses and may hold spaces; the
        // fields after it start with the state (3), then the parent (4); the start time is 22.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { pid, ppid: Number(fields[1]), argv, started: fields[19] ?? '' };
    }
    catch {
        // no /proc (macOS, BSD): ask ps
    }
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('ps', ['-o', 'ppid=', '-o', 'lstart=', '-o', 'args=', '-p', String(pid)], {
            encoding: 'utf8',
            timeout: 2000,
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        // lstart is fixed-width: "Thu Dec  3 00:10:38 2026".
        const match = /^\s*(\d+)\s+(\w{3}\s+\w{3}\s+\d+\s+[\d:]+\s+\d{4})\s+(.*)$/.exec(out.trim());
        if (!match)
            return undefined;
        return { pid, ppid: Number(match[1]), argv: match[3].split(/\s+/), started: match[2].replace(/\s+/g, ' ') };
    }
    catch {
        return undefined;
    }
}
/**
 * A /proc file reports no size, so readFileSync reads it through 64 KiB buffers: read to its
 * end a page at a time instead (the pre-commit hook reads two per ancestor on every commit).
 */
function readProcFile(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
    try {
        const full = [];
        let chunk = Buffer.allocUnsafe(4096);
        let used = 0;
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, chunk, used, chunk.length - used, null);
            if (read === 0)
                break;
            used += read;
            if (used === chunk.length) {
                full.push(chunk);
                chunk = Buffer.allocUnsafe(chunk.length * 2);
                used = 0;
            }
        }
        return Buffer.concat([...full, chunk.subarray(0, used)]).toString('latin1');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** This process's ancestors, nearest first, at most `limit` of them (init excluded). */
function ancestors(limit) {
    const found = [];
    let pid = process.ppid;
    while (found.length < limit && pid > 1) {
        const info = processInfo(pid);
        if (!info)
            break;
        found.push(info);
        pid = info.ppid;
    }
    return found;
}


/***/ }),

/***/ 2757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   KW: () => (/* binding */ reviewBaseTree),
/* harmony export */   lv: () => (/* binding */ changesOfCommits),
/* harmony export */   th: () => (/* binding */ stagedChange)
/* harmony export */ });
/* unused harmony export pendingMergeHeads */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4414);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4130);





function shortSha(sha) {
    return sha.slice(0, 7);
}
/**
 * The change each commit makes: a commit against its first parent (a root against the
 * empty tree); a merge as the difference between the tree `git merge-tree` recomputes
 * and the merge's own tree, so a clean merge changes nothing, plus the conflicts it left
 * as merge-tree wrote them (`conflictsLeftAsIs`). Batched: one diff-tree for all commits,
 * one merge-tree (per merge on git older than 2.40), two more processes when a merge
 * left a conflict as it was.
 */
async function changesOfCommits(git, commits) {
    await refuseShallowEdges(git, commits);
    const merges = commits.filter((c) => c.parents.length >= 2);
    const twoParentMerges = merges.filter((c) => c.parents.length === 2);
    // Octopus merges cannot be recomputed by merge-tree: they are judged against their first
    // parent ("COMMIT PARENT" asks diff-tree for exactly that; its output is headed COMMIT).
    const itemOf = (c) => (c.parents.length > 2 ? `${c.sha} ${c.parents[0]}` : c.sha);
    const { judged, diffs } = await judgeMerges(git, twoParentMerges.map((c) => ({ key: c.sha, ours: c.parents[0], theirs: c.parents[1], merged: c.tree })), commits.filter((c) => c.parents.length !== 2).map(itemOf));
    const result = commits.map((commit) => {
        const merge = judged.get(commit.sha);
        const patchItem = merge?.patchItem ?? itemOf(commit);
        const entries = merge?.entries ?? diffs.get(commit.sha) ?? [];
        const manifest = merge?.manifest ?? (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .buildManifest */ .u1)(entries);
        return {
            change: {
                kind: commit.parents.length >= 2 ? 'merge' : 'commit',
                label: shortSha(commit.sha),
                commit: commit.sha,
                subjectLine: commit.subject,
                authorName: commit.authorName,
                authorEmail: commit.authorEmail,
                manifest,
                cleanMerge: !!merge?.cleanMerge,
            },
            ledgerEntries: entries.filter(_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isLedgerEntry */ .c9),
            patchItem,
            ...(merge ? { merge: merge.judged } : {}),
        };
    });
    await addOctopusLedgerLosses(git, commits, result);
    return result;
}
/**
 * Spec section 7 for every two-parent merge of a batch: the tree `git merge-tree`
 * recomputes (T), the raw diff T → merge, and the conflicts left as merge-tree wrote them.
 * One merge-tree and one diff-tree for all of them; `otherItems` (commits, "COMMIT PARENT")
 * ride along in the same diff-tree, their diffs returned in `diffs`, keyed by item.
 */
async function judgeMerges(git, merges, otherItems = []) {
    const recomputed = await git.mergeTrees(merges.map((m) => [m.ours, m.theirs]));
    const items = merges.map((m, i) => `${recomputed[i].tree} ${m.merged}`);
    const diffs = await git.diffBatch([...items, ...otherItems]);
    const toJudge = merges.map((m, i) => ({ ...m, recomputed: recomputed[i], entries: diffs.get(items[i]) ?? [] }));
    const leftAsIs = await conflictsLeftAsIs(git, toJudge);
    const judged = new Map();
    for (const [i, merge] of toJudge.entries()) {
        const asIs = leftAsIs.get(merge.key) ?? [];
        const manifest = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .buildManifest */ .u1)([...merge.entries, ...asIs]);
        judged.set(merge.key, {
            judged: { recomputed: merge.recomputed.tree, leftAsIs: asIs },
            entries: merge.entries,
            manifest,
            cleanMerge: merge.recomputed.clean && manifest.entries.length === 0,
            patchItem: items[i],
        });
    }
    return { judged, diffs };
}
/**
 * Spec section 7, conflicts left as merge-tree wrote them: for each path merge-tree lists
 * as conflicted that has no entry in the raw diff T → merge (outside the ledger), the
 * entry of that exact path in the raw diff second parent → merge, or when there is none,
 * in first parent → merge; a path in neither adds nothing. So a binary conflict committed
 * with the first parent's file (the second's fix dropped), or a text conflict committed
 * with its markers, needs a verdict. Keyed by `key`; two processes for all merges, none
 * when no merge left a conflict as it was.
 */
async function conflictsLeftAsIs(git, merges) {
    const result = new Map();
    const pending = merges.flatMap((merge) => {
        const changed = new Set(merge.entries.map((e) => e.path.toString('latin1')));
        const paths = merge.recomputed.conflicts.filter((p) => !changed.has(p.toString('latin1')) && !(0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isLedgerPath */ .hV)(p));
        return paths.length > 0 ? [{ merge, paths }] : [];
    });
    if (pending.length === 0)
        return result;
    const trees = await git.treeIds([
        ...new Set(pending.flatMap(({ merge }) => [merge.ours, merge.theirs, merge.merged])),
    ]);
    const pair = (side, merged) => [trees.get(side), trees.get(merged)];
    const pairs = pending.flatMap(({ merge }) => [pair(merge.theirs, merge.merged), pair(merge.ours, merge.merged)]);
    const unionOfPaths = new Map(pending.flatMap(({ paths }) => paths.map((p) => [p.toString('latin1'), p])));
    const diffs = await git.diffTreePairsAt(pairs, [...unionOfPaths.values()]);
    const byPath = (side, merged) => new Map((diffs.get(pair(side, merged).join(' ')) ?? []).map((e) => [e.path.toString('latin1'), e]));
    for (const { merge, paths } of pending) {
        const fromTheirs = byPath(merge.theirs, merge.merged);
        const fromOurs = byPath(merge.ours, merge.merged);
        const entries = paths.flatMap((p) => {
            const entry = fromTheirs.get(p.toString('latin1')) ?? fromOurs.get(p.toString('latin1'));
            return entry ? [entry] : [];
        });
        result.set(merge.key, entries);
    }
    return result;
}
/**
 * The tree a merge's change is shown against: T, with each conflict left as it was shown
 * from the parent its entry compares with, so the diff to the merge is the manifest's.
 */
async function reviewBaseTree(git, merge) {
    return git.treeWithEntries(merge.recomputed, merge.leftAsIs.map((e) => ({ mode: e.oldMode, id: e.oldId, path: e.path })));
}
/**
 * An octopus merge is judged against its first parent only, but it must keep every record
 * each of its other parents has: a record one side added and the merge drops (or changes)
 * shows as a deletion (or modification) of that parent's record. One diff per extra parent;
 * octopus merges are rare.
 */
async function addOctopusLedgerLosses(git, commits, changes) {
    for (const [i, commit] of commits.entries()) {
        for (const parent of commit.parents.slice(1)) {
            if (commit.parents.length <= 2)
                break;
            const lost = (await git.diffTrees(parent, commit.sha, [`${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN}/`])).filter((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isLedgerEntry */ .c9)(e) && e.status !== 'A');
            changes[i].ledgerEntries.push(...lost);
        }
    }
}
/**
 * In a shallow clone the oldest fetched commits look like root commits: their change would
 * be computed against nothing. Refuse, naming the fix, rather than judge a made-up change.
 */
async function refuseShallowEdges(git, commits) {
    if (!git.isShallow || commits.length === 0)
        return;
    let edges;
    try {
        edges = new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(await git.gitPath('shallow'), 'utf8')
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean));
    }
    catch {
        return; // no shallow file: unshallowed since
    }
    const edge = commits.find((c) => edges.has(c.sha));
    if (edge) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .V(`commit ${shortSha(edge.sha)} is at the edge of this shallow clone: its parents were not fetched, so its change cannot be computed`, {
            fix: 'fetch the full history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`), then run the command again',
        });
    }
}
/** The merge in progress, if any: the commits in `.git/MERGE_HEAD`. */
function pendingMergeHeads(git) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.gitDir, 'MERGE_HEAD');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * The staged change: the index against HEAD, or during a merge, against the tree a clean
 * merge would give, plus the conflicts left as merge-tree wrote them, exactly as the
 * committed merge will be judged (so a verdict on the staged merge covers the commit).
 * The ledger entries always compare with HEAD, where append-only is judged.
 *
 * With `amending` (the commit HEAD, being replaced by `git commit --amend`), the change is
 * what the amended commit will hold: the index against HEAD's parent (the empty tree for a
 * root commit, the recomputed merge for a merge), and the ledger is judged against that parent.
 */
async function stagedChange(git, head, authorEmail, amending) {
    const base = amending ? (amending.parents[0] ?? git.emptyTree) : head;
    const againstBase = await git.diffIndexCached(base ?? git.emptyTree);
    const ledgerEntries = againstBase.filter(_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isLedgerEntry */ .c9);
    // The records it adds are read (as the ledger view will ask for them) while the manifest is built.
    git.prefetchObjectsBounded(ledgerEntries.filter((e) => e.status === 'A' && (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isRegularFileMode */ .EU)(e.newMode)).map((e) => e.newId), _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_RECORD_BYTES */ .xR);
    const mergeHeads = amending ? amending.parents.slice(1) : head ? pendingMergeHeads(git) : [];
    const theirs = mergeHeads.length === 1 ? mergeHeads[0] : undefined;
    const merge = base && theirs
        ? (await judgeMerges(git, [{ key: 'staged', ours: base, theirs, merged: await git.writeIndexTree() }])).judged.get('staged')
        : undefined;
    const manifest = merge?.manifest ?? (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .buildManifest */ .u1)(againstBase);
    const what = merge ? 'staged merge' : 'staged change';
    return {
        change: {
            kind: 'staged',
            label: amending ? `${what} (amending ${shortSha(amending.sha)})` : what,
            authorEmail,
            manifest,
            cleanMerge: !!merge?.cleanMerge,
            ...(amending ? { amend: true } : {}),
        },
        ledgerEntries,
        patchItem: merge?.patchItem,
        ...(merge ? { merge: merge.judged } : {}),
    };
}


/***/ }),

/***/ 3263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bw: () => (/* binding */ LedgerView),
  bV: () => (/* binding */ auditLedger),
  AP: () => (/* binding */ ledgerRootEntry),
  fV: () => (/* binding */ listWorktreeLedger),
  SH: () => (/* binding */ readAllRecords),
  id: () => (/* binding */ readWorktreeFile)
});

// UNUSED EXPORTS: forgetLoadedIndexes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/shell.ts
var shell = __webpack_require__(6673);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/ledger.ts
var ledger = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __webpack_require__(4414);
// EXTERNAL MODULE: ./src/core/record.ts
var record = __webpack_require__(4130);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/repo/changes.ts
var repo_changes = __webpack_require__(2757);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./schemas/record.v1.schema.json
var record_v1_schema = __webpack_require__(1894);
// EXTERNAL MODULE: ./src/git/git.ts + 6 modules
var git = __webpack_require__(7579);
;// CONCATENATED MODULE: ./src/repo/ledger-index.ts







/**
 * The base ledger index: everything a check asks of the records at a base commit, derived
 * from the base's ledger tree alone and cached under `.git/agentops-verdict/`, keyed by that
 * tree's id. It answers how many entries the base has, each record's seq and blob by id, the
 * genesis, the largest seq, the heads, which records cannot be read back, and, per digest,
 * the base verdict that sorts last, without reading the base's records: a check then costs
 * what the change adds. It is never read from the working tree or the change, is sealed with
 * a key private to this clone, and every record it points a decision at is read back and
 * checked. Format and validation: docs/spec.md, section 14.
 */
const MAGIC = Buffer.from('agentops-verdict ledger index\n', 'latin1');
const INDEX_FORMAT = 1;
/** Bump when what makes a record readable changes: an index built under other rules is rebuilt. */
const PARSE_RULES = 1;
const MAC_BYTES = 32;
const ID_BYTES = 32;
/** Index files kept per clone: the newest few ledger states, from which the next is derived. */
const KEEP_FILES = 4;
/** Earlier indexes tried as the starting point for deriving a new one. */
const DERIVE_FROM = 3;
/** Index files written by other rules (another format, another schema) never match these. */
const INDEX_RULES = `${INDEX_FORMAT}.${PARSE_RULES}.${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(record_v1_schema)).digest('hex').slice(0, 16)}`;
const oidBytes = (format) => (format === 'sha256' ? 32 : 20);
const HEX64 = /^sha256:[0-9a-f]{64}$/;
function keyBytes(id) {
    return HEX64.test(id) ? Buffer.from(id.slice(7), 'hex') : undefined;
}
/** Guesses before plain halving: enough for evenly spread keys, a bound on what uneven ones cost. */
const GUESSES = 4;
const PREFIX_SPAN = 2 ** 48;
/**
 * Where `key` (32 bytes) sorts among `count` sorted keys: its position when `exact` finds it,
 * else its insertion point. Ids and digests are SHA-256 values, spread evenly, so the first
 * probes guess the position from the key's leading six bytes and those of the keys bounding
 * the search, as one opens a dictionary near the word; after GUESSES it halves. Each probe
 * stays inside the bounds, so the answer is bisection's; only the number of probes differs,
 * and each probe reads and checks a table block (an id's, one more in the record table).
 */
function searchSorted(count, key, keyAt, exact) {
    const target = key.readUIntBE(0, 6);
    let lo = 0;
    let hi = count - 1;
    let below = 0;
    let above = PREFIX_SPAN;
    for (let probes = 0; lo <= hi; probes++) {
        let at = (lo + hi) >>> 1;
        if (probes < GUESSES && above > below) {
            const guess = lo + Math.floor(((target - below) / (above - below)) * (hi - lo + 1));
            at = Math.min(hi, Math.max(lo, guess));
        }
        const probed = keyAt(at);
        const order = probed.compare(key, 0, ID_BYTES, 0, ID_BYTES);
        if (order === 0 && exact)
            return { found: true, index: at };
        if (order < 0) {
            lo = at + 1;
            below = probed.readUIntBE(0, 6);
        }
        else {
            hi = at - 1;
            above = probed.readUIntBE(0, 6);
        }
    }
    return { found: false, index: lo };
}
function seal(key, body) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(body).digest();
}
/** The tables are sealed block by block (their hashes are in the sealed header): a lookup reads and checks only the blocks it touches. */
const BLOCK_BYTES = 32 * 1024;
const sha256 = (bytes) => (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
/** The tables of an index: in memory, or read from its file a block at a time, each block checked against its hash. */
class Tables {
    length;
    data;
    file;
    blocks = new Map();
    /** Set when a block read from the file does not match its hash: the index must not be used. */
    broken = false;
    constructor(length, data, file) {
        this.length = length;
        this.data = data;
        this.file = file;
    }
    range(offset, length) {
        if (this.data)
            return this.data.subarray(offset, offset + length);
        if (length <= 0)
            return Buffer.alloc(0);
        const first = Math.floor(offset / BLOCK_BYTES);
        const last = Math.floor((offset + Math.max(length, 1) - 1) / BLOCK_BYTES);
        const parts = [];
        for (let i = first; i <= last; i++)
            parts.push(this.block(i));
        const joined = parts.length === 1 ? parts[0] : Buffer.concat(parts);
        const start = offset - first * BLOCK_BYTES;
        return joined.subarray(start, start + length);
    }
    whole() {
        return this.data ?? this.range(0, this.length);
    }
    block(i) {
        const known = this.blocks.get(i);
        if (known)
            return known;
        const size = Math.max(0, Math.min(BLOCK_BYTES, this.length - i * BLOCK_BYTES));
        const bytes = Buffer.alloc(size);
        try {
            const fd = (0,external_node_fs_.openSync)(this.file.path, 'r');
            try {
                if ((0,external_node_fs_.readSync)(fd, bytes, 0, size, this.file.offset + i * BLOCK_BYTES) !== size)
                    this.broken = true;
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        }
        catch {
            this.broken = true;
        }
        if (sha256(bytes) !== this.file.hashes[i])
            this.broken = true;
        this.blocks.set(i, bytes);
        return bytes;
    }
}
class LedgerIndex {
    header;
    tables;
    refBytes;
    hashBytes;
    outside;
    /** Where the tables start: `refs` × (id, seq as float64, blob id, flags), in the order records were added; `refs` × uint32 ordinals sorted by record id; `digests` × (digest, uint32 ordinal of the latest readable verdict naming it), sorted by digest. */
    byIdAt;
    digestsAt;
    constructor(header, tables) {
        this.header = header;
        this.tables = tables;
        this.hashBytes = oidBytes(header.objectFormat);
        this.refBytes = ID_BYTES + 8 + this.hashBytes + 1;
        this.byIdAt = header.refs * this.refBytes;
        this.digestsAt = this.byIdAt + header.refs * 4;
    }
    /** A table block read from the file did not match its sealed hash: nothing this index said may count. */
    get broken() {
        return this.tables.broken;
    }
    static inMemory(header, refTable, byId, digestTable) {
        const data = Buffer.concat([refTable, byId, digestTable]);
        return new LedgerIndex(header, new Tables(data.length, data));
    }
    get refTable() {
        return this.tables.range(0, this.byIdAt);
    }
    get byIdTable() {
        return this.tables.range(this.byIdAt, this.digestsAt - this.byIdAt);
    }
    get digestTable() {
        return this.tables.range(this.digestsAt, this.tables.length - this.digestsAt);
    }
    idOfOrdinal(ordinal) {
        return this.tables.range(ordinal * this.refBytes, ID_BYTES);
    }
    ordinalAt(position) {
        return this.tables.range(this.byIdAt + position * 4, 4).readUInt32LE(0);
    }
    digestAt(position) {
        return this.tables.range(this.digestsAt + position * 36, 36);
    }
    get tree() {
        return this.header.tree;
    }
    get size() {
        return this.header.entries;
    }
    maxSeq() {
        return this.header.maxSeq;
    }
    genesisIds() {
        return this.header.genesisIds;
    }
    get refCount() {
        return this.header.refs;
    }
    get heads() {
        return this.header.heads;
    }
    get outsideRefs() {
        this.outside ??= new Set(this.header.outsideRefs);
        return this.outside;
    }
    get unreadable() {
        return this.header.unreadable;
    }
    ref(ordinal) {
        const entry = this.tables.range(ordinal * this.refBytes, this.refBytes);
        const oidAt = ID_BYTES + 8;
        return {
            id: `sha256:${entry.toString('hex', 0, ID_BYTES)}`,
            seq: entry.readDoubleLE(ID_BYTES),
            oid: entry.toString('hex', oidAt, oidAt + this.hashBytes),
            readable: (entry[oidAt + this.hashBytes] & 1) === 1,
        };
    }
    ordinalOf(id) {
        const key = keyBytes(id);
        if (!key)
            return undefined;
        const position = searchSorted(this.header.refs, key, (at) => this.idOfOrdinal(this.ordinalAt(at)), true);
        return position.found ? this.ordinalAt(position.index) : undefined;
    }
    get(id) {
        const ordinal = this.ordinalOf(id);
        if (ordinal === undefined)
            return undefined;
        const ref = this.ref(ordinal);
        return { id: ref.id, seq: ref.seq, path: (0,record/* recordPath */.lX)(ref.seq, ref.id) };
    }
    isReadableRecord(id) {
        const ordinal = this.ordinalOf(id);
        return ordinal !== undefined && this.ref(ordinal).readable;
    }
    /** The ordinal of the readable base verdict that sorts last among those naming `digest`. */
    latestOrdinal(digest) {
        const position = this.digestPosition(digest);
        return position.found ? this.digestAt(position.index).readUInt32LE(ID_BYTES) : undefined;
    }
    digestPosition(digest) {
        const key = keyBytes(digest);
        if (!key)
            return { found: false, index: 0 };
        return searchSorted(this.header.digests, key, (at) => this.digestAt(at), true);
    }
    /** The file: magic, header length, header (with each table block's hash), the seal over all of that, then the tables. */
    serialize(key) {
        const tables = this.tables.whole();
        const blocks = [];
        for (let at = 0; at < tables.length; at += BLOCK_BYTES)
            blocks.push(sha256(tables.subarray(at, at + BLOCK_BYTES)));
        const header = Buffer.from(JSON.stringify({ ...this.header, blocks }), 'utf8');
        const length = Buffer.alloc(4);
        length.writeUInt32LE(header.length);
        const sealed = Buffer.concat([MAGIC, length, header]);
        return Buffer.concat([sealed, seal(key, sealed), tables]);
    }
    /**
     * Reads an index file's header: undefined unless its seal, its rules, its tree and its shape
     * are all right. The tables are read a block at a time as lookups need them, each checked
     * against the hash the sealed header gives (`broken` when one does not match).
     */
    static open(path, key, expected) {
        let head;
        let size;
        try {
            const fd = (0,external_node_fs_.openSync)(path, 'r');
            try {
                size = (0,external_node_fs_.fstatSync)(fd).size;
                const start = Buffer.alloc(MAGIC.length + 4);
                if ((0,external_node_fs_.readSync)(fd, start, 0, start.length, 0) !== start.length || !start.subarray(0, MAGIC.length).equals(MAGIC))
                    return undefined;
                const headerLength = start.readUInt32LE(MAGIC.length);
                if (start.length + headerLength + MAC_BYTES > size)
                    return undefined;
                head = Buffer.alloc(start.length + headerLength + MAC_BYTES);
                if ((0,external_node_fs_.readSync)(fd, head, 0, head.length, 0) !== head.length)
                    return undefined;
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        }
        catch {
            return undefined;
        }
        return LedgerIndex.fromHead(head, key, expected, size, (header, tablesAt) => new Tables(size - tablesAt, undefined, { path, offset: tablesAt, hashes: header.blocks ?? [] }));
    }
    /** Reads a whole index file held in memory (tests); every block is checked at once. */
    static parse(bytes, key, expected) {
        if (bytes.length < MAGIC.length + 4 + MAC_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
            return undefined;
        const headEnd = MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length) + MAC_BYTES;
        if (headEnd > bytes.length)
            return undefined;
        const index = LedgerIndex.fromHead(bytes.subarray(0, headEnd), key, expected, bytes.length, (header, tablesAt) => {
            const tables = bytes.subarray(tablesAt);
            const blocks = [];
            for (let at = 0; at < tables.length; at += BLOCK_BYTES)
                blocks.push(sha256(tables.subarray(at, at + BLOCK_BYTES)));
            return new Tables(tables.length, blocks.join() === (header.blocks ?? []).join() ? tables : undefined);
        });
        return index &&
            index.tables.length === bytes.length - headEnd &&
            index.tables.data
            ? index
            : undefined;
    }
    static fromHead(head, key, expected, size, tables) {
        const sealed = head.subarray(0, head.length - MAC_BYTES);
        if (!(0,external_node_crypto_.timingSafeEqual)(seal(key, sealed), head.subarray(head.length - MAC_BYTES)))
            return undefined;
        let header;
        try {
            header = JSON.parse(sealed.toString('utf8', MAGIC.length + 4));
        }
        catch {
            return undefined;
        }
        if (header.format !== INDEX_FORMAT || header.rules !== INDEX_RULES || header.objectFormat !== expected.objectFormat)
            return undefined;
        if (expected.tree !== undefined && header.tree !== expected.tree)
            return undefined;
        const counts = [header.refs, header.digests, header.entries];
        if (!counts.every((n) => Number.isSafeInteger(n) && n >= 0) || !Number.isSafeInteger(header.maxSeq))
            return undefined;
        if (![header.genesisIds, header.heads, header.outsideRefs, header.unreadable].every(Array.isArray))
            return undefined;
        const refBytes = ID_BYTES + 8 + oidBytes(header.objectFormat) + 1;
        const tablesLength = header.refs * (refBytes + 4) + header.digests * 36;
        if (!Array.isArray(header.blocks) ||
            header.blocks.length !== Math.ceil(tablesLength / BLOCK_BYTES) ||
            head.length + tablesLength !== size)
            return undefined;
        const { blocks: _blocks, ...plain } = header;
        return new LedgerIndex(plain, tables(header, head.length));
    }
    /** The index of a base whose every record was read: `refs` in listing order, `records` the readable ones. */
    static build(args) {
        const ordinals = new Map();
        args.refs.forEach((ref, i) => ordinals.set(ref.id, i));
        const latest = new Map();
        for (const record of args.records) {
            if (record.type !== 'verdict')
                continue;
            for (const digest of new Set((0,ledger/* digestsNamedBy */.mJ)(record))) {
                const current = latest.get(digest);
                if (!current || (0,ledger/* compareRecords */.aB)(current, record) < 0)
                    latest.set(digest, record);
            }
        }
        const readable = new Set(args.records.map((r) => r.id));
        const outside = new Set();
        for (const record of args.records)
            for (const prev of record.prev)
                if (!readable.has(prev))
                    outside.add(prev);
        const digests = [...latest.keys()].filter((d) => HEX64.test(d)).sort();
        const header = {
            format: INDEX_FORMAT,
            rules: INDEX_RULES,
            objectFormat: args.objectFormat,
            tree: args.tree,
            entries: args.entries,
            maxSeq: args.maxSeq,
            genesisIds: args.genesisIds,
            heads: (0,ledger/* computeHeads */.VG)(args.records),
            outsideRefs: [...outside].sort(),
            unreadable: args.unreadable,
            ordered: args.ordered,
            refs: args.refs.length,
            digests: digests.length,
        };
        const hashBytes = oidBytes(args.objectFormat);
        const refBytes = ID_BYTES + 8 + hashBytes + 1;
        const refTable = Buffer.alloc(args.refs.length * refBytes);
        args.refs.forEach((ref, i) => writeRef(refTable, i * refBytes, ref, hashBytes));
        const sorted = args.refs.map((_, i) => i).sort((a, b) => (args.refs[a].id < args.refs[b].id ? -1 : 1));
        const byId = Buffer.alloc(sorted.length * 4);
        sorted.forEach((ordinal, i) => byId.writeUInt32LE(ordinal, i * 4));
        const digestTable = Buffer.alloc(digests.length * 36);
        digests.forEach((digest, i) => {
            digestTable.write(digest.slice(7), i * 36, 'hex');
            digestTable.writeUInt32LE(ordinals.get(latest.get(digest).id), i * 36 + ID_BYTES);
        });
        return LedgerIndex.inMemory(header, refTable, byId, digestTable);
    }
    /**
     * The index of a ledger that is this one plus `added` records (new paths only, none at
     * seq 0, no id already here), without touching the rest: new refs are appended, their ids
     * and digests merged into the sorted tables. `latestNow` holds, for each digest an added
     * verdict names that this index already has, the record it points at (read back by the caller).
     */
    extend(args) {
        const base = this.header.refs;
        const oldById = this.byIdTable;
        const oldDigests = this.digestTable;
        const ordinals = new Map();
        args.added.forEach((ref, i) => ordinals.set(ref.id, base + i));
        const refTable = Buffer.alloc(args.added.length * this.refBytes);
        args.added.forEach((ref, i) => writeRef(refTable, i * this.refBytes, ref, this.hashBytes));
        // Ids: each new ordinal goes where its id sorts.
        const inserts = args.added
            .map((ref, i) => ({ at: this.idPosition(ref.id), ordinal: base + i, id: ref.id }))
            .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
        const byIdParts = [];
        let from = 0;
        for (const insert of inserts) {
            byIdParts.push(oldById.subarray(from * 4, insert.at * 4));
            const entry = Buffer.alloc(4);
            entry.writeUInt32LE(insert.ordinal);
            byIdParts.push(entry);
            from = insert.at;
        }
        byIdParts.push(oldById.subarray(from * 4));
        // Digests: the later of what is there and what was added, in compareRecords order.
        const updates = new Map();
        for (const record of args.records) {
            if (record.type !== 'verdict')
                continue;
            for (const digest of new Set((0,ledger/* digestsNamedBy */.mJ)(record))) {
                if (!HEX64.test(digest))
                    continue;
                const now = updates.get(digest) ??
                    (args.latestNow.has(digest) ? { record: args.latestNow.get(digest), ordinal: -1 } : undefined);
                if (!now || (0,ledger/* compareRecords */.aB)(now.record, record) < 0)
                    updates.set(digest, { record, ordinal: ordinals.get(record.id) });
            }
        }
        const digestTable = Buffer.from(oldDigests);
        const fresh = [];
        for (const [digest, { ordinal }] of updates) {
            if (ordinal < 0)
                continue;
            const position = this.digestPosition(digest);
            if (position.found)
                digestTable.writeUInt32LE(ordinal, position.index * 36 + ID_BYTES);
            else
                fresh.push({ digest, ordinal, at: position.index });
        }
        fresh.sort((a, b) => a.at - b.at || (a.digest < b.digest ? -1 : 1));
        const digestParts = [];
        from = 0;
        for (const entry of fresh) {
            digestParts.push(digestTable.subarray(from * 36, entry.at * 36));
            const bytes = Buffer.alloc(36);
            bytes.write(entry.digest.slice(7), 0, 'hex');
            bytes.writeUInt32LE(entry.ordinal, ID_BYTES);
            digestParts.push(bytes);
            from = entry.at;
        }
        digestParts.push(digestTable.subarray(from * 36));
        // Heads and outside references, from the sets alone (docs/spec.md, section 14).
        const addedIds = new Set(args.records.map((r) => r.id));
        const addedPrevs = new Set(args.records.flatMap((r) => r.prev));
        const heads = [
            ...this.header.heads.filter((id) => !addedPrevs.has(id)),
            ...[...addedIds].filter((id) => !addedPrevs.has(id) && !this.outsideRefs.has(id)),
        ].sort();
        const outside = new Set([...this.header.outsideRefs].filter((id) => !addedIds.has(id)));
        for (const prev of addedPrevs)
            if (!addedIds.has(prev) && !this.isReadableRecord(prev))
                outside.add(prev);
        const unreadable = [...this.header.unreadable, ...args.unreadable].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
        const header = {
            ...this.header,
            tree: args.tree,
            entries: this.header.entries + args.added.length,
            maxSeq: Math.max(this.header.maxSeq, ...args.added.map((r) => r.seq)),
            heads,
            outsideRefs: [...outside].sort(),
            unreadable,
            refs: base + args.added.length,
            digests: this.header.digests + fresh.length,
        };
        return LedgerIndex.inMemory(header, Buffer.concat([this.refTable, refTable]), Buffer.concat(byIdParts), Buffer.concat(digestParts));
    }
    /** Where `id` sorts among the ids (its insertion point). */
    idPosition(id) {
        const key = keyBytes(id);
        return searchSorted(this.header.refs, key, (at) => this.idOfOrdinal(this.ordinalAt(at)), false).index;
    }
}
function writeRef(table, at, ref, hashBytes) {
    table.write(ref.id.slice(7), at, 'hex');
    table.writeDoubleLE(ref.seq, at + ID_BYTES);
    table.write(ref.oid, at + ID_BYTES + 8, 'hex');
    table[at + ID_BYTES + 8 + hashBytes] = ref.readable ? 1 : 0;
}
// --- the cache under .git/
/** Whether the index may be used: `AO_LEDGER_CACHE=off` makes every check read the whole base, as a reference. */
function indexEnabled() {
    return process.env.AO_LEDGER_CACHE !== 'off';
}
/** `.git/agentops-verdict` of the main repository (shared by its linked worktrees). */
function cacheRoot(git) {
    let common = git.gitDir;
    try {
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(git.gitDir, 'commondir'), 'utf8').trim();
        if (text)
            common = (0,external_node_path_.resolve)(git.gitDir, text);
    }
    catch {
        // not a linked worktree
    }
    return (0,external_node_path_.join)(common, 'agentops-verdict');
}
/** The clone's own sealing key, made on first use; undefined where `.git` cannot be written. */
function sealingKey(root) {
    const file = (0,external_node_path_.join)(root, 'index-key');
    try {
        const key = (0,external_node_fs_.readFileSync)(file);
        if (key.length === 32)
            return key;
    }
    catch {
        // made below
    }
    try {
        (0,external_node_fs_.mkdirSync)(root, { recursive: true, mode: 0o700 });
        const temp = (0,external_node_path_.join)(root, `.index-key-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        (0,external_node_fs_.writeFileSync)(temp, (0,external_node_crypto_.randomBytes)(32), { mode: 0o600 });
        try {
            (0,external_node_fs_.linkSync)(temp, file); // never replaces a key another process made first
        }
        catch {
            // one exists now: use it
        }
        finally {
            (0,external_node_fs_.unlinkSync)(temp);
        }
        const key = (0,external_node_fs_.readFileSync)(file);
        return key.length === 32 ? key : undefined;
    }
    catch {
        return undefined;
    }
}
class IndexStore {
    dir;
    key;
    objectFormat;
    constructor(dir, key, objectFormat) {
        this.dir = dir;
        this.key = key;
        this.objectFormat = objectFormat;
    }
    static open(git) {
        if (!indexEnabled())
            return undefined;
        const root = cacheRoot(git);
        const key = sealingKey(root);
        return key ? new IndexStore((0,external_node_path_.join)(root, 'ledger-index'), key, git.objectFormat) : undefined;
    }
    file(tree) {
        return (0,external_node_path_.join)(this.dir, `${tree}.idx`);
    }
    load(tree) {
        return LedgerIndex.open(this.file(tree), this.key, { objectFormat: this.objectFormat, tree });
    }
    /** The newest few indexes of other ledger states: starting points for deriving this one. */
    candidates(except) {
        const found = [];
        for (const name of this.newestFiles()) {
            if (found.length >= DERIVE_FROM)
                break;
            const tree = name.slice(0, -'.idx'.length);
            if (tree === except)
                continue;
            const index = this.load(tree);
            if (index)
                found.push(index);
        }
        return found;
    }
    save(index) {
        try {
            (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true, mode: 0o700 });
            const temp = (0,external_node_path_.join)(this.dir, `.${index.tree}-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
            (0,external_node_fs_.writeFileSync)(temp, index.serialize(this.key), { mode: 0o600 });
            (0,external_node_fs_.renameSync)(temp, this.file(index.tree));
            for (const stale of this.newestFiles().slice(KEEP_FILES))
                (0,external_node_fs_.unlinkSync)((0,external_node_path_.join)(this.dir, stale));
        }
        catch {
            // a cache that cannot be written is only a slower next run
        }
    }
    /** Forgets an index that proved wrong, so it is rebuilt. */
    discard(tree) {
        try {
            (0,external_node_fs_.unlinkSync)(this.file(tree));
        }
        catch {
            // already gone
        }
    }
    newestFiles() {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(this.dir).filter((name) => /^[0-9a-f]{40}(?:[0-9a-f]{24})?\.idx$/.test(name));
        }
        catch {
            return [];
        }
        const mtime = (name) => {
            try {
                return (0,external_node_fs_.statSync)((0,external_node_path_.join)(this.dir, name)).mtimeMs;
            }
            catch {
                return 0;
            }
        };
        return names
            .map((name) => ({ name, at: mtime(name) }))
            .sort((a, b) => b.at - a.at)
            .map((f) => f.name);
    }
}
const TREE_MODE = '040000';
/**
 * Reads trees by id through the repository's one batch process, remembering each, and
 * answers what `git ls-tree -r` would: the leaves below a tree, in git's order.
 */
class TreeReader {
    git;
    raw = new Map();
    trees = new Map();
    idBytes;
    constructor(git) {
        this.git = git;
        this.idBytes = git.objectFormat === 'sha256' ? 32 : 20;
    }
    /** Reads the trees not read yet, in one batch round. */
    async read(ids) {
        const wanted = [...new Set(ids)].filter((id) => !this.raw.has(id));
        if (wanted.length === 0)
            return;
        const objects = await this.git.readObjectsBounded(wanted, Number.POSITIVE_INFINITY);
        for (const id of wanted) {
            const object = objects.get(id);
            this.raw.set(id, object?.type === 'tree' ? object.bytes : undefined);
        }
        for (const id of wanted)
            this.trees.delete(id);
    }
    /** A tree's entries (parsed on first use), once read. */
    entriesOf(id) {
        if (!this.trees.has(id)) {
            const raw = this.raw.get(id);
            this.trees.set(id, raw ? (0,git/* parseTreeObject */.BP)(raw, this.idBytes) : undefined);
        }
        return this.trees.get(id);
    }
    /** Every leaf (blob, symlink, submodule) below `root`, in `ls-tree -r` order, with paths below `prefix`. */
    async leaves(root, prefix = `${record/* LEDGER_DIR */.EN}/`) {
        // Read level by level (one batch round each), then walk in the trees' own order.
        let level = [root];
        while (level.length > 0) {
            await this.read(level);
            const next = [];
            for (const id of level)
                for (const entry of this.entriesOf(id) ?? [])
                    if (entry.mode === TREE_MODE)
                        next.push(entry.id);
            level = next.filter((id) => !this.raw.has(id));
        }
        const leaves = [];
        let whole = true;
        const walk = (id, at) => {
            const entries = this.entriesOf(id);
            if (!entries)
                whole = false;
            for (const entry of entries ?? []) {
                const path = `${at}${entry.name.toString('utf8')}`;
                if (entry.mode === TREE_MODE)
                    walk(entry.id, `${path}/`);
                else
                    leaves.push({ path, mode: entry.mode, oid: entry.id });
            }
        };
        walk(root, prefix);
        // A tree git cannot give (a damaged repository) is never read as an empty folder.
        return whole ? leaves : undefined;
    }
    /**
     * The leaves `after` has and `before` lacks, when that is all that differs (every leaf of
     * `before` is in `after`, unchanged); undefined when anything was removed or changed.
     */
    async additions(before, after, prefix = `${record/* LEDGER_DIR */.EN}/`) {
        await this.read([before, after]);
        const old = this.entriesOf(before);
        const now = this.entriesOf(after);
        if (!old || !now)
            return undefined;
        const oldByName = new Map(old.map((e) => [e.name.toString('latin1'), e]));
        const added = [];
        const changedTrees = [];
        for (const entry of now) {
            const name = entry.name.toString('latin1');
            const was = oldByName.get(name);
            oldByName.delete(name);
            if (was && was.mode === entry.mode && was.id === entry.id)
                continue;
            const path = `${prefix}${entry.name.toString('utf8')}`;
            if (was) {
                if (was.mode !== TREE_MODE || entry.mode !== TREE_MODE)
                    return undefined;
                changedTrees.push([was.id, entry.id, `${path}/`]);
            }
            else if (entry.mode === TREE_MODE) {
                const below = await this.leaves(entry.id, `${path}/`);
                if (!below)
                    return undefined;
                added.push(...below);
            }
            else
                added.push({ path, mode: entry.mode, oid: entry.id });
        }
        if (oldByName.size > 0)
            return undefined;
        await this.read(changedTrees.flatMap(([a, b]) => [a, b]));
        for (const [a, b, path] of changedTrees) {
            const below = await this.additions(a, b, path);
            if (!below)
                return undefined;
            added.push(...below);
        }
        return added;
    }
    /**
     * Whether the tree `root` holds each blob at its path (below `prefix`): git resolves the
     * paths in one batch round, reading only the folders on the way.
     */
    async holds(root, blobs, prefix = `${record/* LEDGER_DIR */.EN}/`) {
        if (blobs.some((b) => !b.path.startsWith(prefix)))
            return false;
        const names = blobs.map((b) => `${root}:${b.path.slice(prefix.length)}`);
        const objects = await this.git.readObjectsBounded([...new Set(names)], 0);
        return blobs.every((b, i) => {
            const object = objects.get(names[i]);
            return object?.type === 'blob' && object.id === b.oid;
        });
    }
}

;// CONCATENATED MODULE: ./src/repo/ledger-view.ts









/** Where the index says some base records are (with every genesis): their paths and blob ids. */
function blobsOf(base, ids) {
    return [...ids, ...base.index.genesisIds()]
        .map((id) => base.index.ordinalOf(id))
        .filter((o) => o !== undefined)
        .map((o) => base.index.ref(o))
        .map((ref) => ({ path: (0,record/* recordPath */.lX)(ref.seq, ref.id), oid: ref.oid }));
}
/** A ledger with more heads than this (a forked one) looks up only the records its new ones name. */
const LIKELY_HEADS = 8;
const blobKey = (blob) => `${blob.path}\0${blob.oid}`;
function startHolds(base, ids) {
    const blobs = blobsOf(base, ids);
    const holds = base.reader.holds(base.tree, blobs);
    holds.catch(() => undefined); // awaited by confirmConsulted, or not needed
    return { base, keys: new Set(blobs.map(blobKey)), holds };
}
/**
 * The ledger as the change under test leaves it, split in two: records already at the
 * base (trusted: verified when they landed, known by path, read only when needed) and
 * records the change adds (read and fully checked). Anything else the change does to the
 * ledger (a modified, deleted or retyped record) breaks append-only.
 */
class LedgerView {
    git;
    source;
    baseRev;
    baseSource;
    newFiles;
    violations;
    signatures;
    structuralProblems = [];
    allProblems;
    newRecords = [];
    genesisId;
    base;
    /**
     * Base records that could not be read back when the base was consulted (unreadable,
     * replaced, or not a valid record): filled by `latestFor` and `allRecords`. A record the
     * verifier cannot read is never silently skipped, since skipping a later `fail` could
     * turn a refusal into an acceptance.
     */
    baseProblems = [];
    newIndex = new ledger/* DigestIndex */.Hm();
    baseIndex;
    baseRecords;
    /** Base records (by id) the index answered for while the new records were checked. */
    consulted = new Set();
    constructor(git, source, baseRev, baseSource, newFiles, violations, signatures) {
        this.git = git;
        this.source = source;
        this.baseRev = baseRev;
        this.baseSource = baseSource;
        this.newFiles = newFiles;
        this.violations = violations;
        this.signatures = signatures;
        this.base = this.checkAgainst(baseSource);
    }
    /** Checks the new records against the base's records; returns what answered for the base. */
    checkAgainst(baseSource) {
        let base;
        if (baseSource.kind === 'index') {
            const index = baseSource.index;
            const consulted = this.consulted;
            base = {
                size: index.size,
                get: (id) => {
                    const ref = index.get(id);
                    if (ref)
                        consulted.add(id);
                    return ref;
                },
                genesisIds: () => index.genesisIds(),
                maxSeq: () => index.maxSeq(),
            };
        }
        else
            base = baseSource.listing;
        const checked = (0,ledger/* checkRecords */.fi)(base, this.newFiles);
        this.structuralProblems = [...this.violations, ...checked.problems];
        this.allProblems = undefined;
        this.newRecords = checked.records;
        this.genesisId = checked.genesisId;
        this.newIndex = new ledger/* DigestIndex */.Hm();
        this.newIndex.add(this.newRecords);
        return baseSource.kind === 'index' ? baseSource.index : base;
    }
    /**
     * What is wrong with the ledger under test. Includes every new record's signature that does
     * not verify (whatever the policy says, a forged signature is tampering); computed on first
     * use, so readers that never ask (log, show) never pay for it.
     */
    get problems() {
        this.allProblems ??= [...this.structuralProblems, ...(this.signatures?.(this.newRecords) ?? [])];
        return this.allProblems;
    }
    get describeSource() {
        return this.source.kind === 'worktree'
            ? 'working tree'
            : this.source.kind === 'index'
                ? 'index (staged)'
                : `commit ${(0,repo_changes/* shortSha */.Fu)(this.source.commit)}`;
    }
    get maxBaseSeq() {
        return this.base.maxSeq();
    }
    get recordCount() {
        return this.base.size + this.newRecords.length;
    }
    /**
     * Starts opening the ledger at `baseRev` (its index loaded, or its listing read), for a
     * caller that knows the base before it knows the change: `open` then takes it.
     */
    static startBase(git, baseRev) {
        const opened = openBase(git, baseRev);
        opened.catch(() => undefined); // awaited by open(); never an unhandled rejection meanwhile
        return { rev: baseRev, opened };
    }
    /** Opens the ledger of `source` relative to `baseRev` (undefined: everything is new). */
    static async open(git, source, baseRev, started) {
        // The base is independent of the rest: it is found (or its index loaded) alongside.
        const basePromise = started && started.rev === baseRev ? started.opened : LedgerView.startBase(git, baseRev).opened;
        const violations = [];
        let changes;
        let untracked = [];
        const brokenRoot = source.kind === 'worktree'
            ? ledgerRootEntry(git.topLevel)
            : source.kind === 'commit'
                ? await committedRootEntry(git, source.commit)
                : undefined;
        if (brokenRoot) {
            // `.agents` or `.agents/ledger` is a symlink or a file: nothing below it is read.
            if (!baseRev)
                changes = [];
            else if (source.kind === 'commit')
                changes = await git.diffTrees(baseRev, source.commit, [`${record/* LEDGER_DIR */.EN}/`]);
            else
                changes = await git.diffWorktree(baseRev, [`${record/* LEDGER_DIR */.EN}/`]);
        }
        else if (source.kind === 'worktree') {
            if (baseRev) {
                [changes, untracked] = await Promise.all([
                    git.diffWorktree(baseRev, [`${record/* LEDGER_DIR */.EN}/`]),
                    git.untrackedFiles(`${record/* LEDGER_DIR */.EN}/`),
                ]);
            }
            else {
                changes = [];
                untracked = listWorktreeLedger(git.topLevel);
            }
        }
        else if (source.kind === 'index') {
            changes = source.changes ?? (await git.diffIndexCached(baseRev ?? git.emptyTree));
        }
        else {
            changes = await git.diffTrees(baseRev ?? git.emptyTree, source.commit, [`${record/* LEDGER_DIR */.EN}/`]);
        }
        const added = [];
        for (const entry of changes) {
            if (!(0,manifest/* isLedgerEntry */.c9)(entry))
                continue;
            if (entry.status === 'A')
                added.push(entry);
            else
                violations.push((0,ledger/* appendOnlyViolation */.m$)(entry, { base: baseRev ? (0,repo_changes/* shortSha */.Fu)(baseRev) : 'the base' }));
        }
        const newFiles = brokenRoot
            ? [brokenRoot]
            : source.kind === 'worktree'
                ? [...added.map((e) => (0,manifest/* pathText */.LF)(e.path)), ...untracked].map((path) => readWorktreeFile(git.topLevel, path))
                : await readTreeFiles(git, added);
        let base = await basePromise;
        // A working tree that changed base records reads them where they are now, as it always did.
        if (source.kind === 'worktree' && baseRev && (brokenRoot || violations.length > 0))
            base = await listingBase(git, baseRev, false);
        // Signature code is loaded only when a new record carries a signature.
        const signed = newFiles.some((file) => file.bytes &&
            Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).includes('"signature"'));
        const signatures = signed ? (await __webpack_require__.e(/* import() */ 796).then(__webpack_require__.bind(__webpack_require__, 2796))).signatureProblems : undefined;
        // The records a new one most likely names (a head, a genesis) are looked up in the base's
        // tree while the new ones are checked; `confirmConsulted` takes that answer when it covers them.
        const likely = base.kind === 'index' && !base.records && base.index.heads.length <= LIKELY_HEADS
            ? startHolds(base, base.index.heads)
            : undefined;
        const view = new LedgerView(git, source, baseRev, base, newFiles, violations, signatures);
        await view.confirmConsulted(likely);
        return view;
    }
    /** The base records the index vouched for while checking the new records must be where it says. */
    async confirmConsulted(likely) {
        const base = this.baseSource;
        if (base.kind !== 'index' || base.records)
            return;
        const needed = blobsOf(base, [...this.consulted]);
        // All of a larger set where the index says is all of this one where it says.
        const covered = likely && likely.base === base && needed.every((blob) => likely.keys.has(blobKey(blob)));
        const holds = needed.length === 0 || (covered && (await likely.holds)) || (await base.reader.holds(base.tree, needed));
        if (base.index.broken || !holds)
            await this.distrust();
    }
    /**
     * The index said something the base's tree does not bear out: forget it, read every base
     * record (building the index afresh), and check the new records again against that.
     */
    async distrust() {
        const base = this.baseSource;
        if (base.kind !== 'index' || base.records)
            return;
        base.store.discard(base.tree);
        forget(this.git, base.tree);
        this.baseSource = await indexedBase(this.git, base.store, base.tree, { rebuild: true });
        this.consulted.clear();
        this.base = this.checkAgainst(this.baseSource);
    }
    /**
     * The latest verdict naming each digest. A new record decides alone when its seq is
     * above every base record's; otherwise the base records are consulted too (through the
     * index, or read), so ignoring a base record can never turn a refusal into an acceptance.
     */
    async latestFor(digests) {
        const result = new Map();
        const maxBase = this.maxBaseSeq;
        const needBase = digests.filter((d) => {
            const latest = this.newIndex.latestFor(d);
            return !latest || latest.seq <= maxBase;
        });
        let fromIndex;
        if (needBase.length > 0 && this.base.size > 0) {
            fromIndex =
                this.baseSource.kind === 'index' && !this.baseSource.records ? await this.indexedLatest(needBase) : undefined;
            if (!fromIndex)
                await this.loadBase();
        }
        for (const digest of digests) {
            const candidates = [
                this.newIndex.latestFor(digest),
                fromIndex ? fromIndex.get(digest) : this.baseIndex?.latestFor(digest),
            ].filter((r) => !!r);
            candidates.sort(ledger/* compareRecords */.aB);
            result.set(digest, candidates.at(-1));
        }
        return result;
    }
    /**
     * The deciding base verdict of each digest, as the index names it, each read back by its
     * blob id and checked (a valid record, with that id and seq, naming the digest, at its path
     * in the base's tree). Undefined when one fails: the index is then distrusted.
     */
    async indexedLatest(digests) {
        const base = this.baseSource;
        if (base.kind !== 'index')
            return undefined;
        const ordinals = new Map();
        for (const digest of digests) {
            const ordinal = base.index.latestOrdinal(digest);
            if (ordinal !== undefined)
                ordinals.set(digest, ordinal);
        }
        const records = await readIndexedRecords(this.git, base, [...new Set(ordinals.values())]);
        if (!records) {
            await this.distrust();
            return undefined;
        }
        const found = new Map();
        for (const [digest, ordinal] of ordinals) {
            const record = records.get(ordinal);
            if (record?.type !== 'verdict' || !(0,ledger/* digestsNamedBy */.mJ)(record).includes(digest)) {
                await this.distrust();
                return undefined;
            }
            found.set(digest, record);
        }
        this.reportUnreadable(base.index.unreadable);
        return found;
    }
    reportedUnreadable = false;
    reportUnreadable(unreadable) {
        if (this.reportedUnreadable)
            return;
        this.reportedUnreadable = true;
        for (const { path, reason } of unreadable)
            this.baseProblems.push(baseUnreadable(path, reason, this.baseRev));
    }
    /** Every record, base and new, read in full. Used by log, search and the writer. */
    async allRecords() {
        await this.loadBase();
        return [...(this.baseRecords ?? []), ...this.newRecords];
    }
    /**
     * Specific records by id (new ones from memory, base ones read in one batch), without
     * reading the rest of the ledger. Ids not in the ledger are absent from the result.
     */
    async recordsById(ids) {
        const found = new Map();
        const wanted = new Set(ids);
        for (const record of this.newRecords)
            if (wanted.has(record.id))
                found.set(record.id, record);
        const inMemory = this.baseRecords ?? (this.baseSource.kind === 'index' ? this.baseSource.records : undefined);
        if (inMemory) {
            for (const record of inMemory)
                if (wanted.has(record.id))
                    found.set(record.id, record);
            return found;
        }
        const missing = [...wanted].filter((id) => !found.has(id));
        const base = this.baseSource;
        if (base.kind === 'index') {
            const ordinals = missing
                .map((id) => base.index.ordinalOf(id))
                .filter((o) => o !== undefined && base.index.ref(o).readable);
            const records = await readIndexedRecords(this.git, base, ordinals);
            if (records) {
                for (const record of records.values())
                    found.set(record.id, record);
                return found;
            }
            await this.distrust();
            return this.recordsById(ids);
        }
        const refs = missing.map((id) => base.listing.get(id)).filter((ref) => !!ref);
        if (refs.length === 0)
            return found;
        for (const file of await this.readListed(refs)) {
            if (file.kind !== 'file' || !file.bytes)
                continue;
            const parsed = (0,record/* parseRecordFile */.TG)(file.path, file.bytes);
            if (parsed.ok)
                found.set(parsed.record.id, parsed.record);
        }
        return found;
    }
    /** The heads of the ledger under test: from the index's base heads and the new records alone, when there is one. */
    async heads() {
        const base = this.baseSource;
        if (base.kind !== 'index' || this.baseRecords)
            return (0,ledger/* computeHeads */.VG)(await this.allRecords());
        const index = base.index;
        const newIds = new Set(this.newRecords.map((r) => r.id));
        const newPrevs = new Set(this.newRecords.flatMap((r) => r.prev));
        const heads = new Set(index.heads.filter((id) => !newPrevs.has(id)));
        for (const id of newIds)
            if (!newPrevs.has(id) && !index.outsideRefs.has(id) && !index.isReadableRecord(id))
                heads.add(id);
        if (index.broken) {
            await this.distrust();
            return this.heads();
        }
        return [...heads].sort();
    }
    /** Base records listed by path, read where the source keeps them: the working tree, or by blob id. */
    async readListed(refs) {
        const base = this.baseSource;
        if (this.source.kind === 'worktree' && !(base.kind === 'listing' && base.oids)) {
            // Behind a symlinked `.agents` nothing is read (open() has already refused it).
            return ledgerRootEntry(this.git.topLevel) ? [] : refs.map((ref) => readWorktreeFile(this.git.topLevel, ref.path));
        }
        const oids = base.kind === 'listing' ? base.oids : undefined;
        const named = refs.map((ref) => oids?.get(ref.path));
        const objects = await this.git.readObjectsBounded([...new Set(named.filter((n) => !!n))], record/* MAX_RECORD_BYTES */.xR);
        return refs.map((ref, i) => named[i] ? fileFromObject(ref.path, objects.get(named[i])) : { path: ref.path, kind: 'other' });
    }
    async loadBase() {
        if (this.baseRecords)
            return;
        const base = this.baseSource;
        let records;
        if (base.kind === 'index') {
            if (!base.records) {
                // Every readable record, in path order, each read back and checked against the index.
                const ordinals = [...Array(base.index.refCount).keys()].filter((o) => base.index.ref(o).readable);
                const read = await readIndexedRecords(this.git, base, ordinals, false);
                if (read)
                    base.records = [...read.values()].sort((a, b) => (0,record/* recordPath */.lX)(a.seq, a.id) < (0,record/* recordPath */.lX)(b.seq, b.id) ? -1 : 1);
                else
                    await this.distrust();
            }
            const current = this.baseSource;
            records = current.records ?? [];
            this.reportUnreadable(current.index.unreadable);
        }
        else {
            const refs = [...base.listing.all().values()];
            const files = await this.readListed(refs);
            records = [];
            const problems = [];
            for (const file of files) {
                const back = readBack(file);
                if ('record' in back)
                    records.push(back.record);
                else
                    problems.push({ path: file.path, reason: back.reason });
            }
            this.reportUnreadable(problems);
        }
        this.baseRecords = records;
        this.baseIndex = new ledger/* DigestIndex */.Hm();
        this.baseIndex.add(records);
    }
}
/** A base record read back: the record, or why it cannot be one. */
function readBack(file) {
    const parsed = file.kind === 'file' && file.bytes && file.size === undefined ? (0,record/* parseRecordFile */.TG)(file.path, file.bytes) : undefined;
    if (parsed?.ok)
        return { record: parsed.record };
    return { reason: parsed ? parsed.problem.message : file.kind === 'file' ? 'unreadable' : `now a ${file.kind}` };
}
function baseUnreadable(path, reason, baseRev) {
    const base = baseRev ? (0,repo_changes/* shortSha */.Fu)(baseRev) : 'the base';
    return {
        code: 'base-unreadable',
        message: `${path} was at ${base} but cannot be read back as that record (${reason}): a record that cannot be read is never skipped`,
        path,
        fix: `restore it with \`git checkout ${base} -- ${(0,shell/* shellQuote */.Z)(path)}\`, then run \`ao ledger verify\``,
    };
}
/**
 * Reads base records the index names, by blob id in one batch, and checks each: a valid
 * record with the id and seq the index gives, at its path in the base's tree (`confirm`:
 * one lookup per record; a full read is checked by the index's own seal and the parse alone).
 * Undefined when any fails.
 */
async function readIndexedRecords(git, base, ordinals, confirm = true) {
    const refs = ordinals.map((o) => ({ ordinal: o, ...base.index.ref(o) }));
    if (base.index.broken)
        return undefined;
    const objects = await git.readObjectsBounded([...new Set(refs.map((r) => r.oid))], record/* MAX_RECORD_BYTES */.xR);
    const records = new Map();
    for (const ref of refs) {
        const back = readBack(fileFromObject((0,record/* recordPath */.lX)(ref.seq, ref.id), objects.get(ref.oid)));
        if (!('record' in back) || back.record.id !== ref.id || back.record.seq !== ref.seq)
            return undefined;
        records.set(ref.ordinal, back.record);
    }
    if (confirm &&
        refs.length > 0 &&
        !(await base.reader.holds(base.tree, refs.map((ref) => ({ path: (0,record/* recordPath */.lX)(ref.seq, ref.id), oid: ref.oid })))))
        return undefined;
    return records;
}
// --- finding the base: its index (cached, derived or built) or its listing
/** Indexes already loaded in this process, by repository and ledger tree: a second view of the same base is free. */
const loaded = new Map();
function forget(git, tree) {
    loaded.delete(`${git.gitDir}\0${tree}`);
}
/** Forgets every index this process loaded, so the next view reads the cache again (tests, long-lived callers). */
function forgetLoadedIndexes() {
    loaded.clear();
}
async function openBase(git, baseRev) {
    if (!baseRev)
        return { kind: 'listing', listing: new ledger/* BaseListing */.wB([]), oids: new Map() };
    const store = IndexStore.open(git);
    if (!store)
        return listingBase(git, baseRev, true);
    const name = `${baseRev}:${record/* LEDGER_DIR */.EN}`;
    const root = (await git.readObjectsBounded([name], 0)).get(name);
    if (!root)
        return { kind: 'listing', listing: new ledger/* BaseListing */.wB([]), oids: new Map() };
    // Anything but a tree there (a file, a submodule): let `git ls-tree` say what the base holds.
    if (root.type !== 'tree')
        return listingBase(git, baseRev, true);
    return indexedBase(git, store, root.id);
}
async function indexedBase(git, store, tree, options = {}) {
    const key = `${git.gitDir}\0${tree}`;
    const known = options.rebuild ? undefined : loaded.get(key);
    if (known)
        return known;
    const reader = new TreeReader(git);
    let base;
    const cached = options.rebuild ? undefined : store.load(tree);
    if (cached)
        base = { kind: 'index', index: cached, tree, reader, store };
    else {
        const derived = options.rebuild ? undefined : await deriveIndex(git, store, reader, tree);
        base = derived
            ? { kind: 'index', index: derived, tree, reader, store }
            : { kind: 'index', ...(await buildIndex(git, reader, tree)), tree, reader, store };
        store.save(base.index);
    }
    loaded.set(key, base);
    if (loaded.size > 8)
        loaded.delete(loaded.keys().next().value);
    return base;
}
/** The base's paths and blob ids from `git ls-tree`; `byId`: read records by blob id (else from the working tree). */
async function listingBase(git, baseRev, byId) {
    const entries = await git.lsTree(baseRev, `${record/* LEDGER_DIR */.EN}/`);
    const oids = new Map();
    for (const entry of entries)
        if (entry.type === 'blob')
            oids.set(entry.path, entry.id);
    return { kind: 'listing', listing: new ledger/* BaseListing */.wB(entries.map((e) => e.path)), oids: byId ? oids : undefined };
}
/** Every record of the ledger tree read and checked: the index, and the records themselves. */
async function buildIndex(git, reader, tree) {
    const leaves = await reader.leaves(tree);
    if (!leaves)
        throw new errors/* AoError */.V(`git cannot read the ledger's tree ${(0,repo_changes/* shortSha */.Fu)(tree)}`, {
            fix: 'run `git fsck` to see what is damaged, then fetch again or re-clone the repository',
        });
    const listing = new ledger/* BaseListing */.wB(leaves.map((leaf) => leaf.path));
    const byPath = new Map(leaves.map((leaf) => [leaf.path, leaf]));
    const refs = [...listing.all().values()];
    const blobOf = (leaf) => (leaf && leaf.mode !== '160000' ? leaf.oid : undefined);
    const objects = await git.readObjectsBounded([...new Set(refs.map((ref) => blobOf(byPath.get(ref.path))).filter((o) => !!o))], record/* MAX_RECORD_BYTES */.xR);
    const indexRefs = [];
    const records = [];
    const unreadable = [];
    for (const ref of refs) {
        const oid = blobOf(byPath.get(ref.path));
        const back = readBack(oid ? fileFromObject(ref.path, objects.get(oid)) : { path: ref.path, kind: 'other' });
        if ('record' in back)
            records.push(back.record);
        else
            unreadable.push({ path: ref.path, reason: back.reason });
        indexRefs.push({ id: ref.id, seq: ref.seq, oid: oid ?? git.zeroId, readable: 'record' in back });
    }
    const recordPaths = leaves.filter((leaf) => (0,record/* parseRecordPath */.OT)(leaf.path)).length;
    const index = LedgerIndex.build({
        tree,
        objectFormat: git.objectFormat,
        entries: leaves.length,
        maxSeq: listing.maxSeq(),
        genesisIds: listing.genesisIds(),
        refs: indexRefs,
        records,
        unreadable,
        ordered: recordPaths === refs.length,
    });
    return { index, records };
}
/**
 * The index of `tree` derived from an earlier one, when `tree` only adds record files to
 * that one's ledger: the added records are read and checked, nothing else. Undefined when no
 * cached index is such a starting point (then the index is built from every record).
 */
async function deriveIndex(git, store, reader, tree) {
    for (const from of store.candidates(tree)) {
        if (!from.header.ordered)
            continue;
        const added = await reader.additions(from.tree, tree);
        if (!added)
            continue;
        const parts = added.map((leaf) => ({ leaf, ref: (0,record/* parseRecordPath */.OT)(leaf.path) }));
        if (parts.some((p) => !p.ref || p.ref.seq === 0 || !(0,manifest/* isRegularFileMode */.EU)(p.leaf.mode) || from.ordinalOf(p.ref.id) !== undefined) ||
            from.broken)
            continue;
        if (new Set(parts.map((p) => p.ref.id)).size !== parts.length)
            continue;
        parts.sort((a, b) => (a.leaf.path < b.leaf.path ? -1 : 1));
        const objects = await git.readObjectsBounded([...new Set(parts.map((p) => p.leaf.oid))], record/* MAX_RECORD_BYTES */.xR);
        const refs = [];
        const records = [];
        const unreadable = [];
        for (const { leaf, ref } of parts) {
            const back = readBack(fileFromObject(leaf.path, objects.get(leaf.oid)));
            if ('record' in back)
                records.push(back.record);
            else
                unreadable.push({ path: leaf.path, reason: back.reason });
            refs.push({ id: ref.id, seq: ref.seq, oid: leaf.oid, readable: 'record' in back });
        }
        // What the earlier index says decides each digest an added verdict names, read back to compare.
        const named = new Set(records.flatMap((r) => (r.type === 'verdict' ? (0,ledger/* digestsNamedBy */.mJ)(r) : [])));
        const ordinals = new Map();
        for (const digest of named) {
            const ordinal = from.latestOrdinal(digest);
            if (ordinal !== undefined)
                ordinals.set(digest, ordinal);
        }
        const current = await readIndexedRecords(git, { kind: 'index', index: from, tree: from.tree, reader, store }, [
            ...new Set(ordinals.values()),
        ]);
        if (!current)
            continue;
        const latestNow = new Map();
        for (const [digest, ordinal] of ordinals)
            latestNow.set(digest, current.get(ordinal));
        const extended = from.extend({ tree, added: refs, records, unreadable, latestNow });
        if (!from.broken)
            return extended;
    }
    return undefined;
}
/** Every record of the working tree's ledger, in ledger order (`compareRecords`). */
async function readAllRecords(git) {
    const view = await LedgerView.open(git, { kind: 'worktree' }, undefined);
    return (await view.allRecords()).sort(ledger/* compareRecords */.aB);
}
function readWorktreeFile(top, path) {
    const full = (0,external_node_path_.join)(top, path);
    // A symlinked folder on the way (a bucket pointing elsewhere) is refused like a symlinked file.
    const linked = linkedParent(top, path);
    if (linked)
        return { path: linked, kind: 'symlink' };
    let fd;
    try {
        // O_NOFOLLOW: a symlink where a record should be is refused, never followed out of the repo.
        // O_NONBLOCK: opening a FIFO planted where a record should be must not wait for a writer.
        fd = (0,external_node_fs_.openSync)(full, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            return { path, kind: 'symlink' };
        return { path, kind: code === 'EISDIR' ? 'directory' : 'other' };
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (stat.isDirectory())
            return { path, kind: 'directory' };
        if (!stat.isFile())
            return { path, kind: 'other' };
        // Oversized records are refused by size alone, before a byte is read.
        if (stat.size > record/* MAX_RECORD_BYTES */.xR)
            return { path, kind: 'file', size: stat.size };
        const bytes = Buffer.allocUnsafe(stat.size);
        let offset = 0;
        while (offset < stat.size) {
            const read = (0,external_node_fs_.readSync)(fd, bytes, offset, stat.size - offset, offset);
            if (read === 0)
                break;
            offset += read;
        }
        return { path, kind: 'file', bytes: bytes.subarray(0, offset) };
    }
    catch {
        return { path, kind: 'other' };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const realDirs = new Set();
/** The first folder between `top` and `path` that is not a real directory, if any. */
function linkedParent(top, path) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
        const folder = parts.slice(0, i).join('/');
        const full = (0,external_node_path_.join)(top, folder);
        if (realDirs.has(full))
            continue;
        try {
            if (!(0,external_node_fs_.lstatSync)(full).isDirectory())
                return folder;
        }
        catch {
            return undefined; // absent: opening the file fails on its own
        }
        realDirs.add(full);
    }
    return undefined;
}
/** Every path below the working tree's ledger directory, two levels deep, without reading files. */
function listWorktreeLedger(top) {
    const broken = ledgerRootEntry(top);
    if (broken)
        return [broken.path];
    const root = (0,external_node_path_.join)(top, record/* LEDGER_DIR */.EN);
    const paths = [];
    let buckets;
    try {
        buckets = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true });
    }
    catch {
        return paths;
    }
    for (const bucket of buckets) {
        const bucketPath = `${record/* LEDGER_DIR */.EN}/${bucket.name}`;
        if (!bucket.isDirectory()) {
            paths.push(bucketPath);
            continue;
        }
        for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, bucket.name), { withFileTypes: true }))
            paths.push(`${bucketPath}/${entry.name}`);
    }
    return paths.sort();
}
/** `ledgerRootEntry` for a commit's tree: the entry of `.agents` or `.agents/ledger` that is not a folder. */
async function committedRootEntry(git, commit) {
    // A folder named on its own lists what it holds; anything else lists as itself.
    const entries = await git.lsTree(commit, ['.agents', record/* LEDGER_DIR */.EN], { recursive: false });
    for (const path of ['.agents', record/* LEDGER_DIR */.EN]) {
        const entry = entries.find((e) => e.path === path);
        if (entry?.mode === '120000')
            return { path, kind: 'symlink' };
        if (entry && entry.type !== 'tree')
            return { path, kind: 'other' };
    }
    return undefined;
}
/**
 * `.agents` and `.agents/ledger` must be real directories (or absent): when either is a
 * symlink or something else, nothing below it is read or written, since it could lead out of
 * the repository. Returns that entry as a ledger file to refuse, or undefined when all is well.
 */
function ledgerRootEntry(top) {
    for (const path of ['.agents', record/* LEDGER_DIR */.EN]) {
        let stat;
        try {
            stat = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(top, path));
        }
        catch {
            return undefined;
        }
        if (stat.isSymbolicLink())
            return { path, kind: 'symlink' };
        if (!stat.isDirectory())
            return { path, kind: 'other' };
    }
    return undefined;
}
/** A ledger file from a bounded object read: too-large objects keep only their size. */
function fileFromObject(path, object) {
    if (!object)
        return { path, kind: 'other' };
    if (object.type !== 'blob')
        return { path, kind: object.type === 'tree' ? 'directory' : 'other' };
    return object.bytes ? { path, kind: 'file', bytes: object.bytes } : { path, kind: 'file', size: object.size };
}
async function readTreeFiles(git, added) {
    const regular = added.filter((e) => (0,manifest/* isRegularFileMode */.EU)(e.newMode));
    const objects = await git.readObjectsBounded(regular.map((e) => e.newId), record/* MAX_RECORD_BYTES */.xR);
    return added.map((entry) => {
        const path = (0,manifest/* pathText */.LF)(entry.path);
        if (entry.newMode === '120000')
            return { path, kind: 'symlink' };
        if (!(0,manifest/* isRegularFileMode */.EU)(entry.newMode))
            return { path, kind: 'other' };
        return fileFromObject(path, objects.get(entry.newId));
    });
}
/**
 * Reads and fully checks every record of a ledger (the working tree's, or a commit's),
 * including every signature present (in-process, over the record's id); with `since`, also that every record at that commit is still there, unchanged.
 */
async function auditLedger(git, source, since) {
    let files;
    if (source.kind === 'worktree')
        files = listWorktreeLedger(git.topLevel).map((path) => readWorktreeFile(git.topLevel, path));
    else {
        const listing = await git.lsTree(source.commit, `${record/* LEDGER_DIR */.EN}/`);
        const objects = await git.readObjectsBounded(listing.filter((e) => e.type === 'blob' && e.mode !== '120000').map((e) => e.id), record/* MAX_RECORD_BYTES */.xR);
        files = listing.map((e) => e.mode === '120000'
            ? { path: e.path, kind: 'symlink' }
            : e.type === 'blob'
                ? fileFromObject(e.path, objects.get(e.id))
                : { path: e.path, kind: 'other' });
    }
    const checked = (0,ledger/* checkRecords */.fi)(new ledger/* BaseListing */.wB(), files);
    const { signatureProblems } = await __webpack_require__.e(/* import() */ 796).then(__webpack_require__.bind(__webpack_require__, 2796));
    const problems = [...checked.problems, ...signatureProblems(checked.records)];
    if (since) {
        const changes = source.kind === 'worktree'
            ? await git.diffWorktree(since, [`${record/* LEDGER_DIR */.EN}/`])
            : await git.diffTrees(since, source.commit, [`${record/* LEDGER_DIR */.EN}/`]);
        for (const entry of changes)
            if ((0,manifest/* isLedgerEntry */.c9)(entry) && entry.status !== 'A')
                problems.push((0,ledger/* appendOnlyViolation */.m$)(entry, { base: (0,repo_changes/* shortSha */.Fu)(since) }));
        // Commit by commit too: a record added in one commit and deleted or changed in a later
        // one leaves no trace between `since` and the end, only in that commit's own diff.
        const head = source.kind === 'worktree' ? await git.headCommit() : source.commit;
        if (head && head !== since) {
            const seen = new Set(problems.filter(ledger/* breaksAppendOnly */.fy).map((p) => p.path));
            for (const { change, ledgerEntries } of await (0,repo_changes/* changesOfCommits */.lv)(git, await git.listCommits([`${since}..${head}`]))) {
                for (const entry of ledgerEntries) {
                    if (entry.status === 'A' || seen.has((0,manifest/* pathText */.LF)(entry.path)))
                        continue;
                    problems.push((0,ledger/* appendOnlyViolation */.m$)(entry, { change }));
                }
            }
        }
    }
    return {
        source: source.kind === 'worktree' ? 'working tree' : `commit ${(0,repo_changes/* shortSha */.Fu)(source.commit)}`,
        records: checked.records,
        heads: (0,ledger/* computeHeads */.VG)(checked.records),
        problems,
        genesisId: checked.genesisId,
    };
}


/***/ }),

/***/ 1894:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/record/v1.json","title":"agentops/verdict ledger record, format version 1","description":"One record of the .agents/ledger hash chain. See docs/spec.md.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/genesisRecord"},{"$ref":"#/$defs/verdictRecord"},{"$ref":"#/$defs/learningRecord"},{"$ref":"#/$defs/promotionRecord"},{"$ref":"#/$defs/retirementRecord"}],"$defs":{"recordId":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"objectId":{"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"timestamp":{"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\\\.[0-9]{1,9})?Z$"},"text":{"type":"string","minLength":1,"maxLength":4000},"path":{"description":"A repository-relative path: no leading slash, no empty, \'.\' or \'..\' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?![\\\\s\\\\S]*(?:^|/)\\\\.{1,2}(?:/|$))(?![\\\\s\\\\S]*//)(?![\\\\s\\\\S]*/$)[^\\\\u0000]+$"},"actor":{"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\\\u0000-\\\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\\\u0000-\\\\u001f]+$"}},"additionalProperties":false},"manifestEntry":{"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false},"subject":{"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]},"finding":{"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false},"evidence":{"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}},"signature":{"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false},"genesisRecord":{"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false},"verdictRecord":{"type":"object","description":"A checker\'s verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger\'s genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false},"glob":{"description":"A path glob in the policy\'s syntax: without \'/\' it matches a file name anywhere, with \'/\' from the repository root.","type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\\\.\\\\.(?:/|$))[^\\\\u0000]+$"},"constraintId":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"constraint":{"type":"object","description":"A learning promoted into the policy: exactly one rule, enforced on changes touching its paths. Same shape as a policy constraint.","required":["id","learning","paths"],"properties":{"id":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"type":"string","minLength":1,"maxLength":500},"requireEvidence":{"enum":["test","command","review","link"]},"requireCheckerKind":{"enum":["agent","human","ci","tool"]},"forbidPattern":{"type":"string","minLength":1,"maxLength":500},"requireCheck":{"type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false},"learningRecord":{"type":"object","description":"A lesson learned, attached to the paths it concerns (ao learn).","required":["schema","type","id","seq","prev","createdAt","ledger","text","paths","tags","negative","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"learning"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger\'s genesis record.","$ref":"#/$defs/recordId"},"text":{"$ref":"#/$defs/text"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},"maxItems":20,"uniqueItems":true},"negative":{"type":"boolean"},"from":{"description":"The verdict the lesson was drawn from.","$ref":"#/$defs/recordId"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"promotionRecord":{"type":"object","description":"A learning turned into a constraint of .agents/policy.json (ao promote).","required":["schema","type","id","seq","prev","createdAt","ledger","learning","constraint","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"promotion"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger\'s genesis record.","$ref":"#/$defs/recordId"},"learning":{"description":"The learning promoted.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraint"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"retirementRecord":{"type":"object","description":"A constraint taken out of the policy, and why (ao retire).","required":["schema","type","id","seq","prev","createdAt","ledger","constraint","learning","why","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"retirement"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger\'s genesis record.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record this retires, if the constraint came from ao promote.","$ref":"#/$defs/recordId"},"why":{"$ref":"#/$defs/text"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false}}}');

/***/ })

};
