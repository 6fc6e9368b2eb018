import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRule, oneLine, retirementIndex } from '../core/constraints.js';
import { compareRecords } from '../core/ledger.js';
import { globMatcher, parsePolicy, type Policy } from '../core/policy.js';
import {
  POLICY_PATH,
  shortId,
  type Constraint,
  type Finding,
  type LearningRecord,
  type LedgerRecord,
  type VerdictRecord,
} from '../core/record.js';
import type { Git } from '../git/git.js';
import { auditLedger } from './ledger-view.js';
import { policyAt } from './verify.js';

/**
 * The context compiler: what whoever works on some paths should know, from the ledger and
 * the policy, cut to a token budget. `ao context` prints it; `ao check` puts it in the
 * judges' review request; an agent harness can put it in its prompt.
 *
 *   const { text, json, cut } = await compileContext(git, { paths: ['src/auth/login.ts'], budget: 2000 });
 *
 * Deterministic: the same ledger, policy and options give the same bytes (nothing depends
 * on the clock or on file-system order).
 */
export interface ContextOptions {
  /** Repository-relative file paths in play. Empty: the whole repository (every constraint and learning). */
  paths: string[];
  /** Token budget; tokens are estimated as ceil(characters / 4). Default 4000. */
  budget?: number;
  /** `md` (default): Markdown for a prompt. `json`: one line of JSON (the `json` value, serialised). */
  format?: 'md' | 'json';
}

export interface CompiledContext {
  /** The context in the requested format, within the budget. */
  text: string;
  /** The same content as data (whatever the format), for programs. */
  json: ContextDocument;
  cut: ContextCut;
}

export interface ContextCut {
  /** True when something was left out to fit the budget. */
  applied: boolean;
  budget: number;
  /** Estimated tokens of `text`. */
  tokens: number;
  /** Estimated tokens of the context with nothing left out. */
  fullTokens: number;
  omitted: { constraints: number; learnings: number; failedVerdicts: number; heads: number };
}

export interface ContextConstraint {
  id: string;
  /** "in force": in HEAD's policy. "pending": promoted in the working tree, binding once committed. */
  status: 'in force' | 'pending';
  rule: string;
  paths: string[];
  learning: string;
  learningText?: string;
}

export interface ContextLearning {
  id: string;
  createdAt: string;
  text: string;
  negative: boolean;
  paths: string[];
  tags: string[];
  /** Characters of the best-matching glob that are not glob syntax: higher is more specific. */
  specificity: number;
  from?: string;
  /** The constraints it was promoted to that are still in the working tree's policy. */
  enforcedBy: string[];
  retired: string[];
}

export interface ContextFailedVerdict {
  id: string;
  createdAt: string;
  checker: string;
  worker: string;
  summary: string;
  paths: string[];
  findings: Finding[];
}

export interface ContextHead {
  id: string;
  seq: number;
  type: LedgerRecord['type'];
  description: string;
}

export interface ContextDocument {
  paths: string[];
  ledgerProblems: number;
  constraints: ContextConstraint[];
  learnings: ContextLearning[];
  failedVerdicts: ContextFailedVerdict[];
  heads: ContextHead[];
  cut: ContextCut;
}

export const DEFAULT_CONTEXT_BUDGET = 4000;
/** Failed verdicts considered before the budget applies: the most recent this many. */
export const MAX_FAILED_VERDICTS = 20;
const MAX_FINDINGS_PER_VERDICT = 10;

