export const id = 273;
export const ids = [273,878];
export const modules = {

/***/ 2273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdLearn: () => (/* binding */ cmdLearn),
/* harmony export */   cmdPromote: () => (/* binding */ cmdPromote),
/* harmony export */   cmdRetire: () => (/* binding */ cmdRetire),
/* harmony export */   constraintIdFor: () => (/* binding */ constraintIdFor),
/* harmony export */   expandMultiValue: () => (/* binding */ expandMultiValue),
/* harmony export */   findRecord: () => (/* binding */ findRecord),
/* harmony export */   readAllRecords: () => (/* binding */ readAllRecords)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_constraints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8555);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(6673);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2558);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2721);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4130);
/* harmony import */ var _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1721);
/* harmony import */ var _repo_verify_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2431);
/* harmony import */ var _repo_writer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9381);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7593);
/* harmony import */ var _cmd_verdict_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7878);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5217);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7911);















/** Every record of the working tree's ledger, in ledger order. */
async function readAllRecords(git) {
    const view = await _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_7__/* .LedgerView */ .Bw.open(git, { kind: 'worktree' }, undefined);
    return (await view.allRecords()).sort(_core_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .compareRecords */ .aB);
}
/** The one record whose id starts with `prefix` (with or without "sha256:"), of the wanted type. */
function findRecord(records, prefix, type, role) {
    const wanted = prefix.startsWith('sha256:') ? prefix : `sha256:${prefix}`;
    if (!/^sha256:[0-9a-f]{4,64}$/.test(wanted)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${JSON.stringify(prefix)} is not a record id prefix (at least 4 hex digits)`, { fix: `copy the ${role}'s id from \`ao log\`` });
    }
    const matches = records.filter((r) => r.id.startsWith(wanted));
    if (matches.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`no record id starts with ${wanted}`, { fix: `list ${role}s with \`ao log\`` });
    if (matches.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${wanted} is ambiguous: ${matches.map((r) => (0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(r.id)).join(', ')}`, { fix: 'give more digits' });
    const record = matches[0];
    if (record.type !== type)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(record.id)} is a ${record.type} record, not a ${type}`, { fix: `name a ${role} (see \`ao log\`)` });
    return record;
}
/**
 * `--paths a b c` as well as `--paths a --paths b`: the values after a multi-value flag run
 * up to the next option. Returns the rewritten argument vector for util.parseArgs.
 */
function expandMultiValue(args, flags) {
    const out = [];
    let current;
    for (const arg of args) {
        if (arg.startsWith('-') && arg !== '-') {
            const flag = arg.split('=')[0];
            current = flags.includes(flag) ? flag : undefined;
            out.push(arg);
            continue;
        }
        if (current && out.at(-1) !== current)
            out.push(current);
        out.push(arg);
    }
    return out;
}
const GLOB_PATTERN = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[^\u0000]+$/;
const TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}$/;
function checkGlobs(globs, flag) {
    const cleaned = globs.map((g) => g.replace(/^\.\//, ''));
    for (const glob of cleaned) {
        if (!GLOB_PATTERN.test(glob) || glob.length > 1000) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${flag}: ${JSON.stringify(glob)} is not a repository-relative glob (no leading "/", no "..")`, { fix: `for example: ${flag} 'src/auth/**' '*.sql'` });
        }
    }
    if (cleaned.length > 100)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${flag}: at most 100 globs, got ${cleaned.length}`, { fix: 'use broader globs, e.g. src/**' });
    return [...new Set(cleaned)];
}
/** Who records a learning, promotion or retirement: --by, else $AO_WORKER, else the git author. */
async function actorFrom(cli, git, values) {
    const id = values.by ?? cli.env.AO_WORKER ?? (await git.authorEmail());
    if (!id)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('cannot tell who is recording this', { fix: 'pass --by ID (or set AO_WORKER), or set `git config user.email`' });
    return { id, kind: (0,_cmd_verdict_js__WEBPACK_IMPORTED_MODULE_11__.parseActorKind)(values['by-kind'], '--by-kind') };
}
const BY_OPTIONS = { by: { type: 'string' }, 'by-kind': { type: 'string' }, json: { type: 'boolean' } };
/** Escapes glob characters so a literal path can serve as a glob. */
function literalGlob(path) {
    return path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}
async function cmdLearn(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('learn', expandMultiValue(args, ['--paths', '--tag']), {
        paths: { type: 'string', multiple: true },
        tag: { type: 'string', multiple: true },
        from: { type: 'string' },
        negative: { type: 'boolean' },
        ...BY_OPTIONS,
    });
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_13__/* .HELP */ ._.learn), 0;
    const text = positionals.join(' ').trim();
    if (!text) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('ao learn needs the lesson as TEXT', { fix: `ao learn "Never log request bodies: they carry tokens" --paths 'src/http/**' (TEXT goes before --paths)` });
    }
    if (text.length > 4000)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`the lesson is ${text.length} characters; the limit is 4000`, { fix: 'say it shorter, and link to the details' });
    const tags = [...new Set(values.tag ?? [])];
    for (const tag of tags) {
        if (!TAG_PATTERN.test(tag))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`--tag ${JSON.stringify(tag)}: a tag is letters, digits and . _ : / + - (at most 64, no spaces)`, { fix: '--tag security --tag logging' });
    }
    if (tags.length > 20)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`at most 20 tags, got ${tags.length}`, { fix: 'keep the few that help find it' });
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_12__/* .openRepo */ .B)(cli);
    const records = await readAllRecords(git);
    const from = values.from ? findRecord(records, values.from, 'verdict', 'verdict') : undefined;
    let paths;
    if (values.paths?.length)
        paths = checkGlobs(values.paths, '--paths');
    else if (from) {
        // Default to what the verdict was about: its findings' paths, else the paths it covered.
        const findingPaths = from.evidence.flatMap((e) => (e.kind === 'review' ? (e.findings ?? []).map((f) => f.path) : [])).filter((p) => !!p);
        const subjectPaths = from.subject.entries.map((e) => e.path).filter((p) => !!p);
        paths = [...new Set(findingPaths.length ? findingPaths : subjectPaths)].map(literalGlob);
        if (paths.length === 0 || paths.length > 100)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`cannot take the paths from verdict ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(from.id)} (${paths.length} paths)`, { fix: `name them: --paths 'src/**'` });
    }
    else
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('ao learn needs --paths: the globs the lesson is about', { fix: `ao learn "${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(text, 40)}" --paths 'src/auth/**'` });
    const author = await actorFrom(cli, git, values);
    const { record, path } = await (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .appendRecord */ .EB)(git, (tip) => ({
        schema: _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .RECORD_SCHEMA */ .ep,
        type: 'learning',
        seq: tip.nextSeq,
        prev: tip.heads,
        createdAt: new Date().toISOString(),
        ledger: tip.genesisId,
        text,
        paths,
        tags,
        negative: values.negative ?? false,
        ...(from ? { from: from.id } : {}),
        author,
    }), { stage: true });
    cli.out(values.json ? JSON.stringify(record, null, 2) : record.id);
    cli.err(`recorded learning ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(record.id)} on ${paths.join(', ')}${from ? ` (from verdict ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(from.id)})` : ''}\n` +
        `  ${path} is staged: it lands with the next commit\n` +
        `  \`ao context\` now shows it to whoever works on those paths; to enforce it: ao promote ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(record.id).slice(7)} --require-evidence test|--require-checker-kind human|--forbid-pattern REGEX|--require-check CMD`);
    return 0;
}
function readWorktreePolicy(git) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$} does not exist in the working tree`, { fix: 'run `ao init` and commit the .agents/ directory' });
    const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
    const policy = (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePolicy */ .ON)(bytes, 'the working tree');
    return { text: bytes.toString('utf8'), json: JSON.parse(bytes.toString('utf8')), policy };
}
/** The policy file with its constraints replaced, in the file's own two-space JSON form. */
function renderPolicyWith(file, constraints) {
    const json = { ...file.json, constraints };
    const text = `${JSON.stringify(json, null, 2)}\n`;
    (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePolicy */ .ON)(Buffer.from(text), 'the working tree (after the edit)');
    return text;
}
/** The order keys take in a constraint written to the policy: id and back-link first, then paths, the rule, the note. */
function orderedConstraint(c) {
    const { kind, value } = (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleOf */ .Y)(c);
    return { id: c.id, learning: c.learning, paths: c.paths, [kind]: value, ...(c.note ? { note: c.note } : {}) };
}
function constraintIdFor(text, taken, learningId) {
    const words = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
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
const RULE_FLAGS = {
    'require-evidence': 'requireEvidence',
    'require-checker-kind': 'requireCheckerKind',
    'forbid-pattern': 'forbidPattern',
    'require-check': 'requireCheck',
};
async function cmdPromote(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('promote', expandMultiValue(args, ['--paths']), {
        'require-evidence': { type: 'string' },
        'require-checker-kind': { type: 'string' },
        'forbid-pattern': { type: 'string' },
        'require-check': { type: 'string' },
        id: { type: 'string' },
        paths: { type: 'string', multiple: true },
        ...BY_OPTIONS,
    });
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_13__/* .HELP */ ._.promote), 0;
    const [prefix] = positionals;
    if (!prefix || positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('ao promote needs one learning id', { fix: 'ao promote sha256:1a2b3c --require-evidence test (ids: `ao log`)' });
    const given = Object.keys(RULE_FLAGS).filter((flag) => values[flag] !== undefined);
    if (given.length !== 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(given.length === 0 ? 'ao promote needs a rule' : `ao promote takes one rule, got --${given.join(' and --')}`, {
            fix: 'give exactly one of --require-evidence KIND, --require-checker-kind KIND, --forbid-pattern REGEX, --require-check CMD',
        });
    }
    const flag = given[0];
    const kind = RULE_FLAGS[flag];
    const value = values[flag];
    if (kind === 'requireEvidence' && !['test', 'command', 'review', 'link'].includes(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`--require-evidence must be test, command, review or link, not ${JSON.stringify(value)}`, { fix: '--require-evidence test' });
    }
    if (kind === 'requireCheckerKind')
        (0,_cmd_verdict_js__WEBPACK_IMPORTED_MODULE_11__.parseActorKind)(value, '--require-checker-kind');
    if (kind === 'requireCheck' && value.trim() === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('--require-check takes the exact command the check runs', { fix: `--require-check 'npm test'` });
    if (values.id !== undefined && !/^[a-z0-9][a-z0-9._-]{0,63}$/.test(values.id)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`--id ${JSON.stringify(values.id)}: a constraint id is lower-case letters, digits, ".", "_" and "-" (at most 64)`, { fix: '--id no-console-log' });
    }
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_12__/* .openRepo */ .B)(cli);
    const records = await readAllRecords(git);
    const learning = findRecord(records, prefix, 'learning', 'learning');
    const author = await actorFrom(cli, git, values);
    const paths = values.paths?.length ? checkGlobs(values.paths, '--paths') : learning.paths;
    const note = learning.text.length > 500 ? `${learning.text.slice(0, 499)}…` : learning.text;
    let constraint;
    let restore;
    const { record, path } = await (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .appendRecord */ .EB)(git, (tip) => {
        // Under the ledger lock: the policy edit and the record go in together.
        const file = readWorktreePolicy(git);
        const existing = file.policy.constraints ?? [];
        const taken = new Set(existing.map((c) => c.id));
        const id = values.id ?? constraintIdFor(learning.text, taken, learning.id);
        if (taken.has(id))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$} already has a constraint "${id}"`, { fix: 'choose another name with --id NAME' });
        const fresh = orderedConstraint({ id, learning: learning.id, paths, note, [kind]: value });
        const same = existing.find((c) => c.learning === learning.id && (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleOf */ .Y)(c).kind === kind && (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleOf */ .Y)(c).value === value);
        if (same)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`learning ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(learning.id)} is already enforced this way by constraint "${same.id}"`, { fix: 'nothing to do; see .agents/policy.json' });
        if ('forbidPattern' in fresh)
            (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .compileForbidPattern */ .AE)(fresh, '--forbid-pattern');
        const text = renderPolicyWith(file, [...existing, fresh]);
        (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(git, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$), text);
        constraint = fresh;
        restore = () => (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(git, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$), file.text);
        return { schema: _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .RECORD_SCHEMA */ .ep, type: 'promotion', seq: tip.nextSeq, prev: tip.heads, createdAt: new Date().toISOString(), ledger: tip.genesisId, learning: learning.id, constraint: fresh, author };
    }, { stage: true }).catch((error) => {
        restore?.();
        throw error;
    });
    await git.stage([_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$]);
    const made = constraint;
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else
        cli.out(record.id);
    cli.err([
        `promoted learning ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .shortId */ .m_)(learning.id)} to constraint "${made.id}" in ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$}: on ${made.paths.join(', ')}, ${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRule */ .IO)(made)}`,
        `  ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$} and ${path} are staged`,
        `  the policy change is itself a change that needs a verdict: ao verdict pass --checker ${cli.env.AO_CHECKER ?? 'CHECKER-ID'}`,
        `  once committed, \`ao verify\`, the hooks and the action refuse changes that break it, naming the learning`,
    ].join('\n'));
    return 0;
}
async function cmdRetire(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parse */ .qg)('retire', args, { why: { type: 'string' }, ...BY_OPTIONS });
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_13__/* .HELP */ ._.retire), 0;
    const [id] = positionals;
    if (!id || positionals.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('ao retire needs one constraint id', { fix: `ao retire no-console-log --why "the logger now redacts secrets"` });
    const why = values.why?.trim();
    if (!why)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('ao retire needs --why: the ratchet only slips back on the record', { fix: `ao retire ${id} --why "what changed, so this no longer holds"` });
    if (why.length > 4000)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`--why is ${why.length} characters; the limit is 4000`, { fix: 'say it shorter, and link to the details' });
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_12__/* .openRepo */ .B)(cli);
    const records = await readAllRecords(git);
    const author = await actorFrom(cli, git, values);
    const promotion = records.filter((r) => r.type === 'promotion' && r.constraint.id === id).at(-1);
    const inWorktree = readWorktreePolicy(git).policy.constraints?.find((c) => c.id === id);
    // Taken out of the file by hand already: the retirement record is what is missing.
    const known = inWorktree ?? (await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_8__/* .policyAt */ .E4)(git, await git.headCommit())).policy?.constraints?.find((c) => c.id === id) ?? promotion?.constraint;
    if (!known) {
        const ids = (readWorktreePolicy(git).policy.constraints ?? []).map((c) => c.id);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`no constraint "${id}" in ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$}${ids.length ? ` (it has: ${ids.join(', ')})` : ' (it has none)'}`, { fix: 'name one of its constraints; see .agents/policy.json' });
    }
    if (!inWorktree && (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .retirementIndex */ .gK)(records, _core_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .compareRecords */ .aB)(id)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`constraint "${id}" is not in ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$} and is already retired on record`, { fix: 'nothing to do; `ao log` shows the retirement' });
    }
    let restore;
    const { record, path } = await (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .appendRecord */ .EB)(git, (tip) => {
        // Under the ledger lock: the policy edit and the record go in together.
        const file = readWorktreePolicy(git);
        const existing = file.policy.constraints ?? [];
        if (existing.some((c) => c.id === id)) {
            (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(git, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$), renderPolicyWith(file, existing.filter((c) => c.id !== id)));
            restore = () => (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(git, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$), file.text);
        }
        return {
            schema: _core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .RECORD_SCHEMA */ .ep,
            type: 'retirement',
            seq: tip.nextSeq,
            prev: tip.heads,
            createdAt: new Date().toISOString(),
            ledger: tip.genesisId,
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
    await git.stage([_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$]);
    const learning = records.find((r) => r.type === 'learning' && r.id === known.learning);
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else
        cli.out(record.id);
    cli.err([
        `retired constraint "${id}" (${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .learnedIn */ .tP)(known, learning)})${inWorktree ? ` and took it out of ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$}` : `; it was already out of ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$}`}`,
        `  why: ${(0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(why, 200)}`,
        `  ${inWorktree ? `${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$} and ` : ''}${path} ${inWorktree ? 'are' : 'is'} staged`,
        inWorktree
            ? `  the policy change is itself a change that needs a verdict: ao verdict pass --checker ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_14__/* .shellQuote */ .Z)(cli.env.AO_CHECKER ?? 'CHECKER-ID')}`
            : `  commit it with the change that removed the constraint`,
        `  the learning stays in the ledger: \`ao context\` still shows it`,
    ].join('\n'));
    return 0;
}


