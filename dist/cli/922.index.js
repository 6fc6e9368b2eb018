export const id = 922;
export const ids = [922];
export const modules = {

/***/ 7155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ AMEND_OPTION),
/* harmony export */   gy: () => (/* binding */ SCOPE_OPTIONS),
/* harmony export */   nN: () => (/* binding */ oneScope),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);


/** util.parseArgs with usage errors turned into exit-2 AoErrors that point at `--help`; `tokens` keep the options' order. */
function parse(command, args, options, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals, strict: true, tokens: true });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${command}: ${error.message.replace(/\. To specify a positional.*$/s, '')}`, { fix: `see \`ao ${command} --help\`` });
    }
}
/** At most one of the scope flags; returns which. */
function oneScope(command, values) {
    const given = ['staged', 'commit', 'range'].filter((key) => values[key] !== undefined && values[key] !== false);
    if (given.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AoError */ .VS(`${command}: --${given.join(' and --')} cannot be combined`, { fix: `pick one of --staged, --commit REV, --range A..B` });
    }
    return given[0] ?? 'staged';
}
/** `--amend`: the staged change as `git commit --amend` will commit it (against HEAD's parent). */
const AMEND_OPTION = { amend: { type: 'boolean' } };
const SCOPE_OPTIONS = {
    staged: { type: 'boolean' },
    commit: { type: 'string' },
    range: { type: 'string' },
};


/***/ }),

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cmdInit: () => (/* binding */ cmdInit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/canonical.ts
var canonical = __webpack_require__(499);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(3579);
// EXTERNAL MODULE: ./src/core/record.ts
var core_record = __webpack_require__(9844);
// EXTERNAL MODULE: ./src/repo/ledger-view.ts + 1 modules
var ledger_view = __webpack_require__(415);
// EXTERNAL MODULE: ./src/repo/writer.ts
var writer = __webpack_require__(791);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7155);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(399);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(1037);
;// CONCATENATED MODULE: ./src/cli/hook-scripts.ts
/**
 * The plain POSIX sh hooks. `hooks/` in the package holds exactly these texts (a test
 * keeps them equal); `ao init --hooks git` installs them into git's hooks directory.
 */
const FIND_AO = `root=$(git rev-parse --show-toplevel) || exit 2
if [ -n "\${AO_BIN:-}" ]; then ao=$AO_BIN
elif [ -x "$root/node_modules/.bin/ao" ]; then ao=$root/node_modules/.bin/ao
elif command -v ao >/dev/null 2>&1; then ao=ao
else
  echo "agentops/verdict: the ao command was not found, so this change cannot be checked." >&2
  echo "  fix: run \\\`npm install\\\` (or \\\`npm i -D @agentops/verdict\\\`), or set AO_BIN to the ao binary" >&2
  exit 2
fi`;
const PRE_COMMIT_SCRIPT = `#!/bin/sh
# agentops/verdict pre-commit hook (installed by \`ao init\`).
# Refuses a commit whose staged change has no passing verdict from an independent checker.
# HUSKY=0 skips it. A hook that was here before runs first, from pre-commit.pre-ao.
[ "\${HUSKY:-}" = "0" ] && exit 0
if [ -x "$0.pre-ao" ]; then "$0.pre-ao" "$@" || exit $?; fi
${FIND_AO}
exec "$ao" hook pre-commit
`;
const PRE_PUSH_SCRIPT = `#!/bin/sh
# agentops/verdict pre-push hook (installed by \`ao init\`).
# Refuses a push that carries a commit without a passing verdict from an independent checker.
# HUSKY=0 skips it. A hook that was here before runs first, from pre-push.pre-ao.
[ "\${HUSKY:-}" = "0" ] && exit 0
refs=$(cat)
if [ -x "$0.pre-ao" ]; then printf '%s\\n' "$refs" | "$0.pre-ao" "$@" || exit $?; fi
${FIND_AO}
printf '%s\\n' "$refs" | "$ao" hook pre-push "$@"
`;
const HOOK_SCRIPTS = {
    'pre-commit': PRE_COMMIT_SCRIPT,
    'pre-push': PRE_PUSH_SCRIPT,
};
/** Lines `ao init` adds to husky's hook files. */
const HUSKY_LINES = {
    'pre-commit': 'ao hook pre-commit',
    'pre-push': 'ao hook pre-push "$@"',
};
const HOOK_MARKER = 'agentops/verdict';

;// CONCATENATED MODULE: ./src/cli/cmd-init.ts













