export const id = 88;
export const ids = [88];
export const modules = {

/***/ 88:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cmdLearn: () => (/* binding */ cmdLearn),
  cmdPromote: () => (/* binding */ cmdPromote),
  cmdRetire: () => (/* binding */ cmdRetire)
});

// EXTERNAL MODULE: ./src/core/constraints.ts
var constraints = __webpack_require__(8555);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/record.ts
var core_record = __webpack_require__(4130);
// EXTERNAL MODULE: ./src/core/shell.ts
var shell = __webpack_require__(6673);
// EXTERNAL MODULE: ./src/repo/ledger-view.ts + 1 modules
var ledger_view = __webpack_require__(3263);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/ledger.ts
var ledger = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./src/repo/verify.ts
var verify = __webpack_require__(2431);
// EXTERNAL MODULE: ./src/repo/writer.ts
var writer = __webpack_require__(9381);
;// CONCATENATED MODULE: ./src/repo/ratchet.ts









/**
 * The ratchet's write side: recording a learning, promoting one to a constraint in the
 * policy, retiring a constraint. A promotion or retirement edits `.agents/policy.json` under
 * the ledger lock, together with its record; if the record cannot be written the policy
 * file is put back as it was, so the two never disagree. Callers (`ao learn`, `ao promote`,
 * `ao retire`) check their options and word the result.
 */
/** The one record whose id starts with `prefix` (with or without "sha256:"), of the wanted type. */
function findRecord(records, prefix, type, role) {
    const wanted = prefix.startsWith('sha256:') ? prefix : `sha256:${prefix}`;
    if (!/^sha256:[0-9a-f]{4,64}$/.test(wanted)) {
        throw new errors/* AoError */.V(`${JSON.stringify(prefix)} is not a record id prefix (at least 4 hex digits)`, {
            fix: `copy the ${role}'s id from \`ao log\``,
        });
    }
    const matches = records.filter((r) => r.id.startsWith(wanted));
    if (matches.length === 0)
        throw new errors/* AoError */.V(`no record id starts with ${wanted}`, { fix: `list ${role}s with \`ao log\`` });
    if (matches.length > 1)
        throw new errors/* AoError */.V(`${wanted} is ambiguous: ${matches.map((r) => (0,core_record/* shortId */.m_)(r.id)).join(', ')}`, {
            fix: 'give more digits',
        });
    const record = matches[0];
    if (record.type !== type)
        throw new errors/* AoError */.V(`${(0,core_record/* shortId */.m_)(record.id)} is a ${record.type} record, not a ${type}`, {
            fix: `name a ${role} (see \`ao log\`)`,
        });
    return record;
}
/**
 * What a lesson drawn from a verdict is about, when no paths are given: its findings' paths,
 * else the paths it covered; each as a glob matching exactly that path.
 */
function learningPathsFrom(verdict) {
    const findingPaths = verdict.evidence
        .flatMap((e) => (e.kind === 'review' ? (e.findings ?? []).map((f) => f.path) : []))
        .filter((p) => !!p);
    const subjectPaths = verdict.subject.entries.map((e) => e.path).filter((p) => !!p);
    return [...new Set(findingPaths.length ? findingPaths : subjectPaths)].map(literalGlob);
}
/** Escapes glob characters so a literal path can serve as a glob. */
function literalGlob(path) {
    return path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}
/** Records a learning; its file is staged, to land with the next commit. */
function recordLearning(git, learning) {
    return (0,writer/* appendRecord */.EB)(git, (tip) => ({
        ...(0,writer/* recordHeader */.Ng)('learning', tip),
        text: learning.text,
        paths: learning.paths,
        tags: learning.tags,
        negative: learning.negative,
        ...(learning.from ? { from: learning.from.id } : {}),
        author: learning.author,
    }), { stage: true });
}
/**
 * Promotes a learning to a constraint: under the ledger lock, the constraint goes into the
 * working tree's policy and the promotion record into the ledger, both staged; if the record
 * cannot be written, the policy file is restored.
 */