/***/ }),

/***/ 7878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WORKER_OPTIONS: () => (/* binding */ WORKER_OPTIONS),
/* harmony export */   cmdVerdict: () => (/* binding */ cmdVerdict),
/* harmony export */   parseActorKind: () => (/* binding */ parseActorKind),
/* harmony export */   parseEvidence: () => (/* binding */ parseEvidence),
/* harmony export */   ranEvidence: () => (/* binding */ ranEvidence),
/* harmony export */   refuseDependentChecker: () => (/* binding */ refuseDependentChecker),
/* harmony export */   scopeFromFlags: () => (/* binding */ scopeFromFlags),
/* harmony export */   warnIfConstraintsRefuse: () => (/* binding */ warnIfConstraintsRefuse),
/* harmony export */   workerFrom: () => (/* binding */ workerFrom)
/* harmony export */ });
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6673);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7989);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4130);
/* harmony import */ var _repo_subjects_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2743);
/* harmony import */ var _repo_signing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4307);
/* harmony import */ var _repo_writer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9381);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7593);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5217);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2151);
/* harmony import */ var _repo_verify_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2431);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7911);












const KINDS = ['agent', 'human', 'ci', 'tool'];
function parseActorKind(value, flag) {
    const kind = (value ?? 'agent');
    if (!KINDS.includes(kind))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`${flag} must be one of ${KINDS.join(', ')}, not ${JSON.stringify(value)}`, { fix: `for example: ${flag} human` });
    return kind;
}
function parseEvidence(values) {
    return values.map((value) => {
        const colon = value.indexOf(':');
        const kind = colon > 0 ? value.slice(0, colon) : '';
        const text = value.slice(colon + 1);
        if (!['test', 'command', 'review', 'link'].includes(kind) || text.trim() === '') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`--evidence takes KIND:TEXT with KIND one of test, command, review, link; got ${JSON.stringify(value)}`, {
                fix: `for example: --evidence test:"npm test: 212 passed" or --evidence link:https://ci.example.com/run/1`,
            });
        }
        if (kind === 'link')
            return { kind: 'link', url: text.trim() };
        return { kind: kind, text };
    });
}
/** `--ran CMD`: the checker ran CMD and it exited 0; what a `requireCheck` constraint looks for. */
function ranEvidence(commands) {
    return commands.map((command) => {
        if (command.trim() === '')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS('--ran takes the command that was run', { fix: `for example: --ran 'npm test'` });
        return { kind: 'command', text: `ran \`${command}\`: exit 0`, command, exitCode: 0 };
    });
}
/** The options naming who wrote the change, shared by `ao verdict` and `ao check`. */
const WORKER_OPTIONS = {
    worker: { type: 'string' },
    'worker-kind': { type: 'string' },
    'worker-session': { type: 'string' },
};
/** Who wrote the change: --worker, else $AO_WORKER, else the git author. */
function workerFrom(cli, values, kind, authors) {
    const workerId = values.worker ?? cli.env.AO_WORKER ?? authors[0];
    if (!workerId)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS('cannot tell who wrote the change', { fix: 'pass --worker ID (or set AO_WORKER), or set `git config user.email`' });
    const worker = { id: workerId, kind };
    const workerSession = values['worker-session'] ?? cli.env.AO_WORKER_SESSION;
    if (workerSession)
        worker.session = workerSession;
    return worker;
}
/** Refuses up front what verification would refuse anyway: a checker that is the worker or shares its session. */
function refuseDependentChecker(checker, worker) {
    const problem = (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .independenceProblem */ .KD)({ checker, worker });
    if (problem) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`refusing to record: ${problem}`, {
            fix: 'have a different identity check the change: a reviewer, a second agent in a fresh session, or CI (--checker ID)',
        });
    }
}
function scopeFromFlags(command, values) {
    const which = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .oneScope */ .nN)(command, values);
    if (values.amend && which !== 'staged')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`${command}: --amend names the staged change; it cannot be combined with --${which}`, { fix: `ao ${command} --amend ...` });
    if (which === 'commit')
        return { kind: 'commit', rev: values.commit };
    if (which === 'range')
        return { kind: 'range', ...(0,_repo_subjects_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRangeArg */ .t)(values.range) };
    return values.amend ? { kind: 'staged', amend: true } : { kind: 'staged' };
}
async function cmdVerdict(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parse */ .qg)('verdict', args, {
        ..._args_js__WEBPACK_IMPORTED_MODULE_6__/* .SCOPE_OPTIONS */ .gy,
        ..._args_js__WEBPACK_IMPORTED_MODULE_6__/* .AMEND_OPTION */ .AF,
        checker: { type: 'string' },
        'checker-kind': { type: 'string' },
        session: { type: 'string' },
        ...WORKER_OPTIONS,
        summary: { type: 'string' },
        evidence: { type: 'string', multiple: true },
        ran: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        sign: { type: 'string' },
    });
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_10__/* .HELP */ ._.verdict), 0;
    const outcome = positionals[0];
    if ((outcome !== 'pass' && outcome !== 'fail') || positionals.length !== 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS('ao verdict needs exactly one of pass or fail', { fix: 'for example: ao verdict pass --checker reviewer@example.com' });
    }
    const checkerId = values.checker ?? cli.env.AO_CHECKER;
    if (!checkerId)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS('no checker given', { fix: 'pass --checker ID (or set AO_CHECKER) naming who checked the change' });
    const scope = scopeFromFlags('verdict', values);
    const evidence = [...parseEvidence(values.evidence ?? []), ...ranEvidence(values.ran ?? [])];
    const checkerKind = parseActorKind(values['checker-kind'], '--checker-kind');
    const workerKind = parseActorKind(values['worker-kind'], '--worker-kind');
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .openRepo */ .B)(cli);
    const resolved = await (0,_repo_subjects_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveSubject */ .f)(git, scope);
    const worker = workerFrom(cli, values, workerKind, resolved.authors);
    const checker = { id: checkerId, kind: checkerKind };
    if (values.session)
        checker.session = values.session;
    refuseDependentChecker(checker, worker);
    const sign = await (0,_repo_signing_js__WEBPACK_IMPORTED_MODULE_4__/* .signerFromFlag */ .L1)(values.sign, { env: cli.env, cwd: cli.cwd });
    for (const warning of await (0,_repo_signing_js__WEBPACK_IMPORTED_MODULE_4__/* .signingAdvice */ ._6)(git, checker.id, sign))
        cli.err(`ao: warning: ${warning}`);
    const { record, path } = await (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_5__/* .appendVerdict */ .w0)(git, { subject: resolved.subject, verdict: outcome, checker, worker, evidence, summary: values.summary ?? '' }, { stage: scope.kind === 'staged', sign });
    if (values.json)
        cli.out(JSON.stringify(record, null, 2));
    else
        cli.out(record.id);
    cli.err(`recorded ${outcome} ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(record.id)} for the ${resolved.label} (digest ${(0,_core_record_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(resolved.subject.digest)}) by ${checker.id}` +
        `${sign ? `, signed with ${sign.publicKey.fingerprint} (${sign.via})` : ''}\n` +
        (scope.kind === 'staged' ? `  ${path} is staged: it lands with the commit` : `  ${path} is written: commit it with \`git add .agents/ledger && git commit -m "Record verdict"\``));
    if (outcome === 'pass')
        await warnIfConstraintsRefuse(cli, git, scope, resolved.baseRev);
    return 0;
}
/**
 * A pass recorded on a change that a promoted constraint refuses changes nothing: the gate
 * refuses it whatever its verdicts say. The record stays (the checker's claim is theirs to
 * make); the gate's answer is printed beside it, as `ao verify` on the same scope gives it.
 */
