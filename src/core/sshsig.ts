/**
 * SSH signatures in the SSHSIG format produced by `ssh-keygen -Y sign`
 * (PROTOCOL.sshsig in the OpenSSH sources): the envelope, its armor, and the bytes a key
 * signs; verification never shells out. The keys are in ssh-keys.ts; signing through
 * ssh-agent (a socket) is repo/ssh-agent.ts.
 */
import crypto from 'node:crypto';
import { verifySignatureBlob, publicKeyFromBlob, type SshPublicKey, type SshSigner } from './ssh-keys.js';
import { decodeStrictBase64, describe, SshReader, SshSigError, sshString, sshUint32 } from './ssh-wire.js';

/** Armored signatures larger than this are rejected before any parsing. */
export const MAX_ARMORED_SIGNATURE_BYTES = 64 * 1024;

const SSHSIG_MAGIC = Buffer.from('SSHSIG');
const SSHSIG_VERSION = 1;
const SIGNING_HASH = 'sha512';
const VERIFIABLE_HASHES = new Set(['sha256', 'sha512']);
const ARMOR_BEGIN = '-----BEGIN SSH SIGNATURE-----';
const ARMOR_END = '-----END SSH SIGNATURE-----';
const ARMOR_LINE_LENGTH = 70; // what ssh-keygen emits

function toBytes(message: Buffer | string): Buffer {
  if (typeof message === 'string') return Buffer.from(message, 'utf8');
  if (Buffer.isBuffer(message)) return message;
  throw new SshSigError('message must be a string or Buffer');
}

function checkNamespace(namespace: string): void {
  if (typeof namespace !== 'string' || namespace === '') {
    throw new SshSigError('signature namespace must be a non-empty string');
  }
}

/** The bytes actually signed: MAGIC || string(namespace) || string(reserved) || string(hash) || string(H(message)). */
function dataToSign(message: Buffer, namespace: string, hashAlgorithm: string): Buffer {
  const digest = crypto.createHash(hashAlgorithm).update(message).digest();
  return Buffer.concat([
    SSHSIG_MAGIC,
    sshString(namespace),
    sshString(Buffer.alloc(0)),
    sshString(hashAlgorithm),
    sshString(digest),
  ]);
}

/** The armored SSHSIG of a raw signature blob over `signedData`, in ssh-keygen's form. */
export function armorSignature(publicKey: SshPublicKey, namespace: string, signatureBlob: Buffer): string {
  const envelope = Buffer.concat([
    SSHSIG_MAGIC,
    sshUint32(SSHSIG_VERSION),
    sshString(publicKey.blob),
    sshString(namespace),
    sshString(Buffer.alloc(0)),
    sshString(SIGNING_HASH),
    sshString(signatureBlob),
  ]);
  const encoded = envelope.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += ARMOR_LINE_LENGTH) lines.push(encoded.slice(i, i + ARMOR_LINE_LENGTH));
  return `${ARMOR_BEGIN}\n${lines.join('\n')}\n${ARMOR_END}\n`;
}

/** The bytes a key signs for `message` in `namespace` (with the hash signers use). */
export function signedData(message: Buffer | string, namespace: string): Buffer {
  checkNamespace(namespace);
  return dataToSign(toBytes(message), namespace, SIGNING_HASH);
}

/** Signs `message` in `namespace`; returns armored text identical in form to `ssh-keygen -Y sign`. */
export function signMessage(message: Buffer | string, namespace: string, signer: SshSigner): string {
  return armorSignature(signer.publicKey, namespace, signer.sign(signedData(message, namespace)));
}

function dearmor(armored: string): Buffer {
  const text = armored.trim();
  if (!text.startsWith(ARMOR_BEGIN)) throw new SshSigError(`signature does not start with ${ARMOR_BEGIN}`);
  if (!text.endsWith(ARMOR_END)) throw new SshSigError(`signature does not end with ${ARMOR_END}`);
  const body = text.slice(ARMOR_BEGIN.length, text.length - ARMOR_END.length);
  // Separate simple checks: a single regex with overlapping newline classes backtracks quadratically.
  if (!/^[A-Za-z0-9+/=\r\n]*$/.test(body)) {
    throw new SshSigError('signature armor contains characters other than base64 lines');
  }
  if (!/^[\r\n]/.test(body) || !/[\r\n]$/.test(body)) {
    throw new SshSigError('signature armor markers must be on their own lines');
  }
  return decodeStrictBase64(body.replace(/[\r\n]/g, ''), 'signature armor');
}

interface ParsedSignature {
  publicKey: SshPublicKey;
  namespace: string;
  hashAlgorithm: string;
  signatureBlob: Buffer;
}

function parseEnvelope(envelope: Buffer): ParsedSignature {
  const reader = new SshReader(envelope, 'SSH signature');
  if (!reader.bytes(SSHSIG_MAGIC.length).equals(SSHSIG_MAGIC)) {
    throw new SshSigError('SSH signature does not start with the SSHSIG magic');
  }
  const version = reader.uint32();
  if (version !== SSHSIG_VERSION) throw new SshSigError(`unsupported SSH signature version ${version} (expected 1)`);
  const publicKeyBlob = reader.string();
  const namespace = reader.ascii('namespace');
  // Signers never fill the reserved field and OpenSSH does not sign it, so anything here is tampering.
  if (reader.string().length !== 0) throw new SshSigError('SSH signature reserved field is not empty');
  const hashAlgorithm = reader.ascii('hash algorithm');
  const signatureBlob = reader.string();
  reader.end();
  if (!VERIFIABLE_HASHES.has(hashAlgorithm)) {
    throw new SshSigError(
      `unsupported signature hash algorithm ${describe(hashAlgorithm)} (expected sha256 or sha512)`,
    );
  }
  return { publicKey: publicKeyFromBlob(publicKeyBlob), namespace, hashAlgorithm, signatureBlob };
}

/**
 * Verifies an armored SSH signature over `message` in `namespace`, returning
 * the signing key. It proves only that this key signed: checking the key
 * against allowed signers is the caller's job. Throws SshSigError on any failure.
 */
export function verifySignature(
  armored: string,
  message: Buffer | string,
  namespace: string,
): { publicKey: SshPublicKey } {
  if (typeof armored !== 'string') throw new SshSigError('signature must be a string');
  if (
    armored.length > MAX_ARMORED_SIGNATURE_BYTES ||
    Buffer.byteLength(armored, 'utf8') > MAX_ARMORED_SIGNATURE_BYTES
  ) {
    throw new SshSigError(`signature is larger than ${MAX_ARMORED_SIGNATURE_BYTES} bytes`);
  }
  checkNamespace(namespace);
  const messageBytes = toBytes(message);
  try {
    const parsed = parseEnvelope(dearmor(armored));
    if (parsed.namespace !== namespace) {
      throw new SshSigError(
        `signature namespace ${describe(parsed.namespace)} does not match expected ${describe(namespace)}`,
      );
    }
    verifySignatureBlob(
      parsed.publicKey,
      parsed.signatureBlob,
      dataToSign(messageBytes, namespace, parsed.hashAlgorithm),
    );
    return { publicKey: parsed.publicKey };
  } catch (error) {
    if (error instanceof SshSigError) throw error;
    // node:crypto can still reject odd inputs (e.g. an invalid curve point); keep the error type uniform.
    throw new SshSigError(`signature is invalid: ${(error as Error).message}`);
  }
}
