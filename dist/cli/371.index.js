export const id = 371;
export const ids = [371];
export const modules = {

/***/ 2371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cmdCheck: () => (/* binding */ cmdCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/core/record.ts
var core_record = __webpack_require__(4130);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
;// CONCATENATED MODULE: ./src/core/council.ts



/**
 * The rules of `ao check`: who a judge is, and when a set of runs and a council of
 * judges adds up to a passing verdict.
 */
const JUDGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$/;
/** Words that start a program rather than name it: `node judge.mjs` is the judge "judge". */
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash']);
const LAUNCHERS = new Set([
    'node',
    'nodejs',
    'deno',
    'bun',
    'tsx',
    'ts-node',
    'python',
    'python3',
    'uv',
    'uvx',
    'pipx',
    'ruby',
    'perl',
    'php',
    'sh',
    'bash',
    'zsh',
    'dash',
    'env',
    'exec',
    'command',
    'nice',
    'timeout',
    'npx',
    'pnpm',
    'yarn',
    'npm',
    'run',
    'x',
    'dlx',
]);
/** A judge's name: letters, digits and . _ @ + -, at most 64, starting with a letter or digit. */
function isJudgeName(name) {
    return JUDGE_NAME.test(name);
}
/**
 * A judge's name when none is given: the program its command runs, without directory or
 * extension (`claude -p ...` is "claude", `node judges/strict.mjs` is "strict"). Only
 * for naming: the command itself is run by /bin/sh as written.
 */
function judgeNameFromCommand(command) {
    const words = [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
    let index = 0;
    while (index < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index]))
        index++;
    const launcher = words[index] ?? '';
    let program = launcher;
    for (; index < words.length; index++) {
        const word = words[index];
        const base = word.split('/').pop() ?? '';
        if (word.startsWith('-')) {
            const next = words[index + 1];
            // `sh -c 'claude -p ...'` is named by its script; `node -e CODE` by its interpreter.
            if (word === '-c' && next !== undefined && SHELLS.has(baseName(launcher)))
                return judgeNameFromCommand(next);
            if (['-c', '-e', '--eval', '-p', '--print'].includes(word) && LAUNCHERS.has(baseName(launcher)))
                break;
            continue;
        }
        if (!LAUNCHERS.has(base) && !/^[0-9.]+[a-z]?$/.test(base)) {
            program = word;
            break;
        }
    }
    const name = baseName(program)
        .replace(/\.(m?[jt]s|cjs|py|sh|rb|pl|php)$/, '')
        .replace(/[^A-Za-z0-9._@+-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 64);
    return name || 'judge';
}
function baseName(word) {
    return word.split('/').pop() ?? '';
}
/**
 * A judge whose own program is part of the change under review would judge itself: the
 * change could rewrite it to always pass. Returns the first word of the command that
 * names a path the change touches (relative paths resolve inside the checkout under review).
 */
function judgeTouchedByChange(command, changedPaths) {
    const changed = new Set(changedPaths);
    for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
        const word = (match[1] ?? match[2] ?? match[3] ?? '')
            .replace(/^[A-Za-z_][A-Za-z0-9_]*=/, '')
            .replace(/^(?:\.\/)+/, '');
        if (word && changed.has(word))
            return word;
    }
    return undefined;
}
function judgeId(name) {
    return `judge:${name}`;
}
/** The quorum a council needs: at least 1, at most the number of distinct judges (a judge given twice counts once). */
function quorumProblem(judgeIds, quorum) {
    const distinct = new Set(judgeIds).size;
    if (quorum === undefined)
        return undefined;
    if (distinct === 0)
        return { problem: 'no-judges' };
    if (!Number.isSafeInteger(quorum) || quorum < 1)
        return { problem: 'not-whole', quorum };
    if (quorum > distinct)
        return { problem: 'unreachable', quorum, distinct, given: judgeIds.length };
    return undefined;
}
/** The quorum a council needs (default: all of its distinct judges); the caller has refused a `quorumProblem`. */
function resolveQuorum(judgeIds, quorum) {
    const problem = quorumProblem(judgeIds, quorum);
    if (problem)
        throw new errors/* AoError */.V(`the quorum cannot be met (${problem.problem})`, {
            fix: 'give a quorum from 1 to the number of distinct judges',
        });
    return quorum ?? new Set(judgeIds).size;
}
function countsAsPass(verdict, policy = {}) {
    return verdict === 'pass' || (verdict === 'warn' && policy.warnIsPass !== false);
}
/**
 * A judge's verdict as the policy counts it: with `check.failOn`, a review holding a finding
 * of that severity or worse is a fail, whatever the judge concluded.
 */
function effectiveVerdict(result, policy = {}) {
    if (result.verdict === 'error' || result.verdict === 'fail' || !policy.failOn)
        return result.verdict;
    // SEVERITIES lists them least first: the index is the rank.
    const threshold = core_record/* SEVERITIES */.oC.indexOf(policy.failOn);
    return (result.review?.findings ?? []).some((f) => core_record/* SEVERITIES */.oC.indexOf(f.severity) >= threshold)
        ? 'fail'
        : result.verdict;
}
/**
 * The verdict: every run passes, at least `quorum` distinct judges pass, and the passing
 * judges span at least `policy.minModelFamilies` model families. A judge given more than
 * once passes only when every one of its answers does.
 */
function decideCouncil(args) {
    const policy = args.policy ?? {};
    const failedRuns = args.runs.filter((run) => !run.passed).map((run) => run.command);
    const byJudge = new Map();
    for (const result of args.judges)
        byJudge.set(result.reviewer, [...(byJudge.get(result.reviewer) ?? []), result]);
    const passing = [...byJudge]
        .filter(([, results]) => results.every((r) => countsAsPass(effectiveVerdict(r, policy), policy)))
        .map(([id]) => id);
    const errored = [...byJudge].filter(([, results]) => results.every((r) => r.verdict === 'error')).map(([id]) => id);
    const failedOn = policy.failOn
        ? args.judges.filter((r) => r.verdict !== 'fail' && effectiveVerdict(r, policy) === 'fail').map((r) => r.reviewer)
        : [];
    const duplicates = [...byJudge].filter(([, results]) => results.length > 1).map(([id]) => id);
    const families = [
        ...new Set(args.judges.filter((r) => passing.includes(r.reviewer) && r.family).map((r) => r.family)),
    ].sort();
    const reasons = [];
    if (failedRuns.length > 0)
        reasons.push(`${failedRuns.length} of ${(0,words/* plural */.LS)(args.runs.length, 'run')} failed: ${failedRuns.join(', ')}`);
    let notProven = false;
    if (byJudge.size > 0 && passing.length < args.quorum) {
        // Not proven: without the judges that errored the quorum was out of reach, and none of the rest failed it.
        notProven = failedRuns.length === 0 && errored.length > 0 && passing.length + errored.length >= args.quorum;
        reasons.push(`${passing.length} of ${(0,words/* plural */.LS)(byJudge.size, 'judge')} passed; the quorum is ${args.quorum}` +
            (errored.length ? ` (${errored.length} errored and do not count: ${errored.join(', ')})` : '') +
            (failedOn.length
                ? ` (the policy's check.failOn ${policy.failOn} turned ${[...new Set(failedOn)].join(', ')} into a fail)`
                : ''));
    }
    const minFamilies = policy.minModelFamilies;
    if (minFamilies !== undefined && families.length < minFamilies) {
        reasons.push(`the passing judges span ${families.length} model famil${families.length === 1 ? 'y' : 'ies'}${families.length ? ` (${families.join(', ')})` : ''}; the policy requires ${minFamilies}`);
    }
    const verdict = reasons.length === 0 ? 'pass' : 'fail';
    return {
        verdict,
        outcome: verdict === 'pass' ? 'pass' : notProven ? 'not proven' : 'fail',
        errored,
        runs: { total: args.runs.length, passed: args.runs.length - failedRuns.length, failed: failedRuns },
        judges: { distinct: byJudge.size, passed: passing.length, quorum: args.quorum, passing, duplicates },
        families,
        reasons,
    };
}
/**
 * The commits of a range a passing verdict names on their own: those whose diff the judges
 * were shown whole (`shown`) and on which the council passes counting, for each commit,
 * only the answers that list it in their review's `commits` (every other answer counts as
 * not passing it). `--run` commands see the range's head only: they vouch for no commit.
 */
function commitsVouchedFor(args) {
    if (args.judges.length === 0)
        return [];
    return args.shown.filter((commit) => {
        const judges = args.judges.map((j) => j.review?.commits?.includes(commit) ? j : { ...j, verdict: 'error' });
        return decideCouncil({ runs: [], judges, quorum: args.quorum, policy: args.policy }).verdict === 'pass';
    });
}
/** The record's summary: the outcome in one paragraph, with the council's families. */
function councilSummary(decision) {
    const parts = [
        `ao check: ${decision.outcome === 'not proven' ? 'fail (not proven: judges errored and the quorum was out of reach)' : decision.verdict}.`,
    ];
    if (decision.runs.total > 0)
        parts.push(`Runs: ${decision.runs.passed} of ${decision.runs.total} passed.`);
    if (decision.judges.distinct > 0) {
        parts.push(`Judges: ${decision.judges.passed} of ${decision.judges.distinct} passed (quorum ${decision.judges.quorum}); model families: ${decision.families.join(', ') || 'none known'}.`);
    }
    if (decision.judges.duplicates.length > 0)
        parts.push(`Counted once: ${decision.judges.duplicates.join(', ')}.`);
    if (decision.reasons.length > 0)
        parts.push(`Fails because ${decision.reasons.join('; ')}.`);
    return (0,words/* clip */.$Q)(parts.join(' '), 4000);
}

// EXTERNAL MODULE: ./src/repo/changes.ts
var changes = __webpack_require__(2757);
// EXTERNAL MODULE: ./src/core/review.ts
var review = __webpack_require__(7935);
// EXTERNAL MODULE: ./src/repo/writer.ts
var writer = __webpack_require__(9381);
;// CONCATENATED MODULE: ./src/repo/check/record.ts



/** The share of the record's byte budget that judges' findings may fill. */
const FINDINGS_SHARE = 0.6;
/** Records the check as one verdict with every checker's evidence, runs first, in command-line order. */
async function recordCheck(git, check, options) {
    const evidence = checkEvidence(check, findingsBudget(check, options));
    return (0,writer/* appendVerdict */.w0)(git, {
        subject: check.subject,
        verdict: check.decision.verdict,
        checker: options.checker,
        worker: options.worker,
        evidence,
        summary: check.summary,
    }, { stage: options.stage, sign: options.sign });
}
function checkEvidence(check, budget) {
    const runs = check.checkers.filter((c) => c.kind === 'run').sort((a, b) => a.index - b.index);
    const judges = check.checkers.flatMap((c) => (c.kind === 'judge' ? [c] : [])).sort((a, b) => a.index - b.index);
    const evidence = runs.map((c) => (c.kind === 'run' ? c.evidence : {}));
    let left = budget;
    for (const judge of judges) {
        const { evidence: item, used } = (0,review/* reviewEvidence */.Ks)(judge.result, left);
        left -= used;
        evidence.push(item);
    }
    return evidence;
}
/** Bytes left for findings once everything else of the record is counted, with room for indentation. */
function findingsBudget(check, options) {
    const bare = checkEvidence(check, 0);
    const zero = `sha256:${'0'.repeat(64)}`;
    const probe = {
        ...(0,writer/* recordHeader */.Ng)('verdict', { nextSeq: 0, heads: Array(8).fill(zero), genesisId: zero }),
        id: zero,
        subject: check.subject,
        verdict: check.decision.verdict,
        checker: options.checker,
        worker: options.worker,
        evidence: bare,
        summary: check.summary,
    };
    const used = Buffer.byteLength((0,core_record/* renderRecord */.sF)(probe)) + 16 * 1024;
    // Rendered findings carry indentation and multi-byte characters: count them at half.
    return Math.max(0, Math.floor(((core_record/* MAX_RECORD_BYTES */.xR - used) * FINDINGS_SHARE) / 2));
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/coverage.ts
var coverage = __webpack_require__(7989);
// EXTERNAL MODULE: ./src/core/schemas.ts + 1 modules
var schemas = __webpack_require__(4561);
// EXTERNAL MODULE: ./src/core/review-schemas.ts + 1 modules
var review_schemas = __webpack_require__(2091);
// EXTERNAL MODULE: ./src/core/shell.ts
var shell = __webpack_require__(6673);
;// CONCATENATED MODULE: ./src/core/judge-command.ts


/** Shell builtins that load nothing: a judge like `echo '{...}'` or `exit 3` names no file. */
const BUILTINS = new Set(['echo', 'printf', 'exit', 'true', 'false', ':']);
const judge_command_SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash']);
/** Programs that run the program after their options, e.g. `timeout 30 node x.mjs`. */
const WRAPPERS = {
    env: { withValue: ['-u', '--unset'], refuse: ['-C', '--chdir', '-S', '--split-string'] },
    exec: { withValue: ['-a'] },
    command: { withValue: [] },
    nice: { withValue: ['-n', '--adjustment'], skipNumber: true },
    nohup: { withValue: [] },
    setsid: { withValue: [] },
    stdbuf: { withValue: ['-i', '-o', '-e'] },
    time: { withValue: ['-f', '-o'] },
    timeout: { withValue: ['-s', '--signal', '-k', '--kill-after'], skipNumber: true },
};
/** Interpreters whose first non-option word is the script, with the options that matter. */
const INTERPRETERS = [
    {
        match: /^(node|nodejs)$/,
        inline: ['-e', '--eval', '-p', '--print', '--run', '-'],
        modules: [
            '-r',
            '--require',
            '--import',
            '--loader',
            '--experimental-loader',
            '--env-file',
            '--env-file-if-exists',
            '--experimental-config-file',
        ],
        dirs: [],
        withValue: ['-C', '--conditions', '--input-type', '--title'],
        note: 'inline code resolves its imports from the working directory, and --run reads its package.json',
    },
    {
        match: /^python(\d+(\.\d+)*)?$/,
        inline: ['-c', '-m', '-'],
        modules: [],
        dirs: [],
        withValue: ['-W', '-X', '--check-hash-based-pycs'],
        note: 'python puts the working directory first on sys.path for -c and -m',
    },
    {
        match: /^ruby$/,
        inline: ['-e', '-'],
        modules: ['-r'],
        dirs: ['-I', '-C'],
        withValue: ['-E', '--encoding'],
        note: 'inline code loads from the working directory',
    },
    {
        match: /^perl$/,
        inline: ['-e', '-E', '-'],
        modules: [],
        dirs: ['-I'],
        withValue: ['-M', '-m'],
        note: 'inline code loads from the working directory',
    },
];
/**
 * Launchers that take configuration, scripts or packages from their working directory
 * (.npmrc, node_modules/.bin, package.json scripts, bunfig.toml, deno.json, tsconfig paths,
 * pyproject.toml, Makefile, Cargo build scripts, .mise.toml...): in the checkout of the
 * change, the change would choose what they run.
 */
const PROJECT_LAUNCHERS = new Set([
    'npx',
    'npm',
    'pnpm',
    'pnpx',
    'yarn',
    'yarnpkg',
    'corepack',
    'bun',
    'bunx',
    'deno',
    'tsx',
    'ts-node',
    'uv',
    'uvx',
    'pipx',
    'poetry',
    'pipenv',
    'pdm',
    'hatch',
    'rye',
    'make',
    'gmake',
    'just',
    'task',
    'cargo',
    'go',
    'mvn',
    'gradle',
    'gradlew',
    'rake',
    'bundle',
    'bundler',
    'composer',
    'dotnet',
    'mise',
    'asdf',
    'direnv',
    'xargs',
]);
/**
 * Environment names that make a program load code from a path (NODE_OPTIONS=--import ./x):
 * set on a judge's command line, a relative path in them resolves inside the change.
 */
const LOADER_ENV = new Set([
    'PATH',
    'NODE_OPTIONS',
    'NODE_PATH',
    'BASH_ENV',
    'ENV',
    'PYTHONPATH',
    'PYTHONSTARTUP',
    'PYTHONHOME',
    'PYTHONUSERBASE',
    'RUBYOPT',
    'RUBYLIB',
    'PERL5OPT',
    'PERL5LIB',
    'PERLLIB',
    'LD_PRELOAD',
    'LD_LIBRARY_PATH',
    'LD_AUDIT',
    'DYLD_INSERT_LIBRARIES',
    'DYLD_LIBRARY_PATH',
    'DYLD_FRAMEWORK_PATH',
]);
const FIX = 'put the judge in a file outside the repository and name it by its absolute path, e.g. "node $HOME/.config/ao/judges/claude.mjs" (in double quotes, so that your shell expands $HOME)';
/**
 * The command with every file it runs or loads replaced by what `resolve` says (absolute
 * paths outside the change). Throws AoError when the command is not one simple command whose
 * files can be named before it runs.
 */
function resolveJudgeCommand(command, resolve) {
    return rewrite(command, resolve, command, 0);
}
function refuse(judge, problem, fix = FIX) {
    throw new errors/* AoError */.V(`the judge ${JSON.stringify(judge)} ${problem}: ao check cannot tell that the change under review does not supply it`, { fix });
}
function rewrite(command, resolve, judge, depth) {
    if (depth > 3)
        refuse(judge, 'nests shells too deeply');
    const words = shellWords(command, judge);
    const replaced = new Map();
    // Files are resolved once the whole command has been read: what cannot be analysed is refused first.
    const pending = [];
    const use = (word, role, attached) => {
        const text = attached ?? word.text;
        pending.push({ word, role, text, prefix: word.text.slice(0, word.text.length - text.length) });
    };
    const finish = () => {
        for (const { word, role, text, prefix } of pending) {
            const resolved = resolve({ text, role });
            if (resolved !== text)
                replaced.set(word, `${prefix}${resolved}`);
        }
        return applyReplacements(command, replaced);
    };
    let i = 0;
    for (;;) {
        // Assignments before the program: VAR=value is data, unless it tells a program where to load code from.
        while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i].text)) {
            const name = words[i].text.slice(0, words[i].text.indexOf('='));
            if (LOADER_ENV.has(name))
                refuse(judge, `sets ${name}, which tells programs where to load code from (a relative path in it resolves inside the checkout of the change)`, `drop ${name}=… from the judge's command line; ${FIX}`);
            i++;
        }
        const program = words[i];
        if (!program)
            refuse(judge, 'names no program');
        const name = program.text.split('/').pop();
        if (BUILTINS.has(program.text))
            break;
        if (PROJECT_LAUNCHERS.has(name)) {
            refuse(judge, `runs ${name}, which takes its configuration, scripts or packages from the working directory, here a checkout of the change`, `install the tool and name its program by absolute path (e.g. "$(command -v claude) -p ..."), or ${FIX}`);
        }
        use(program, 'program');
        i++;
        const wrapper = WRAPPERS[name];
        if (wrapper) {
            for (; i < words.length; i++) {
                const text = words[i].text;
                if (wrapper.refuse?.some((flag) => text === flag || text.startsWith(`${flag}=`)))
                    refuse(judge, `runs ${name} ${text}, which changes how the program is found`);
                if (wrapper.withValue.includes(text))
                    i++;
                else if (text === '--') {
                    i++;
                    break;
                }
                else if (!text.startsWith('-') && !(wrapper.skipNumber && /^[0-9.]+[smhd]?$/.test(text)))
                    break;
            }
            continue;
        }
        if (judge_command_SHELLS.has(name)) {
            for (; i < words.length; i++) {
                const text = words[i].text;
                // -c, also inside a cluster such as -lc: the next word is the script.
                if (/^-[A-Za-z]*c[A-Za-z]*$/.test(text)) {
                    const script = words[i + 1];
                    if (!script)
                        refuse(judge, `runs ${name} ${text} without a script`);
                    const inner = rewrite(script.text, resolve, judge, depth + 1);
                    if (inner !== script.text)
                        replaced.set(script, inner);
                    return finish();
                }
                if (text === '-s' || text === '-' || text === '--')
                    break;
                if (text === '-o' || text === '+o' || text === '-O' || text === '+O') {
                    i++;
                    continue;
                }
                if (!text.startsWith('-') && !text.startsWith('+')) {
                    use(words[i], 'script');
                    return finish();
                }
            }
            refuse(judge, `runs ${name} on its standard input, which is the review request: the change's diff would be its program`);
        }
        const interpreter = INTERPRETERS.find((it) => it.match.test(name));
        if (interpreter) {
            const takesValue = (flag) => [...interpreter.inline, ...interpreter.modules, ...interpreter.dirs, ...interpreter.withValue].includes(flag);
            // One option and its value (attached, or the next word when `attached` is undefined).
            const option = (word, flag, attached) => {
                if (interpreter.inline.includes(flag))
                    refuse(judge, `runs ${name} ${flag} (${interpreter.note})`);
                const loads = interpreter.modules.includes(flag)
                    ? 'module'
                    : interpreter.dirs.includes(flag)
                        ? 'dir'
                        : undefined;
                if (attached !== undefined) {
                    if (loads)
                        use(word, loads, attached);
                    return;
                }
                if (!takesValue(flag))
                    return;
                const value = words[i + 1];
                if (!value)
                    refuse(judge, `ends with ${flag} and no value`);
                if (loads)
                    use(value, loads);
                i++;
            };
            for (; i < words.length; i++) {
                const word = words[i];
                const text = word.text;
                if (text === '-')
                    refuse(judge, `runs ${name} on its standard input, which is the review request`);
                if (text === '--') {
                    i++;
                    break;
                }
                if (!text.startsWith('-'))
                    break;
                if (text.startsWith('--')) {
                    const eq = text.indexOf('=');
                    option(word, eq < 0 ? text : text.slice(0, eq), eq < 0 ? undefined : text.slice(eq + 1));
                    continue;
                }
                // A cluster of short options (-wle, -Wignore, -r./x): the first that takes a value takes the rest.
                for (let k = 1; k < text.length; k++) {
                    const flag = `-${text[k]}`;
                    if (takesValue(flag)) {
                        option(word, flag, k + 1 < text.length ? text.slice(k + 1) : undefined);
                        break;
                    }
                }
            }
            const script = words[i];
            if (!script)
                refuse(judge, `runs ${name} on its standard input, which is the review request`);
            use(script, 'script');
        }
        break;
    }
    return finish();
}
/** The command with the given words replaced by shell-quoted text. */
function applyReplacements(command, replaced) {
    const words = [...replaced].sort(([a], [b]) => b.start - a.start);
    let out = command;
    for (const [word, text] of words)
        out = `${out.slice(0, word.start)}${(0,shell/* shellQuote */.Z)(text)}${out.slice(word.end)}`;
    return out;
}
/**
 * The words of one simple command as /bin/sh would split them, quotes removed. Refuses what
 * would make the words depend on the shell's state when it runs (expansions, globs, `~`),
 * and anything beyond one command (`;`, `&&`, pipes, redirections, subshells, comments).
 */
