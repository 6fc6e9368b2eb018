import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePrivateKey, parsePublicKey, type SshSigner } from '../src/core/ssh-keys.js';
import { MAX_ARMORED_SIGNATURE_BYTES, signMessage, verifySignature } from '../src/core/sshsig.js';
import { SshSigError } from '../src/core/ssh-wire.js';
import { signWithAgent } from '../src/repo/ssh-agent.js';
import { isKeyAllowed, matchPatternList, parseAllowedSigners } from '../src/core/allowed-signers.js';
import {
  generateKey,
  makeTempDir,
  SSH_KEYGEN,
  sshKeygenCheckNoValidate,
  sshKeygenFingerprint,
  sshKeygenSign,
  sshKeygenVerify,
  startAgent,
  type Agent,
  type GeneratedKey,
  type TempDir,
} from './helpers/ssh.js';

const NAMESPACE = 'agentops-verdict';
const PRINCIPAL = 'checker@example.test';
const MESSAGE = Buffer.from('verdict: pass\nchain: 4f1c...\n\u00e9\u0000binary tail\n', 'utf8');

const KEY_SPECS = [
  { name: 'ed25519', type: 'ed25519', bits: undefined },
  { name: 'ecdsa256', type: 'ecdsa', bits: 256 },
  { name: 'ecdsa384', type: 'ecdsa', bits: 384 },
  { name: 'ecdsa521', type: 'ecdsa', bits: 521 },
  { name: 'rsa', type: 'rsa', bits: 3072 },
] as const;

let dir: TempDir;
const keys = new Map<string, GeneratedKey>();
let otherKey: GeneratedKey;

beforeAll(() => {
  dir = makeTempDir();
  for (const spec of KEY_SPECS) keys.set(spec.name, generateKey(dir, spec.name, spec.type, spec.bits));
  otherKey = generateKey(dir, 'other', 'ed25519');
});

afterAll(() => dir?.remove());

function key(name: string): GeneratedKey {
  return keys.get(name)!;
}

function writeAllowedSigners(publicText: string, options = `namespaces="${NAMESPACE}"`): string {
  const file = dir.file(`allowed_signers_${crypto.randomUUID()}`);
  writeFileSync(file, `${PRINCIPAL} ${options} ${publicText}\n`);
  return file;
}

function writeSignature(armored: string): string {
  const file = dir.file(`sig_${crypto.randomUUID()}`);
  writeFileSync(file, armored);
  return file;
}

function expectSshSigError(run: () => unknown, message?: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected an SshSigError').toBeInstanceOf(SshSigError);
  if (message) expect((thrown as Error).message).toMatch(message);
}

// --- minimal SSH wire helpers for building hostile envelopes -------------------

