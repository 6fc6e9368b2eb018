import { clip } from './words.js';
import type { Evidence, Finding, ManifestEntryJson, Subject } from './record.js';
import { formatSchemaProblems } from './schemas.js';
import { validateReviewShape } from './review-schemas.js';
import { parseStrictJson } from './strict-json.js';

/**
 * The two messages between `ao check` and a judge (schemas/review-request.v1.schema.json
 * and schemas/review.v1.schema.json), and how their answers and the output of `--run`
 * commands become evidence in a verdict record.
 */

export const REVIEW_REQUEST_SCHEMA = 'agentops-verdict/review-request@1';
export const REVIEW_SCHEMA = 'agentops-verdict/review@1';
/** The diff in a request is cut past this many bytes (at a line end), so a judge's prompt stays bounded. */
export const MAX_REQUEST_DIFF_BYTES = 256 * 1024;
/** A judge's answer larger than this is an error, not a review. */
export const MAX_REVIEW_BYTES = 1024 * 1024;
/** Record text fields hold at most this many characters (schemas/record.v1.schema.json). */
const MAX_TEXT = 4000;
const MAX_TAIL_CHARS = 8000;
const TAIL_LINES = 40;

export interface ReviewRequest {
  schema: typeof REVIEW_REQUEST_SCHEMA;
  reviewer: string;
  subject: { kind: Subject['kind']; label: string; digest: string; commit?: string; base?: string; head?: string };
  manifest: ManifestEntryJson[];
  diff: string;
  diffTruncated: boolean;
  diffBytes: number;
  context: string;
  /** Range only: each commit with its own diff (whole, or left out). */
  commits?: RequestCommit[];
  answerSchema: typeof REVIEW_SCHEMA;
}

export interface RequestCommit {
  commit: string;
  digest: string;
  title: string;
  diff: string;
  /** True when the diff was left out: it did not fit whole in what was left of the bound. */
  diffTruncated: boolean;
  diffBytes: number;
}

/**
 * Each commit's own diff for a range's request, oldest first, within one bound for all of
 * them together: a diff is shown whole or not at all (a cut diff would let a judge vouch
 * for a commit it saw only part of), and a diff too big to fit leaves room for later ones.
 */
export function commitsWithin(
  commits: { commit: string; digest: string; title: string; diff: string }[],
  maxBytes: number,
): RequestCommit[] {
  let left = maxBytes;
  return commits.map((c) => {
    const bytes = Buffer.byteLength(c.diff);
    const fits = bytes <= left;
    if (fits) left -= bytes;
    return {
      commit: c.commit,
      digest: c.digest,
      title: clip(cleanText(c.title), 1000),
      diff: fits ? c.diff : '',
      diffTruncated: !fits,
      diffBytes: bytes,
    };
  });
}

export interface UnifiedDiff {
  text: string;
  truncated: boolean;
  totalBytes: number;
}

/**
 * The request one judge receives. `context` is the compiled project context for the
 * touched paths (markdown); callers without one pass ''.
 */
export function buildReviewRequest(args: {
  reviewer: string;
  subject: Subject;
  label: string;
  diff: UnifiedDiff;
  context: string;
  commits?: RequestCommit[];
}): ReviewRequest {
  const { subject, diff } = args;
  const about: ReviewRequest['subject'] = { kind: subject.kind, label: args.label, digest: subject.digest };
  if (subject.kind === 'commit') about.commit = subject.commit;
  if (subject.kind === 'range') Object.assign(about, { base: subject.base, head: subject.head });
  const text = diff.truncated
    ? `${diff.text}[ao: diff truncated: ${Buffer.byteLength(diff.text)} of ${diff.totalBytes} bytes shown]\n`
    : diff.text;
  return {
    schema: REVIEW_REQUEST_SCHEMA,
    reviewer: args.reviewer,
    subject: about,
    manifest: subject.entries,
    diff: text,
    diffTruncated: diff.truncated,
    diffBytes: diff.totalBytes,
    context: args.context,
    ...(args.commits ? { commits: args.commits } : {}),
    answerSchema: REVIEW_SCHEMA,
  };
}

export type ReviewVerdict = 'pass' | 'warn' | 'fail';

export interface Review {
  schema?: typeof REVIEW_SCHEMA;
  verdict: ReviewVerdict;
  summary: string;
  model?: string;
  family?: string;
  findings?: {
    severity: Finding['severity'];
    category: string;
    location?: { path: string; line?: number };
    description: string;
    suggestedFix?: string;
  }[];
  /** Range only: the commits whose own diff the judge reviewed. */
  commits?: string[];
}

