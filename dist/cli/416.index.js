export const id = 416;
export const ids = [416];
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

/***/ 6416:
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
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1603);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _core_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7403);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9844);
/* harmony import */ var _repo_subjects_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2249);
/* harmony import */ var _repo_signing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9034);
/* harmony import */ var _repo_writer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(791);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7155);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(399);
/* harmony import */ var _present_commands_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7987);
/* harmony import */ var _present_output_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7920);
/* harmony import */ var _repo_verify_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8377);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1037);













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
        return cli.out(_help_js__WEBPACK_IMPORTED_MODULE_11__/* .HELP */ ._.verdict), 0;
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
        if (!(await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_10__/* .policyAt */ .E4)(git, baseRev)).policy?.constraints?.length)
            return;
        report = await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_10__/* .verify */ .MX)(git, scope, { checkerHint: cli.env.AO_CHECKER });
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
        cli.err(`ao: warning: the gate will still refuse ${(0,_present_output_js__WEBPACK_IMPORTED_MODULE_9__/* .clean */ .uH)(what)}: promoted constraint ${(0,_present_output_js__WEBPACK_IMPORTED_MODULE_9__/* .clean */ .uH)(decision.constraint)} (learning ${decision.learning ? (0,_core_record_js__WEBPACK_IMPORTED_MODULE_2__/* .shortId */ .m_)(decision.learning) : 'unknown'}) refuses it, whatever its verdicts say\n` +
            `  ${(0,_present_output_js__WEBPACK_IMPORTED_MODULE_9__/* .clean */ .uH)(decision.reason)}\n` +
            '  the pass is recorded as the checker\'s claim; `ao verify` and CI still refuse the change\n' +
            (decision.fix ? `  fix: ${(0,_present_output_js__WEBPACK_IMPORTED_MODULE_9__/* .clean */ .uH)((0,_present_commands_js__WEBPACK_IMPORTED_MODULE_8__/* .fixText */ .Xc)(decision.fix))}\n` : '') +
            `  check: ao verify${scopeFlag(scope)}`);
    }
}
function scopeFlag(scope) {
    if (scope.kind === 'commit')
        return ` --commit ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_12__/* .shellQuote */ .Z)(scope.rev)}`;
    if (scope.kind === 'range')
        return ` --range ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_12__/* .shellQuote */ .Z)(`${scope.base}..${scope.head}`)}`;
    return ' --staged';
}


/***/ }),

/***/ 9034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L1: () => (/* binding */ signerFromFlag),
  _6: () => (/* binding */ signingAdvice)
});

// UNUSED EXPORTS: signerFor

// EXTERNAL MODULE: ./src/core/shell.ts
var shell = __webpack_require__(1603);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/allowed-signers.ts
var allowed_signers = __webpack_require__(8323);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(3579);
// EXTERNAL MODULE: ./src/core/record.ts
var record = __webpack_require__(9844);
// EXTERNAL MODULE: ./src/core/signatures.ts
var signatures = __webpack_require__(7882);
// EXTERNAL MODULE: ./src/core/ssh-keys.ts
var ssh_keys = __webpack_require__(1812);
// EXTERNAL MODULE: ./src/core/sshsig.ts
var sshsig = __webpack_require__(4746);
// EXTERNAL MODULE: ./src/core/ssh-wire.ts
var ssh_wire = __webpack_require__(6185);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/repo/ssh-agent.ts
/**
 * Signing through ssh-agent (draft-miller-ssh-agent): a unix-socket client, so encrypted or
 * hardware-held keys never enter this process. The SSHSIG envelope around the agent's
 * signature is core/sshsig.ts; the agent's signature is checked before it is used.
 */




const SSH_AGENT_FAILURE = 5;
const SSH_AGENTC_REQUEST_IDENTITIES = 11;
const SSH_AGENT_IDENTITIES_ANSWER = 12;
const SSH_AGENTC_SIGN_REQUEST = 13;
const SSH_AGENT_SIGN_RESPONSE = 14;
const SSH_AGENT_RSA_SHA2_512 = 4;
const AGENT_MAX_MESSAGE_BYTES = 256 * 1024; // OpenSSH's own limit
const DEFAULT_AGENT_TIMEOUT_MS = 30_000; // long enough for `ssh-add -c` confirmation prompts
/**
 * Signs through ssh-agent so encrypted or hardware-held keys never touch this
 * process. The agent must already hold `publicKey` (`ssh-add KEY`); `socketPath` is the
 * caller's SSH_AUTH_SOCK.
 */
