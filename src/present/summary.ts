import type { Decision } from '../core/coverage.js';
import { breaksAppendOnly, type LedgerProblem } from '../core/ledger.js';
import { shortId } from '../core/record.js';
import { plural as countOf, oneLine } from '../core/words.js';
import { shortSha } from '../repo/changes.js';
import type { VerifyReport } from '../repo/verify.js';
import { fixText, runnable } from './commands.js';

/**
 * The job summary, as markdown: pure, so it is tested without a runner. GitHub refuses a
 * step summary over 1 MiB, so every list in it is bounded, and what a bound leaves out is
 * counted and said, never dropped silently.
 */

export const MAX_ROWS = 1000;
const MAX_FIXES = 1000;
const MAX_PROBLEMS = 100;
/** Byte budgets: together well under GitHub's 1 MiB cap, whatever the subjects hold. */
const TABLE_BUDGET = 600 * 1024;
const FIX_BUDGET = 200 * 1024;
const PROBLEM_BUDGET = 64 * 1024;
const SUMMARY_LIMIT = 1024 * 1024;

export interface LedgerFacts {
  /** Where it was read from, e.g. "`1a2b3c4` (the pull request head)". */
  source: string;
  records: number;
  /** Records the change adds (each fully checked); undefined in an audit. */
  added?: number;
  heads: string[];
  problems: LedgerProblem[];
  /** The commit the ledger must be append-only relative to. */
  appendOnlySince?: string;
}

export interface SummaryData {
  result: 'pass' | 'fail';
  /** Observe mode: it would fail, and passes. */
  observed?: boolean;
  /** What ran, e.g. "pull request #12 (feature → main)". */
  title: string;
  /** Which commits, in words (may hold code spans). */
  why?: string;
  report?: VerifyReport;
  policyRev?: string;
  policyWhy?: string;
  ledger?: LedgerFacts;
  notes: string[];
  error?: { message: string; fix?: string; yaml?: string };
  commitUrl?: (sha: string) => string;
  /** How `ao` runs in that repository (`npx ao` when it is a dev dependency). */
  ao?: string;
}

const ICON: Record<Decision['outcome'], string> = { covered: '✅', uncovered: '❌', exempt: '➖', empty: '⚪' };
const WORD: Record<Decision['outcome'], string> = {
  covered: 'covered',
  uncovered: '**uncovered**',
  exempt: 'exempt',
  empty: 'needs none',
};

/** Text that renders as itself in a table cell: one line, no `|` to split the row, no HTML, no markdown. */
export function cell(text: string, max = 120): string {
  return escapeMarkdown(oneLine(text, max));
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`);
}

/** A code span holding `text` literally, whatever backticks it contains. */
export function code(text: string): string {
  const flat = oneLine(text, 400);
  const runs = flat.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return countOf(n, one, many, (value) => value.toLocaleString('en-US'));
}

/** The part of a decision's fix that is a command to run, and the words before it. */
export function splitFix(fix: string): { prose?: string; command: string } {
  const at = fix.indexOf('ao verdict ');
  if (at <= 0) return { command: fix };
  return {
    prose:
      fix
        .slice(0, at)
        .replace(/[,;:\s]*(then)?\s*$/i, '')
        .trim() || undefined,
    command: fix.slice(at),
  };
}

/** Text of our own messages, with their `code spans` rendered as code and everything else escaped: no literal backticks. */
function prose(text: string, max = 500): string {
  const flat = oneLine(text, max);
  const parts: string[] = [];
  let last = 0;
  for (const match of flat.matchAll(/`([^`]+)`/g)) {
    parts.push(escapeMarkdown(flat.slice(last, match.index)), code(match[1]!));
    last = match.index + match[0].length;
  }
  parts.push(escapeMarkdown(flat.slice(last)));
  return parts.join('');
}

