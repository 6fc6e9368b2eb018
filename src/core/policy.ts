import picomatch from 'picomatch';
import {
  describeRule,
  forbiddenLines,
  learnedIn,
  MAX_SCAN_WORK,
  scanWork,
  validateConstraints,
  verdictMeets,
  verdictNeeds,
  type AddedLine,
} from './constraints.js';
import type { VerdictNeed } from './fix.js';
import { AoError } from './errors.js';
import {
  POLICY_PATH,
  type Constraint,
  type EvidenceKind,
  type ActorKind,
  type Severity,
  type LearningRecord,
  type VerdictRecord,
} from './record.js';
import { formatSchemaProblems, validatePolicyShape } from './schemas.js';
import { parseStrictJson } from './strict-json.js';

const POLICY_SCHEMA = 'agentops-verdict/policy@1';

interface PathRule {
  name?: string;
  paths: string[];
  anyOf: { checkerKind?: ActorKind; evidence?: EvidenceKind }[];
}

export interface Policy {
  $schema?: string;
  schema: typeof POLICY_SCHEMA;
  mode: 'commit' | 'range';
  /** `observe`: report what would fail and pass (rollout); a broken ledger fails either way. Default `enforce`. */
  enforcement?: 'enforce' | 'observe';
  exempt?: { paths?: string[]; authors?: string[] };
  require?: { evidence?: EvidenceKind[]; checkerKinds?: ActorKind[] };
  rules?: PathRule[];
  requireSignature?: boolean;
  /** Learnings promoted into rules (`ao promote`); removed only by `ao retire`. */
  constraints?: Constraint[];
  check?: CheckPolicy;
}