async function promoteLearning(git, promotion) {
    const { learning, kind, value } = promotion;
    const paths = promotion.paths ?? learning.paths;
    const note = learning.text.length > 500 ? `${learning.text.slice(0, 499)}…` : learning.text;
    let constraint;
    let restore;
    const { record, path } = await (0,writer/* appendRecord */.EB)(git, (tip) => {
        // Under the ledger lock: the policy edit and the record go in together.
        const file = readWorktreePolicy(git);
        const existing = file.policy.constraints ?? [];
        const taken = new Set(existing.map((c) => c.id));
        const id = promotion.id ?? constraintIdFor(learning.text, taken, learning.id);
        if (taken.has(id))
            throw new errors/* AoError */.V(`${core_record/* POLICY_PATH */.l$} already has a constraint "${id}"`, {
                fix: 'choose another name with --id NAME',
            });
        const fresh = orderedConstraint({ id, learning: learning.id, paths, note, [kind]: value });
        const same = existing.find((c) => c.learning === learning.id && (0,constraints/* ruleOf */.Y)(c).kind === kind && (0,constraints/* ruleOf */.Y)(c).value === value);
        if (same)
            throw new errors/* AoError */.V(`learning ${(0,core_record/* shortId */.m_)(learning.id)} is already enforced this way by constraint "${same.id}"`, {
                fix: 'nothing to do; see .agents/policy.json',
            });
        if ('forbidPattern' in fresh)
            (0,constraints/* compileForbidPattern */.AE)(fresh, promotion.ruleSource);
        writePolicy(git, renderPolicyWith(file, [...existing, fresh]));
        constraint = fresh;
        restore = () => writePolicy(git, file.text);
        return { ...(0,writer/* recordHeader */.Ng)('promotion', tip), learning: learning.id, constraint: fresh, author: promotion.author };
    }, { stage: true }).catch((error) => {
        restore?.();
        throw error;
    });
    await git.stage([core_record/* POLICY_PATH */.l$]);
    return { record, path, constraint: constraint };
}
/**
 * Retires a constraint on the record: under the ledger lock, it leaves the working tree's
 * policy (if it is still there) and the retirement record goes into the ledger, both
 * staged; if the record cannot be written, the policy file is restored. A constraint
 * already taken out by hand gets the retirement it lacks.
 */