/** "12 of 320 commits need a verdict; 305 exempt": the counts a failing headline gives. */
function failingHeadline(counts: VerifyReport['counts'], problems: number): string {
  const parts = [];
  if (counts.uncovered > 0) {
    parts.push(
      `${counts.uncovered} of ${plural(counts.checked, 'commit')} ${counts.uncovered === 1 ? 'needs' : 'need'} a verdict`,
    );
    if (counts.exempt) parts.push(`${counts.exempt.toLocaleString('en-US')} exempt`);
    if (counts.empty) parts.push(`${counts.empty.toLocaleString('en-US')} need${counts.empty === 1 ? 's' : ''} none`);
  }
  if (problems > 0) parts.push(`the ledger has ${plural(problems, 'problem')}`);
  return parts.join('; ') || 'failed';
}

function headline(data: SummaryData): string {
  const { report } = data;
  if (data.error) return `## ❌ agentops/verdict could not check the ${cell(data.title, 200)}`;
  if (!report && data.ledger) {
    const problems = data.ledger.problems.length;
    return problems === 0
      ? `## ✅ agentops/verdict: the ledger is intact (${plural(data.ledger.records, 'record')})`
      : `## ❌ agentops/verdict: the ledger has ${plural(problems, 'problem')}`;
  }
  if (!report) return `## ${data.result === 'pass' ? '✅' : '❌'} agentops/verdict: ${cell(data.title, 200)}`;
  const { counts } = report;
  if (data.observed)
    return `## 👀 agentops/verdict: observe mode: would fail: ${failingHeadline(counts, report.ledger.problems.length)}`;
  if (data.result === 'pass') {
    if (counts.checked === 0) return `## ✅ agentops/verdict: no commits to check`;
    return `## ✅ agentops/verdict: ${counts.checked === counts.covered ? `${plural(counts.checked, 'commit')} covered` : `${counts.covered} of ${plural(counts.checked, 'commit')} covered, none uncovered`}`;
  }
  return `## ❌ agentops/verdict: ${failingHeadline(counts, report.ledger.problems.length)}`;
}

function commitLink(data: SummaryData, sha: string): string {
  const label = `\`${shortSha(sha)}\``;
  return data.commitUrl ? `[${label}](${data.commitUrl(sha)})` : label;
}

function row(data: SummaryData, decision: Decision): string {
  const { change, record } = decision;
  const commit = change.commit ? commitLink(data, change.commit) : cell(change.label);
  const subject = change.subjectLine ? cell(change.subjectLine, 100) : '';
  const author = cell(change.authorName || change.authorEmail || '', 40);
  const verdict = record ? `${record.verdict} \`${shortId(record.id)}\`` : '—';
  const checker = record ? `${cell(record.checker.id, 60)} (${record.checker.kind})` : '—';
  return `| ${ICON[decision.outcome]} | ${commit} | ${subject} | ${author} | ${verdict} | ${checker} | ${WORD[decision.outcome]}: ${prose(decision.reason, 240)} |`;
}

function commitTable(data: SummaryData, decisions: Decision[], budget = TABLE_BUDGET): string[] {
  const lines = ['| | Commit | Subject | Author | Verdict | Checker | Result |', '|:-:|---|---|---|---|---|---|'];
  let used = 0;
  let shown = 0;
  for (const decision of decisions) {
    const line = row(data, decision);
    if (shown >= MAX_ROWS || used + bytes(line) > budget) break;
    lines.push(line);
    used += bytes(line) + 1;
    shown++;
  }
  const rest = decisions.slice(shown);
  if (rest.length > 0) {
    const uncovered = rest.filter((d) => d.outcome === 'uncovered').length;
    lines.push(
      '',
      `_… and ${plural(rest.length, 'more commit')} not shown (${uncovered} of them uncovered): the table stops at ${shown.toLocaleString('en-US')} rows to keep this summary under GitHub's 1 MiB limit. The \`results-file\` output and \`ao verify --range\` list every one._`,
    );
  }
  return lines;
}

