import picomatch from 'picomatch';
import { AoError } from './errors.js';
import { POLICY_PATH, type EvidenceKind, type ActorKind, type VerdictRecord } from './record.js';
import { formatSchemaProblems, validatePolicyShape } from './schemas.js';

export const POLICY_SCHEMA = 'agentops-verdict/policy@1';

export interface PathRule {
  name?: string;
  paths: string[];
  anyOf: { checkerKind?: ActorKind; evidence?: EvidenceKind }[];
}

export interface Policy {
  $schema?: string;
  schema: typeof POLICY_SCHEMA;
  mode: 'commit' | 'range';
  exempt?: { paths?: string[]; authors?: string[] };
  require?: { evidence?: EvidenceKind[]; checkerKinds?: ActorKind[] };
  rules?: PathRule[];
  requireSignature?: boolean;
  check?: CheckPolicy;
}

/** How `ao check` runs checkers and counts its council (docs/check.md). */
export interface CheckPolicy {
  /** The passing judges must span at least this many distinct model families. */
  minModelFamilies?: number;
  /** Whether a judge's "warn" counts as a pass (default true). */
  warnIsPass?: boolean;
  /** Environment variables passed to checkers besides PATH and LANG; never AO_* or GIT_*. */
  envAllow?: string[];
}

export const MAX_POLICY_BYTES = 256 * 1024;

export function defaultPolicy(): Policy {
  return {
    $schema: 'https://agentops.dev/schemas/verdict/policy/v1.json',
    schema: POLICY_SCHEMA,
    mode: 'commit',
    exempt: { paths: [], authors: [] },
    require: { evidence: [] },
    rules: [],
  };
}

/** Parses and validates a policy file; `where` names its source (a commit or the working tree). */
export function parsePolicy(bytes: Uint8Array, where: string): Policy {
  const fix = `fix ${POLICY_PATH} (format: docs/spec.md#policy), check it with \`ao verify\``;
  if (bytes.length > MAX_POLICY_BYTES) throw new AoError(`${POLICY_PATH} at ${where} is ${bytes.length} bytes; the limit is ${MAX_POLICY_BYTES}`, { fix });
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new AoError(`${POLICY_PATH} at ${where} is not valid JSON: ${(error as Error).message}`, { fix });
  }
  const problems = validatePolicyShape(value);
  if (problems.length > 0) throw new AoError(`${POLICY_PATH} at ${where} is not a valid policy: ${formatSchemaProblems(problems)}`, { fix });
  const policy = value as Policy;
  for (const pattern of policy.exempt?.authors ?? []) {
    // The schema already forbids wildcards in the domain; this also refuses a bare "*" local part.
    if (/^[*?]+@/.test(pattern)) {
      throw new AoError(`${POLICY_PATH} at ${where}: exempt author pattern "${pattern}" would match every address at that domain`, { fix });
    }
  }
  return policy;
}

const matcherCache = new Map<string, (path: string) => boolean>();

/** A glob without "/" matches a file name anywhere (like .gitignore); with "/" it matches from the root. */
export function globMatcher(globs: string[]): (path: string) => boolean {
  const key = globs.join('\0');
  let matcher = matcherCache.get(key);
  if (!matcher) {
    const tests = globs.map((glob) => picomatch(glob, { dot: true, basename: !glob.includes('/') }));
    matcher = (path: string) => tests.some((test) => test(path));
    matcherCache.set(key, matcher);
  }
  return matcher;
}

/** Author patterns: exact addresses, case-insensitive; "*" and "?" only before the "@". */
export function isAuthorExempt(policy: Policy, email: string | undefined): boolean {
  if (!email) return false;
  const address = email.toLowerCase();
  return (policy.exempt?.authors ?? []).some((pattern) => {
    const [local = '', domain = ''] = pattern.toLowerCase().split('@');
    const at = address.lastIndexOf('@');
    if (at < 0 || address.slice(at + 1) !== domain) return false;
    const regex = new RegExp(`^${local.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    return regex.test(address.slice(0, at));
  });
}

/** True when every path is exempt. The policy file itself is never exempt. */
export function allPathsExempt(policy: Policy, paths: string[]): boolean {
  const globs = policy.exempt?.paths ?? [];
  if (globs.length === 0 || paths.length === 0) return false;
  const exempt = globMatcher(globs);
  return paths.every((path) => path !== POLICY_PATH && exempt(path));
}

export interface PolicyShortfall {
  rule: string;
  message: string;
  /** What to add to `ao verdict` to satisfy it, e.g. `--evidence test:...`. */
  remedy: string;
}

/** What a passing verdict still lacks under the policy for the given paths. */
export function policyShortfalls(policy: Policy, record: VerdictRecord, paths: string[]): PolicyShortfall[] {
  const shortfalls: PolicyShortfall[] = [];
  const kinds = new Set(record.evidence.map((e) => e.kind));
  for (const kind of policy.require?.evidence ?? []) {
    if (!kinds.has(kind)) {
      shortfalls.push({ rule: `require.evidence`, message: `the policy requires evidence of kind "${kind}"`, remedy: `--evidence ${kind}:'...'` });
    }
  }
  const checkerKinds = policy.require?.checkerKinds;
  if (checkerKinds && !checkerKinds.includes(record.checker.kind)) {
    shortfalls.push({
      rule: 'require.checkerKinds',
      message: `the policy requires a checker of kind ${checkerKinds.join(' or ')}, not ${record.checker.kind}`,
      remedy: `--checker-kind ${checkerKinds[0]}`,
    });
  }
  for (const [index, rule] of (policy.rules ?? []).entries()) {
    const matches = globMatcher(rule.paths);
    const touched = paths.filter(matches);
    if (touched.length === 0) continue;
    const met = rule.anyOf.some(
      (option) => (!option.checkerKind || option.checkerKind === record.checker.kind) && (!option.evidence || kinds.has(option.evidence)),
    );
    if (!met) {
      const name = rule.name ?? `rules[${index}] (${rule.paths.join(', ')})`;
      const options = rule.anyOf.map(describeOption).join(', or ');
      const first = rule.anyOf[0]!;
      shortfalls.push({
        rule: name,
        message: `${touched[0]}${touched.length > 1 ? ` and ${touched.length - 1} more` : ''} fall under ${name}, which needs ${options}`,
        remedy: [first.checkerKind ? `--checker-kind ${first.checkerKind}` : '', first.evidence ? `--evidence ${first.evidence}:'...'` : ''].filter(Boolean).join(' '),
      });
    }
  }
  return shortfalls;
}

function describeOption(option: { checkerKind?: string; evidence?: string }): string {
  const parts = [];
  if (option.checkerKind) parts.push(`a checker of kind ${option.checkerKind}`);
  if (option.evidence) parts.push(`evidence of kind ${option.evidence}`);
  return parts.join(' with ');
}
