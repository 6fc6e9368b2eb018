/**
 * The SSH wire format (RFC 4251 section 5): a bounds-checked reader, and the encoders the
 * keys, SSHSIG and the ssh-agent client share. Every failure is an SshSigError.
 */

export class SshSigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SshSigError';
  }
}

/** Bounds-checked reader; every failure is an SshSigError naming `what`. */
export class SshReader {
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
      throw new SshSigError(
        `${this.what} is truncated (needs ${length} bytes at offset ${this.offset}, has ${this.remaining})`,
      );
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

export function sshUint32(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value, 0);
  return out;
}

export function sshString(value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  return Buffer.concat([sshUint32(bytes.length), bytes]);
}

/** Encodes an unsigned big-endian magnitude as an SSH mpint. */
export function sshMpint(magnitude: Buffer): Buffer {
  let start = 0;
  while (start < magnitude.length && magnitude[start] === 0) start++;
  const trimmed = magnitude.subarray(start);
  const needsSignByte = trimmed.length > 0 && (trimmed[0]! & 0x80) !== 0;
  return sshString(needsSignByte ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

export function leftPad(magnitude: Buffer, length: number, field: string): Buffer {
  if (magnitude.length > length) {
    throw new SshSigError(`${field} is ${magnitude.length} bytes, longer than the ${length} the curve allows`);
  }
  return Buffer.concat([Buffer.alloc(length - magnitude.length), magnitude]);
}

export function base64url(bytes: Buffer): string {
  return bytes.toString('base64url');
}

/** Decodes canonical base64 only; Buffer.from silently skips garbage. */
export function decodeStrictBase64(text: string, what: string): Buffer {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new SshSigError(`${what} is not valid base64`);
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) {
    throw new SshSigError(`${what} is not canonical base64`);
  }
  return bytes;
}

export function describe(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value);
}