function fixSection(report: VerifyReport, ao: string): string[] {
  const failures = report.decisions.filter((d) => d.outcome === 'uncovered' && d.fix);
  if (failures.length === 0) return [];
  const lines = ['### How to fix', ''];
  if (report.coverAll) {
    lines.push(
      `One command covers all ${failures.length} uncovered commits: a range verdict names each commit's own digest. Have a checker that did not write them review the range, in a clone of the branch, then:`,
      '',
      '```sh',
      runnable(report.coverAll, ao).replace(/`{3,}/g, '``'),
      'git add .agents/ledger && git commit -m "Record verdicts" && git push',
      '```',
      '',
      'Or commit by commit:',
      '',
    );
  }
  lines.push(
    `Have a checker that did not write the change${failures.length === 1 ? '' : 's'} review ${failures.length === 1 ? 'it' : 'each commit'} and record ${failures.length === 1 ? 'a verdict' : 'verdicts'}, in a clone of the branch; then commit the new records and push:`,
    '',
    '```sh',
  );
  let used = 0;
  let shown = 0;
  for (const decision of failures) {
    const { prose, command } = splitFix(fixText(decision.fix!));
    const title = `${decision.change.label} ${oneLine(decision.change.subjectLine ?? '', 72)}`.replace(/`{3,}/g, '``');
    const why = oneLine(prose ?? decision.reason, 160).replace(/`{3,}/g, '``');
    const entry = `# ${title}: ${why}\n${runnable(command, ao).replace(/`{3,}/g, '``')}`;
    if (shown >= MAX_FIXES || used + bytes(entry) > FIX_BUDGET) break;
    lines.push(entry);
    used += bytes(entry) + 1;
    shown++;
  }
  lines.push('git add .agents/ledger && git commit -m "Record verdicts" && git push', '```');
  if (shown < failures.length)
    lines.push(
      '',
      `_… and ${plural(failures.length - shown, 'more fix', 'more fixes')}: the \`results-file\` output holds every \`fix\`._`,
    );
  const range = report.rangeDecision;
  if (range && range.outcome !== 'covered' && range.fix) {
    lines.push(
      '',
      `Or, as the policy's mode is \`range\`, cover the whole change with one verdict: ${code(runnable(splitFix(fixText(range.fix)).command, ao))}`,
    );
  }
  return lines;
}

function problemList(problems: LedgerProblem[]): string[] {
  const lines: string[] = [];
  let used = 0;
  let shown = 0;
  for (const problem of problems) {
    const line = `- ❌ ${prose(problem.message, 300)}  \n  fix: ${prose(problem.fix, 300)}`;
    if (shown >= MAX_PROBLEMS || used + bytes(line) > PROBLEM_BUDGET) break;
    lines.push(line);
    used += bytes(line) + 1;
    shown++;
  }
  if (shown < problems.length)
    lines.push(`- _… and ${plural(problems.length - shown, 'more problem')}: \`ao ledger verify\` lists every one._`);
  return lines;
}

function ledgerSection(ledger: LedgerFacts): string[] {
  const lines = ['### Ledger', ''];
  const added =
    ledger.added !== undefined
      ? `, ${plural(ledger.added, 'record')} added by this change (each fully checked)`
      : ', every one fully checked';
  lines.push(`- Read from ${ledger.source}: **${plural(ledger.records, 'record')}**${added}.`);
  const heads = ledger.heads.slice(0, 10).map((h) => `\`${shortId(h)}\``);
  if (ledger.heads.length > 10) heads.push(`and ${ledger.heads.length - 10} more`);
  lines.push(`- ${ledger.heads.length === 1 ? 'Head' : 'Heads'}: ${heads.join(', ') || '(none: the ledger is empty)'}`);
  if (ledger.appendOnlySince) {
    lines.push(
      `- Append-only since \`${shortSha(ledger.appendOnlySince)}\`: ${ledger.problems.some(breaksAppendOnly) ? '**no**' : 'yes'}.`,
    );
  }
  if (ledger.problems.length > 0) lines.push(`- ${plural(ledger.problems.length, 'problem')}: listed at the top.`);
  return lines;
}

