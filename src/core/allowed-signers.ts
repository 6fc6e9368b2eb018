/**
 * The `allowed_signers` format read by `ssh-keygen -Y verify` and git
 * (gpg.ssh.allowedSignersFile), see ssh-keygen(1) "ALLOWED SIGNERS":
 *
 *   principals [options] keytype base64 [comment]
 */
import { parsePublicKey, type SshPublicKey } from './ssh-keys.js';
import { SshSigError } from './ssh-wire.js';

export interface AllowedSigner {
  /** Comma-separated principal pattern-list, e.g. "alice@example.com,*@ci.example.com". */
  principals: string;
  /** Namespace pattern-list from `namespaces="..."`; undefined allows every namespace. */
  namespaces?: string;
  validAfter?: Date;
  validBefore?: Date;
  certAuthority: boolean;
  /** "keytype base64" as written in the file. */
  keyText: string;
  /** The parsed key, or null when its type is not one we can verify. */
  publicKey: SshPublicKey | null;
  /** Why this entry can never authorize a plain-key signature; undefined when usable. */
  unusableReason?: string;
  source: string;
  line: number;
}

/** Key types OpenSSH may write here; anything else in the key position must be options. */
const KNOWN_KEY_TYPES = new Set(
  [
    'ssh-ed25519',
    'ssh-rsa',
    'ssh-dss',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'sk-ssh-ed25519@openssh.com',
    'sk-ecdsa-sha2-nistp256@openssh.com',
    'ssh-xmss@openssh.com',
  ].flatMap((type) => [type, type.replace(/(@openssh\.com)?$/, '-cert-v01@openssh.com')]),
);

const SUPPORTED_KEY_TYPES = new Set([
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
]);

class LineError extends Error {}

export function parseAllowedSigners(text: string, source = '.agents/checkers'): AllowedSigner[] {
  const signers: AllowedSigner[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    try {
      signers.push(parseLine(line, source, index + 1));
    } catch (error) {
      const reason = error instanceof LineError || error instanceof SshSigError ? error.message : String(error);
      throw new SshSigError(`${source}:${index + 1}: ${reason}`);
    }
  });
  return signers;
}

