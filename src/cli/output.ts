import type { Decision } from '../core/coverage.js';
import type { LedgerProblem } from '../core/ledger.js';
import type { VerifyReport } from '../repo/verify.js';

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
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

const MARK: Record<Decision['outcome'], string> = { covered: '✔', uncovered: '✘', exempt: '–', empty: '·' };

export function renderDecision(decision: Decision, style: Style): string[] {
  const change = decision.change;
  const mark = decision.outcome === 'uncovered' ? style.bad(MARK.uncovered) : decision.outcome === 'covered' ? style.ok(MARK.covered) : style.dim(MARK[decision.outcome]);
  const title = clean(change.subjectLine ? `${change.label}  ${truncate(change.subjectLine, 50)}` : change.label);
  const lines = [`  ${mark} ${style.bold(title)}`, `      ${decision.outcome}: ${clean(decision.reason)}`];
  if (decision.fix) lines.push(`      fix: ${clean(decision.fix)}`);
  return lines;
}

export function renderProblem(problem: LedgerProblem, style: Style): string[] {
  return [`  ${style.bad('✘')} ${clean(problem.message)}`, `      fix: ${clean(problem.fix)}`];
}

export function renderReport(report: VerifyReport, style: Style): string {
  const lines: string[] = [];
  const { counts } = report;
  const verdict = report.ok ? style.ok('ok') : style.bad('FAILED');
  lines.push(
    `ao verify ${clean(report.scope.label)}: ${verdict}: ${counts.checked} change${counts.checked === 1 ? '' : 's'} checked, ${counts.covered} covered, ${counts.uncovered} uncovered${counts.exempt ? `, ${counts.exempt} exempt` : ''}${counts.empty ? `, ${counts.empty} need none` : ''}`,
  );
  lines.push(style.dim(`  policy: ${report.policy.source}${report.policy.mode ? ` (mode ${report.policy.mode})` : ''}`));
  lines.push(style.dim(`  ledger: ${report.ledger.source}, ${report.ledger.baseRecords + report.ledger.newRecords} records (${report.ledger.newRecords} new, fully checked)`));
  for (const note of report.notes) lines.push(style.dim(`  note: ${clean(note)}`));
  if (report.rangeDecision && report.rangeDecision.outcome !== 'covered') {
    lines.push(style.dim(`  range mode: the combined change is not covered (${clean(report.rangeDecision.reason)}); checking each commit`));
    if (report.rangeDecision.fix) lines.push(style.dim(`      or cover it at once: ${clean(report.rangeDecision.fix)}`));
  }
  for (const decision of report.decisions) lines.push(...renderDecision(decision, style));
  if (report.ledger.problems.length > 0) {
    lines.push(style.bad(`  ledger problems (${report.ledger.problems.length}):`));
    for (const problem of report.ledger.problems) lines.push(...renderProblem(problem, style));
  }
  return lines.join('\n');
}

/** The stable `--json` form of a verification report (documented in docs/spec.md). */
export function reportJson(report: VerifyReport): object {
  return {
    ok: report.ok,
    scope: report.scope,
    policy: { source: report.policy.source, enforced: report.policy.enforced, mode: report.policy.mode ?? null },
    ledger: report.ledger,
    range: report.rangeDecision ? decisionJson(report.rangeDecision) : null,
    changes: report.decisions.map(decisionJson),
    counts: report.counts,
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
    record: decision.record ? { id: decision.record.id, verdict: decision.record.verdict, checker: decision.record.checker } : null,
    fix: decision.fix ?? null,
  };
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
