/**
 * Signing through ssh-agent (draft-miller-ssh-agent): a unix-socket client, so encrypted or
 * hardware-held keys never enter this process. The SSHSIG envelope around the agent's
 * signature is core/sshsig.ts; the agent's signature is checked before it is used.
 */
import net from 'node:net';
import { RSA, verifySignatureBlob, type SshPublicKey } from '../core/ssh-keys.js';
import { armorSignature, signedData } from '../core/sshsig.js';
import { SshReader, SshSigError, sshString, sshUint32 } from '../core/ssh-wire.js';

const SSH_AGENT_FAILURE = 5;
const SSH_AGENTC_REQUEST_IDENTITIES = 11;
const SSH_AGENT_IDENTITIES_ANSWER = 12;
const SSH_AGENTC_SIGN_REQUEST = 13;
const SSH_AGENT_SIGN_RESPONSE = 14;
const SSH_AGENT_RSA_SHA2_512 = 4;
const AGENT_MAX_MESSAGE_BYTES = 256 * 1024; // OpenSSH's own limit
const DEFAULT_AGENT_TIMEOUT_MS = 30_000; // long enough for `ssh-add -c` confirmation prompts

export interface AgentOptions {
  timeoutMs?: number;
}

/**
 * Signs through ssh-agent so encrypted or hardware-held keys never touch this
 * process. The agent must already hold `publicKey` (`ssh-add KEY`); `socketPath` is the
 * caller's SSH_AUTH_SOCK.
 */
export async function signWithAgent(
  message: Buffer | string,
  namespace: string,
  publicKey: SshPublicKey,
  socketPath: string | undefined,
  options: AgentOptions = {},
): Promise<string> {
  const data = signedData(message, namespace);
  if (!socketPath) {
    throw new SshSigError(
      'SSH_AUTH_SOCK is not set: start ssh-agent and `ssh-add` your key, or sign with a private key file',
    );
  }
  const agent = await AgentConnection.open(socketPath, options.timeoutMs ?? DEFAULT_AGENT_TIMEOUT_MS);
  try {
    const identities = await agent.request(SSH_AGENTC_REQUEST_IDENTITIES, Buffer.alloc(0));
    if (identities.type !== SSH_AGENT_IDENTITIES_ANSWER) {
      throw new SshSigError(`ssh-agent refused to list keys (reply type ${identities.type})`);
    }
    if (!agentHoldsKey(identities.body, publicKey.blob)) {
      throw new SshSigError(
        `ssh-agent at ${socketPath} does not hold key ${publicKey.fingerprint}; add it with \`ssh-add KEY\``,
      );
    }
    const flags = publicKey.type === RSA ? SSH_AGENT_RSA_SHA2_512 : 0;
    const reply = await agent.request(
      SSH_AGENTC_SIGN_REQUEST,
      Buffer.concat([sshString(publicKey.blob), sshString(data), sshUint32(flags)]),
    );
    if (reply.type === SSH_AGENT_FAILURE) {
      throw new SshSigError(`ssh-agent declined to sign with key ${publicKey.fingerprint} (was confirmation refused?)`);
    }
    if (reply.type !== SSH_AGENT_SIGN_RESPONSE) {
      throw new SshSigError(`ssh-agent sent unexpected reply type ${reply.type} to a sign request`);
    }
    const reader = new SshReader(reply.body, 'ssh-agent sign response');
    const signatureBlob = reader.string();
    reader.end();
    // An old agent may ignore the SHA-2 flag and answer with ssh-rsa (SHA-1); never emit that.
    verifySignatureBlob(publicKey, signatureBlob, data);
    return armorSignature(publicKey, namespace, signatureBlob);
  } finally {
    agent.close();
  }
}

function agentHoldsKey(answer: Buffer, blob: Buffer): boolean {
  const reader = new SshReader(answer, 'ssh-agent identities answer');
  const count = reader.uint32();
  for (let i = 0; i < count; i++) {
    const candidate = reader.string();
    reader.string(); // comment
    if (candidate.equals(blob)) return true;
  }
  return false;
}

/** One unix-socket connection to ssh-agent, exchanging length-prefixed messages one at a time. */
class AgentConnection {
  private received = Buffer.alloc(0);
  private waiting: { resolve: (reply: Buffer) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;
  private readonly timer: NodeJS.Timeout;

  private constructor(
    private readonly socket: net.Socket,
    socketPath: string,
    timeoutMs: number,
  ) {
    this.timer = setTimeout(
      () => this.fail(new SshSigError(`ssh-agent at ${socketPath} did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error) => this.fail(new SshSigError(`ssh-agent connection failed: ${error.message}`)));
    socket.on('close', () => this.fail(new SshSigError('ssh-agent closed the connection')));
  }

  static open(socketPath: string, timeoutMs: number): Promise<AgentConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.createConnection({ path: socketPath });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new SshSigError(`timed out connecting to ssh-agent at ${socketPath}`));
      }, timeoutMs);
      socket.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(new SshSigError(describeConnectError(socketPath, error)));
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new AgentConnection(socket, socketPath, timeoutMs));
      });
    });
  }

  request(type: number, body: Buffer): Promise<{ type: number; body: Buffer }> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<Buffer>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(sshString(Buffer.concat([Buffer.from([type]), body])));
    }).then((reply) => {
      if (reply.length === 0) throw new SshSigError('ssh-agent sent an empty message');
      return { type: reply[0]!, body: reply.subarray(1) };
    });
  }

  close(): void {
    clearTimeout(this.timer);
    this.failure ??= new SshSigError('ssh-agent connection closed');
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.received = Buffer.concat([this.received, chunk]);
    if (this.received.length < 4) return;
    const length = this.received.readUInt32BE(0);
    if (length > AGENT_MAX_MESSAGE_BYTES) {
      this.fail(new SshSigError(`ssh-agent sent an oversized message (${length} bytes)`));
      return;
    }
    if (this.received.length < 4 + length) return;
    const message = this.received.subarray(4, 4 + length);
    this.received = this.received.subarray(4 + length);
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) waiting.resolve(message);
    else this.fail(new SshSigError('ssh-agent sent an unsolicited message'));
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    clearTimeout(this.timer);
    this.socket.destroy();
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(error);
  }
}

function describeConnectError(socketPath: string, error: NodeJS.ErrnoException): string {
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