function shellWords(command, judge) {
    const words = [];
    let i = 0;
    const n = command.length;
    while (i < n) {
        while (i < n && (command[i] === ' ' || command[i] === '\t'))
            i++;
        if (i >= n)
            break;
        const start = i;
        let text = '';
        if (command[i] === '~')
            refuse(judge, "starts a word with ~, which expands to the checker's fresh HOME");
        if (command[i] === '#')
            refuse(judge, 'has a comment');
        while (i < n && command[i] !== ' ' && command[i] !== '\t') {
            const c = command[i];
            if (c === "'") {
                const close = command.indexOf("'", i + 1);
                if (close < 0)
                    refuse(judge, 'has an unclosed quote');
                text += command.slice(i + 1, close);
                i = close + 1;
            }
            else if (c === '"') {
                i++;
                for (;;) {
                    if (i >= n)
                        refuse(judge, 'has an unclosed quote');
                    const d = command[i];
                    if (d === '"')
                        break;
                    if (d === '$' || d === '`')
                        refuse(judge, `expands ${d === '$' ? '$…' : '`…`'} when it runs, inside the checkout (where $PWD is the change and $HOME is empty)`);
                    if (d === '\\' && i + 1 < n && '"\\$`'.includes(command[i + 1])) {
                        text += command[i + 1];
                        i += 2;
                        continue;
                    }
                    text += d;
                    i++;
                }
                i++;
            }
            else if (c === '\\') {
                if (i + 1 >= n || command[i + 1] === '\n')
                    refuse(judge, 'continues over a line');
                text += command[i + 1];
                i += 2;
            }
            else if (c === '$' || c === '`') {
                refuse(judge, `expands ${c === '$' ? '$…' : '`…`'} when it runs, inside the checkout (where $PWD is the change and $HOME is empty)`);
            }
            else if ('*?['.includes(c)) {
                refuse(judge, `has the pattern character ${c}, which the shell matches against the files of the checkout`);
            }
            else if (';&|<>()\n\r'.includes(c)) {
                refuse(judge, 'is more than one simple command (it has ; & | < > ( ) or a line break)', `make the judge one program and its arguments; put anything more in a script outside the repository. ${FIX}`);
            }
            else {
                text += c;
                i++;
            }
        }
        words.push({ text, start, end: i });
    }
    if (words.length === 0)
        refuse(judge, 'is empty');
    return words;
}