const HOOKS = ['pre-commit', 'pre-push'];
const GITATTRIBUTES = `# Ledger records are hashed byte for byte: never convert their line endings.
ledger/** -text
`;
async function cmdInit(cli, args) {
    const { values } = (0,cli_args/* parse */.qg)('init', args, { hooks: { type: 'string' } }, false);
    if (values.help)
        return cli.out(help/* HELP */._.init), 0;
    const mode = values.hooks;
    if (mode !== undefined && !['husky', 'git', 'none'].includes(mode)) {
        throw new errors/* AoError */.VS(`--hooks must be husky, git or none, not ${JSON.stringify(mode)}`, { fix: 'ao init --hooks git' });
    }
    const git = await (0,context/* openRepo */.B)(cli);
    const top = git.topLevel;
    const did = [];
    // Never write through a symlinked .agents or .agents/ledger (it could lead out of the repository).
    (0,writer/* refuseUnsafeLedgerRoot */.Qo)(top);
    const policyFile = (0,external_node_path_.join)(top, core_record/* POLICY_PATH */.l$);
    if (!lexists(policyFile)) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(policyFile), { recursive: true });
        // 'wx': never follows a dangling symlink planted at the path.
        (0,external_node_fs_.writeFileSync)(policyFile, (0,canonical/* renderJsonFile */.Xv)((0,policy/* defaultPolicy */.G4)()), { flag: 'wx' });
        did.push(`created ${core_record/* POLICY_PATH */.l$} (mode "commit": every commit needs a verdict)`);
    }
    const attributes = (0,external_node_path_.join)(top, '.agents/.gitattributes');
    if (!lexists(attributes)) {
        (0,external_node_fs_.writeFileSync)(attributes, GITATTRIBUTES, { flag: 'wx' });
        did.push('created .agents/.gitattributes (records keep their exact bytes)');
    }
    await (0,writer/* withLedgerLock */.pT)(git, async () => {
        const genesis = (0,ledger_view/* listWorktreeLedger */.fV)(top).map(core_record/* parseRecordPath */.OT).find((parts) => parts?.seq === 0);
        if (genesis)
            return;
        const record = (0,core_record/* newGenesis */.Xz)();
        (0,writer/* writeFileAtomic */.Zf)(git, (0,external_node_path_.join)(top, (0,core_record/* recordPath */.lX)(0, record.id)), (0,core_record/* renderRecord */.sF)(record));
        did.push(`created the ledger's genesis record ${(0,core_record/* shortId */.m_)(record.id)}`);
    });
    const hookMode = mode ?? ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(top, 'package.json')) ? 'husky' : 'git');
    if (hookMode === 'husky')
        did.push(...installHusky(top, cli));
    else if (hookMode === 'git')
        did.push(...(await installGitHooks(git)));
    cli.err(did.length ? did.map((line) => `ao init: ${line}`).join('\n') : 'ao init: already set up; nothing to do');
    cli.err(`next: commit the set-up with \`git add .agents && git commit -m "Set up agentops/verdict"\``);
    return 0;
}
/** Like existsSync, but true for a symlink whatever it points at. */
function lexists(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
function installHusky(top, cli) {
    const did = [];
    const huskyBin = (0,external_node_path_.join)(top, 'node_modules', 'husky', 'bin.js');
    if (!(0,external_node_fs_.existsSync)(huskyBin)) {
        throw new errors/* AoError */.VS('husky is not installed in this repository, so the hooks cannot be set up with it', {
            fix: 'run `npm i -D husky` and then `ao init` again, or install plain git hooks with `ao init --hooks git`',
        });
    }
    for (const hook of HOOKS) {
        const file = (0,external_node_path_.join)(top, '.husky', hook);
        const line = HUSKY_LINES[hook];
        const current = (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : '';
        if (current.split('\n').some((l) => l.trim() === line))
            continue;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${line}\n`, { mode: 0o755 });
        did.push(`${current ? 'added to' : 'created'} .husky/${hook}: ${line}`);
    }
    if (cli.env.HUSKY !== '0') {
        (0,external_node_child_process_.execFileSync)(process.execPath, [huskyBin], { cwd: top, stdio: 'ignore' });
        did.push('ran husky (core.hooksPath is .husky/_)');
    }
    const pkgFile = (0,external_node_path_.join)(top, 'package.json');
    try {
        const text = (0,external_node_fs_.readFileSync)(pkgFile, 'utf8');
        const pkg = JSON.parse(text);
        if (!pkg.scripts?.prepare) {
            pkg.scripts = { ...pkg.scripts, prepare: 'husky' };
            const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
            (0,external_node_fs_.writeFileSync)(pkgFile, `${JSON.stringify(pkg, null, indent)}\n`);
            did.push('added "prepare": "husky" to package.json, so fresh clones get the hooks on npm install');
        }
        else if (!pkg.scripts.prepare.includes('husky')) {
            did.push(`note: package.json's "prepare" script does not run husky; add \`husky\` to it so fresh clones get the hooks`);
        }
    }
    catch {
        did.push('note: package.json could not be read; add "prepare": "husky" to its scripts yourself');
    }
    return did;
}
async function installGitHooks(git) {
    const did = [];
    const hooksDir = await git.gitPath('hooks');
    (0,external_node_fs_.mkdirSync)(hooksDir, { recursive: true });
    const shown = (0,external_node_path_.relative)(git.topLevel, hooksDir) || hooksDir;
    for (const hook of HOOKS) {
        const file = (0,external_node_path_.join)(hooksDir, hook);
        const script = HOOK_SCRIPTS[hook];
        if ((0,external_node_fs_.existsSync)(file)) {
            const current = (0,external_node_fs_.readFileSync)(file, 'utf8');
            if (current === script)
                continue;
            if (!current.includes(HOOK_MARKER)) {
                const kept = `${file}.pre-ao`;
                if ((0,external_node_fs_.existsSync)(kept)) {
                    throw new errors/* AoError */.VS(`${shown}/${hook} is not ours and ${shown}/${hook}.pre-ao already exists, so it cannot be kept safely`, {
                        fix: `merge the two by hand, remove ${shown}/${hook}, and run \`ao init --hooks git\` again`,
                    });
                }
                (0,external_node_fs_.renameSync)(file, kept);
                (0,external_node_fs_.chmodSync)(kept, 0o755);
                did.push(`kept your ${hook} hook as ${shown}/${hook}.pre-ao (it still runs first)`);
            }
        }
        (0,external_node_fs_.writeFileSync)(file, script, { mode: 0o755 });
        (0,external_node_fs_.chmodSync)(file, 0o755);
        did.push(`installed ${shown}/${hook}`);
    }
    return did;
}


/***/ }),

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


