/**
 * SSH signatures in the SSHSIG format produced by `ssh-keygen -Y sign`
 * (PROTOCOL.sshsig in the OpenSSH sources), implemented in-process with
 * node:crypto so verification never shells out.
 *
 * Supported key types: ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa
 * (signing with rsa-sha2-512; verifying rsa-sha2-256/512, never SHA-1).
 */
import crypto from 'node:crypto';
import net from 'node:net';

export class SshSigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SshSigError';
  }
}

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

/** Armored signatures larger than this are rejected before any parsing. */
export const MAX_ARMORED_SIGNATURE_BYTES = 64 * 1024;

const SSHSIG_MAGIC = Buffer.from('SSHSIG');
const SSHSIG_VERSION = 1;
const SIGNING_HASH = 'sha512';
const VERIFIABLE_HASHES = new Set(['sha256', 'sha512']);
const ARMOR_BEGIN = '-----BEGIN SSH SIGNATURE-----';
const ARMOR_END = '-----END SSH SIGNATURE-----';
const ARMOR_LINE_LENGTH = 70; // what ssh-keygen emits

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
const RSA = 'ssh-rsa';
const SUPPORTED_KEY_TYPES = [ED25519, ...Object.keys(ECDSA_CURVES), RSA];

// ---------------------------------------------------------------------------
// SSH wire format (RFC 4251 §5)

/** Bounds-checked reader; every failure is an SshSigError naming `what`. */
class SshReader {
  private offset = 0;

  constructor(
    private readonly buf: Buffer,
    private readonly what: string,
  ) {}

  get remaining(): number {
    return this.buf.length - this.offset;
  }

  bytes(length: number): Buffer {
    if (length > this.remaining) {
      throw new SshSigError(`${this.what} is truncated (needs ${length} bytes at offset ${this.offset}, has ${this.remaining})`);
    }
    const out = this.buf.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  uint32(): number {
    return this.bytes(4).readUInt32BE(0);
  }

  string(): Buffer {
    return this.bytes(this.uint32());
  }

  /** A string that must be printable ASCII (algorithm names, namespaces, curve names). */
  ascii(field: string): string {
    const raw = this.string();
    if (!/^[\x20-\x7e]*$/.test(raw.toString('latin1'))) {
      throw new SshSigError(`${this.what}: ${field} contains non-printable bytes`);
    }
    return raw.toString('latin1');
  }

  /**
   * A non-negative mpint, returned as its big-endian magnitude without a sign
   * byte. Rejects negative and non-minimal encodings, as OpenSSH does.
   */
  mpint(field: string): Buffer {
    const raw = this.string();
    if (raw.length > 0 && (raw[0]! & 0x80) !== 0) {
      throw new SshSigError(`${this.what}: ${field} is negative`);
    }
    if (raw.length > 1 && raw[0] === 0 && (raw[1]! & 0x80) === 0) {
      throw new SshSigError(`${this.what}: ${field} has a non-minimal encoding`);
    }
    return raw[0] === 0 ? raw.subarray(1) : raw;
  }

  end(): void {
    if (this.remaining !== 0) {
      throw new SshSigError(`${this.what} has ${this.remaining} unexpected trailing bytes`);
    }
  }
}

function sshUint32(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value, 0);
  return out;
}

function sshString(value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  return Buffer.concat([sshUint32(bytes.length), bytes]);
}

/** Encodes an unsigned big-endian magnitude as an SSH mpint. */
function sshMpint(magnitude: Buffer): Buffer {
  let start = 0;
  while (start < magnitude.length && magnitude[start] === 0) start++;
  const trimmed = magnitude.subarray(start);
  const needsSignByte = trimmed.length > 0 && (trimmed[0]! & 0x80) !== 0;
  return sshString(needsSignByte ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

function leftPad(magnitude: Buffer, length: number, field: string): Buffer {
  if (magnitude.length > length) {
    throw new SshSigError(`${field} is ${magnitude.length} bytes, longer than the ${length} the curve allows`);
  }
  return Buffer.concat([Buffer.alloc(length - magnitude.length), magnitude]);
}

function base64url(bytes: Buffer): string {
  return bytes.toString('base64url');
}

/** Decodes canonical base64 only; Buffer.from silently skips garbage. */
function decodeStrictBase64(text: string, what: string): Buffer {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new SshSigError(`${what} is not valid base64`);
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) {
    throw new SshSigError(`${what} is not canonical base64`);
  }
  return bytes;
}

function describe(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value);
}