;// CONCATENATED MODULE: ./src/repo/judges.ts




async function judgeSurroundings(git, args) {
    const trees = [git.topLevel, ...(await git.worktreePaths())];
    const forbidden = [...new Set([...trees, args.checkoutsRoot].map(realOrSelf))];
    const path = (args.parentEnv.PATH ?? '')
        .split(external_node_path_.delimiter)
        .filter((dir) => (0,external_node_path_.isAbsolute)(dir) && !insideAny(dir, forbidden) && !insideAny(realOrSelf(dir), forbidden));
    return { cwd: args.cwd, forbidden, path };
}
/** The judge's command with every file it runs or loads made absolute; AoError (nothing runs) when one could come from the change. */
function commandOutsideChange(command, around) {
    return resolveJudgeCommand(command, (ref) => resolveRef(command, ref, around));
}
/**
 * A judge's environment: the checker's, with PATH cut to `around.path` and without the
 * names that make programs load code from a path (NODE_OPTIONS, PYTHONPATH, BASH_ENV, …),
 * whose relative values would resolve inside the checkout of the change.
 */
function judgeEnv(env, around) {
    const out = {};
    for (const [name, value] of Object.entries(env))
        if (!LOADER_ENV.has(name))
            out[name] = value;
    // An empty PATH would mean "the working directory" to a shell's lookup: none at all, then.
    if (around.path.length > 0)
        out.PATH = around.path.join(external_node_path_.delimiter);
    else
        delete out.PATH;
    return out;
}
function resolveRef(judge, ref, around) {
    const { text, role } = ref;
    const what = role === 'module' ? 'loads' : role === 'dir' ? 'loads code from' : 'runs';
    const fixOutside = `copy it outside the repository (e.g. to ~/.config/ao/judges/) and name it by its absolute path: --judge "node $HOME/.config/ao/judges/NAME.mjs" (in double quotes, so that your shell expands $HOME)`;
    if (role === 'program' && !text.includes('/')) {
        const found = around.path.map((dir) => `${dir}${dir.endsWith(external_node_path_.sep) ? '' : external_node_path_.sep}${text}`).find(isExecutableFile);
        if (!found) {
            throw new errors/* AoError */.V(`the judge ${JSON.stringify(judge)} runs ${text}, which is not on the judges' PATH (PATH without relative entries and without entries inside the repository)`, {
                fix: `install ${text} outside the repository, or name the program by its absolute path`,
            });
        }
        refuseInside(judge, text, found, around, what, fixOutside);
        return text;
    }
    if (role === 'module' && !text.includes('/')) {
        throw new errors/* AoError */.V(`the judge ${JSON.stringify(judge)} loads ${JSON.stringify(text)} by name, which resolves from the working directory, a checkout of the change`, {
            fix: 'name the file it loads by its absolute path, outside the repository',
        });
    }
    const absolute = (0,external_node_path_.resolve)(around.cwd, text);
    const exists = role === 'dir' ? isDirectory(absolute) : role === 'program' ? isExecutableFile(absolute) : isFile(absolute);
    if (!exists) {
        throw new errors/* AoError */.V(`the judge ${JSON.stringify(judge)} ${what} ${text}, and ${absolute} is not ${role === 'dir' ? 'a directory' : role === 'program' ? 'an executable file' : 'a file'}` +
            ((0,external_node_path_.isAbsolute)(text)
                ? ''
                : ` (relative paths resolve from where you run ao check, ${around.cwd}, never inside the checkout of the change)`), { fix: `name the judge's ${role === 'dir' ? 'directory' : 'file'} by its absolute path, outside the repository` });
    }
    refuseInside(judge, text, absolute, around, what, fixOutside);
    return absolute;
}
function refuseInside(judge, text, path, around, what, fix) {
    const real = realOrSelf(path);
    const inside = around.forbidden.find((dir) => insideAny(path, [dir]) || insideAny(real, [dir]));
    if (!inside)
        return;
    throw new errors/* AoError */.V(`the judge ${JSON.stringify(judge)} ${what} ${[...new Set([text, path, real])].join(', which is ')}, inside ${inside}: a working tree of the repository under review (or a checkout of the change), so the change could rewrite what judges it`, { fix });
}
function insideAny(path, dirs) {
    return dirs.some((dir) => path === dir || path.startsWith(dir.endsWith(external_node_path_.sep) ? dir : `${dir}${external_node_path_.sep}`));
}
function realOrSelf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function isExecutableFile(path) {
    if (!isFile(path))
        return false;
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/repo/subjects.ts
var subjects = __webpack_require__(2743);
// EXTERNAL MODULE: ./src/repo/verify.ts
var verify = __webpack_require__(2431);
;// CONCATENATED MODULE: ./src/repo/check/pool.ts
/** Runs at most `limit` jobs at once; the first error stops the rest and is rethrown once all have settled. */
async function pool(jobs, limit, hooks) {
    const results = new Array(jobs.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < jobs.length && !failure && !hooks.stop.signal.aborted) {
            const index = next++;
            try {
                results[index] = await jobs[index]();
                hooks.onDone(results[index]);
            }
            catch (error) {
                failure ??= { error };
                hooks.stop.abort();
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, worker));
    if (failure)
        throw failure.error;
    return results;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/repo/check/process.ts



/** SIGKILL follows a timeout's SIGTERM this much later; pipes held open this long after the leader exits are cut. */
const KILL_GRACE_MS = 2000;
/** What a --run command's output tail is taken from; its digest covers every byte. */
const RUN_TAIL_BYTES = 64 * 1024;
const STDERR_TAIL_BYTES = 4 * 1024;
/**
 * Runs `/bin/sh -c command` in the box as the leader of a new process group (and session,
 * so it has no terminal). When the leader exits, the rest of its group is killed: nothing a
 * checker starts outlives it. When the time limit passes, the group gets SIGTERM, and
 * SIGKILL once KILL_GRACE_MS have passed.
 */
function runProcess(args) {
    const { box, mode } = args;
    return new Promise((resolve) => {
        const started = Date.now();
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let kept = [];
        let keptBytes = 0;
        let overflow = false;
        let stderrTail = Buffer.alloc(0);
        let timedOut = false;
        let exit;
        let endedAt = 0;
        const timers = [];
        let settled = false;
        let onStop = () => undefined;
        const finish = (spawnError) => {
            if (settled)
                return;
            settled = true;
            for (const timer of timers)
                clearTimeout(timer);
            // Whatever the checker left running (a server, a watcher, a TERM-ignoring child) ends with it.
            if (child.pid !== undefined)
                killGroup(child.pid, 'SIGKILL');
            args.stop.removeEventListener('abort', onStop);
            const durationMs = (endedAt || Date.now()) - started;
            const output = Buffer.concat(kept);
            resolve({
                outcome: {
                    exitCode: exit?.code ?? null,
                    signal: timedOut ? null : (exit?.signal ?? null),
                    durationMs,
                    timedOut,
                    timeoutMs: args.timeoutMs,
                    spawnError,
                },
                output: output.toString('utf8'),
                overflow,
                digest: `sha256:${hash.digest('hex')}`,
                stderrTail: stderrTail.toString('utf8').trim(),
            });
        };
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', args.command], {
            cwd: box.tree,
            env: box.env,
            detached: true,
            stdio: [mode === 'judge' ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        });
        if (child.pid === undefined) {
            child.on('error', (error) => finish(error.message));
            return;
        }
        const pid = child.pid;
        onStop = () => killGroup(pid, 'SIGKILL');
        if (args.stop.aborted)
            onStop();
        else
            args.stop.addEventListener('abort', onStop);
        const keepTail = (chunk) => {
            kept.push(chunk);
            keptBytes += chunk.length;
            if (keptBytes > RUN_TAIL_BYTES * 2) {
                const all = Buffer.concat(kept);
                kept = [all.subarray(all.length - RUN_TAIL_BYTES)];
                keptBytes = RUN_TAIL_BYTES;
            }
        };
        child.stdout.on('data', (chunk) => {
            if (mode === 'run') {
                hash.update(chunk);
                keepTail(chunk);
            }
            else if (!overflow) {
                keptBytes += chunk.length;
                if (keptBytes > review/* MAX_REVIEW_BYTES */.cQ)
                    overflow = true;
                else
                    kept.push(chunk);
            }
        });
        child.stderr.on('data', (chunk) => {
            if (mode === 'run') {
                hash.update(chunk);
                keepTail(chunk);
            }
            else {
                stderrTail = Buffer.concat([stderrTail, chunk]);
                if (stderrTail.length > STDERR_TAIL_BYTES)
                    stderrTail = stderrTail.subarray(stderrTail.length - STDERR_TAIL_BYTES);
            }
        });
        if (child.stdin) {
            // A judge that answers without reading its request closes the pipe: not our error.
            child.stdin.on('error', () => undefined);
            child.stdin.end(args.input ?? '');
        }
        timers.push(setTimeout(() => {
            timedOut = true;
            killGroup(pid, 'SIGTERM');
            timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_GRACE_MS));
        }, args.timeoutMs));
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            endedAt = Date.now();
            // After a timeout the rest of the group has its grace period to shut down; otherwise it goes now.
            if (!timedOut)
                killGroup(pid, 'SIGKILL');
            // A process that left the group but holds our pipes open must not hold up the check.
            timers.push(setTimeout(() => {
                child.stdout?.destroy();
                child.stderr?.destroy();
                finish();
            }, KILL_GRACE_MS));
        });
        child.on('error', (error) => {
            if (!exit)
                finish(error.message);
        });
        child.on('close', () => finish());
    });
}
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: the group is gone already.
    }
}