function wireString(value: Buffer | string): Buffer {
  const bytes = Buffer.from(value);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

function readWireStrings(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let offset = 0; offset < buf.length; ) {
    const length = buf.readUInt32BE(offset);
    out.push(buf.subarray(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  return out;
}

interface Envelope {
  magic: Buffer;
  version: number;
  publicKey: Buffer;
  namespace: Buffer;
  reserved: Buffer;
  hashAlgorithm: Buffer;
  signature: Buffer;
}

function armorBytes(bytes: Buffer): string {
  const lines = bytes.toString('base64').match(/.{1,70}/g) ?? [];
  return `-----BEGIN SSH SIGNATURE-----\n${lines.join('\n')}\n-----END SSH SIGNATURE-----\n`;
}

function dearmorBytes(armored: string): Buffer {
  return Buffer.from(armored.replace(/-----[A-Z ]+-----/g, '').replace(/\s/g, ''), 'base64');
}

function decodeEnvelope(armored: string): Envelope {
  const bytes = dearmorBytes(armored);
  const [publicKey, namespace, reserved, hashAlgorithm, signature] = readWireStrings(bytes.subarray(10));
  return {
    magic: bytes.subarray(0, 6),
    version: bytes.readUInt32BE(6),
    publicKey: publicKey!,
    namespace: namespace!,
    reserved: reserved!,
    hashAlgorithm: hashAlgorithm!,
    signature: signature!,
  };
}

function encodeEnvelope(envelope: Envelope): string {
  const version = Buffer.alloc(4);
  version.writeUInt32BE(envelope.version);
  return armorBytes(
    Buffer.concat([
      envelope.magic,
      version,
      wireString(envelope.publicKey),
      wireString(envelope.namespace),
      wireString(envelope.reserved),
      wireString(envelope.hashAlgorithm),
      wireString(envelope.signature),
    ]),
  );
}

/** The exact bytes SSHSIG signs, for building signatures with unusual parameters. */
function sshsigSignedData(message: Buffer, namespace: string, hashAlgorithm: string): Buffer {
  return Buffer.concat([
    Buffer.from('SSHSIG'),
    wireString(namespace),
    wireString(''),
    wireString(hashAlgorithm),
    wireString(crypto.createHash(hashAlgorithm).update(message).digest()),
  ]);
}

// ------------------------------------------------------------------------------

describe.each(KEY_SPECS)('$name keys interoperate with ssh-keygen', ({ name }) => {
  it('parses the public key with the same fingerprint as ssh-keygen -l', () => {
    const generated = key(name);
    const parsed = parsePublicKey(generated.publicText);
    expect(parsed.fingerprint).toBe(sshKeygenFingerprint(generated.publicPath));
    expect(parsed.text).toBe(generated.publicText.split(' ').slice(0, 2).join(' '));
    expect(parsed.type).toBe(generated.publicText.split(' ')[0]);
  });

  it('parses the private key and matches its .pub file', () => {
    const signer = parsePrivateKey(key(name).privateText);
    expect(signer.publicKey.text).toBe(parsePublicKey(key(name).publicText).text);
    expect(parsePrivateKey(Buffer.from(key(name).privateText)).publicKey.fingerprint).toBe(
      signer.publicKey.fingerprint,
    );
  });

  it('verifies a signature made by ssh-keygen -Y sign', () => {
    const armored = sshKeygenSign(key(name).privatePath, NAMESPACE, MESSAGE);
    const { publicKey } = verifySignature(armored, MESSAGE, NAMESPACE);
    expect(publicKey.text).toBe(parsePublicKey(key(name).publicText).text);
  });

  it('verifies an ssh-keygen signature using sha256 (-O hashalg=sha256)', () => {
    const armored = execFileSync(
      SSH_KEYGEN,
      ['-Y', 'sign', '-n', NAMESPACE, '-O', 'hashalg=sha256', '-f', key(name).privatePath],
      { input: MESSAGE, stdio: ['pipe', 'pipe', 'pipe'] },
    ).toString();
    expect(decodeEnvelope(armored).hashAlgorithm.toString()).toBe('sha256');
    expect(verifySignature(armored, MESSAGE, NAMESPACE).publicKey.type).toBe(parsePublicKey(key(name).publicText).type);
  });

  it('produces signatures that ssh-keygen -Y verify and check-novalidate accept', () => {
    const armored = signMessage(MESSAGE, NAMESPACE, parsePrivateKey(key(name).privateText));
    const sigPath = writeSignature(armored);
    const verified = sshKeygenVerify(writeAllowedSigners(key(name).publicText), PRINCIPAL, NAMESPACE, sigPath, MESSAGE);
    expect(verified.output).toContain('Good "agentops-verdict" signature');
    expect(verified.status).toBe(0);
    expect(sshKeygenCheckNoValidate(NAMESPACE, sigPath, MESSAGE).status).toBe(0);
    // and the negative through ssh-keygen too, so the positive is meaningful
    expect(
      sshKeygenVerify(writeAllowedSigners(key(name).publicText), PRINCIPAL, NAMESPACE, sigPath, 'other').status,
    ).not.toBe(0);
  });

  it('rejects a wrong namespace and a tampered message', () => {
    const armored = sshKeygenSign(key(name).privatePath, NAMESPACE, MESSAGE);
    expectSshSigError(
      () => verifySignature(armored, MESSAGE, 'git'),
      /namespace "agentops-verdict" does not match expected "git"/,
    );
    const tampered = Buffer.from(MESSAGE);
    tampered[0]! ^= 1;
    expectSshSigError(() => verifySignature(armored, tampered, NAMESPACE), /does not verify/);
  });
});

describe('exact output compatibility', () => {
  // Ed25519 and RSA PKCS#1 v1.5 are deterministic, so our armor must match ssh-keygen byte for byte.
  it.each(['ed25519', 'rsa'])('%s signature is identical to ssh-keygen -Y sign', (name) => {
    const ours = signMessage(MESSAGE, NAMESPACE, parsePrivateKey(key(name).privateText));
    expect(ours).toBe(sshKeygenSign(key(name).privatePath, NAMESPACE, MESSAGE));
  });

  it('accepts string messages as UTF-8', () => {
    const text = 'h\u00e9llo \u{1f600}';
    const armored = sshKeygenSign(key('ed25519').privatePath, NAMESPACE, Buffer.from(text, 'utf8'));
    expect(() => verifySignature(armored, text, NAMESPACE)).not.toThrow();
  });

  it('round-trips many ECDSA signatures (exercises mpint r/s padding)', () => {
    for (const name of ['ecdsa256', 'ecdsa384', 'ecdsa521']) {
      const signer = parsePrivateKey(key(name).privateText);
      let shortComponents = 0;
      for (let i = 0; i < 150; i++) {
        const message = `message ${i}`;
        const armored = signMessage(message, NAMESPACE, signer);
        const [, ecdsaSignature] = readWireStrings(decodeEnvelope(armored).signature);
        const [r, s] = readWireStrings(ecdsaSignature!);
        if (r!.length !== s!.length) shortComponents++;
        expect(verifySignature(armored, message, NAMESPACE).publicKey.type).toBe(signer.publicKey.type);
      }
      // ~half of all r/s have the high bit set (extra 0x00), so lengths must differ sometimes.
      expect(shortComponents).toBeGreaterThan(0);
    }
  });
});

describe('verifySignature rejects bad signatures', () => {
  let signer: SshSigner;
  let armored: string;

  beforeAll(() => {
    signer = parsePrivateKey(key('ed25519').privateText);
    armored = signMessage(MESSAGE, NAMESPACE, signer);
  });

  it('rejects a flipped byte in the signature', () => {
    const envelope = decodeEnvelope(armored);
    const signature = Buffer.from(envelope.signature);
    signature[signature.length - 5]! ^= 0x01;
    expectSshSigError(
      () => verifySignature(encodeEnvelope({ ...envelope, signature }), MESSAGE, NAMESPACE),
      /does not verify/,
    );
  });

  it('rejects every single-byte corruption of the envelope with an SshSigError', () => {
    const bytes = dearmorBytes(armored);
    for (let i = 0; i < bytes.length; i++) {
      const corrupted = Buffer.from(bytes);
      corrupted[i]! ^= 0x40;
      expectSshSigError(() => verifySignature(armorBytes(corrupted), MESSAGE, NAMESPACE));
    }
  });

  it('rejects a signature from another key presented as this key', () => {
    const other = parsePrivateKey(readFileSync(otherKey.privatePath, 'utf8'));
    const otherArmored = signMessage(MESSAGE, NAMESPACE, other);
    // Swap in the first key's public key, keep the other key's signature.
    const forged = encodeEnvelope({ ...decodeEnvelope(otherArmored), publicKey: signer.publicKey.blob });
    expectSshSigError(() => verifySignature(forged, MESSAGE, NAMESPACE), /does not verify/);
    // Unmodified, it verifies, but as the other key: the caller's allowed-signers check must catch it.
    expect(verifySignature(otherArmored, MESSAGE, NAMESPACE).publicKey.fingerprint).toBe(other.publicKey.fingerprint);
    expect(verifySignature(otherArmored, MESSAGE, NAMESPACE).publicKey.fingerprint).not.toBe(
      signer.publicKey.fingerprint,
    );
  });

  it('rejects garbage armor', () => {
    expectSshSigError(() => verifySignature('', MESSAGE, NAMESPACE), /does not start with/);
    expectSshSigError(() => verifySignature('hello world', MESSAGE, NAMESPACE), /does not start with/);
    expectSshSigError(
      () => verifySignature(armored.replace('END SSH SIGNATURE', 'END PGP SIGNATURE'), MESSAGE, NAMESPACE),
      /does not end with/,
    );
    expectSshSigError(
      () => verifySignature(armored.replace(/\n(.)/, '\n$1!'), MESSAGE, NAMESPACE),
      /characters other than base64/,
    );
    expectSshSigError(() => verifySignature(`junk\n${armored}`, MESSAGE, NAMESPACE));
    expectSshSigError(() => verifySignature(`${armored}junk`, MESSAGE, NAMESPACE));
    expectSshSigError(() => verifySignature(armorBytes(Buffer.alloc(0)), MESSAGE, NAMESPACE));
    // Two signatures glued together must not verify as the first one.
    expectSshSigError(() => verifySignature(armored + armored, MESSAGE, NAMESPACE));
  });

  it('accepts CRLF line endings and surrounding whitespace', () => {
    expect(() => verifySignature(`\n  ${armored.replace(/\n/g, '\r\n')}  \n`, MESSAGE, NAMESPACE)).not.toThrow();
  });

  it('rejects a truncated blob at every length', () => {
    const bytes = dearmorBytes(armored);
    for (let length = 0; length < bytes.length; length++) {
      expectSshSigError(() => verifySignature(armorBytes(bytes.subarray(0, length)), MESSAGE, NAMESPACE));
    }
  });

  it('rejects trailing bytes after the envelope', () => {
    const padded = armorBytes(Buffer.concat([dearmorBytes(armored), Buffer.from([0, 0, 0, 0])]));
    expectSshSigError(() => verifySignature(padded, MESSAGE, NAMESPACE), /trailing bytes/);
  });

  it('rejects huge input before parsing it', () => {
    const huge = `${armored}${' '.repeat(MAX_ARMORED_SIGNATURE_BYTES)}`;
    expectSshSigError(() => verifySignature(huge, MESSAGE, NAMESPACE), /larger than 65536 bytes/);
    const started = performance.now();
    expectSshSigError(() => verifySignature('A'.repeat(50 * 1024 * 1024), MESSAGE, NAMESPACE), /larger than/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('rejects pathological armor within the size limit quickly (no regex backtracking)', () => {
    const bodies = ['\n'.repeat(60_000) + '!', 'A\n'.repeat(30_000) + '!', '\r\n'.repeat(30_000), '='.repeat(60_000)];
    for (const body of bodies) {
      const started = performance.now();
      expectSshSigError(() =>
        verifySignature(`-----BEGIN SSH SIGNATURE-----${body}-----END SSH SIGNATURE-----`, MESSAGE, NAMESPACE),
      );
      expect(performance.now() - started).toBeLessThan(200);
    }
  });

  it('rejects wrong magic, version, reserved data and hash algorithm', () => {
    const envelope = decodeEnvelope(armored);
    const verify = (changes: Partial<Envelope>) => () =>
      verifySignature(encodeEnvelope({ ...envelope, ...changes }), MESSAGE, NAMESPACE);
    expect(verify({})).not.toThrow();
    expectSshSigError(verify({ magic: Buffer.from('SSHSIH') }), /magic/);
    expectSshSigError(verify({ version: 2 }), /version 2/);
    expectSshSigError(verify({ reserved: Buffer.from('x') }), /reserved/);
    expectSshSigError(verify({ hashAlgorithm: Buffer.from('sha1') }), /unsupported signature hash algorithm "sha1"/);
    expectSshSigError(verify({ hashAlgorithm: Buffer.from('md5') }), /hash algorithm/);
    expectSshSigError(verify({ namespace: Buffer.from('git') }), /namespace/);
  });

  it('rejects a signature whose algorithm does not match the key', () => {
    const envelope = decodeEnvelope(armored);
    const [, raw] = readWireStrings(envelope.signature);
    const relabelled = Buffer.concat([wireString('ecdsa-sha2-nistp256'), wireString(raw!)]);
    expectSshSigError(
      () => verifySignature(encodeEnvelope({ ...envelope, signature: relabelled }), MESSAGE, NAMESPACE),
      /does not match/,
    );
  });

  it('rejects RSA signatures made with ssh-rsa (SHA-1) but accepts rsa-sha2-256', () => {
    const rsa = key('rsa');
    // node:crypto cannot read OpenSSH keys, so export a PEM copy with ssh-keygen.
    const pemPath = dir.file('rsa-pem');
    copyFileSync(rsa.privatePath, pemPath);
    execFileSync(SSH_KEYGEN, ['-p', '-q', '-m', 'PEM', '-N', '', '-P', '', '-f', pemPath], { stdio: 'pipe' });
    const privateKey = crypto.createPrivateKey(readFileSync(pemPath));
    const base = decodeEnvelope(signMessage(MESSAGE, NAMESPACE, parsePrivateKey(rsa.privateText)));
    const envelopeFor = (algorithm: string, hash: string) =>
      encodeEnvelope({
        ...base,
        hashAlgorithm: Buffer.from('sha512'),
        signature: Buffer.concat([
          wireString(algorithm),
          wireString(crypto.sign(hash, sshsigSignedData(MESSAGE, NAMESPACE, 'sha512'), privateKey)),
        ]),
      });
    expectSshSigError(() => verifySignature(envelopeFor('ssh-rsa', 'sha1'), MESSAGE, NAMESPACE), /SHA-1/);
    expect(() => verifySignature(envelopeFor('rsa-sha2-256', 'sha256'), MESSAGE, NAMESPACE)).not.toThrow();
    // Mislabelled hash: claims sha512 but is sha256.
    expectSshSigError(
      () => verifySignature(envelopeFor('rsa-sha2-512', 'sha256'), MESSAGE, NAMESPACE),
      /does not verify/,
    );
  });

  it('throws only SshSigError on arbitrary bytes and strings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expectSshSigError(() => verifySignature(armorBytes(Buffer.from(bytes)), MESSAGE, NAMESPACE));
      }),
      { numRuns: 500 },
    );
    // Mutations that keep the envelope's structure mostly intact reach deeper code paths.
    const valid = dearmorBytes(armored);
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.uint8Array({ minLength: 1, maxLength: 8 }), (at, patch) => {
        const mutated = Buffer.from(valid);
        mutated.set(patch.subarray(0, valid.length - at), at);
        if (mutated.equals(valid)) return;
        expectSshSigError(() => verifySignature(armorBytes(mutated), MESSAGE, NAMESPACE));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expectSshSigError(() => verifySignature(text, MESSAGE, NAMESPACE));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects an empty or non-string namespace', () => {
    expectSshSigError(() => verifySignature(armored, MESSAGE, ''), /namespace/);
    expectSshSigError(() => signMessage(MESSAGE, '', signer), /namespace/);
  });

  it('rejects an invalid ECDSA point inside a signature', () => {
    const ecdsa = parsePublicKey(key('ecdsa256').publicText);
    const [type, curve, point] = readWireStrings(ecdsa.blob);
    const offCurve = Buffer.from(point!);
    offCurve[offCurve.length - 1]! ^= 1;
    const badKey = Buffer.concat([wireString(type!), wireString(curve!), wireString(offCurve)]);
    const envelope = decodeEnvelope(sshKeygenSign(key('ecdsa256').privatePath, NAMESPACE, MESSAGE));
    expectSshSigError(() => verifySignature(encodeEnvelope({ ...envelope, publicKey: badKey }), MESSAGE, NAMESPACE));
  });
});

describe('key parsing', () => {
  it('rejects malformed public keys', () => {
    const ed25519 = parsePublicKey(key('ed25519').publicText);
    expectSshSigError(() => parsePublicKey(''), /not of the form/);
    expectSshSigError(() => parsePublicKey('ssh-ed25519'), /not of the form/);
    expectSshSigError(() => parsePublicKey('ssh-ed25519 not*base64'), /base64/);
    expectSshSigError(
      () => parsePublicKey(`ssh-rsa ${ed25519.text.split(' ')[1]}`),
      /says "ssh-rsa" but its data is a ssh-ed25519 key/,
    );
    expectSshSigError(
      () => parsePublicKey(`ssh-ed25519 ${ed25519.blob.subarray(0, 30).toString('base64')}`),
      /truncated/,
    );
    const dss = `ssh-dss ${wireString('ssh-dss').toString('base64')}`;
    expectSshSigError(() => parsePublicKey(dss), /unsupported SSH key type "ssh-dss"/);
  });

  it('ignores the comment and surrounding whitespace', () => {
    const parsed = parsePublicKey(`  ${key('ed25519').publicText}  extra words\n`);
    expect(parsed.text).toBe(key('ed25519').publicText.split(' ').slice(0, 2).join(' '));
  });

  it('tells the user to use ssh-agent for an encrypted private key', () => {
    const encrypted = generateKey(dir, 'encrypted', 'ed25519', undefined, 'correct horse');
    expectSshSigError(() => parsePrivateKey(encrypted.privateText), /passphrase-protected.*ssh-add KEY.*agent/);
  });

  it('rejects non-OpenSSH and corrupt private keys', () => {
    expectSshSigError(() => parsePrivateKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----'), /PKCS#8/);
    expectSshSigError(() => parsePrivateKey('hello'), /must start with/);
    const text = key('ed25519').privateText;
    const lines = text.trim().split('\n');
    const truncated = [...lines.slice(0, 3), lines.at(-1)].join('\n');
    expectSshSigError(() => parsePrivateKey(truncated));
  });
});

describe('signWithAgent', () => {
  let agent: Agent;
  let agentDir: TempDir;

  beforeAll(async () => {
    agentDir = makeTempDir('verdict-agent-');
    agent = await startAgent(agentDir);
    agent.add(key('ed25519').privatePath);
    agent.add(key('rsa').privatePath);
    agent.add(key('ecdsa384').privatePath);
  });

  afterAll(async () => {
    await agent?.stop();
    agentDir?.remove();
  });

  it.each(['ed25519', 'rsa', 'ecdsa384'])(
    'signs with a %s key held by the agent; ssh-keygen verifies it',
    async (name) => {
      const publicKey = parsePublicKey(key(name).publicText);
      const armored = await signWithAgent(MESSAGE, NAMESPACE, publicKey, agent.socket);
      if (name === 'rsa')
        expect(readWireStrings(decodeEnvelope(armored).signature)[0]!.toString()).toBe('rsa-sha2-512');
      const sigPath = writeSignature(armored);
      expect(
        sshKeygenVerify(writeAllowedSigners(key(name).publicText), PRINCIPAL, NAMESPACE, sigPath, MESSAGE).status,
      ).toBe(0);
      expect(verifySignature(armored, MESSAGE, NAMESPACE).publicKey.fingerprint).toBe(publicKey.fingerprint);
    },
  );

  it('signs with a passphrase-protected key once the agent holds it', async () => {
    // ssh-add would prompt for the passphrase; adding an unencrypted copy of the same key is equivalent.
    const plainPath = dir.file('agent-only');
    copyFileSync(key('ecdsa256').privatePath, plainPath);
    const encryptedPath = dir.file('agent-only-encrypted');
    copyFileSync(plainPath, encryptedPath);
    execFileSync(SSH_KEYGEN, ['-p', '-q', '-N', 'secret', '-P', '', '-f', encryptedPath], { stdio: 'pipe' });
    expectSshSigError(() => parsePrivateKey(readFileSync(encryptedPath)), /ssh-add/);
    agent.add(plainPath);
    const armored = await signWithAgent(MESSAGE, NAMESPACE, parsePublicKey(key('ecdsa256').publicText), agent.socket);
    expect(verifySignature(armored, MESSAGE, NAMESPACE).publicKey.type).toBe('ecdsa-sha2-nistp256');
  });

  it('explains when the agent does not hold the key', async () => {
    const publicKey = parsePublicKey(otherKey.publicText);
    await expect(signWithAgent(MESSAGE, NAMESPACE, publicKey, agent.socket)).rejects.toThrow(
      new RegExp(`does not hold key ${publicKey.fingerprint.replace(/[+/]/g, '\\$&')}`),
    );
  });

  it('explains a missing socket or unset SSH_AUTH_SOCK', async () => {
    const publicKey = parsePublicKey(key('ed25519').publicText);
    await expect(signWithAgent(MESSAGE, NAMESPACE, publicKey, agentDir.file('missing.sock'))).rejects.toThrow(
      /does not exist/,
    );
    await expect(signWithAgent(MESSAGE, NAMESPACE, publicKey, '')).rejects.toThrow(/SSH_AUTH_SOCK is not set/);
    await expect(signWithAgent(MESSAGE, NAMESPACE, publicKey, agentDir.file('missing.sock'))).rejects.toBeInstanceOf(
      SshSigError,
    );
  });

  it('times out when nothing answers', async () => {
    // A listening socket that never replies.
    const net = await import('node:net');
    const silentPath = agentDir.file('silent.sock');
    const sockets: import('node:net').Socket[] = [];
    const server = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(silentPath, resolve));
    try {
      const publicKey = parsePublicKey(key('ed25519').publicText);
      await expect(signWithAgent(MESSAGE, NAMESPACE, publicKey, silentPath, { timeoutMs: 200 })).rejects.toThrow(
        /did not answer within 200 ms/,
      );
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('allowed signers', () => {
  const ed25519 = () => parsePublicKey(key('ed25519').publicText);
  const rsa = () => parsePublicKey(key('rsa').publicText);

  it('parses principals, options, key and comment; ignores comments and blank lines', () => {
    const signers = parseAllowedSigners(
      [
        '# checkers allowed to sign verdicts',
        '',
        `alice@example.com ${ed25519().text} alice laptop`,
        `   "bob@example.com,carol@example.com" namespaces="agentops-verdict,git",valid-after="20240101" ${rsa().text}`,
        `*@ci.example.com,!evil@ci.example.com CERT-AUTHORITY ${ed25519().text}`,
      ].join('\n'),
    );
    expect(signers).toHaveLength(3);
    expect(signers[0]).toMatchObject({
      principals: 'alice@example.com',
      certAuthority: false,
      line: 3,
      source: '.agents/checkers',
    });
    expect(signers[0]!.publicKey!.fingerprint).toBe(ed25519().fingerprint);
    expect(signers[1]).toMatchObject({
      principals: 'bob@example.com,carol@example.com',
      namespaces: 'agentops-verdict,git',
      line: 4,
    });
    expect(signers[1]!.validAfter!.getFullYear()).toBe(2024);
    expect(signers[2]).toMatchObject({ certAuthority: true });
    expect(signers[2]!.unusableReason).toMatch(/cert-authority/);
  });

  it('matches principals exactly, case-insensitively for emails, and with wildcards and negation', () => {
    const signers = parseAllowedSigners(
      [`alice@example.com ${ed25519().text}`, `*@ci.example.com,!evil@ci.example.com,bot-? ${rsa().text}`].join('\n'),
    );
    expect(isKeyAllowed(signers, 'alice@example.com', ed25519(), NAMESPACE)).toBe(true);
    expect(isKeyAllowed(signers, 'Alice@Example.COM', ed25519(), NAMESPACE)).toBe(true);
    expect(isKeyAllowed(signers, 'alice@example.com', rsa(), NAMESPACE)).toBe(false);
    expect(isKeyAllowed(signers, 'mallory@example.com', ed25519(), NAMESPACE)).toBe(false);
    expect(isKeyAllowed(signers, 'runner@ci.example.com', rsa(), NAMESPACE)).toBe(true);
    expect(isKeyAllowed(signers, 'evil@ci.example.com', rsa(), NAMESPACE)).toBe(false);
    expect(isKeyAllowed(signers, 'EVIL@ci.example.com', rsa(), NAMESPACE)).toBe(false);
    expect(isKeyAllowed(signers, 'bot-1', rsa(), NAMESPACE)).toBe(true);
    expect(isKeyAllowed(signers, 'bot-12', rsa(), NAMESPACE)).toBe(false);
    expect(isKeyAllowed(signers, 'BOT-1', rsa(), NAMESPACE)).toBe(false); // not an email: case-sensitive like ssh
  });

  it('implements match_pattern_list semantics', () => {
    expect(matchPatternList('abc', 'a*', false)).toBe(true);
    expect(matchPatternList('abc', '*c,!ab?', false)).toBe(false);
    expect(matchPatternList('abc', '!x*', false)).toBe(false); // only negatives: no positive match
    expect(matchPatternList('a.b', 'a?b', false)).toBe(true);
    expect(matchPatternList('', '*', false)).toBe(true);
    expect(matchPatternList('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', '*a*a*a*a*a*a*a*a*a*a*a*c', false)).toBe(
      false,
    );
  });

  it('applies the namespaces option', () => {
    const signers = parseAllowedSigners(`${PRINCIPAL} namespaces="git,agentops-*,!agentops-test" ${ed25519().text}`);
    expect(isKeyAllowed(signers, PRINCIPAL, ed25519(), 'agentops-verdict')).toBe(true);
    expect(isKeyAllowed(signers, PRINCIPAL, ed25519(), 'git')).toBe(true);
    expect(isKeyAllowed(signers, PRINCIPAL, ed25519(), 'agentops-test')).toBe(false);
    expect(isKeyAllowed(signers, PRINCIPAL, ed25519(), 'file')).toBe(false);
  });

  it('applies valid-after and valid-before (UTC with Z, local time without)', () => {
    const signers = parseAllowedSigners(
      `${PRINCIPAL} valid-after="20240101Z",valid-before="202406301200Z" ${ed25519().text}`,
    );
    expect(signers[0]!.validAfter!.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(signers[0]!.validBefore!.toISOString()).toBe('2024-06-30T12:00:00.000Z');
    const allowedAt = (iso: string) => isKeyAllowed(signers, PRINCIPAL, ed25519(), NAMESPACE, new Date(iso));
    expect(allowedAt('2023-12-31T23:59:59Z')).toBe(false);
    expect(allowedAt('2024-01-01T00:00:00Z')).toBe(true);
    expect(allowedAt('2024-06-30T12:00:00.900Z')).toBe(true); // whole seconds, inclusive, like OpenSSH
    expect(allowedAt('2024-06-30T12:00:01Z')).toBe(false);
    expect(isKeyAllowed(signers, PRINCIPAL, ed25519(), NAMESPACE)).toBe(false); // now: expired

    const local = parseAllowedSigners(`${PRINCIPAL} valid-before="20300102030405" ${ed25519().text}`);
    expect(local[0]!.validBefore!.getTime()).toBe(new Date(2030, 0, 2, 3, 4, 5).getTime());
  });

  it('agrees with ssh-keygen -Y verify on options', () => {
    const armored = signMessage(MESSAGE, NAMESPACE, parsePrivateKey(key('ed25519').privateText));
    const sigPath = writeSignature(armored);
    const cases = [
      `namespaces="${NAMESPACE}"`,
      'namespaces="git"',
      'valid-before="20200101Z"',
      'valid-after="20991231"',
      'valid-after="20200101",valid-before="20991231"',
    ];
    for (const options of cases) {
      const file = writeAllowedSigners(key('ed25519').publicText, options);
      const ours = isKeyAllowed(parseAllowedSigners(readFileSync(file, 'utf8'), file), PRINCIPAL, ed25519(), NAMESPACE);
      const theirs = sshKeygenVerify(file, PRINCIPAL, NAMESPACE, sigPath, MESSAGE).status === 0;
      expect({ options, ours }).toEqual({ options, ours: theirs });
    }
  });

  it('keeps unsupported key types but never matches them', () => {
    const dss = `ssh-dss ${Buffer.concat([wireString('ssh-dss'), wireString('p')]).toString('base64')}`;
    const signers = parseAllowedSigners(`${PRINCIPAL} ${dss}`);
    expect(signers[0]!.publicKey).toBeNull();
    expect(signers[0]!.unusableReason).toMatch(/ssh-dss/);
  });

  it('reports malformed lines with file and line number', () => {
    const good = `${PRINCIPAL} ${ed25519().text}`;
    const cases: Array<[string, RegExp]> = [
      ['alice@example.com', /expected a key/],
      [`alice@example.com namespaces=git ${ed25519().text}`, /must be double-quoted/],
      [`alice@example.com namespaces="git ${ed25519().text}`, /unterminated/],
      [`alice@example.com nosuch="x" ${ed25519().text}`, /unknown option or key type "nosuch"/],
      [`alice@example.com cert-authority,bogus ${ed25519().text}`, /unknown option "bogus"/],
      [`alice@example.com valid-after="2024" ${ed25519().text}`, /invalid time "2024"/],
      [`alice@example.com valid-after="20240231" ${ed25519().text}`, /invalid time "20240231"/],
      [`alice@example.com valid-after="20250101",valid-before="20240101" ${ed25519().text}`, /not after/],
      [`alice@example.com namespaces="a",namespaces="b" ${ed25519().text}`, /multiple "namespaces"/],
      ['alice@example.com ssh-ed25519', /expected "keytype base64"/],
      ['alice@example.com ssh-ed25519 AAAA!!!!', /base64/],
      [`alice@example.com ssh-rsa ${ed25519().text.split(' ')[1]}`, /says "ssh-rsa"/],
      ['"alice@example.com ssh-ed25519 AAAA', /unterminated quoted principals/],
    ];
    for (const [line, reason] of cases) {
      expectSshSigError(
        () => parseAllowedSigners(`# header\n${good}\n\n${line}\n${good}`, 'repo/.agents/checkers'),
        reason,
      );
      expectSshSigError(
        () => parseAllowedSigners(`# header\n${good}\n\n${line}\n${good}`, 'repo/.agents/checkers'),
        /^repo\/\.agents\/checkers:4: /,
      );
    }
  });
});

describe('throughput', () => {
  it('verifies 1,000 ed25519 signatures in-process (reported, not asserted)', () => {
    const signer = parsePrivateKey(key('ed25519').privateText);
    const records = Array.from({ length: 1000 }, (_, i) => {
      const message = `record ${i} ${'x'.repeat(200)}`;
      return { message, signature: signMessage(message, NAMESPACE, signer) };
    });
    const started = performance.now();
    for (const record of records) verifySignature(record.signature, record.message, NAMESPACE);
    const elapsed = performance.now() - started;
    console.log(
      `sshsig throughput: 1,000 ed25519 verifications in ${elapsed.toFixed(0)} ms ` +
        `(${((elapsed / 1000) * 10).toFixed(2)} s projected for 10,000)`,
    );
  });
});