async function retireConstraint(git, retiring) {
    const { id, why, author } = retiring;
    const records = await (0,ledger_view/* readAllRecords */.SH)(git);
    const latestPromotion = records
        .filter((r) => r.type === 'promotion' && r.constraint.id === id)
        .at(-1);
    const inWorktree = readWorktreePolicy(git).policy.constraints?.find((c) => c.id === id);
    // Taken out of the file by hand already: the retirement record is what is missing.
    const inHead = (await (0,verify/* policyAt */.E4)(git, await git.headCommit())).policy?.constraints?.find((c) => c.id === id);
    const known = inWorktree ?? inHead ?? latestPromotion?.constraint;
    // The back-link names the promotion of exactly this constraint (none for one added by hand).
    const promotion = known &&
        records
            .filter((r) => r.type === 'promotion' && (0,constraints/* constraintKey */.Zq)(r.constraint) === (0,constraints/* constraintKey */.Zq)(known))
            .at(-1);
    if (!known) {
        const ids = (readWorktreePolicy(git).policy.constraints ?? []).map((c) => c.id);
        throw new errors/* AoError */.V(`no constraint "${id}" in ${core_record/* POLICY_PATH */.l$}${ids.length ? ` (it has: ${ids.join(', ')})` : ' (it has none)'}`, { fix: 'name one of its constraints; see .agents/policy.json' });
    }
    // Still in HEAD's policy: this change takes it out, and needs a retirement of its own.
    if (!inWorktree && !inHead && (0,constraints/* retirementIndex */.gK)(records, ledger/* compareRecords */.aB)(id)) {
        throw new errors/* AoError */.V(`constraint "${id}" is not in ${core_record/* POLICY_PATH */.l$} and is already retired on record`, {
            fix: 'nothing to do; `ao log` shows the retirement',
        });
    }
    let restore;
    const { record, path } = await (0,writer/* appendRecord */.EB)(git, (tip) => {
        // Under the ledger lock: the policy edit and the record go in together.
        const file = readWorktreePolicy(git);
        const existing = file.policy.constraints ?? [];
        if (existing.some((c) => c.id === id)) {
            writePolicy(git, renderPolicyWith(file, existing.filter((c) => c.id !== id)));
            restore = () => writePolicy(git, file.text);
        }
        return {
            ...(0,writer/* recordHeader */.Ng)('retirement', tip),
            constraint: id,
            learning: known.learning,
            ...(promotion ? { promotion: promotion.id } : {}),
            why,
            author,
        };
    }, { stage: true }).catch((error) => {
        restore?.();
        throw error;
    });
    await git.stage([core_record/* POLICY_PATH */.l$]);
    const learning = records.find((r) => r.type === 'learning' && r.id === known.learning);
    return { record, path, constraint: known, tookOut: !!inWorktree, ...(learning ? { learning } : {}) };
}
function readWorktreePolicy(git) {
    const file = (0,verify/* worktreePolicy */.O9)(git);
    if (!file)
        throw new errors/* AoError */.V(`${core_record/* POLICY_PATH */.l$} does not exist in the working tree`, {
            fix: 'run `ao init` and commit the .agents/ directory',
        });
    const text = file.bytes.toString('utf8');
    return { text, json: JSON.parse(text), policy: file.policy };
}
function writePolicy(git, text) {
    (0,writer/* writeFileAtomic */.Zf)(git, (0,external_node_path_.join)(git.topLevel, core_record/* POLICY_PATH */.l$), text);
}
/** The policy file with its constraints replaced, in the file's own two-space JSON form. */
function renderPolicyWith(file, constraints) {
    const json = { ...file.json, constraints };
    const text = `${JSON.stringify(json, null, 2)}\n`;
    (0,policy/* parsePolicy */.ON)(Buffer.from(text), 'the working tree (after the edit)');
    return text;
}
/** The order keys take in a constraint written to the policy: id and back-link first, then paths, the rule, the note. */
function orderedConstraint(c) {
    const { kind, value } = (0,constraints/* ruleOf */.Y)(c);
    return {
        id: c.id,
        learning: c.learning,
        paths: c.paths,
        [kind]: value,
        ...(c.note ? { note: c.note } : {}),
    };
}
/** A constraint id from the learning's first words, unique among `taken`. */
function constraintIdFor(text, taken, learningId) {
    const words = text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
        .split(' ')
        .filter(Boolean);
    let slug = '';
    for (const word of words) {
        if (`${slug}-${word}`.length > 32)
            break;
        slug = slug ? `${slug}-${word}` : word;
    }
    if (!slug)
        slug = `c-${learningId.slice(7, 19)}`;
    let id = slug;
    for (let n = 2; taken.has(id); n++)
        id = `${slug}-${n}`;
    return id;
}

// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/cmd-learn.ts










/**
 * `ao learn`, `ao promote`, `ao retire`: the ratchet's commands. They check their options
 * and say what happened; the records and the policy edits are repo/ratchet.ts's.
 */
const TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$/;
async function cmdLearn(cli, args) {
    const { values, positionals } = (0,flags/* parse */.qg)('learn', (0,flags/* expandMultiValue */.zA)(args, ['--paths', '--tag']), {
        paths: { type: 'string', multiple: true },
        tag: { type: 'string', multiple: true },
        from: { type: 'string' },
        negative: { type: 'boolean' },
        ...flags/* BY_OPTIONS */.tC,
    });
    if (values.help)
        return (cli.out(help/* HELP */._.learn), 0);
    const text = positionals.join(' ').trim();
    if (!text) {
        throw new errors/* AoError */.V('ao learn needs the lesson as TEXT', {
            fix: `ao learn "Never log request bodies: they carry tokens" --paths 'src/http/**' (TEXT goes before --paths)`,
        });
    }
    if (text.length > 4000)
        throw new errors/* AoError */.V(`the lesson is ${text.length} characters; the limit is 4000`, {
            fix: 'say it shorter, and link to the details',
        });
    const tags = [...new Set(values.tag ?? [])];
    for (const tag of tags) {
        if (!TAG_PATTERN.test(tag))
            throw new errors/* AoError */.V(`--tag ${JSON.stringify(tag)}: a tag is letters, digits and . _ : / + - (at most 64, no spaces)`, { fix: '--tag security --tag logging' });
    }
    if (tags.length > 20)
        throw new errors/* AoError */.V(`at most 20 tags, got ${tags.length}`, { fix: 'keep the few that help find it' });
    const git = await (0,context/* openRepo */.B)(cli);
    const records = await (0,ledger_view/* readAllRecords */.SH)(git);
    const from = values.from ? findRecord(records, values.from, 'verdict', 'verdict') : undefined;
    let paths;
    if (values.paths?.length)
        paths = (0,flags/* checkGlobs */.EQ)(values.paths, '--paths');
    else if (from) {
        // Default to what the verdict was about.
        paths = learningPathsFrom(from);
        if (paths.length === 0 || paths.length > 100)
            throw new errors/* AoError */.V(`cannot take the paths from verdict ${(0,core_record/* shortId */.m_)(from.id)} (${paths.length} paths)`, {
                fix: `name them: --paths 'src/**'`,
            });
    }
    else
        throw new errors/* AoError */.V('ao learn needs --paths: the globs the lesson is about', {
            fix: `ao learn "${(0,words/* oneLine */.TN)(text, 40)}" --paths 'src/auth/**'`,
        });
    const author = await (0,flags/* actorFrom */.M2)(cli, git, values);
    const { record, path } = await recordLearning(git, {
        text,
        paths,
        tags,
        negative: values.negative ?? false,
        ...(from ? { from } : {}),
        author,
    });
    cli.out(values.json ? JSON.stringify(record, null, 2) : record.id);
    cli.err(`recorded learning ${(0,core_record/* shortId */.m_)(record.id)} on ${paths.join(', ')}${from ? ` (from verdict ${(0,core_record/* shortId */.m_)(from.id)})` : ''}\n` +
        `  ${path} is staged: it lands with the next commit\n` +
        `  \`ao context\` now shows it to whoever works on those paths; to enforce it: ao promote ${(0,core_record/* shortId */.m_)(record.id).slice(7)} --require-evidence test|--require-checker-kind human|--forbid-pattern REGEX|--require-check CMD`);
    return 0;
}
const RULE_FLAGS = {
    'require-evidence': 'requireEvidence',
    'require-checker-kind': 'requireCheckerKind',
    'forbid-pattern': 'forbidPattern',
    'require-check': 'requireCheck',
};
async function cmdPromote(cli, args) {
    const { values, positionals } = (0,flags/* parse */.qg)('promote', (0,flags/* expandMultiValue */.zA)(args, ['--paths']), {
        'require-evidence': { type: 'string' },
        'require-checker-kind': { type: 'string' },
        'forbid-pattern': { type: 'string' },
        'require-check': { type: 'string' },
        id: { type: 'string' },
        paths: { type: 'string', multiple: true },
        ...flags/* BY_OPTIONS */.tC,
    });
    if (values.help)
        return (cli.out(help/* HELP */._.promote), 0);
    const [prefix] = positionals;
    if (!prefix || positionals.length !== 1)
        throw new errors/* AoError */.V('ao promote needs one learning id', {
            fix: 'ao promote sha256:1a2b3c --require-evidence test (ids: `ao log`)',
        });
    const given = Object.keys(RULE_FLAGS).filter((flag) => values[flag] !== undefined);
    if (given.length !== 1) {
        throw new errors/* AoError */.V(given.length === 0 ? 'ao promote needs a rule' : `ao promote takes one rule, got --${given.join(' and --')}`, {
            fix: 'give exactly one of --require-evidence KIND, --require-checker-kind KIND, --forbid-pattern REGEX, --require-check CMD',
        });
    }
    const flag = given[0];
    const kind = RULE_FLAGS[flag];
    const value = values[flag];
    if (kind === 'requireEvidence' && !(0,core_record/* isOneOf */.EK)(core_record/* EVIDENCE_KINDS */.At, value)) {
        throw new errors/* AoError */.V(`--require-evidence must be test, command, review or link, not ${JSON.stringify(value)}`, {
            fix: '--require-evidence test',
        });
    }
    if (kind === 'requireCheckerKind')
        (0,flags/* parseActorKind */.dP)(value, '--require-checker-kind');
    if (kind === 'requireCheck' && value.trim() === '')
        throw new errors/* AoError */.V('--require-check takes the exact command the check runs', { fix: `--require-check 'npm test'` });
    if (values.id !== undefined && !/^[a-z0-9][a-z0-9._-]{0,63}$/.test(values.id)) {
        throw new errors/* AoError */.V(`--id ${JSON.stringify(values.id)}: a constraint id is lower-case letters, digits, ".", "_" and "-" (at most 64)`, { fix: '--id no-console-log' });
    }
    const git = await (0,context/* openRepo */.B)(cli);
    const records = await (0,ledger_view/* readAllRecords */.SH)(git);
    const learning = findRecord(records, prefix, 'learning', 'learning');
    const author = await (0,flags/* actorFrom */.M2)(cli, git, values);
    const paths = values.paths?.length ? (0,flags/* checkGlobs */.EQ)(values.paths, '--paths') : undefined;
    const { record, path, constraint: made, } = await promoteLearning(git, {
        learning,
        kind,
        value,
        ...(values.id !== undefined ? { id: values.id } : {}),
        ...(paths ? { paths } : {}),
        author,
        ruleSource: '--forbid-pattern',
    });
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else
        cli.out(record.id);
    cli.err([
        `promoted learning ${(0,core_record/* shortId */.m_)(learning.id)} to constraint "${made.id}" in ${core_record/* POLICY_PATH */.l$}: on ${made.paths.join(', ')}, ${(0,constraints/* describeRule */.IO)(made)}`,
        `  ${core_record/* POLICY_PATH */.l$} and ${path} are staged`,
        `  the policy change is itself a change that needs a verdict: ao verdict pass --checker ${(0,shell/* shellQuote */.Z)(cli.env.AO_CHECKER ?? 'CHECKER-ID')}`,
        `  once committed, \`ao verify\`, the hooks and the action refuse changes that break it, naming the learning`,
    ].join('\n'));
    return 0;
}
async function cmdRetire(cli, args) {
    const { values, positionals } = (0,flags/* parse */.qg)('retire', args, { why: { type: 'string' }, ...flags/* BY_OPTIONS */.tC });
    if (values.help)
        return (cli.out(help/* HELP */._.retire), 0);
    const [id] = positionals;
    if (!id || positionals.length !== 1)
        throw new errors/* AoError */.V('ao retire needs one constraint id', {
            fix: `ao retire no-console-log --why "the logger now redacts secrets"`,
        });
    const why = values.why?.trim();
    if (!why)
        throw new errors/* AoError */.V('ao retire needs --why: the ratchet only slips back on the record', {
            fix: `ao retire ${(0,shell/* shellQuote */.Z)(id)} --why "what changed, so this no longer holds"`,
        });
    if (why.length > 4000)
        throw new errors/* AoError */.V(`--why is ${why.length} characters; the limit is 4000`, {
            fix: 'say it shorter, and link to the details',
        });
    const git = await (0,context/* openRepo */.B)(cli);
    const author = await (0,flags/* actorFrom */.M2)(cli, git, values);
    const { record, path, constraint: known, tookOut: inWorktree, learning, } = await retireConstraint(git, { id, why, author });
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else
        cli.out(record.id);
    cli.err([
        `retired constraint "${id}" (${(0,constraints/* learnedIn */.tP)(known, learning)})${inWorktree ? ` and took it out of ${core_record/* POLICY_PATH */.l$}` : `; it was already out of ${core_record/* POLICY_PATH */.l$}`}`,
        `  why: ${(0,words/* oneLine */.TN)(why, 200)}`,
        `  ${inWorktree ? `${core_record/* POLICY_PATH */.l$} and ` : ''}${path} ${inWorktree ? 'are' : 'is'} staged`,
        inWorktree
            ? `  the policy change is itself a change that needs a verdict: ao verdict pass --checker ${(0,shell/* shellQuote */.Z)(cli.env.AO_CHECKER ?? 'CHECKER-ID')}`
            : `  commit it with the change that removed the constraint`,
        `  the learning stays in the ledger: \`ao context\` still shows it`,
    ].join('\n'));
    return 0;
}


/***/ })

};