async function warnIfConstraintsRefuse(cli, git, scope, baseRev) {
    let report;
    try {
        // Only a base policy with constraints can refuse through one: most passes cost one read.
        if (!(await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .policyAt */ .E4)(git, baseRev)).policy?.constraints?.length)
            return;
        report = await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .verify */ .MX)(git, scope, { checkerHint: cli.env.AO_CHECKER });
    }
    catch (error) {
        cli.err(`ao: warning: could not ask the gate whether a promoted constraint refuses the change: ${error.message}`);
        return;
    }
    const seen = new Set();
    for (const decision of [report.rangeDecision, ...report.decisions]) {
        if (!decision || decision.outcome !== 'uncovered' || !decision.constraint)
            continue;
        const key = `${decision.change.label}\0${decision.reason}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const what = decision.change.kind === 'staged' ? 'the staged change' : decision.change.kind === 'range' ? `the range ${decision.change.label}` : `commit ${decision.change.label}`;
        cli.err(`ao: warning: the gate will still refuse ${(0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .clean */ .uH)(what)}: promoted constraint ${(0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .clean */ .uH)(decision.constraint)} (learning ${decision.learning ? (0,_core_record_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(decision.learning) : 'unknown'}) refuses it, whatever its verdicts say\n` +
            `  ${(0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .clean */ .uH)(decision.reason)}\n` +
            '  the pass is recorded as the checker\'s claim; `ao verify` and CI still refuse the change\n' +
            (decision.fix ? `  fix: ${(0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .clean */ .uH)(decision.fix)}\n` : '') +
            `  check: ao verify${scopeFlag(scope)}`);
    }
}
function scopeFlag(scope) {
    if (scope.kind === 'commit')
        return ` --commit ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_11__/* .shellQuote */ .Z)(scope.rev)}`;
    if (scope.kind === 'range')
        return ` --range ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_11__/* .shellQuote */ .Z)(`${scope.base}..${scope.head}`)}`;
    return ' --staged';
}


/***/ }),

/***/ 4307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ signerFromFlag),
/* harmony export */   _6: () => (/* binding */ signingAdvice)
/* harmony export */ });
/* unused harmony export signerFor */
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6673);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9193);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2721);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4130);
/* harmony import */ var _core_signatures_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2796);
/* harmony import */ var _core_sshsig_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7112);

/**
 * Signing records with an SSH key: a private key file, or ssh-agent holding the key whose
 * public half is named. Shared by `ao verdict --sign` and `ao check --sign`.
 */









const MAX_KEY_FILE_BYTES = 64 * 1024;
const AGENT_PREFIX = 'agent:';
const PRIVATE_KEY_MARK = '-----BEGIN ';
/**
 * A signer for KEY as given to `--sign KEY` (or $AO_SIGNING_KEY):
 *   - a path to an unencrypted OpenSSH private key: signs in-process;
 *   - a path to a public key (`.pub`): signs through ssh-agent, which must hold that key;
 *   - `agent:PATH` or `agent:ssh-ed25519 AAAA...`: signs through ssh-agent with that public key.
 * Throws AoError (with a fix) when the key cannot be used; ssh-agent errors surface when signing.
 */
async function signerFor(keySpec, options = {}) {
    const env = options.env ?? process.env;
    const spec = keySpec.trim();
    if (spec === '')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS('--sign needs a key', { fix: 'for example: --sign ~/.ssh/id_ed25519, or --sign agent:~/.ssh/id_ed25519.pub' });
    if (spec.startsWith(AGENT_PREFIX)) {
        const rest = spec.slice(AGENT_PREFIX.length).trim();
        const inline = /^(ssh-|ecdsa-)/.test(rest) && /\s/.test(rest);
        const text = inline ? rest : readKeyFile(rest, options.cwd, env);
        return agentSigner(publicKeyFrom(text, inline ? `${AGENT_PREFIX} key` : rest), keySpec, env);
    }
    const text = readKeyFile(spec, options.cwd, env);
    if (text.trimStart().startsWith(PRIVATE_KEY_MARK))
        return fileSigner(privateKeyFrom(text, spec), keySpec);
    return agentSigner(publicKeyFrom(text, spec), keySpec, env);
}
/** `--sign KEY` if given, else $AO_SIGNING_KEY, else no signing (undefined). */
async function signerFromFlag(flag, options = {}) {
    const spec = flag ?? (options.env ?? process.env).AO_SIGNING_KEY;
    if (spec === undefined || (flag === undefined && spec.trim() === ''))
        return undefined;
    return signerFor(spec, options);
}
function fileSigner(signer, keySpec) {
    const sign = async (id) => ({ format: 'sshsig', namespace: _core_signatures_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNATURE_NAMESPACE */ .Bg, signature: (0,_core_sshsig_js__WEBPACK_IMPORTED_MODULE_8__/* .signMessage */ .lT)(id, _core_signatures_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNATURE_NAMESPACE */ .Bg, signer) });
    return Object.assign(sign, { publicKey: signer.publicKey, via: 'key file', keySpec });
}
function agentSigner(publicKey, keySpec, env) {
    const sign = async (id) => {
        try {
            return { format: 'sshsig', namespace: _core_signatures_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNATURE_NAMESPACE */ .Bg, signature: await (0,_core_sshsig_js__WEBPACK_IMPORTED_MODULE_8__/* .signWithAgent */ .tY)(id, _core_signatures_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNATURE_NAMESPACE */ .Bg, publicKey, env.SSH_AUTH_SOCK) };
        }
        catch (error) {
            if (!(error instanceof _core_sshsig_js__WEBPACK_IMPORTED_MODULE_8__/* .SshSigError */ .gl))
                throw error;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`cannot sign through ssh-agent with key ${publicKey.fingerprint}: ${error.message}`, {
                fix: 'start ssh-agent (`eval "$(ssh-agent)"`), add the key with `ssh-add PRIVATE-KEY`, and run the command again in that shell; or pass an unencrypted private key file to --sign',
            });
        }
    };
    return Object.assign(sign, { publicKey, via: 'ssh-agent', keySpec });
}
function expandPath(path, cwd, env) {
    const home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)();
    const expanded = path === '~' ? home : path.startsWith('~/') ? `${home}/${path.slice(2)}` : path;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd ?? process.cwd(), expanded);
}
function readKeyFile(path, cwd, env) {
    const full = expandPath(path, cwd, env);
    let bytes;
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).size > MAX_KEY_FILE_BYTES)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`${path} is larger than ${MAX_KEY_FILE_BYTES} bytes: not an SSH key`, { fix: 'pass an SSH key file to --sign' });
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full);
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`cannot read the signing key ${path}: ${error.code ?? error.message}`, {
            fix: 'pass the path of an SSH private key (e.g. --sign ~/.ssh/id_ed25519), or of a public key held by ssh-agent (--sign ~/.ssh/id_ed25519.pub)',
        });
    }
    return bytes.toString('utf8');
}
function privateKeyFrom(text, path) {
    try {
        return (0,_core_sshsig_js__WEBPACK_IMPORTED_MODULE_8__/* .parsePrivateKey */ .QW)(text);
    }
    catch (error) {
        if (!(error instanceof _core_sshsig_js__WEBPACK_IMPORTED_MODULE_8__/* .SshSigError */ .gl))
            throw error;
        if (/passphrase|encrypted|ssh-agent/i.test(error.message)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`the private key ${path} is passphrase-protected, and ao never asks for passphrases`, {
                fix: `add it to ssh-agent with \`ssh-add ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(path)}\` and pass its public key instead: --sign ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(`${path}.pub`)}`,
            });
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`cannot use ${path} as a signing key: ${error.message}`, { fix: 'pass an OpenSSH private key (ed25519, ecdsa or rsa), or a public key held by ssh-agent' });
    }
}
function publicKeyFrom(text, what) {
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
    try {
        return (0,_core_sshsig_js__WEBPACK_IMPORTED_MODULE_8__/* .parsePublicKey */ .ee)(line);
    }
    catch (error) {
        if (!(error instanceof _core_sshsig_js__WEBPACK_IMPORTED_MODULE_8__/* .SshSigError */ .gl))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`${what} is neither an OpenSSH private key nor a public key: ${error.message}`, {
            fix: 'pass a private key file (--sign ~/.ssh/id_ed25519) or the .pub of a key held by ssh-agent (--sign ~/.ssh/id_ed25519.pub)',
        });
    }
}
/**
 * What `ao verdict` should warn about before recording, judged by the policy and
 * `.agents/checkers` at HEAD (one batched read): an unsigned verdict the policy will not
 * count, or a key the checkers file does not trust for this checker. Never throws.
 */