function parseLine(line: string, source: string, lineNumber: number): AllowedSigner {
  const cursor = { text: line, pos: 0 };
  const principals = readPrincipals(cursor);
  skipSpaces(cursor);
  if (cursor.pos >= line.length) throw new LineError('expected a key after the principals');

  const signer: AllowedSigner = {
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
  if (!KNOWN_KEY_TYPES.has(keyType)) throw new LineError(`unknown key type ${JSON.stringify(keyType)}`);
  signer.keyText = `${keyType} ${encodedKey}`;
  // The rest of the line is a free-form comment.

  if (SUPPORTED_KEY_TYPES.has(keyType)) {
    signer.publicKey = parsePublicKey(signer.keyText);
  } else {
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
function checkForeignKey(keyType: string, encodedKey: string): void {
  const blob = Buffer.from(encodedKey, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encodedKey) || blob.toString('base64') !== encodedKey || blob.length < 4) {
    throw new LineError(`${keyType} key is not valid base64`);
  }
  const nameLength = blob.readUInt32BE(0);
  if (blob.subarray(4, 4 + nameLength).toString('latin1') !== keyType) {
    throw new LineError(`key data does not match key type ${keyType}`);
  }
}

interface Cursor {
  text: string;
  pos: number;
}

function skipSpaces(cursor: Cursor): void {
  while (cursor.pos < cursor.text.length && /[ \t]/.test(cursor.text[cursor.pos]!)) cursor.pos++;
}

function peekWord(cursor: Cursor): string {
  const match = /^[^ \t]*/.exec(cursor.text.slice(cursor.pos));
  return match ? match[0] : '';
}

function readWord(cursor: Cursor): string {
  const word = peekWord(cursor);
  cursor.pos += word.length;
  return word;
}

/** The principals field may be double-quoted (to contain spaces), like OpenSSH's strdelimw. */
function readPrincipals(cursor: Cursor): string {
  if (cursor.text[cursor.pos] === '"') {
    const close = cursor.text.indexOf('"', cursor.pos + 1);
    if (close < 0) throw new LineError('unterminated quoted principals');
    const principals = cursor.text.slice(cursor.pos + 1, close);
    cursor.pos = close + 1;
    if (principals === '') throw new LineError('empty principals');
    return principals;
  }
  return readWord(cursor);
}

/** Parses `opt[,opt...]` following OpenSSH's sshsigopt_parse (option names are case-insensitive). */
function readOptions(cursor: Cursor, signer: AllowedSigner): void {
  const seen = new Set<string>();
  for (;;) {
    const rest = cursor.text.slice(cursor.pos);
    const name = /^[A-Za-z-]+/.exec(rest)?.[0].toLowerCase() ?? '';
    if (name === 'cert-authority' && !rest.startsWith('=', name.length)) {
      cursor.pos += name.length;
      signer.certAuthority = true;
    } else if (
      (name === 'namespaces' || name === 'valid-after' || name === 'valid-before') &&
      rest[name.length] === '='
    ) {
      if (seen.has(name)) throw new LineError(`multiple "${name}" options`);
      seen.add(name);
      cursor.pos += name.length + 1;
      const value = readQuoted(cursor, name);
      if (name === 'namespaces') signer.namespaces = value;
      else if (name === 'valid-after') signer.validAfter = parseTimestamp(value, name);
      else signer.validBefore = parseTimestamp(value, name);
    } else {
      const found = JSON.stringify(peekWord(cursor).split(/[,=]/)[0]);
      throw new LineError(
        seen.size === 0 && !signer.certAuthority ? `unknown option or key type ${found}` : `unknown option ${found}`,
      );
    }
    const next = cursor.text[cursor.pos];
    if (next === undefined || next === ' ' || next === '\t') return;
    if (next !== ',') throw new LineError(`unexpected ${JSON.stringify(next)} after option "${name}"`);
    cursor.pos++;
  }
}

/** A double-quoted option value; `\"` escapes a quote, as in OpenSSH's opt_dequote. */
function readQuoted(cursor: Cursor, option: string): string {
  if (cursor.text[cursor.pos] !== '"') throw new LineError(`option "${option}" value must be double-quoted`);
  let value = '';
  for (let i = cursor.pos + 1; i < cursor.text.length; i++) {
    const char = cursor.text[i]!;
    if (char === '\\' && cursor.text[i + 1] === '"') {
      value += '"';
      i++;
    } else if (char === '"') {
      cursor.pos = i + 1;
      return value;
    } else {
      value += char;
    }
  }
  throw new LineError(`option "${option}" has an unterminated quoted value`);
}

/** YYYYMMDD[HHMM[SS]][Z]: local time, or UTC with a Z suffix, like ssh-keygen. */
function parseTimestamp(value: string, option: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?([Zz])?$/.exec(value);
  if (!match)
    throw new LineError(
      `option "${option}" has invalid time ${JSON.stringify(value)} (expected YYYYMMDD[HHMM[SS]][Z])`,
    );
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
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
export function isKeyAllowed(
  signers: readonly AllowedSigner[],
  principal: string,
  key: SshPublicKey,
  namespace: string,
  at: Date = new Date(),
): boolean {
  const ignoreCase = principal.includes('@');
  const atSeconds = Math.floor(at.getTime() / 1000); // OpenSSH compares whole seconds
  return signers.some(
    (signer) =>
      signer.publicKey !== null &&
      signer.unusableReason === undefined &&
      signer.publicKey.blob.equals(key.blob) &&
      matchPatternList(principal, signer.principals, ignoreCase) &&
      (signer.namespaces === undefined || matchPatternList(namespace, signer.namespaces, false)) &&
      (signer.validAfter === undefined || atSeconds >= Math.floor(signer.validAfter.getTime() / 1000)) &&
      (signer.validBefore === undefined || atSeconds <= Math.floor(signer.validBefore.getTime() / 1000)),
  );
}

/**
 * OpenSSH's match_pattern_list: comma-separated patterns, `!` negates, and any
 * matching negated pattern rejects outright even if a positive one matched.
 */
export function matchPatternList(value: string, patternList: string, ignoreCase: boolean): boolean {
  const subject = ignoreCase ? value.toLowerCase() : value;
  let matched = false;
  for (const entry of patternList.split(',')) {
    const negated = entry.startsWith('!');
    const pattern = negated ? entry.slice(1) : entry;
    if (!matchPattern(subject, ignoreCase ? pattern.toLowerCase() : pattern)) continue;
    if (negated) return false;
    matched = true;
  }
  return matched;
}

/** Glob with `*` (any run) and `?` (one character); linear backtracking, no regex. */
function matchPattern(value: string, pattern: string): boolean {
  let v = 0;
  let p = 0;
  let starP = -1;
  let starV = 0;
  while (v < value.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
      v++;
      p++;
    } else if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starV = v;
    } else if (starP >= 0) {
      p = starP + 1;
      v = ++starV;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
