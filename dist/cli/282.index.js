export const id = 282;
export const ids = [282];
export const modules = {

/***/ 7223:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(5318);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6070:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 5318:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

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

/***/ 1557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cmdCheckers: () => (/* binding */ cmdCheckers)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8323);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7882);
/* harmony import */ var _core_ssh_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1812);
/* harmony import */ var _core_ssh_wire_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6185);
/* harmony import */ var _repo_writer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(791);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7155);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(399);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1037);











const HEADER = `# Trusted checker keys for signed verdicts (policy "requireSignature": true).
# Format: git/ssh-keygen allowed_signers: CHECKER-ID [options] KEYTYPE BASE64 [comment].
# Only the copy at a change's base counts: add keys through a reviewed change. See docs/signing.md.
`;
async function cmdCheckers(cli, args) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h')
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_10__/* .HELP */ ._.checkers), sub === undefined ? 2 : 0;
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
        return { key: (0,_core_ssh_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePublicKey */ .ee)(line), comment: line.trim().split(/\s+/).slice(2).join(' ') };
    }
    catch (error) {
        if (error instanceof _core_ssh_wire_js__WEBPACK_IMPORTED_MODULE_6__/* .SshSigError */ .gl)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${path} is not an SSH public key: ${error.message}`, { fix: 'pass a public key file, e.g. ~/.ssh/id_ed25519.pub' });
        throw error;
    }
}
async function checkersAdd(cli, args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .parse */ .qg)('checkers', args, {});
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_10__/* .HELP */ ._.checkers), 0;
    if (positionals.length !== 2)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS('ao checkers add needs CHECKER-ID and PUBKEY-FILE', { fix: 'for example: ao checkers add reviewer@example.com ~/.ssh/id_ed25519.pub' });
    const [id, keyFile] = positionals;
    checkCheckerId(id);
    const { key, comment } = readPublicKeyFile(cli, keyFile);
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .openRepo */ .B)(cli);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn);
    const current = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') : '';
    let signers;
    try {
        signers = (0,_core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAllowedSigners */ .pD)(current, _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn);
    }
    catch (error) {
        if (error instanceof _core_ssh_wire_js__WEBPACK_IMPORTED_MODULE_6__/* .SshSigError */ .gl)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(error.message, { fix: `correct that line of ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn} first (format: docs/signing.md)` });
        throw error;
    }
    if ((0,_core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_2__/* .isKeyAllowed */ .wP)(signers, id, key, _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_NAMESPACE */ .Bg)) {
        cli.err(`${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn} already trusts ${key.fingerprint} for ${id}; nothing to do`);
        return 0;
    }
    const line = `${id} namespaces="${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_NAMESPACE */ .Bg}" ${key.text}${comment ? ` ${comment}` : ''}`;
    const base = current === '' ? HEADER : current.endsWith('\n') ? current : `${current}\n`;
    (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)(git, file, `${base}${line}\n`);
    cli.out(line);
    cli.err(`added ${key.fingerprint} (${key.type}) for ${id} to ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn}\n` +
        `  it counts once a reviewed change carrying it is the base of later changes: commit it, get it checked, merge it`);
    return 0;
}
async function checkersList(cli, args) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .parse */ .qg)('checkers', args, { json: { type: 'boolean' } }, false);
    if (values.help)
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_10__/* .HELP */ ._.checkers), 0;
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .openRepo */ .B)(cli);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .VS(`${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn} does not exist`, { fix: 'add a key with `ao checkers add CHECKER-ID ~/.ssh/id_ed25519.pub`' });
    let signers;
    try {
        signers = (0,_core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAllowedSigners */ .pD)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__/* .CHECKERS_PATH */ .Pn);
    }
    catch (error) {
        if (error instanceof _core_ssh_wire_js__WEBPACK_IMPORTED_MODULE_6__/* .SshSigError */ .gl)
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

/***/ 791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ appendRecord),
/* harmony export */   Qo: () => (/* binding */ refuseUnsafeLedgerRoot),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   gb: () => (/* binding */ refuseLinkedEntry),
/* harmony export */   h$: () => (/* binding */ lexists),
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
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1867);
/* harmony import */ var _ledger_view_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5435);










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
        refuseLinkedEntry(file);
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
/** Refuses a symlink found in the ledger (a record or a bucket folder): never read or written through. */
function refuseLinkedEntry(file) {
    if (file.kind !== 'symlink')
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AoError */ .VS(`${file.path} is a symbolic link: ao reads and writes the ledger only inside the repository, never through a link`, {
        fix: `remove the link (\`git rm ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_9__/* .shellQuote */ .Z)(file.path)}\` if it was committed) and restore what it replaced with \`git checkout HEAD -- .agents/ledger\``,
    });
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
/** Like existsSync, but true for a symlink whatever it points at (a dangling one included). */
function lexists(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
