export const id = 495;
export const ids = [495];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gy: () => (/* binding */ SCOPE_OPTIONS),
/* harmony export */   nN: () => (/* binding */ oneScope),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


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
const SCOPE_OPTIONS = {
    staged: { type: 'boolean' },
    commit: { type: 'string' },
    range: { type: 'string' },
};


/***/ }),

/***/ 5495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdCheckers: () => (/* binding */ cmdCheckers)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9193);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2796);
/* harmony import */ var _core_sshsig_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7112);
/* harmony import */ var _repo_writer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9381);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7593);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5349);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7911);










const HEADER = `# Trusted checker keys for signed verdicts (policy "requireSignature": true).
# Format: git/ssh-keygen allowed_signers: CHECKER-ID [options] KEYTYPE BASE64 [comment].
# Only the copy at a change's base counts: add keys through a reviewed change. See docs/signing.md.
`;
async function cmdCheckers(cli, args) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h')
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_9__/* .HELP */ ._.checkers), sub === undefined ? 2 : 0;
    if (sub === 'add')
        return checkersAdd(cli, rest);
    if (sub === 'list')
        return checkersList(cli, rest);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`unknown command: ao checkers ${sub}`, { fix: 'ao checkers add CHECKER-ID PUBKEY-FILE, or ao checkers list' });
}
/** A checker id must be one literal principal: no spaces, lists, patterns or quotes. */
function checkCheckerId(id) {
    if (id === '' || /[\s,"*?!]/.test(id) || id.startsWith('#')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`checker id ${JSON.stringify(id)} cannot be a principal in ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn}: no spaces, commas, quotes or * ? ! patterns`, {
            fix: 'use the id the checker records verdicts under, e.g. reviewer@example.com (--checker)',
        });
    }
}
function readPublicKeyFile(cli, path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cli.cwd, path), 'utf8');
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`cannot read ${path}: ${error.code ?? error.message}`, { fix: 'pass a public key file, e.g. ~/.ssh/id_ed25519.pub' });
    }
    if (text.includes('PRIVATE KEY-----')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${path} is a private key; ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn} holds public keys only`, { fix: `pass ${path}.pub instead` });
    }
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
    try {
        return { key: (0,_core_sshsig_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePublicKey */ .ee)(line), comment: line.trim().split(/\s+/).slice(2).join(' ') };
    }
    catch (error) {
        if (error instanceof _core_sshsig_js__WEBPACK_IMPORTED_MODULE_5__/* .SshSigError */ .gl)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${path} is not an SSH public key: ${error.message}`, { fix: 'pass a public key file, e.g. ~/.ssh/id_ed25519.pub' });
        throw error;
    }
}
async function checkersAdd(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parse */ .qg)('checkers', args, {});
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_9__/* .HELP */ ._.checkers), 0;
    if (positionals.length !== 2)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('ao checkers add needs CHECKER-ID and PUBKEY-FILE', { fix: 'for example: ao checkers add reviewer@example.com ~/.ssh/id_ed25519.pub' });
    const [id, keyFile] = positionals;
    checkCheckerId(id);
    const { key, comment } = readPublicKeyFile(cli, keyFile);
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .openRepo */ .B)(cli);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn);
    const current = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') : '';
    let signers;
    try {
        signers = (0,_core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAllowedSigners */ .pD)(current, _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn);
    }
    catch (error) {
        if (error instanceof _core_sshsig_js__WEBPACK_IMPORTED_MODULE_5__/* .SshSigError */ .gl)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(error.message, { fix: `correct that line of ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn} first (format: docs/signing.md)` });
        throw error;
    }
    if ((0,_core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_2__/* .isKeyAllowed */ .wP)(signers, id, key, _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_NAMESPACE */ .Bg)) {
        cli.err(`${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn} already trusts ${key.fingerprint} for ${id}; nothing to do`);
        return 0;
    }
    const line = `${id} namespaces="${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_NAMESPACE */ .Bg}" ${key.text}${comment ? ` ${comment}` : ''}`;
    const base = current === '' ? HEADER : current.endsWith('\n') ? current : `${current}\n`;
    (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(git, file, `${base}${line}\n`);
    cli.out(line);
    cli.err(`added ${key.fingerprint} (${key.type}) for ${id} to ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn}\n` +
        `  it counts once a reviewed change carrying it is the base of later changes: commit it, get it checked, merge it`);
    return 0;
}
async function checkersList(cli, args) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parse */ .qg)('checkers', args, { json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_9__/* .HELP */ ._.checkers), 0;
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_8__/* .openRepo */ .B)(cli);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn} does not exist`, { fix: 'add a key with `ao checkers add CHECKER-ID ~/.ssh/id_ed25519.pub`' });
    let signers;
    try {
        signers = (0,_core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAllowedSigners */ .pD)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn);
    }
    catch (error) {
        if (error instanceof _core_sshsig_js__WEBPACK_IMPORTED_MODULE_5__/* .SshSigError */ .gl)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(error.message, { fix: `correct that line of ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn} (format: docs/signing.md)` });
        throw error;
    }
    const rows = signers.map((s) => ({
        line: s.line,
        checkers: s.principals,
        key: s.publicKey ? s.publicKey.fingerprint : s.keyText.split(' ')[0],
        type: s.keyText.split(' ')[0],
        namespaces: s.namespaces ?? null,
        validAfter: s.validAfter?.toISOString() ?? null,
        validBefore: s.validBefore?.toISOString() ?? null,
        unusable: s.unusableReason ?? null,
    }));
    if (values.json)
        cli.out(JSON.stringify(rows, null, 2));
    else {
        for (const row of rows) {
            const extras = [row.namespaces !== null ? `namespaces=${row.namespaces}` : '', row.validAfter ? `after ${row.validAfter}` : '', row.validBefore ? `before ${row.validBefore}` : '', row.unusable ? `UNUSABLE: ${row.unusable}` : '']
                .filter(Boolean)
                .join(', ');
            cli.out(`${String(row.line).padStart(4)}  ${row.checkers}  ${row.key} (${row.type})${extras ? `  ${extras}` : ''}`);
        }
        if (rows.length === 0)
            cli.err(`${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn} lists no keys`);
    }
    return 0;
}


/***/ }),

/***/ 9381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ appendRecord),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   pT: () => (/* binding */ withLedgerLock),
/* harmony export */   w0: () => (/* binding */ appendVerdict)
/* harmony export */ });
/* unused harmony export readTip */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2558);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4130);
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(563);
/* harmony import */ var _ledger_view_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1721);








const LOCK_NAME = 'agentops-ledger.lock';
const LOCK_WAIT_MS = 10_000;
/**
 * Where the next record attaches: the working tree's heads. Reads every record's `prev`
 * (a plain JSON parse: integrity is `ao ledger verify`'s job, not the writer's).
 */
function readTip(top) {
    const paths = (0,_ledger_view_js__WEBPACK_IMPORTED_MODULE_7__/* .listWorktreeLedger */ .fV)(top);
    const nodes = [];
    let genesisId;
    for (const path of paths) {
        const parts = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRecordPath */ .OT)(path);
        if (!parts)
            continue;
        if (parts.seq === 0)
            genesisId ??= parts.id;
        let prev = [];
        try {
            const value = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(top, path), 'utf8'));
            if (Array.isArray(value.prev))
                prev = value.prev.filter((p) => typeof p === 'string');
        }
        catch {
            // A broken record is reported by `ao ledger verify`; the writer attaches around it.
        }
        nodes.push({ id: parts.id, prev, seq: parts.seq });
    }
    if (!genesisId) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('this repository has no verdict ledger yet (.agents/ledger/ has no genesis record)', { fix: 'run `ao init` and commit the .agents/ directory' });
    }
    const heads = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .computeHeads */ .VG)(nodes);
    const seqOf = new Map(nodes.map((n) => [n.id, n.seq]));
    const nextSeq = 1 + Math.max(...heads.map((h) => seqOf.get(h) ?? 0));
    return { genesisId, heads, nextSeq };
}
/** Holds the ledger lock while `work` runs, so concurrent writers queue instead of forking. */
async function withLedgerLock(git, work) {
    const lock = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.gitDir, LOCK_NAME);
    const started = Date.now();
    let delay = 10;
    for (;;) {
        try {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(lock, 'wx');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, `${process.pid} ${new Date().toISOString()}\n`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`cannot create the ledger lock ${lock}: ${error.message}`);
            if (Date.now() - started > LOCK_WAIT_MS) {
                let holder = '';
                try {
                    holder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(lock, 'utf8').trim();
                    holder = ` (held by process ${holder.split(' ')[0]} since ${holder.split(' ')[1] ?? '?'}, ${Math.round((Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(lock).mtimeMs) / 1000)}s ago)`;
                }
                catch {
                    // The holder released it while we looked.
                }
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`the ledger is locked by another ao process${holder}`, {
                    fix: `wait for it to finish; if no ao process is running, remove the stale lock with \`rm ${lock}\``,
                });
            }
            await new Promise((resolve) => setTimeout(resolve, delay));
            delay = Math.min(delay * 2, 200);
        }
    }
    try {
        return await work();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true });
    }
}
/** Writes bytes so that a crash at any point leaves the whole file or nothing. */
function writeFileAtomic(git, target, content) {
    const tmpDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.gitDir, 'agentops-tmp');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(tmpDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmpDir, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(8).toString('hex')}.tmp`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, 'wx', 0o644);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, content);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, target);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(tmp);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`cannot move the new record into ${target}: ${error.message}`, { fix: 'check that the repository is writable, then run the command again' });
    }
}
/** Appends a verdict on top of the current heads: the one way `ao verdict` and `ao check` write. */
function appendVerdict(git, body, options = {}) {
    return appendRecord(git, (tip) => ({
        schema: _core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .RECORD_SCHEMA */ .ep,
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
        let record = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .sealRecord */ .xe)(makeBody(tip));
        if (options.sign)
            record = { ...record, signature: await options.sign(record.id) };
        // Never write a record that a verifier would refuse.
        const problems = (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .validateRecordShape */ .R$)(record);
        if (problems.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`refusing to write an invalid record: ${(0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .formatSchemaProblems */ .xe)(problems)}`, { fix: 'shorten or correct the values given on the command line' });
        const size = Buffer.byteLength((0,_core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .renderRecord */ .sF)(record));
        if (size > _core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_RECORD_BYTES */ .xR)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`the record would be ${size} bytes; the limit is ${_core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_RECORD_BYTES */ .xR}`, { fix: 'split the change into smaller commits, or exempt generated paths in .agents/policy.json' });
        const path = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .recordPath */ .lX)(record.seq, record.id);
        writeFileAtomic(git, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, path), (0,_core_record_js__WEBPACK_IMPORTED_MODULE_5__/* .renderRecord */ .sF)(record));
        if (options.stage)
            await git.stage([path]);
        return { record, path };
    });
}


/***/ })

};
