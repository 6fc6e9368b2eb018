import { shellQuote } from '../core/shell.js';
/**
 * Signing records with an SSH key: a private key file, or ssh-agent holding the key whose
 * public half is named. Shared by `ao verdict --sign` and `ao check --sign`.
 */
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { isKeyAllowed } from '../core/allowed-signers.js';
import { AoError } from '../core/errors.js';
import { parsePolicy } from '../core/policy.js';
import { POLICY_PATH, type Signature } from '../core/record.js';
import { CHECKERS_PATH, parseCheckers, SIGNATURE_NAMESPACE } from '../core/signatures.js';
import { parsePrivateKey, parsePublicKey, type SshPublicKey, type SshSigner } from '../core/ssh-keys.js';
import { signMessage } from '../core/sshsig.js';
import { SshSigError } from '../core/ssh-wire.js';
import { signWithAgent } from './ssh-agent.js';
import type { Git } from '../git/git.js';

/** Signs a record id; pass it as `appendRecord(git, makeBody, { sign })`. */
export type RecordSigner = ((id: string) => Promise<Signature>) & {
  readonly publicKey: SshPublicKey;
  readonly via: 'key file' | 'ssh-agent';
  /** The key as the user named it, for messages. */
  readonly keySpec: string;
};

export interface SignerOptions {
  /** For SSH_AUTH_SOCK and HOME (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** Relative key paths resolve against this (default: process.cwd()). */
  cwd?: string;
}

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
async function signerFor(keySpec: string, options: SignerOptions = {}): Promise<RecordSigner> {
  const env = options.env ?? process.env;
  const spec = keySpec.trim();
  if (spec === '')
    throw new AoError('--sign needs a key', {
      fix: 'for example: --sign ~/.ssh/id_ed25519, or --sign agent:~/.ssh/id_ed25519.pub',
    });
  if (spec.startsWith(AGENT_PREFIX)) {
    const rest = spec.slice(AGENT_PREFIX.length).trim();
    const inline = /^(ssh-|ecdsa-)/.test(rest) && /\s/.test(rest);
    const text = inline ? rest : readKeyFile(rest, options.cwd, env);
    return agentSigner(publicKeyFrom(text, inline ? `${AGENT_PREFIX} key` : rest), keySpec, env);
  }
  const text = readKeyFile(spec, options.cwd, env);
  if (text.trimStart().startsWith(PRIVATE_KEY_MARK)) return fileSigner(privateKeyFrom(text, spec), keySpec);
  return agentSigner(publicKeyFrom(text, spec), keySpec, env);
}

/** `--sign KEY` if given, else $AO_SIGNING_KEY, else no signing (undefined). */
export async function signerFromFlag(
  flag: string | undefined,
  options: SignerOptions = {},
): Promise<RecordSigner | undefined> {
  const spec = flag ?? (options.env ?? process.env).AO_SIGNING_KEY;
  if (spec === undefined || (flag === undefined && spec.trim() === '')) return undefined;
  return signerFor(spec, options);
}

function fileSigner(signer: SshSigner, keySpec: string): RecordSigner {
  const sign = async (id: string): Promise<Signature> => ({
    format: 'sshsig',
    namespace: SIGNATURE_NAMESPACE,
    signature: signMessage(id, SIGNATURE_NAMESPACE, signer),
  });
  return Object.assign(sign, { publicKey: signer.publicKey, via: 'key file' as const, keySpec });
}

function agentSigner(publicKey: SshPublicKey, keySpec: string, env: NodeJS.ProcessEnv): RecordSigner {
  const sign = async (id: string): Promise<Signature> => {
    try {
      return {
        format: 'sshsig',
        namespace: SIGNATURE_NAMESPACE,
        signature: await signWithAgent(id, SIGNATURE_NAMESPACE, publicKey, env.SSH_AUTH_SOCK),
      };
    } catch (error) {
      if (!(error instanceof SshSigError)) throw error;
      throw new AoError(`cannot sign through ssh-agent with key ${publicKey.fingerprint}: ${error.message}`, {
        fix: 'start ssh-agent (`eval "$(ssh-agent)"`), add the key with `ssh-add PRIVATE-KEY`, and run the command again in that shell; or pass an unencrypted private key file to --sign',
      });
    }
  };
  return Object.assign(sign, { publicKey, via: 'ssh-agent' as const, keySpec });
}