export type ParsedReview = { ok: true; review: Review } | { ok: false; error: string };

/** A judge's stdout as a review: exactly one JSON object matching the review schema. */
export function parseReview(stdout: string): ParsedReview {
  const text = stdout.trim();
  if (text === '') return { ok: false, error: 'no answer on stdout' };
  // Strictly (no BOM, no duplicate key, nothing after the object): the answer decides a verdict.
  const parsed = parseStrictJson(stdout);
  if (!parsed.ok)
    return {
      ok: false,
      error: `the answer is not one JSON document (${parsed.error}); it starts: ${JSON.stringify(clip(text, 120))}`,
    };
  const value = parsed.value;
  const problems = validateReviewShape(value);
  if (problems.length > 0)
    return { ok: false, error: `the answer does not match ${REVIEW_SCHEMA}: ${formatSchemaProblems(problems)}` };
  return { ok: true, review: cleanStrings(value) as Review };
}

/**
 * Text from a checker is data, not terminal input: drops control characters (except tab
 * and newline) and bidirectional overrides, which could rewrite what `ao show` displays,
 * and repairs lone surrogates, which canonical JSON refuses.
 */
export function cleanText(text: string): string {
  return text
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanStrings(item)]));
  }
  return value;
}

const FAMILY_PATTERNS: [RegExp, string][] = [
  [/^(claude|anthropic)/, 'anthropic'],
  [/^(gpt|o[1-9]|codex|chatgpt|openai)/, 'openai'],
  [/^(gemini|gemma|google)/, 'google'],
  [/^(llama|meta)/, 'meta'],
  [/^(mistral|mixtral|codestral|devstral|magistral|ministral|pixtral)/, 'mistral'],
  [/^deepseek/, 'deepseek'],
  [/^(qwen|qwq)/, 'alibaba'],
  [/^(grok|xai)/, 'xai'],
  [/^(kimi|moonshot)/, 'moonshot'],
  [/^(glm|zhipu)/, 'zhipu'],
  [/^(command|cohere)/, 'cohere'],
  [/^phi-?[0-9]/, 'microsoft'],
  [/^(nova|titan|amazon)/, 'amazon'],
];

/**
 * The model family of a review: its explicit `family`, else derived from `model`. Model
 * names may carry a provider path (`openrouter/anthropic/claude-...`,
 * `us.anthropic.claude-...-v1:0`): the most specific segment that names a family wins.
 */
export function modelFamily(model: string | undefined, explicit?: string): string | undefined {
  if (explicit) return explicit.toLowerCase();
  if (!model) return undefined;
  const segments = model
    .toLowerCase()
    .split(/[/.:@\s]+/)
    .filter(Boolean)
    .reverse();
  for (const segment of segments) {
    for (const [pattern, family] of FAMILY_PATTERNS) if (pattern.test(segment)) return family;
  }
  return undefined;
}

/** What ran a checker process and how it ended, as the evidence needs it. */
export interface ProcessOutcome {
  exitCode: number | null;
  signal: string | null;
  durationMs: number;
  timedOut: boolean;
  timeoutMs: number;
  /** Set when the process could not be started at all. */
  spawnError?: string;
}

export function describeEnd(outcome: ProcessOutcome): string {
  if (outcome.spawnError) return `could not start: ${outcome.spawnError}`;
  if (outcome.timedOut) return `timed out after ${seconds(outcome.timeoutMs)}: its process group was killed`;
  if (outcome.signal) return `killed by ${outcome.signal}`;
  return `exit ${outcome.exitCode}`;
}

export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

export function runPassed(outcome: ProcessOutcome): boolean {
  return !outcome.spawnError && !outcome.timedOut && outcome.exitCode === 0;
}

/** The last lines of a command's output, cleaned of terminal escapes, within the record's bound. */
export function outputTail(output: string): string {
  const plain = cleanText(output.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, ''));
  const lines = plain.replace(/\n+$/, '').split('\n');
  let tail = lines.slice(-TAIL_LINES).join('\n');
  if (tail.length > MAX_TAIL_CHARS) tail = `…${tail.slice(tail.length - MAX_TAIL_CHARS + 1).toWellFormed()}`;
  return tail;
}

