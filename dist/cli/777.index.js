export const id = 777;
export const ids = [777];
export const modules = {

/***/ 8323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YJ: () => (/* binding */ matchPatternList),
/* harmony export */   pD: () => (/* binding */ parseAllowedSigners),
/* harmony export */   wP: () => (/* binding */ isKeyAllowed)
/* harmony export */ });
/* unused harmony export matchPattern */
/* harmony import */ var _ssh_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1812);
/* harmony import */ var _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6185);
/**
 * The `allowed_signers` format read by `ssh-keygen -Y verify` and git
 * (gpg.ssh.allowedSignersFile), see ssh-keygen(1) "ALLOWED SIGNERS":
 *
 *   principals [options] keytype base64 [comment]
 */


/** Key types OpenSSH may write here; anything else in the key position must be options. */
const KNOWN_KEY_TYPES = new Set([
    'ssh-ed25519',
    'ssh-rsa',
    'ssh-dss',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'sk-ssh-ed25519@openssh.com',
    'sk-ecdsa-sha2-nistp256@openssh.com',
    'ssh-xmss@openssh.com',
].flatMap((type) => [type, type.replace(/(@openssh\.com)?$/, '-cert-v01@openssh.com')]));
const SUPPORTED_KEY_TYPES = new Set(['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521']);
class LineError extends Error {
}
function parseAllowedSigners(text, source = '.agents/checkers') {
    const signers = [];
    text.split(/\r?\n/).forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        try {
            signers.push(parseLine(line, source, index + 1));
        }
        catch (error) {
            const reason = error instanceof LineError || error instanceof _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl ? error.message : String(error);
            throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`${source}:${index + 1}: ${reason}`);
        }
    });
    return signers;
}
function parseLine(line, source, lineNumber) {
    const cursor = { text: line, pos: 0 };
    const principals = readPrincipals(cursor);
    skipSpaces(cursor);
    if (cursor.pos >= line.length)
        throw new LineError('expected a key after the principals');
    const signer = {
        principals,
        certAuthority: false,
        keyText: '',
        publicKey: null,
        source,
        line: lineNumber,
    };
    if (!KNOWN_KEY_TYPES.has(peekWord(cursor))) {
        readOptions(cursor, signer);
        skipSpaces(cursor);
    }
    const keyType = readWord(cursor);
    skipSpaces(cursor);
    const encodedKey = readWord(cursor);
    if (keyType === '' || encodedKey === '')
        throw new LineError('expected "keytype base64" after the principals and options');
    if (!KNOWN_KEY_TYPES.has(keyType))
        throw new LineError(`unknown key type ${JSON.stringify(keyType)}`);
    signer.keyText = `${keyType} ${encodedKey}`;
    // The rest of the line is a free-form comment.
    if (SUPPORTED_KEY_TYPES.has(keyType)) {
        signer.publicKey = (0,_ssh_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePublicKey */ .ee)(signer.keyText);
    }
    else {
        checkForeignKey(keyType, encodedKey);
        signer.unusableReason = `key type ${keyType} is not supported`;
    }
    if (signer.certAuthority) {
        // Certificates are not supported, so a CA key can never vouch for a signature here.
        signer.unusableReason = 'cert-authority entries only apply to certificate signatures, which are not supported';
    }
    if (signer.validAfter && signer.validBefore && signer.validBefore <= signer.validAfter) {
        throw new LineError('"valid-before" time is not after "valid-after"');
    }
    return signer;
}
/** Still reject garbage in entries we cannot use, so typos surface immediately. */
function checkForeignKey(keyType, encodedKey) {
    const blob = Buffer.from(encodedKey, 'base64');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encodedKey) || blob.toString('base64') !== encodedKey || blob.length < 4) {
        throw new LineError(`${keyType} key is not valid base64`);
    }
    const nameLength = blob.readUInt32BE(0);
    if (blob.subarray(4, 4 + nameLength).toString('latin1') !== keyType) {
        throw new LineError(`key data does not match key type ${keyType}`);
    }
}
function skipSpaces(cursor) {
    while (cursor.pos < cursor.text.length && /[ \t]/.test(cursor.text[cursor.pos]))
        cursor.pos++;
}
function peekWord(cursor) {
    const match = /^[^ \t]*/.exec(cursor.text.slice(cursor.pos));
    return match ? match[0] : '';
}
function readWord(cursor) {
    const word = peekWord(cursor);
    cursor.pos += word.length;
    return word;
}
/** The principals field may be double-quoted (to contain spaces), like OpenSSH's strdelimw. */
function readPrincipals(cursor) {
    if (cursor.text[cursor.pos] === '"') {
        const close = cursor.text.indexOf('"', cursor.pos + 1);
        if (close < 0)
            throw new LineError('unterminated quoted principals');
        const principals = cursor.text.slice(cursor.pos + 1, close);
        cursor.pos = close + 1;
        if (principals === '')
            throw new LineError('empty principals');
        return principals;
    }
    return readWord(cursor);
}
/** Parses `opt[,opt...]` following OpenSSH's sshsigopt_parse (option names are case-insensitive). */
function readOptions(cursor, signer) {
    const seen = new Set();
    for (;;) {
        const rest = cursor.text.slice(cursor.pos);
        const name = /^[A-Za-z-]+/.exec(rest)?.[0].toLowerCase() ?? '';
        if (name === 'cert-authority' && !rest.startsWith('=', name.length)) {
            cursor.pos += name.length;
            signer.certAuthority = true;
        }
        else if ((name === 'namespaces' || name === 'valid-after' || name === 'valid-before') && rest[name.length] === '=') {
            if (seen.has(name))
                throw new LineError(`multiple "${name}" options`);
            seen.add(name);
            cursor.pos += name.length + 1;
            const value = readQuoted(cursor, name);
            if (name === 'namespaces')
                signer.namespaces = value;
            else if (name === 'valid-after')
                signer.validAfter = parseTimestamp(value, name);
            else
                signer.validBefore = parseTimestamp(value, name);
        }
        else {
            const found = JSON.stringify(peekWord(cursor).split(/[,=]/)[0]);
            throw new LineError(seen.size === 0 && !signer.certAuthority ? `unknown option or key type ${found}` : `unknown option ${found}`);
        }
        const next = cursor.text[cursor.pos];
        if (next === undefined || next === ' ' || next === '\t')
            return;
        if (next !== ',')
            throw new LineError(`unexpected ${JSON.stringify(next)} after option "${name}"`);
        cursor.pos++;
    }
}
/** A double-quoted option value; `\"` escapes a quote, as in OpenSSH's opt_dequote. */
function readQuoted(cursor, option) {
    if (cursor.text[cursor.pos] !== '"')
        throw new LineError(`option "${option}" value must be double-quoted`);
    let value = '';
    for (let i = cursor.pos + 1; i < cursor.text.length; i++) {
        const char = cursor.text[i];
        if (char === '\\' && cursor.text[i + 1] === '"') {
            value += '"';
            i++;
        }
        else if (char === '"') {
            cursor.pos = i + 1;
            return value;
        }
        else {
            value += char;
        }
    }
    throw new LineError(`option "${option}" has an unterminated quoted value`);
}
/** YYYYMMDD[HHMM[SS]][Z]: local time, or UTC with a Z suffix, like ssh-keygen. */
function parseTimestamp(value, option) {
    const match = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?([Zz])?$/.exec(value);
    if (!match)
        throw new LineError(`option "${option}" has invalid time ${JSON.stringify(value)} (expected YYYYMMDD[HHMM[SS]][Z])`);
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
    const utc = match[7] !== undefined;
    const date = utc
        ? new Date(Date.UTC(year, month - 1, day, hour, minute, second))
        : new Date(year, month - 1, day, hour, minute, second);
    // Date rolls 20240231 over into March; refuse instead of guessing.
    const fields = utc
        ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
        : [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
    if (fields.join() !== [year, month, day, hour, minute, second].join()) {
        throw new LineError(`option "${option}" has invalid time ${JSON.stringify(value)}`);
    }
    return date;
}
/**
 * Whether `key` may sign for `principal` in `namespace` at time `at`.
 * Unlike ssh-keygen, email principals match case-insensitively: git
 * identities differ in case far more often than they differ in owner.
 */
function isKeyAllowed(signers, principal, key, namespace, at = new Date()) {
    const ignoreCase = principal.includes('@');
    const atSeconds = Math.floor(at.getTime() / 1000); // OpenSSH compares whole seconds
    return signers.some((signer) => signer.publicKey !== null &&
        signer.unusableReason === undefined &&
        signer.publicKey.blob.equals(key.blob) &&
        matchPatternList(principal, signer.principals, ignoreCase) &&
        (signer.namespaces === undefined || matchPatternList(namespace, signer.namespaces, false)) &&
        (signer.validAfter === undefined || atSeconds >= Math.floor(signer.validAfter.getTime() / 1000)) &&
        (signer.validBefore === undefined || atSeconds <= Math.floor(signer.validBefore.getTime() / 1000)));
}
/**
 * OpenSSH's match_pattern_list: comma-separated patterns, `!` negates, and any
 * matching negated pattern rejects outright even if a positive one matched.
 */
function matchPatternList(value, patternList, ignoreCase) {
    const subject = ignoreCase ? value.toLowerCase() : value;
    let matched = false;
    for (const entry of patternList.split(',')) {
        const negated = entry.startsWith('!');
        const pattern = negated ? entry.slice(1) : entry;
        if (!matchPattern(subject, ignoreCase ? pattern.toLowerCase() : pattern))
            continue;
        if (negated)
            return false;
        matched = true;
    }
    return matched;
}
/** Glob with `*` (any run) and `?` (one character); linear backtracking, no regex. */
function matchPattern(value, pattern) {
    let v = 0;
    let p = 0;
    let starP = -1;
    let starV = 0;
    while (v < value.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
            v++;
            p++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            starP = p++;
            starV = v;
        }
        else if (starP >= 0) {
            p = starP + 1;
            v = ++starV;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}


/***/ }),

/***/ 499:
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
            const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
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
    const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
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

/***/ 6752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ DigestIndex),
/* harmony export */   VG: () => (/* binding */ computeHeads),
/* harmony export */   aB: () => (/* binding */ compareRecords),
/* harmony export */   fi: () => (/* binding */ checkRecords),
/* harmony export */   mJ: () => (/* binding */ digestsNamedBy),
/* harmony export */   wB: () => (/* binding */ BaseListing)
/* harmony export */ });
/* unused harmony export refsFromPaths */
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1603);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9844);


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
        const parts = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecordPath */ .OT)(path);
        if (parts)
            refs.set(parts.id, { ...parts, path });
        else
            stray.push(path);
    }
    return { refs, stray };
}
const GENESIS_PREFIX = `${_record_js__WEBPACK_IMPORTED_MODULE_0__/* .LEDGER_DIR */ .EN}/0000/00000000-`;
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
                const parts = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecordPath */ .OT)(path);
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
            const parts = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecordPath */ .OT)(path);
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
                const parts = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecordPath */ .OT)(this.paths[i]);
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
                fix: `remove it with \`git rm -r --cached ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .Z)(file.path)}\` and delete it from the working tree`,
            });
            continue;
        }
        // A name of the record form in the wrong bucket is parsed, and refused as path-mismatch.
        if (!RECORD_NAME_FORM.test(file.path)) {
            problems.push({
                code: 'stray-file',
                message: `${file.path} is not a record file name (expected ${_record_js__WEBPACK_IMPORTED_MODULE_0__/* .LEDGER_DIR */ .EN}/NNNN/SSSSSSSS-<64 hex>.json)`,
                path: file.path,
                fix: `only \`ao\` writes under ${_record_js__WEBPACK_IMPORTED_MODULE_0__/* .LEDGER_DIR */ .EN}/: move the file elsewhere (\`git mv\`) or delete it`,
            });
            continue;
        }
        if (file.size !== undefined && file.size > _record_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RECORD_BYTES */ .xR) {
            problems.push({ code: 'too-large', message: `${file.path}: record file is ${file.size} bytes; the limit is ${_record_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RECORD_BYTES */ .xR}`, path: file.path, fix: FIX_RESTORE });
            continue;
        }
        const parsed = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecordFile */ .TG)(file.path, file.bytes ?? new Uint8Array());
        if (!parsed.ok) {
            problems.push({ code: parsed.problem.code, message: `${file.path}: ${parsed.problem.message}`, path: file.path, fix: FIX_RESTORE });
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
                message: `a second genesis record ${(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .shortId */ .m_)(id)} (the ledger's genesis is ${(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .shortId */ .m_)(genesisId)})`,
                recordId: id,
                fix: 'a ledger has exactly one genesis: delete the extra one (`ao init` never writes a second)',
            });
        }
    }
    if (!genesisId && (records.length > 0 || base.size > 0)) {
        problems.push({ code: 'no-genesis', message: 'the ledger has no genesis record', fix: 'restore the genesis record from history (`git log --diff-filter=D -- .agents/ledger`)' });
    }
    for (const record of records) {
        if (record.type === 'genesis')
            continue;
        const where = { path: undefined, recordId: record.id };
        if (genesisId && record.ledger !== genesisId) {
            problems.push({
                code: 'foreign-record',
                message: `record ${(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .shortId */ .m_)(record.id)} belongs to another ledger (its genesis is ${(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .shortId */ .m_)(record.ledger)}, this ledger's is ${(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .shortId */ .m_)(genesisId)}): copied from another repository?`,
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
                    message: `record ${(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .shortId */ .m_)(record.id)} points to ${(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .shortId */ .m_)(prev)}, which is not in the ledger (deleted, or never here)`,
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
                message: `record ${(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .shortId */ .m_)(record.id)} has seq ${record.seq}, but one more than its parents' largest seq is ${maxPrevSeq + 1}`,
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

/***/ 9844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ LEDGER_DIR),
/* harmony export */   OT: () => (/* binding */ parseRecordPath),
/* harmony export */   TG: () => (/* binding */ parseRecordFile),
/* harmony export */   Xz: () => (/* binding */ newGenesis),
/* harmony export */   ep: () => (/* binding */ RECORD_SCHEMA),
/* harmony export */   l$: () => (/* binding */ POLICY_PATH),
/* harmony export */   lX: () => (/* binding */ recordPath),
/* harmony export */   m_: () => (/* binding */ shortId),
/* harmony export */   p0: () => (/* binding */ idHex),
/* harmony export */   sF: () => (/* binding */ renderRecord),
/* harmony export */   xR: () => (/* binding */ MAX_RECORD_BYTES),
/* harmony export */   xe: () => (/* binding */ sealRecord)
/* harmony export */ });
/* unused harmony exports SEQ_PER_BUCKET, computeRecordId, isLedgerPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(499);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1867);



const RECORD_SCHEMA = 'agentops-verdict/record@1';
const LEDGER_DIR = '.agents/ledger';
const POLICY_PATH = '.agents/policy.json';
/** Bounds enforced before any parsing, so a hostile record costs at most this much. */
const MAX_RECORD_BYTES = 2 * 1024 * 1024;
/** Records per bucket directory: 100,000 records stay at about 1,000 entries a folder. */
const SEQ_PER_BUCKET = 1000;
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
 * Checks, in order: size, UTF-8, JSON, schema, the single byte form, the id, the path.
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
    const pathProblem = record.type === 'verdict' ? base64PathProblem(record.subject.entries) : undefined;
    if (pathProblem)
        return fail('schema', `record does not match ${RECORD_SCHEMA}: ${pathProblem}`);
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

/***/ 1867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xe: () => (/* binding */ formatSchemaProblems),
  WV: () => (/* binding */ validatePolicyShape),
  R$: () => (/* binding */ validateRecordShape),
  HJ: () => (/* binding */ validateReviewRequestShape),
  QN: () => (/* binding */ validateReviewShape)
});

// UNUSED EXPORTS: POLICY_SCHEMA_ID, RECORD_SCHEMA_ID, REVIEW_REQUEST_SCHEMA_ID, REVIEW_SCHEMA_ID, describe

;// CONCATENATED MODULE: ./schemas/record.v1.schema.json
const record_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"Od":"https://agentops.dev/schemas/verdict/record/v1.json"}');
;// CONCATENATED MODULE: ./schemas/policy.v1.schema.json
const policy_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"Od":"https://agentops.dev/schemas/verdict/policy/v1.json"}');
;// CONCATENATED MODULE: ./schemas/review-request.v1.schema.json
const review_request_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"Od":"https://agentops.dev/schemas/verdict/review-request/v1.json"}');
;// CONCATENATED MODULE: ./schemas/review.v1.schema.json
const review_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"Od":"https://agentops.dev/schemas/verdict/review/v1.json"}');
// EXTERNAL MODULE: ../main/node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(7223);
// EXTERNAL MODULE: ../main/node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6070);
;// CONCATENATED MODULE: ./src/core/validators.generated.js
// Generated by .ci/gen-validators.mjs from schemas/: do not edit by hand.

const runtime0 = typeof equal === 'function' ? { default: equal } : equal;