async function signWithAgent(message, namespace, publicKey, socketPath, options = {}) {
    const data = (0,sshsig/* signedData */.bD)(message, namespace);
    if (!socketPath) {
        throw new ssh_wire/* SshSigError */.gl('SSH_AUTH_SOCK is not set: start ssh-agent and `ssh-add` your key, or sign with a private key file');
    }
    const agent = await AgentConnection.open(socketPath, options.timeoutMs ?? DEFAULT_AGENT_TIMEOUT_MS);
    try {
        const identities = await agent.request(SSH_AGENTC_REQUEST_IDENTITIES, Buffer.alloc(0));
        if (identities.type !== SSH_AGENT_IDENTITIES_ANSWER) {
            throw new ssh_wire/* SshSigError */.gl(`ssh-agent refused to list keys (reply type ${identities.type})`);
        }
        if (!agentHoldsKey(identities.body, publicKey.blob)) {
            throw new ssh_wire/* SshSigError */.gl(`ssh-agent at ${socketPath} does not hold key ${publicKey.fingerprint}; add it with \`ssh-add KEY\``);
        }
        const flags = publicKey.type === ssh_keys/* RSA */.$P ? SSH_AGENT_RSA_SHA2_512 : 0;
        const reply = await agent.request(SSH_AGENTC_SIGN_REQUEST, Buffer.concat([(0,ssh_wire/* sshString */._G)(publicKey.blob), (0,ssh_wire/* sshString */._G)(data), (0,ssh_wire/* sshUint32 */.Qz)(flags)]));
        if (reply.type === SSH_AGENT_FAILURE) {
            throw new ssh_wire/* SshSigError */.gl(`ssh-agent declined to sign with key ${publicKey.fingerprint} (was confirmation refused?)`);
        }
        if (reply.type !== SSH_AGENT_SIGN_RESPONSE) {
            throw new ssh_wire/* SshSigError */.gl(`ssh-agent sent unexpected reply type ${reply.type} to a sign request`);
        }
        const reader = new ssh_wire/* SshReader */.o(reply.body, 'ssh-agent sign response');
        const signatureBlob = reader.string();
        reader.end();
        // An old agent may ignore the SHA-2 flag and answer with ssh-rsa (SHA-1); never emit that.
        (0,ssh_keys/* verifySignatureBlob */.tQ)(publicKey, signatureBlob, data);
        return (0,sshsig/* armorSignature */.qF)(publicKey, namespace, signatureBlob);
    }
    finally {
        agent.close();
    }
}
function agentHoldsKey(answer, blob) {
    const reader = new ssh_wire/* SshReader */.o(answer, 'ssh-agent identities answer');
    const count = reader.uint32();
    for (let i = 0; i < count; i++) {
        const candidate = reader.string();
        reader.string(); // comment
        if (candidate.equals(blob))
            return true;
    }
    return false;
}
/** One unix-socket connection to ssh-agent, exchanging length-prefixed messages one at a time. */
class AgentConnection {
    socket;
    received = Buffer.alloc(0);
    waiting = null;
    failure = null;
    timer;
    constructor(socket, socketPath, timeoutMs) {
        this.socket = socket;
        this.timer = setTimeout(() => this.fail(new ssh_wire/* SshSigError */.gl(`ssh-agent at ${socketPath} did not answer within ${timeoutMs} ms`)), timeoutMs);
        socket.on('data', (chunk) => this.onData(chunk));
        socket.on('error', (error) => this.fail(new ssh_wire/* SshSigError */.gl(`ssh-agent connection failed: ${error.message}`)));
        socket.on('close', () => this.fail(new ssh_wire/* SshSigError */.gl('ssh-agent closed the connection')));
    }
    static open(socketPath, timeoutMs) {
        return new Promise((resolve, reject) => {
            const socket = external_node_net_default().createConnection({ path: socketPath });
            const timer = setTimeout(() => {
                socket.destroy();
                reject(new ssh_wire/* SshSigError */.gl(`timed out connecting to ssh-agent at ${socketPath}`));
            }, timeoutMs);
            socket.once('error', (error) => {
                clearTimeout(timer);
                reject(new ssh_wire/* SshSigError */.gl(describeConnectError(socketPath, error)));
            });
            socket.once('connect', () => {
                clearTimeout(timer);
                socket.removeAllListeners('error');
                resolve(new AgentConnection(socket, socketPath, timeoutMs));
            });
        });
    }
    request(type, body) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.waiting = { resolve, reject };
            this.socket.write((0,ssh_wire/* sshString */._G)(Buffer.concat([Buffer.from([type]), body])));
        }).then((reply) => {
            if (reply.length === 0)
                throw new ssh_wire/* SshSigError */.gl('ssh-agent sent an empty message');
            return { type: reply[0], body: reply.subarray(1) };
        });
    }
    close() {
        clearTimeout(this.timer);
        this.failure ??= new ssh_wire/* SshSigError */.gl('ssh-agent connection closed');
        this.socket.destroy();
    }
    onData(chunk) {
        this.received = Buffer.concat([this.received, chunk]);
        if (this.received.length < 4)
            return;
        const length = this.received.readUInt32BE(0);
        if (length > AGENT_MAX_MESSAGE_BYTES) {
            this.fail(new ssh_wire/* SshSigError */.gl(`ssh-agent sent an oversized message (${length} bytes)`));
            return;
        }
        if (this.received.length < 4 + length)
            return;
        const message = this.received.subarray(4, 4 + length);
        this.received = this.received.subarray(4 + length);
        const waiting = this.waiting;
        this.waiting = null;
        if (waiting)
            waiting.resolve(message);
        else
            this.fail(new ssh_wire/* SshSigError */.gl('ssh-agent sent an unsolicited message'));
    }
    fail(error) {
        if (this.failure)
            return;
        this.failure = error;
        clearTimeout(this.timer);
        this.socket.destroy();
        const waiting = this.waiting;
        this.waiting = null;
        waiting?.reject(error);
    }
}
function describeConnectError(socketPath, error) {
    switch (error.code) {
        case 'ENOENT':
            return `ssh-agent socket ${socketPath} does not exist (is ssh-agent running and SSH_AUTH_SOCK current?)`;
        case 'ECONNREFUSED':
            return `nothing is listening on ssh-agent socket ${socketPath} (is ssh-agent running?)`;
        case 'EACCES':
            return `permission denied opening ssh-agent socket ${socketPath}`;
        default:
            return `cannot connect to ssh-agent at ${socketPath}: ${error.message}`;
    }
}

