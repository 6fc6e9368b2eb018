export const id = 919;
export const ids = [919];
export const modules = {

/***/ 5919:
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
/* harmony import */ var _core_constraints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4165);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1603);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6752);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3579);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9844);
/* harmony import */ var _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(415);
/* harmony import */ var _repo_verify_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8377);
/* harmony import */ var _repo_writer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(791);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7155);
/* harmony import */ var _cmd_verdict_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6416);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(399);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1037);















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

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ prepareConstraints)
/* harmony export */ });
/* harmony import */ var _core_constraints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4165);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7403);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6752);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6452);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3579);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9844);






/**
 * Gathers what deciding under the policy's constraints needs, in batched git calls, and
 * hangs it on the changes: the lines they add under forbidPattern constraints, and the
 * constraints they drop from the policy without a retirement record. Returns the lookup of
 * the learnings the constraints came from, so refusals can quote them. Costs nothing when
 * the policy has no constraints and no change touches the policy file.
 */
async function prepareConstraints(git, policy, ledger, changes, head) {
    const constraints = policy.constraints ?? [];
    const learningIds = new Set(constraints.map((c) => c.learning));
    await attachAddedLines(git, policy, changes, head);
    const touchingPolicy = changes.filter(({ change }) => change.manifest.entries.some((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_PATH */ .l$));
    const sides = touchingPolicy.length > 0 ? await policySides(git, touchingPolicy.map((c) => c.change)) : new Map();
    const before = [...sides.values()].flatMap(([b]) => ('constraints' in b ? b.constraints : []));
    for (const c of before)
        learningIds.add(c.learning);
    const learnings = learningIds.size > 0 ? await ledger.recordsById([...learningIds]) : new Map();
    const lookup = (id) => {
        const record = learnings.get(id);
        return record?.type === 'learning' ? record : undefined;
    };
    if (before.length > 0) {
        // Only a change that drops a constraint pays for reading the whole ledger.
        const isRetired = (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .retirementIndex */ .gK)(await ledger.allRecords(), _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRecords */ .aB);
        for (const [change, [b, a]] of sides) {
            const slips = (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .findRatchetSlips */ .gA)('constraints' in b ? b.constraints : [], a, isRetired, lookup);
            if (slips.length > 0)
                change.ratchetSlips = slips;
        }
    }
    return lookup;
}
/** Fills `addedLines` for every change touching a forbidPattern constraint's paths: one diff-tree for all commits. */
async function attachAddedLines(git, policy, changes, head) {
    const forbidding = (policy.constraints ?? []).filter((c) => 'forbidPattern' in c);
    if (forbidding.length === 0)
        return;
    const matches = (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .globMatcher */ .fU)(forbidding.flatMap((c) => c.paths));
    const batch = [];
    for (const { change, patchItem } of changes) {
        const paths = (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .manifestPaths */ .Ud)(change.manifest).filter(matches);
        if (paths.length === 0) {
            change.addedLines = [];
            continue;
        }
        if (patchItem)
            batch.push({ change, item: patchItem, paths });
        else
            change.addedLines = await git.stagedAddedLines(head ?? git.emptyTree, paths);
    }
    if (batch.length === 0)
        return;
    const allPaths = [...new Set(batch.flatMap((b) => b.paths))].sort();
    const lines = await git.addedLinesBatch([...new Set(batch.map((b) => b.item))], allPaths);
    for (const { change, item, paths } of batch) {
        const wanted = new Set(paths);
        change.addedLines = (lines.get(item) ?? []).filter((line) => wanted.has(line.path));
    }
}
/** The policy before and after each change that touches the policy file, from the blob ids in its manifest. */
async function policySides(git, changes) {
    const zero = /^0+$/;
    const pairs = changes.map((change) => {
        const entry = change.manifest.entries.find((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .POLICY_PATH */ .l$);
        return { change, oldId: zero.test(entry.oldId) ? undefined : entry.oldId, newId: zero.test(entry.newId) ? undefined : entry.newId };
    });
    // Bounded: the policy a change carries is the change's to make as large as it likes.
    const blobs = await git.readObjectsBounded([...new Set(pairs.flatMap((p) => [p.oldId, p.newId]).filter((id) => !!id))], _core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_POLICY_BYTES */ .mk);
    const side = (id, where) => {
        if (!id)
            return { missing: true };
        const object = blobs.get(id);
        const bytes = object?.bytes;
        if (!bytes)
            return { invalid: object ? `it is ${object.size} bytes; the limit is ${_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_POLICY_BYTES */ .mk}` : 'its content could not be read' };
        try {
            return { constraints: (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicy */ .ON)(bytes, where).constraints ?? [] };
        }
        catch (error) {
            return { invalid: error.message };
        }
    };
    const sides = new Map();
    for (const { change, oldId, newId } of pairs)
        sides.set(change, [side(oldId, `before ${change.label}`), side(newId, change.label)]);
    return sides;
}


/***/ }),

