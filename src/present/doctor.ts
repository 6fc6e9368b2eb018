import type { DoctorFinding, DoctorReport } from '../repo/doctor.js';
import { clean, type Style } from './output.js';

/** What `ao doctor` (and `ao init`, after setting up) reports: whether commits and pushes here are gated, and how to fix what is not. */

export function doctorJson(report: DoctorReport): object {
  return {
    gated: report.gated,
    top: report.top,
    hooksPath: report.hooksPath ?? null,
    worktrees: report.worktrees,
    findings: report.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      where: f.where ?? null,
      fix: f.fix,
      alternative: f.alternative ?? null,
    })),
  };
}

function renderFinding(finding: DoctorFinding, style: Style): string[] {
  const mark = finding.severity === 'ungated' ? style.bad('✘') : style.dim('!');
  const lines = [`  ${mark} ${clean(finding.message)}`, `      fix: ${clean(finding.fix)}`];
  if (finding.alternative) lines.push(style.dim(`      or:  ${clean(finding.alternative.replace(/^or /, ''))}`));
  return lines;
}

export function renderDoctor(report: DoctorReport, style: Style, findings: DoctorFinding[] = report.findings): string {
  const ungated = findings.filter((f) => f.severity === 'ungated');
  const trees = report.worktrees.length;
  const head = ungated.length
    ? `ao doctor: ${style.bad('NOT GATED')}: ${ungated.length} problem${ungated.length === 1 ? '' : 's'}; commits or pushes here are not checked until fixed`
    : `ao doctor: ${style.ok('gated')}: pre-commit and pre-push run ao${trees > 1 ? ` in all ${trees} worktrees` : ''}`;
  const lines = [head];
  for (const tree of report.worktrees) {
    const how = tree.hooks
      .map(
        (h) =>
          `${h.hook} ${h.ok ? 'ok' : 'NOT ok'}${h.manager !== 'none' && h.manager !== 'ao' && h.manager !== 'script' ? ` (${h.manager})` : ''}`,
      )
      .join(', ');
    lines.push(
      style.dim(
        `  ${tree.current ? 'this worktree' : 'worktree'} ${clean(tree.path)}: hooks in ${clean(tree.hooksDir)}: ${how}`,
      ),
    );
  }
  if (report.hooksPath)
    lines.push(
      style.dim(
        `  core.hooksPath: ${clean(JSON.stringify(report.hooksPath.value))} (${report.hooksPath.scope} config, ${clean(report.hooksPath.origin)})`,
      ),
    );
  for (const finding of [...ungated, ...findings.filter((f) => f.severity !== 'ungated')])
    lines.push(...renderFinding(finding, style));
  return lines.join('\n');
}