;// CONCATENATED MODULE: ./src/repo/signing.ts

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
        throw new errors/* AoError */.VS('--sign needs a key', { fix: 'for example: --sign ~/.ssh/id_ed25519, or --sign agent:~/.ssh/id_ed25519.pub' });
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
    const sign = async (id) => ({ format: 'sshsig', namespace: signatures/* SIGNATURE_NAMESPACE */.Bg, signature: (0,sshsig/* signMessage */.lT)(id, signatures/* SIGNATURE_NAMESPACE */.Bg, signer) });
    return Object.assign(sign, { publicKey: signer.publicKey, via: 'key file', keySpec });
}
function agentSigner(publicKey, keySpec, env) {
    const sign = async (id) => {
        try {
            return { format: 'sshsig', namespace: signatures/* SIGNATURE_NAMESPACE */.Bg, signature: await signWithAgent(id, signatures/* SIGNATURE_NAMESPACE */.Bg, publicKey, env.SSH_AUTH_SOCK) };
        }
        catch (error) {
            if (!(error instanceof ssh_wire/* SshSigError */.gl))
                throw error;
            throw new errors/* AoError */.VS(`cannot sign through ssh-agent with key ${publicKey.fingerprint}: ${error.message}`, {
                fix: 'start ssh-agent (`eval "$(ssh-agent)"`), add the key with `ssh-add PRIVATE-KEY`, and run the command again in that shell; or pass an unencrypted private key file to --sign',
            });
        }
    };
    return Object.assign(sign, { publicKey, via: 'ssh-agent', keySpec });
}
function expandPath(path, cwd, env) {
    const home = env.HOME || (0,external_node_os_.homedir)();
    const expanded = path === '~' ? home : path.startsWith('~/') ? `${home}/${path.slice(2)}` : path;
    return (0,external_node_path_.resolve)(cwd ?? process.cwd(), expanded);
}
function readKeyFile(path, cwd, env) {
    const full = expandPath(path, cwd, env);
    let bytes;
    try {
        if ((0,external_node_fs_.statSync)(full).size > MAX_KEY_FILE_BYTES)
            throw new errors/* AoError */.VS(`${path} is larger than ${MAX_KEY_FILE_BYTES} bytes: not an SSH key`, { fix: 'pass an SSH key file to --sign' });
        bytes = (0,external_node_fs_.readFileSync)(full);
    }
    catch (error) {
        if (error instanceof errors/* AoError */.VS)
            throw error;
        throw new errors/* AoError */.VS(`cannot read the signing key ${path}: ${error.code ?? error.message}`, {
            fix: 'pass the path of an SSH private key (e.g. --sign ~/.ssh/id_ed25519), or of a public key held by ssh-agent (--sign ~/.ssh/id_ed25519.pub)',
        });
    }
    return bytes.toString('utf8');
}
function privateKeyFrom(text, path) {
    try {
        return (0,ssh_keys/* parsePrivateKey */.QW)(text);
    }
    catch (error) {
        if (!(error instanceof ssh_wire/* SshSigError */.gl))
            throw error;
        if (/passphrase|encrypted|ssh-agent/i.test(error.message)) {
            throw new errors/* AoError */.VS(`the private key ${path} is passphrase-protected, and ao never asks for passphrases`, {
                fix: `add it to ssh-agent with \`ssh-add ${(0,shell/* shellQuote */.Z)(path)}\` and pass its public key instead: --sign ${(0,shell/* shellQuote */.Z)(`${path}.pub`)}`,
            });
        }
        throw new errors/* AoError */.VS(`cannot use ${path} as a signing key: ${error.message}`, { fix: 'pass an OpenSSH private key (ed25519, ecdsa or rsa), or a public key held by ssh-agent' });
    }
}
function publicKeyFrom(text, what) {
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
    try {
        return (0,ssh_keys/* parsePublicKey */.ee)(line);
    }
    catch (error) {
        if (!(error instanceof ssh_wire/* SshSigError */.gl))
            throw error;
        throw new errors/* AoError */.VS(`${what} is neither an OpenSSH private key nor a public key: ${error.message}`, {
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
        const keys = [`${head}:${record/* POLICY_PATH */.l$}`, `${head}:${signatures/* CHECKERS_PATH */.Pn}`];
        const objects = await git.readObjects(keys);
        const policyBytes = objects.get(keys[0]);
        if (!policyBytes || !(0,policy/* parsePolicy */.ON)(policyBytes, `commit ${head.slice(0, 7)}`).requireSignature)
            return [];
        if (!signer) {
            return [`the policy at HEAD requires signed verdicts: this one is unsigned and will not count (add --sign KEY, or set AO_SIGNING_KEY)`];
        }
        const checkers = (0,signatures/* parseCheckers */.UZ)(objects.get(keys[1]), head);
        if (!(0,allowed_signers/* isKeyAllowed */.wP)(checkers.signers, checkerId, signer.publicKey, signatures/* SIGNATURE_NAMESPACE */.Bg)) {
            return [`${checkers.where} does not trust key ${signer.publicKey.fingerprint} for ${checkerId}: this verdict will not count until a reviewed change adds it (\`ao checkers add ${checkerId} KEY.pub\`)`];
        }
        return [];
    }
    catch (error) {
        if (error instanceof errors/* AoError */.VS)
            return [error.message];
        return [];
    }
}


/***/ }),

