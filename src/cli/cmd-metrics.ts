import { shortSha } from '../repo/changes.js';
import { sha256Hex } from '../core/canonical.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AoError } from '../core/errors.js';
import { clip, plural } from '../core/words.js';
import { verdictStatement, type VsaStatement } from '../core/intoto.js';
import type { Metrics, WeekMetrics } from '../core/metrics.js';
import { recordPath, renderRecord, type VerdictRecord } from '../core/record.js';
import type { Git } from '../git/git.js';
import { auditLedger } from '../repo/ledger-view.js';
import { gateViews, mergeLandings } from '../repo/gate.js';
import { branchCommits, gatherMetrics, parseSince } from '../repo/metrics.js';
import { worktreePolicy } from '../repo/verify.js';
import { renderReportPage } from '../present/report.js';
import { parse } from './flags.js';
import { openRepo, type Cli } from './context.js';
import { HELP } from './help.js';

export async function cmdMetrics(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse('metrics', args, { since: { type: 'string' }, json: { type: 'boolean' } }, false);
  if (values.help) return (cli.out(HELP.metrics!), 0);
  const since = parseSince(values.since);
  const git = await openRepo(cli);
  const data = await gatherMetrics(git, { since });
  if (values.json) cli.out(JSON.stringify(data.metrics, null, 2));
  else cli.out(renderMetrics(data.metrics, data.head));
  return 0;
}

function pct(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}

function hours(value: number | null): string {
  return value === null ? '–' : `${value.toFixed(1)} h`;
}

const BARS = '▁▂▃▄▅▆▇█';

/** A sparkline of shares (0..1); a week without data is a space, one with too few cases a dot. */
export function sparkline(values: (number | null)[], insufficient: boolean[] = []): string {
  return values
    .map((v, i) => (v === null ? ' ' : insufficient[i] ? '·' : BARS[Math.min(7, Math.floor(v * 8))]))
    .join('');
}

/** The mark a figure resting on `n` cases gets below the minimum sample. */
function sample(n: number, min: number): string {
  return n < min ? `  [insufficient data: n=${n}, fewer than ${min}]` : `  (n=${n})`;
}

