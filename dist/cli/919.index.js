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
/* harmony import */ var _repo_ledger_view_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5435);
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
    const latestPromotion = records.filter((r) => r.type === 'promotion' && r.constraint.id === id).at(-1);
    const inWorktree = readWorktreePolicy(git).policy.constraints?.find((c) => c.id === id);
    // Taken out of the file by hand already: the retirement record is what is missing.
    const inHead = (await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_8__/* .policyAt */ .E4)(git, await git.headCommit())).policy?.constraints?.find((c) => c.id === id);
    const known = inWorktree ?? inHead ?? latestPromotion?.constraint;
    // The back-link names the promotion of exactly this constraint (none for one added by hand).
    const promotion = known && records.filter((r) => r.type === 'promotion' && (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .constraintKey */ .Zq)(r.constraint) === (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .constraintKey */ .Zq)(known)).at(-1);
    if (!known) {
        const ids = (readWorktreePolicy(git).policy.constraints ?? []).map((c) => c.id);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`no constraint "${id}" in ${_core_record_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICY_PATH */ .l$}${ids.length ? ` (it has: ${ids.join(', ')})` : ' (it has none)'}`, { fix: 'name one of its constraints; see .agents/policy.json' });
    }
    // Still in HEAD's policy: this change takes it out, and needs a retirement of its own.
    if (!inWorktree && !inHead && (0,_core_constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .retirementIndex */ .gK)(records, _core_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .compareRecords */ .aB)(id)) {
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


/***/ })

};