/** The documented token estimate: one token per four characters (UTF-16 code units), rounded up. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export async function compileContext(git: Git, options: ContextOptions): Promise<CompiledContext> {
  const budget = options.budget ?? DEFAULT_CONTEXT_BUDGET;
  const format = options.format ?? 'md';
  const paths = [...new Set(options.paths.map((p) => p.replace(/^\.\//, '')))].sort();
  const audit = await auditLedger(git, { kind: 'worktree' });
  const records = [...audit.records].sort(compareRecords);
  const policy = readWorktreePolicy(git);
  const headPolicy = (await policyAt(git, await git.headCommit()).catch(() => ({ policy: undefined }))).policy;
  const gathered = gather(records, audit.heads, paths, policy, headPolicy);
  return render({ paths, ledgerProblems: audit.problems.length, ...gathered }, budget, format);
}

function readWorktreePolicy(git: Git): Policy | undefined {
  const file = join(git.topLevel, POLICY_PATH);
  if (!existsSync(file)) return undefined;
  return parsePolicy(readFileSync(file), 'the working tree');
}

interface Gathered {
  constraints: ContextConstraint[];
  learnings: ContextLearning[];
  failedVerdicts: ContextFailedVerdict[];
  heads: ContextHead[];
}

/** Selects and orders what concerns the paths; pure, so the order is the documented one. */
export function gather(records: LedgerRecord[], heads: string[], paths: string[], policy: Policy | undefined, headPolicy: Policy | undefined): Gathered {
  const inPlay = (globs: string[]) => paths.length === 0 || paths.some(globMatcher(globs));
  const learningsById = new Map(records.filter((r): r is LearningRecord => r.type === 'learning').map((r) => [r.id, r]));
  const inHead = new Set((headPolicy?.constraints ?? []).map((c) => c.id));
  const current = policy?.constraints ?? [];

  const constraints: ContextConstraint[] = current
    .filter((c) => inPlay(c.paths))
    .map((c: Constraint) => ({
      id: c.id,
      status: inHead.has(c.id) ? 'in force' : 'pending',
      rule: describeRule(c),
      paths: c.paths,
      learning: c.learning,
      learningText: learningsById.get(c.learning)?.text ?? c.note,
    }));

  const isRetired = retirementIndex(records, compareRecords);
  const promotedIds = new Map<string, Set<string>>();
  for (const r of records) if (r.type === 'promotion') (promotedIds.get(r.learning) ?? promotedIds.set(r.learning, new Set()).get(r.learning)!).add(r.constraint.id);
  const learnings: ContextLearning[] = [];
  for (const learning of learningsById.values()) {
    const matching = paths.length === 0 ? learning.paths : learning.paths.filter((glob) => paths.some(globMatcher([glob])));
    if (matching.length === 0) continue;
    const promoted = [...(promotedIds.get(learning.id) ?? [])];
    learnings.push({
      id: learning.id,
      createdAt: learning.createdAt,
      text: learning.text,
      negative: learning.negative,
      paths: learning.paths,
      tags: learning.tags,
      specificity: paths.length === 0 ? 0 : Math.max(...matching.map(globSpecificity)),
      ...(learning.from ? { from: learning.from } : {}),
      enforcedBy: current.filter((c) => c.learning === learning.id).map((c) => c.id),
      retired: promoted.filter((id) => isRetired(id) && !current.some((c) => c.id === id)),
    });
  }
  const seqOf = new Map(records.map((r) => [r.id, r.seq]));
  learnings.sort((a, b) => b.specificity - a.specificity || seqOf.get(b.id)! - seqOf.get(a.id)! || (a.id < b.id ? -1 : 1));

  const failed = records
    .filter((r): r is VerdictRecord => r.type === 'verdict' && r.verdict === 'fail')
    .map((r) => ({ record: r, touched: r.subject.entries.map((e) => e.path).filter((p): p is string => !!p && (paths.length === 0 || paths.includes(p))) }))
    .filter(({ touched }) => touched.length > 0)
    .reverse()
    .slice(0, MAX_FAILED_VERDICTS);
  const failedVerdicts: ContextFailedVerdict[] = failed.map(({ record, touched }) => ({
    id: record.id,
    createdAt: record.createdAt,
    checker: `${record.checker.id} (${record.checker.kind})`,
    worker: record.worker.id,
    summary: record.summary,
    paths: touched,
    findings: record.evidence
      .flatMap((e) => (e.kind === 'review' ? (e.findings ?? []) : []))
      .filter((f) => !f.path || paths.length === 0 || paths.includes(f.path))
      .slice(0, MAX_FINDINGS_PER_VERDICT),
  }));

  const byId = new Map(records.map((r) => [r.id, r]));
  const headRecords: ContextHead[] = heads
    .map((id) => byId.get(id))
    .filter((r): r is LedgerRecord => !!r)
    .sort((a, b) => compareRecords(b, a))
    .map((r) => ({ id: r.id, seq: r.seq, type: r.type, description: describeRecord(r) }));

  return { constraints, learnings, failedVerdicts, heads: headRecords };
}