export function renderSummary(data: SummaryData): string {
  const out: string[] = [headline(data), ''];
  const report = data.report;
  if (data.observed) {
    out.push(
      '> [!WARNING]',
      '> Observe mode: this check would fail, and passes. The policy\'s `"enforcement"` (or the action\'s `mode` input) is `"observe"`; set it to `"enforce"` to refuse what is listed below.',
      '',
    );
  }
  // Problems first: what is wrong and how to fix it, before any account of what went well.
  if (data.error) {
    out.push(`**Error:** ${prose(data.error.message, 2000)}`, '');
    if (data.error.fix) out.push(`**Fix:** ${prose(data.error.fix, 1000)}`, '');
    if (data.error.yaml) out.push('```yaml', data.error.yaml, '```', '');
  }
  const problems = data.ledger?.problems ?? [];
  if (problems.length > 0)
    out.push(
      `### Ledger problems (${problems.length.toLocaleString('en-US')})`,
      '',
      'A broken or tampered ledger fails in every mode.',
      '',
      ...problemList(problems),
      '',
    );
  const decisions = report?.decisions ?? [];
  const uncovered = decisions.filter((d) => d.outcome === 'uncovered');
  if (report && uncovered.length > 0) {
    out.push(
      `### Needs a verdict (${uncovered.length.toLocaleString('en-US')})`,
      '',
      ...commitTable(data, uncovered, TABLE_BUDGET / 2),
      '',
    );
    const fixes = fixSection(report, data.ao ?? 'ao');
    if (fixes.length) out.push(...fixes, '');
  }
  if (data.why) out.push(`**Checked:** ${cell(data.title, 200)}: ${data.why}.`, '');
  if (report) {
    const policy = report.policy;
    out.push(
      policy.enforced
        ? `**Policy:** \`.agents/policy.json\` at \`${shortSha(data.policyRev ?? report.scope.base ?? '')}\`, ${prose(data.policyWhy ?? 'the base', 200)} (mode \`${policy.mode}\`${policy.enforcement === 'observe' ? ', enforcement `observe`' : ''}). A change is judged by the policy it would land under, never by one it brings.`
        : `**Policy:** none at ${data.policyRev ? `\`${shortSha(data.policyRev)}\`, ${prose(data.policyWhy ?? 'the base', 200)}` : 'the base'}: coverage is not enforced yet.`,
      '',
    );
    const counts = report.counts;
    const tally = [`${counts.covered} covered`, `${counts.uncovered} uncovered`];
    if (counts.exempt) tally.push(`${counts.exempt} exempt by policy`);
    if (counts.empty) tally.push(`${counts.empty} needing none (ledger-only commits and clean merges)`);
    out.push(`**Commits:** ${plural(counts.checked, 'commit')} checked: ${tally.join(', ')}.`, '');
  }
  for (const note of data.notes) out.push(`> [!NOTE]\n> ${prose(note, 500)}`, '');
  const covered = decisions.filter((d) => d.outcome === 'covered');
  if (covered.length > 0)
    out.push(
      `### Covered (${covered.length.toLocaleString('en-US')})`,
      '',
      ...commitTable(data, covered, TABLE_BUDGET / 4),
      '',
    );
  const quiet = decisions.filter((d) => d.outcome === 'exempt' || d.outcome === 'empty');
  if (quiet.length > 0) {
    const exempt = quiet.filter((d) => d.outcome === 'exempt').length;
    const what = [
      exempt ? `${exempt.toLocaleString('en-US')} exempt` : '',
      quiet.length - exempt ? `${(quiet.length - exempt).toLocaleString('en-US')} needing none` : '',
    ]
      .filter(Boolean)
      .join(', ');
    out.push(
      '<details>',
      `<summary>${what} (ledger-only commits, clean merges, exempt paths or authors)</summary>`,
      '',
      ...commitTable(data, quiet, TABLE_BUDGET / 4),
      '',
      '</details>',
      '',
    );
  }
  if (data.ledger) out.push(...ledgerSection(data.ledger), '');
  let text = out.join('\n');
  // The budgets above keep this far below the cap; this is the last line of defence.
  if (bytes(text) > SUMMARY_LIMIT - 1024)
    text = `${Buffer.from(text)
      .subarray(0, SUMMARY_LIMIT - 4096)
      .toString('utf8')
      .replace(/\uFFFD$/, '')}\n\n_… summary cut at GitHub's 1 MiB limit._\n`;
  return text;
}

/** A mention in a comment notifies whoever it names: text from the change never mentions anyone. */
function quiet(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, '@\u200b');
}

const COMMENT_ROWS = 20;