// ---------------------------------------------------------------------------
// Public keys

/** Building a KeyObject is the costly part of a verify. Returned keys are shared: treat them as read-only. */
const publicKeyCache = new Map<string, SshPublicKey>();
const PUBLIC_KEY_CACHE_LIMIT = 4096;

export function sshFingerprint(blob: Buffer): string {
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
function verifySignatureBlob(publicKey: SshPublicKey, signatureBlob: Buffer, data: Buffer): void {
  const reader = new SshReader(signatureBlob, 'signature blob');
  const algorithm = reader.ascii('signature algorithm');
  const signature = reader.string();
  reader.end();

  let valid: boolean;
  if (publicKey.type === ED25519) {
    expectAlgorithm(algorithm, ED25519, publicKey);
    if (signature.length !== 64) throw new SshSigError(`ssh-ed25519 signature is ${signature.length} bytes, expected 64`);
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
    throw new SshSigError(`signature algorithm ${describe(algorithm)} does not match ${publicKey.type} key ${publicKey.fingerprint}`);
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
  if (secrets.uint32() !== secrets.uint32()) {
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

// ---------------------------------------------------------------------------
// SSHSIG envelope

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

function armor(publicKey: SshPublicKey, namespace: string, signatureBlob: Buffer): string {
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

/** Signs `message` in `namespace`; returns armored text identical in form to `ssh-keygen -Y sign`. */
export function signMessage(message: Buffer | string, namespace: string, signer: SshSigner): string {
  checkNamespace(namespace);
  const signatureBlob = signer.sign(dataToSign(toBytes(message), namespace, SIGNING_HASH));
  return armor(signer.publicKey, namespace, signatureBlob);
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
    throw new SshSigError(`unsupported signature hash algorithm ${describe(hashAlgorithm)} (expected sha256 or sha512)`);
  }
  return { publicKey: publicKeyFromBlob(publicKeyBlob), namespace, hashAlgorithm, signatureBlob };
}

/**
 * Verifies an armored SSH signature over `message` in `namespace`, returning
 * the signing key. It proves only that this key signed: checking the key
 * against allowed signers is the caller's job. Throws SshSigError on any failure.
 */
export function verifySignature(armored: string, message: Buffer | string, namespace: string): { publicKey: SshPublicKey } {
  if (typeof armored !== 'string') throw new SshSigError('signature must be a string');
  if (armored.length > MAX_ARMORED_SIGNATURE_BYTES || Buffer.byteLength(armored, 'utf8') > MAX_ARMORED_SIGNATURE_BYTES) {
    throw new SshSigError(`signature is larger than ${MAX_ARMORED_SIGNATURE_BYTES} bytes`);
  }
  checkNamespace(namespace);
  const messageBytes = toBytes(message);
  try {
    const parsed = parseEnvelope(dearmor(armored));
    if (parsed.namespace !== namespace) {
      throw new SshSigError(`signature namespace ${describe(parsed.namespace)} does not match expected ${describe(namespace)}`);
    }
    verifySignatureBlob(parsed.publicKey, parsed.signatureBlob, dataToSign(messageBytes, namespace, parsed.hashAlgorithm));
    return { publicKey: parsed.publicKey };
  } catch (error) {
    if (error instanceof SshSigError) throw error;
    // node:crypto can still reject odd inputs (e.g. an invalid curve point); keep the error type uniform.
    throw new SshSigError(`signature is invalid: ${(error as Error).message}`);
  }
}

// ---------------------------------------------------------------------------
// ssh-agent (draft-miller-ssh-agent)

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
 * process. The agent must already hold `publicKey` (`ssh-add KEY`).
 */
export async function signWithAgent(
  message: Buffer | string,
  namespace: string,
  publicKey: SshPublicKey,
  socketPath: string | undefined = process.env.SSH_AUTH_SOCK,
  options: AgentOptions = {},
): Promise<string> {
  checkNamespace(namespace);
  if (!socketPath) {
    throw new SshSigError('SSH_AUTH_SOCK is not set: start ssh-agent and `ssh-add` your key, or sign with a private key file');
  }
  const data = dataToSign(toBytes(message), namespace, SIGNING_HASH);
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
    return armor(publicKey, namespace, signatureBlob);
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