/** How specific a glob is: its characters that are not glob syntax. `src/auth/login.ts` > `src/auth/**` > `*.ts` > `**`. */
export function globSpecificity(glob: string): number {
  return glob.replace(/[*?[\]{}()!+@\\]/g, '').length;
}

function describeRecord(record: LedgerRecord): string {
  switch (record.type) {
    case 'genesis':
      return 'genesis';
    case 'verdict':
      return `verdict ${record.verdict} by ${record.checker.id}${record.summary ? `: ${oneLine(record.summary, 80)}` : ''}`;
    case 'learning':
      return `learning: ${oneLine(record.text, 80)}`;
    case 'promotion':
      return `promotion of ${shortId(record.learning)} to constraint "${record.constraint.id}"`;
    case 'retirement':
      return `retirement of constraint "${record.constraint}": ${oneLine(record.why, 80)}`;
  }
}

type Section = 'constraints' | 'learnings' | 'failedVerdicts' | 'heads';
const SECTIONS: Section[] = ['constraints', 'learnings', 'failedVerdicts', 'heads'];
const HEADINGS: Record<Section, string> = {
  constraints: '## Constraints on these paths',
  learnings: '## Learnings (most specific, then most recent, first)',
  failedVerdicts: '## Recent failed verdicts on these paths',
  heads: '## Open heads of the ledger',
};

function mdItem(section: Section, item: unknown): string {
  switch (section) {
    case 'constraints': {
      const c = item as ContextConstraint;
      return `- **${c.id}** (${c.status}) on ${c.paths.map((p) => `\`${p}\``).join(', ')}: ${c.rule}. Learned in ${shortId(c.learning)}…${c.learningText ? `: "${oneLine(c.learningText, 300)}"` : ''}\n`;
    }
    case 'learnings': {
      const l = item as ContextLearning;
      const marks = [l.negative ? 'AVOID' : '', l.enforcedBy.length ? `enforced by ${l.enforcedBy.join(', ')}` : '', l.retired.length ? `retired: ${l.retired.join(', ')}` : '']
        .filter(Boolean)
        .join('; ');
      return `- ${marks ? `[${marks}] ` : ''}${l.text.replace(/\n+/g, ' ')}\n  (on ${l.paths.map((p) => `\`${p}\``).join(', ')}${l.tags.length ? `; tags ${l.tags.join(', ')}` : ''}; ${shortId(l.id)}, ${l.createdAt.slice(0, 10)})\n`;
    }
    case 'failedVerdicts': {
      const v = item as ContextFailedVerdict;
      const lines = [`- ${shortId(v.id)} ${v.createdAt.slice(0, 10)} by ${v.checker} on ${v.paths.slice(0, 5).join(', ')}${v.paths.length > 5 ? ` and ${v.paths.length - 5} more` : ''}${v.summary ? `: ${oneLine(v.summary, 300)}` : ''}\n`];
      for (const f of v.findings) lines.push(`  - ${f.severity}${f.path ? ` ${f.path}${f.line ? `:${f.line}` : ''}` : ''}: ${oneLine(f.description, 200)}${f.suggestedFix ? ` (fix: ${oneLine(f.suggestedFix, 120)})` : ''}\n`);
      return lines.join('');
    }
    case 'heads': {
      const h = item as ContextHead;
      return `- ${shortId(h.id)} (seq ${h.seq}) ${h.description}\n`;
    }
  }
}

/**
 * Renders the document within the budget. Items are taken in priority order (constraints,
 * learnings, failed verdicts, heads; each section in its own order); the first item that
 * does not fit ends it, so the output is always a prefix of the full context.
 */
function render(doc: Omit<ContextDocument, 'cut'>, budget: number, format: 'md' | 'json'): CompiledContext {
  const budgetChars = budget * 4;
  const all = SECTIONS.flatMap((section) => (doc[section] as unknown[]).map((item) => ({ section, item })));
  const emptyCut: ContextCut = { applied: false, budget, tokens: 0, fullTokens: 0, omitted: { constraints: 0, learnings: 0, failedVerdicts: 0, heads: 0 } };

  const build = (count: number, cut: ContextCut): { text: string; json: ContextDocument } => {
    const kept = all.slice(0, count);
    const json: ContextDocument = {
      paths: doc.paths,
      ledgerProblems: doc.ledgerProblems,
      constraints: [],
      learnings: [],
      failedVerdicts: [],
      heads: [],
      cut,
    };
    for (const { section, item } of kept) (json[section] as unknown[]).push(item);
    if (format === 'json') return { text: JSON.stringify(json), json };
    const parts = [mdHeader(doc)];
    let last: Section | undefined;
    for (const { section, item } of kept) {
      if (section !== last) parts.push(`\n${HEADINGS[section]}\n`);
      last = section;
      parts.push(mdItem(section, item));
    }
    if (cut.applied) parts.push(`\n${cutNotice(cut)}\n`);
    return { text: parts.join(''), json };
  };

  const full = build(all.length, emptyCut);
  const fullTokens = estimateTokens(full.text);
  if (full.text.length <= budgetChars) {
    const cut = { ...emptyCut, tokens: fullTokens, fullTokens };
    return { ...build(all.length, cut), cut };
  }
  // The largest prefix whose rendering, cut notice included, fits. Rendering is monotone in
  // the count, so a binary search finds it.
  const omitted = (count: number) => {
    const o = { constraints: 0, learnings: 0, failedVerdicts: 0, heads: 0 };
    for (const { section } of all.slice(count)) o[section]++;
    return o;
  };
  const attempt = (count: number) => {
    const cut: ContextCut = { applied: true, budget, tokens: 0, fullTokens, omitted: omitted(count) };
    const built = build(count, cut);
    // The token count goes in the text itself: settle it on the figure that includes it.
    for (let i = 0; i < 3; i++) {
      const tokens = estimateTokens(built.text);
      if (tokens === cut.tokens) break;
      cut.tokens = tokens;
      Object.assign(built, build(count, cut));
    }
    return { ...built, cut };
  };
  let lo = 0;
  let hi = all.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (attempt(mid).text.length <= budgetChars) lo = mid;
    else hi = mid - 1;
  }
  return attempt(lo);
}

function mdHeader(doc: Omit<ContextDocument, 'cut'>): string {
  const what = doc.paths.length === 0 ? 'the whole repository' : doc.paths.length <= 8 ? doc.paths.map((p) => `\`${p}\``).join(', ') : `${doc.paths.length} paths (${doc.paths.slice(0, 5).map((p) => `\`${p}\``).join(', ')}, …)`;
  const lines = [`# What to know before changing ${what}`, ''];
  lines.push('From the agentops/verdict ledger: constraints are enforced on every commit; learnings are what earlier work taught.');
  if (doc.ledgerProblems > 0) lines.push(`Warning: the ledger has ${doc.ledgerProblems} problem(s); run \`ao ledger verify\`.`);
  if (doc.constraints.length + doc.learnings.length + doc.failedVerdicts.length === 0) lines.push('Nothing recorded concerns these paths yet.');
  return `${lines.join('\n')}\n`;
}