const runtime1 = typeof ucs2length === 'function' ? { default: ucs2length } : ucs2length;
const validateRecord = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/record/v1.json","title":"agentops/verdict ledger record, format version 1","description":"One record of the .agents/ledger hash chain. See docs/spec.md.","type":"object","required":["type"],"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/genesisRecord"},{"$ref":"#/$defs/verdictRecord"},{"$ref":"#/$defs/learningRecord"},{"$ref":"#/$defs/promotionRecord"},{"$ref":"#/$defs/retirementRecord"}],"$defs":{"recordId":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"objectId":{"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"timestamp":{"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},"text":{"type":"string","minLength":1,"maxLength":4000},"path":{"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"},"actor":{"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"}},"additionalProperties":false},"manifestEntry":{"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false},"subject":{"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]},"finding":{"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false},"evidence":{"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}},"signature":{"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false},"genesisRecord":{"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false},"verdictRecord":{"type":"object","description":"A checker's verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false},"glob":{"description":"A path glob in the policy's syntax: without '/' it matches a file name anywhere, with '/' from the repository root.","type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},"constraintId":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"constraint":{"type":"object","description":"A learning promoted into the policy: exactly one rule, enforced on changes touching its paths. Same shape as a policy constraint.","required":["id","learning","paths"],"properties":{"id":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"type":"string","minLength":1,"maxLength":500},"requireEvidence":{"enum":["test","command","review","link"]},"requireCheckerKind":{"enum":["agent","human","ci","tool"]},"forbidPattern":{"type":"string","minLength":1,"maxLength":500},"requireCheck":{"type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false},"learningRecord":{"type":"object","description":"A lesson learned, attached to the paths it concerns (ao learn).","required":["schema","type","id","seq","prev","createdAt","ledger","text","paths","tags","negative","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"learning"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"text":{"$ref":"#/$defs/text"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},"maxItems":20,"uniqueItems":true},"negative":{"type":"boolean"},"from":{"description":"The verdict the lesson was drawn from.","$ref":"#/$defs/recordId"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"promotionRecord":{"type":"object","description":"A learning turned into a constraint of .agents/policy.json (ao promote).","required":["schema","type","id","seq","prev","createdAt","ledger","learning","constraint","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"promotion"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"learning":{"description":"The learning promoted.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraint"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false},"retirementRecord":{"type":"object","description":"A constraint taken out of the policy, and why (ao retire).","required":["schema","type","id","seq","prev","createdAt","ledger","constraint","learning","why","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"retirement"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record this retires, if the constraint came from ao promote.","$ref":"#/$defs/recordId"},"why":{"$ref":"#/$defs/text"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false}}};
const schema32 = {"type":"object","description":"The first record of a ledger. Exactly one per ledger.","required":["schema","type","id","seq","prev","createdAt","nonce"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"genesis"},"seq":{"const":0},"prev":{"type":"array","maxItems":0},"nonce":{"description":"128 random bits, so that no two ledgers share a genesis id.","type":"string","pattern":"^[0-9a-f]{32}$"}},"additionalProperties":false};
const schema33 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema34 = {"type":"string","pattern":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"};
const pattern4 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern5 = new RegExp("^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$", "u");
const pattern6 = new RegExp("^[0-9a-f]{32}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.nonce === undefined) && (missing0 = "nonce"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "schema") || (key0 === "id")) || (key0 === "createdAt")) || (key0 === "type")) || (key0 === "seq")) || (key0 === "prev")) || (key0 === "nonce"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate21.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate21.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("genesis" !== data.type){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "genesis"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
const _errs10 = errors;
if(0 !== data.seq){
validate21.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
if(data5.length > 0){
validate21.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nonce !== undefined){
let data6 = data.nonce;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
validate21.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","description":"A checker's verdict on a change (the subject).","required":["schema","type","id","seq","prev","createdAt","ledger","subject","verdict","checker","worker","evidence","summary"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"verdict"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"subject":{"$ref":"#/$defs/subject"},"verdict":{"enum":["pass","fail"]},"checker":{"$ref":"#/$defs/actor"},"worker":{"$ref":"#/$defs/actor"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"maxItems":200},"summary":{"type":"string","maxLength":4000},"signature":{"$ref":"#/$defs/signature"}},"additionalProperties":false};
const schema53 = {"type":"object","required":["id","kind"],"properties":{"id":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"},"kind":{"enum":["agent","human","ci","tool"]},"session":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[^\\u0000-\\u001f]+$"}},"additionalProperties":false};
const schema64 = {"type":"object","required":["format","namespace","signature"],"properties":{"format":{"const":"sshsig"},"namespace":{"const":"agentops-verdict"},"signature":{"type":"string","minLength":1,"maxLength":16384}},"additionalProperties":false};
const func1 = Object.prototype.hasOwnProperty;
const func0 = runtime0.default;
const func3 = runtime1.default;
const pattern25 = new RegExp("^[^\\u0000-\\u001f]+$", "u");
const schema40 = {"type":"object","description":"What a verdict covers: a manifest of changed paths and its digest.","required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"type":"object","required":["kind","digest","entries"],"properties":{"kind":{"const":"staged"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","commit"],"properties":{"kind":{"const":"commit"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"commit":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},{"type":"object","required":["kind","digest","entries","base","head","commits"],"properties":{"kind":{"const":"range"},"digest":{"$ref":"#/$defs/digest"},"entries":{"type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"},"commits":{"type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"$ref":"#/$defs/digest"}},"additionalProperties":false}}},"additionalProperties":false}]};
const schema41 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema43 = {"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"};
const pattern14 = new RegExp("^(?:[0-9a-f]{40}|[0-9a-f]{64})$", "u");
const schema42 = {"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"enum":["A","D","M","T"]},"path":{"$ref":"#/$defs/path"},"pathBase64":{"type":"string","minLength":4,"maxLength":8192,"pattern":"^[A-Za-z0-9+/]+={0,2}$"}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false};
const schema45 = {"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"};
const pattern12 = new RegExp("^[0-7]{6}$", "u");
const pattern16 = new RegExp("^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$", "u");
const pattern17 = new RegExp("^[A-Za-z0-9+/]+={0,2}$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.path === undefined) && (missing0 = "path")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.pathBase64 === undefined) && (missing1 = "pathBase64")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((((data.oldMode === undefined) && (missing2 = "oldMode")) || ((data.newMode === undefined) && (missing2 = "newMode"))) || ((data.oldId === undefined) && (missing2 = "oldId"))) || ((data.newId === undefined) && (missing2 = "newId"))) || ((data.status === undefined) && (missing2 = "status"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(((((((key0 === "oldMode") || (key0 === "newMode")) || (key0 === "oldId")) || (key0 === "newId")) || (key0 === "status")) || (key0 === "path")) || (key0 === "pathBase64"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.oldMode !== undefined){
let data0 = data.oldMode;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
validate24.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.newMode !== undefined){
let data1 = data.newMode;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
validate24.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.oldId !== undefined){
let data2 = data.oldId;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
validate24.errors = [{instancePath:instancePath+"/oldId",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/oldId",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.newId !== undefined){
let data3 = data.newId;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(!pattern14.test(data3)){
validate24.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.status !== undefined){
let data4 = data.status;
const _errs15 = errors;
if(!((((data4 === "A") || (data4 === "D")) || (data4 === "M")) || (data4 === "T"))){
validate24.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema42.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.path !== undefined){
let data5 = data.path;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(func3(data5) > 4096){
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func3(data5) < 1){
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern16.test(data5)){
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.pathBase64 !== undefined){
let data6 = data.pathBase64;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data6 === "string"){
if(func3(data6) > 8192){
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];
return false;
}
else {
if(func3(data6) < 4){
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/minLength",keyword:"minLength",params:{limit: 4},message:"must NOT have fewer than 4 characters"}];
return false;
}
else {
if(!pattern17.test(data6)){
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]+={0,2}$"},message:"must match pattern \""+"^[A-Za-z0-9+/]+={0,2}$"+"\""}];
return false;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "staged"){
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.kind === undefined) && (missing1 = "kind")) || ((data.digest === undefined) && (missing1 = "digest"))) || ((data.entries === undefined) && (missing1 = "entries"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "digest")) || (key0 === "entries"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.kind !== undefined){
const _errs5 = errors;
if("staged" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "staged"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.digest !== undefined){
let data1 = data.digest;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.entries !== undefined){
let data2 = data.entries;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data2)){
if(data2.length > 10000){
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/0/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid4 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate24(data2[i0], {instancePath:instancePath+"/entries/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid4 = _errs11 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/0/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var props0 = true;
}
else if(tag0 === "commit"){
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((((data.kind === undefined) && (missing2 = "kind")) || ((data.digest === undefined) && (missing2 = "digest"))) || ((data.entries === undefined) && (missing2 = "entries"))) || ((data.commit === undefined) && (missing2 = "commit"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data){
if(!((((key1 === "kind") || (key1 === "digest")) || (key1 === "entries")) || (key1 === "commit"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data.kind !== undefined){
const _errs15 = errors;
if("commit" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "commit"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.digest !== undefined){
let data5 = data.digest;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs16 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.entries !== undefined){
let data6 = data.entries;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data6)){
if(data6.length > 10000){
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/1/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid8 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs21 = errors;
if(!(validate24(data6[i1], {instancePath:instancePath+"/entries/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid8 = _errs21 === errors;
if(!valid8){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/1/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs19 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.commit !== undefined){
let data8 = data.commit;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
validate23.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commit",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "range"){
const _errs25 = errors;
if(errors === _errs25){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((((((data.kind === undefined) && (missing3 = "kind")) || ((data.digest === undefined) && (missing3 = "digest"))) || ((data.entries === undefined) && (missing3 = "entries"))) || ((data.base === undefined) && (missing3 = "base"))) || ((data.head === undefined) && (missing3 = "head"))) || ((data.commits === undefined) && (missing3 = "commits"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key2 in data){
if(!((((((key2 === "kind") || (key2 === "digest")) || (key2 === "entries")) || (key2 === "base")) || (key2 === "head")) || (key2 === "commits"))){
validate23.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data.kind !== undefined){
const _errs28 = errors;
if("range" !== data.kind){
validate23.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "range"},message:"must be equal to constant"}];
return false;
}
var valid11 = _errs28 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.digest !== undefined){
let data10 = data.digest;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs29 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.entries !== undefined){
let data11 = data.entries;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data11)){
if(data11.length > 10000){
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/2/properties/entries/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid13 = true;
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
const _errs34 = errors;
if(!(validate24(data11[i2], {instancePath:instancePath+"/entries/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid13 = _errs34 === errors;
if(!valid13){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/entries",schemaPath:"#/oneOf/2/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs32 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.base !== undefined){
let data13 = data.base;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(!pattern14.test(data13)){
validate23.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs35 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.head !== undefined){
let data14 = data.head;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data14 === "string"){
if(!pattern14.test(data14)){
validate23.errors = [{instancePath:instancePath+"/head",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/head",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs38 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data.commits !== undefined){
let data15 = data.commits;
const _errs41 = errors;
if(errors === _errs41){
if(Array.isArray(data15)){
if(data15.length > 10000){
validate23.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/oneOf/2/properties/commits/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid16 = true;
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
let data16 = data15[i3];
const _errs43 = errors;
if(errors === _errs43){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing4;
if(((data16.commit === undefined) && (missing4 = "commit")) || ((data16.digest === undefined) && (missing4 = "digest"))){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs45 = errors;
for(const key3 in data16){
if(!((key3 === "commit") || (key3 === "digest"))){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs45 === errors){
if(data16.commit !== undefined){
let data17 = data16.commit;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data17 === "string"){
if(!pattern14.test(data17)){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/commit",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/commit",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs46 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data16.digest !== undefined){
let data18 = data16.digest;
const _errs49 = errors;
const _errs50 = errors;
if(errors === _errs50){
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/digest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits/" + i3+"/digest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs49 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits/" + i3,schemaPath:"#/oneOf/2/properties/commits/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs43 === errors;
if(!valid16){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/oneOf/2/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid11 = _errs41 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];
return false;
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];
return false;
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema55 = {"type":"object","required":["kind"],"oneOf":[{"properties":{"kind":{"const":"test"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"command"},"text":{"$ref":"#/$defs/text"},"command":{"type":"string","minLength":1,"maxLength":4000},"exitCode":{"type":["integer","null"],"minimum":-1,"maximum":255},"durationMs":{"type":"integer","minimum":0,"maximum":9007199254740991},"outputDigest":{"$ref":"#/$defs/digest"},"outputTail":{"type":"string","maxLength":8000},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"review"},"text":{"$ref":"#/$defs/text"},"reviewer":{"type":"string","minLength":1,"maxLength":256},"model":{"type":"string","minLength":1,"maxLength":200},"family":{"type":"string","minLength":1,"maxLength":100},"verdict":{"enum":["pass","warn","fail","error"]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"error":{"type":"string","maxLength":4000}},"required":["kind","text"],"additionalProperties":false,"type":"object"},{"properties":{"kind":{"const":"link"},"url":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},"text":{"type":"string","maxLength":4000}},"required":["kind","url"],"additionalProperties":false,"type":"object"}],"discriminator":{"propertyName":"kind"}};
const schema56 = {"type":"string","minLength":1,"maxLength":4000};
const pattern32 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$", "u");
const schema61 = {"type":"object","required":["severity","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"type":"string","maxLength":200},"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000},"description":{"$ref":"#/$defs/text"},"suggestedFix":{"type":"string","maxLength":4000}},"additionalProperties":false};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.severity === undefined) && (missing0 = "severity")) || ((data.description === undefined) && (missing0 = "description"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "severity") || (key0 === "category")) || (key0 === "path")) || (key0 === "line")) || (key0 === "description")) || (key0 === "suggestedFix"))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.severity !== undefined){
let data0 = data.severity;
const _errs2 = errors;
if(!(((((data0 === "info") || (data0 === "low")) || (data0 === "medium")) || (data0 === "high")) || (data0 === "critical"))){
validate30.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema61.properties.severity.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
let data1 = data.category;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func3(data1) > 200){
validate30.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data2 = data.path;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func3(data2) > 4096){
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func3(data2) < 1){
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern16.test(data2)){
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.{1,2}(?:/|$))(?![\\s\\S]*//)(?![\\s\\S]*/$)[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.line !== undefined){
let data3 = data.line;
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate30.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000000 || isNaN(data3)){
validate30.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate30.errors = [{instancePath:instancePath+"/line",schemaPath:"#/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data4 = data.description;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func3(data4) > 4000){
validate30.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate30.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suggestedFix !== undefined){
let data5 = data.suggestedFix;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func3(data5) > 4000){
validate30.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "test"){
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.kind === undefined) && (missing1 = "kind")) || ((data.text === undefined) && (missing1 = "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "text")) || (key0 === "command")) || (key0 === "exitCode")) || (key0 === "durationMs")) || (key0 === "outputDigest")) || (key0 === "outputTail")) || (key0 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.kind !== undefined){
const _errs5 = errors;
if("test" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "test"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.text !== undefined){
let data1 = data.text;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func3(data1) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data1) < 1){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.command !== undefined){
let data2 = data.command;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func3(data2) > 4000){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data2) < 1){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/0/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.exitCode !== undefined){
let data3 = data.exitCode;
const _errs11 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/type",keyword:"type",params:{type: schema55.oneOf[0].properties.exitCode.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs11){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 255 || isNaN(data3)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"}];
return false;
}
else {
if(data3 < -1 || isNaN(data3)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/0/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];
return false;
}
}
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.durationMs !== undefined){
let data4 = data.durationMs;
const _errs13 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/0/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.outputDigest !== undefined){
let data5 = data.outputDigest;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.outputTail !== undefined){
let data6 = data.outputTail;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if(func3(data6) > 8000){
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/0/properties/outputTail/maxLength",keyword:"maxLength",params:{limit: 8000},message:"must NOT have more than 8000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/0/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.error !== undefined){
let data7 = data.error;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data7 === "string"){
if(func3(data7) > 4000){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/0/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/0/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var props0 = true;
}
else if(tag0 === "command"){
const _errs22 = errors;
if(errors === _errs22){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.kind === undefined) && (missing2 = "kind")) || ((data.text === undefined) && (missing2 = "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key1 in data){
if(!((((((((key1 === "kind") || (key1 === "text")) || (key1 === "command")) || (key1 === "exitCode")) || (key1 === "durationMs")) || (key1 === "outputDigest")) || (key1 === "outputTail")) || (key1 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data.kind !== undefined){
const _errs25 = errors;
if("command" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "command"},message:"must be equal to constant"}];
return false;
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.text !== undefined){
let data9 = data.text;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data9 === "string"){
if(func3(data9) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data9) < 1){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.command !== undefined){
let data10 = data.command;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data10 === "string"){
if(func3(data10) > 4000){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data10) < 1){
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/command",schemaPath:"#/oneOf/1/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.exitCode !== undefined){
let data11 = data.exitCode;
const _errs31 = errors;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/type",keyword:"type",params:{type: schema55.oneOf[1].properties.exitCode.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs31){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 255 || isNaN(data11)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"}];
return false;
}
else {
if(data11 < -1 || isNaN(data11)){
validate29.errors = [{instancePath:instancePath+"/exitCode",schemaPath:"#/oneOf/1/properties/exitCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];
return false;
}
}
}
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.durationMs !== undefined){
let data12 = data.durationMs;
const _errs33 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs33){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 9007199254740991 || isNaN(data12)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data12 < 0 || isNaN(data12)){
validate29.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/oneOf/1/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.outputDigest !== undefined){
let data13 = data.outputDigest;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputDigest",schemaPath:"#/$defs/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.outputTail !== undefined){
let data14 = data.outputTail;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data14 === "string"){
if(func3(data14) > 8000){
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/1/properties/outputTail/maxLength",keyword:"maxLength",params:{limit: 8000},message:"must NOT have more than 8000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/outputTail",schemaPath:"#/oneOf/1/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs38 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.error !== undefined){
let data15 = data.error;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data15 === "string"){
if(func3(data15) > 4000){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs40 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "review"){
const _errs42 = errors;
if(errors === _errs42){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((data.kind === undefined) && (missing3 = "kind")) || ((data.text === undefined) && (missing3 = "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs44 = errors;
for(const key2 in data){
if(!((((((((key2 === "kind") || (key2 === "text")) || (key2 === "reviewer")) || (key2 === "model")) || (key2 === "family")) || (key2 === "verdict")) || (key2 === "findings")) || (key2 === "error"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs44 === errors){
if(data.kind !== undefined){
const _errs45 = errors;
if("review" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "review"},message:"must be equal to constant"}];
return false;
}
var valid10 = _errs45 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.text !== undefined){
let data17 = data.text;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data17 === "string"){
if(func3(data17) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data17) < 1){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs46 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.reviewer !== undefined){
let data18 = data.reviewer;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data18 === "string"){
if(func3(data18) > 256){
validate29.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data18) < 1){
validate29.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/oneOf/2/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs49 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.model !== undefined){
let data19 = data.model;
const _errs51 = errors;
if(errors === _errs51){
if(typeof data19 === "string"){
if(func3(data19) > 200){
validate29.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data19) < 1){
validate29.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/model",schemaPath:"#/oneOf/2/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs51 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.family !== undefined){
let data20 = data.family;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data20 === "string"){
if(func3(data20) > 100){
validate29.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func3(data20) < 1){
validate29.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/family",schemaPath:"#/oneOf/2/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs53 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.verdict !== undefined){
let data21 = data.verdict;
const _errs55 = errors;
if(!((((data21 === "pass") || (data21 === "warn")) || (data21 === "fail")) || (data21 === "error"))){
validate29.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/oneOf/2/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema55.oneOf[2].properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs55 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.findings !== undefined){
let data22 = data.findings;
const _errs56 = errors;
if(errors === _errs56){
if(Array.isArray(data22)){
if(data22.length > 500){
validate29.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/oneOf/2/properties/findings/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid12 = true;
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
const _errs58 = errors;
if(!(validate30(data22[i0], {instancePath:instancePath+"/findings/" + i0,parentData:data22,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid12 = _errs58 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/oneOf/2/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid10 = _errs56 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data.error !== undefined){
let data24 = data.error;
const _errs59 = errors;
if(errors === _errs59){
if(typeof data24 === "string"){
if(func3(data24) > 4000){
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/2/properties/error/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/error",schemaPath:"#/oneOf/2/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs59 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "link"){
const _errs61 = errors;
if(errors === _errs61){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.kind === undefined) && (missing4 = "kind")) || ((data.url === undefined) && (missing4 = "url"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs63 = errors;
for(const key3 in data){
if(!(((key3 === "kind") || (key3 === "url")) || (key3 === "text"))){
validate29.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs63 === errors){
if(data.kind !== undefined){
const _errs64 = errors;
if("link" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/oneOf/3/properties/kind/const",keyword:"const",params:{allowedValue: "link"},message:"must be equal to constant"}];
return false;
}
var valid14 = _errs64 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.url !== undefined){
let data26 = data.url;
const _errs65 = errors;
if(errors === _errs65){
if(typeof data26 === "string"){
if(func3(data26) > 2000){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];
return false;
}
else {
if(func3(data26) < 1){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern32.test(data26)){
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"+"\""}];
return false;
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/url",schemaPath:"#/oneOf/3/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs65 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.text !== undefined){
let data27 = data.text;
const _errs67 = errors;
if(errors === _errs67){
if(typeof data27 === "string"){
if(func3(data27) > 4000){
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/3/properties/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/3/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs67 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];
return false;
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate29.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.subject === undefined) && (missing0 = "subject"))) || ((data.verdict === undefined) && (missing0 = "verdict"))) || ((data.checker === undefined) && (missing0 = "checker"))) || ((data.worker === undefined) && (missing0 = "worker"))) || ((data.evidence === undefined) && (missing0 = "evidence"))) || ((data.summary === undefined) && (missing0 = "summary"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema35.properties, key0))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate22.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate22.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("verdict" !== data.type){
validate22.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "verdict"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate22.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate22.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate22.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate22.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate22.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subject !== undefined){
const _errs20 = errors;
if(!(validate23(data.subject, {instancePath:instancePath+"/subject",parentData:data,parentDataProperty:"subject",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verdict !== undefined){
let data9 = data.verdict;
const _errs21 = errors;
if(!((data9 === "pass") || (data9 === "fail"))){
validate22.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema35.properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.checker !== undefined){
let data10 = data.checker;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((data10.id === undefined) && (missing1 = "id")) || ((data10.kind === undefined) && (missing1 = "kind"))){
validate22.errors = [{instancePath:instancePath+"/checker",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs25 = errors;
for(const key1 in data10){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate22.errors = [{instancePath:instancePath+"/checker",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data10.id !== undefined){
let data11 = data10.id;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data11 === "string"){
if(func3(data11) > 256){
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data11) < 1){
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data11)){
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/checker/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.kind !== undefined){
let data12 = data10.kind;
const _errs28 = errors;
if(!((((data12 === "agent") || (data12 === "human")) || (data12 === "ci")) || (data12 === "tool"))){
validate22.errors = [{instancePath:instancePath+"/checker/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs28 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.session !== undefined){
let data13 = data10.session;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data13 === "string"){
if(func3(data13) > 256){
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data13) < 1){
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data13)){
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/checker/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs29 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/checker",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.worker !== undefined){
let data14 = data.worker;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing2;
if(((data14.id === undefined) && (missing2 = "id")) || ((data14.kind === undefined) && (missing2 = "kind"))){
validate22.errors = [{instancePath:instancePath+"/worker",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key2 in data14){
if(!(((key2 === "id") || (key2 === "kind")) || (key2 === "session"))){
validate22.errors = [{instancePath:instancePath+"/worker",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data14.id !== undefined){
let data15 = data14.id;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data15 === "string"){
if(func3(data15) > 256){
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data15) < 1){
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data15)){
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/worker/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs35 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.kind !== undefined){
let data16 = data14.kind;
const _errs37 = errors;
if(!((((data16 === "agent") || (data16 === "human")) || (data16 === "ci")) || (data16 === "tool"))){
validate22.errors = [{instancePath:instancePath+"/worker/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs37 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data14.session !== undefined){
let data17 = data14.session;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data17 === "string"){
if(func3(data17) > 256){
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data17) < 1){
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data17)){
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/worker/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs38 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/worker",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data18 = data.evidence;
const _errs40 = errors;
if(errors === _errs40){
if(Array.isArray(data18)){
if(data18.length > 200){
validate22.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"}];
return false;
}
else {
var valid11 = true;
const len1 = data18.length;
for(let i2=0; i2<len1; i2++){
const _errs42 = errors;
if(!(validate29(data18[i2], {instancePath:instancePath+"/evidence/" + i2,parentData:data18,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var valid11 = _errs42 === errors;
if(!valid11){
break;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data20 = data.summary;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data20 === "string"){
if(func3(data20) > 4000){
validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data21 = data.signature;
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing3;
if((((data21.format === undefined) && (missing3 = "format")) || ((data21.namespace === undefined) && (missing3 = "namespace"))) || ((data21.signature === undefined) && (missing3 = "signature"))){
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/signature/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs48 = errors;
for(const key3 in data21){
if(!(((key3 === "format") || (key3 === "namespace")) || (key3 === "signature"))){
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/signature/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs48 === errors){
if(data21.format !== undefined){
const _errs49 = errors;
if("sshsig" !== data21.format){
validate22.errors = [{instancePath:instancePath+"/signature/format",schemaPath:"#/$defs/signature/properties/format/const",keyword:"const",params:{allowedValue: "sshsig"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs49 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.namespace !== undefined){
const _errs50 = errors;
if("agentops-verdict" !== data21.namespace){
validate22.errors = [{instancePath:instancePath+"/signature/namespace",schemaPath:"#/$defs/signature/properties/namespace/const",keyword:"const",params:{allowedValue: "agentops-verdict"},message:"must be equal to constant"}];
return false;
}
var valid13 = _errs50 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data21.signature !== undefined){
let data24 = data21.signature;
const _errs51 = errors;
if(errors === _errs51){
if(typeof data24 === "string"){
if(func3(data24) > 16384){
validate22.errors = [{instancePath:instancePath+"/signature/signature",schemaPath:"#/$defs/signature/properties/signature/maxLength",keyword:"maxLength",params:{limit: 16384},message:"must NOT have more than 16384 characters"}];
return false;
}
else {
if(func3(data24) < 1){
validate22.errors = [{instancePath:instancePath+"/signature/signature",schemaPath:"#/$defs/signature/properties/signature/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/signature/signature",schemaPath:"#/$defs/signature/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs51 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/$defs/signature/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema65 = {"type":"object","description":"A lesson learned, attached to the paths it concerns (ao learn).","required":["schema","type","id","seq","prev","createdAt","ledger","text","paths","tags","negative","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"learning"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"text":{"$ref":"#/$defs/text"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"tags":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},"maxItems":20,"uniqueItems":true},"negative":{"type":"boolean"},"from":{"description":"The verdict the lesson was drawn from.","$ref":"#/$defs/recordId"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};
const schema71 = {"description":"A path glob in the policy's syntax: without '/' it matches a file name anywhere, with '/' from the repository root.","type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"};
const pattern37 = new RegExp("^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$", "u");
const pattern38 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.text === undefined) && (missing0 = "text"))) || ((data.paths === undefined) && (missing0 = "paths"))) || ((data.tags === undefined) && (missing0 = "tags"))) || ((data.negative === undefined) && (missing0 = "negative"))) || ((data.author === undefined) && (missing0 = "author"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema65.properties, key0))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate33.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate33.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("learning" !== data.type){
validate33.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "learning"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate33.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate33.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate33.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate33.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate33.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate33.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate33.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate33.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data8 = data.text;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(func3(data8) > 4000){
validate33.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data8) < 1){
validate33.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/text",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.paths !== undefined){
let data9 = data.paths;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data9)){
if(data9.length > 100){
validate33.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data9.length < 1){
validate33.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid8 = true;
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data10 === "string"){
if(func3(data10) > 1000){
validate33.errors = [{instancePath:instancePath+"/paths/" + i2,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data10) < 1){
validate33.errors = [{instancePath:instancePath+"/paths/" + i2,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern37.test(data10)){
validate33.errors = [{instancePath:instancePath+"/paths/" + i2,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/paths/" + i2,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs25 === errors;
if(!valid8){
break;
}
}
if(valid8){
let i3 = data9.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data9[i3], data9[j1])){
validate33.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break outer1;
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data11 = data.tags;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data11)){
if(data11.length > 20){
validate33.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];
return false;
}
else {
var valid11 = true;
const len2 = data11.length;
for(let i4=0; i4<len2; i4++){
let data12 = data11[i4];
const _errs30 = errors;
if(errors === _errs30){
if(typeof data12 === "string"){
if(!pattern38.test(data12)){
validate33.errors = [{instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs30 === errors;
if(!valid11){
break;
}
}
if(valid11){
let i5 = data11.length;
let j2;
if(i5 > 1){
const indices0 = {};
for(;i5--;){
let item0 = data11[i5];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j2 = indices0[item0];
validate33.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
return false;
break;
}
indices0[item0] = i5;
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.negative !== undefined){
const _errs32 = errors;
if(typeof data.negative !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/negative",schemaPath:"#/properties/negative/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.from !== undefined){
let data14 = data.from;
const _errs34 = errors;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data14 === "string"){
if(!pattern4.test(data14)){
validate33.errors = [{instancePath:instancePath+"/from",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/from",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
let data15 = data.author;
const _errs37 = errors;
const _errs38 = errors;
if(errors === _errs38){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing1;
if(((data15.id === undefined) && (missing1 = "id")) || ((data15.kind === undefined) && (missing1 = "kind"))){
validate33.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs40 = errors;
for(const key1 in data15){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate33.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs40 === errors){
if(data15.id !== undefined){
let data16 = data15.id;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data16 === "string"){
if(func3(data16) > 256){
validate33.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data16) < 1){
validate33.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data16)){
validate33.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs41 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data15.kind !== undefined){
let data17 = data15.kind;
const _errs43 = errors;
if(!((((data17 === "agent") || (data17 === "human")) || (data17 === "ci")) || (data17 === "tool"))){
validate33.errors = [{instancePath:instancePath+"/author/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid15 = _errs43 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data15.session !== undefined){
let data18 = data15.session;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data18 === "string"){
if(func3(data18) > 256){
validate33.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data18) < 1){
validate33.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data18)){
validate33.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs44 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema74 = {"type":"object","description":"A learning turned into a constraint of .agents/policy.json (ao promote).","required":["schema","type","id","seq","prev","createdAt","ledger","learning","constraint","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"promotion"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"learning":{"description":"The learning promoted.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraint"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};
const schema80 = {"type":"object","description":"A learning promoted into the policy: exactly one rule, enforced on changes touching its paths. Same shape as a policy constraint.","required":["id","learning","paths"],"properties":{"id":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"type":"string","minLength":1,"maxLength":500},"requireEvidence":{"enum":["test","command","review","link"]},"requireCheckerKind":{"enum":["agent","human","ci","tool"]},"forbidPattern":{"type":"string","minLength":1,"maxLength":500},"requireCheck":{"type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false};
const schema81 = {"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"};
const pattern47 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.requireEvidence === undefined) && (missing0 = "requireEvidence")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.requireCheckerKind === undefined) && (missing1 = "requireCheckerKind")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.forbidPattern === undefined) && (missing2 = "forbidPattern")){
const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.requireCheck === undefined) && (missing3 = "requireCheck")){
const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
}
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate35.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((((data.id === undefined) && (missing4 = "id")) || ((data.learning === undefined) && (missing4 = "learning"))) || ((data.paths === undefined) && (missing4 = "paths"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "learning")) || (key0 === "paths")) || (key0 === "note")) || (key0 === "requireEvidence")) || (key0 === "requireCheckerKind")) || (key0 === "forbidPattern")) || (key0 === "requireCheck"))){
validate35.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data0 === "string"){
if(!pattern47.test(data0)){
validate35.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/constraintId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/constraintId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.learning !== undefined){
let data1 = data.learning;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate35.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.paths !== undefined){
let data2 = data.paths;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data2)){
if(data2.length > 100){
validate35.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate35.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid4 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data3 === "string"){
if(func3(data3) > 1000){
validate35.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data3) < 1){
validate35.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern37.test(data3)){
validate35.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs15 === errors;
if(!valid4){
break;
}
}
if(valid4){
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
validate35.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.note !== undefined){
let data4 = data.note;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data4 === "string"){
if(func3(data4) > 500){
validate35.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate35.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireEvidence !== undefined){
let data5 = data.requireEvidence;
const _errs20 = errors;
if(!((((data5 === "test") || (data5 === "command")) || (data5 === "review")) || (data5 === "link"))){
validate35.errors = [{instancePath:instancePath+"/requireEvidence",schemaPath:"#/properties/requireEvidence/enum",keyword:"enum",params:{allowedValues: schema80.properties.requireEvidence.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs20 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireCheckerKind !== undefined){
let data6 = data.requireCheckerKind;
const _errs21 = errors;
if(!((((data6 === "agent") || (data6 === "human")) || (data6 === "ci")) || (data6 === "tool"))){
validate35.errors = [{instancePath:instancePath+"/requireCheckerKind",schemaPath:"#/properties/requireCheckerKind/enum",keyword:"enum",params:{allowedValues: schema80.properties.requireCheckerKind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.forbidPattern !== undefined){
let data7 = data.forbidPattern;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data7 === "string"){
if(func3(data7) > 500){
validate35.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func3(data7) < 1){
validate35.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireCheck !== undefined){
let data8 = data.requireCheck;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data8 === "string"){
if(func3(data8) > 4000){
validate35.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data8) < 1){
validate35.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.learning === undefined) && (missing0 = "learning"))) || ((data.constraint === undefined) && (missing0 = "constraint"))) || ((data.author === undefined) && (missing0 = "author"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema74.properties, key0))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate34.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate34.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate34.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("promotion" !== data.type){
validate34.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "promotion"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate34.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate34.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate34.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate34.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate34.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate34.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate34.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate34.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.learning !== undefined){
let data8 = data.learning;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
validate34.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.constraint !== undefined){
const _errs23 = errors;
if(!(validate35(data.constraint, {instancePath:instancePath+"/constraint",parentData:data,parentDataProperty:"constraint",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
let data10 = data.author;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((data10.id === undefined) && (missing1 = "id")) || ((data10.kind === undefined) && (missing1 = "kind"))){
validate34.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key1 in data10){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate34.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data10.id !== undefined){
let data11 = data10.id;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data11 === "string"){
if(func3(data11) > 256){
validate34.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data11) < 1){
validate34.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data11)){
validate34.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs28 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data10.kind !== undefined){
let data12 = data10.kind;
const _errs30 = errors;
if(!((((data12 === "agent") || (data12 === "human")) || (data12 === "ci")) || (data12 === "tool"))){
validate34.errors = [{instancePath:instancePath+"/author/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs30 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data10.session !== undefined){
let data13 = data10.session;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data13 === "string"){
if(func3(data13) > 256){
validate34.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data13) < 1){
validate34.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data13)){
validate34.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs31 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema85 = {"type":"object","description":"A constraint taken out of the policy, and why (ao retire).","required":["schema","type","id","seq","prev","createdAt","ledger","constraint","learning","why","author"],"properties":{"schema":{"const":"agentops-verdict/record@1"},"id":{"$ref":"#/$defs/recordId"},"createdAt":{"$ref":"#/$defs/timestamp"},"type":{"const":"retirement"},"seq":{"type":"integer","minimum":1,"maximum":9007199254740991},"prev":{"type":"array","items":{"$ref":"#/$defs/recordId"},"minItems":1,"maxItems":256,"uniqueItems":true},"ledger":{"description":"The id of this ledger's genesis record.","$ref":"#/$defs/recordId"},"constraint":{"$ref":"#/$defs/constraintId"},"learning":{"$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record this retires, if the constraint came from ao promote.","$ref":"#/$defs/recordId"},"why":{"$ref":"#/$defs/text"},"author":{"$ref":"#/$defs/actor"}},"additionalProperties":false};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.seq === undefined) && (missing0 = "seq"))) || ((data.prev === undefined) && (missing0 = "prev"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.constraint === undefined) && (missing0 = "constraint"))) || ((data.learning === undefined) && (missing0 = "learning"))) || ((data.why === undefined) && (missing0 = "why"))) || ((data.author === undefined) && (missing0 = "author"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema85.properties, key0))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/record@1" !== data.schema){
validate37.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/record@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate37.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdAt !== undefined){
let data2 = data.createdAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate37.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"},message:"must match pattern \""+"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?Z$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs9 = errors;
if("retirement" !== data.type){
validate37.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "retirement"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seq !== undefined){
let data4 = data.seq;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate37.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
validate37.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate37.errors = [{instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prev !== undefined){
let data5 = data.prev;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
if(data5.length > 256){
validate37.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items"}];
return false;
}
else {
if(data5.length < 1){
validate37.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate37.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/prev/" + i0,schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate37.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/prev",schemaPath:"#/properties/prev/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data7 = data.ledger;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate37.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.constraint !== undefined){
let data8 = data.constraint;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data8 === "string"){
if(!pattern47.test(data8)){
validate37.errors = [{instancePath:instancePath+"/constraint",schemaPath:"#/$defs/constraintId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/constraint",schemaPath:"#/$defs/constraintId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.learning !== undefined){
let data9 = data.learning;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
validate37.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.promotion !== undefined){
let data10 = data.promotion;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
validate37.errors = [{instancePath:instancePath+"/promotion",schemaPath:"#/$defs/recordId/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/promotion",schemaPath:"#/$defs/recordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.why !== undefined){
let data11 = data.why;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data11 === "string"){
if(func3(data11) > 4000){
validate37.errors = [{instancePath:instancePath+"/why",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data11) < 1){
validate37.errors = [{instancePath:instancePath+"/why",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/why",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.author !== undefined){
let data12 = data.author;
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing1;
if(((data12.id === undefined) && (missing1 = "id")) || ((data12.kind === undefined) && (missing1 = "kind"))){
validate37.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs35 = errors;
for(const key1 in data12){
if(!(((key1 === "id") || (key1 === "kind")) || (key1 === "session"))){
validate37.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs35 === errors){
if(data12.id !== undefined){
let data13 = data12.id;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data13 === "string"){
if(func3(data13) > 256){
validate37.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data13) < 1){
validate37.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data13)){
validate37.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/author/id",schemaPath:"#/$defs/actor/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs36 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data12.kind !== undefined){
let data14 = data12.kind;
const _errs38 = errors;
if(!((((data14 === "agent") || (data14 === "human")) || (data14 === "ci")) || (data14 === "tool"))){
validate37.errors = [{instancePath:instancePath+"/author/kind",schemaPath:"#/$defs/actor/properties/kind/enum",keyword:"enum",params:{allowedValues: schema53.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs38 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data12.session !== undefined){
let data15 = data12.session;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data15 === "string"){
if(func3(data15) > 256){
validate37.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data15) < 1){
validate37.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern25.test(data15)){
validate37.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f]+$"+"\""}];
return false;
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/author/session",schemaPath:"#/$defs/actor/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs39 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/author",schemaPath:"#/$defs/actor/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://agentops.dev/schemas/verdict/record/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "genesis"){
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "verdict"){
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "learning"){
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "promotion"){
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "retirement"){
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};

const validatePolicy = validate43;
const schema95 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/policy/v1.json","title":"agentops/verdict policy, format version 1","description":"The gate in .agents/policy.json. See docs/spec.md.","type":"object","required":["schema","mode"],"properties":{"$schema":{"type":"string","maxLength":2000},"schema":{"const":"agentops-verdict/policy@1"},"mode":{"description":"commit: every commit needs a verdict. range: the whole pushed or proposed change needs one, or every commit in it does.","enum":["commit","range"]},"enforcement":{"description":"enforce (the default): an uncovered change fails. observe: for rollout; every check reports what would fail and passes. A broken or tampered ledger fails either way.","enum":["enforce","observe"]},"exempt":{"type":"object","properties":{"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"maxItems":500,"uniqueItems":true},"authors":{"type":"array","items":{"$ref":"#/$defs/authorPattern"},"maxItems":100,"uniqueItems":true}},"additionalProperties":false},"require":{"type":"object","properties":{"evidence":{"type":"array","items":{"$ref":"#/$defs/evidenceKind"},"maxItems":4,"uniqueItems":true},"checkerKinds":{"type":"array","items":{"$ref":"#/$defs/checkerKind"},"minItems":1,"maxItems":4,"uniqueItems":true}},"additionalProperties":false},"rules":{"type":"array","maxItems":500,"items":{"type":"object","required":["paths","anyOf"],"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100},"anyOf":{"description":"The verdict must meet at least one of these; each lists conditions that must all hold.","type":"array","minItems":1,"maxItems":20,"items":{"type":"object","minProperties":1,"properties":{"checkerKind":{"$ref":"#/$defs/checkerKind"},"evidence":{"$ref":"#/$defs/evidenceKind"}},"additionalProperties":false}}},"additionalProperties":false}},"requireSignature":{"type":"boolean"},"check":{"description":"How `ao check` runs checkers and counts its council of judges. Read from the base of the change under check, like the rest of the policy, so a change cannot loosen the rules it is checked under. See docs/check.md.","type":"object","properties":{"minModelFamilies":{"description":"The passing judges must come from at least this many distinct model families (anthropic, openai, google, ...): an agent reviewing work of its own family shares its blind spots. Judges whose family is unknown do not count. Default: no requirement.","type":"integer","minimum":1,"maximum":20},"warnIsPass":{"description":"Whether a judge's \"warn\" counts as a pass. Default: true.","type":"boolean"},"failOn":{"description":"A severity: a judge's review with a finding of this severity or worse counts as a fail, whatever verdict the judge gave. The decision is made in code, not left to the judge. Default: none.","enum":["info","low","medium","high","critical"]},"envAllow":{"description":"Names of environment variables passed through to checkers, besides PATH and LANG (HOME and TMPDIR are always fresh temporary directories). AO_* and GIT_* names cannot be allowed: they carry the worker's identity and point at the user's repository.","type":"array","items":{"$ref":"#/$defs/envName"},"maxItems":100,"uniqueItems":true}},"additionalProperties":false},"constraints":{"description":"Learnings promoted into rules (ao promote). Removing one needs a retirement record (ao retire).","type":"array","maxItems":500,"items":{"$ref":"#/$defs/constraint"}}},"additionalProperties":false,"$defs":{"glob":{"type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"},"authorPattern":{"description":"An email address; '*' may stand only in the part before '@', the domain is matched exactly (case-insensitive).","type":"string","minLength":3,"maxLength":320,"pattern":"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"},"checkerKind":{"enum":["agent","human","ci","tool"]},"envName":{"type":"string","pattern":"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"},"evidenceKind":{"enum":["test","command","review","link"]},"constraint":{"description":"Exactly one rule, enforced on every change touching its paths; the learning it came from is named when it refuses one.","type":"object","required":["id","learning","paths"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"learning":{"description":"The id of the learning record it was promoted from.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"description":"A copy of the learning's text, for readers of this file.","type":"string","minLength":1,"maxLength":500},"requireEvidence":{"$ref":"#/$defs/evidenceKind"},"requireCheckerKind":{"$ref":"#/$defs/checkerKind"},"forbidPattern":{"description":"A JavaScript regular expression (no flags) no line added to its paths may match.","type":"string","minLength":1,"maxLength":500},"requireCheck":{"description":"The verdict must carry test or command evidence whose command is exactly this.","type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false}}};
const schema96 = {"type":"string","minLength":1,"maxLength":1000,"pattern":"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"};
const schema97 = {"description":"An email address; '*' may stand only in the part before '@', the domain is matched exactly (case-insensitive).","type":"string","minLength":3,"maxLength":320,"pattern":"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"};
const schema98 = {"enum":["test","command","review","link"]};
const schema99 = {"enum":["agent","human","ci","tool"]};
const schema103 = {"type":"string","pattern":"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"};
const pattern61 = new RegExp("^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$", "u");
const pattern62 = new RegExp("^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$", "u");
const pattern64 = new RegExp("^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$", "u");
const schema104 = {"description":"Exactly one rule, enforced on every change touching its paths; the learning it came from is named when it refuses one.","type":"object","required":["id","learning","paths"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"learning":{"description":"The id of the learning record it was promoted from.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"paths":{"type":"array","items":{"$ref":"#/$defs/glob"},"minItems":1,"maxItems":100,"uniqueItems":true},"note":{"description":"A copy of the learning's text, for readers of this file.","type":"string","minLength":1,"maxLength":500},"requireEvidence":{"$ref":"#/$defs/evidenceKind"},"requireCheckerKind":{"$ref":"#/$defs/checkerKind"},"forbidPattern":{"description":"A JavaScript regular expression (no flags) no line added to its paths may match.","type":"string","minLength":1,"maxLength":500},"requireCheck":{"description":"The verdict must carry test or command evidence whose command is exactly this.","type":"string","minLength":1,"maxLength":4000}},"oneOf":[{"required":["requireEvidence"]},{"required":["requireCheckerKind"]},{"required":["forbidPattern"]},{"required":["requireCheck"]}],"additionalProperties":false};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.requireEvidence === undefined) && (missing0 = "requireEvidence")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.requireCheckerKind === undefined) && (missing1 = "requireCheckerKind")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.forbidPattern === undefined) && (missing2 = "forbidPattern")){
const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.requireCheck === undefined) && (missing3 = "requireCheck")){
const err3 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
}
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate44.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((((data.id === undefined) && (missing4 = "id")) || ((data.learning === undefined) && (missing4 = "learning"))) || ((data.paths === undefined) && (missing4 = "paths"))){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "learning")) || (key0 === "paths")) || (key0 === "note")) || (key0 === "requireEvidence")) || (key0 === "requireCheckerKind")) || (key0 === "forbidPattern")) || (key0 === "requireCheck"))){
validate44.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data0 === "string"){
if(!pattern47.test(data0)){
validate44.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\""}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.learning !== undefined){
let data1 = data.learning;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate44.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/learning",schemaPath:"#/properties/learning/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.paths !== undefined){
let data2 = data.paths;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data2)){
if(data2.length > 100){
validate44.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data2.length < 1){
validate44.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data3 === "string"){
if(func3(data3) > 1000){
validate44.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data3) < 1){
validate44.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern61.test(data3)){
validate44.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/paths/" + i0,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
validate44.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.note !== undefined){
let data4 = data.note;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(func3(data4) > 500){
validate44.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate44.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireEvidence !== undefined){
let data5 = data.requireEvidence;
const _errs18 = errors;
if(!((((data5 === "test") || (data5 === "command")) || (data5 === "review")) || (data5 === "link"))){
validate44.errors = [{instancePath:instancePath+"/requireEvidence",schemaPath:"#/$defs/evidenceKind/enum",keyword:"enum",params:{allowedValues: schema98.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireCheckerKind !== undefined){
let data6 = data.requireCheckerKind;
const _errs20 = errors;
if(!((((data6 === "agent") || (data6 === "human")) || (data6 === "ci")) || (data6 === "tool"))){
validate44.errors = [{instancePath:instancePath+"/requireCheckerKind",schemaPath:"#/$defs/checkerKind/enum",keyword:"enum",params:{allowedValues: schema99.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs20 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.forbidPattern !== undefined){
let data7 = data.forbidPattern;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data7 === "string"){
if(func3(data7) > 500){
validate44.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func3(data7) < 1){
validate44.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/forbidPattern",schemaPath:"#/properties/forbidPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.requireCheck !== undefined){
let data8 = data.requireCheck;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data8 === "string"){
if(func3(data8) > 4000){
validate44.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data8) < 1){
validate44.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/requireCheck",schemaPath:"#/properties/requireCheck/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://agentops.dev/schemas/verdict/policy/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.schema === undefined) && (missing0 = "schema")) || ((data.mode === undefined) && (missing0 = "mode"))){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema95.properties, key0))){
validate43.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
let data0 = data.$schema;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func3(data0) > 2000){
validate43.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.schema !== undefined){
const _errs4 = errors;
if("agentops-verdict/policy@1" !== data.schema){
validate43.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/policy@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mode !== undefined){
let data2 = data.mode;
const _errs5 = errors;
if(!((data2 === "commit") || (data2 === "range"))){
validate43.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema95.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.enforcement !== undefined){
let data3 = data.enforcement;
const _errs6 = errors;
if(!((data3 === "enforce") || (data3 === "observe"))){
validate43.errors = [{instancePath:instancePath+"/enforcement",schemaPath:"#/properties/enforcement/enum",keyword:"enum",params:{allowedValues: schema95.properties.enforcement.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exempt !== undefined){
let data4 = data.exempt;
const _errs7 = errors;
if(errors === _errs7){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
const _errs9 = errors;
for(const key1 in data4){
if(!((key1 === "paths") || (key1 === "authors"))){
validate43.errors = [{instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs9 === errors){
if(data4.paths !== undefined){
let data5 = data4.paths;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data5)){
if(data5.length > 500){
validate43.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data6 === "string"){
if(func3(data6) > 1000){
validate43.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data6) < 1){
validate43.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern61.test(data6)){
validate43.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt/paths/" + i0,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data5[i1], data5[j0])){
validate43.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt/paths",schemaPath:"#/properties/exempt/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data4.authors !== undefined){
let data7 = data4.authors;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data7)){
if(data7.length > 100){
validate43.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid5 = true;
const len1 = data7.length;
for(let i2=0; i2<len1; i2++){
let data8 = data7[i2];
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data8 === "string"){
if(func3(data8) > 320){
validate43.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters"}];
return false;
}
else {
if(func3(data8) < 3){
validate43.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern62.test(data8)){
validate43.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/pattern",keyword:"pattern",params:{pattern: "^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"},message:"must match pattern \""+"^(?=[^@]*[^@*?\\s])[^@\\s]+@[^@*?\\s]+\\.[^@*?\\s]+$"+"\""}];
return false;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt/authors/" + i2,schemaPath:"#/$defs/authorPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs17 === errors;
if(!valid5){
break;
}
}
if(valid5){
let i3 = data7.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data7[i3], data7[j1])){
validate43.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break outer1;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt/authors",schemaPath:"#/properties/exempt/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/exempt",schemaPath:"#/properties/exempt/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.require !== undefined){
let data9 = data.require;
const _errs20 = errors;
if(errors === _errs20){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
const _errs22 = errors;
for(const key2 in data9){
if(!((key2 === "evidence") || (key2 === "checkerKinds"))){
validate43.errors = [{instancePath:instancePath+"/require",schemaPath:"#/properties/require/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs22 === errors){
if(data9.evidence !== undefined){
let data10 = data9.evidence;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data10)){
if(data10.length > 4){
validate43.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
var valid9 = true;
const len2 = data10.length;
for(let i4=0; i4<len2; i4++){
let data11 = data10[i4];
const _errs25 = errors;
if(!((((data11 === "test") || (data11 === "command")) || (data11 === "review")) || (data11 === "link"))){
validate43.errors = [{instancePath:instancePath+"/require/evidence/" + i4,schemaPath:"#/$defs/evidenceKind/enum",keyword:"enum",params:{allowedValues: schema98.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs25 === errors;
if(!valid9){
break;
}
}
if(valid9){
let i5 = data10.length;
let j2;
if(i5 > 1){
outer2:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data10[i5], data10[j2])){
validate43.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
return false;
break outer2;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/require/evidence",schemaPath:"#/properties/require/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs23 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data9.checkerKinds !== undefined){
let data12 = data9.checkerKinds;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data12)){
if(data12.length > 4){
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
if(data12.length < 1){
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid12 = true;
const len3 = data12.length;
for(let i6=0; i6<len3; i6++){
let data13 = data12[i6];
const _errs29 = errors;
if(!((((data13 === "agent") || (data13 === "human")) || (data13 === "ci")) || (data13 === "tool"))){
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds/" + i6,schemaPath:"#/$defs/checkerKind/enum",keyword:"enum",params:{allowedValues: schema99.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs29 === errors;
if(!valid12){
break;
}
}
if(valid12){
let i7 = data12.length;
let j3;
if(i7 > 1){
outer3:
for(;i7--;){
for(j3 = i7; j3--;){
if(func0(data12[i7], data12[j3])){
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"}];
return false;
break outer3;
}
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/require/checkerKinds",schemaPath:"#/properties/require/properties/checkerKinds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs27 === errors;
}
else {
var valid8 = true;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rules !== undefined){
let data14 = data.rules;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data14)){
if(data14.length > 500){
validate43.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid15 = true;
const len4 = data14.length;
for(let i8=0; i8<len4; i8++){
let data15 = data14[i8];
const _errs33 = errors;
if(errors === _errs33){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing1;
if(((data15.paths === undefined) && (missing1 = "paths")) || ((data15.anyOf === undefined) && (missing1 = "anyOf"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs35 = errors;
for(const key3 in data15){
if(!(((key3 === "name") || (key3 === "paths")) || (key3 === "anyOf"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs35 === errors){
if(data15.name !== undefined){
let data16 = data15.name;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data16 === "string"){
if(func3(data16) > 200){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data16) < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/name",schemaPath:"#/properties/rules/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs36 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data15.paths !== undefined){
let data17 = data15.paths;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data17)){
if(data17.length > 100){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
if(data17.length < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid17 = true;
const len5 = data17.length;
for(let i9=0; i9<len5; i9++){
let data18 = data17[i9];
const _errs40 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data18 === "string"){
if(func3(data18) > 1000){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if(func3(data18) < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern61.test(data18)){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?![\\s\\S]*(?:^|/)\\.\\.(?:/|$))[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths/" + i9,schemaPath:"#/$defs/glob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs40 === errors;
if(!valid17){
break;
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/paths",schemaPath:"#/properties/rules/items/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs38 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data15.anyOf !== undefined){
let data19 = data15.anyOf;
const _errs43 = errors;
if(errors === _errs43){
if(Array.isArray(data19)){
if(data19.length > 20){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];
return false;
}
else {
if(data19.length < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid19 = true;
const len6 = data19.length;
for(let i10=0; i10<len6; i10++){
let data20 = data19[i10];
const _errs45 = errors;
if(errors === _errs45){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(Object.keys(data20).length < 1){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs47 = errors;
for(const key4 in data20){
if(!((key4 === "checkerKind") || (key4 === "evidence"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs47 === errors){
if(data20.checkerKind !== undefined){
let data21 = data20.checkerKind;
const _errs48 = errors;
if(!((((data21 === "agent") || (data21 === "human")) || (data21 === "ci")) || (data21 === "tool"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10+"/checkerKind",schemaPath:"#/$defs/checkerKind/enum",keyword:"enum",params:{allowedValues: schema99.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs48 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data20.evidence !== undefined){
let data22 = data20.evidence;
const _errs50 = errors;
if(!((((data22 === "test") || (data22 === "command")) || (data22 === "review")) || (data22 === "link"))){
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10+"/evidence",schemaPath:"#/$defs/evidenceKind/enum",keyword:"enum",params:{allowedValues: schema98.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs50 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf/" + i10,schemaPath:"#/properties/rules/items/properties/anyOf/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid19 = _errs45 === errors;
if(!valid19){
break;
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8+"/anyOf",schemaPath:"#/properties/rules/items/properties/anyOf/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs43 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules/" + i8,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid15 = _errs33 === errors;
if(!valid15){
break;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requireSignature !== undefined){
const _errs52 = errors;
if(typeof data.requireSignature !== "boolean"){
validate43.errors = [{instancePath:instancePath+"/requireSignature",schemaPath:"#/properties/requireSignature/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.check !== undefined){
let data24 = data.check;
const _errs54 = errors;
if(errors === _errs54){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
const _errs56 = errors;
for(const key5 in data24){
if(!((((key5 === "minModelFamilies") || (key5 === "warnIsPass")) || (key5 === "failOn")) || (key5 === "envAllow"))){
validate43.errors = [{instancePath:instancePath+"/check",schemaPath:"#/properties/check/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs56 === errors){
if(data24.minModelFamilies !== undefined){
let data25 = data24.minModelFamilies;
const _errs57 = errors;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
validate43.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs57){
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 20 || isNaN(data25)){
validate43.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"}];
return false;
}
else {
if(data25 < 1 || isNaN(data25)){
validate43.errors = [{instancePath:instancePath+"/check/minModelFamilies",schemaPath:"#/properties/check/properties/minModelFamilies/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid23 = _errs57 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data24.warnIsPass !== undefined){
const _errs59 = errors;
if(typeof data24.warnIsPass !== "boolean"){
validate43.errors = [{instancePath:instancePath+"/check/warnIsPass",schemaPath:"#/properties/check/properties/warnIsPass/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid23 = _errs59 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data24.failOn !== undefined){
let data27 = data24.failOn;
const _errs61 = errors;
if(!(((((data27 === "info") || (data27 === "low")) || (data27 === "medium")) || (data27 === "high")) || (data27 === "critical"))){
validate43.errors = [{instancePath:instancePath+"/check/failOn",schemaPath:"#/properties/check/properties/failOn/enum",keyword:"enum",params:{allowedValues: schema95.properties.check.properties.failOn.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid23 = _errs61 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data24.envAllow !== undefined){
let data28 = data24.envAllow;
const _errs62 = errors;
if(errors === _errs62){
if(Array.isArray(data28)){
if(data28.length > 100){
validate43.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid24 = true;
const len7 = data28.length;
for(let i11=0; i11<len7; i11++){
let data29 = data28[i11];
const _errs64 = errors;
const _errs65 = errors;
if(errors === _errs65){
if(typeof data29 === "string"){
if(!pattern64.test(data29)){
validate43.errors = [{instancePath:instancePath+"/check/envAllow/" + i11,schemaPath:"#/$defs/envName/pattern",keyword:"pattern",params:{pattern: "^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"},message:"must match pattern \""+"^(?!AO_|GIT_)(?!(?:HOME|TMPDIR)$)[A-Za-z_][A-Za-z0-9_]{0,127}$"+"\""}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/check/envAllow/" + i11,schemaPath:"#/$defs/envName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid24 = _errs64 === errors;
if(!valid24){
break;
}
}
if(valid24){
let i12 = data28.length;
let j4;
if(i12 > 1){
outer4:
for(;i12--;){
for(j4 = i12; j4--;){
if(func0(data28[i12], data28[j4])){
validate43.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i12+" are identical)"}];
return false;
break outer4;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/check/envAllow",schemaPath:"#/properties/check/properties/envAllow/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid23 = _errs62 === errors;
}
else {
var valid23 = true;
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/check",schemaPath:"#/properties/check/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.constraints !== undefined){
let data30 = data.constraints;
const _errs67 = errors;
if(errors === _errs67){
if(Array.isArray(data30)){
if(data30.length > 500){
validate43.errors = [{instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid27 = true;
const len8 = data30.length;
for(let i13=0; i13<len8; i13++){
const _errs69 = errors;
if(!(validate44(data30[i13], {instancePath:instancePath+"/constraints/" + i13,parentData:data30,parentDataProperty:i13,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid27 = _errs69 === errors;
if(!valid27){
break;
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/constraints",schemaPath:"#/properties/constraints/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs67 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const validateReviewRequest = validate46;
const schema108 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/review-request/v1.json","title":"agentops/verdict review request, format version 1","description":"What `ao check --judge CMD` writes to the judge's stdin: one JSON object, then end of file. The judge runs in a fresh temporary checkout of exactly the tree under review (its working directory) and answers with one review (review.v1.schema.json) on stdout. See docs/check.md.","type":"object","required":["schema","reviewer","subject","manifest","diff","diffTruncated","diffBytes","context","answerSchema"],"properties":{"schema":{"const":"agentops-verdict/review-request@1"},"reviewer":{"description":"The checker id this judge's review is recorded under, e.g. judge:claude.","type":"string","minLength":1,"maxLength":256},"subject":{"description":"What is under review. `digest` is the manifest digest the verdict will name.","type":"object","required":["kind","label","digest"],"properties":{"kind":{"enum":["staged","commit","range"]},"label":{"type":"string","minLength":1,"maxLength":200},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"commit":{"$ref":"#/$defs/objectId"},"base":{"$ref":"#/$defs/objectId"},"head":{"$ref":"#/$defs/objectId"}},"additionalProperties":false},"manifest":{"description":"Every changed path outside .agents/ledger/, sorted by path bytes, as in the verdict's subject.","type":"array","items":{"$ref":"#/$defs/manifestEntry"},"maxItems":10000},"diff":{"description":"The unified diff of the change (git diff, a/ and b/ prefixes, no renames, ledger excluded). Cut at a line end past 256 KiB: see diffTruncated.","type":"string"},"diffTruncated":{"description":"True when `diff` was cut; it then ends with a line starting \"[ao: diff truncated\".","type":"boolean"},"diffBytes":{"description":"The size of the whole diff in bytes, before any cut.","type":"integer","minimum":0,"maximum":9007199254740991},"context":{"description":"Markdown: the project's compiled context for the touched paths (conventions, owners, rules). May be empty.","type":"string"},"commits":{"description":"Range only: each commit of the range that changes something, oldest first, with its own diff. The working directory holds only the range's head: a commit's own content (one reverted later, say) is seen only here. A passing verdict names a commit on its own only when its diff is here whole and the passing judges list it in their review's `commits`. The diffs of all commits together are bounded by 256 KiB: a diff that does not fit whole is left out (`diff` empty, `diffTruncated` true). See docs/check.md.","type":"array","maxItems":10000,"items":{"type":"object","required":["commit","digest","title","diff","diffTruncated","diffBytes"],"properties":{"commit":{"$ref":"#/$defs/objectId"},"digest":{"description":"The manifest digest of the commit's own change: what a verdict naming the commit covers.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"title":{"description":"The first line of the commit message.","type":"string","maxLength":1000},"diff":{"description":"The commit's own diff, as `diff` is for the whole change (a merge against the tree git merge-tree recomputes for its parents, an octopus merge against its first parent). Empty when left out.","type":"string"},"diffTruncated":{"description":"True when the diff was left out: it did not fit whole in what was left of the bound.","type":"boolean"},"diffBytes":{"description":"The size of the commit's whole diff in bytes.","type":"integer","minimum":0,"maximum":9007199254740991}},"additionalProperties":false}},"answerSchema":{"description":"The format the answer must have.","const":"agentops-verdict/review@1"}},"additionalProperties":false,"$defs":{"objectId":{"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"manifestEntry":{"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"description":"A added, D deleted, M modified, T type changed.","enum":["A","D","M","T"]},"path":{"description":"The path, when it is valid UTF-8.","type":"string","minLength":1},"pathBase64":{"description":"The path's bytes in base64, when they are not valid UTF-8.","type":"string","minLength":4}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false}}};
const schema109 = {"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"};
const schema112 = {"type":"object","required":["oldMode","newMode","oldId","newId","status"],"properties":{"oldMode":{"type":"string","pattern":"^[0-7]{6}$"},"newMode":{"type":"string","pattern":"^[0-7]{6}$"},"oldId":{"$ref":"#/$defs/objectId"},"newId":{"$ref":"#/$defs/objectId"},"status":{"description":"A added, D deleted, M modified, T type changed.","enum":["A","D","M","T"]},"path":{"description":"The path, when it is valid UTF-8.","type":"string","minLength":1},"pathBase64":{"description":"The path's bytes in base64, when they are not valid UTF-8.","type":"string","minLength":4}},"oneOf":[{"required":["path"]},{"required":["pathBase64"]}],"additionalProperties":false};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.path === undefined) && (missing0 = "path")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.pathBase64 === undefined) && (missing1 = "pathBase64")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate47.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((((data.oldMode === undefined) && (missing2 = "oldMode")) || ((data.newMode === undefined) && (missing2 = "newMode"))) || ((data.oldId === undefined) && (missing2 = "oldId"))) || ((data.newId === undefined) && (missing2 = "newId"))) || ((data.status === undefined) && (missing2 = "status"))){
validate47.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(((((((key0 === "oldMode") || (key0 === "newMode")) || (key0 === "oldId")) || (key0 === "newId")) || (key0 === "status")) || (key0 === "path")) || (key0 === "pathBase64"))){
validate47.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.oldMode !== undefined){
let data0 = data.oldMode;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern12.test(data0)){
validate47.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/oldMode",schemaPath:"#/properties/oldMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.newMode !== undefined){
let data1 = data.newMode;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
validate47.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/pattern",keyword:"pattern",params:{pattern: "^[0-7]{6}$"},message:"must match pattern \""+"^[0-7]{6}$"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/newMode",schemaPath:"#/properties/newMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.oldId !== undefined){
let data2 = data.oldId;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
validate47.errors = [{instancePath:instancePath+"/oldId",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/oldId",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.newId !== undefined){
let data3 = data.newId;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(!pattern14.test(data3)){
validate47.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/newId",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.status !== undefined){
let data4 = data.status;
const _errs15 = errors;
if(!((((data4 === "A") || (data4 === "D")) || (data4 === "M")) || (data4 === "T"))){
validate47.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema112.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.path !== undefined){
let data5 = data.path;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data5 === "string"){
if(func3(data5) < 1){
validate47.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.pathBase64 !== undefined){
let data6 = data.pathBase64;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if(func3(data6) < 4){
validate47.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/minLength",keyword:"minLength",params:{limit: 4},message:"must NOT have fewer than 4 characters"}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/pathBase64",schemaPath:"#/properties/pathBase64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://agentops.dev/schemas/verdict/review-request/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.schema === undefined) && (missing0 = "schema")) || ((data.reviewer === undefined) && (missing0 = "reviewer"))) || ((data.subject === undefined) && (missing0 = "subject"))) || ((data.manifest === undefined) && (missing0 = "manifest"))) || ((data.diff === undefined) && (missing0 = "diff"))) || ((data.diffTruncated === undefined) && (missing0 = "diffTruncated"))) || ((data.diffBytes === undefined) && (missing0 = "diffBytes"))) || ((data.context === undefined) && (missing0 = "context"))) || ((data.answerSchema === undefined) && (missing0 = "answerSchema"))){
validate46.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema108.properties, key0))){
validate46.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/review-request@1" !== data.schema){
validate46.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/review-request@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reviewer !== undefined){
let data1 = data.reviewer;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func3(data1) > 256){
validate46.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/properties/reviewer/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(func3(data1) < 1){
validate46.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/properties/reviewer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/reviewer",schemaPath:"#/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subject !== undefined){
let data2 = data.subject;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((data2.kind === undefined) && (missing1 = "kind")) || ((data2.label === undefined) && (missing1 = "label"))) || ((data2.digest === undefined) && (missing1 = "digest"))){
validate46.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key1 in data2){
if(!((((((key1 === "kind") || (key1 === "label")) || (key1 === "digest")) || (key1 === "commit")) || (key1 === "base")) || (key1 === "head"))){
validate46.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs7 === errors){
if(data2.kind !== undefined){
let data3 = data2.kind;
const _errs8 = errors;
if(!(((data3 === "staged") || (data3 === "commit")) || (data3 === "range"))){
validate46.errors = [{instancePath:instancePath+"/subject/kind",schemaPath:"#/properties/subject/properties/kind/enum",keyword:"enum",params:{allowedValues: schema108.properties.subject.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.label !== undefined){
let data4 = data2.label;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func3(data4) > 200){
validate46.errors = [{instancePath:instancePath+"/subject/label",schemaPath:"#/properties/subject/properties/label/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate46.errors = [{instancePath:instancePath+"/subject/label",schemaPath:"#/properties/subject/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subject/label",schemaPath:"#/properties/subject/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.digest !== undefined){
let data5 = data2.digest;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
validate46.errors = [{instancePath:instancePath+"/subject/digest",schemaPath:"#/properties/subject/properties/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subject/digest",schemaPath:"#/properties/subject/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.commit !== undefined){
let data6 = data2.commit;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data6 === "string"){
if(!pattern14.test(data6)){
validate46.errors = [{instancePath:instancePath+"/subject/commit",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subject/commit",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.base !== undefined){
let data7 = data2.base;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(!pattern14.test(data7)){
validate46.errors = [{instancePath:instancePath+"/subject/base",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subject/base",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.head !== undefined){
let data8 = data2.head;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
validate46.errors = [{instancePath:instancePath+"/subject/head",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subject/head",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manifest !== undefined){
let data9 = data.manifest;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
if(data9.length > 10000){
validate46.errors = [{instancePath:instancePath+"/manifest",schemaPath:"#/properties/manifest/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid5 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs24 = errors;
if(!(validate47(data9[i0], {instancePath:instancePath+"/manifest/" + i0,parentData:data9,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid5 = _errs24 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/manifest",schemaPath:"#/properties/manifest/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.diff !== undefined){
const _errs25 = errors;
if(typeof data.diff !== "string"){
validate46.errors = [{instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.diffTruncated !== undefined){
const _errs27 = errors;
if(typeof data.diffTruncated !== "boolean"){
validate46.errors = [{instancePath:instancePath+"/diffTruncated",schemaPath:"#/properties/diffTruncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.diffBytes !== undefined){
let data13 = data.diffBytes;
const _errs29 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate46.errors = [{instancePath:instancePath+"/diffBytes",schemaPath:"#/properties/diffBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs29){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 9007199254740991 || isNaN(data13)){
validate46.errors = [{instancePath:instancePath+"/diffBytes",schemaPath:"#/properties/diffBytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data13 < 0 || isNaN(data13)){
validate46.errors = [{instancePath:instancePath+"/diffBytes",schemaPath:"#/properties/diffBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
const _errs31 = errors;
if(typeof data.context !== "string"){
validate46.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commits !== undefined){
let data15 = data.commits;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data15)){
if(data15.length > 10000){
validate46.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid6 = true;
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
const _errs35 = errors;
if(errors === _errs35){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing2;
if(((((((data16.commit === undefined) && (missing2 = "commit")) || ((data16.digest === undefined) && (missing2 = "digest"))) || ((data16.title === undefined) && (missing2 = "title"))) || ((data16.diff === undefined) && (missing2 = "diff"))) || ((data16.diffTruncated === undefined) && (missing2 = "diffTruncated"))) || ((data16.diffBytes === undefined) && (missing2 = "diffBytes"))){
validate46.errors = [{instancePath:instancePath+"/commits/" + i1,schemaPath:"#/properties/commits/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs37 = errors;
for(const key2 in data16){
if(!((((((key2 === "commit") || (key2 === "digest")) || (key2 === "title")) || (key2 === "diff")) || (key2 === "diffTruncated")) || (key2 === "diffBytes"))){
validate46.errors = [{instancePath:instancePath+"/commits/" + i1,schemaPath:"#/properties/commits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs37 === errors){
if(data16.commit !== undefined){
let data17 = data16.commit;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data17 === "string"){
if(!pattern14.test(data17)){
validate46.errors = [{instancePath:instancePath+"/commits/" + i1+"/commit",schemaPath:"#/$defs/objectId/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/commits/" + i1+"/commit",schemaPath:"#/$defs/objectId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs38 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data16.digest !== undefined){
let data18 = data16.digest;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
validate46.errors = [{instancePath:instancePath+"/commits/" + i1+"/digest",schemaPath:"#/properties/commits/items/properties/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/commits/" + i1+"/digest",schemaPath:"#/properties/commits/items/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs41 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data16.title !== undefined){
let data19 = data16.title;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data19 === "string"){
if(func3(data19) > 1000){
validate46.errors = [{instancePath:instancePath+"/commits/" + i1+"/title",schemaPath:"#/properties/commits/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/commits/" + i1+"/title",schemaPath:"#/properties/commits/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs43 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data16.diff !== undefined){
const _errs45 = errors;
if(typeof data16.diff !== "string"){
validate46.errors = [{instancePath:instancePath+"/commits/" + i1+"/diff",schemaPath:"#/properties/commits/items/properties/diff/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs45 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data16.diffTruncated !== undefined){
const _errs47 = errors;
if(typeof data16.diffTruncated !== "boolean"){
validate46.errors = [{instancePath:instancePath+"/commits/" + i1+"/diffTruncated",schemaPath:"#/properties/commits/items/properties/diffTruncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid7 = _errs47 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data16.diffBytes !== undefined){
let data22 = data16.diffBytes;
const _errs49 = errors;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
validate46.errors = [{instancePath:instancePath+"/commits/" + i1+"/diffBytes",schemaPath:"#/properties/commits/items/properties/diffBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs49){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 9007199254740991 || isNaN(data22)){
validate46.errors = [{instancePath:instancePath+"/commits/" + i1+"/diffBytes",schemaPath:"#/properties/commits/items/properties/diffBytes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data22 < 0 || isNaN(data22)){
validate46.errors = [{instancePath:instancePath+"/commits/" + i1+"/diffBytes",schemaPath:"#/properties/commits/items/properties/diffBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid7 = _errs49 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/commits/" + i1,schemaPath:"#/properties/commits/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs35 === errors;
if(!valid6){
break;
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.answerSchema !== undefined){
const _errs51 = errors;
if("agentops-verdict/review@1" !== data.answerSchema){
validate46.errors = [{instancePath:instancePath+"/answerSchema",schemaPath:"#/properties/answerSchema/const",keyword:"const",params:{allowedValue: "agentops-verdict/review@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const validateReview = validate49;
const schema116 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agentops.dev/schemas/verdict/review/v1.json","title":"agentops/verdict review, format version 1","description":"What a judge run by `ao check --judge` prints on stdout: exactly one JSON object of this shape and nothing else. Anything that is not (no answer, invalid JSON, an unknown field, a timeout, a crash) is recorded as an error, never as a pass. See docs/check.md.","type":"object","required":["verdict","summary"],"properties":{"schema":{"const":"agentops-verdict/review@1"},"verdict":{"description":"pass: good to land. warn: lands, with findings worth reading (a pass unless the policy sets check.warnIsPass to false). fail: must not land as is.","enum":["pass","warn","fail"]},"summary":{"description":"One paragraph: what was reviewed and why this verdict.","type":"string","minLength":1,"maxLength":4000},"model":{"description":"The model that reviewed, when the judge is an agent, e.g. claude-sonnet-4-5 or gpt-5. Its model family is derived from it unless `family` is given.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"},"family":{"description":"The model family (vendor lineage), e.g. anthropic, openai, google. Overrides the one derived from `model`.","type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"maxItems":500},"commits":{"description":"Range only: the commits (ids from the request's `commits`) whose own diff this judge reviewed, and to which its verdict applies on its own. A passing verdict names a commit by its own digest only when the passing judges list it; a judge that leaves this out vouches for the range as a whole only.","type":"array","items":{"type":"string","pattern":"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},"maxItems":10000,"uniqueItems":true}},"additionalProperties":false,"$defs":{"path":{"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"},"finding":{"type":"object","required":["severity","category","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"description":"e.g. correctness, security, tests, performance, style.","type":"string","minLength":1,"maxLength":200},"location":{"type":"object","required":["path"],"properties":{"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000}},"additionalProperties":false},"description":{"type":"string","minLength":1,"maxLength":4000},"suggestedFix":{"type":"string","minLength":1,"maxLength":4000}},"additionalProperties":false}}};
const pattern78 = new RegExp("^[^\\u0000-\\u001f\\u007f]+$", "u");
const pattern79 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const schema117 = {"type":"object","required":["severity","category","description"],"properties":{"severity":{"enum":["info","low","medium","high","critical"]},"category":{"description":"e.g. correctness, security, tests, performance, style.","type":"string","minLength":1,"maxLength":200},"location":{"type":"object","required":["path"],"properties":{"path":{"$ref":"#/$defs/path"},"line":{"type":"integer","minimum":1,"maximum":100000000}},"additionalProperties":false},"description":{"type":"string","minLength":1,"maxLength":4000},"suggestedFix":{"type":"string","minLength":1,"maxLength":4000}},"additionalProperties":false};
const schema118 = {"description":"A repository-relative path: no leading slash, no empty, '.' or '..' segments.","type":"string","minLength":1,"maxLength":4096,"pattern":"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"};
const pattern80 = new RegExp("^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$", "u");

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.severity === undefined) && (missing0 = "severity")) || ((data.category === undefined) && (missing0 = "category"))) || ((data.description === undefined) && (missing0 = "description"))){
validate50.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "severity") || (key0 === "category")) || (key0 === "location")) || (key0 === "description")) || (key0 === "suggestedFix"))){
validate50.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.severity !== undefined){
let data0 = data.severity;
const _errs2 = errors;
if(!(((((data0 === "info") || (data0 === "low")) || (data0 === "medium")) || (data0 === "high")) || (data0 === "critical"))){
validate50.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema117.properties.severity.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
let data1 = data.category;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func3(data1) > 200){
validate50.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data1) < 1){
validate50.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.location !== undefined){
let data2 = data.location;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.path === undefined) && (missing1 = "path")){
validate50.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key1 in data2){
if(!((key1 === "path") || (key1 === "line"))){
validate50.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs7 === errors){
if(data2.path !== undefined){
let data3 = data2.path;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func3(data3) > 4096){
validate50.errors = [{instancePath:instancePath+"/location/path",schemaPath:"#/$defs/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(func3(data3) < 1){
validate50.errors = [{instancePath:instancePath+"/location/path",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern80.test(data3)){
validate50.errors = [{instancePath:instancePath+"/location/path",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"},message:"must match pattern \""+"^(?!/)(?!(?:.*/)?\\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\\u0000]+$"+"\""}];
return false;
}
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/location/path",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.line !== undefined){
let data4 = data2.line;
const _errs11 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate50.errors = [{instancePath:instancePath+"/location/line",schemaPath:"#/properties/location/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100000000 || isNaN(data4)){
validate50.errors = [{instancePath:instancePath+"/location/line",schemaPath:"#/properties/location/properties/line/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate50.errors = [{instancePath:instancePath+"/location/line",schemaPath:"#/properties/location/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data5 = data.description;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func3(data5) > 4000){
validate50.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data5) < 1){
validate50.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suggestedFix !== undefined){
let data6 = data.suggestedFix;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(func3(data6) > 4000){
validate50.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data6) < 1){
validate50.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/suggestedFix",schemaPath:"#/properties/suggestedFix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://agentops.dev/schemas/verdict/review/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.verdict === undefined) && (missing0 = "verdict")) || ((data.summary === undefined) && (missing0 = "summary"))){
validate49.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "schema") || (key0 === "verdict")) || (key0 === "summary")) || (key0 === "model")) || (key0 === "family")) || (key0 === "findings")) || (key0 === "commits"))){
validate49.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schema !== undefined){
const _errs2 = errors;
if("agentops-verdict/review@1" !== data.schema){
validate49.errors = [{instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/const",keyword:"const",params:{allowedValue: "agentops-verdict/review@1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verdict !== undefined){
let data1 = data.verdict;
const _errs3 = errors;
if(!(((data1 === "pass") || (data1 === "warn")) || (data1 === "fail"))){
validate49.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema116.properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data2 = data.summary;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(func3(data2) > 4000){
validate49.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"}];
return false;
}
else {
if(func3(data2) < 1){
validate49.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.model !== undefined){
let data3 = data.model;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data3 === "string"){
if(func3(data3) > 200){
validate49.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(func3(data3) < 1){
validate49.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern78.test(data3)){
validate49.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\""}];
return false;
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.family !== undefined){
let data4 = data.family;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data4 === "string"){
if(func3(data4) > 100){
validate49.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func3(data4) < 1){
validate49.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern79.test(data4)){
validate49.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""}];
return false;
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.findings !== undefined){
let data5 = data.findings;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data5)){
if(data5.length > 500){
validate49.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(!(validate50(data5[i0], {instancePath:instancePath+"/findings/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commits !== undefined){
let data7 = data.commits;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data7)){
if(data7.length > 10000){
validate49.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items"}];
return false;
}
else {
var valid2 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
const _errs15 = errors;
if(errors === _errs15){
if(typeof data8 === "string"){
if(!pattern14.test(data8)){
validate49.errors = [{instancePath:instancePath+"/commits/" + i1,schemaPath:"#/properties/commits/items/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$"},message:"must match pattern \""+"^(?:[0-9a-f]{40}|[0-9a-f]{64})$"+"\""}];
return false;
}
}
else {
validate49.errors = [{instancePath:instancePath+"/commits/" + i1,schemaPath:"#/properties/commits/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i2 = data7.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data7[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate49.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"}];
return false;
break;
}
indices0[item0] = i2;
}
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./src/core/schemas.ts





const RECORD_SCHEMA_ID = record_v1_schema_namespaceObject.Od;
const POLICY_SCHEMA_ID = policy_v1_schema_namespaceObject.Od;
const REVIEW_REQUEST_SCHEMA_ID = review_request_v1_schema_namespaceObject.Od;
const REVIEW_SCHEMA_ID = review_v1_schema_namespaceObject.Od;
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
    return validateRecord(value) ? [] : describe(validateRecord.errors);
}
function validatePolicyShape(value) {
    return validatePolicy(value) ? [] : describe(validatePolicy.errors);
}
/** The request `ao check` sends a judge; checked before sending, so judges can rely on it. */
function validateReviewRequestShape(value) {
    return validateReviewRequest(value) ? [] : describe(validateReviewRequest.errors);
}
/** A judge's answer. */
function validateReviewShape(value) {
    return validateReview(value) ? [] : describe(validateReview.errors);
}
function formatSchemaProblems(problems) {
    return problems.map((p) => `${p.pointer} ${p.message}`).join('; ');
}


/***/ }),

/***/ 1603:
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

/***/ 7882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ SIGNATURE_NAMESPACE),
/* harmony export */   Pn: () => (/* binding */ CHECKERS_PATH),
/* harmony export */   UZ: () => (/* binding */ parseCheckers),
/* harmony export */   n7: () => (/* binding */ makeSignatureCheck),
/* harmony export */   ts: () => (/* binding */ signatureProblems)
/* harmony export */ });
/* unused harmony exports MAX_CHECKERS_BYTES, verifyRecordSignature */
/* harmony import */ var _allowed_signers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8323);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9844);
/* harmony import */ var _sshsig_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4746);
/* harmony import */ var _ssh_wire_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6185);
/**
 * Signed verdicts: what a record's signature means and when it counts (docs/signing.md).
 *
 * A record's `signature` is an SSHSIG signature (as `ssh-keygen -Y sign -n agentops-verdict`
 * makes) over the UTF-8 bytes of its `id` string, e.g. "sha256:4f1c...", with no newline.
 * Under `requireSignature: true` a passing verdict counts only when that signature verifies
 * and `.agents/checkers` (allowed_signers format, read at the policy's commit) trusts the
 * signing key for the record's `checker.id`.
 */





const SIGNATURE_NAMESPACE = 'agentops-verdict';
const CHECKERS_PATH = '.agents/checkers';
const MAX_CHECKERS_BYTES = 1024 * 1024;
/** Verified (id, signature) pairs: a record is checked once per process however often it is consulted. */
const verifiedCache = new Map();
const VERIFIED_CACHE_LIMIT = 50_000;
/** Verifies a record's signature over its id, in-process. Undefined when the record is unsigned. */
function verifyRecordSignature(record) {
    const signature = record.signature;
    if (!signature)
        return undefined;
    const cacheKey = `${record.id}\n${signature.signature}`;
    const cached = verifiedCache.get(cacheKey);
    if (cached)
        return cached;
    let result;
    if (signature.format !== 'sshsig' || signature.namespace !== SIGNATURE_NAMESPACE) {
        result = { ok: false, reason: `signature format ${signature.format}/${signature.namespace} is not sshsig/${SIGNATURE_NAMESPACE}` };
    }
    else {
        try {
            result = { ok: true, publicKey: (0,_sshsig_js__WEBPACK_IMPORTED_MODULE_3__/* .verifySignature */ .Od)(signature.signature, record.id, SIGNATURE_NAMESPACE).publicKey };
        }
        catch (error) {
            if (!(error instanceof _ssh_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .SshSigError */ .gl))
                throw error;
            result = { ok: false, reason: error.message };
        }
    }
    if (verifiedCache.size >= VERIFIED_CACHE_LIMIT)
        verifiedCache.clear();
    verifiedCache.set(cacheKey, result);
    return result;
}
/** Every present signature in `records` that does not verify, as ledger problems (signatures are optional). */
function signatureProblems(records) {
    const problems = [];
    for (const record of records) {
        if (record.type !== 'verdict')
            continue;
        const result = verifyRecordSignature(record);
        if (!result || result.ok)
            continue;
        const path = (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .recordPath */ .lX)(record.seq, record.id);
        problems.push({
            code: 'bad-signature',
            message: `${path}: the signature of record ${(0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(record.id)} (checker ${record.checker.id}) does not verify over its id: ${result.reason}`,
            path,
            recordId: (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(record.id),
            fix: `a signature cannot be repaired: if the record is not committed yet, delete ${path} and record the verdict again, signed with a key .agents/checkers trusts (docs/signing.md); if it is, restore the ledger from the base branch`,
        });
    }
    return problems;
}
/**
 * Parses `.agents/checkers` for a policy that requires signatures. Missing or invalid is an
 * error: no verdict could ever count, so say so once instead of refusing every change.
 */
function parseCheckers(bytes, rev) {
    const where = `${CHECKERS_PATH} at ${rev.slice(0, 7)}`;
    const fix = `list each checker's public key in ${CHECKERS_PATH} (allowed_signers format, see docs/signing.md), e.g. ` +
        `\`ao checkers add CHECKER-ID ~/.ssh/id_ed25519.pub\`, and land it in the same reviewed change that sets ` +
        `"requireSignature": true in .agents/policy.json (the base's file is the one that counts)`;
    if (!bytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`.agents/policy.json at ${rev.slice(0, 7)} sets "requireSignature": true, but ${CHECKERS_PATH} does not exist there, so no verdict can count`, { fix });
    }
    if (bytes.length > MAX_CHECKERS_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${where} is ${bytes.length} bytes; the limit is ${MAX_CHECKERS_BYTES}`, { fix });
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${where} is not valid UTF-8`, { fix });
    }
    try {
        return { signers: (0,_allowed_signers_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAllowedSigners */ .pD)(text, where), where };
    }
    catch (error) {
        if (error instanceof _ssh_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .SshSigError */ .gl)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${error.message}`, { fix: `correct that line of ${CHECKERS_PATH} (format: docs/signing.md) through a reviewed change` });
        throw error;
    }
}
/** The signature rule for `decideChange` under `requireSignature: true`. */
function makeSignatureCheck(checkers) {
    return (record) => {
        const checker = record.checker.id;
        const result = verifyRecordSignature(record);
        if (!result)
            return `it is unsigned, and the policy requires a signature by a key that ${checkers.where} trusts for ${checker}`;
        if (!result.ok)
            return `its signature does not verify over the record id (${result.reason})`;
        const key = result.publicKey;
        const at = new Date(record.createdAt);
        if ((0,_allowed_signers_js__WEBPACK_IMPORTED_MODULE_0__/* .isKeyAllowed */ .wP)(checkers.signers, checker, key, SIGNATURE_NAMESPACE, at))
            return undefined;
        return (`it is signed by key ${key.fingerprint} (${key.type}), which ${checkers.where} does not trust for ${checker}` +
            `${whyNotTrusted(checkers.signers, checker, key, record.createdAt)}; sign with a key listed there for ${checker}, ` +
            `or add this one through a reviewed change (\`ao checkers add ${checker} KEY.pub\`)`);
    };
}
/** A hint on the nearest miss, so "not trusted" is actionable. */
function whyNotTrusted(signers, principal, key, createdAt) {
    const sameKey = signers.filter((s) => s.publicKey?.blob.equals(key.blob));
    if (sameKey.length === 0)
        return '';
    const forPrincipal = sameKey.filter((s) => (0,_allowed_signers_js__WEBPACK_IMPORTED_MODULE_0__/* .matchPatternList */ .YJ)(principal, s.principals, principal.includes('@')));
    if (forPrincipal.length === 0)
        return ` (it is listed only for ${sameKey.map((s) => s.principals).join(', ')})`;
    const entry = forPrincipal[0];
    if (entry.unusableReason)
        return ` (line ${entry.line}: ${entry.unusableReason})`;
    if (entry.namespaces !== undefined && !(0,_allowed_signers_js__WEBPACK_IMPORTED_MODULE_0__/* .matchPatternList */ .YJ)(SIGNATURE_NAMESPACE, entry.namespaces, false)) {
        return ` (line ${entry.line} limits it to namespaces "${entry.namespaces}")`;
    }
    return ` (line ${entry.line}'s valid-after/valid-before exclude the record's createdAt ${createdAt})`;
}


/***/ }),

/***/ 1812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ RSA),
/* harmony export */   QW: () => (/* binding */ parsePrivateKey),
/* harmony export */   cJ: () => (/* binding */ publicKeyFromBlob),
/* harmony export */   ee: () => (/* binding */ parsePublicKey),
/* harmony export */   tQ: () => (/* binding */ verifySignatureBlob)
/* harmony export */ });
/* unused harmony export sshFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6185);
/**
 * SSH keys, in-process with node:crypto: OpenSSH public keys and their wire blobs,
 * unencrypted openssh-key-v1 private keys, and raw SSH signature blobs made and checked
 * with them (never SHA-1).
 *
 * Supported key types: ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa
 * (signing with rsa-sha2-512; verifying rsa-sha2-256/512).
 */


const RSA_MIN_BITS = 1024; // OpenSSH's SSH_RSA_MINIMUM_MODULUS_SIZE
const RSA_MAX_BITS = 16384; // OpenSSL's verification limit
const RSA_SIGNING_ALGORITHM = 'rsa-sha2-512';
const RSA_VERIFY_HASHES = {
    'rsa-sha2-256': 'sha256',
    'rsa-sha2-512': 'sha512',
};
const ECDSA_CURVES = {
    'ecdsa-sha2-nistp256': { sshCurveName: 'nistp256', jwkCurve: 'P-256', fieldBytes: 32, hash: 'sha256' },
    'ecdsa-sha2-nistp384': { sshCurveName: 'nistp384', jwkCurve: 'P-384', fieldBytes: 48, hash: 'sha384' },
    'ecdsa-sha2-nistp521': { sshCurveName: 'nistp521', jwkCurve: 'P-521', fieldBytes: 66, hash: 'sha512' },
};
const ED25519 = 'ssh-ed25519';
/** RSA keys sign with rsa-sha2-512: an ssh-agent must be asked for it by flag. */
const RSA = 'ssh-rsa';
const SUPPORTED_KEY_TYPES = [ED25519, ...Object.keys(ECDSA_CURVES), RSA];
// ---------------------------------------------------------------------------
// Public keys
/** Building a KeyObject is the costly part of a verify. Returned keys are shared: treat them as read-only. */
const publicKeyCache = new Map();
const PUBLIC_KEY_CACHE_LIMIT = 4096;
function sshFingerprint(blob) {
    return `SHA256:${node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}
/** Parses an OpenSSH public key line: `type base64 [comment]`. */
function parsePublicKey(text) {
    if (typeof text !== 'string')
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl('public key must be a string');
    const fields = text.trim().split(/\s+/);
    if (fields.length < 2 || fields[0] === '') {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`public key ${(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(text.trim())} is not of the form "type base64 [comment]"`);
    }
    const [type, encoded] = fields;
    const key = publicKeyFromBlob((0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeStrictBase64 */ .LV)(encoded, `${type} public key`));
    if (key.type !== type) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`public key says ${(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(type)} but its data is a ${key.type} key`);
    }
    return key;
}
/** Parses an SSH wire-format public key blob, caching the result per blob. */
function publicKeyFromBlob(blob) {
    const cacheKey = blob.toString('base64');
    const cached = publicKeyCache.get(cacheKey);
    if (cached)
        return cached;
    const ownedBlob = Buffer.from(blob); // callers may reuse their buffer
    const { type, key } = decodePublicKeyBlob(ownedBlob);
    const result = Object.freeze({
        type,
        blob: ownedBlob,
        text: `${type} ${cacheKey}`,
        fingerprint: sshFingerprint(ownedBlob),
        key,
    });
    if (publicKeyCache.size >= PUBLIC_KEY_CACHE_LIMIT) {
        publicKeyCache.delete(publicKeyCache.keys().next().value);
    }
    publicKeyCache.set(cacheKey, result);
    return result;
}
function decodePublicKeyBlob(blob) {
    const reader = new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshReader */ .o(blob, 'public key');
    const type = reader.ascii('key type');
    const jwk = readPublicJwk(type, reader);
    reader.end();
    return { type, key: importKey(jwk, 'public', type) };
}
/** Reads the type-specific public fields that follow the key type in blobs and private keys. */
function readPublicJwk(type, reader) {
    if (type === ED25519) {
        const publicBytes = reader.string();
        if (publicBytes.length !== 32) {
            throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`ssh-ed25519 public key is ${publicBytes.length} bytes, expected 32`);
        }
        return { kty: 'OKP', crv: 'Ed25519', x: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(publicBytes) };
    }
    const curve = ECDSA_CURVES[type];
    if (curve) {
        const curveName = reader.ascii('curve name');
        if (curveName !== curve.sshCurveName) {
            throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`${type} key names curve ${(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(curveName)}, expected ${curve.sshCurveName}`);
        }
        const point = reader.string();
        // Only uncompressed points (0x04 || X || Y), like OpenSSH.
        if (point.length !== 1 + 2 * curve.fieldBytes || point[0] !== 0x04) {
            throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`${type} public point is not an uncompressed ${curve.sshCurveName} point`);
        }
        return {
            kty: 'EC',
            crv: curve.jwkCurve,
            x: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(point.subarray(1, 1 + curve.fieldBytes)),
            y: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(point.subarray(1 + curve.fieldBytes)),
        };
    }
    if (type === RSA) {
        const exponent = reader.mpint('RSA exponent');
        const modulus = reader.mpint('RSA modulus');
        checkRsaModulus(modulus);
        if (exponent.length === 0 || exponent.length > 8 || (exponent[exponent.length - 1] & 1) === 0) {
            throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl('RSA public exponent is not a small odd number');
        }
        return { kty: 'RSA', n: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(modulus), e: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(exponent) };
    }
    if (type.includes('-cert-')) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`SSH certificates (${type}) are not supported; use the plain public key`);
    }
    throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`unsupported SSH key type ${(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(type)} (supported: ${SUPPORTED_KEY_TYPES.join(', ')})`);
}
function checkRsaModulus(modulus) {
    const bits = modulus.length === 0 ? 0 : (modulus.length - 1) * 8 + (32 - Math.clz32(modulus[0]));
    if (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`RSA key is ${bits} bits; must be between ${RSA_MIN_BITS} and ${RSA_MAX_BITS}`);
    }
}
function importKey(jwk, kind, type) {
    try {
        return kind === 'public'
            ? node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createPublicKey({ key: jwk, format: 'jwk' })
            : node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createPrivateKey({ key: jwk, format: 'jwk' });
    }
    catch (error) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`invalid ${type} ${kind} key: ${error.message}`);
    }
}
// ---------------------------------------------------------------------------
// Signature blobs (string algorithm || string signature)
/** Verifies a raw SSH signature blob over `data`; throws SshSigError on any mismatch. */
function verifySignatureBlob(publicKey, signatureBlob, data) {
    const reader = new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshReader */ .o(signatureBlob, 'signature blob');
    const algorithm = reader.ascii('signature algorithm');
    const signature = reader.string();
    reader.end();
    let valid;
    if (publicKey.type === ED25519) {
        expectAlgorithm(algorithm, ED25519, publicKey);
        if (signature.length !== 64)
            throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`ssh-ed25519 signature is ${signature.length} bytes, expected 64`);
        valid = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().verify(null, data, publicKey.key, signature);
    }
    else if (ECDSA_CURVES[publicKey.type]) {
        const curve = ECDSA_CURVES[publicKey.type];
        expectAlgorithm(algorithm, publicKey.type, publicKey);
        const p1363 = ecdsaSshToP1363(signature, curve);
        valid = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().verify(curve.hash, data, { key: publicKey.key, dsaEncoding: 'ieee-p1363' }, p1363);
    }
    else if (publicKey.type === RSA) {
        const hash = RSA_VERIFY_HASHES[algorithm];
        if (!hash) {
            throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(algorithm === RSA
                ? 'RSA signature uses ssh-rsa (SHA-1), which is not accepted; sign with rsa-sha2-256 or rsa-sha2-512'
                : `RSA key cannot verify a ${(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(algorithm)} signature`);
        }
        const modulusBytes = Math.ceil((publicKey.key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
        if (signature.length === 0 || signature.length > modulusBytes) {
            throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`RSA signature is ${signature.length} bytes, modulus is ${modulusBytes}`);
        }
        // OpenSSH accepts signatures with leading zero bytes stripped; OpenSSL wants the full width.
        valid = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().verify(hash, data, publicKey.key, (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .leftPad */ .PX)(signature, modulusBytes, 'RSA signature'));
    }
    else {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`unsupported key type ${(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(publicKey.type)}`);
    }
    if (!valid)
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`signature does not verify with ${publicKey.type} key ${publicKey.fingerprint}`);
}
function expectAlgorithm(algorithm, expected, publicKey) {
    if (algorithm !== expected) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`signature algorithm ${(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(algorithm)} does not match ${publicKey.type} key ${publicKey.fingerprint}`);
    }
}
/** SSH encodes ECDSA signatures as mpint r || mpint s; OpenSSL's P1363 form is fixed-width r || s. */
function ecdsaSshToP1363(signature, curve) {
    const reader = new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshReader */ .o(signature, 'ECDSA signature');
    const r = reader.mpint('r');
    const s = reader.mpint('s');
    reader.end();
    return Buffer.concat([(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .leftPad */ .PX)(r, curve.fieldBytes, 'ECDSA r'), (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .leftPad */ .PX)(s, curve.fieldBytes, 'ECDSA s')]);
}
function ecdsaP1363ToSsh(p1363, curve) {
    const r = p1363.subarray(0, curve.fieldBytes);
    const s = p1363.subarray(curve.fieldBytes);
    return Buffer.concat([(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshMpint */ .vF)(r), (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshMpint */ .vF)(s)]);
}
// ---------------------------------------------------------------------------
// Private keys (openssh-key-v1)
const PRIVATE_KEY_BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const PRIVATE_KEY_END = '-----END OPENSSH PRIVATE KEY-----';
const PRIVATE_KEY_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');
/** Parses an unencrypted OpenSSH private key and returns a signer for it. */
function parsePrivateKey(pem) {
    const text = (typeof pem === 'string' ? pem : Buffer.isBuffer(pem) ? pem.toString('latin1') : '').trim();
    if (!text.startsWith(PRIVATE_KEY_BEGIN) || !text.endsWith(PRIVATE_KEY_END)) {
        if (text.startsWith('-----BEGIN ') && text.includes('PRIVATE KEY-----')) {
            throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl('private key is in PEM/PKCS#8 format; only OpenSSH format is supported (convert with `ssh-keygen -p -f KEY`)');
        }
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`private key must start with ${PRIVATE_KEY_BEGIN}`);
    }
    const body = text.slice(PRIVATE_KEY_BEGIN.length, text.length - PRIVATE_KEY_END.length).replace(/\s+/g, '');
    const reader = new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshReader */ .o((0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeStrictBase64 */ .LV)(body, 'OpenSSH private key'), 'OpenSSH private key');
    if (!reader.bytes(PRIVATE_KEY_MAGIC.length).equals(PRIVATE_KEY_MAGIC)) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl('OpenSSH private key has a bad magic header');
    }
    const cipherName = reader.ascii('cipher name');
    const kdfName = reader.ascii('KDF name');
    reader.string(); // KDF options
    if (cipherName !== 'none' || kdfName !== 'none') {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`private key is passphrase-protected (${cipherName}); load it into ssh-agent with \`ssh-add KEY\` and sign through the agent instead`);
    }
    const keyCount = reader.uint32();
    if (keyCount !== 1)
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`OpenSSH private key file holds ${keyCount} keys, expected 1`);
    const publicKey = publicKeyFromBlob(reader.string());
    const privateSection = reader.string();
    reader.end();
    const secrets = new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshReader */ .o(privateSection, 'OpenSSH private key section');
    if (secrets.uint32() !== secrets.uint32()) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl('OpenSSH private key check bytes differ (corrupt or wrongly decrypted)');
    }
    const type = secrets.ascii('key type');
    if (type !== publicKey.type) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`OpenSSH private key is ${type} but its public key is ${publicKey.type}`);
    }
    const privateKey = readPrivateKey(type, secrets, publicKey);
    secrets.string(); // comment
    checkPadding(secrets.bytes(secrets.remaining));
    return { publicKey, sign: (data) => signData(type, privateKey, data) };
}
function readPrivateKey(type, reader, publicKey) {
    let jwk;
    if (type === ED25519) {
        const publicJwk = readPublicJwk(type, reader);
        const secret = reader.string(); // seed || public key
        if (secret.length !== 64)
            throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`ssh-ed25519 private key is ${secret.length} bytes, expected 64`);
        jwk = { ...publicJwk, d: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(secret.subarray(0, 32)) };
    }
    else if (ECDSA_CURVES[type]) {
        const curve = ECDSA_CURVES[type];
        const publicJwk = readPublicJwk(type, reader);
        const scalar = (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .leftPad */ .PX)(reader.mpint('ECDSA private scalar'), curve.fieldBytes, 'ECDSA private scalar');
        jwk = { ...publicJwk, d: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(scalar) };
    }
    else if (type === RSA) {
        // Private RSA order differs from the public blob: n, e, d, iqmp, p, q.
        const n = reader.mpint('RSA modulus');
        const e = reader.mpint('RSA exponent');
        const d = reader.mpint('RSA private exponent');
        const iqmp = reader.mpint('RSA iqmp');
        const p = reader.mpint('RSA p');
        const q = reader.mpint('RSA q');
        checkRsaModulus(n);
        const dBig = toBigInt(d);
        // JWK needs the CRT exponents OpenSSH does not store.
        const dp = dBig % (toBigInt(p) - 1n);
        const dq = dBig % (toBigInt(q) - 1n);
        jwk = {
            kty: 'RSA',
            n: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(n),
            e: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(e),
            d: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(d),
            p: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(p),
            q: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(q),
            dp: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(fromBigInt(dp)),
            dq: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(fromBigInt(dq)),
            qi: (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r0)(iqmp),
        };
    }
    else {
        // readPublicJwk produces the precise "unsupported" message.
        readPublicJwk(type, reader);
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl(`unsupported private key type ${(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(type)}`);
    }
    const privateKey = importKey(jwk, 'private', type);
    const derived = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createPublicKey(privateKey).export({ format: 'jwk' });
    const expected = publicKey.key.export({ format: 'jwk' });
    if (derived.x !== expected.x || derived.y !== expected.y || derived.n !== expected.n || derived.e !== expected.e) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl('OpenSSH private key does not match its embedded public key');
    }
    return privateKey;
}
/** The private section ends with padding bytes 1, 2, 3, ... up to the cipher block size. */
function checkPadding(padding) {
    padding.forEach((byte, index) => {
        if (byte !== index + 1)
            throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .SshSigError */ .gl('OpenSSH private key has invalid padding');
    });
}
function toBigInt(magnitude) {
    return magnitude.length === 0 ? 0n : BigInt(`0x${magnitude.toString('hex')}`);
}
function fromBigInt(value) {
    const hex = value.toString(16);
    return Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex');
}
function signData(type, privateKey, data) {
    if (type === ED25519) {
        return Buffer.concat([(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(ED25519), (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(node_crypto__WEBPACK_IMPORTED_MODULE_0___default().sign(null, data, privateKey))]);
    }
    const curve = ECDSA_CURVES[type];
    if (curve) {
        const p1363 = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().sign(curve.hash, data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
        return Buffer.concat([(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(type), (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(ecdsaP1363ToSsh(p1363, curve))]);
    }
    return Buffer.concat([(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(RSA_SIGNING_ALGORITHM), (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .sshString */ ._G)(node_crypto__WEBPACK_IMPORTED_MODULE_0___default().sign('sha512', data, privateKey))]);
}


/***/ }),

/***/ 6185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ decodeStrictBase64),
/* harmony export */   PX: () => (/* binding */ leftPad),
/* harmony export */   Qz: () => (/* binding */ sshUint32),
/* harmony export */   _G: () => (/* binding */ sshString),
/* harmony export */   gl: () => (/* binding */ SshSigError),
/* harmony export */   o: () => (/* binding */ SshReader),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   r0: () => (/* binding */ base64url),
/* harmony export */   vF: () => (/* binding */ sshMpint)
/* harmony export */ });
/**
 * The SSH wire format (RFC 4251 section 5): a bounds-checked reader, and the encoders the
 * keys, SSHSIG and the ssh-agent client share. Every failure is an SshSigError.
 */
class SshSigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SshSigError';
    }
}
/** Bounds-checked reader; every failure is an SshSigError naming `what`. */
class SshReader {
    buf;
    what;
    offset = 0;
    constructor(buf, what) {
        this.buf = buf;
        this.what = what;
    }
    get remaining() {
        return this.buf.length - this.offset;
    }
    bytes(length) {
        if (length > this.remaining) {
            throw new SshSigError(`${this.what} is truncated (needs ${length} bytes at offset ${this.offset}, has ${this.remaining})`);
        }
        const out = this.buf.subarray(this.offset, this.offset + length);
        this.offset += length;
        return out;
    }
    uint32() {
        return this.bytes(4).readUInt32BE(0);
    }
    string() {
        return this.bytes(this.uint32());
    }
    /** A string that must be printable ASCII (algorithm names, namespaces, curve names). */
    ascii(field) {
        const raw = this.string();
        if (!/^[\x20-\x7e]*$/.test(raw.toString('latin1'))) {
            throw new SshSigError(`${this.what}: ${field} contains non-printable bytes`);
        }
        return raw.toString('latin1');
    }
    /**
     * A non-negative mpint, returned as its big-endian magnitude without a sign
     * byte. Rejects negative and non-minimal encodings, as OpenSSH does.
     */
    mpint(field) {
        const raw = this.string();
        if (raw.length > 0 && (raw[0] & 0x80) !== 0) {
            throw new SshSigError(`${this.what}: ${field} is negative`);
        }
        if (raw.length > 1 && raw[0] === 0 && (raw[1] & 0x80) === 0) {
            throw new SshSigError(`${this.what}: ${field} has a non-minimal encoding`);
        }
        return raw[0] === 0 ? raw.subarray(1) : raw;
    }
    end() {
        if (this.remaining !== 0) {
            throw new SshSigError(`${this.what} has ${this.remaining} unexpected trailing bytes`);
        }
    }
}
function sshUint32(value) {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(value, 0);
    return out;
}
function sshString(value) {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    return Buffer.concat([sshUint32(bytes.length), bytes]);
}
/** Encodes an unsigned big-endian magnitude as an SSH mpint. */
function sshMpint(magnitude) {
    let start = 0;
    while (start < magnitude.length && magnitude[start] === 0)
        start++;
    const trimmed = magnitude.subarray(start);
    const needsSignByte = trimmed.length > 0 && (trimmed[0] & 0x80) !== 0;
    return sshString(needsSignByte ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
function leftPad(magnitude, length, field) {
    if (magnitude.length > length) {
        throw new SshSigError(`${field} is ${magnitude.length} bytes, longer than the ${length} the curve allows`);
    }
    return Buffer.concat([Buffer.alloc(length - magnitude.length), magnitude]);
}
function base64url(bytes) {
    return bytes.toString('base64url');
}
/** Decodes canonical base64 only; Buffer.from silently skips garbage. */
function decodeStrictBase64(text, what) {
    if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
        throw new SshSigError(`${what} is not valid base64`);
    }
    const bytes = Buffer.from(text, 'base64');
    if (bytes.toString('base64') !== text) {
        throw new SshSigError(`${what} is not canonical base64`);
    }
    return bytes;
}
function describe(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value);
}


/***/ }),

/***/ 4746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Od: () => (/* binding */ verifySignature),
/* harmony export */   bD: () => (/* binding */ signedData),
/* harmony export */   lT: () => (/* binding */ signMessage),
/* harmony export */   qF: () => (/* binding */ armorSignature)
/* harmony export */ });
/* unused harmony export MAX_ARMORED_SIGNATURE_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ssh_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1812);
/* harmony import */ var _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6185);
/**
 * SSH signatures in the SSHSIG format produced by `ssh-keygen -Y sign`
 * (PROTOCOL.sshsig in the OpenSSH sources): the envelope, its armor, and the bytes a key
 * signs; verification never shells out. The keys are in ssh-keys.ts; signing through
 * ssh-agent (a socket) is repo/ssh-agent.ts.
 */



/** Armored signatures larger than this are rejected before any parsing. */
const MAX_ARMORED_SIGNATURE_BYTES = 64 * 1024;
const SSHSIG_MAGIC = Buffer.from('SSHSIG');
const SSHSIG_VERSION = 1;
const SIGNING_HASH = 'sha512';
const VERIFIABLE_HASHES = new Set(['sha256', 'sha512']);
const ARMOR_BEGIN = '-----BEGIN SSH SIGNATURE-----';
const ARMOR_END = '-----END SSH SIGNATURE-----';
const ARMOR_LINE_LENGTH = 70; // what ssh-keygen emits
function toBytes(message) {
    if (typeof message === 'string')
        return Buffer.from(message, 'utf8');
    if (Buffer.isBuffer(message))
        return message;
    throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl('message must be a string or Buffer');
}
function checkNamespace(namespace) {
    if (typeof namespace !== 'string' || namespace === '') {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl('signature namespace must be a non-empty string');
    }
}
/** The bytes actually signed: MAGIC || string(namespace) || string(reserved) || string(hash) || string(H(message)). */
function dataToSign(message, namespace, hashAlgorithm) {
    const digest = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash(hashAlgorithm).update(message).digest();
    return Buffer.concat([
        SSHSIG_MAGIC,
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .sshString */ ._G)(namespace),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .sshString */ ._G)(Buffer.alloc(0)),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .sshString */ ._G)(hashAlgorithm),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .sshString */ ._G)(digest),
    ]);
}
/** The armored SSHSIG of a raw signature blob over `signedData`, in ssh-keygen's form. */
function armorSignature(publicKey, namespace, signatureBlob) {
    const envelope = Buffer.concat([
        SSHSIG_MAGIC,
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .sshUint32 */ .Qz)(SSHSIG_VERSION),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .sshString */ ._G)(publicKey.blob),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .sshString */ ._G)(namespace),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .sshString */ ._G)(Buffer.alloc(0)),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .sshString */ ._G)(SIGNING_HASH),
        (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .sshString */ ._G)(signatureBlob),
    ]);
    const encoded = envelope.toString('base64');
    const lines = [];
    for (let i = 0; i < encoded.length; i += ARMOR_LINE_LENGTH)
        lines.push(encoded.slice(i, i + ARMOR_LINE_LENGTH));
    return `${ARMOR_BEGIN}\n${lines.join('\n')}\n${ARMOR_END}\n`;
}
/** The bytes a key signs for `message` in `namespace` (with the hash signers use). */
function signedData(message, namespace) {
    checkNamespace(namespace);
    return dataToSign(toBytes(message), namespace, SIGNING_HASH);
}
/** Signs `message` in `namespace`; returns armored text identical in form to `ssh-keygen -Y sign`. */
function signMessage(message, namespace, signer) {
    return armorSignature(signer.publicKey, namespace, signer.sign(signedData(message, namespace)));
}
function dearmor(armored) {
    const text = armored.trim();
    if (!text.startsWith(ARMOR_BEGIN))
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl(`signature does not start with ${ARMOR_BEGIN}`);
    if (!text.endsWith(ARMOR_END))
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl(`signature does not end with ${ARMOR_END}`);
    const body = text.slice(ARMOR_BEGIN.length, text.length - ARMOR_END.length);
    // Separate simple checks: a single regex with overlapping newline classes backtracks quadratically.
    if (!/^[A-Za-z0-9+/=\r\n]*$/.test(body)) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl('signature armor contains characters other than base64 lines');
    }
    if (!/^[\r\n]/.test(body) || !/[\r\n]$/.test(body)) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl('signature armor markers must be on their own lines');
    }
    return (0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeStrictBase64 */ .LV)(body.replace(/[\r\n]/g, ''), 'signature armor');
}
function parseEnvelope(envelope) {
    const reader = new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshReader */ .o(envelope, 'SSH signature');
    if (!reader.bytes(SSHSIG_MAGIC.length).equals(SSHSIG_MAGIC)) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl('SSH signature does not start with the SSHSIG magic');
    }
    const version = reader.uint32();
    if (version !== SSHSIG_VERSION)
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl(`unsupported SSH signature version ${version} (expected 1)`);
    const publicKeyBlob = reader.string();
    const namespace = reader.ascii('namespace');
    // Signers never fill the reserved field and OpenSSH does not sign it, so anything here is tampering.
    if (reader.string().length !== 0)
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl('SSH signature reserved field is not empty');
    const hashAlgorithm = reader.ascii('hash algorithm');
    const signatureBlob = reader.string();
    reader.end();
    if (!VERIFIABLE_HASHES.has(hashAlgorithm)) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl(`unsupported signature hash algorithm ${(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .describe */ .q0)(hashAlgorithm)} (expected sha256 or sha512)`);
    }
    return { publicKey: (0,_ssh_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .publicKeyFromBlob */ .cJ)(publicKeyBlob), namespace, hashAlgorithm, signatureBlob };
}
/**
 * Verifies an armored SSH signature over `message` in `namespace`, returning
 * the signing key. It proves only that this key signed: checking the key
 * against allowed signers is the caller's job. Throws SshSigError on any failure.
 */
function verifySignature(armored, message, namespace) {
    if (typeof armored !== 'string')
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl('signature must be a string');
    if (armored.length > MAX_ARMORED_SIGNATURE_BYTES || Buffer.byteLength(armored, 'utf8') > MAX_ARMORED_SIGNATURE_BYTES) {
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl(`signature is larger than ${MAX_ARMORED_SIGNATURE_BYTES} bytes`);
    }
    checkNamespace(namespace);
    const messageBytes = toBytes(message);
    try {
        const parsed = parseEnvelope(dearmor(armored));
        if (parsed.namespace !== namespace) {
            throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl(`signature namespace ${(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .describe */ .q0)(parsed.namespace)} does not match expected ${(0,_ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .describe */ .q0)(namespace)}`);
        }
        (0,_ssh_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .verifySignatureBlob */ .tQ)(parsed.publicKey, parsed.signatureBlob, dataToSign(messageBytes, namespace, parsed.hashAlgorithm));
        return { publicKey: parsed.publicKey };
    }
    catch (error) {
        if (error instanceof _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl)
            throw error;
        // node:crypto can still reject odd inputs (e.g. an invalid curve point); keep the error type uniform.
        throw new _ssh_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .SshSigError */ .gl(`signature is invalid: ${error.message}`);
    }
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

/***/ 767:
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
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6452);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9844);





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
    const recomputed = new Map();
    (await git.mergeTrees(twoParentMerges.map((c) => [c.parents[0], c.parents[1]]))).forEach((r, i) => recomputed.set(twoParentMerges[i].sha, r));
    const mergeItem = new Map();
    for (const commit of twoParentMerges)
        mergeItem.set(commit.sha, `${recomputed.get(commit.sha).tree} ${commit.tree}`);
    // Octopus merges cannot be recomputed by merge-tree: they are judged against their first
    // parent ("COMMIT PARENT" asks diff-tree for exactly that; its output is headed COMMIT).
    for (const commit of merges)
        if (commit.parents.length > 2)
            mergeItem.set(commit.sha, `${commit.sha} ${commit.parents[0]}`);
    const items = commits.map((c) => mergeItem.get(c.sha) ?? c.sha);
    const diffs = await git.diffBatch(items);
    const entriesOf = commits.map((commit, i) => diffs.get(commit.parents.length > 2 ? commit.sha : items[i]) ?? []);
    const leftAsIs = await conflictsLeftAsIs(git, commits.flatMap((commit, i) => {
        const merge = recomputed.get(commit.sha);
        return merge ? [{ key: commit.sha, ours: commit.parents[0], theirs: commit.parents[1], merged: commit.tree, recomputed: merge, entries: entriesOf[i] }] : [];
    }));
    const result = commits.map((commit, i) => {
        const entries = entriesOf[i];
        const merge = recomputed.get(commit.sha);
        const asIs = leftAsIs.get(commit.sha) ?? [];
        const manifest = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .buildManifest */ .u1)([...entries, ...asIs]);
        const isMerge = commit.parents.length >= 2;
        return {
            change: {
                kind: isMerge ? 'merge' : 'commit',
                label: shortSha(commit.sha),
                commit: commit.sha,
                subjectLine: commit.subject,
                authorName: commit.authorName,
                authorEmail: commit.authorEmail,
                manifest,
                cleanMerge: !!merge?.clean && manifest.entries.length === 0,
            },
            ledgerEntries: entries.filter(_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isLedgerEntry */ .c9),
            patchItem: items[i],
            ...(merge ? { merge: { recomputed: merge.tree, leftAsIs: asIs } } : {}),
        };
    });
    await addOctopusLedgerLosses(git, commits, result);
    return result;
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
    const trees = await git.treeIds([...new Set(pending.flatMap(({ merge }) => [merge.ours, merge.theirs, merge.merged]))]);
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
        edges = new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(await git.gitPath('shallow'), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
    }
    catch {
        return; // no shallow file: unshallowed since
    }
    const edge = commits.find((c) => edges.has(c.sha));
    if (edge) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`commit ${shortSha(edge.sha)} is at the edge of this shallow clone: its parents were not fetched, so its change cannot be computed`, {
            fix: 'fetch the full history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`), then run the command again',
        });
    }
}
/** The merge in progress, if any: the commits in `.git/MERGE_HEAD`. */
function pendingMergeHeads(git) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.gitDir, 'MERGE_HEAD');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
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
    const mergeHeads = amending ? amending.parents.slice(1) : head ? pendingMergeHeads(git) : [];
    let entries = againstBase;
    let merge;
    let patchItem;
    if (base && mergeHeads.length === 1) {
        const [recomputed] = await git.mergeTrees([[base, mergeHeads[0]]]);
        const indexTree = await git.writeIndexTree();
        entries = await git.diffTrees(recomputed.tree, indexTree);
        const leftAsIs = await conflictsLeftAsIs(git, [{ key: 'staged', ours: base, theirs: mergeHeads[0], merged: indexTree, recomputed: recomputed, entries }]);
        merge = { recomputed: recomputed.tree, leftAsIs: leftAsIs.get('staged') ?? [], clean: recomputed.clean };
        patchItem = `${recomputed.tree} ${indexTree}`;
    }
    const manifest = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .buildManifest */ .u1)([...entries, ...(merge?.leftAsIs ?? [])]);
    const what = merge ? 'staged merge' : 'staged change';
    return {
        change: {
            kind: 'staged',
            label: amending ? `${what} (amending ${shortSha(amending.sha)})` : what,
            authorEmail,
            manifest,
            cleanMerge: !!merge?.clean && manifest.entries.length === 0,
            ...(amending ? { amend: true } : {}),
        },
        ledgerEntries,
        patchItem,
        ...(merge ? { merge: { recomputed: merge.recomputed, leftAsIs: merge.leftAsIs } } : {}),
    };
}


/***/ }),

/***/ 5435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ ledgerRootEntry),
/* harmony export */   Bw: () => (/* binding */ LedgerView),
/* harmony export */   bV: () => (/* binding */ auditLedger),
/* harmony export */   fV: () => (/* binding */ listWorktreeLedger),
/* harmony export */   id: () => (/* binding */ readWorktreeFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1603);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6752);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6452);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9844);
/* harmony import */ var _core_signatures_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7882);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(767);








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
    base;
    structuralProblems;
    allProblems;
    newRecords;
    genesisId;
    /**
     * Base records that could not be read back when the base was consulted (unreadable,
     * replaced, or not a valid record): filled by `latestFor` and `allRecords`. A record the
     * verifier cannot read is never silently skipped, since skipping a later `fail` could
     * turn a refusal into an acceptance.
     */
    baseProblems = [];
    newIndex = new _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .DigestIndex */ .Hm();
    baseIndex;
    baseRecords;
    constructor(git, source, baseRev, base, newFiles, violations) {
        this.git = git;
        this.source = source;
        this.baseRev = baseRev;
        this.base = base;
        const checked = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRecords */ .fi)(base, newFiles);
        this.structuralProblems = [...violations, ...checked.problems];
        this.newRecords = checked.records;
        this.genesisId = checked.genesisId;
        this.newIndex.add(this.newRecords);
    }
    /**
     * What is wrong with the ledger under test. Includes every new record's signature that does
     * not verify (whatever the policy says, a forged signature is tampering); computed on first
     * use, so readers that never ask (log, show) never pay for it.
     */
    get problems() {
        this.allProblems ??= [...this.structuralProblems, ...(0,_core_signatures_js__WEBPACK_IMPORTED_MODULE_5__/* .signatureProblems */ .ts)(this.newRecords)];
        return this.allProblems;
    }
    get describeSource() {
        return this.source.kind === 'worktree' ? 'working tree' : this.source.kind === 'index' ? 'index (staged)' : `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(this.source.commit)}`;
    }
    get maxBaseSeq() {
        return this.base.maxSeq();
    }
    get recordCount() {
        return this.base.size + this.newRecords.length;
    }
    /** Opens the ledger of `source` relative to `baseRev` (undefined: everything is new). */
    /** `prefetched`: the base's ledger listing, when the caller started it early. */
    static async open(git, source, baseRev, prefetched) {
        // The base listing is independent of the rest: it runs alongside.
        const baseListing = !baseRev ? Promise.resolve([]) : (prefetched ?? git.lsTreeNames(baseRev, `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN}/`));
        baseListing.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
        const violations = [];
        let changes;
        let untracked = [];
        const brokenRoot = source.kind === 'worktree' ? ledgerRootEntry(git.topLevel) : undefined;
        if (brokenRoot) {
            // `.agents` or `.agents/ledger` is a symlink or a file: nothing below it is read.
            changes = baseRev ? await git.diffWorktree(baseRev, [`${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN}/`]) : [];
        }
        else if (source.kind === 'worktree') {
            if (baseRev) {
                [changes, untracked] = await Promise.all([
                    git.diffWorktree(baseRev, [`${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN}/`]),
                    git.untrackedFiles(`${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN}/`),
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
            changes = await git.diffTrees(baseRev ?? git.emptyTree, source.commit, [`${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN}/`]);
        }
        const added = [];
        for (const entry of changes) {
            if (!(0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .isLedgerEntry */ .c9)(entry))
                continue;
            if (entry.status === 'A')
                added.push(entry);
            else
                violations.push(appendOnlyViolation(entry, baseRev ? (0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(baseRev) : 'the base'));
        }
        const newFiles = brokenRoot
            ? [brokenRoot]
            : source.kind === 'worktree'
                ? [...added.map((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .pathText */ .LF)(e.path)), ...untracked].map((path) => readWorktreeFile(git.topLevel, path))
                : await readTreeFiles(git, added);
        return new LedgerView(git, source, baseRev, new _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .BaseListing */ .wB(await baseListing), newFiles, violations);
    }
    /**
     * The latest verdict naming each digest. A new record decides alone when its seq is
     * above every base record's; otherwise the base records are read once and compared too,
     * so ignoring a base record can never turn a refusal into an acceptance.
     */
    async latestFor(digests) {
        const result = new Map();
        const maxBase = this.maxBaseSeq;
        const needBase = digests.filter((d) => {
            const latest = this.newIndex.latestFor(d);
            return !latest || latest.seq <= maxBase;
        });
        if (needBase.length > 0 && this.base.size > 0)
            await this.loadBase();
        for (const digest of digests) {
            const candidates = [this.newIndex.latestFor(digest), this.baseIndex?.latestFor(digest)].filter((r) => !!r);
            candidates.sort(_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRecords */ .aB);
            result.set(digest, candidates.at(-1));
        }
        return result;
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
        if (this.baseRecords) {
            for (const record of this.baseRecords)
                if (wanted.has(record.id))
                    found.set(record.id, record);
            return found;
        }
        const refs = [...wanted].filter((id) => !found.has(id)).map((id) => this.base.get(id)).filter((ref) => !!ref);
        if (refs.length === 0)
            return found;
        let files;
        if (this.source.kind === 'worktree')
            files = ledgerRootEntry(this.git.topLevel) ? [] : refs.map((ref) => readWorktreeFile(this.git.topLevel, ref.path));
        else {
            const objects = await this.git.readObjectsBounded(refs.map((ref) => `${this.baseRev}:${ref.path}`), _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_RECORD_BYTES */ .xR);
            files = refs.map((ref) => fileFromObject(ref.path, objects.get(`${this.baseRev}:${ref.path}`)));
        }
        for (const file of files) {
            if (file.kind !== 'file' || !file.bytes)
                continue;
            const parsed = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecordFile */ .TG)(file.path, file.bytes);
            if (parsed.ok)
                found.set(parsed.record.id, parsed.record);
        }
        return found;
    }
    async heads() {
        return (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .computeHeads */ .VG)(await this.allRecords());
    }
    async loadBase() {
        if (this.baseRecords)
            return;
        const refs = [...this.base.all().values()];
        let files;
        if (this.source.kind === 'worktree') {
            // Behind a symlinked `.agents` nothing is read (open() has already refused it).
            files = ledgerRootEntry(this.git.topLevel) ? [] : refs.map((ref) => readWorktreeFile(this.git.topLevel, ref.path));
        }
        else {
            const objects = await this.git.readObjectsBounded(refs.map((ref) => `${this.baseRev}:${ref.path}`), _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_RECORD_BYTES */ .xR);
            files = refs.map((ref) => fileFromObject(ref.path, objects.get(`${this.baseRev}:${ref.path}`)));
        }
        const records = [];
        const base = this.baseRev ? (0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(this.baseRev) : 'the base';
        for (const file of files) {
            const parsed = file.kind === 'file' && file.bytes && file.size === undefined ? (0,_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecordFile */ .TG)(file.path, file.bytes) : undefined;
            if (parsed?.ok) {
                records.push(parsed.record);
                continue;
            }
            this.baseProblems.push({
                code: 'base-unreadable',
                message: `${file.path} was at ${base} but cannot be read back as that record (${parsed ? parsed.problem.message : file.kind === 'file' ? 'unreadable' : `now a ${file.kind}`}): a record that cannot be read is never skipped`,
                path: file.path,
                fix: `restore it with \`git checkout ${base} -- ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_7__/* .shellQuote */ .Z)(file.path)}\`, then run \`ao ledger verify\``,
            });
        }
        this.baseRecords = records;
        this.baseIndex = new _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .DigestIndex */ .Hm();
        this.baseIndex.add(records);
    }
}
function appendOnlyViolation(entry, base, fix) {
    const path = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .pathText */ .LF)(entry.path);
    const what = entry.status === 'D' ? 'deleted' : entry.status === 'T' ? 'replaced by another kind of file' : 'modified';
    const id = /([0-9a-f]{64})\.json$/.exec(path)?.[1];
    return {
        code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
        message: `${path} existed at ${base} and was ${what}: the ledger is append-only`,
        path,
        recordId: id ? (0,_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .shortId */ .m_)(`sha256:${id}`) : undefined,
        fix: fix ?? `restore it with \`git checkout ${base} -- ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_7__/* .shellQuote */ .Z)(path)}\``,
    };
}
function readWorktreeFile(top, path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(top, path);
    // A symlinked folder on the way (a bucket pointing elsewhere) is refused like a symlinked file.
    const linked = linkedParent(top, path);
    if (linked)
        return { path: linked, kind: 'symlink' };
    let fd;
    try {
        // O_NOFOLLOW: a symlink where a record should be is refused, never followed out of the repo.
        // O_NONBLOCK: opening a FIFO planted where a record should be must not wait for a writer.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(full, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            return { path, kind: 'symlink' };
        return { path, kind: code === 'EISDIR' ? 'directory' : 'other' };
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (stat.isDirectory())
            return { path, kind: 'directory' };
        if (!stat.isFile())
            return { path, kind: 'other' };
        // Oversized records are refused by size alone, before a byte is read.
        if (stat.size > _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_RECORD_BYTES */ .xR)
            return { path, kind: 'file', size: stat.size };
        const bytes = Buffer.allocUnsafe(stat.size);
        let offset = 0;
        while (offset < stat.size) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, offset, stat.size - offset, offset);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
const realDirs = new Set();
/** The first folder between `top` and `path` that is not a real directory, if any. */
function linkedParent(top, path) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
        const folder = parts.slice(0, i).join('/');
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(top, folder);
        if (realDirs.has(full))
            continue;
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full).isDirectory())
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
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(top, _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN);
    const paths = [];
    let buckets;
    try {
        buckets = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root, { withFileTypes: true });
    }
    catch {
        return paths;
    }
    for (const bucket of buckets) {
        const bucketPath = `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN}/${bucket.name}`;
        if (!bucket.isDirectory()) {
            paths.push(bucketPath);
            continue;
        }
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, bucket.name), { withFileTypes: true }))
            paths.push(`${bucketPath}/${entry.name}`);
    }
    return paths.sort();
}
/**
 * `.agents` and `.agents/ledger` must be real directories (or absent): when either is a
 * symlink or something else, nothing below it is read or written, since it could lead out of
 * the repository. Returns that entry as a ledger file to refuse, or undefined when all is well.
 */
function ledgerRootEntry(top) {
    for (const path of ['.agents', _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN]) {
        let stat;
        try {
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(top, path));
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
    const regular = added.filter((e) => e.newMode === '100644' || e.newMode === '100755');
    const objects = await git.readObjectsBounded(regular.map((e) => e.newId), _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_RECORD_BYTES */ .xR);
    return added.map((entry) => {
        const path = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .pathText */ .LF)(entry.path);
        if (entry.newMode === '120000')
            return { path, kind: 'symlink' };
        if (entry.newMode !== '100644' && entry.newMode !== '100755')
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
        const listing = await git.lsTree(source.commit, `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN}/`);
        const objects = await git.readObjectsBounded(listing.filter((e) => e.type === 'blob' && e.mode !== '120000').map((e) => e.id), _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_RECORD_BYTES */ .xR);
        files = listing.map((e) => e.mode === '120000' ? { path: e.path, kind: 'symlink' } : e.type === 'blob' ? fileFromObject(e.path, objects.get(e.id)) : { path: e.path, kind: 'other' });
    }
    const checked = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRecords */ .fi)(new _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .BaseListing */ .wB(), files);
    const problems = [...checked.problems, ...(0,_core_signatures_js__WEBPACK_IMPORTED_MODULE_5__/* .signatureProblems */ .ts)(checked.records)];
    if (since) {
        const changes = source.kind === 'worktree'
            ? await git.diffWorktree(since, [`${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN}/`])
            : await git.diffTrees(since, source.commit, [`${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .LEDGER_DIR */ .EN}/`]);
        for (const entry of changes)
            if ((0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .isLedgerEntry */ .c9)(entry) && entry.status !== 'A')
                problems.push(appendOnlyViolation(entry, (0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(since)));
        // Commit by commit too: a record added in one commit and deleted or changed in a later
        // one leaves no trace between `since` and the end, only in that commit's own diff.
        const head = source.kind === 'worktree' ? await git.headCommit() : source.commit;
        if (head && head !== since) {
            const seen = new Set(problems.filter((p) => p.code === 'record-deleted' || p.code === 'record-modified').map((p) => p.path));
            for (const { change, ledgerEntries } of await (0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .changesOfCommits */ .lv)(git, await git.listCommits([`${since}..${head}`]))) {
                for (const entry of ledgerEntries) {
                    if (entry.status === 'A' || seen.has((0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .pathText */ .LF)(entry.path)))
                        continue;
                    problems.push(appendOnlyViolation(entry, `commit ${change.label}'s parent`, `drop that change from commit ${change.label} (\`git rebase -i\`), keeping the record as it was`));
                }
            }
        }
    }
    return {
        source: source.kind === 'worktree' ? 'working tree' : `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .shortSha */ .Fu)(source.commit)}`,
        records: checked.records,
        heads: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .computeHeads */ .VG)(checked.records),
        problems,
        genesisId: checked.genesisId,
    };
}


/***/ })

};