async function signingAdvice(git, checkerId, signer) {
    try {
        const head = await git.headCommit();
        if (!head)
            return [];
        const keys = [`${head}:${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$}`, `${head}:${_core_signatures_js__WEBPACK_IMPORTED_MODULE_7__/* .CHECKERS_PATH */ .Pn}`];
        const objects = await git.readObjects(keys);
        const policyBytes = objects.get(keys[0]);
        if (!policyBytes || !(0,_core_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePolicy */ .ON)(policyBytes, `commit ${head.slice(0, 7)}`).requireSignature)
            return [];
        if (!signer) {
            return [`the policy at HEAD requires signed verdicts: this one is unsigned and will not count (add --sign KEY, or set AO_SIGNING_KEY)`];
        }
        const checkers = (0,_core_signatures_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCheckers */ .UZ)(objects.get(keys[1]), head);
        if (!(0,_core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_3__/* .isKeyAllowed */ .wP)(checkers.signers, checkerId, signer.publicKey, _core_signatures_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNATURE_NAMESPACE */ .Bg)) {
            return [`${checkers.where} does not trust key ${signer.publicKey.fingerprint} for ${checkerId}: this verdict will not count until a reviewed change adds it (\`ao checkers add ${checkerId} KEY.pub\`)`];
        }
        return [];
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS)
            return [error.message];
        return [];
    }
}


/***/ })

};
