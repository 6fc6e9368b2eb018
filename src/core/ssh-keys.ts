/**
 * SSH keys, in-process with node:crypto: OpenSSH public keys and their wire blobs,
 * unencrypted openssh-key-v1 private keys, and raw SSH signature blobs made and checked
 * with them (never SHA-1).
 *
 * Supported key types: ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa
 * (signing with rsa-sha2-512; verifying rsa-sha2-256/512).
 */
import crypto from 'node:crypto';
import {
  base64url,
  decodeStrictBase64,
  describe,
  leftPad,
  sshMpint,
  SshReader,
  SshSigError,
  sshString,
} from './ssh-wire.js';

export interface SshPublicKey {
  /** Key type as named in the blob, e.g. "ssh-ed25519". */
  type: string;
  /** The SSH wire-format public key blob. */
  blob: Buffer;
  /** "type base64", without any comment. */
  text: string;
  /** "SHA256:..." exactly as `ssh-keygen -l` prints it. */
  fingerprint: string;
  key: crypto.KeyObject;
}

export interface SshSigner {
  publicKey: SshPublicKey;
  /** Signs raw data and returns an SSH signature blob: string(algorithm) || string(signature). */
  sign(data: Buffer): Buffer;
}

const RSA_MIN_BITS = 1024; // OpenSSH's SSH_RSA_MINIMUM_MODULUS_SIZE
const RSA_MAX_BITS = 16384; // OpenSSL's verification limit
const RSA_SIGNING_ALGORITHM = 'rsa-sha2-512';
const RSA_VERIFY_HASHES: Record<string, string> = {
  'rsa-sha2-256': 'sha256',
  'rsa-sha2-512': 'sha512',
};

interface EcdsaCurve {
  sshCurveName: string;
  jwkCurve: string;
  /** Byte length of a field element (coordinate, scalar, r, s). */
  fieldBytes: number;
  hash: string;
}

const ECDSA_CURVES: Record<string, EcdsaCurve> = {
  'ecdsa-sha2-nistp256': { sshCurveName: 'nistp256', jwkCurve: 'P-256', fieldBytes: 32, hash: 'sha256' },
  'ecdsa-sha2-nistp384': { sshCurveName: 'nistp384', jwkCurve: 'P-384', fieldBytes: 48, hash: 'sha384' },
  'ecdsa-sha2-nistp521': { sshCurveName: 'nistp521', jwkCurve: 'P-521', fieldBytes: 66, hash: 'sha512' },
};

const ED25519 = 'ssh-ed25519';
/** RSA keys sign with rsa-sha2-512: an ssh-agent must be asked for it by flag. */
export const RSA = 'ssh-rsa';
const SUPPORTED_KEY_TYPES = [ED25519, ...Object.keys(ECDSA_CURVES), RSA];

// ---------------------------------------------------------------------------
// Public keys

/** Building a KeyObject is the costly part of a verify. Returned keys are shared: treat them as read-only. */
const publicKeyCache = new Map<string, SshPublicKey>();
const PUBLIC_KEY_CACHE_LIMIT = 4096;