function expandPath(path: string, cwd: string | undefined, env: NodeJS.ProcessEnv): string {
  const home = env.HOME || homedir();
  const expanded = path === '~' ? home : path.startsWith('~/') ? `${home}/${path.slice(2)}` : path;
  return resolve(cwd ?? process.cwd(), expanded);
}

function readKeyFile(path: string, cwd: string | undefined, env: NodeJS.ProcessEnv): string {
  const full = expandPath(path, cwd, env);
  let bytes: Buffer;
  try {
    if (statSync(full).size > MAX_KEY_FILE_BYTES)
      throw new AoError(`${path} is larger than ${MAX_KEY_FILE_BYTES} bytes: not an SSH key`, {
        fix: 'pass an SSH key file to --sign',
      });
    bytes = readFileSync(full);
  } catch (error) {
    if (error instanceof AoError) throw error;
    throw new AoError(
      `cannot read the signing key ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      {
        fix: 'pass the path of an SSH private key (e.g. --sign ~/.ssh/id_ed25519), or of a public key held by ssh-agent (--sign ~/.ssh/id_ed25519.pub)',
      },
    );
  }
  return bytes.toString('utf8');
}

function privateKeyFrom(text: string, path: string): SshSigner {
  try {
    return parsePrivateKey(text);
  } catch (error) {
    if (!(error instanceof SshSigError)) throw error;
    if (/passphrase|encrypted|ssh-agent/i.test(error.message)) {
      throw new AoError(`the private key ${path} is passphrase-protected, and ao never asks for passphrases`, {
        fix: `add it to ssh-agent with \`ssh-add ${shellQuote(path)}\` and pass its public key instead: --sign ${shellQuote(`${path}.pub`)}`,
      });
    }
    throw new AoError(`cannot use ${path} as a signing key: ${error.message}`, {
      fix: 'pass an OpenSSH private key (ed25519, ecdsa or rsa), or a public key held by ssh-agent',
    });
  }
}

function publicKeyFrom(text: string, what: string): SshPublicKey {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
  try {
    return parsePublicKey(line);
  } catch (error) {
    if (!(error instanceof SshSigError)) throw error;
    throw new AoError(`${what} is neither an OpenSSH private key nor a public key: ${error.message}`, {
      fix: 'pass a private key file (--sign ~/.ssh/id_ed25519) or the .pub of a key held by ssh-agent (--sign ~/.ssh/id_ed25519.pub)',
    });
  }
}

/**
 * What `ao verdict` should warn about before recording, judged by the policy and
 * `.agents/checkers` at HEAD (one batched read): an unsigned verdict the policy will not
 * count, or a key the checkers file does not trust for this checker. Never throws.
 */
export async function signingAdvice(git: Git, checkerId: string, signer: RecordSigner | undefined): Promise<string[]> {
  try {
    const head = await git.headCommit();
    if (!head) return [];
    const keys = [`${head}:${POLICY_PATH}`, `${head}:${CHECKERS_PATH}`];
    const objects = await git.readObjects(keys);
    const policyBytes = objects.get(keys[0]!);
    if (!policyBytes || !parsePolicy(policyBytes, `commit ${head.slice(0, 7)}`).requireSignature) return [];
    if (!signer) {
      return [
        `the policy at HEAD requires signed verdicts: this one is unsigned and will not count (add --sign KEY, or set AO_SIGNING_KEY)`,
      ];
    }
    const checkers = parseCheckers(objects.get(keys[1]!), head);
    if (!isKeyAllowed(checkers.signers, checkerId, signer.publicKey, SIGNATURE_NAMESPACE)) {
      return [
        `${checkers.where} does not trust key ${signer.publicKey.fingerprint} for ${checkerId}: this verdict will not count until a reviewed change adds it (\`ao checkers add ${checkerId} KEY.pub\`)`,
      ];
    }
    return [];
  } catch (error) {
    if (error instanceof AoError) return [error.message];
    return [];
  }
}