/***/ 8377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ policyAt),
/* harmony export */   MX: () => (/* binding */ verify),
/* harmony export */   yr: () => (/* binding */ signatureCheckFor)
/* harmony export */ });
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7403);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1603);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3579);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9844);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(767);
/* harmony import */ var _constraints_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6702);
/* harmony import */ var _ledger_view_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(415);









async function policyAt(git, rev) {
    if (!rev)
        return { source: 'none (no base commit)' };
    const key = `${rev}:${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$}`;
    const checkersKey = `${rev}:${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn}`;
    const objects = await git.readObjects([key, checkersKey]);
    const bytes = objects.get(key);
    if (!bytes)
        return { source: `none at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(rev)}`, rev };
    return { policy: (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePolicy */ .ON)(bytes, `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(rev)}`), source: `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$} at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(rev)}`, rev, checkers: objects.get(checkersKey) };
}
/**
 * The signature rule a loaded policy imposes: undefined unless it sets `requireSignature`;
 * then verdicts count only when signed by a key that `.agents/checkers` at the policy's own
 * commit trusts for their checker (never the change under test's copy, so a change cannot
 * trust its own key). Throws AoError when that file is missing or invalid.
 */
async function signatureCheckFor(loaded) {
    if (!loaded.policy?.requireSignature || !loaded.rev)
        return undefined;
    // The signature code loads only when a policy asks for signatures.
    const { makeSignatureCheck, parseCheckers } = await __webpack_require__.e(/* import() */ 882).then(__webpack_require__.bind(__webpack_require__, 7882));
    return makeSignatureCheck(parseCheckers(loaded.checkers, loaded.rev));
}
async function verify(git, scope, options = {}) {
    const notes = [];
    let base;
    let head;
    let label;
    let changes;
    let rangeChange;
    let namedBase;
    let policyPromise;
    if (scope.kind === 'staged') {
        const [headCommit, author] = await Promise.all([git.headCommit(), options.skipStagedAuthor ? undefined : git.authorEmail()]);
        head = headCommit;
        let amending;
        if (scope.amend) {
            if (!headCommit)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('there is no commit to amend yet', { fix: 'commit without --amend' });
            [amending] = await git.listCommits(['-n', '1', headCommit]);
            base = amending?.parents[0];
        }
        else
            base = head;
        label = amending ? `staged change (amending ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(amending.sha)})` : 'staged change';
        // The policy read does not depend on the staged diff: start it alongside (the hook's hot path).
        policyPromise = policyAt(git, options.policyRev ?? base);
        policyPromise.catch(() => undefined); // awaited below; an invalid policy must surface there, not as an unhandled rejection
        changes = [await (0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .stagedChange */ .th)(git, head, author, amending)];
    }
    else {
        let commits;
        if (scope.kind === 'commit') {
            const commit = await git.resolveCommit(scope.rev, 'commit');
            commits = await git.listCommits(['-n', '1', commit]);
            base = commits[0]?.parents[0];
            head = commit;
            label = `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(commit)}`;
        }
        else if (scope.kind === 'range') {
            const named = await git.resolveCommit(scope.base, 'range base');
            head = await git.resolveCommit(scope.head, 'range head');
            commits = await git.listCommits([`${named}..${head}`]);
            label = `${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(named)}..${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(head)}`;
            // A base branch that moved on since the fork: records it gained are not "deleted" by
            // the range. Judge the ledger and the combined change from the merge base; the
            // policy still comes from the base as named.
            base = (await git.isAncestor(named, head)) ? named : ((await git.mergeBase(named, head)) ?? named);
            if (base !== named) {
                namedBase = named;
                notes.push(`${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(named)} is not an ancestor of ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(head)}: the ledger and the combined change are judged from their merge base ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(base)}, the policy from ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(named)}`);
            }
        }
        else {
            head = await git.resolveCommit(scope.head, 'head');
            commits = await git.listCommits([head, '--not', ...scope.exclude]);
            base = boundaryOf(commits);
            label = scope.label;
        }
        changes = await (0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .changesOfCommits */ .lv)(git, commits);
        if (scope.kind !== 'commit' && base && head && commits.length > 0) {
            rangeChange = {
                kind: 'range',
                label,
                manifest: (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .buildManifest */ .u1)(await git.diffTrees(base, head)),
                range: { base, head },
            };
        }
    }
    const policyRev = options.policyRev ?? namedBase ?? base;
    const loaded = await (policyPromise ?? policyAt(git, policyRev));
    // The staged scope judges what the commit will hold: the index's ledger, from the staged
    // entries already read (no working-tree scan on the hook's hot path).
    const defaultSource = scope.kind === 'staged' ? { kind: 'index', changes: changes[0]?.ledgerEntries } : { kind: 'worktree' };
    const ledger = await _ledger_view_js__WEBPACK_IMPORTED_MODULE_7__/* .LedgerView */ .Bw.open(git, options.ledger ?? defaultSource, base);
    const commitProblems = [];
    for (const { change, ledgerEntries } of changes) {
        for (const entry of ledgerEntries) {
            if (entry.status === 'A')
                continue;
            const path = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .pathText */ .LF)(entry.path);
            if (commitProblems.some((p) => p.path === path))
                continue;
            commitProblems.push({
                code: entry.status === 'D' ? 'record-deleted' : 'record-modified',
                message: `${change.kind === 'staged' ? 'the staged change' : `commit ${change.label} (${change.subjectLine ?? ''})`} ${entry.status === 'D' ? 'deletes' : 'modifies'} ledger record ${path}: the ledger is append-only`,
                path,
                fix: change.kind === 'staged' ? `restore it with \`git restore --staged --worktree -- ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_8__/* .shellQuote */ .Z)(path)}\`` : `drop that change from commit ${change.label} (\`git rebase -i\`), keeping the record as it was`,
            });
        }
    }
    // One problem per record: the commit that broke append-only says more than the ledger view.
    const brokenByCommit = new Set(commitProblems.map((p) => p.path));
    const problems = [
        ...ledger.problems.filter((p) => !(p.path && brokenByCommit.has(p.path) && (p.code === 'record-modified' || p.code === 'record-deleted'))),
        ...commitProblems,
    ];
    // The staged change (the pre-commit hook's hot path) reads the index's policy only when it stages one.
    const stagesPolicy = scope.kind === 'staged' && changes.some(({ change }) => change.manifest.entries.some((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$));
    const headPolicy = scope.kind !== 'staged' || stagesPolicy ? await headPolicyProblem(git, scope.kind === 'staged' ? undefined : head, base) : undefined;
    if (headPolicy)
        problems.push(headPolicy);
    let decisions;
    let rangeDecision;
    const policy = loaded.policy;
    if (!policy) {
        const setsUp = changes.some(({ change }) => change.manifest.entries.some((e) => (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .pathText */ .LF)(e.path) === _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$));
        notes.push(setsUp
            ? `no policy at the base (${loaded.source}): this change sets agentops/verdict up, so coverage is not enforced yet`
            : `no policy at the base (${loaded.source}): these commits come from before agentops/verdict was set up here, so nothing is enforced on them and no verdict counts for them; to audit them under a policy: ao verify --range ${label.includes('..') ? label : 'A..B'} --policy REV`);
        decisions = changes.map(({ change }) => ({ change, outcome: 'exempt', reason: `no policy at ${loaded.rev ? (0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(loaded.rev) : 'the base'}: not enforced` }));
    }
    else {
        const digests = changes.map(({ change }) => change.manifest.digest);
        // The combined change decides only in range mode: in commit mode its digest is never looked up.
        if (rangeChange && policy.mode === 'range')
            digests.push(rangeChange.manifest.digest);
        const latest = await ledger.latestFor([...new Set(digests)]);
        // A base record that cannot be read back, unless already reported as changed by the change.
        problems.push(...ledger.baseProblems.filter((p) => !problems.some((q) => q.path === p.path)));
        const signatureCheck = options.signatureCheck ? await options.signatureCheck(policy, git, policyRev) : await signatureCheckFor(loaded);
        if (signatureCheck && !options.signatureCheck)
            notes.push(`the policy requires signed verdicts: keys trusted by ${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn} at ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(loaded.rev)}`);
        // Constraints: added lines for forbidPattern, the ratchet on policy edits, the learnings to quote.
        const withRange = rangeChange && head && base ? [...changes, { change: rangeChange, ledgerEntries: [], patchItem: `${head} ${base}` }] : changes;
        const learnings = await (0,_constraints_js__WEBPACK_IMPORTED_MODULE_6__/* .prepareConstraints */ .W)(git, policy, ledger, withRange, scope.kind === 'staged' ? base : undefined);
        const decide = (change) => (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .decideChange */ .hk)(change, { policy, lookup: (digest) => latest.get(digest), signatureCheck, checkerHint: options.checkerHint, learnings });
        if (policy.mode === 'range' && rangeChange)
            rangeDecision = decide(rangeChange);
        decisions = changes.map(({ change }) => {
            if (rangeDecision?.outcome === 'covered' && change.manifest.entries.length > 0) {
                return { change, outcome: 'covered', record: rangeDecision.record, reason: `covered by range ${rangeDecision.reason}` };
            }
            return decide(change);
        });
    }
    const count = (outcome) => decisions.filter((d) => d.outcome === outcome).length;
    const counts = { checked: decisions.length, covered: count('covered'), uncovered: count('uncovered'), exempt: count('exempt'), empty: count('empty') };
    // One range verdict lists every commit's own digest, so it covers each of them in commit mode too.
    const verdictCurable = (d) => d.outcome === 'uncovered' && (d.failedRule === 'no-verdict' || d.failedRule === 'verdict-fail');
    const coverAll = policy && scope.kind !== 'staged' && scope.kind !== 'commit' && base && head && counts.uncovered >= 2 && decisions.filter(verdictCurable).length === counts.uncovered
        ? (0,_core_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .rangeFixCommand */ .eB)({ base, head }, policy, options.checkerHint)
        : undefined;
    return {
        ok: problems.length === 0 && counts.uncovered === 0,
        scope: { kind: scope.kind, label, base, head },
        policy: { source: loaded.source, why: options.policyWhy, enforced: !!policy, mode: policy?.mode, policy },
        ledger: {
            source: ledger.describeSource,
            baseRecords: ledger.base.size,
            newRecords: ledger.newRecords.length,
            problems,
            genesis: ledger.genesisId,
        },
        rangeDecision,
        decisions,
        counts,
        coverAll,
        notes,
    };
}
/**
 * The policy the change leaves behind (at its head, or in the index for the staged change)
 * must be valid: the change is judged by the base's policy, but once it lands, every later
 * verification reads this one, so a broken or unknown-field policy is refused now.
 */