;// CONCATENATED MODULE: ./src/repo/check/sandbox.ts


/** A checker's sandbox: a fresh directory with the tree under review and an allowlisted environment. */
/** Always passed through; HOME and TMPDIR are replaced by fresh directories. */
const BASE_ENV = ['PATH', 'LANG'];
/** A directory of its own for one checker: the tree under review, an empty HOME and TMPDIR. */
async function freshBox(git, tree, dir, parentEnv, policy) {
    const home = (0,external_node_path_.join)(dir, 'home');
    const tmp = (0,external_node_path_.join)(dir, 'tmp');
    const worktree = (0,external_node_path_.join)(dir, 'tree');
    for (const path of [home, tmp, worktree])
        (0,external_node_fs_.mkdirSync)(path, { recursive: true, mode: 0o700 });
    await git.exportTree(tree, worktree, (0,external_node_path_.join)(dir, 'index'));
    return { dir, tree: worktree, env: checkerEnv(parentEnv, policy, home, tmp) };
}
/** The environment every checker starts with: allowlisted names only, fresh HOME and TMPDIR. */
function checkerEnv(parentEnv, policy, home, tmp) {
    const env = {};
    for (const name of [...BASE_ENV, ...(policy.envAllow ?? [])]) {
        // The policy schema refuses these names; repeated here because leaking them defeats the point.
        if (/^(AO_|GIT_)/.test(name))
            continue;
        const value = parentEnv[name];
        if (value !== undefined)
            env[name] = value;
    }
    env.HOME = home;
    env.TMPDIR = tmp;
    return env;
}
/**
 * Removes a checker's directory even when it made parts of it read-only. Returns a message
 * when something is left behind.
 */
