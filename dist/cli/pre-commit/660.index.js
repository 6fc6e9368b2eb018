"use strict";
exports.id = 660;
exports.ids = [660];
exports.modules = {

/***/ 660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECKERS_PATH: () => (/* reexport */ core_record/* CHECKERS_PATH */.Pn),
  MAX_CHECKERS_BYTES: () => (/* binding */ MAX_CHECKERS_BYTES),
  SIGNATURE_NAMESPACE: () => (/* binding */ SIGNATURE_NAMESPACE),
  makeSignatureCheck: () => (/* binding */ makeSignatureCheck),
  parseCheckers: () => (/* binding */ parseCheckers),
  signatureProblems: () => (/* binding */ signatureProblems),
  verifyRecordSignature: () => (/* binding */ verifyRecordSignature)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
;// CONCATENATED MODULE: ./src/core/ssh-wire.ts
/**
 * The SSH wire format (RFC 4251 section 5): a bounds-checked reader, and the encoders the
 * keys, SSHSIG and the ssh-agent client share. Every failure is an SshSigError.
 */
class ssh_wire_SshSigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SshSigError';
    }
}
/** Bounds-checked reader; every failure is an SshSigError naming `what`. */
class ssh_wire_SshReader {
    buf;
    what;
    offset = 0;
    constructor(buf, what) {
        this.buf = buf;
        this.what = what;
    }
    get remaining() {
        return this.buf.length - this.offset;
    }
    bytes(length) {
        if (length > this.remaining) {
            throw new ssh_wire_SshSigError(`${this.what} is truncated (needs ${length} bytes at offset ${this.offset}, has ${this.remaining})`);
        }
        const out = this.buf.subarray(this.offset, this.offset + length);
        this.offset += length;
        return out;
    }
    uint32() {
        return this.bytes(4).readUInt32BE(0);
    }
    string() {
        return this.bytes(this.uint32());
    }
    /** A string that must be printable ASCII (algorithm names, namespaces, curve names). */
    ascii(field) {
        const raw = this.string();
        if (!/^[\x20-\x7e]*$/.test(raw.toString('latin1'))) {
            throw new ssh_wire_SshSigError(`${this.what}: ${field} contains non-printable bytes`);
        }
        return raw.toString('latin1');
    }
    /**
     * A non-negative mpint, returned as its big-endian magnitude without a sign
     * byte. Rejects negative and non-minimal encodings, as OpenSSH does.
     */
    mpint(field) {
        const raw = this.string();
        if (raw.length > 0 && (raw[0] & 0x80) !== 0) {
            throw new ssh_wire_SshSigError(`${this.what}: ${field} is negative`);
        }
        if (raw.length > 1 && raw[0] === 0 && (raw[1] & 0x80) === 0) {
            throw new ssh_wire_SshSigError(`${this.what}: ${field} has a non-minimal encoding`);
        }
        return raw[0] === 0 ? raw.subarray(1) : raw;
    }
    end() {
        if (this.remaining !== 0) {
            throw new ssh_wire_SshSigError(`${this.what} has ${this.remaining} unexpected trailing bytes`);
        }
    }
}
function ssh_wire_sshUint32(value) {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(value, 0);
    return out;
}
function ssh_wire_sshString(value) {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    return Buffer.concat([ssh_wire_sshUint32(bytes.length), bytes]);
}
/** Encodes an unsigned big-endian magnitude as an SSH mpint. */
function ssh_wire_sshMpint(magnitude) {
    let start = 0;
    while (start < magnitude.length && magnitude[start] === 0)
        start++;
    const trimmed = magnitude.subarray(start);
    const needsSignByte = trimmed.length > 0 && (trimmed[0] & 0x80) !== 0;
    return ssh_wire_sshString(needsSignByte ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
function ssh_wire_leftPad(magnitude, length, field) {
    if (magnitude.length > length) {
        throw new ssh_wire_SshSigError(`${field} is ${magnitude.length} bytes, longer than the ${length} the curve allows`);
    }
    return Buffer.concat([Buffer.alloc(length - magnitude.length), magnitude]);
}
function ssh_wire_base64url(bytes) {
    return bytes.toString('base64url');
}
/** Decodes canonical base64 only; Buffer.from silently skips garbage. */
function ssh_wire_decodeStrictBase64(text, what) {
    if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
        throw new ssh_wire_SshSigError(`${what} is not valid base64`);
    }
    const bytes = Buffer.from(text, 'base64');
    if (bytes.toString('base64') !== text) {
        throw new ssh_wire_SshSigError(`${what} is not canonical base64`);
    }
    return bytes;
}
function ssh_wire_describe(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value);
}

;// CONCATENATED MODULE: ./src/core/ssh-keys.ts
/**
 * SSH keys, in-process with node:crypto: OpenSSH public keys and their wire blobs,
 * unencrypted openssh-key-v1 private keys, and raw SSH signature blobs made and checked
 * with them (never SHA-1).
 *
 * Supported key types: ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa
 * (signing with rsa-sha2-512; verifying rsa-sha2-256/512).
 */


