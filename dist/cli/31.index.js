export const id = 31;
export const ids = [31];
export const modules = {

/***/ 4706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ warnIfConstraintsRefuse)
/* harmony export */ });
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4130);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6673);
/* harmony import */ var _present_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1805);
/* harmony import */ var _present_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2726);
/* harmony import */ var _repo_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2431);





/**
 * A pass recorded on a change that a promoted constraint refuses changes nothing: the gate
 * refuses it whatever its verdicts say. The record stays (the checker's claim is theirs to
 * make); the gate's answer is printed beside it, as `ao verify` on the same scope gives it.
 */
async function warnIfConstraintsRefuse(cli, git, scope, baseRev) {
    let report;
    try {
        // Only a base policy with constraints can refuse through one: most passes cost one read.
        if (!(await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .policyAt */ .E4)(git, baseRev)).policy?.constraints?.length)
            return;
        report = await (0,_repo_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .verify */ .MX)(git, scope, { checkerHint: cli.env.AO_CHECKER });
    }
    catch (error) {
        cli.err(`ao: warning: could not ask the gate whether a promoted constraint refuses the change: ${error.message}`);
        return;
    }
    const seen = new Set();
    for (const decision of [report.rangeDecision, ...report.decisions]) {
        if (decision?.outcome !== 'uncovered' || !decision.constraint)
            continue;
        const key = `${decision.change.label}\0${decision.reason}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const what = decision.change.kind === 'staged'
            ? 'the staged change'
            : decision.change.kind === 'range'
                ? `the range ${decision.change.label}`
                : `commit ${decision.change.label}`;
        cli.err(`ao: warning: the gate will still refuse ${(0,_present_output_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .uH)(what)}: promoted constraint ${(0,_present_output_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .uH)(decision.constraint)} (learning ${decision.learning ? (0,_core_record_js__WEBPACK_IMPORTED_MODULE_0__/* .shortId */ .m_)(decision.learning) : 'unknown'}) refuses it, whatever its verdicts say\n` +
            `  ${(0,_present_output_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .uH)(decision.reason)}\n` +
            "  the pass is recorded as the checker's claim; `ao verify` and CI still refuse the change\n" +
            (decision.fix ? `  fix: ${(0,_present_output_js__WEBPACK_IMPORTED_MODULE_2__/* .clean */ .uH)((0,_present_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .fixText */ .Xc)(decision.fix))}\n` : '') +
            `  check: ao verify${scopeFlag(scope)}`);
    }
}
function scopeFlag(scope) {
    if (scope.kind === 'commit')
        return ` --commit ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z)(scope.rev)}`;
    if (scope.kind === 'range')
        return ` --range ${(0,_core_shell_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z)(`${scope.base}..${scope.head}`)}`;
    return ' --staged';
}


/***/ }),

/***/ 2726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   WN: () => (/* binding */ countsText),
/* harmony export */   W_: () => (/* binding */ sumCounts),
/* harmony export */   X4: () => (/* binding */ renderDecision),
/* harmony export */   j9: () => (/* binding */ styleFor),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   qg: () => (/* binding */ OBSERVE_WARNING),
/* harmony export */   uH: () => (/* binding */ clean),
/* harmony export */   yM: () => (/* binding */ renderProblem)
/* harmony export */ });
/* unused harmony export decisionJson */
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7522);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1805);


function styleFor(stream) {
    const on = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
    const wrap = (code) => (text) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
    return { ok: wrap('32'), bad: wrap('31'), dim: wrap('2'), bold: wrap('1') };
}
/**
 * Text from the change under test (commit subjects, paths, record fields) is printed only
 * after control characters are made visible: a commit subject or a record summary holding
 * terminal escape sequences, newlines or bidirectional overrides must not be able to
 * rewrite what the report says (erase a FAILED line, forge an "ok").
 */
function clean(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
}
/** Said wherever observe mode lets a failing check pass. */
const OBSERVE_WARNING = 'observe mode: would fail (the policy\'s "enforcement" is "observe"): nothing is refused until it is "enforce"';
const MARK = { covered: '✔', uncovered: '✘', exempt: '–', empty: '·' };
function sumCounts(all) {
    const total = { checked: 0, covered: 0, uncovered: 0, exempt: 0, empty: 0 };
    for (const c of all)
        for (const key of Object.keys(total))
            total[key] += c[key];
    return total;
}
/** The exact count line: every outcome named, never "covered" for what was exempt. */
function countsText(counts, noun = 'commit') {
    const parts = [`${counts.covered} covered`];
    if (counts.exempt)
        parts.push(`${counts.exempt} exempt`);
    if (counts.empty)
        parts.push(`${counts.empty} need${counts.empty === 1 ? 's' : ''} none`);
    if (counts.uncovered)
        parts.push(`${counts.uncovered} uncovered`);
    return `${counts.checked} ${noun}${counts.checked === 1 ? '' : 's'} checked: ${parts.join(', ')}`;
}
function renderDecision(decision, style, ao = 'ao') {
    const change = decision.change;
    const mark = decision.outcome === 'uncovered'
        ? style.bad(MARK.uncovered)
        : decision.outcome === 'covered'
            ? style.ok(MARK.covered)
            : style.dim(MARK[decision.outcome]);
    const title = clean(change.subjectLine ? `${change.label}  ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(change.subjectLine, 50)}` : change.label);
    const lines = [`  ${mark} ${style.bold(title)}`, `      ${decision.outcome}: ${clean(decision.reason)}`];
    if (decision.fix)
        lines.push(`      fix: ${clean((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runnable */ .as)((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .fixText */ .Xc)(decision.fix), ao))}`);
    return lines;
}
function renderProblem(problem, style, ao = 'ao') {
    return [`  ${style.bad('✘')} ${clean(problem.message)}`, `      fix: ${clean((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runnable */ .as)(problem.fix, ao))}`];
}
function renderReport(report, style, ao = 'ao') {
    const lines = [];
    const { counts } = report;
    const verdict = report.ok ? style.ok('ok') : style.bad('FAILED');
    lines.push(`ao verify ${clean(report.scope.label)}: ${verdict}: ${countsText(counts, report.scope.kind === 'staged' ? 'change' : 'commit')}`);
    lines.push(style.dim(`  policy: ${clean(report.policy.source)}${report.policy.why ? ` (${clean(report.policy.why)})` : ''}${report.policy.mode ? ` (mode ${report.policy.mode})` : ''}`));
    lines.push(style.dim(`  ledger: ${report.ledger.source}, ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(report.ledger.baseRecords + report.ledger.newRecords, 'record')} (${report.ledger.newRecords} new, fully checked)`));
    for (const note of report.notes)
        lines.push(style.dim(`  note: ${clean(note)}`));
    if (report.rangeDecision && report.rangeDecision.outcome !== 'covered') {
        lines.push(style.dim(`  range mode: the combined change is not covered (${clean(report.rangeDecision.reason)}); checking each commit`));
        if (report.rangeDecision.fix)
            lines.push(style.dim(`      or cover it at once: ${clean((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runnable */ .as)((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .fixText */ .Xc)(report.rangeDecision.fix), ao))}`));
    }
    for (const decision of report.decisions)
        lines.push(...renderDecision(decision, style, ao));
    if (report.coverAll) {
        lines.push(`  ${style.bold(`one command covers all ${report.counts.uncovered} uncovered commits`)} (a range verdict names each commit's own digest):`);
        lines.push(`      ${clean((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .runnable */ .as)(report.coverAll, ao))}`);
    }
    if (report.ledger.problems.length > 0) {
        lines.push(style.bad(`  ledger problems (${report.ledger.problems.length}):`));
        for (const problem of report.ledger.problems)
            lines.push(...renderProblem(problem, style, ao));
    }
    return lines.join('\n');
}
/** The stable `--json` form of a verification report (documented in docs/spec.md). */
function reportJson(report) {
    return {
        ok: report.ok,
        scope: report.scope,
        policy: {
            source: report.policy.source,
            enforced: report.policy.enforced,
            mode: report.policy.mode ?? null,
            enforcement: report.policy.enforcement,
            why: report.policy.why ?? null,
        },
        ledger: report.ledger,
        range: report.rangeDecision ? decisionJson(report.rangeDecision) : null,
        changes: report.decisions.map(decisionJson),
        counts: report.counts,
        coverAll: report.coverAll ?? null,
        notes: report.notes,
    };
}
function decisionJson(decision) {
    const { change } = decision;
    return {
        kind: change.kind,
        label: change.label,
        commit: change.commit ?? null,
        subject: change.subjectLine ?? null,
        author: change.authorEmail ?? null,
        digest: change.manifest.digest,
        paths: change.manifest.entries.length,
        outcome: decision.outcome,
        reason: decision.reason,
        failedRule: decision.failedRule ?? null,
        policyRule: decision.policyRule ?? null,
        constraint: decision.constraint ?? null,
        learning: decision.learning ?? null,
        record: decision.record
            ? { id: decision.record.id, verdict: decision.record.verdict, checker: decision.record.checker }
            : null,
        fix: (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .fixText */ .Xc)(decision.fix) ?? null,
    };
}


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ signerFromFlag),
  _: () => (/* binding */ signingAdvice)
});

