export const id = 878;
export const ids = [878];
export const modules = {

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
