/**
 * Signed verdicts: what a record's signature means and when it counts (docs/signing.md).
 *
 * A record's `signature` is an SSHSIG signature (as `ssh-keygen -Y sign -n agentops-verdict`
 * makes) over the UTF-8 bytes of its `id` string, e.g. "sha256:4f1c...", with no newline.
 * Under `requireSignature: true` a passing verdict counts only when that signature verifies
 * and `.agents/checkers` (allowed_signers format, read at the policy's commit) trusts the
 * signing key for the record's `checker.id`.
 */
import { isKeyAllowed, matchPatternList, parseAllowedSigners, type AllowedSigner } from './allowed-signers.js';
import type { SignatureCheck } from './coverage.js';
import { AoError } from './errors.js';
import type { LedgerProblem } from './ledger.js';
import { CHECKERS_PATH, recordPath, shortId, type LedgerRecord, type VerdictRecord } from './record.js';
import type { SshPublicKey } from './ssh-keys.js';
import { verifySignature } from './sshsig.js';
import { SshSigError } from './ssh-wire.js';

export const SIGNATURE_NAMESPACE = 'agentops-verdict';
export { CHECKERS_PATH };
export const MAX_CHECKERS_BYTES = 1024 * 1024;

export type SignatureVerification = { ok: true; publicKey: SshPublicKey } | { ok: false; reason: string };

/** Verified (id, signature) pairs: a record is checked once per process however often it is consulted. */
const verifiedCache = new Map<string, SignatureVerification>();
const VERIFIED_CACHE_LIMIT = 50_000;

/** Verifies a record's signature over its id, in-process. Undefined when the record is unsigned. */
export function verifyRecordSignature(record: VerdictRecord): SignatureVerification | undefined {
  const signature = record.signature;
  if (!signature) return undefined;
  const cacheKey = `${record.id}\n${signature.signature}`;
  const cached = verifiedCache.get(cacheKey);
  if (cached) return cached;
  let result: SignatureVerification;
  if (signature.format !== 'sshsig' || signature.namespace !== SIGNATURE_NAMESPACE) {
    result = {
      ok: false,
      reason: `signature format ${signature.format}/${signature.namespace} is not sshsig/${SIGNATURE_NAMESPACE}`,
    };
  } else {
    try {
      result = { ok: true, publicKey: verifySignature(signature.signature, record.id, SIGNATURE_NAMESPACE).publicKey };
    } catch (error) {
      if (!(error instanceof SshSigError)) throw error;
      result = { ok: false, reason: error.message };
    }
  }
  if (verifiedCache.size >= VERIFIED_CACHE_LIMIT) verifiedCache.clear();
  verifiedCache.set(cacheKey, result);
  return result;
}

/** Every present signature in `records` that does not verify, as ledger problems (signatures are optional). */
export function signatureProblems(records: readonly LedgerRecord[]): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  for (const record of records) {
    if (record.type !== 'verdict') continue;
    const result = verifyRecordSignature(record);
    if (!result || result.ok) continue;
    const path = recordPath(record.seq, record.id);
    problems.push({
      code: 'bad-signature',
      message: `${path}: the signature of record ${shortId(record.id)} (checker ${record.checker.id}) does not verify over its id: ${result.reason}`,
      path,
      recordId: shortId(record.id),
      fix: `a signature cannot be repaired: if the record is not committed yet, delete ${path} and record the verdict again, signed with a key .agents/checkers trusts (docs/signing.md); if it is, restore the ledger from the base branch`,
    });
  }
  return problems;
}

/** The trust roots: `.agents/checkers` as read from one commit. */
export interface Checkers {
  signers: AllowedSigner[];
  /** "`.agents/checkers` at abc1234", for messages. */
  where: string;
}

/**
 * Parses `.agents/checkers` for a policy that requires signatures. Missing or invalid is an
 * error: no verdict could ever count, so say so once instead of refusing every change.
 */
export function parseCheckers(bytes: Uint8Array | undefined, rev: string): Checkers {
  const where = `${CHECKERS_PATH} at ${rev.slice(0, 7)}`;
  const fix =
    `list each checker's public key in ${CHECKERS_PATH} (allowed_signers format, see docs/signing.md), e.g. ` +
    `\`ao checkers add CHECKER-ID ~/.ssh/id_ed25519.pub\`, and land it in the same reviewed change that sets ` +
    `"requireSignature": true in .agents/policy.json (the base's file is the one that counts)`;
  if (!bytes) {
    throw new AoError(
      `.agents/policy.json at ${rev.slice(0, 7)} sets "requireSignature": true, but ${CHECKERS_PATH} does not exist there, so no verdict can count`,
      { fix },
    );
  }
  if (bytes.length > MAX_CHECKERS_BYTES)
    throw new AoError(`${where} is ${bytes.length} bytes; the limit is ${MAX_CHECKERS_BYTES}`, { fix });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AoError(`${where} is not valid UTF-8`, { fix });
  }
  try {
    return { signers: parseAllowedSigners(text, where), where };
  } catch (error) {
    if (error instanceof SshSigError)
      throw new AoError(`${error.message}`, {
        fix: `correct that line of ${CHECKERS_PATH} (format: docs/signing.md) through a reviewed change`,
      });
    throw error;
  }
}

/** The signature rule for `decideChange` under `requireSignature: true`. */
export function makeSignatureCheck(checkers: Checkers): SignatureCheck {
  return (record) => {
    const checker = record.checker.id;
    const result = verifyRecordSignature(record);
    if (!result)
      return `it is unsigned, and the policy requires a signature by a key that ${checkers.where} trusts for ${checker}`;
    if (!result.ok) return `its signature does not verify over the record id (${result.reason})`;
    const key = result.publicKey;
    const at = new Date(record.createdAt);
    if (isKeyAllowed(checkers.signers, checker, key, SIGNATURE_NAMESPACE, at)) return undefined;
    return (
      `it is signed by key ${key.fingerprint} (${key.type}), which ${checkers.where} does not trust for ${checker}` +
      `${whyNotTrusted(checkers.signers, checker, key, record.createdAt)}; sign with a key listed there for ${checker}, ` +
      `or add this one through a reviewed change (\`ao checkers add ${checker} KEY.pub\`)`
    );
  };
}

/** A hint on the nearest miss, so "not trusted" is actionable. */
function whyNotTrusted(
  signers: readonly AllowedSigner[],
  principal: string,
  key: SshPublicKey,
  createdAt: string,
): string {
  const sameKey = signers.filter((s) => s.publicKey?.blob.equals(key.blob));
  if (sameKey.length === 0) return '';
  const forPrincipal = sameKey.filter((s) => matchPatternList(principal, s.principals, principal.includes('@')));
  if (forPrincipal.length === 0) return ` (it is listed only for ${sameKey.map((s) => s.principals).join(', ')})`;
  const entry = forPrincipal[0]!;
  if (entry.unusableReason) return ` (line ${entry.line}: ${entry.unusableReason})`;
  if (entry.namespaces !== undefined && !matchPatternList(SIGNATURE_NAMESPACE, entry.namespaces, false)) {
    return ` (line ${entry.line} limits it to namespaces "${entry.namespaces}")`;
  }
  return ` (line ${entry.line}'s valid-after/valid-before exclude the record's createdAt ${createdAt})`;
}
