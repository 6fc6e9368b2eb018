import { independenceProblem } from './coverage.js';
import { idHex, POLICY_PATH, type Actor, type VerdictRecord } from './record.js';

/**
 * A verdict as an in-toto Statement v1 whose predicate is a SLSA Verification Summary
 * (https://slsa.dev/verification_summary/v1), so supply-chain tooling can read the ledger.
 * Mapping (docs/ratchet.md#in-toto):
 *   subject[0]          the change digest: { name: <what it covers>, digest: { sha256 } }
 *   subject[1..]        the commits the change landed in: { digest: { gitCommit } }
 *   verifier.id         the checker, as a URI (mailto: for an email address)
 *   timeVerified        the record's createdAt
 *   resourceUri         <repo URI>@<commit> when both are known, else urn:agentops-verdict:change:sha256:<hex>
 *   policy              the policy the gate decided the change under: <repo>@<commit>#.agents/policy.json
 *                       (or a URN) with the SHA-256 of the policy file's bytes; the generic
 *                       independent-check policy when the base has none
 *   inputAttestations   the ledger record itself (its path and the SHA-256 of its file)
 *   verificationResult  PASSED only when the checker said pass and the gate accepts the change
 *                       under that policy; FAILED otherwise (a fail, a refusal, or no decision)
 *   verifiedLevels      AGENTOPS_INDEPENDENT_CHECK for a PASSED by an independent checker, FAILED for FAILED
 * Everything else a verdict says sits under the extension field EXTENSION_FIELD, as the VSA
 * parsing rules allow (extension field names are URIs; consumers ignore what they do not know).
 */

const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
const EXTENSION_FIELD = 'https://agentops.dev/verdict/v1';
const INDEPENDENT_CHECK_POLICY = 'https://agentops.dev/verdict/policy/independent-check/v1';
const INDEPENDENT_CHECK_LEVEL = 'AGENTOPS_INDEPENDENT_CHECK';

interface ResourceDescriptor {
  name?: string;
  uri?: string;
  digest: Record<string, string>;
}

export interface VsaStatement {
  _type: typeof STATEMENT_TYPE;
  subject: ResourceDescriptor[];
  predicateType: typeof VSA_PREDICATE_TYPE;
  predicate: {
    verifier: { id: string };
    timeVerified: string;
    resourceUri: string;
    policy: ResourceDescriptor | { uri: string };
    inputAttestations: ResourceDescriptor[];
    verificationResult: 'PASSED' | 'FAILED';
    verifiedLevels: string[];
    slsaVersion: '1.0';
    [EXTENSION_FIELD]: Record<string, unknown>;
  };
}

export interface StatementContext {
  /** Where the record lives in the repository, and the SHA-256 (hex) of its file's bytes. */
  recordPath: string;
  recordSha256: string;
  /** Commits (full ids) whose change has the verdict's digest: where the change landed. */
  commits: string[];
  /** A URI for the repository, e.g. git+https://github.com/org/repo; omitted when unknown. */
  repoUri?: string;
  /** The gate's decision on the change, beside the checker's claim. */
  gate: GateDecision;
}

/** What the gate decided on the change a verdict speaks for (docs/ratchet.md#in-toto). */
interface GateDecision {
  /** accepts: covered, exempt or empty; refuses: uncovered; unknown: undecided, never an acceptance. */
  outcome: 'accepts' | 'refuses' | 'unknown';
  decided?: string;
  /** The commit the policy was read from, and the SHA-256 (hex) of the policy file's bytes (absent: no policy there). */
  policy?: { commit: string; sha256?: string };
  reason: string;
  failedRule?: string;
  constraint?: string;
  learning?: string;
}

/** An actor id as a URI: an email becomes mailto:, a URI stays, anything else becomes a URN. */
function actorUri(actor: Actor): string {
  if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(actor.id)) return `mailto:${actor.id}`;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(actor.id)) return actor.id;
  return `urn:agentops-verdict:${actor.kind}:${encodeURIComponent(actor.id)}`;
}

function subjectLabel(record: VerdictRecord): string {
  const s = record.subject;
  if (s.kind === 'commit') return `commit ${s.commit}`;
  if (s.kind === 'range') return `range ${s.base}..${s.head}`;
  return 'staged change';
}

export function verdictStatement(record: VerdictRecord, context: StatementContext): VsaStatement {
  const s = record.subject;
  const landed = [...new Set([...(s.kind === 'commit' ? [s.commit] : []), ...context.commits])];
  const resourceCommit = s.kind === 'commit' ? s.commit : s.kind === 'range' ? s.head : landed[0];
  const resourceUri =
    context.repoUri && resourceCommit
      ? `${context.repoUri}@${resourceCommit}`
      : `urn:agentops-verdict:change:sha256:${idHex(s.digest)}`;
  const independent = !independenceProblem(record);
  const { gate } = context;
  // The checker's pass is a claim; PASSED says the change gets through the gate as well.
  const passed = record.verdict === 'pass' && gate.outcome === 'accepts';
  const policyFile = gate.policy?.sha256 ? gate.policy : undefined;
  const policy = policyFile
    ? {
        name: POLICY_PATH,
        uri: context.repoUri
          ? `${context.repoUri}@${policyFile.commit}#${POLICY_PATH}`
          : `urn:agentops-verdict:policy:${policyFile.commit}:${POLICY_PATH}`,
        digest: { sha256: policyFile.sha256! },
      }
    : { uri: INDEPENDENT_CHECK_POLICY };
  return {
    _type: STATEMENT_TYPE,
    subject: [
      { name: subjectLabel(record), digest: { sha256: idHex(s.digest) } },
      ...landed.map((commit) => ({ name: `git commit ${commit}`, digest: { gitCommit: commit } })),
    ],
    predicateType: VSA_PREDICATE_TYPE,
    predicate: {
      verifier: { id: actorUri(record.checker) },
      timeVerified: record.createdAt,
      resourceUri,
      policy,
      inputAttestations: [{ name: context.recordPath, digest: { sha256: context.recordSha256 } }],
      verificationResult: passed ? 'PASSED' : 'FAILED',
      verifiedLevels: passed ? (independent ? [INDEPENDENT_CHECK_LEVEL] : []) : ['FAILED'],
      slsaVersion: '1.0',
      [EXTENSION_FIELD]: {
        record: record.id,
        ledger: record.ledger,
        seq: record.seq,
        subject: {
          kind: s.kind,
          digest: s.digest,
          paths: s.entries.length,
          ...(s.kind === 'commit' ? { commit: s.commit } : {}),
          ...(s.kind === 'range' ? { base: s.base, head: s.head, commits: s.commits } : {}),
        },
        verdict: record.verdict,
        gate: {
          outcome: gate.outcome,
          ...(gate.decided ? { decided: gate.decided } : {}),
          ...(gate.policy
            ? {
                policy: {
                  path: POLICY_PATH,
                  commit: gate.policy.commit,
                  ...(gate.policy.sha256 ? { sha256: gate.policy.sha256 } : { missing: true }),
                },
              }
            : {}),
          reason: gate.reason,
          ...(gate.failedRule ? { failedRule: gate.failedRule } : {}),
          ...(gate.constraint ? { constraint: gate.constraint } : {}),
          ...(gate.learning ? { learning: gate.learning } : {}),
        },
        checker: record.checker,
        worker: record.worker,
        independent,
        summary: record.summary,
        evidence: record.evidence,
        ...(record.signature ? { signature: record.signature } : {}),
      },
    },
  };
}