// EXTERNAL MODULE: ./src/core/shell.ts
var shell = __webpack_require__(6673);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/allowed-signers.ts
var allowed_signers = __webpack_require__(9193);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
// EXTERNAL MODULE: ./src/core/record.ts
var record = __webpack_require__(4130);
// EXTERNAL MODULE: ./src/core/signatures.ts
var signatures = __webpack_require__(2796);
// EXTERNAL MODULE: ./src/core/ssh-keys.ts
var ssh_keys = __webpack_require__(7506);
// EXTERNAL MODULE: ./src/core/sshsig.ts
var sshsig = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/core/ssh-wire.ts
var ssh_wire = __webpack_require__(2175);
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
        throw new errors/* AoError */.V('--sign needs a key', {
            fix: 'for example: --sign ~/.ssh/id_ed25519, or --sign agent:~/.ssh/id_ed25519.pub',
        });
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
    const sign = async (id) => ({
        format: 'sshsig',
        namespace: signatures.SIGNATURE_NAMESPACE,
        signature: (0,sshsig/* signMessage */.lT)(id, signatures.SIGNATURE_NAMESPACE, signer),
    });
    return Object.assign(sign, { publicKey: signer.publicKey, via: 'key file', keySpec });
}
function agentSigner(publicKey, keySpec, env) {
    const sign = async (id) => {
        try {
            return {
                format: 'sshsig',
                namespace: signatures.SIGNATURE_NAMESPACE,
                signature: await signWithAgent(id, signatures.SIGNATURE_NAMESPACE, publicKey, env.SSH_AUTH_SOCK),
            };
        }
        catch (error) {
            if (!(error instanceof ssh_wire/* SshSigError */.gl))
                throw error;
            throw new errors/* AoError */.V(`cannot sign through ssh-agent with key ${publicKey.fingerprint}: ${error.message}`, {
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
            throw new errors/* AoError */.V(`${path} is larger than ${MAX_KEY_FILE_BYTES} bytes: not an SSH key`, {
                fix: 'pass an SSH key file to --sign',
            });
        bytes = (0,external_node_fs_.readFileSync)(full);
    }
    catch (error) {
        if (error instanceof errors/* AoError */.V)
            throw error;
        throw new errors/* AoError */.V(`cannot read the signing key ${path}: ${error.code ?? error.message}`, {
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
            throw new errors/* AoError */.V(`the private key ${path} is passphrase-protected, and ao never asks for passphrases`, {
                fix: `add it to ssh-agent with \`ssh-add ${(0,shell/* shellQuote */.Z)(path)}\` and pass its public key instead: --sign ${(0,shell/* shellQuote */.Z)(`${path}.pub`)}`,
            });
        }
        throw new errors/* AoError */.V(`cannot use ${path} as a signing key: ${error.message}`, {
            fix: 'pass an OpenSSH private key (ed25519, ecdsa or rsa), or a public key held by ssh-agent',
        });
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
        throw new errors/* AoError */.V(`${what} is neither an OpenSSH private key nor a public key: ${error.message}`, {
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
        const keys = [`${head}:${record/* POLICY_PATH */.l$}`, `${head}:${signatures.CHECKERS_PATH}`];
        const objects = await git.readObjects(keys);
        const policyBytes = objects.get(keys[0]);
        if (!policyBytes || !(0,policy/* parsePolicy */.ON)(policyBytes, `commit ${head.slice(0, 7)}`).requireSignature)
            return [];
        if (!signer) {
            return [
                `the policy at HEAD requires signed verdicts: this one is unsigned and will not count (add --sign KEY, or set AO_SIGNING_KEY)`,
            ];
        }
        const checkers = (0,signatures.parseCheckers)(objects.get(keys[1]), head);
        if (!(0,allowed_signers/* isKeyAllowed */.wP)(checkers.signers, checkerId, signer.publicKey, signatures.SIGNATURE_NAMESPACE)) {
            return [
                `${checkers.where} does not trust key ${signer.publicKey.fingerprint} for ${checkerId}: this verdict will not count until a reviewed change adds it (\`ao checkers add ${checkerId} KEY.pub\`)`,
            ];
        }
        return [];
    }
    catch (error) {
        if (error instanceof errors/* AoError */.V)
            return [error.message];
        return [];
    }
}


/***/ })

};