function removeTree(dir) {
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true, maxRetries: 2 });
        return undefined;
    }
    catch {
        makeWritable(dir);
    }
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true, maxRetries: 2 });
        return undefined;
    }
    catch (error) {
        return `could not remove ${dir}: ${error.message}`;
    }
}
function makeWritable(path) {
    let stat;
    try {
        stat = (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return;
    }
    if (!stat.isDirectory())
        return;
    try {
        (0,external_node_fs_.chmodSync)(path, 0o700);
        for (const entry of (0,external_node_fs_.readdirSync)(path))
            makeWritable((0,external_node_path_.join)(path, entry));
    }
    catch {
        // Left for the final rmSync to report.
    }
}

;// CONCATENATED MODULE: ./src/repo/check/run.ts

















async function runCheck(git, options) {
    if (process.platform === 'win32')
        throw new errors/* AoError */.V('ao check runs checkers in POSIX process groups and does not support Windows yet', {
            fix: 'run it under WSL, or in CI on Linux or macOS',
        });
    if (options.runs.length + options.judges.length === 0) {
        throw new errors/* AoError */.V('ao check needs something to check with', {
            fix: 'add --run CMD (e.g. --run "npm test") and/or --judge CMD',
        });
    }
    const quorum = resolveQuorum(options.judges.map((j) => j.reviewer), options.quorum);
    const root = (0,external_node_fs_.realpathSync)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.tmpRoot ?? (0,external_node_os_.tmpdir)(), 'ao-check-')));
    // Stops every checker at once: on an interrupt, on an error, and in any case at the end.
    const stop = new AbortController();
    const onInterrupt = () => stop.abort();
    options.signal?.addEventListener('abort', onInterrupt);
    let outcome;
    try {
        throwIfAborted(options.signal);
        // Every judge's program, resolved outside the change before anything runs (docs/check.md#where-a-judge-comes-from).
        const around = options.judges.length > 0
            ? await judgeSurroundings(git, {
                cwd: options.cwd ?? process.cwd(),
                parentEnv: options.parentEnv,
                checkoutsRoot: root,
            })
            : undefined;
        const judgeSpecs = options.judges.map((judge) => ({
            ...judge,
            command: commandOutsideChange(judge.command, around),
        }));
        let tree;
        let resolved;
        if (options.scope.kind === 'staged') {
            // The index may change while we look: the tree checked must be the one the subject names.
            const before = await git.writeStagedTree((0,external_node_path_.join)(root, 'staged-index'));
            resolved = await (0,subjects/* resolveSubject */.f)(git, options.scope);
            tree = await git.writeStagedTree((0,external_node_path_.join)(root, 'staged-index'));
            if (tree !== before)
                throw new errors/* AoError */.V('the index changed while ao check was reading it', {
                    fix: 'run the command again once nothing else is staging files',
                });
        }
        else {
            resolved = await (0,subjects/* resolveSubject */.f)(git, options.scope);
            tree = resolved.headRev;
        }
        options.beforeRunning?.(resolved);
        const loaded = await (0,verify/* policyAt */.E4)(git, resolved.baseRev);
        const policy = loaded.policy?.check ?? {};
        const diff = await git.unifiedDiff(resolved.diffBase, tree, {
            maxBytes: review/* MAX_REQUEST_DIFF_BYTES */.He,
            exclude: [core_record/* LEDGER_DIR */.EN],
        });
        const changedPaths = (0,coverage/* manifestPaths */.Ud)(resolved.manifest);
        // A range's commits, each with its own diff: the checkout holds only the head, so this is
        // the only place a judge sees what one commit did (one that a later commit reverted, say).
        const commits = resolved.commitChanges && options.judges.length > 0 ? await commitDiffs(git, resolved.commitChanges) : undefined;
        const requestFor = (reviewer) => {
            // The context is the caller's to compile; it is passed through unchanged.
            const request = (0,review/* buildReviewRequest */.sV)({
                reviewer,
                subject: resolved.subject,
                label: resolved.label,
                diff,
                context: options.context,
                commits,
            });
            const problems = (0,review_schemas/* validateReviewRequestShape */.H)(request);
            if (problems.length > 0)
                throw new Error(`ao built an invalid review request: ${(0,schemas/* formatSchemaProblems */.xe)(problems)}`);
            return request;
        };
        options.onEvent?.({
            type: 'start',
            resolved,
            tree,
            policySource: loaded.source,
            checkers: options.runs.length + options.judges.length,
        });
        const runJobs = options.runs.map((command, index) => async () => {
            const box = await freshBox(git, tree, (0,external_node_path_.join)(root, `run-${index + 1}`), options.parentEnv, policy);
            const ran = await runProcess({ command, box, timeoutMs: options.timeoutMs, stop: stop.signal, mode: 'run' });
            removeTree(box.dir);
            const passed = (0,review/* runPassed */.GT)(ran.outcome);
            return {
                kind: 'run',
                index,
                command,
                outcome: ran.outcome,
                passed,
                evidence: (0,review/* runEvidence */.fk)(command, ran.outcome, { digest: ran.digest, tail: (0,review/* outputTail */.ci)(ran.output) }),
            };
        });
        const judgeJobs = judgeSpecs.map((judge, index) => async () => {
            const touched = judgeTouchedByChange(judge.command, changedPaths);
            if (touched) {
                const error = `the change under review modifies ${touched}, which this judge runs: a change cannot judge itself`;
                return {
                    kind: 'judge',
                    index,
                    result: { reviewer: judge.reviewer, command: judge.command, verdict: 'error', durationMs: 0, error },
                };
            }
            const box = await freshBox(git, tree, (0,external_node_path_.join)(root, `judge-${index + 1}`), options.parentEnv, policy);
            box.env = judgeEnv(box.env, around);
            const input = `${JSON.stringify(requestFor(judge.reviewer))}\n`;
            const ran = await runProcess({
                command: judge.command,
                box,
                timeoutMs: options.timeoutMs,
                stop: stop.signal,
                mode: 'judge',
                input,
            });
            removeTree(box.dir);
            const result = (0,review/* judgeResult */.p8)({
                reviewer: judge.reviewer,
                command: judge.command,
                outcome: ran.outcome,
                stdout: ran.output,
                stdoutOverflow: ran.overflow,
                stderrTail: ran.stderrTail,
            });
            return { kind: 'judge', index, result };
        });
        const hooks = {
            stop,
            onDone: (result) => {
                if (!stop.signal.aborted)
                    options.onEvent?.({ type: 'done', checker: result });
            },
        };
        // Judges first: a --run command executes the change's code as the user, and could
        // otherwise rewrite a judge's program (wherever it lives) before the judge starts.
        const checkers = [...(await pool(judgeJobs, options.jobs, hooks))];
        throwIfAborted(options.signal);
        checkers.push(...(await pool(runJobs, options.jobs, hooks)));
        throwIfAborted(options.signal);
        const judges = checkers.flatMap((c) => (c.kind === 'judge' ? [c.result] : []));
        const decision = decideCouncil({
            runs: checkers.flatMap((c) => (c.kind === 'run' ? [{ command: c.command, passed: c.passed }] : [])),
            judges,
            quorum,
            policy,
        });
        const named = namedSubject(resolved, decision, { commits, judges, quorum, policy });
        const summary = named.note ? (0,words/* clip */.$Q)(`${councilSummary(decision)} ${named.note}`, 4000) : councilSummary(decision);
        outcome = {
            resolved,
            subject: named.subject,
            namingNote: named.note,
            tree,
            policy,
            policySource: loaded.source,
            checkers,
            decision,
            summary,
        };
        return outcome;
    }
    finally {
        options.signal?.removeEventListener('abort', onInterrupt);
        stop.abort();
        const problem = removeTree(root);
        if (outcome && problem)
            outcome.cleanupProblem = problem;
    }
}
/** Each commit's own diff, in one git call, within the request's bound for all of them together. */
async function commitDiffs(git, changes) {
    const diffs = await git.patchBatch([...new Set(changes.map((c) => c.patchItem))], { exclude: [core_record/* LEDGER_DIR */.EN] });
    return (0,review/* commitsWithin */.y9)(changes.map((c) => ({ ...c, diff: diffs.get(c.patchItem) ?? '' })), review/* MAX_REQUEST_DIFF_BYTES */.He);
}
/**
 * The subject the verdict names. A pass on a range vouches for a commit of it on its own only
 * when the council reviewed that commit's own diff (`commitsVouchedFor`); the range's combined
 * digest is what its checkers were shown as a whole. A fail names every commit, as a refusal of
 * the range is one of each commit in it until a new verdict says otherwise.
 */
