export const id = 495;
export const ids = [495];
export const modules = {

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
/* harmony import */ var _core_ssh_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7506);
/* harmony import */ var _core_ssh_wire_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2175);
/* harmony import */ var _repo_writer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9381);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5377);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5217);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7911);











const HEADER = `# Trusted checker keys for signed verdicts (policy "requireSignature": true).
# Format: git/ssh-keygen allowed_signers: CHECKER-ID [options] KEYTYPE BASE64 [comment].
# Only the copy at a change's base counts: add keys through a reviewed change. See docs/signing.md.
`;
async function cmdCheckers(cli, args) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h')
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_10__/* .HELP */ ._.checkers), sub === undefined ? 2 : 0);
    if (sub === 'add')
        return checkersAdd(cli, rest);
    if (sub === 'list')
        return checkersList(cli, rest);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .V(`unknown command: ao checkers ${sub}`, {
        fix: 'ao checkers add CHECKER-ID PUBKEY-FILE, or ao checkers list',
    });
}
/** A checker id must be one literal principal: no spaces, lists, patterns or quotes. */
function checkCheckerId(id) {
    if (id === '' || /[\s,"*?!]/.test(id) || id.startsWith('#')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .V(`checker id ${JSON.stringify(id)} cannot be a principal in ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.CHECKERS_PATH}: no spaces, commas, quotes or * ? ! patterns`, {
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .V(`cannot read ${path}: ${error.code ?? error.message}`, {
            fix: 'pass a public key file, e.g. ~/.ssh/id_ed25519.pub',
        });
    }
    if (text.includes('PRIVATE KEY-----')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .V(`${path} is a private key; ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.CHECKERS_PATH} holds public keys only`, {
            fix: `pass ${path}.pub instead`,
        });
    }
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
    try {
        return { key: (0,_core_ssh_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePublicKey */ .ee)(line), comment: line.trim().split(/\s+/).slice(2).join(' ') };
    }
    catch (error) {
        if (error instanceof _core_ssh_wire_js__WEBPACK_IMPORTED_MODULE_6__/* .SshSigError */ .gl)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .V(`${path} is not an SSH public key: ${error.message}`, {
                fix: 'pass a public key file, e.g. ~/.ssh/id_ed25519.pub',
            });
        throw error;
    }
}
async function checkersAdd(cli, args) {
    const { values, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .parse */ .qg)('checkers', args, {});
    if (values.help)
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_10__/* .HELP */ ._.checkers), 0);
    if (positionals.length !== 2)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .V('ao checkers add needs CHECKER-ID and PUBKEY-FILE', {
            fix: 'for example: ao checkers add reviewer@example.com ~/.ssh/id_ed25519.pub',
        });
    const [id, keyFile] = positionals;
    checkCheckerId(id);
    const { key, comment } = readPublicKeyFile(cli, keyFile);
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .openRepo */ .B)(cli);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.CHECKERS_PATH);
    const current = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') : '';
    let signers;
    try {
        signers = (0,_core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAllowedSigners */ .pD)(current, _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.CHECKERS_PATH);
    }
    catch (error) {
        if (error instanceof _core_ssh_wire_js__WEBPACK_IMPORTED_MODULE_6__/* .SshSigError */ .gl)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .V(error.message, {
                fix: `correct that line of ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.CHECKERS_PATH} first (format: docs/signing.md)`,
            });
        throw error;
    }
    if ((0,_core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_2__/* .isKeyAllowed */ .wP)(signers, id, key, _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.SIGNATURE_NAMESPACE)) {
        cli.err(`${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.CHECKERS_PATH} already trusts ${key.fingerprint} for ${id}; nothing to do`);
        return 0;
    }
    const line = `${id} namespaces="${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.SIGNATURE_NAMESPACE}" ${key.text}${comment ? ` ${comment}` : ''}`;
    const base = current === '' ? HEADER : current.endsWith('\n') ? current : `${current}\n`;
    (0,_repo_writer_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)(git, file, `${base}${line}\n`);
    cli.out(line);
    cli.err(`added ${key.fingerprint} (${key.type}) for ${id} to ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.CHECKERS_PATH}\n` +
        `  it counts once a reviewed change carrying it is the base of later changes: commit it, get it checked, merge it`);
    return 0;
}
async function checkersList(cli, args) {
    const { values } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_8__/* .parse */ .qg)('checkers', args, { json: { type: 'boolean' } }, false);
    if (values.help)
        return (cli.out(_help_js__WEBPACK_IMPORTED_MODULE_10__/* .HELP */ ._.checkers), 0);
    const git = await (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .openRepo */ .B)(cli);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(git.topLevel, _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.CHECKERS_PATH);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .V(`${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.CHECKERS_PATH} does not exist`, {
            fix: 'add a key with `ao checkers add CHECKER-ID ~/.ssh/id_ed25519.pub`',
        });
    let signers;
    try {
        signers = (0,_core_allowed_signers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAllowedSigners */ .pD)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), _core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.CHECKERS_PATH);
    }
    catch (error) {
        if (error instanceof _core_ssh_wire_js__WEBPACK_IMPORTED_MODULE_6__/* .SshSigError */ .gl)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AoError */ .V(error.message, { fix: `correct that line of ${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.CHECKERS_PATH} (format: docs/signing.md)` });
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
            const extras = [
                row.namespaces !== null ? `namespaces=${row.namespaces}` : '',
                row.validAfter ? `after ${row.validAfter}` : '',
                row.validBefore ? `before ${row.validBefore}` : '',
                row.unusable ? `UNUSABLE: ${row.unusable}` : '',
            ]
                .filter(Boolean)
                .join(', ');
            cli.out(`${String(row.line).padStart(4)}  ${row.checkers}  ${row.key} (${row.type})${extras ? `  ${extras}` : ''}`);
        }
        if (rows.length === 0)
            cli.err(`${_core_signatures_js__WEBPACK_IMPORTED_MODULE_4__.CHECKERS_PATH} lists no keys`);
    }
    return 0;
}


/***/ })

};