function sshFingerprint(blob: Buffer): string {
  return `SHA256:${crypto.createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** Parses an OpenSSH public key line: `type base64 [comment]`. */
export function parsePublicKey(text: string): SshPublicKey {
  if (typeof text !== 'string') throw new SshSigError('public key must be a string');
  const fields = text.trim().split(/\s+/);
  if (fields.length < 2 || fields[0] === '') {
    throw new SshSigError(`public key ${describe(text.trim())} is not of the form "type base64 [comment]"`);
  }
  const [type, encoded] = fields as [string, string];
  const key = publicKeyFromBlob(decodeStrictBase64(encoded, `${type} public key`));
  if (key.type !== type) {
    throw new SshSigError(`public key says ${describe(type)} but its data is a ${key.type} key`);
  }
  return key;
}

/** Parses an SSH wire-format public key blob, caching the result per blob. */
export function publicKeyFromBlob(blob: Buffer): SshPublicKey {
  const cacheKey = blob.toString('base64');
  const cached = publicKeyCache.get(cacheKey);
  if (cached) return cached;

  const ownedBlob = Buffer.from(blob); // callers may reuse their buffer
  const { type, key } = decodePublicKeyBlob(ownedBlob);
  const result: SshPublicKey = Object.freeze({
    type,
    blob: ownedBlob,
    text: `${type} ${cacheKey}`,
    fingerprint: sshFingerprint(ownedBlob),
    key,
  });

  if (publicKeyCache.size >= PUBLIC_KEY_CACHE_LIMIT) {
    publicKeyCache.delete(publicKeyCache.keys().next().value!);
  }
  publicKeyCache.set(cacheKey, result);
  return result;
}

function decodePublicKeyBlob(blob: Buffer): { type: string; key: crypto.KeyObject } {
  const reader = new SshReader(blob, 'public key');
  const type = reader.ascii('key type');
  const jwk = readPublicJwk(type, reader);
  reader.end();
  return { type, key: importKey(jwk, 'public', type) };
}

/** Reads the type-specific public fields that follow the key type in blobs and private keys. */
function readPublicJwk(type: string, reader: SshReader): crypto.JsonWebKey {
  if (type === ED25519) {
    const publicBytes = reader.string();
    if (publicBytes.length !== 32) {
      throw new SshSigError(`ssh-ed25519 public key is ${publicBytes.length} bytes, expected 32`);
    }
    return { kty: 'OKP', crv: 'Ed25519', x: base64url(publicBytes) };
  }
  const curve = ECDSA_CURVES[type];
  if (curve) {
    const curveName = reader.ascii('curve name');
    if (curveName !== curve.sshCurveName) {
      throw new SshSigError(`${type} key names curve ${describe(curveName)}, expected ${curve.sshCurveName}`);
    }
    const point = reader.string();
    // Only uncompressed points (0x04 || X || Y), like OpenSSH.
    if (point.length !== 1 + 2 * curve.fieldBytes || point[0] !== 0x04) {
      throw new SshSigError(`${type} public point is not an uncompressed ${curve.sshCurveName} point`);
    }
    return {
      kty: 'EC',
      crv: curve.jwkCurve,
      x: base64url(point.subarray(1, 1 + curve.fieldBytes)),
      y: base64url(point.subarray(1 + curve.fieldBytes)),
    };
  }
  if (type === RSA) {
    const exponent = reader.mpint('RSA exponent');
    const modulus = reader.mpint('RSA modulus');
    checkRsaModulus(modulus);
    if (exponent.length === 0 || exponent.length > 8 || (exponent[exponent.length - 1]! & 1) === 0) {
      throw new SshSigError('RSA public exponent is not a small odd number');
    }
    return { kty: 'RSA', n: base64url(modulus), e: base64url(exponent) };
  }
  if (type.includes('-cert-')) {
    throw new SshSigError(`SSH certificates (${type}) are not supported; use the plain public key`);
  }
  throw new SshSigError(`unsupported SSH key type ${describe(type)} (supported: ${SUPPORTED_KEY_TYPES.join(', ')})`);
}

function checkRsaModulus(modulus: Buffer): void {
  const bits = modulus.length === 0 ? 0 : (modulus.length - 1) * 8 + (32 - Math.clz32(modulus[0]!));
  if (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS) {
    throw new SshSigError(`RSA key is ${bits} bits; must be between ${RSA_MIN_BITS} and ${RSA_MAX_BITS}`);
  }
}

function importKey(jwk: crypto.JsonWebKey, kind: 'public' | 'private', type: string): crypto.KeyObject {
  try {
    return kind === 'public'
      ? crypto.createPublicKey({ key: jwk, format: 'jwk' })
      : crypto.createPrivateKey({ key: jwk, format: 'jwk' });
  } catch (error) {
    throw new SshSigError(`invalid ${type} ${kind} key: ${(error as Error).message}`);
  }
}

// ---------------------------------------------------------------------------
// Signature blobs (string algorithm || string signature)

/** Verifies a raw SSH signature blob over `data`; throws SshSigError on any mismatch. */
export function verifySignatureBlob(publicKey: SshPublicKey, signatureBlob: Buffer, data: Buffer): void {
  const reader = new SshReader(signatureBlob, 'signature blob');
  const algorithm = reader.ascii('signature algorithm');
  const signature = reader.string();
  reader.end();

  let valid: boolean;
  if (publicKey.type === ED25519) {
    expectAlgorithm(algorithm, ED25519, publicKey);
    if (signature.length !== 64)
      throw new SshSigError(`ssh-ed25519 signature is ${signature.length} bytes, expected 64`);
    valid = crypto.verify(null, data, publicKey.key, signature);
  } else if (ECDSA_CURVES[publicKey.type]) {
    const curve = ECDSA_CURVES[publicKey.type]!;
    expectAlgorithm(algorithm, publicKey.type, publicKey);
    const p1363 = ecdsaSshToP1363(signature, curve);
    valid = crypto.verify(curve.hash, data, { key: publicKey.key, dsaEncoding: 'ieee-p1363' }, p1363);
  } else if (publicKey.type === RSA) {
    const hash = RSA_VERIFY_HASHES[algorithm];
    if (!hash) {
      throw new SshSigError(
        algorithm === RSA
          ? 'RSA signature uses ssh-rsa (SHA-1), which is not accepted; sign with rsa-sha2-256 or rsa-sha2-512'
          : `RSA key cannot verify a ${describe(algorithm)} signature`,
      );
    }
    const modulusBytes = Math.ceil((publicKey.key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
    if (signature.length === 0 || signature.length > modulusBytes) {
      throw new SshSigError(`RSA signature is ${signature.length} bytes, modulus is ${modulusBytes}`);
    }
    // OpenSSH accepts signatures with leading zero bytes stripped; OpenSSL wants the full width.
    valid = crypto.verify(hash, data, publicKey.key, leftPad(signature, modulusBytes, 'RSA signature'));
  } else {
    throw new SshSigError(`unsupported key type ${describe(publicKey.type)}`);
  }
  if (!valid) throw new SshSigError(`signature does not verify with ${publicKey.type} key ${publicKey.fingerprint}`);
}

function expectAlgorithm(algorithm: string, expected: string, publicKey: SshPublicKey): void {
  if (algorithm !== expected) {
    throw new SshSigError(
      `signature algorithm ${describe(algorithm)} does not match ${publicKey.type} key ${publicKey.fingerprint}`,
    );
  }
}

/** SSH encodes ECDSA signatures as mpint r || mpint s; OpenSSL's P1363 form is fixed-width r || s. */
function ecdsaSshToP1363(signature: Buffer, curve: EcdsaCurve): Buffer {
  const reader = new SshReader(signature, 'ECDSA signature');
  const r = reader.mpint('r');
  const s = reader.mpint('s');
  reader.end();
  return Buffer.concat([leftPad(r, curve.fieldBytes, 'ECDSA r'), leftPad(s, curve.fieldBytes, 'ECDSA s')]);
}

function ecdsaP1363ToSsh(p1363: Buffer, curve: EcdsaCurve): Buffer {
  const r = p1363.subarray(0, curve.fieldBytes);
  const s = p1363.subarray(curve.fieldBytes);
  return Buffer.concat([sshMpint(r), sshMpint(s)]);
}

// ---------------------------------------------------------------------------
// Private keys (openssh-key-v1)

const PRIVATE_KEY_BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const PRIVATE_KEY_END = '-----END OPENSSH PRIVATE KEY-----';
const PRIVATE_KEY_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/** Parses an unencrypted OpenSSH private key and returns a signer for it. */
export function parsePrivateKey(pem: string | Buffer): SshSigner {
  const text = (typeof pem === 'string' ? pem : Buffer.isBuffer(pem) ? pem.toString('latin1') : '').trim();
  if (!text.startsWith(PRIVATE_KEY_BEGIN) || !text.endsWith(PRIVATE_KEY_END)) {
    if (text.startsWith('-----BEGIN ') && text.includes('PRIVATE KEY-----')) {
      throw new SshSigError(
        'private key is in PEM/PKCS#8 format; only OpenSSH format is supported (convert with `ssh-keygen -p -f KEY`)',
      );
    }
    throw new SshSigError(`private key must start with ${PRIVATE_KEY_BEGIN}`);
  }
  const body = text.slice(PRIVATE_KEY_BEGIN.length, text.length - PRIVATE_KEY_END.length).replace(/\s+/g, '');
  const reader = new SshReader(decodeStrictBase64(body, 'OpenSSH private key'), 'OpenSSH private key');
  if (!reader.bytes(PRIVATE_KEY_MAGIC.length).equals(PRIVATE_KEY_MAGIC)) {
    throw new SshSigError('OpenSSH private key has a bad magic header');
  }
  const cipherName = reader.ascii('cipher name');
  const kdfName = reader.ascii('KDF name');
  reader.string(); // KDF options
  if (cipherName !== 'none' || kdfName !== 'none') {
    throw new SshSigError(
      `private key is passphrase-protected (${cipherName}); load it into ssh-agent with \`ssh-add KEY\` and sign through the agent instead`,
    );
  }
  const keyCount = reader.uint32();
  if (keyCount !== 1) throw new SshSigError(`OpenSSH private key file holds ${keyCount} keys, expected 1`);
  const publicKey = publicKeyFromBlob(reader.string());
  const privateSection = reader.string();
  reader.end();

  const secrets = new SshReader(privateSection, 'OpenSSH private key section');
  // Two equal random words: a wrong passphrase or a corrupt file decrypts to two that differ.
  const check = secrets.uint32();
  if (secrets.uint32() !== check) {
    throw new SshSigError('OpenSSH private key check bytes differ (corrupt or wrongly decrypted)');
  }
  const type = secrets.ascii('key type');
  if (type !== publicKey.type) {
    throw new SshSigError(`OpenSSH private key is ${type} but its public key is ${publicKey.type}`);
  }
  const privateKey = readPrivateKey(type, secrets, publicKey);
  secrets.string(); // comment
  checkPadding(secrets.bytes(secrets.remaining));

  return { publicKey, sign: (data: Buffer) => signData(type, privateKey, data) };
}

