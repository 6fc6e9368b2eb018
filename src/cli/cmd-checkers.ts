import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isKeyAllowed, parseAllowedSigners } from '../core/allowed-signers.js';
import { AoError } from '../core/errors.js';
import { CHECKERS_PATH, SIGNATURE_NAMESPACE } from '../core/signatures.js';
import { parsePublicKey } from '../core/ssh-keys.js';
import { SshSigError } from '../core/ssh-wire.js';
import { writeFileAtomic } from '../repo/writer.js';
import { parse } from './flags.js';
import { openRepo, type Cli } from './context.js';
import { HELP } from './help.js';

const HEADER = `# Trusted checker keys for signed verdicts (policy "requireSignature": true).
# Format: git/ssh-keygen allowed_signers: CHECKER-ID [options] KEYTYPE BASE64 [comment].
# Only the copy at a change's base counts: add keys through a reviewed change. See docs/signing.md.
`;

export async function cmdCheckers(cli: Cli, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h')
    return (cli.out(HELP.checkers!), sub === undefined ? 2 : 0);
  if (sub === 'add') return checkersAdd(cli, rest);
  if (sub === 'list') return checkersList(cli, rest);
  throw new AoError(`unknown command: ao checkers ${sub}`, {
    fix: 'ao checkers add CHECKER-ID PUBKEY-FILE, or ao checkers list',
  });
}

/** A checker id must be one literal principal: no spaces, lists, patterns or quotes. */
function checkCheckerId(id: string): void {
  if (id === '' || /[\s,"*?!]/.test(id) || id.startsWith('#')) {
    throw new AoError(
      `checker id ${JSON.stringify(id)} cannot be a principal in ${CHECKERS_PATH}: no spaces, commas, quotes or * ? ! patterns`,
      {
        fix: 'use the id the checker records verdicts under, e.g. reviewer@example.com (--checker)',
      },
    );
  }
}

function readPublicKeyFile(cli: Cli, path: string) {
  let text: string;
  try {
    text = readFileSync(resolve(cli.cwd, path), 'utf8');
  } catch (error) {
    throw new AoError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      fix: 'pass a public key file, e.g. ~/.ssh/id_ed25519.pub',
    });
  }
  if (text.includes('PRIVATE KEY-----')) {
    throw new AoError(`${path} is a private key; ${CHECKERS_PATH} holds public keys only`, {
      fix: `pass ${path}.pub instead`,
    });
  }
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
  try {
    return { key: parsePublicKey(line), comment: line.trim().split(/\s+/).slice(2).join(' ') };
  } catch (error) {
    if (error instanceof SshSigError)
      throw new AoError(`${path} is not an SSH public key: ${error.message}`, {
        fix: 'pass a public key file, e.g. ~/.ssh/id_ed25519.pub',
      });
    throw error;
  }
}

async function checkersAdd(cli: Cli, args: string[]): Promise<number> {
  const { values, positionals } = parse('checkers', args, {});
  if (values.help) return (cli.out(HELP.checkers!), 0);
  if (positionals.length !== 2)
    throw new AoError('ao checkers add needs CHECKER-ID and PUBKEY-FILE', {
      fix: 'for example: ao checkers add reviewer@example.com ~/.ssh/id_ed25519.pub',
    });
  const [id, keyFile] = positionals as [string, string];
  checkCheckerId(id);
  const { key, comment } = readPublicKeyFile(cli, keyFile);
  const git = await openRepo(cli);
  const file = join(git.topLevel, CHECKERS_PATH);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  let signers;
  try {
    signers = parseAllowedSigners(current, CHECKERS_PATH);
  } catch (error) {
    if (error instanceof SshSigError)
      throw new AoError(error.message, {
        fix: `correct that line of ${CHECKERS_PATH} first (format: docs/signing.md)`,
      });
    throw error;
  }
  if (isKeyAllowed(signers, id, key, SIGNATURE_NAMESPACE)) {
    cli.err(`${CHECKERS_PATH} already trusts ${key.fingerprint} for ${id}; nothing to do`);
    return 0;
  }
  const line = `${id} namespaces="${SIGNATURE_NAMESPACE}" ${key.text}${comment ? ` ${comment}` : ''}`;
  const base = current === '' ? HEADER : current.endsWith('\n') ? current : `${current}\n`;
  writeFileAtomic(git, file, `${base}${line}\n`);
  cli.out(line);
  cli.err(
    `added ${key.fingerprint} (${key.type}) for ${id} to ${CHECKERS_PATH}\n` +
      `  it counts once a reviewed change carrying it is the base of later changes: commit it, get it checked, merge it`,
  );
  return 0;
}

async function checkersList(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse('checkers', args, { json: { type: 'boolean' } }, false);
  if (values.help) return (cli.out(HELP.checkers!), 0);
  const git = await openRepo(cli);
  const file = join(git.topLevel, CHECKERS_PATH);
  if (!existsSync(file))
    throw new AoError(`${CHECKERS_PATH} does not exist`, {
      fix: 'add a key with `ao checkers add CHECKER-ID ~/.ssh/id_ed25519.pub`',
    });
  let signers;
  try {
    signers = parseAllowedSigners(readFileSync(file, 'utf8'), CHECKERS_PATH);
  } catch (error) {
    if (error instanceof SshSigError)
      throw new AoError(error.message, { fix: `correct that line of ${CHECKERS_PATH} (format: docs/signing.md)` });
    throw error;
  }
  const rows = signers.map((s) => ({
    line: s.line,
    checkers: s.principals,
    key: s.publicKey ? s.publicKey.fingerprint : s.keyText.split(' ')[0]!,
    type: s.keyText.split(' ')[0]!,
    namespaces: s.namespaces ?? null,
    validAfter: s.validAfter?.toISOString() ?? null,
    validBefore: s.validBefore?.toISOString() ?? null,
    unusable: s.unusableReason ?? null,
  }));
  if (values.json) cli.out(JSON.stringify(rows, null, 2));
  else {
    for (const row of rows) {
      const extras = [
        row.namespaces !== null ? `namespaces=${row.namespaces}` : '',
        row.validAfter ? `after ${row.validAfter}` : '',
        row.validBefore ? `before ${row.validBefore}` : '',
        row.unusable ? `UNUSABLE: ${row.unusable}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      cli.out(
        `${String(row.line).padStart(4)}  ${row.checkers}  ${row.key} (${row.type})${extras ? `  ${extras}` : ''}`,
      );
    }
    if (rows.length === 0) cli.err(`${CHECKERS_PATH} lists no keys`);
  }
  return 0;
}