/***/ }),

/***/ 791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ appendRecord),
/* harmony export */   Qo: () => (/* binding */ refuseUnsafeLedgerRoot),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   pT: () => (/* binding */ withLedgerLock),
/* harmony export */   w0: () => (/* binding */ appendVerdict)
/* harmony export */ });
/* unused harmony export readTip */
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1603);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7406);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6752);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9844);
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2643);
/* harmony import */ var _ledger_view_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(415);










const LOCK_NAME = 'agentops-ledger.lock';
const LOCK_WAIT_MS = 10_000;
/**
 * Where the next record attaches: the working tree's heads. Reads every record's `prev`
 * (a plain JSON parse: integrity is `ao ledger verify`'s job, not the writer's), each file
 * under the record size bound and never through a symlink.
 */
function readTip(top) {
    refuseUnsafeLedgerRoot(top);
    const paths = (0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .listWorktreeLedger */ .fV)(top);
    const nodes = [];
    let genesisId;
    for (const path of paths) {
        const file = (0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .readWorktreeFile */ .id)(top, path);
        if (file.kind === 'symlink') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`${file.path} is a symbolic link: ao reads and writes the ledger only inside the repository, never through a link`, {
                fix: `remove the link (\`git rm ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(file.path)}\` if it was committed) and restore what it replaced with \`git checkout HEAD -- .agents/ledger\``,
            });
        }
        const parts = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRecordPath */ .OT)(path);
        if (!parts)
            continue;
        if (parts.seq === 0)
            genesisId ??= parts.id;
        let prev = [];
        try {
            if (file.kind === 'file' && file.bytes) {
                const value = JSON.parse(Buffer.from(file.bytes).toString('utf8'));
                if (Array.isArray(value?.prev))
                    prev = value.prev.filter((p) => typeof p === 'string');
            }
        }
        catch {
            // A broken record is reported by `ao ledger verify`; the writer attaches around it.
        }
        nodes.push({ id: parts.id, prev, seq: parts.seq });
    }
    if (!genesisId) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS('this repository has no verdict ledger yet (.agents/ledger/ has no genesis record)', { fix: 'run `ao init` and commit the .agents/ directory' });
    }
    const heads = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_5__/* .computeHeads */ .VG)(nodes);
    const seqOf = new Map(nodes.map((n) => [n.id, n.seq]));
    const nextSeq = 1 + Math.max(...heads.map((h) => seqOf.get(h) ?? 0));
    return { genesisId, heads, nextSeq };
}
/** Refuses to read or write the ledger when `.agents` or `.agents/ledger` is a symlink or a file. */
function refuseUnsafeLedgerRoot(top) {
    const broken = (0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .ledgerRootEntry */ .AP)(top);
    if (broken) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`${broken.path} is ${broken.kind === 'symlink' ? 'a symbolic link' : 'not a directory'}: ao reads and writes the ledger only inside the repository, never through a link`, {
            fix: `replace it with a real directory: \`git rm --cached ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(broken.path)}\`, move it away, and restore the ledger with \`git checkout HEAD -- .agents\``,
        });
    }
}
function parseLock(text) {
    const [pid, since = '?', host = ''] = text.trim().split(' ');
    return pid && /^[1-9][0-9]*$/.test(pid) ? { pid: Number(pid), since, host } : undefined;
}
/** True when the lock names a process on this machine that no longer exists. */
function holderIsGone(owner) {
    if (!owner || owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() || owner.pid === process.pid)
        return false;
    try {
        process.kill(owner.pid, 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
/**
 * Removes a lock left by a process that died holding it (killed, or the machine crashed
 * before it could clean up), only if the file still holds exactly what was seen: the lock
 * is moved aside first, and put back if another process took it in the meantime.
 */
function breakStaleLock(lock, seen) {
    const aside = `${lock}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(6).toString('hex')}.stale`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(lock, aside);
    }
    catch {
        return;
    }
    let moved = '';
    try {
        moved = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(aside, 'utf8');
    }
    catch {
        // unreadable: treat as someone else's
    }
    if (moved !== seen) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(aside, lock);
        }
        catch {
            // A third process took the free slot; the one we moved keeps working either way.
        }
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(aside, { force: true });
}
/** Holds the ledger lock while `work` runs, so concurrent writers queue instead of forking. */
async function withLedgerLock(git, work) {
    const lock = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.gitDir, LOCK_NAME);
    const mine = `${process.pid} ${new Date().toISOString()} ${(0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)()} ${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(8).toString('hex')}\n`;
    const started = Date.now();
    let delay = 10;
    for (;;) {
        try {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(lock, 'wx');
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, mine);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`cannot create the ledger lock ${lock}: ${error.message}`);
            let seen = '';
            try {
                seen = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(lock, 'utf8');
            }
            catch {
                continue; // released while we looked
            }
            const owner = parseLock(seen);
            // A writer killed between creating the lock and writing its pid leaves it empty; a live
            // one fills it within microseconds, so an unreadable lock older than that is stale.
            if (holderIsGone(owner) || (!owner && lockAgeMs(lock) > EMPTY_LOCK_GRACE_MS)) {
                breakStaleLock(lock, seen);
                continue;
            }
            if (Date.now() - started > LOCK_WAIT_MS) {
                let age = '';
                try {
                    age = `, ${Math.round((Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(lock).mtimeMs) / 1000)}s ago`;
                }
                catch {
                    // The holder released it while we looked.
                }
                const holder = owner ? ` (held by process ${owner.pid}${owner.host && owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() ? ` on ${owner.host}` : ''} since ${owner.since}${age})` : '';
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`the ledger is locked by another ao process${holder}; waited ${Math.round(LOCK_WAIT_MS / 1000)}s`, {
                    where: lock,
                    fix: `wait for it to finish; if no ao process is running, remove the stale lock with \`rm ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(lock)}\``,
                });
            }
            await new Promise((resolve) => setTimeout(resolve, delay));
            delay = Math.min(delay * 2, 200);
        }
    }
    try {
        removeOrphans(git);
        return await work();
    }
    finally {
        // Release only our own lock: never one a waiter took over after judging ours stale.
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(lock, 'utf8') === mine)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true });
        }
        catch {
            // already gone
        }
    }
}
const EMPTY_LOCK_GRACE_MS = 2_000;
function lockAgeMs(lock) {
    try {
        return Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(lock).mtimeMs;
    }
    catch {
        return 0;
    }
}
const TMP_DIR = 'agentops-tmp';
const TMP_SUFFIX = '.ao-tmp';
/** Exactly the names writeFileAtomic gives its temp files (in .git/, or hidden next to the target). */
const TMP_NAME = /^\.?[0-9a-f]{16}\.ao-tmp$/;
/**
 * Temp files left by a writer killed before its rename. Only called under the lock, when
 * no other writer can have one in flight, so every temp file found is an orphan.
 */