/** Evidence of one `--run CMD`: it passes when it exits 0. */
export function runEvidence(
  command: string,
  outcome: ProcessOutcome,
  output: { digest: string; tail: string },
): Evidence {
  const passed = runPassed(outcome);
  const evidence: Evidence = {
    kind: 'test',
    text: clip(
      `${cleanText(command)}: ${passed ? 'passed' : 'failed'} (${describeEnd(outcome)}, ${seconds(outcome.durationMs)})`,
      MAX_TEXT,
    ),
    command: clip(command, MAX_TEXT),
    exitCode: outcome.exitCode === null ? null : Math.max(-1, Math.min(255, outcome.exitCode)),
    durationMs: Math.max(0, Math.round(outcome.durationMs)),
    outputDigest: output.digest,
    outputTail: output.tail,
  };
  if (!passed && (outcome.spawnError || outcome.timedOut || outcome.signal))
    evidence.error = clip(describeEnd(outcome), MAX_TEXT);
  return evidence;
}

export type JudgeVerdict = ReviewVerdict | 'error';

export interface JudgeResult {
  /** The checker id, e.g. judge:claude: the unit a quorum counts. */
  reviewer: string;
  command: string;
  verdict: JudgeVerdict;
  durationMs: number;
  review?: Review;
  family?: string;
  error?: string;
}

/**
 * Turns a judge's process outcome and stdout into its result. The judge must exit 0 with
 * a valid review; a valid `fail` with another exit code still counts as a fail (it can
 * never turn into a pass). Everything else is an error.
 */
export function judgeResult(args: {
  reviewer: string;
  command: string;
  outcome: ProcessOutcome;
  stdout: string;
  stdoutOverflow: boolean;
  stderrTail: string;
}): JudgeResult {
  const { reviewer, command, outcome } = args;
  const base = { reviewer, command, durationMs: outcome.durationMs };
  const stderrNote = args.stderrTail ? `; stderr ends: ${JSON.stringify(clip(args.stderrTail, 600))}` : '';
  if (outcome.spawnError || outcome.timedOut || outcome.signal)
    return { ...base, verdict: 'error', error: `the judge ${describeEnd(outcome)}${stderrNote}` };
  if (args.stdoutOverflow)
    return { ...base, verdict: 'error', error: `the answer is larger than ${MAX_REVIEW_BYTES} bytes` };
  const parsed = parseReview(args.stdout);
  if (outcome.exitCode !== 0) {
    if (parsed.ok && parsed.review.verdict === 'fail')
      return {
        ...base,
        verdict: 'fail',
        review: parsed.review,
        family: modelFamily(parsed.review.model, parsed.review.family),
      };
    return {
      ...base,
      verdict: 'error',
      error: `the judge exited ${outcome.exitCode}${parsed.ok ? ` after answering ${parsed.review.verdict}: a judge must exit 0` : ''}${stderrNote}`,
    };
  }
  if (!parsed.ok) return { ...base, verdict: 'error', error: `${parsed.error}${stderrNote}` };
  return {
    ...base,
    verdict: parsed.review.verdict,
    review: parsed.review,
    family: modelFamily(parsed.review.model, parsed.review.family),
  };
}

/** Evidence of one judge; findings beyond `findingsBudget` characters are left out and counted. */
export function reviewEvidence(
  result: JudgeResult,
  findingsBudget = Number.POSITIVE_INFINITY,
): { evidence: Evidence; used: number } {
  const head = `${result.reviewer} (${cleanText(result.command)})`;
  if (result.verdict === 'error' || !result.review) {
    return {
      evidence: {
        kind: 'review',
        text: clip(`${head}: error`, MAX_TEXT),
        reviewer: result.reviewer,
        verdict: 'error',
        error: clip(cleanText(result.error ?? 'no review'), MAX_TEXT),
      },
      used: 0,
    };
  }
  const { review } = result;
  const findings: Finding[] = [];
  let used = 0;
  let omitted = 0;
  for (const item of review.findings ?? []) {
    const finding: Finding = { severity: item.severity, category: item.category, description: item.description };
    if (item.location) {
      finding.path = item.location.path;
      if (item.location.line !== undefined) finding.line = item.location.line;
    }
    if (item.suggestedFix) finding.suggestedFix = item.suggestedFix;
    const size = JSON.stringify(finding).length;
    if (used + size > findingsBudget) {
      omitted++;
      continue;
    }
    used += size;
    findings.push(finding);
  }
  const note =
    omitted > 0 ? ` [${omitted} finding${omitted === 1 ? '' : 's'} left out: the record's size is bounded]` : '';
  const evidence: Evidence = {
    kind: 'review',
    text: clip(`${head}: ${review.verdict}: ${review.summary}`, MAX_TEXT - note.length) + note,
    reviewer: result.reviewer,
    verdict: review.verdict,
  };
  if (review.model) evidence.model = review.model;
  if (result.family) evidence.family = result.family;
  if (findings.length > 0) evidence.findings = findings;
  return { evidence, used };
}