function readPrivateKey(type: string, reader: SshReader, publicKey: SshPublicKey): crypto.KeyObject {
  let jwk: crypto.JsonWebKey;
  if (type === ED25519) {
    const publicJwk = readPublicJwk(type, reader);
    const secret = reader.string(); // seed || public key
    if (secret.length !== 64) throw new SshSigError(`ssh-ed25519 private key is ${secret.length} bytes, expected 64`);
    jwk = { ...publicJwk, d: base64url(secret.subarray(0, 32)) };
  } else if (ECDSA_CURVES[type]) {
    const curve = ECDSA_CURVES[type]!;
    const publicJwk = readPublicJwk(type, reader);
    const scalar = leftPad(reader.mpint('ECDSA private scalar'), curve.fieldBytes, 'ECDSA private scalar');
    jwk = { ...publicJwk, d: base64url(scalar) };
  } else if (type === RSA) {
    // Private RSA order differs from the public blob: n, e, d, iqmp, p, q.
    const n = reader.mpint('RSA modulus');
    const e = reader.mpint('RSA exponent');
    const d = reader.mpint('RSA private exponent');
    const iqmp = reader.mpint('RSA iqmp');
    const p = reader.mpint('RSA p');
    const q = reader.mpint('RSA q');
    checkRsaModulus(n);
    const dBig = toBigInt(d);
    // JWK needs the CRT exponents OpenSSH does not store.
    const dp = dBig % (toBigInt(p) - 1n);
    const dq = dBig % (toBigInt(q) - 1n);
    jwk = {
      kty: 'RSA',
      n: base64url(n),
      e: base64url(e),
      d: base64url(d),
      p: base64url(p),
      q: base64url(q),
      dp: base64url(fromBigInt(dp)),
      dq: base64url(fromBigInt(dq)),
      qi: base64url(iqmp),
    };
  } else {
    // readPublicJwk produces the precise "unsupported" message.
    readPublicJwk(type, reader);
    throw new SshSigError(`unsupported private key type ${describe(type)}`);
  }
  const privateKey = importKey(jwk, 'private', type);
  const derived = crypto.createPublicKey(privateKey).export({ format: 'jwk' });
  const expected = publicKey.key.export({ format: 'jwk' });
  if (derived.x !== expected.x || derived.y !== expected.y || derived.n !== expected.n || derived.e !== expected.e) {
    throw new SshSigError('OpenSSH private key does not match its embedded public key');
  }
  return privateKey;
}

/** The private section ends with padding bytes 1, 2, 3, ... up to the cipher block size. */
function checkPadding(padding: Buffer): void {
  padding.forEach((byte, index) => {
    if (byte !== index + 1) throw new SshSigError('OpenSSH private key has invalid padding');
  });
}

function toBigInt(magnitude: Buffer): bigint {
  return magnitude.length === 0 ? 0n : BigInt(`0x${magnitude.toString('hex')}`);
}

function fromBigInt(value: bigint): Buffer {
  const hex = value.toString(16);
  return Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex');
}

function signData(type: string, privateKey: crypto.KeyObject, data: Buffer): Buffer {
  if (type === ED25519) {
    return Buffer.concat([sshString(ED25519), sshString(crypto.sign(null, data, privateKey))]);
  }
  const curve = ECDSA_CURVES[type];
  if (curve) {
    const p1363 = crypto.sign(curve.hash, data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
    return Buffer.concat([sshString(type), sshString(ecdsaP1363ToSsh(p1363, curve))]);
  }
  return Buffer.concat([sshString(RSA_SIGNING_ALGORITHM), sshString(crypto.sign('sha512', data, privateKey))]);
}