const RSA_MIN_BITS = 1024; // OpenSSH's SSH_RSA_MINIMUM_MODULUS_SIZE
const RSA_MAX_BITS = 16384; // OpenSSL's verification limit
const RSA_SIGNING_ALGORITHM = 'rsa-sha2-512';
const RSA_VERIFY_HASHES = {
    'rsa-sha2-256': 'sha256',
    'rsa-sha2-512': 'sha512',
};
const ECDSA_CURVES = {
    'ecdsa-sha2-nistp256': { sshCurveName: 'nistp256', jwkCurve: 'P-256', fieldBytes: 32, hash: 'sha256' },
    'ecdsa-sha2-nistp384': { sshCurveName: 'nistp384', jwkCurve: 'P-384', fieldBytes: 48, hash: 'sha384' },
    'ecdsa-sha2-nistp521': { sshCurveName: 'nistp521', jwkCurve: 'P-521', fieldBytes: 66, hash: 'sha512' },
};
const ED25519 = 'ssh-ed25519';
/** RSA keys sign with rsa-sha2-512: an ssh-agent must be asked for it by flag. */
const RSA = 'ssh-rsa';
const SUPPORTED_KEY_TYPES = [ED25519, ...Object.keys(ECDSA_CURVES), RSA];
// ---------------------------------------------------------------------------
// Public keys
/** Building a KeyObject is the costly part of a verify. Returned keys are shared: treat them as read-only. */
const publicKeyCache = new Map();
const PUBLIC_KEY_CACHE_LIMIT = 4096;
function sshFingerprint(blob) {
    return `SHA256:${external_node_crypto_default().createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}
/** Parses an OpenSSH public key line: `type base64 [comment]`. */
function parsePublicKey(text) {
    if (typeof text !== 'string')
        throw new ssh_wire_SshSigError('public key must be a string');
    const fields = text.trim().split(/\s+/);
    if (fields.length < 2 || fields[0] === '') {
        throw new ssh_wire_SshSigError(`public key ${ssh_wire_describe(text.trim())} is not of the form "type base64 [comment]"`);
    }
    const [type, encoded] = fields;
    const key = publicKeyFromBlob(ssh_wire_decodeStrictBase64(encoded, `${type} public key`));
    if (key.type !== type) {
        throw new ssh_wire_SshSigError(`public key says ${ssh_wire_describe(type)} but its data is a ${key.type} key`);
    }
    return key;
}
/** Parses an SSH wire-format public key blob, caching the result per blob. */
function publicKeyFromBlob(blob) {
    const cacheKey = blob.toString('base64');
    const cached = publicKeyCache.get(cacheKey);
    if (cached)
        return cached;
    const ownedBlob = Buffer.from(blob); // callers may reuse their buffer
    const { type, key } = decodePublicKeyBlob(ownedBlob);
    const result = Object.freeze({
        type,
        blob: ownedBlob,
        text: `${type} ${cacheKey}`,
        fingerprint: sshFingerprint(ownedBlob),
        key,
    });
    if (publicKeyCache.size >= PUBLIC_KEY_CACHE_LIMIT) {
        publicKeyCache.delete(publicKeyCache.keys().next().value);
    }
    publicKeyCache.set(cacheKey, result);
    return result;
}
function decodePublicKeyBlob(blob) {
    const reader = new ssh_wire_SshReader(blob, 'public key');
    const type = reader.ascii('key type');
    const jwk = readPublicJwk(type, reader);
    reader.end();
    return { type, key: importKey(jwk, 'public', type) };
}
/** Reads the type-specific public fields that follow the key type in blobs and private keys. */
function readPublicJwk(type, reader) {
    if (type === ED25519) {
        const publicBytes = reader.string();
        if (publicBytes.length !== 32) {
            throw new ssh_wire_SshSigError(`ssh-ed25519 public key is ${publicBytes.length} bytes, expected 32`);
        }
        return { kty: 'OKP', crv: 'Ed25519', x: ssh_wire_base64url(publicBytes) };
    }
    const curve = ECDSA_CURVES[type];
    if (curve) {
        const curveName = reader.ascii('curve name');
        if (curveName !== curve.sshCurveName) {
            throw new ssh_wire_SshSigError(`${type} key names curve ${ssh_wire_describe(curveName)}, expected ${curve.sshCurveName}`);
        }
        const point = reader.string();
        // Only uncompressed points (0x04 || X || Y), like OpenSSH.
        if (point.length !== 1 + 2 * curve.fieldBytes || point[0] !== 0x04) {
            throw new ssh_wire_SshSigError(`${type} public point is not an uncompressed ${curve.sshCurveName} point`);
        }
        return {
            kty: 'EC',
            crv: curve.jwkCurve,
            x: ssh_wire_base64url(point.subarray(1, 1 + curve.fieldBytes)),
            y: ssh_wire_base64url(point.subarray(1 + curve.fieldBytes)),
        };
    }
    if (type === RSA) {
        const exponent = reader.mpint('RSA exponent');
        const modulus = reader.mpint('RSA modulus');
        checkRsaModulus(modulus);
        if (exponent.length === 0 || exponent.length > 8 || (exponent[exponent.length - 1] & 1) === 0) {
            throw new ssh_wire_SshSigError('RSA public exponent is not a small odd number');
        }
        return { kty: 'RSA', n: ssh_wire_base64url(modulus), e: ssh_wire_base64url(exponent) };
    }
    if (type.includes('-cert-')) {
        throw new ssh_wire_SshSigError(`SSH certificates (${type}) are not supported; use the plain public key`);
    }
    throw new ssh_wire_SshSigError(`unsupported SSH key type ${ssh_wire_describe(type)} (supported: ${SUPPORTED_KEY_TYPES.join(', ')})`);
}
function checkRsaModulus(modulus) {
    const bits = modulus.length === 0 ? 0 : (modulus.length - 1) * 8 + (32 - Math.clz32(modulus[0]));
    if (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS) {
        throw new ssh_wire_SshSigError(`RSA key is ${bits} bits; must be between ${RSA_MIN_BITS} and ${RSA_MAX_BITS}`);
    }
}
function importKey(jwk, kind, type) {
    try {
        return kind === 'public'
            ? external_node_crypto_default().createPublicKey({ key: jwk, format: 'jwk' })
            : external_node_crypto_default().createPrivateKey({ key: jwk, format: 'jwk' });
    }
    catch (error) {
        throw new ssh_wire_SshSigError(`invalid ${type} ${kind} key: ${error.message}`);
    }
}
// ---------------------------------------------------------------------------
// Signature blobs (string algorithm || string signature)
/** Verifies a raw SSH signature blob over `data`; throws SshSigError on any mismatch. */
function verifySignatureBlob(publicKey, signatureBlob, data) {
    const reader = new ssh_wire_SshReader(signatureBlob, 'signature blob');
    const algorithm = reader.ascii('signature algorithm');
    const signature = reader.string();
    reader.end();
    let valid;
    if (publicKey.type === ED25519) {
        expectAlgorithm(algorithm, ED25519, publicKey);
        if (signature.length !== 64)
            throw new ssh_wire_SshSigError(`ssh-ed25519 signature is ${signature.length} bytes, expected 64`);
        valid = external_node_crypto_default().verify(null, data, publicKey.key, signature);
    }
    else if (ECDSA_CURVES[publicKey.type]) {
        const curve = ECDSA_CURVES[publicKey.type];
        expectAlgorithm(algorithm, publicKey.type, publicKey);
        const p1363 = ecdsaSshToP1363(signature, curve);
        valid = external_node_crypto_default().verify(curve.hash, data, { key: publicKey.key, dsaEncoding: 'ieee-p1363' }, p1363);
    }
    else if (publicKey.type === RSA) {
        const hash = RSA_VERIFY_HASHES[algorithm];
        if (!hash) {
            throw new ssh_wire_SshSigError(algorithm === RSA
                ? 'RSA signature uses ssh-rsa (SHA-1), which is not accepted; sign with rsa-sha2-256 or rsa-sha2-512'
                : `RSA key cannot verify a ${ssh_wire_describe(algorithm)} signature`);
        }
        const modulusBytes = Math.ceil((publicKey.key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
        if (signature.length === 0 || signature.length > modulusBytes) {
            throw new ssh_wire_SshSigError(`RSA signature is ${signature.length} bytes, modulus is ${modulusBytes}`);
        }
        // OpenSSH accepts signatures with leading zero bytes stripped; OpenSSL wants the full width.
        valid = external_node_crypto_default().verify(hash, data, publicKey.key, ssh_wire_leftPad(signature, modulusBytes, 'RSA signature'));
    }
    else {
        throw new ssh_wire_SshSigError(`unsupported key type ${ssh_wire_describe(publicKey.type)}`);
    }
    if (!valid)
        throw new ssh_wire_SshSigError(`signature does not verify with ${publicKey.type} key ${publicKey.fingerprint}`);
}
function expectAlgorithm(algorithm, expected, publicKey) {
    if (algorithm !== expected) {
        throw new ssh_wire_SshSigError(`signature algorithm ${ssh_wire_describe(algorithm)} does not match ${publicKey.type} key ${publicKey.fingerprint}`);
    }
}
/** SSH encodes ECDSA signatures as mpint r || mpint s; OpenSSL's P1363 form is fixed-width r || s. */
function ecdsaSshToP1363(signature, curve) {
    const reader = new ssh_wire_SshReader(signature, 'ECDSA signature');
    const r = reader.mpint('r');
    const s = reader.mpint('s');
    reader.end();
    return Buffer.concat([ssh_wire_leftPad(r, curve.fieldBytes, 'ECDSA r'), ssh_wire_leftPad(s, curve.fieldBytes, 'ECDSA s')]);
}
function ecdsaP1363ToSsh(p1363, curve) {
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
function parsePrivateKey(pem) {
    const text = (typeof pem === 'string' ? pem : Buffer.isBuffer(pem) ? pem.toString('latin1') : '').trim();
    if (!text.startsWith(PRIVATE_KEY_BEGIN) || !text.endsWith(PRIVATE_KEY_END)) {
        if (text.startsWith('-----BEGIN ') && text.includes('PRIVATE KEY-----')) {
            throw new SshSigError('private key is in PEM/PKCS#8 format; only OpenSSH format is supported (convert with `ssh-keygen -p -f KEY`)');
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
        throw new SshSigError(`private key is passphrase-protected (${cipherName}); load it into ssh-agent with \`ssh-add KEY\` and sign through the agent instead`);
    }
    const keyCount = reader.uint32();
    if (keyCount !== 1)
        throw new SshSigError(`OpenSSH private key file holds ${keyCount} keys, expected 1`);
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
    return { publicKey, sign: (data) => signData(type, privateKey, data) };
}
function readPrivateKey(type, reader, publicKey) {
    let jwk;
    if (type === ED25519) {
        const publicJwk = readPublicJwk(type, reader);
        const secret = reader.string(); // seed || public key
        if (secret.length !== 64)
            throw new SshSigError(`ssh-ed25519 private key is ${secret.length} bytes, expected 64`);
        jwk = { ...publicJwk, d: base64url(secret.subarray(0, 32)) };
    }
    else if (ECDSA_CURVES[type]) {
        const curve = ECDSA_CURVES[type];
        const publicJwk = readPublicJwk(type, reader);
        const scalar = leftPad(reader.mpint('ECDSA private scalar'), curve.fieldBytes, 'ECDSA private scalar');
        jwk = { ...publicJwk, d: base64url(scalar) };
    }
    else if (type === RSA) {
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
    }
    else {
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
function checkPadding(padding) {
    padding.forEach((byte, index) => {
        if (byte !== index + 1)
            throw new SshSigError('OpenSSH private key has invalid padding');
    });
}
function toBigInt(magnitude) {
    return magnitude.length === 0 ? 0n : BigInt(`0x${magnitude.toString('hex')}`);
}
function fromBigInt(value) {
    const hex = value.toString(16);
    return Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex');
}
function signData(type, privateKey, data) {
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

;// CONCATENATED MODULE: ./src/core/allowed-signers.ts
/**
 * The `allowed_signers` format read by `ssh-keygen -Y verify` and git
 * (gpg.ssh.allowedSignersFile), see ssh-keygen(1) "ALLOWED SIGNERS":
 *
 *   principals [options] keytype base64 [comment]
 */


/** Key types OpenSSH may write here; anything else in the key position must be options. */
const KNOWN_KEY_TYPES = new Set([
    'ssh-ed25519',
    'ssh-rsa',
    'ssh-dss',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'sk-ssh-ed25519@openssh.com',
    'sk-ecdsa-sha2-nistp256@openssh.com',
    'ssh-xmss@openssh.com',
].flatMap((type) => [type, type.replace(/(@openssh\.com)?$/, '-cert-v01@openssh.com')]));
const allowed_signers_SUPPORTED_KEY_TYPES = new Set([
    'ssh-ed25519',
    'ssh-rsa',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
]);
class LineError extends Error {
}
function parseAllowedSigners(text, source = '.agents/checkers') {
    const signers = [];
    text.split(/\r?\n/).forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        try {
            signers.push(parseLine(line, source, index + 1));
        }
        catch (error) {
            const reason = error instanceof LineError || error instanceof ssh_wire_SshSigError ? error.message : String(error);
            throw new ssh_wire_SshSigError(`${source}:${index + 1}: ${reason}`);
        }
    });
    return signers;
}
function parseLine(line, source, lineNumber) {
    const cursor = { text: line, pos: 0 };
    const principals = readPrincipals(cursor);
    skipSpaces(cursor);
    if (cursor.pos >= line.length)
        throw new LineError('expected a key after the principals');
    const signer = {
        principals,
        certAuthority: false,
        keyText: '',
        publicKey: null,
        source,
        line: lineNumber,
    };
    if (!KNOWN_KEY_TYPES.has(peekWord(cursor))) {
        readOptions(cursor, signer);
        skipSpaces(cursor);
    }
    const keyType = readWord(cursor);
    skipSpaces(cursor);
    const encodedKey = readWord(cursor);
    if (keyType === '' || encodedKey === '')
        throw new LineError('expected "keytype base64" after the principals and options');
    if (!KNOWN_KEY_TYPES.has(keyType))
        throw new LineError(`unknown key type ${JSON.stringify(keyType)}`);
    signer.keyText = `${keyType} ${encodedKey}`;
    // The rest of the line is a free-form comment.
    if (allowed_signers_SUPPORTED_KEY_TYPES.has(keyType)) {
        signer.publicKey = parsePublicKey(signer.keyText);
    }
    else {
        checkForeignKey(keyType, encodedKey);
        signer.unusableReason = `key type ${keyType} is not supported`;
    }
    if (signer.certAuthority) {
        // Certificates are not supported, so a CA key can never vouch for a signature here.
        signer.unusableReason = 'cert-authority entries only apply to certificate signatures, which are not supported';
    }
    if (signer.validAfter && signer.validBefore && signer.validBefore <= signer.validAfter) {
        throw new LineError('"valid-before" time is not after "valid-after"');
    }
    return signer;
}
/** Still reject garbage in entries we cannot use, so typos surface immediately. */
function checkForeignKey(keyType, encodedKey) {
    const blob = Buffer.from(encodedKey, 'base64');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encodedKey) || blob.toString('base64') !== encodedKey || blob.length < 4) {
        throw new LineError(`${keyType} key is not valid base64`);
    }
    const nameLength = blob.readUInt32BE(0);
    if (blob.subarray(4, 4 + nameLength).toString('latin1') !== keyType) {
        throw new LineError(`key data does not match key type ${keyType}`);
    }
}
function skipSpaces(cursor) {
    while (cursor.pos < cursor.text.length && /[ \t]/.test(cursor.text[cursor.pos]))
        cursor.pos++;
}
function peekWord(cursor) {
    const match = /^[^ \t]*/.exec(cursor.text.slice(cursor.pos));
    return match ? match[0] : '';
}
function readWord(cursor) {
    const word = peekWord(cursor);
    cursor.pos += word.length;
    return word;
}
/** The principals field may be double-quoted (to contain spaces), like OpenSSH's strdelimw. */
function readPrincipals(cursor) {
    if (cursor.text[cursor.pos] === '"') {
        const close = cursor.text.indexOf('"', cursor.pos + 1);
        if (close < 0)
            throw new LineError('unterminated quoted principals');
        const principals = cursor.text.slice(cursor.pos + 1, close);
        cursor.pos = close + 1;
        if (principals === '')
            throw new LineError('empty principals');
        return principals;
    }
    return readWord(cursor);
}
/** Parses `opt[,opt...]` following OpenSSH's sshsigopt_parse (option names are case-insensitive). */
function readOptions(cursor, signer) {
    const seen = new Set();
    for (;;) {
        const rest = cursor.text.slice(cursor.pos);
        const name = /^[A-Za-z-]+/.exec(rest)?.[0].toLowerCase() ?? '';
        if (name === 'cert-authority' && !rest.startsWith('=', name.length)) {
            cursor.pos += name.length;
            signer.certAuthority = true;
        }
        else if ((name === 'namespaces' || name === 'valid-after' || name === 'valid-before') &&
            rest[name.length] === '=') {
            if (seen.has(name))
                throw new LineError(`multiple "${name}" options`);
            seen.add(name);
            cursor.pos += name.length + 1;
            const value = readQuoted(cursor, name);
            if (name === 'namespaces')
                signer.namespaces = value;
            else if (name === 'valid-after')
                signer.validAfter = parseTimestamp(value, name);
            else
                signer.validBefore = parseTimestamp(value, name);
        }
        else {
            const found = JSON.stringify(peekWord(cursor).split(/[,=]/)[0]);
            throw new LineError(seen.size === 0 && !signer.certAuthority ? `unknown option or key type ${found}` : `unknown option ${found}`);
        }
        const next = cursor.text[cursor.pos];
        if (next === undefined || next === ' ' || next === '\t')
            return;
        if (next !== ',')
            throw new LineError(`unexpected ${JSON.stringify(next)} after option "${name}"`);
        cursor.pos++;
    }
}
/** A double-quoted option value; `\"` escapes a quote, as in OpenSSH's opt_dequote. */
function readQuoted(cursor, option) {
    if (cursor.text[cursor.pos] !== '"')
        throw new LineError(`option "${option}" value must be double-quoted`);
    let value = '';
    for (let i = cursor.pos + 1; i < cursor.text.length; i++) {
        const char = cursor.text[i];
        if (char === '\\' && cursor.text[i + 1] === '"') {
            value += '"';
            i++;
        }
        else if (char === '"') {
            cursor.pos = i + 1;
            return value;
        }
        else {
            value += char;
        }
    }
    throw new LineError(`option "${option}" has an unterminated quoted value`);
}
/** YYYYMMDD[HHMM[SS]][Z]: local time, or UTC with a Z suffix, like ssh-keygen. */
function parseTimestamp(value, option) {
    const match = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?([Zz])?$/.exec(value);
    if (!match)
        throw new LineError(`option "${option}" has invalid time ${JSON.stringify(value)} (expected YYYYMMDD[HHMM[SS]][Z])`);
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
    const utc = match[7] !== undefined;
    const date = utc
        ? new Date(Date.UTC(year, month - 1, day, hour, minute, second))
        : new Date(year, month - 1, day, hour, minute, second);
    // Date rolls 20240231 over into March; refuse instead of guessing.
    const fields = utc
        ? [
            date.getUTCFullYear(),
            date.getUTCMonth() + 1,
            date.getUTCDate(),
            date.getUTCHours(),
            date.getUTCMinutes(),
            date.getUTCSeconds(),
        ]
        : [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
    if (fields.join() !== [year, month, day, hour, minute, second].join()) {
        throw new LineError(`option "${option}" has invalid time ${JSON.stringify(value)}`);
    }
    return date;
}
/**
 * Whether `key` may sign for `principal` in `namespace` at time `at`.
 * Unlike ssh-keygen, email principals match case-insensitively: git
 * identities differ in case far more often than they differ in owner.
 */
function isKeyAllowed(signers, principal, key, namespace, at = new Date()) {
    const ignoreCase = principal.includes('@');
    const atSeconds = Math.floor(at.getTime() / 1000); // OpenSSH compares whole seconds
    return signers.some((signer) => signer.publicKey !== null &&
        signer.unusableReason === undefined &&
        signer.publicKey.blob.equals(key.blob) &&
        matchPatternList(principal, signer.principals, ignoreCase) &&
        (signer.namespaces === undefined || matchPatternList(namespace, signer.namespaces, false)) &&
        (signer.validAfter === undefined || atSeconds >= Math.floor(signer.validAfter.getTime() / 1000)) &&
        (signer.validBefore === undefined || atSeconds <= Math.floor(signer.validBefore.getTime() / 1000)));
}
/**
 * OpenSSH's match_pattern_list: comma-separated patterns, `!` negates, and any
 * matching negated pattern rejects outright even if a positive one matched.
 */
function matchPatternList(value, patternList, ignoreCase) {
    const subject = ignoreCase ? value.toLowerCase() : value;
    let matched = false;
    for (const entry of patternList.split(',')) {
        const negated = entry.startsWith('!');
        const pattern = negated ? entry.slice(1) : entry;
        if (!matchPattern(subject, ignoreCase ? pattern.toLowerCase() : pattern))
            continue;
        if (negated)
            return false;
        matched = true;
    }
    return matched;
}
/** Glob with `*` (any run) and `?` (one character); linear backtracking, no regex. */
function matchPattern(value, pattern) {
    let v = 0;
    let p = 0;
    let starP = -1;
    let starV = 0;
    while (v < value.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
            v++;
            p++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            starP = p++;
            starV = v;
        }
        else if (starP >= 0) {
            p = starP + 1;
            v = ++starV;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
// EXTERNAL MODULE: ./src/core/record.ts + 1 modules
var core_record = __webpack_require__(647);
;// CONCATENATED MODULE: ./src/core/sshsig.ts
/**
 * SSH signatures in the SSHSIG format produced by `ssh-keygen -Y sign`
 * (PROTOCOL.sshsig in the OpenSSH sources): the envelope, its armor, and the bytes a key
 * signs; verification never shells out. The keys are in ssh-keys.ts; signing through
 * ssh-agent (a socket) is repo/ssh-agent.ts.
 */



/** Armored signatures larger than this are rejected before any parsing. */
const MAX_ARMORED_SIGNATURE_BYTES = 64 * 1024;
const SSHSIG_MAGIC = Buffer.from('SSHSIG');
const SSHSIG_VERSION = 1;
const SIGNING_HASH = 'sha512';
const VERIFIABLE_HASHES = new Set(['sha256', 'sha512']);
const ARMOR_BEGIN = '-----BEGIN SSH SIGNATURE-----';
const ARMOR_END = '-----END SSH SIGNATURE-----';
const ARMOR_LINE_LENGTH = 70; // what ssh-keygen emits
function toBytes(message) {
    if (typeof message === 'string')
        return Buffer.from(message, 'utf8');
    if (Buffer.isBuffer(message))
        return message;
    throw new ssh_wire_SshSigError('message must be a string or Buffer');
}
function checkNamespace(namespace) {
    if (typeof namespace !== 'string' || namespace === '') {
        throw new ssh_wire_SshSigError('signature namespace must be a non-empty string');
    }
}
/** The bytes actually signed: MAGIC || string(namespace) || string(reserved) || string(hash) || string(H(message)). */
function dataToSign(message, namespace, hashAlgorithm) {
    const digest = external_node_crypto_default().createHash(hashAlgorithm).update(message).digest();
    return Buffer.concat([
        SSHSIG_MAGIC,
        ssh_wire_sshString(namespace),
        ssh_wire_sshString(Buffer.alloc(0)),
        ssh_wire_sshString(hashAlgorithm),
        ssh_wire_sshString(digest),
    ]);
}
/** The armored SSHSIG of a raw signature blob over `signedData`, in ssh-keygen's form. */
function armorSignature(publicKey, namespace, signatureBlob) {
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
    const lines = [];
    for (let i = 0; i < encoded.length; i += ARMOR_LINE_LENGTH)
        lines.push(encoded.slice(i, i + ARMOR_LINE_LENGTH));
    return `${ARMOR_BEGIN}\n${lines.join('\n')}\n${ARMOR_END}\n`;
}
/** The bytes a key signs for `message` in `namespace` (with the hash signers use). */
function signedData(message, namespace) {
    checkNamespace(namespace);
    return dataToSign(toBytes(message), namespace, SIGNING_HASH);
}
/** Signs `message` in `namespace`; returns armored text identical in form to `ssh-keygen -Y sign`. */
function signMessage(message, namespace, signer) {
    return armorSignature(signer.publicKey, namespace, signer.sign(signedData(message, namespace)));
}
function dearmor(armored) {
    const text = armored.trim();
    if (!text.startsWith(ARMOR_BEGIN))
        throw new ssh_wire_SshSigError(`signature does not start with ${ARMOR_BEGIN}`);
    if (!text.endsWith(ARMOR_END))
        throw new ssh_wire_SshSigError(`signature does not end with ${ARMOR_END}`);
    const body = text.slice(ARMOR_BEGIN.length, text.length - ARMOR_END.length);
    // Separate simple checks: a single regex with overlapping newline classes backtracks quadratically.
    if (!/^[A-Za-z0-9+/=\r\n]*$/.test(body)) {
        throw new ssh_wire_SshSigError('signature armor contains characters other than base64 lines');
    }
    if (!/^[\r\n]/.test(body) || !/[\r\n]$/.test(body)) {
        throw new ssh_wire_SshSigError('signature armor markers must be on their own lines');
    }
    return ssh_wire_decodeStrictBase64(body.replace(/[\r\n]/g, ''), 'signature armor');
}
function parseEnvelope(envelope) {
    const reader = new ssh_wire_SshReader(envelope, 'SSH signature');
    if (!reader.bytes(SSHSIG_MAGIC.length).equals(SSHSIG_MAGIC)) {
        throw new ssh_wire_SshSigError('SSH signature does not start with the SSHSIG magic');
    }
    const version = reader.uint32();
    if (version !== SSHSIG_VERSION)
        throw new ssh_wire_SshSigError(`unsupported SSH signature version ${version} (expected 1)`);
    const publicKeyBlob = reader.string();
    const namespace = reader.ascii('namespace');
    // Signers never fill the reserved field and OpenSSH does not sign it, so anything here is tampering.
    if (reader.string().length !== 0)
        throw new ssh_wire_SshSigError('SSH signature reserved field is not empty');
    const hashAlgorithm = reader.ascii('hash algorithm');
    const signatureBlob = reader.string();
    reader.end();
    if (!VERIFIABLE_HASHES.has(hashAlgorithm)) {
        throw new ssh_wire_SshSigError(`unsupported signature hash algorithm ${ssh_wire_describe(hashAlgorithm)} (expected sha256 or sha512)`);
    }
    return { publicKey: publicKeyFromBlob(publicKeyBlob), namespace, hashAlgorithm, signatureBlob };
}
/**
 * Verifies an armored SSH signature over `message` in `namespace`, returning
 * the signing key. It proves only that this key signed: checking the key
 * against allowed signers is the caller's job. Throws SshSigError on any failure.
 */
function verifySignature(armored, message, namespace) {
    if (typeof armored !== 'string')
        throw new ssh_wire_SshSigError('signature must be a string');
    if (armored.length > MAX_ARMORED_SIGNATURE_BYTES ||
        Buffer.byteLength(armored, 'utf8') > MAX_ARMORED_SIGNATURE_BYTES) {
        throw new ssh_wire_SshSigError(`signature is larger than ${MAX_ARMORED_SIGNATURE_BYTES} bytes`);
    }
    checkNamespace(namespace);
    const messageBytes = toBytes(message);
    try {
        const parsed = parseEnvelope(dearmor(armored));
        if (parsed.namespace !== namespace) {
            throw new ssh_wire_SshSigError(`signature namespace ${ssh_wire_describe(parsed.namespace)} does not match expected ${ssh_wire_describe(namespace)}`);
        }
        verifySignatureBlob(parsed.publicKey, parsed.signatureBlob, dataToSign(messageBytes, namespace, parsed.hashAlgorithm));
        return { publicKey: parsed.publicKey };
    }
    catch (error) {
        if (error instanceof ssh_wire_SshSigError)
            throw error;
        // node:crypto can still reject odd inputs (e.g. an invalid curve point); keep the error type uniform.
        throw new ssh_wire_SshSigError(`signature is invalid: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/core/signatures.ts
/**
 * Signed verdicts: what a record's signature means and when it counts (docs/signing.md).
 *
 * A record's `signature` is an SSHSIG signature (as `ssh-keygen -Y sign -n agentops-verdict`
 * makes) over the UTF-8 bytes of its `id` string, e.g. "sha256:4f1c...", with no newline.
 * Under `requireSignature: true` a passing verdict counts only when that signature verifies
 * and `.agents/checkers` (allowed_signers format, read at the policy's commit) trusts the
 * signing key for the record's `checker.id`.
 */





const SIGNATURE_NAMESPACE = 'agentops-verdict';

const MAX_CHECKERS_BYTES = 1024 * 1024;
/** Verified (id, signature) pairs: a record is checked once per process however often it is consulted. */
const verifiedCache = new Map();
const VERIFIED_CACHE_LIMIT = 50_000;
/** Verifies a record's signature over its id, in-process. Undefined when the record is unsigned. */
function verifyRecordSignature(record) {
    const signature = record.signature;
    if (!signature)
        return undefined;
    const cacheKey = `${record.id}\n${signature.signature}`;
    const cached = verifiedCache.get(cacheKey);
    if (cached)
        return cached;
    let result;
    if (signature.format !== 'sshsig' || signature.namespace !== SIGNATURE_NAMESPACE) {
        result = {
            ok: false,
            reason: `signature format ${signature.format}/${signature.namespace} is not sshsig/${SIGNATURE_NAMESPACE}`,
        };
    }
    else {
        try {
            result = { ok: true, publicKey: verifySignature(signature.signature, record.id, SIGNATURE_NAMESPACE).publicKey };
        }
        catch (error) {
            if (!(error instanceof ssh_wire_SshSigError))
                throw error;
            result = { ok: false, reason: error.message };
        }
    }
    if (verifiedCache.size >= VERIFIED_CACHE_LIMIT)
        verifiedCache.clear();
    verifiedCache.set(cacheKey, result);
    return result;
}
/** Every present signature in `records` that does not verify, as ledger problems (signatures are optional). */
function signatureProblems(records) {
    const problems = [];
    for (const record of records) {
        if (record.type !== 'verdict')
            continue;
        const result = verifyRecordSignature(record);
        if (!result || result.ok)
            continue;
        const path = (0,core_record/* recordPath */.lX)(record.seq, record.id);
        problems.push({
            code: 'bad-signature',
            message: `${path}: the signature of record ${(0,core_record/* shortId */.m_)(record.id)} (checker ${record.checker.id}) does not verify over its id: ${result.reason}`,
            path,
            recordId: (0,core_record/* shortId */.m_)(record.id),
            fix: `a signature cannot be repaired: if the record is not committed yet, delete ${path} and record the verdict again, signed with a key .agents/checkers trusts (docs/signing.md); if it is, restore the ledger from the base branch`,
        });
    }
    return problems;
}
/**
 * Parses `.agents/checkers` for a policy that requires signatures. Missing or invalid is an
 * error: no verdict could ever count, so say so once instead of refusing every change.
 */
function parseCheckers(bytes, rev) {
    const where = `${core_record/* CHECKERS_PATH */.Pn} at ${rev.slice(0, 7)}`;
    const fix = `list each checker's public key in ${core_record/* CHECKERS_PATH */.Pn} (allowed_signers format, see docs/signing.md), e.g. ` +
        `\`ao checkers add CHECKER-ID ~/.ssh/id_ed25519.pub\`, and land it in the same reviewed change that sets ` +
        `"requireSignature": true in .agents/policy.json (the base's file is the one that counts)`;
    if (!bytes) {
        throw new errors/* AoError */.V(`.agents/policy.json at ${rev.slice(0, 7)} sets "requireSignature": true, but ${core_record/* CHECKERS_PATH */.Pn} does not exist there, so no verdict can count`, { fix });
    }
    if (bytes.length > MAX_CHECKERS_BYTES)
        throw new errors/* AoError */.V(`${where} is ${bytes.length} bytes; the limit is ${MAX_CHECKERS_BYTES}`, { fix });
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* AoError */.V(`${where} is not valid UTF-8`, { fix });
    }
    try {
        return { signers: parseAllowedSigners(text, where), where };
    }
    catch (error) {
        if (error instanceof ssh_wire_SshSigError)
            throw new errors/* AoError */.V(`${error.message}`, {
                fix: `correct that line of ${core_record/* CHECKERS_PATH */.Pn} (format: docs/signing.md) through a reviewed change`,
            });
        throw error;
    }
}
/** The signature rule for `decideChange` under `requireSignature: true`. */
function makeSignatureCheck(checkers) {
    return (record) => {
        const checker = record.checker.id;
        const result = verifyRecordSignature(record);
        if (!result)
            return `it is unsigned, and the policy requires a signature by a key that ${checkers.where} trusts for ${checker}`;
        if (!result.ok)
            return `its signature does not verify over the record id (${result.reason})`;
        const key = result.publicKey;
        const at = new Date(record.createdAt);
        if (isKeyAllowed(checkers.signers, checker, key, SIGNATURE_NAMESPACE, at))
            return undefined;
        return (`it is signed by key ${key.fingerprint} (${key.type}), which ${checkers.where} does not trust for ${checker}` +
            `${whyNotTrusted(checkers.signers, checker, key, record.createdAt)}; sign with a key listed there for ${checker}, ` +
            `or add this one through a reviewed change (\`ao checkers add ${checker} KEY.pub\`)`);
    };
}
/** A hint on the nearest miss, so "not trusted" is actionable. */
function whyNotTrusted(signers, principal, key, createdAt) {
    const sameKey = signers.filter((s) => s.publicKey?.blob.equals(key.blob));
    if (sameKey.length === 0)
        return '';
    const forPrincipal = sameKey.filter((s) => matchPatternList(principal, s.principals, principal.includes('@')));
    if (forPrincipal.length === 0)
        return ` (it is listed only for ${sameKey.map((s) => s.principals).join(', ')})`;
    const entry = forPrincipal[0];
    if (entry.unusableReason)
        return ` (line ${entry.line}: ${entry.unusableReason})`;
    if (entry.namespaces !== undefined && !matchPatternList(SIGNATURE_NAMESPACE, entry.namespaces, false)) {
        return ` (line ${entry.line} limits it to namespaces "${entry.namespaces}")`;
    }
    return ` (line ${entry.line}'s valid-after/valid-before exclude the record's createdAt ${createdAt})`;
}


/***/ })

};
;