function namedSubject(resolved, decision, args) {
    const { subject } = resolved;
    if (subject.kind !== 'range' || decision.verdict !== 'pass')
        return { subject };
    const shown = (args.commits ?? []).filter((c) => !c.diffTruncated).map((c) => c.commit);
    const vouched = new Set(commitsVouchedFor({ shown, judges: args.judges, quorum: args.quorum, policy: args.policy }));
    const commits = subject.commits.filter((c) => vouched.has(c.commit));
    const total = subject.commits.length;
    const note = commits.length === total
        ? undefined
        : `Names ${commits.length} of the range's ${total} commit${total === 1 ? '' : 's'} on ${commits.length === 1 ? 'its' : 'their'} own (${args.judges.length === 0 ? '--run commands see the head only' : 'the ones the passing judges reviewed whole'}); the others only as part of the range.`;
    return { subject: { ...subject, commits }, note };
}
function throwIfAborted(signal) {
    if (signal?.aborted) {
        throw new errors/* AoError */.V('ao check was interrupted: every checker was stopped and nothing was recorded', {
            fix: 'run the command again',
            exitCode: 130,
        });
    }
}

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/gate-warning.ts
var gate_warning = __webpack_require__(4706);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/repo/context.ts + 1 modules
var repo_context = __webpack_require__(3254);
// EXTERNAL MODULE: ./src/repo/signing.ts + 1 modules
var signing = __webpack_require__(6464);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/present/output.ts
var output = __webpack_require__(2726);
;// CONCATENATED MODULE: ./src/cli/cmd-check.ts



