function renderMetrics(m: Metrics, head: string | undefined): string {
  const lines: string[] = [];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `ao metrics: HEAD ${head ? shortSha(head) : '(no commits)'}, ${m.since ? `since ${m.since}` : 'all history'}  (definitions: docs/metrics.md)`,
  );
  lines.push('');
  lines.push(
    `  records      ${m.records.landed} added by commits on the branch (counted); ${m.records.unlanded} not (not counted)` +
      (m.records.datedAfterLanding
        ? `; ${plural(m.records.datedAfterLanding, 'record')} dated after the commit that added it, dated by that commit`
        : ''),
  );
  lines.push(
    `  coverage     ${pct(m.coverage.share)}  ${m.coverage.covered} of ${plural(m.coverage.commits, 'commit')} covered by a passing verdict${sample(m.coverage.commits, m.minSample)}`,
  );
  lines.push(
    `  first pass   ${pct(m.firstPass.rate)}  ${m.firstPass.firstPassed} of ${plural(m.firstPass.subjects, 'subject')} passed ${m.firstPass.subjects === 1 ? 'its' : 'their'} first verdict${sample(m.firstPass.subjects, m.minSample)}` +
      (m.firstPass.unlanded
        ? `; ${plural(m.firstPass.unlanded, 'subject')} whose change never landed, not counted`
        : ''),
  );
  const f = m.rework.failToPass;
  lines.push(
    `  rework       ${plural(m.rework.cycles, 'fail→pass cycle')} in ${plural(m.rework.subjectsReworked, 'subject')}` +
      ` (${m.rework.cyclesPerSubject ?? '–'} per subject); ${m.rework.stillFailing} still failing; fail→pass median ${hours(f.medianHours)}, mean ${hours(f.meanHours)}${sample(f.count, m.minSample)}` +
      (f.inconsistent ? `; ${plural(f.inconsistent, 'cycle')} whose pass is dated before its fail, left out` : ''),
  );
  lines.push(
    `  learnings    ${m.learnings.recorded} recorded, ${m.learnings.promoted} promoted, ${m.learnings.retired} retired`,
  );
  if (m.constraints.length > 0) {
    lines.push(
      '',
      '  constraint                         before: commits  failure  failed verdicts   after: commits  failure  failed verdicts',
    );
    for (const c of m.constraints) {
      const period = (p: Metrics['constraints'][number]['before']) =>
        `${String(p.commits).padStart(15)}  ${`${p.occurrences} (${pct(p.rate)})`.padStart(7)}  ${String(p.failedVerdicts).padStart(15)}`;
      lines.push(
        `  ${clip(c.constraint, 32).padEnd(32)} ${period(c.before)}  ${period(c.after)}${c.retiredAt ? '  (retired)' : ''}`,
      );
      const effect = c.effect.insufficient
        ? `effect: insufficient data (before n=${c.before.commits}, after n=${c.after.commits}; fewer than ${m.minSample} in a period)`
        : `effect: the failure rate moved ${c.effect.rateChange === null ? '–' : `${(c.effect.rateChange * 100).toFixed(1)} points`} (before n=${c.before.commits}, after n=${c.after.commits})`;
      const unchecked = c.before.unchecked + c.after.unchecked;
      lines.push(
        `    ${clip(c.rule, 100)}; promoted in ${shortSha(c.promotedIn)} (${c.promotedAt.slice(0, 10)}); ${effect}${unchecked ? `; ${plural(unchecked, 'commit')} too large to test` : ''}`,
      );
    }
  }
  if (m.weekly.length > 0) {
    lines.push('', '  week       commits  covered  subjects  first pass  fail→pass  learned  promoted  retired');
    for (const w of m.weekly) lines.push(`  ${weekRow(w)}`);
    lines.push(
      '',
      `  trend      coverage ${sparkline(
        m.weekly.map((w) => w.coverageShare),
        m.weekly.map((w) => w.insufficient.coverage),
      )}   first pass ${sparkline(
        m.weekly.map((w) => w.firstPassRate),
        m.weekly.map((w) => w.insufficient.firstPass),
      )}   (oldest → newest week; * and · : fewer than ${m.minSample} cases, insufficient data)`,
    );
  }
  return lines.join('\n');
}

function weekRow(w: WeekMetrics): string {
  const share = (value: number | null, insufficient: boolean) =>
    `${pct(value)}${value !== null && insufficient ? '*' : ' '}`;
  return `${w.week.padEnd(9)}  ${String(w.commits).padStart(7)}  ${share(w.coverageShare, w.insufficient.coverage).padStart(8)}  ${String(w.subjects).padStart(8)}  ${share(w.firstPassRate, w.insufficient.firstPass).padStart(10)}  ${String(w.failToPassCycles).padStart(9)}  ${String(w.learnings).padStart(7)}  ${String(w.promotions).padStart(8)}  ${String(w.retirements).padStart(7)}`;
}

export async function cmdReport(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse(
    'report',
    args,
    { out: { type: 'string' }, since: { type: 'string' }, title: { type: 'string' } },
    false,
  );
  if (values.help) return (cli.out(HELP.report!), 0);
  if (!values.out) throw new AoError('ao report needs --out DIR', { fix: 'ao report --out ao-report' });
  const since = parseSince(values.since);
  const git = await openRepo(cli);
  const data = await gatherMetrics(git, { since });
  const constraints = worktreePolicy(git)?.policy.constraints ?? [];
  const html = renderReportPage({
    records: data.records,
    metrics: data.metrics,
    constraints,
    head: data.head,
    title: values.title,
    ledgerProblems: data.ledgerProblems,
  });
  const dir = resolve(cli.cwd, values.out);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
  } catch (error) {
    throw new AoError(`cannot write ${join(dir, 'index.html')}: ${(error as Error).message}`, {
      fix: 'choose a writable directory with --out DIR',
    });
  }
  cli.out(join(dir, 'index.html'));
  cli.err(
    `ao report: wrote ${join(dir, 'index.html')} (${Math.round(html.length / 1024)} KiB, self-contained: open it in any browser, offline)`,
  );
  return 0;
}