function removeOrphans(git) {
    const dirs = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.gitDir, TMP_DIR)];
    if (!(0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_8__/* .ledgerRootEntry */ .AP)(git.topLevel)) {
        try {
            for (const bucket of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .LEDGER_DIR */ .EN), { withFileTypes: true }))
                if (bucket.isDirectory())
                    dirs.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .LEDGER_DIR */ .EN, bucket.name));
        }
        catch {
            // no ledger yet
        }
    }
    for (const dir of dirs) {
        let names;
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
        }
        catch {
            continue;
        }
        for (const name of names)
            if (TMP_NAME.test(name))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), { force: true });
    }
}
/**
 * Writes bytes so that a crash at any point leaves the whole file or nothing: a temp file in
 * `.git/` (so a crash leaves nothing under `.agents/`), fsynced, renamed into place, and the
 * folder fsynced. Refuses to write through a symlinked folder, which could lead out of the
 * repository. When `.git` is on another file system than the working tree (rename cannot
 * cross), the temp file goes next to the target under a name no verifier accepts as a
 * record, and the next writer removes it if a crash left it behind.
 */
function writeFileAtomic(git, target, content) {
    refuseLinkedFolders(git.topLevel, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target));
    const tmpDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.gitDir, TMP_DIR);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(tmpDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    const name = `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(8).toString('hex')}${TMP_SUFFIX}`;
    let tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmpDir, name);
    writeSynced(tmp, content);
    try {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
        }
        catch (error) {
            if (error.code !== 'EXDEV')
                throw error;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(tmp);
            tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${name}`);
            writeSynced(tmp, content);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
        }
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`cannot move the new record into ${target}: ${error.message}`, { fix: 'check that the repository is writable, then run the command again' });
    }
    try {
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), 'r');
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(dir);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(dir);
        }
    }
    catch {
        // Some file systems cannot fsync a directory; the rename itself is still atomic.
    }
}
function writeSynced(path, content) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'wx', 0o644);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, content);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Every existing folder from `top` down to `dir` must be a real directory, not a symlink. */
function refuseLinkedFolders(top, dir) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, dir);
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`refusing to write outside the repository: ${dir}`);
    let current = top;
    for (const part of rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter(Boolean)) {
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, part);
        let stat;
        try {
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(current);
        }
        catch {
            return; // the rest is created as real directories
        }
        if (!stat.isDirectory()) {
            const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(top, current);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`${shown} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}: ao writes records only inside the repository, never through a link`, {
                fix: `replace ${shown} with a real directory (\`git checkout HEAD -- ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(shown)}\` restores the committed one), then run the command again`,
            });
        }
    }
}
/** Appends a verdict on top of the current heads: the one way `ao verdict` and `ao check` write. */
function appendVerdict(git, body, options = {}) {
    return appendRecord(git, (tip) => ({
        schema: _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .RECORD_SCHEMA */ .ep,
        type: 'verdict',
        seq: tip.nextSeq,
        prev: tip.heads,
        createdAt: new Date().toISOString(),
        ledger: tip.genesisId,
        ...body,
    }), options);
}
/** Appends one record on top of the current heads, atomically and under the ledger lock. */
async function appendRecord(git, makeBody, options = {}) {
    return withLedgerLock(git, async () => {
        const tip = readTip(git.topLevel);
        let record = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .sealRecord */ .xe)(makeBody(tip));
        if (options.sign)
            record = { ...record, signature: await options.sign(record.id) };
        // Never write a record that a verifier would refuse.
        const problems = (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_7__/* .validateRecordShape */ .R$)(record);
        if (problems.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`refusing to write an invalid record: ${(0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_7__/* .formatSchemaProblems */ .xe)(problems)}`, { fix: 'shorten or correct the values given on the command line' });
        const size = Buffer.byteLength((0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .renderRecord */ .sF)(record));
        if (size > _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_RECORD_BYTES */ .xR)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`the record would be ${size} bytes; the limit is ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_RECORD_BYTES */ .xR}`, { fix: 'split the change into smaller commits, or exempt generated paths in .agents/policy.json' });
        const path = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .recordPath */ .lX)(record.seq, record.id);
        writeFileAtomic(git, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.topLevel, path), (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .renderRecord */ .sF)(record));
        if (options.stage)
            await git.stage([path]);
        return { record, path };
    });
}


/***/ })

};
