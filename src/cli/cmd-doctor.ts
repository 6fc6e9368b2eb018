import { diagnose, type DoctorFinding, type DoctorReport } from '../repo/doctor.js';
import { parse } from './args.js';
import { openRepo, type Cli } from './context.js';
import { HELP } from './help.js';
import { clean, styleFor, type Style } from '../present/output.js';

export async function cmdDoctor(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse('doctor', args, { json: { type: 'boolean' } }, false);
  if (values.help) return cli.out(HELP.doctor!), 0;
  const git = await openRepo(cli);
  const report = await diagnose(git, cli.env);
  if (values.json) cli.out(JSON.stringify(doctorJson(report), null, 2));
  else cli.out(renderDoctor(report, styleFor(process.stdout)));
  return report.gated ? 0 : 1;
}

export function doctorJson(report: DoctorReport): object {
  return {
    gated: report.gated,
    top: report.top,
    hooksPath: report.hooksPath ?? null,
    worktrees: report.worktrees,
    findings: report.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, where: f.where ?? null, fix: f.fix, alternative: f.alternative ?? null })),
  };
}

export function renderFinding(finding: DoctorFinding, style: Style): string[] {
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
    const how = tree.hooks.map((h) => `${h.hook} ${h.ok ? 'ok' : 'NOT ok'}${h.manager !== 'none' && h.manager !== 'ao' && h.manager !== 'script' ? ` (${h.manager})` : ''}`).join(', ');
    lines.push(style.dim(`  ${tree.current ? 'this worktree' : 'worktree'} ${clean(tree.path)}: hooks in ${clean(tree.hooksDir)}: ${how}`));
  }
  if (report.hooksPath) lines.push(style.dim(`  core.hooksPath: ${clean(JSON.stringify(report.hooksPath.value))} (${report.hooksPath.scope} config, ${clean(report.hooksPath.origin)})`));
  for (const finding of [...ungated, ...findings.filter((f) => f.severity !== 'ungated')]) lines.push(...renderFinding(finding, style));
  return lines.join('\n');
}
