import type { Decision } from '../core/coverage.js';
import type { LedgerProblem } from '../core/ledger.js';
import { clip, plural } from '../core/words.js';
import type { VerifyReport } from '../repo/verify.js';
import { fixText, runnable } from './commands.js';

/**
 * What the terminal shows: the verification report, its decisions and ledger problems, the
 * count line; styled only on a TTY. The CLI and the hooks print it; the action logs it.
 */

/** Terminal styling: only on a TTY, and never when NO_COLOR is set. */
export interface Style {
  ok(text: string): string;
  bad(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

export function styleFor(stream: NodeJS.WriteStream): Style {
  const on = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const wrap = (code: string) => (text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
  return { ok: wrap('32'), bad: wrap('31'), dim: wrap('2'), bold: wrap('1') };
}

/**
 * Text from the change under test (commit subjects, paths, record fields) is printed only
 * after control characters are made visible: a commit subject or a record summary holding
 * terminal escape sequences, newlines or bidirectional overrides must not be able to
 * rewrite what the report says (erase a FAILED line, forge an "ok").
 */
export function clean(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );
}

/** Said wherever observe mode lets a failing check pass. */
export const OBSERVE_WARNING =
  'observe mode: would fail (the policy\'s "enforcement" is "observe"): nothing is refused until it is "enforce"';

const MARK: Record<Decision['outcome'], string> = { covered: '✔', uncovered: '✘', exempt: '–', empty: '·' };

export interface Counts {
  checked: number;
  covered: number;
  uncovered: number;
  exempt: number;
  empty: number;
}

export function sumCounts(all: Counts[]): Counts {
  const total: Counts = { checked: 0, covered: 0, uncovered: 0, exempt: 0, empty: 0 };
  for (const c of all) for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += c[key];
  return total;
}

/** The exact count line: every outcome named, never "covered" for what was exempt. */
export function countsText(counts: Counts, noun = 'commit'): string {
  const parts = [`${counts.covered} covered`];
  if (counts.exempt) parts.push(`${counts.exempt} exempt`);
  if (counts.empty) parts.push(`${counts.empty} need${counts.empty === 1 ? 's' : ''} none`);
  if (counts.uncovered) parts.push(`${counts.uncovered} uncovered`);
  return `${counts.checked} ${noun}${counts.checked === 1 ? '' : 's'} checked: ${parts.join(', ')}`;
}

export function renderDecision(decision: Decision, style: Style, ao = 'ao'): string[] {
  const change = decision.change;
  const mark =
    decision.outcome === 'uncovered'
      ? style.bad(MARK.uncovered)
      : decision.outcome === 'covered'
        ? style.ok(MARK.covered)
        : style.dim(MARK[decision.outcome]);
  const title = clean(change.subjectLine ? `${change.label}  ${clip(change.subjectLine, 50)}` : change.label);
  const lines = [`  ${mark} ${style.bold(title)}`, `      ${decision.outcome}: ${clean(decision.reason)}`];
  if (decision.fix) lines.push(`      fix: ${clean(runnable(fixText(decision.fix), ao))}`);
  return lines;
}

export function renderProblem(problem: LedgerProblem, style: Style, ao = 'ao'): string[] {
  return [`  ${style.bad('✘')} ${clean(problem.message)}`, `      fix: ${clean(runnable(problem.fix, ao))}`];
}

export function renderReport(report: VerifyReport, style: Style, ao = 'ao'): string {
  const lines: string[] = [];
  const { counts } = report;
  const verdict = report.ok ? style.ok('ok') : style.bad('FAILED');
  lines.push(
    `ao verify ${clean(report.scope.label)}: ${verdict}: ${countsText(counts, report.scope.kind === 'staged' ? 'change' : 'commit')}`,
  );
  lines.push(
    style.dim(
      `  policy: ${clean(report.policy.source)}${report.policy.why ? ` (${clean(report.policy.why)})` : ''}${report.policy.mode ? ` (mode ${report.policy.mode})` : ''}`,
    ),
  );
  lines.push(
    style.dim(
      `  ledger: ${report.ledger.source}, ${plural(report.ledger.baseRecords + report.ledger.newRecords, 'record')} (${report.ledger.newRecords} new, fully checked)`,
    ),
  );
  for (const note of report.notes) lines.push(style.dim(`  note: ${clean(note)}`));
  if (report.rangeDecision && report.rangeDecision.outcome !== 'covered') {
    lines.push(
      style.dim(
        `  range mode: the combined change is not covered (${clean(report.rangeDecision.reason)}); checking each commit`,
      ),
    );
    if (report.rangeDecision.fix)
      lines.push(style.dim(`      or cover it at once: ${clean(runnable(fixText(report.rangeDecision.fix), ao))}`));
  }
  for (const decision of report.decisions) lines.push(...renderDecision(decision, style, ao));
  if (report.coverAll) {
    lines.push(
      `  ${style.bold(`one command covers all ${report.counts.uncovered} uncovered commits`)} (a range verdict names each commit's own digest):`,
    );
    lines.push(`      ${clean(runnable(report.coverAll, ao))}`);
  }
  if (report.ledger.problems.length > 0) {
    lines.push(style.bad(`  ledger problems (${report.ledger.problems.length}):`));
    for (const problem of report.ledger.problems) lines.push(...renderProblem(problem, style, ao));
  }
  return lines.join('\n');
}

/** The stable `--json` form of a verification report (documented in docs/spec.md). */
export function reportJson(report: VerifyReport): object {
  return {
    ok: report.ok,
    scope: report.scope,
    policy: {
      source: report.policy.source,
      enforced: report.policy.enforced,
      mode: report.policy.mode ?? null,
      enforcement: report.policy.enforcement,
      why: report.policy.why ?? null,
    },
    ledger: report.ledger,
    range: report.rangeDecision ? decisionJson(report.rangeDecision) : null,
    changes: report.decisions.map(decisionJson),
    counts: report.counts,
    coverAll: report.coverAll ?? null,
    notes: report.notes,
  };
}

export function decisionJson(decision: Decision): object {
  const { change } = decision;
  return {
    kind: change.kind,
    label: change.label,
    commit: change.commit ?? null,
    subject: change.subjectLine ?? null,
    author: change.authorEmail ?? null,
    digest: change.manifest.digest,
    paths: change.manifest.entries.length,
    outcome: decision.outcome,
    reason: decision.reason,
    failedRule: decision.failedRule ?? null,
    policyRule: decision.policyRule ?? null,
    constraint: decision.constraint ?? null,
    learning: decision.learning ?? null,
    record: decision.record
      ? { id: decision.record.id, verdict: decision.record.verdict, checker: decision.record.checker }
      : null,
    fix: fixText(decision.fix) ?? null,
  };
}