async function headPolicyProblem(git, head, base) {
    if (head !== undefined && head === base)
        return undefined;
    const name = head === undefined ? `:${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$}` : `${head}:${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$}`;
    const where = head === undefined ? 'the index' : `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortSha */ .Fu)(head)}`;
    const object = (await git.readObjectsBounded([name], _core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_BYTES */ .mk)).get(name);
    if (!object)
        return undefined;
    let reason;
    if (object.type !== 'blob')
        reason = `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$} at ${where} is not a file`;
    else if (!object.bytes)
        reason = `${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$} at ${where} is ${object.size} bytes; the limit is ${_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_POLICY_BYTES */ .mk}`;
    else {
        try {
            (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePolicy */ .ON)(object.bytes, where);
        }
        catch (error) {
            if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS))
                throw error;
            reason = error.message;
        }
    }
    if (!reason)
        return undefined;
    return {
        code: 'invalid-policy',
        message: `the change leaves an invalid policy: ${reason} (it would stop every later verification)`,
        path: _core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$,
        fix: `fix ${_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .POLICY_PATH */ .l$} (format: docs/spec.md#policy and schemas/policy.v1.schema.json) and amend the change`,
    };
}
/** The commit a rev-list range grows from: the first parent of its oldest commit that lies outside it. */
function boundaryOf(commits) {
    const inRange = new Set(commits.map((c) => c.sha));
    for (const commit of commits) {
        const outside = commit.parents.find((p) => !inRange.has(p));
        if (outside)
            return outside;
    }
    return undefined;
}


/***/ })

};