const DEFAULT_TIMEOUT_S = 600;
const DEFAULT_JOBS = 4;
/** A record holds at most 200 evidence items; far fewer checkers are ever useful. */
const MAX_CHECKERS = 64;
async function cmdCheck(cli, args) {
    const { values, tokens } = (0,flags/* parse */.qg)('check', args, {
        ...flags/* SCOPE_OPTIONS */.gy,
        run: { type: 'string', multiple: true },
        judge: { type: 'string', multiple: true },
        'judge-name': { type: 'string', multiple: true },
        'judge-model': { type: 'string', multiple: true },
        quorum: { type: 'string' },
        timeout: { type: 'string' },
        jobs: { type: 'string' },
        checker: { type: 'string' },
        'checker-kind': { type: 'string' },
        ...flags/* WORKER_OPTIONS */.Y4,
        sign: { type: 'string' },
        context: { type: 'string' },
        json: { type: 'boolean' },
    }, false);
    if (values.help)
        return (cli.out(help/* HELP */._.check), 0);
    const scope = (0,flags/* scopeFromFlags */.uX)('check', values);
    const timeoutS = values.timeout === undefined ? DEFAULT_TIMEOUT_S : (0,flags/* positiveSeconds */.LC)(values.timeout);
    // Built-in judges (claude, codex, gemini, openai:URL) become `ao judge …` commands.
    const judges = await resolveBuiltinJudges(judgesFromTokens(tokens ?? []), tokens ?? [], timeoutS);
    const runs = values.run ?? [];
    for (const command of [...runs, ...judges.map((j) => j.command)]) {
        if (command.trim() === '')
            throw new errors/* AoError */.V('--run and --judge take a command, not an empty string', {
                fix: 'for example: --run "npm test"',
            });
    }
    if (runs.length + judges.length > MAX_CHECKERS)
        throw new errors/* AoError */.V(`ao check runs at most ${MAX_CHECKERS} checkers at once`, {
            fix: 'fold several commands into one --run "a && b"',
        });
    const contextFrom = values.context ?? 'base';
    if (contextFrom !== 'base' && contextFrom !== 'all')
        throw new errors/* AoError */.V(`--context must be base or all, not ${JSON.stringify(values.context)}`, { fix: '--context all' });
    const quorum = values.quorum === undefined ? undefined : (0,flags/* wholeNumber */.rD)(values.quorum, '--quorum', 1, MAX_CHECKERS);
    const unmet = quorumProblem(judges.map((j) => j.reviewer), quorum);
    if (unmet)
        throw quorumError(unmet);
    const jobs = values.jobs === undefined ? DEFAULT_JOBS : (0,flags/* wholeNumber */.rD)(values.jobs, '--jobs', 1, MAX_CHECKERS);
    const checker = {
        id: values.checker ?? cli.env.AO_CHECKER ?? `ao-check@${(0,external_node_os_.hostname)()}`,
        kind: (0,flags/* parseActorKind */.dP)(values['checker-kind'] ?? 'tool', '--checker-kind'),
    };
    const workerKind = (0,flags/* parseActorKind */.dP)(values['worker-kind'], '--worker-kind');
    const git = await (0,context/* openRepo */.B)(cli);
    // Load the key before any checker runs: a bad key should fail fast, not after a long test run.
    const sign = await (0,signing/* signerFromFlag */.L)(values.sign, { env: cli.env, cwd: cli.cwd });
    for (const warning of await (0,signing/* signingAdvice */._)(git, checker.id, sign))
        cli.err(`ao: warning: ${warning}`);
    const style = (0,output/* styleFor */.j9)(process.stderr);
    let worker;
    const interrupt = new AbortController();
    const onSignal = () => interrupt.abort();
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const name of signals)
        process.on(name, onSignal);
    let check;
    try {
        check = await runCheck(git, {
            scope,
            runs,
            judges,
            quorum,
            timeoutMs: Math.round(timeoutS * 1000),
            jobs,
            // What the ledger knows about the touched paths (docs/ratchet.md#the-context-compiler).
            context: judges.length > 0 ? await (0,repo_context/* contextForJudges */.dh)(git, scope, { from: contextFrom }) : '',
            parentEnv: cli.env,
            cwd: cli.cwd,
            signal: interrupt.signal,
            beforeRunning: (resolved) => {
                worker = (0,flags/* workerFrom */.HW)(cli, git, values, workerKind, resolved.authors);
                (0,flags/* refuseDependentChecker */.Nz)(checker, worker);
                for (const judge of judges)
                    (0,flags/* refuseDependentChecker */.Nz)({ id: judge.reviewer, kind: 'agent' }, worker);
            },
            onEvent: (event) => cli.err(renderEvent(event, { timeoutS, jobs }, style)),
        });
    }
    finally {
        for (const name of signals)
            process.off(name, onSignal);
    }
    const { record, path } = await recordCheck(git, check, {
        checker,
        worker: worker,
        stage: scope.kind === 'staged',
        sign,
    });
    cli.err(renderConclusion(check, style));
    if (check.namingNote && check.resolved.subject.kind === 'range' && check.subject.kind === 'range') {
        const named = new Set(check.subject.commits.map((c) => c.commit));
        const others = check.resolved.subject.commits.filter((c) => !named.has(c.commit)).map((c) => (0,changes/* shortSha */.Fu)(c.commit));
        cli.err(`  note: ${check.namingNote}\n  not named on their own: ${others.slice(0, 8).join(' ')}${others.length > 8 ? ` and ${others.length - 8} more` : ''}` +
            `\n  in commit mode each needs its own verdict, e.g. \`ao check --commit ${others[0]} --judge ...\``);
    }
    if (check.cleanupProblem)
        cli.err(style.dim(`  note: ${check.cleanupProblem}`));
    cli.err(`recorded ${check.decision.verdict} ${(0,core_record/* shortId */.m_)(record.id)} for the ${check.resolved.label} by ${checker.id}\n` +
        (scope.kind === 'staged'
            ? `  ${path} is staged: it lands with the commit`
            : `  ${path} is written: commit it with \`git add .agents/ledger && git commit -m "Record verdict"\``));
    cli.out(values.json ? JSON.stringify(record, null, 2) : record.id);
    if (check.decision.verdict === 'pass')
        await (0,gate_warning/* warnIfConstraintsRefuse */.O)(cli, git, scope, check.resolved.baseRev);
    return check.decision.verdict === 'pass' ? 0 : 1;
}
/** Pairs each --judge with the --judge-name that follows it (before the next --judge). */
function judgesFromTokens(tokens) {
    const specs = [];
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        if (token.name === 'judge')
            specs.push({ command: token.value ?? '' });
        if (token.name === 'judge-name') {
            const last = specs.at(-1);
            if (!last)
                throw new errors/* AoError */.V('--judge-name names the --judge before it, and none comes before it', {
                    fix: 'write it after its judge: --judge "claude -p ..." --judge-name claude',
                });
            if (last.name !== undefined)
                throw new errors/* AoError */.V(`the judge ${JSON.stringify(last.command)} is named twice`, {
                    fix: 'give each --judge at most one --judge-name, right after it',
                });
            last.name = judgeName(token.value ?? '');
        }
    }
    return specs.map((spec) => ({
        command: spec.command,
        reviewer: judgeId(spec.name ?? judgeNameFromCommand(spec.command)),
    }));
}
function judgeName(name) {
    if (!isJudgeName(name)) {
        throw new errors/* AoError */.V(`--judge-name ${JSON.stringify(name)} is not a judge name: letters, digits and . _ @ + -, at most 64`, { fix: 'for example: --judge-name claude-security' });
    }
    return name;
}
function quorumError(unmet) {
    switch (unmet.problem) {
        case 'no-judges':
            return new errors/* AoError */.V('--quorum counts judges, and no --judge is given', {
                fix: 'add judges with --judge CMD, or drop --quorum',
            });
        case 'not-whole':
            return new errors/* AoError */.V(`--quorum must be a whole number of at least 1, not ${unmet.quorum}`, { fix: '--quorum 2' });
        case 'unreachable': {
            const note = unmet.distinct < unmet.given
                ? ` (${unmet.given} given, but the same judge twice counts once: name them apart with --judge-name)`
                : '';
            return new errors/* AoError */.V(`--quorum ${unmet.quorum} can never be met by ${unmet.distinct} distinct judge${unmet.distinct === 1 ? '' : 's'}${note}`, { fix: `add judges, or lower it to --quorum ${unmet.distinct}` });
        }
    }
}
function renderEvent(event, settings, style) {
    if (event.type === 'start') {
        const { resolved } = event;
        const paths = resolved.subject.entries.length;
        return [
            style.bold(`ao check: the ${resolved.label} (${(0,words/* plural */.LS)(paths, 'path')}, digest ${(0,core_record/* shortId */.m_)(resolved.subject.digest)})`),
            style.dim(`  ${(0,words/* plural */.LS)(event.checkers, 'checker')}, each in a fresh checkout of tree ${event.tree.slice(0, 12)} outside this one; timeout ${settings.timeoutS} s, ${settings.jobs} at a time`),
            style.dim(`  policy: ${event.policySource}`),
        ].join('\n');
    }
    return renderChecker(event.checker, style).join('\n');
}
function renderChecker(checker, style) {
    if (checker.kind === 'run') {
        const { outcome } = checker;
        const mark = checker.passed ? style.ok('✔') : style.bad('✘');
        const lines = [
            `  ${mark} run    ${(0,words/* oneLine */.TN)(checker.command, 60)}  ${checker.passed ? 'passed' : style.bad('failed')} (${(0,review/* describeEnd */.lA)(outcome)}, ${(0,review/* seconds */.YA)(outcome.durationMs)})`,
        ];
        if (!checker.passed && checker.evidence.kind === 'test' && checker.evidence.outputTail) {
            for (const line of checker.evidence.outputTail.split('\n').slice(-10))
                lines.push(style.dim(`      │ ${line}`));
        }
        return lines;
    }
    return renderJudge(checker.result, style);
}
function renderJudge(result, style) {
    const mark = result.verdict === 'pass'
        ? style.ok('✔')
        : result.verdict === 'warn'
            ? style.ok('~')
            : result.verdict === 'fail'
                ? style.bad('✘')
                : style.bad('!');
    const model = result.review?.model
        ? ` (${result.review.model}${result.family ? `, ${result.family}` : ''})`
        : result.family
            ? ` (${result.family})`
            : '';
    const word = result.verdict === 'pass' || result.verdict === 'warn' ? result.verdict : style.bad(result.verdict);
    const lines = [`  ${mark} judge  ${result.reviewer}${model}  ${word} (${(0,review/* seconds */.YA)(result.durationMs)})`];
    if (result.error)
        lines.push(`      ${style.bad((0,words/* oneLine */.TN)(result.error, 300))}`);
    if (result.review) {
        lines.push(style.dim(`      ${(0,words/* oneLine */.TN)(result.review.summary, 200)}`));
        for (const finding of result.review.findings ?? []) {
            const where = finding.location
                ? ` ${finding.location.path}${finding.location.line ? `:${finding.location.line}` : ''}`
                : '';
            lines.push(`      ${finding.severity} ${finding.category}${where}: ${(0,words/* oneLine */.TN)(finding.description, 200)}`);
            if (finding.suggestedFix)
                lines.push(style.dim(`        fix: ${(0,words/* oneLine */.TN)(finding.suggestedFix, 200)}`));
        }
    }
    return lines;
}
function renderConclusion(check, style) {
    const { decision } = check;
    const lines = [];
    if (decision.judges.distinct > 0) {
        lines.push(`  council: ${decision.judges.passed} of ${(0,words/* plural */.LS)(decision.judges.distinct, 'judge')} passed (quorum ${decision.judges.quorum}); model families: ${decision.families.join(', ') || 'none known'}` +
            (decision.judges.duplicates.length
                ? style.dim(` (counted once: ${decision.judges.duplicates.join(', ')})`)
                : ''));
    }
    const word = decision.verdict === 'pass'
        ? style.ok('PASS')
        : decision.outcome === 'not proven'
            ? style.bad('NOT PROVEN')
            : style.bad('FAIL');
    lines.push(`verdict: ${word}${decision.reasons.length ? `: ${decision.reasons.join('; ')}` : ''}`);
    return lines.join('\n');
}
/** `--judge claude|codex|gemini|openai:URL` (with an optional `--judge-model M` after it) as the `ao judge` command that runs it. */
async function resolveBuiltinJudges(judges, tokens, timeoutS) {
    const { parseBuiltinJudge } = await __webpack_require__.e(/* import() */ 998).then(__webpack_require__.bind(__webpack_require__, 7998));
    const models = judgeModels(tokens);
    return judges.map((judge, index) => {
        const builtin = parseBuiltinJudge(judge.command);
        if (!builtin) {
            if (models[index] !== undefined)
                throw new errors/* AoError */.V(`--judge-model selects the model of a built-in judge (claude, codex, gemini, openai:URL), not of ${JSON.stringify(judge.command)}`, { fix: "pass the model in the judge's own command instead" });
            return judge;
        }
        if (models[index] !== undefined)
            builtin.model = models[index];
        const reviewer = judge.reviewer === judgeId(judgeNameFromCommand(judge.command)) ? judgeId(builtin.kind) : judge.reviewer;
        return { command: builtinJudgeCommand(builtin, timeoutS), reviewer };
    });
}
/** The command `ao check` runs for a built-in judge: this very ao, by absolute path (`ao judge KIND`). */
function builtinJudgeCommand(judge, timeoutS) {
    const entry = (0,external_node_fs_.realpathSync)(process.argv[1]);
    return [
        process.execPath,
        entry,
        'judge',
        judge.kind === 'openai' ? `openai:${judge.url}` : judge.kind,
        ...(judge.model ? ['--model', judge.model] : []),
        '--timeout',
        String(Math.max(0.5, timeoutS - Math.min(5, timeoutS / 10))),
    ]
        .map(shell/* shellQuote */.Z)
        .join(' ');
}
/** The `--judge-model` given after each `--judge` (before the next), by judge index. */
function judgeModels(tokens) {
    const models = [];
    let judges = 0;
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        if (token.name === 'judge') {
            judges++;
            models.push(undefined);
        }
        if (token.name === 'judge-model') {
            if (judges === 0)
                throw new errors/* AoError */.V('--judge-model selects the model of the --judge before it, and none comes before it', {
                    fix: 'write it after its judge: --judge claude --judge-model claude-opus-4-1',
                });
            if (models[judges - 1] !== undefined)
                throw new errors/* AoError */.V('a judge is given --judge-model twice', {
                    fix: 'give each --judge at most one --judge-model',
                });
            models[judges - 1] = token.value ?? '';
        }
    }
    return models;
}


/***/ })

};