/** A repository URI for resourceUri: git+https://host/path or git+ssh://user@host/path from remote.origin.url. */
export function repoUriFrom(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const clean = url.replace(/\.git$/, '');
  if (/^https?:\/\//.test(clean)) return `git+${clean.replace(/\/\/[^@/]*@/, '//')}`;
  if (/^ssh:\/\//.test(clean)) return `git+${clean}`;
  const scp = /^([^@\s/]+)@([^:\s/]+):(.+)$/.exec(clean);
  if (scp) return `git+ssh://${scp[1]}@${scp[2]}/${scp[3]!.replace(/^\//, '')}`;
  return undefined; // a local path names no place another machine can find
}

export async function cmdExport(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse(
    'export',
    args,
    { format: { type: 'string' }, out: { type: 'string' }, array: { type: 'boolean' }, 'repo-uri': { type: 'string' } },
    false,
  );
  if (values.help) return (cli.out(HELP.export!), 0);
  if (values.format !== 'in-toto') {
    throw new AoError(
      values.format === undefined
        ? 'ao export needs --format'
        : `unknown export format ${JSON.stringify(values.format)}`,
      { fix: 'ao export --format in-toto [--out FILE]' },
    );
  }
  const git = await openRepo(cli);
  const statements = await exportInToto(
    git,
    values['repo-uri'] ?? repoUriFrom(await git.configGet('remote.origin.url')),
  );
  const text = values.array
    ? `${JSON.stringify(statements, null, 2)}\n`
    : statements.map((s) => `${JSON.stringify(s)}\n`).join('');
  if (values.out) {
    const file = resolve(cli.cwd, values.out);
    try {
      writeFileSync(file, text);
    } catch (error) {
      throw new AoError(`cannot write ${file}: ${(error as Error).message}`, {
        fix: 'choose a writable path with --out FILE',
      });
    }
    cli.err(`ao export: wrote ${statements.length} in-toto statement${statements.length === 1 ? '' : 's'} to ${file}`);
  } else {
    if (text) cli.out(text.replace(/\n$/, ''));
    cli.err(`ao export: ${statements.length} in-toto statement${statements.length === 1 ? '' : 's'}`);
  }
  return 0;
}

/** Every verdict of the working tree's ledger as a statement, in ledger order. */
export async function exportInToto(git: Git, repoUri: string | undefined): Promise<VsaStatement[]> {
  const audit = await auditLedger(git, { kind: 'worktree' });
  if (audit.problems.length > 0) {
    throw new AoError(
      `the ledger has ${plural(audit.problems.length, 'problem')}: exporting it would vouch for records that do not verify`,
      { fix: 'run `ao ledger verify` and repair the ledger first' },
    );
  }
  const verdicts = audit.records
    .filter((r): r is VerdictRecord => r.type === 'verdict')
    .sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1));
  const { commits } = await branchCommits(git, []);
  const landed = new Map<string, string[]>();
  for (const c of [...commits].reverse()) (landed.get(c.digest) ?? landed.set(c.digest, []).get(c.digest)!).push(c.sha);
  // A staged merge's verdict covers the merge's own change, which git log does not list.
  const unplaced = verdicts.some((r) => r.subject.kind === 'staged' && !landed.has(r.subject.digest));
  const merges = unplaced
    ? [...commits]
        .reverse()
        .filter((c) => c.parents.length >= 2)
        .map((c) => c.sha)
    : [];
  for (const [digest, shas] of await mergeLandings(git, merges))
    landed.set(digest, [...(landed.get(digest) ?? []), ...shas]);
  // The gate's decision on each verdict's change, beside the checker's claim.
  const gates = await gateViews(git, audit.records, verdicts, landed);
  return verdicts.map((record) =>
    verdictStatement(record, {
      recordPath: recordPath(record.seq, record.id),
      recordSha256: sha256Hex(renderRecord(record)),
      commits: landed.get(record.subject.digest) ?? [],
      repoUri,
      gate: gates.get(record.id)!,
    }),
  );
}