/** How `ao check` runs checkers and counts its council (docs/check.md). */
export interface CheckPolicy {
  /** The passing judges must span at least this many distinct model families. */
  minModelFamilies?: number;
  /** Whether a judge's "warn" counts as a pass (default true). */
  warnIsPass?: boolean;
  /** A finding of this severity or worse turns a judge's review into a fail. */
  failOn?: Severity;
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
  if (bytes.length > MAX_POLICY_BYTES)
    throw new AoError(`${POLICY_PATH} at ${where} is ${bytes.length} bytes; the limit is ${MAX_POLICY_BYTES}`, { fix });
  // Strictly: a duplicate key, a BOM or trailing data could make two readers see two policies.
  const parsed = parseStrictJson(bytes);
  if (!parsed.ok) throw new AoError(`${POLICY_PATH} at ${where} is not valid JSON: ${parsed.error}`, { fix });
  const value = parsed.value;
  const problems = validatePolicyShape(value);
  if (problems.length > 0)
    throw new AoError(`${POLICY_PATH} at ${where} is not a valid policy: ${formatSchemaProblems(problems)}`, { fix });
  const policy = value as Policy;
  for (const pattern of policy.exempt?.authors ?? []) {
    // The schema already forbids wildcards in the domain; this also refuses a bare "*" local part.
    if (/^[*?]+@/.test(pattern)) {
      throw new AoError(
        `${POLICY_PATH} at ${where}: exempt author pattern "${pattern}" would match every address at that domain`,
        { fix },
      );
    }
  }
  validateConstraints(policy.constraints ?? [], where);
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
function isAuthorExempt(policy: Policy, email: string | undefined): boolean {
  if (!email) return false;
  const address = email.toLowerCase();
  return (policy.exempt?.authors ?? []).some((pattern) => {
    const [local = '', domain = ''] = pattern.toLowerCase().split('@');
    const at = address.lastIndexOf('@');
    if (at < 0 || address.slice(at + 1) !== domain) return false;
    const regex = new RegExp(
      `^${local
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    return regex.test(address.slice(0, at));
  });
}

/**
 * An identity vouched for by something the change cannot write: in the action, the GitHub
 * accounts GitHub authenticated for the event (its sender; for a pull request, its author
 * too). Locally (hooks, `ao verify`) there is none.
 */
export interface AuthenticatedActor {
  /** Every one must be the account the author's address names. */
  accounts: GitHubAccount[];
}

export interface GitHubAccount {
  login: string;
  id?: number;
}

const NOREPLY = /^(?:([0-9]+)\+)?([^@+\s]+)@users\.noreply\.github\.com$/i;

/** The account a GitHub noreply address names: `LOGIN@users.noreply.github.com` or `ID+LOGIN@…`. */
export function noreplyAccount(email: string): GitHubAccount | undefined {
  const match = NOREPLY.exec(email);
  if (!match) return undefined;
  return { login: match[2]!, ...(match[1] ? { id: Number(match[1]) } : {}) };
}

function sameAccount(a: GitHubAccount, b: GitHubAccount): boolean {
  if (a.login.toLowerCase() !== b.login.toLowerCase()) return false;
  return a.id === undefined || b.id === undefined || a.id === b.id;
}

/** An exempt author pattern matched: whether that is honoured, and if not, why (for the reason text). */
export type AuthorExemption = { honoured: true; reason: string } | { honoured: false; why?: string };

/**
 * The author email is the change's own claim, so an author pattern alone exempts nothing:
 * never under `requireSignature`, and otherwise only when an authenticated account vouches
 * for the author (GitHub authenticated the event's sender as the account the address names).
 */
export function authorExemption(
  policy: Policy,
  email: string | undefined,
  actor: AuthenticatedActor | undefined,
): AuthorExemption {
  if (!email || !isAuthorExempt(policy, email)) return { honoured: false };
  const claimed = `author ${email} matches an exempt author pattern, but`;
  if (policy.requireSignature)
    return {
      honoured: false,
      why: `${claimed} author exemptions are never honoured under requireSignature: only a signed verdict counts`,
    };
  if (!actor)
    return {
      honoured: false,
      why: `${claimed} author exemption needs GitHub's authentication of the sender: honoured only in the action`,
    };
  const named = noreplyAccount(email);
  if (!named)
    return {
      honoured: false,
      why: `${claimed} it is not a GitHub noreply address (LOGIN@users.noreply.github.com), so no authenticated account can vouch for it`,
    };
  const other = actor.accounts.find((account) => !sameAccount(account, named));
  if (actor.accounts.length === 0 || other) {
    const id = (account: GitHubAccount) =>
      other && named.id !== undefined && other.login.toLowerCase() === named.login.toLowerCase()
        ? ` (id ${account.id ?? 'unknown'})`
        : '';
    return {
      honoured: false,
      why: `${claimed} GitHub authenticated ${other ? `${other.login}${id(other)}, not ${named.login}${id(named)},` : 'no account'} for this event`,
    };
  }
  return {
    honoured: true,
    reason: `author ${email} is exempt by policy, and GitHub authenticated ${named.login} for this event`,
  };
}

/** The files that decide what the gate trusts: never exempt, by path or by author. */
const TRUST_ROOT_PATHS: readonly string[] = [POLICY_PATH, '.agents/checkers'];

export function touchesTrustRoots(paths: string[]): boolean {
  return paths.some((path) => TRUST_ROOT_PATHS.includes(path));
}

/** True when every path is exempt. The trust roots (the policy, the trusted keys) never are. */
export function allPathsExempt(policy: Policy, paths: string[]): boolean {
  const globs = policy.exempt?.paths ?? [];
  if (globs.length === 0 || paths.length === 0 || touchesTrustRoots(paths)) return false;
  const exempt = globMatcher(globs);
  return paths.every((path) => exempt(path));
}

export interface PolicyShortfall {
  rule: string;
  message: string;
  /** What the verdict must carry to satisfy it (none for a rule no verdict can meet). */
  needs: VerdictNeed[];
  /** Set when the rule is a promoted constraint. */
  constraint?: Constraint;
}

/** Finds a learning record by id, so refusals can quote what was learned. */
export type LearningLookup = (id: string) => Pick<LearningRecord, 'text'> | undefined;

/** What a passing verdict still lacks under the policy for the given paths. */
export function policyShortfalls(
  policy: Policy,
  record: VerdictRecord,
  paths: string[],
  learnings?: LearningLookup,
): PolicyShortfall[] {
  const shortfalls: PolicyShortfall[] = [];
  const kinds = new Set(record.evidence.map((e) => e.kind));
  for (const kind of policy.require?.evidence ?? []) {
    if (!kinds.has(kind)) {
      shortfalls.push({
        rule: `require.evidence`,
        message: `the policy requires evidence of kind "${kind}"`,
        needs: [{ need: 'evidence', evidence: kind }],
      });
    }
  }
  const checkerKinds = policy.require?.checkerKinds;
  if (checkerKinds && !checkerKinds.includes(record.checker.kind)) {
    shortfalls.push({
      rule: 'require.checkerKinds',
      message: `the policy requires a checker of kind ${checkerKinds.join(' or ')}, not ${record.checker.kind}`,
      needs: checkerKinds[0] ? [{ need: 'checker-kind', checkerKind: checkerKinds[0] }] : [],
    });
  }
  for (const [index, rule] of (policy.rules ?? []).entries()) {
    const matches = globMatcher(rule.paths);
    const touched = paths.filter(matches);
    if (touched.length === 0) continue;
    const met = rule.anyOf.some(
      (option) =>
        (!option.checkerKind || option.checkerKind === record.checker.kind) &&
        (!option.evidence || kinds.has(option.evidence)),
    );
    if (!met) {
      const name = rule.name ?? `rules[${index}] (${rule.paths.join(', ')})`;
      const options = rule.anyOf.map(describeOption).join(', or ');
      const first = rule.anyOf[0]!;
      shortfalls.push({
        rule: name,
        message: `${describeTouched(touched)} ${touched.length === 1 ? 'falls' : 'fall'} under ${name}, which needs ${options}`,
        needs: [
          ...(first.checkerKind ? [{ need: 'checker-kind', checkerKind: first.checkerKind } as const] : []),
          ...(first.evidence ? [{ need: 'evidence', evidence: first.evidence } as const] : []),
        ],
      });
    }
  }
  for (const constraint of policy.constraints ?? []) {
    if ('forbidPattern' in constraint) continue; // a property of the change, not the verdict: see constraintViolations
    const touched = paths.filter(globMatcher(constraint.paths));
    if (touched.length === 0 || verdictMeets(constraint, record)) continue;
    shortfalls.push({
      rule: `constraint ${constraint.id}`,
      message: `${describeTouched(touched)} ${touched.length === 1 ? 'falls' : 'fall'} under constraint "${constraint.id}" (${learnedIn(constraint, learnings?.(constraint.learning))}), which ${describeRule(constraint)}`,
      needs: verdictNeeds(constraint),
      constraint,
    });
  }
  return shortfalls;
}

export interface ConstraintViolation {
  constraint: Constraint;
  message: string;
  /** The offending added lines (forbidPattern), at most a few. */
  lines: AddedLine[];
  /** What to do instead of removing lines, when the lines could not be read at all. */
  fix?: string;
}

/**
 * What a change itself breaks, whatever any verdict says: lines added to a forbidPattern
 * constraint's paths that match its pattern. `addedLines` holds the lines the change adds
 * to those paths; `undefined` (not read) refuses rather than guessing.
 */
export function constraintViolations(
  policy: Policy,
  paths: string[],
  addedLines: AddedLine[] | undefined,
  learnings?: LearningLookup,
  unreadable?: string,
): ConstraintViolation[] {
  const violations: ConstraintViolation[] = [];
  const forbidding = (policy.constraints ?? []).filter(
    (c): c is Constraint & { forbidPattern: string } => 'forbidPattern' in c,
  );
  // The work to test every line bounds what a change may ask: computed once, for all constraints.
  let work: number | undefined;
  for (const constraint of policy.constraints ?? []) {
    if (!('forbidPattern' in constraint)) continue;
    const matches = globMatcher(constraint.paths);
    const touched = paths.filter(matches);
    if (touched.length === 0) continue;
    const learned = learnedIn(constraint, learnings?.(constraint.learning));
    if (!addedLines) {
      violations.push({
        constraint,
        lines: [],
        message: `constraint "${constraint.id}" (${learned}) could not be checked: ${unreadable ?? 'the lines this change adds were not read'}`,
        fix: `split the change into smaller commits, so the lines each adds to ${describeTouched(touched)} can be read`,
      });
      continue;
    }
    if (work === undefined) work = scanWork(forbidding, addedLines, globMatcher);
    if (work > MAX_SCAN_WORK) {
      violations.push({
        constraint,
        lines: [],
        message: `constraint "${constraint.id}" (${learned}) could not be checked: testing the lines this change adds would cost ${work.toLocaleString('en-US')} weight-characters, above the bound of ${MAX_SCAN_WORK.toLocaleString('en-US')} per change`,
        fix: `split the change into smaller commits, so each adds fewer lines to ${describeTouched(touched)}`,
      });
      continue;
    }
    const bad = forbiddenLines(constraint, addedLines, matches);
    if (bad.length === 0) continue;
    const shown = bad
      .slice(0, 3)
      .map((l) => `${l.path}:${l.line}: ${l.text.trim().slice(0, 100)}`)
      .join('; ');
    violations.push({
      constraint,
      lines: bad,
      message: `constraint "${constraint.id}" (${learned}) forbids added lines matching /${constraint.forbidPattern}/ in ${constraint.paths.join(', ')}; this change adds ${bad.length}: ${shown}${bad.length > 3 ? '; …' : ''}`,
    });
  }
  return violations;
}

function describeTouched(touched: string[]): string {
  return `${touched[0]}${touched.length > 1 ? ` and ${touched.length - 1} more` : ''}`;
}

function describeOption(option: { checkerKind?: string; evidence?: string }): string {
  const parts = [];
  if (option.checkerKind) parts.push(`a checker of kind ${option.checkerKind}`);
  if (option.evidence) parts.push(`evidence of kind ${option.evidence}`);
  return parts.join(' with ');
}