/***/ 2249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ resolveSubject),
/* harmony export */   t: () => (/* binding */ parseRangeArg)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6452);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(767);



const MAX_ENTRIES = 10_000;
function parseRangeArg(text) {
    const match = /^(.+?)\.\.(?!\.)(.+)$/.exec(text);
    if (!match)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`--range takes A..B (two revisions), not ${JSON.stringify(text)}`, { fix: 'for example: --range origin/main..HEAD' });
    return { base: match[1], head: match[2] };
}
/** Builds the subject of a verdict: what exactly the checker is vouching for. */
async function resolveSubject(git, scope) {
    let resolved;
    if (scope.kind === 'staged') {
        const head = await git.headCommit();
        const author = await git.authorEmail();
        let amending;
        if (scope.amend) {
            if (!head)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS('there is no commit to amend yet', { fix: 'record the verdict without --amend' });
            [amending] = await git.listCommits(['-n', '1', head]);
        }
        const staged = await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .stagedChange */ .th)(git, head, author, amending);
        const { change } = staged;
        const baseRev = amending ? amending.parents[0] : head;
        resolved = {
            subject: { kind: 'staged', digest: change.manifest.digest, entries: change.manifest.entries.map(_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .entryToJson */ .o3) },
            manifest: change.manifest,
            label: change.label,
            authors: author ? [author] : [],
            baseRev,
            diffBase: await diffBaseOf(git, staged, baseRev),
        };
        if (change.manifest.entries.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(change.cleanMerge ? 'the staged merge is clean: it needs no verdict' : 'nothing is staged outside .agents/ledger/: there is no change to cover', {
                fix: 'stage the change first (`git add PATH`), or name one with --commit REV or --range A..B',
            });
        }
    }
    else if (scope.kind === 'commit') {
        const commit = await git.resolveCommit(scope.rev, 'commit');
        const [info] = await git.listCommits(['-n', '1', commit]);
        const ofCommit = (await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .changesOfCommits */ .lv)(git, [info]))[0];
        const { change } = ofCommit;
        if (change.manifest.entries.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(commit)} changes nothing outside the ledger${change.cleanMerge ? ' (a clean merge)' : ''}: it needs no verdict`, { fix: 'name a commit that changes files, e.g. --commit HEAD' });
        }
        resolved = {
            subject: { kind: 'commit', commit, digest: change.manifest.digest, entries: change.manifest.entries.map(_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .entryToJson */ .o3) },
            manifest: change.manifest,
            label: `commit ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(commit)}`,
            authors: info?.authorEmail ? [info.authorEmail] : [],
            baseRev: info?.parents[0],
            headRev: commit,
            diffBase: await diffBaseOf(git, ofCommit, info?.parents[0]),
        };
    }
    else {
        const base = await git.resolveCommit(scope.base, 'range base');
        const head = await git.resolveCommit(scope.head, 'range head');
        const commits = await git.listCommits([`${base}..${head}`]);
        if (commits.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`the range ${scope.base}..${scope.head} holds no commits`, { fix: 'check the order: --range OLDER..NEWER' });
        const manifest = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .buildManifest */ .u1)(await git.diffTrees(base, head));
        const changes = (await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .changesOfCommits */ .lv)(git, commits)).filter((c) => c.change.manifest.entries.length > 0);
        if (manifest.entries.length === 0 && changes.length === 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`the range ${scope.base}..${scope.head} changes nothing outside the ledger: it needs no verdict`);
        }
        resolved = {
            subject: {
                kind: 'range',
                base,
                head,
                digest: manifest.digest,
                entries: manifest.entries.map(_core_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .entryToJson */ .o3),
                commits: changes.map((c) => ({ commit: c.change.commit, digest: c.change.manifest.digest })),
            },
            manifest,
            label: `range ${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(base)}..${(0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(head)}`,
            authors: [...new Set(commits.map((c) => c.authorEmail).filter(Boolean))],
            baseRev: base,
            headRev: head,
            commitChanges: changes.map((c) => ({ commit: c.change.commit, digest: c.change.manifest.digest, title: c.change.subjectLine ?? '', patchItem: c.patchItem ?? c.change.commit })),
            diffBase: base,
        };
    }
    if (resolved.subject.entries.length > MAX_ENTRIES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AoError */ .VS(`the ${resolved.label} touches ${resolved.subject.entries.length} paths; one verdict covers at most ${MAX_ENTRIES}`, {
            fix: 'split it into smaller commits and record a verdict for each (--commit REV), or exempt generated paths in .agents/policy.json',
        });
    }
    return resolved;
}
/** A merge is shown against the tree its manifest compares with; anything else against its first parent. */
async function diffBaseOf(git, change, firstParent) {
    if (change.merge)
        return (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .reviewBaseTree */ .KW)(git, change.merge);
    return firstParent ?? git.emptyTree;
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