export interface CommentData {
  outcome: 'failing' | 'passing';
  observed: boolean;
  report?: VerifyReport;
  problems: LedgerProblem[];
  error?: { message: string; fix?: string };
  head?: string;
  runUrl?: string;
  ao: string;
  summary?: string;
}

/** The pull request comment: what is uncovered and the one command that covers it; or the short note that all is covered. */
export function commentBody(data: CommentData): { failing?: string; passing: string } {
  const report = data.report;
  const at = data.head ? ` at \`${shortSha(data.head)}\`` : '';
  const passing = `### ✅ agentops/verdict: all covered\n\nEvery commit of this pull request${at} is covered${report ? ` (${report.counts.covered} of ${plural(report.counts.checked, 'commit')}; the rest exempt or need none)` : ''}.${data.runUrl ? ` [Details](${data.runUrl})` : ''}\n`;
  if (data.outcome === 'passing') return { passing };
  const lines: string[] = [];
  const counts = report
    ? failingHeadline(report.counts, data.problems.length)
    : data.error
      ? 'could not check'
      : 'failed';
  lines.push(
    data.observed
      ? `### 👀 agentops/verdict: observe mode: would fail: ${counts}`
      : `### ❌ agentops/verdict: ${counts}`,
    '',
  );
  if (data.observed) lines.push('Observe mode: nothing is refused yet; this is what enforcement would refuse.', '');
  if (data.error)
    lines.push(
      `**Error:** ${quiet(prose(data.error.message, 500))}`,
      '',
      ...(data.error.fix ? [`**Fix:** ${quiet(prose(data.error.fix, 500))}`, ''] : []),
    );
  for (const problem of data.problems.slice(0, 5))
    lines.push(`- ❌ ${quiet(prose(problem.message, 300))}  \n  fix: ${quiet(prose(problem.fix, 300))}`);
  if (data.problems.length > 5)
    lines.push(`- … and ${plural(data.problems.length - 5, 'more ledger problem')} (see the job summary)`);
  if (data.problems.length) lines.push('');
  const uncovered = report?.decisions.filter((d) => d.outcome === 'uncovered') ?? [];
  if (uncovered.length > 0) {
    lines.push('| Commit | Subject | Why |', '|---|---|---|');
    for (const d of uncovered.slice(0, COMMENT_ROWS))
      lines.push(
        `| \`${d.change.commit ? shortSha(d.change.commit) : cell(d.change.label)}\` | ${quiet(cell(d.change.subjectLine ?? '', 80))} | ${quiet(prose(d.reason, 200))} |`,
      );
    if (uncovered.length > COMMENT_ROWS)
      lines.push(`| … | and ${uncovered.length - COMMENT_ROWS} more | see the job summary |`);
    lines.push('');
    const single =
      uncovered.length === 1 && uncovered[0]!.fix ? splitFix(fixText(uncovered[0]!.fix)).command : undefined;
    const range =
      report?.rangeDecision?.fix && report.rangeDecision.outcome !== 'covered'
        ? splitFix(fixText(report.rangeDecision.fix)).command
        : undefined;
    const command = report?.coverAll ?? single ?? range;
    if (command && /^ao verdict /.test(command)) {
      lines.push(
        `The one command that covers ${uncovered.length === 1 ? 'it' : 'them all'}, run in a clone of the branch after a checker that did not write ${uncovered.length === 1 ? 'the change' : 'the changes'} has reviewed ${uncovered.length === 1 ? 'it' : 'them'}:`,
        '',
        '```sh',
        runnable(command, data.ao).replace(/`{3,}/g, '``'),
        'git add .agents/ledger && git commit -m "Record verdicts" && git push',
        '```',
        '',
      );
    } else {
      lines.push(
        'Each commit needs its own fix (a constraint, the policy, or a signature): the job summary gives each one.',
        '',
      );
    }
  }
  if (data.runUrl) lines.push(`[The job summary](${data.runUrl}) lists every commit and every fix.`);
  return { failing: fitCommentText(lines.join('\n')), passing };
}

function fitCommentText(text: string): string {
  return text.length > 60_000 ? `${text.slice(0, 60_000)}\n\n_… cut: the job summary has the rest._` : text;
}