function cutNotice(cut: ContextCut): string {
  const parts = (
    [
      ['constraints', 'constraint'],
      ['learnings', 'learning'],
      ['failedVerdicts', 'failed verdict'],
      ['heads', 'ledger head'],
    ] as const
  )
    .filter(([key]) => cut.omitted[key] > 0)
    .map(([key, noun]) => `${cut.omitted[key]} ${noun}${cut.omitted[key] === 1 ? '' : 's'}`);
  return `_Cut to the budget of ${cut.budget} tokens (this text: ~${cut.tokens}): left out ${parts.join(', ')}; the full context is ~${cut.fullTokens} tokens._`;
}

/**
 * The context judges get in `ao check`'s review request: the compiled context for the paths
 * the change touches, or '' when nothing recorded concerns them (no constraint, learning or
 * failed verdict on those paths: heads alone tell a judge nothing).
 */
export async function contextForJudges(git: Git, paths: string[], budget = DEFAULT_CONTEXT_BUDGET): Promise<string> {
  const compiled = await compileContext(git, { paths, budget, format: 'md' });
  const { constraints, learnings, failedVerdicts, cut } = compiled.json;
  const something = constraints.length + learnings.length + failedVerdicts.length + cut.omitted.constraints + cut.omitted.learnings + cut.omitted.failedVerdicts;
  return something > 0 ? compiled.text : '';
}
