import { describeRule, retirementIndex, RULE_KINDS } from '../core/constraints.js';
import { compareRecords } from '../core/ledger.js';
import type { Metrics, WeekMetrics } from '../core/metrics.js';
import {
  shortId,
  type Constraint,
  type LedgerRecord,
  type LearningRecord,
  type PromotionRecord,
  type RetirementRecord,
} from '../core/record.js';
import { clipAtWord, plural } from '../core/words.js';
import { REPORT_CSS, REPORT_JS } from './report-assets.generated.js';

/**
 * The report page: one self-contained HTML string (inline CSS and JS from
 * src/present/report/, inlined by the build; inline SVG; a Content-Security-Policy that
 * forbids every network fetch). The ledger as a DAG and a
 * timeline, each record readable in a side panel; the metrics as charts; the learnings and
 * constraints with their links. Pure: the same input renders the same bytes.
 */
export interface ReportInput {
  records: LedgerRecord[];
  metrics: Metrics;
  /** The constraints in the working tree's policy, by id. */
  constraints: Constraint[];
  head?: string;
  title?: string;
  ledgerProblems?: number;
}

/** Records drawn in the DAG and listed in the timeline: the most recent this many. */
const REPORT_MAX_RECORDS = 400;

export function renderReportPage(input: ReportInput): string {
  const records = [...input.records].sort(compareRecords);
  const shown = records.slice(-REPORT_MAX_RECORDS);
  // The panel can open every record the page links to: the shown ones and all knowledge records.
  const linked = new Map<string, LedgerRecord>();
  for (const r of shown) linked.set(r.id, r);
  for (const r of records)
    if (r.type === 'learning' || r.type === 'promotion' || r.type === 'retirement') linked.set(r.id, r);
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const r of records) {
    const from = r.type === 'learning' && r.from ? byId.get(r.from) : undefined;
    if (from) linked.set(from.id, from);
  }
  // The page's script lists a promotion's rule by the kinds core declares, sent with the records.
  const data = { records: [...linked.values()].sort(compareRecords), ruleKinds: RULE_KINDS };
  const m = input.metrics;
  const title = input.title ?? 'agentops/verdict report';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
<style>
${REPORT_CSS}</style>
</head>
<body>
<header>
  <h1>${esc(title)}</h1>
  <p class="sub">${input.head ? `HEAD <code>${esc(input.head.slice(0, 12))}</code> · ` : ''}${plural(records.length, 'ledger record')} · ${plural(m.coverage.commits, 'commit')}${m.since ? ` since ${esc(m.since.slice(0, 10))}` : ''}${input.ledgerProblems ? ` · <span class="bad">${plural(input.ledgerProblems, 'ledger problem')}: run ao ledger verify</span>` : ''}</p>
  <nav><a href="#metrics">Metrics</a><a href="#ledger">Ledger</a><a href="#knowledge">Learnings &amp; constraints</a></nav>
</header>
<main>
<section id="metrics">
  <h2>Measured compounding</h2>
  <div class="cards">
    ${card('Coverage', pct(m.coverage.share), `${m.coverage.covered} of ${plural(m.coverage.commits, 'commit')} ${m.coverage.covered === 1 ? 'has' : 'have'} a passing verdict${few(m.coverage.commits, m.minSample)}`)}
    ${card('First-pass rate', pct(m.firstPass.rate), `${m.firstPass.firstPassed} of ${plural(m.firstPass.subjects, 'subject')} passed ${m.firstPass.subjects === 1 ? 'its' : 'their'} first verdict${few(m.firstPass.subjects, m.minSample)}`)}
    ${card('Rework', String(m.rework.cycles), `fail→pass cycles in ${plural(m.rework.subjectsReworked, 'subject')}; ${m.rework.stillFailing} still failing`)}
    ${card('Fail → pass', hours(m.rework.failToPass.medianHours), `median time (mean ${hours(m.rework.failToPass.meanHours)})${few(m.rework.failToPass.count, m.minSample)}`)}
    ${card('Learnings', String(m.learnings.recorded), `${m.learnings.promoted} promoted, ${m.learnings.retired} retired`)}
  </div>
  <div class="charts">
    ${chartBox(
      'Coverage by week',
      'Share of the week’s commits covered by a passing verdict.',
      rateChart('coverage', m.weekly, (w) => w.coverageShare, '#2e7d32'),
    )}
    ${chartBox(
      'First-pass rate by week',
      'Share of subjects whose first verdict passed, by the week of that verdict.',
      rateChart('first-pass', m.weekly, (w) => w.firstPassRate, '#1565c0'),
    )}
    ${chartBox(
      'Rework by week',
      'Fail→pass cycles, by the week of the pass.',
      barChart(
        'rework',
        m.weekly.map((w) => w.week),
        [{ name: 'cycles', color: '#ef6c00', values: m.weekly.map((w) => w.failToPassCycles) }],
      ),
    )}
    ${chartBox(
      'Learnings by week',
      'Learnings recorded and promoted to constraints.',
      barChart(
        'learnings',
        m.weekly.map((w) => w.week),
        [
          { name: 'recorded', color: '#1565c0', values: m.weekly.map((w) => w.learnings) },
          { name: 'promoted', color: '#6a1b9a', values: m.weekly.map((w) => w.promotions) },
        ],
      ),
    )}
    ${chartBox('Constraints: the failure before and after promotion', 'Share of commits touching the constraint’s paths that committed the failure it names.', constraintChart(m))}
  </div>
  ${weeklyTable(m.weekly)}
</section>
<section id="ledger">
  <h2>The ledger</h2>
  <p class="note">Each dot is a record, placed by its sequence number; lines join a record to the records it names in <code>prev</code> (the DAG). Click one to read it.${records.length > shown.length ? ` The ${shown.length} most recent of ${records.length} records are drawn.` : ''}</p>
  <div class="legend">${LEGEND}</div>
  <div class="dag-wrap">${dagSvg(shown)}</div>
  <h3>Timeline</h3>
  <table class="timeline"><thead><tr><th>seq</th><th>record</th><th>when (UTC)</th><th>type</th><th>what</th></tr></thead><tbody>
  ${[...shown].reverse().map(timelineRow).join('\n  ')}
  </tbody></table>
</section>
<section id="knowledge">
  <h2>Learnings and constraints</h2>
  ${constraintsTable(records, input.constraints)}
  ${learningsTable(records, input.constraints)}
</section>
</main>
<aside id="panel" hidden aria-live="polite">
  <div class="panel-head"><strong id="panel-title"></strong><button id="panel-close" type="button" aria-label="Close">×</button></div>
  <dl id="panel-fields"></dl>
  <details open><summary>Record JSON</summary><pre id="panel-json"></pre></details>
</aside>
<script type="application/json" id="ledger-data">${jsonForScript(data)}</script>
<script>
${REPORT_JS}</script>
</body>
</html>
`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON inside a <script> element: nothing in it can close the element or start a comment. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function pct(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(value === 1 || value === 0 ? 0 : 1)}%`;
}

function hours(value: number | null): string {
  if (value === null) return '–';
  return value < 1
    ? `${Math.round(value * 60)} min`
    : value < 48
      ? `${value.toFixed(1)} h`
      : `${(value / 24).toFixed(1)} d`;
}

function card(label: string, value: string, detail: string): string {
  return `<div class="card"><div class="label">${esc(label)}</div><div class="value">${esc(value)}</div><div class="detail">${esc(detail)}</div></div>`;
}

function chartBox(title: string, caption: string, svg: string): string {
  return `<figure class="chart-box"><figcaption><strong>${esc(title)}</strong><br><span>${esc(caption)}</span></figcaption>${svg}</figure>`;
}

const W = 520;
const H = 220;
const PAD = { left: 44, right: 12, top: 14, bottom: 42 };

function frame(id: string, inner: string, yTicks: { y: number; label: string }[]): string {
  const grid = yTicks
    .map(
      (t) =>
        `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${t.y.toFixed(1)}" y2="${t.y.toFixed(1)}"/><text class="tick" x="${PAD.left - 6}" y="${(t.y + 4).toFixed(1)}" text-anchor="end">${esc(t.label)}</text>`,
    )
    .join('');
  return `<svg class="chart" id="chart-${id}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(id)} chart">${grid}<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom}"/>${inner}</svg>`;
}

function emptyChart(id: string, message: string): string {
  return `<svg class="chart empty" id="chart-${id}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(id)} chart"><rect class="bg" x="0" y="0" width="${W}" height="${H}"/><text class="empty-text" x="${W / 2}" y="${H / 2}" text-anchor="middle">${esc(message)}</text></svg>`;
}

function xLabels(labels: string[], x: (i: number) => number): string {
  const every = Math.max(1, Math.ceil(labels.length / 8));
  return labels
    .map((label, i) =>
      i % every === 0 || i === labels.length - 1
        ? `<text class="tick" x="${x(i).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${esc(label.replace(/^\d{4}-/, ''))}</text>`
        : '',
    )
    .join('');
}

/** A share (0..1) per week as a line with points; weeks without data leave a gap. */
function rateChart(id: string, weeks: WeekMetrics[], value: (w: WeekMetrics) => number | null, color: string): string {
  if (weeks.every((w) => value(w) === null)) return emptyChart(id, 'no data yet');
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (weeks.length === 1 ? plotW / 2 : (i * plotW) / (weeks.length - 1));
  const y = (v: number) => PAD.top + plotH * (1 - v);
  const segments: string[] = [];
  let current: string[] = [];
  const points: string[] = [];
  weeks.forEach((w, i) => {
    const v = value(w);
    if (v === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    points.push(
      `<circle class="point" cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="${color}"><title>${esc(`${w.week}: ${pct(v)}`)}</title></circle>`,
    );
  });
  if (current.length) segments.push(current.join(' '));
  const lines = segments
    .map((s) => `<polyline class="series" points="${s}" fill="none" stroke="${color}" stroke-width="2.5"/>`)
    .join('');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((v) => ({ y: y(v), label: `${v * 100}%` }));
  return frame(
    id,
    `${lines}${points.join('')}${xLabels(
      weeks.map((w) => w.week),
      x,
    )}`,
    ticks,
  );
}

interface Series {
  name: string;
  color: string;
  values: number[];
}

interface BarOptions {
  /** How a value reads on its bar and in its tooltip. */
  format?: (v: number) => string;
  /** How an axis tick reads (default: as a value). */
  tick?: (v: number) => string;
  /** All zeros is a measurement (a rate of 0%), drawn as such, not "nothing recorded". */
  zeroIsData?: boolean;
}

/** Grouped bars, one group per label. */
function barChart(id: string, labels: string[], series: Series[], options: BarOptions = {}): string {
  const format = options.format ?? String;
  const tick = options.tick ?? format;
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  if (labels.length === 0 || (max === 0 && !options.zeroIsData)) return emptyChart(id, 'nothing recorded yet');
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const top = niceMax(max);
  const group = plotW / labels.length;
  const barW = Math.max(2, Math.min(28, (group * 0.8) / series.length));
  const x = (i: number) => PAD.left + group * i + group / 2;
  const y = (v: number) => PAD.top + plotH * (1 - v / top);
  const labelled = labels.length * series.length <= 24;
  const bars = labels
    .map((label, i) =>
      series
        .map((s, k) => {
          const v = s.values[i] ?? 0;
          const left = x(i) - (barW * series.length) / 2 + k * barW;
          // A zero still gets a sliver, so "none" reads as a value rather than a gap.
          const height = Math.max(1.5, H - PAD.bottom - y(v));
          const value = labelled
            ? `<text class="value" x="${(left + (barW - 1) / 2).toFixed(1)}" y="${(H - PAD.bottom - height - 4).toFixed(1)}" text-anchor="middle">${esc(format(v))}</text>`
            : '';
          return `<rect class="bar" x="${left.toFixed(1)}" y="${(H - PAD.bottom - height).toFixed(1)}" width="${(barW - 1).toFixed(1)}" height="${height.toFixed(1)}" fill="${s.color}"><title>${esc(`${label} ${s.name}: ${format(v)}`)}</title></rect>${value}`;
        })
        .join(''),
    )
    .join('');
  const ticks = [0, 0.5, 1].map((f) => ({ y: y(top * f), label: tick(top * f) }));
  const legend =
    series.length > 1
      ? series
          .map(
            (s, k) =>
              `<rect x="${PAD.left + 8 + k * 160}" y="${H - 14}" width="10" height="10" fill="${s.color}"/><text class="tick" x="${PAD.left + 22 + k * 160}" y="${H - 5}">${esc(s.name)}</text>`,
          )
          .join('')
      : '';
  return frame(id, `${bars}${xLabels(labels, x)}${legend}`, ticks);
}

function niceMax(max: number): number {
  if (max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

function constraintChart(m: Metrics): string {
  if (m.constraints.length === 0) return emptyChart('constraints', 'no constraint promoted yet');
  // A rate is null when no commit of the period touched the constraint's paths.
  if (m.constraints.every((c) => c.before.rate === null && c.after.rate === null))
    return emptyChart('constraints', 'no commit has touched a constraint’s paths yet');
  // An effect resting on too few commits says so under its bars (docs/metrics.md).
  const labels = m.constraints.map((c) =>
    c.effect.insufficient ? `${c.constraint} (insufficient data)` : c.constraint,
  );
  // Percentages as measured: a rate under 1% is a bar labelled "<1%", never rounded away to nothing.
  return barChart(
    'constraints',
    labels,
    [
      { name: 'before promotion', color: '#c62828', values: m.constraints.map((c) => (c.before.rate ?? 0) * 100) },
      { name: 'after promotion', color: '#2e7d32', values: m.constraints.map((c) => (c.after.rate ?? 0) * 100) },
    ],
    { format: percentLabel, tick: (v) => `${Number(v.toFixed(1))}%`, zeroIsData: true },
  );
}

function percentLabel(v: number): string {
  return v > 0 && v < 1 ? '<1%' : `${Math.round(v)}%`;
}

function weeklyTable(weeks: WeekMetrics[]): string {
  if (weeks.length === 0) return '';
  const rows = [...weeks]
    .reverse()
    .map(
      (w) =>
        `<tr><td>${esc(w.week)}</td><td>${w.commits}</td><td>${pct(w.coverageShare)}</td><td>${w.subjects}</td><td>${pct(w.firstPassRate)}</td><td>${w.failToPassCycles}</td><td>${w.learnings}</td><td>${w.promotions}</td><td>${w.retirements}</td></tr>`,
    )
    .join('');
  return `<details class="weekly"><summary>Week by week</summary><table><thead><tr><th>week</th><th>commits</th><th>covered</th><th>subjects</th><th>first pass</th><th>fail→pass</th><th>learned</th><th>promoted</th><th>retired</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}

const TYPE_COLORS: Record<string, string> = {
  genesis: '#37474f',
  pass: '#2e7d32',
  fail: '#c62828',
  learning: '#1565c0',
  promotion: '#6a1b9a',
  retirement: '#757575',
};
const LEGEND = Object.entries(TYPE_COLORS)
  .map(
    ([name, color]) =>
      `<span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" fill="${color}"/></svg> ${name === 'pass' || name === 'fail' ? `verdict ${name}` : name}</span>`,
  )
  .join('');

function colorOf(record: LedgerRecord): string {
  return TYPE_COLORS[record.type === 'verdict' ? record.verdict : record.type]!;
}

function dagSvg(records: LedgerRecord[]): string {
  if (records.length === 0) return emptyChart('dag', 'the ledger is empty');
  const seqs = [...new Set(records.map((r) => r.seq))].sort((a, b) => a - b);
  const column = new Map(seqs.map((s, i) => [s, i]));
  const lanes = new Map<string, number>();
  const used = new Map<number, number>();
  for (const r of records) {
    const lane = used.get(r.seq) ?? 0;
    lanes.set(r.id, lane);
    used.set(r.seq, lane + 1);
  }
  const maxLanes = Math.max(...used.values());
  const step = 34;
  const laneH = 30;
  const width = 40 + seqs.length * step;
  const height = 30 + maxLanes * laneH;
  const pos = new Map(
    records.map((r) => [r.id, { x: 24 + column.get(r.seq)! * step, y: 22 + lanes.get(r.id)! * laneH }]),
  );
  const edges: string[] = [];
  for (const r of records) {
    const to = pos.get(r.id)!;
    for (const prev of r.prev) {
      const from = pos.get(prev);
      if (!from) continue;
      const mid = (from.x + to.x) / 2;
      edges.push(`<path class="edge" d="M${from.x},${from.y} C${mid},${from.y} ${mid},${to.y} ${to.x},${to.y}"/>`);
    }
  }
  const nodes = records
    .map((r) => {
      const p = pos.get(r.id)!;
      return `<g class="node" data-id="${r.id}" tabindex="0" role="button" aria-label="${esc(`record ${r.seq}: ${summaryOf(r)}`)}"><circle cx="${p.x}" cy="${p.y}" r="9" fill="${colorOf(r)}"/><text x="${p.x}" y="${p.y + 22}" text-anchor="middle">${r.seq}</text><title>${esc(`#${r.seq} ${shortId(r.id)} ${summaryOf(r)}`)}</title></g>`;
    })
    .join('');
  return `<svg class="dag" id="dag" viewBox="0 0 ${width} ${height + 10}" width="${width}" height="${height + 10}" role="img" aria-label="ledger DAG">${edges.join('')}${nodes}</svg>`;
}

function summaryOf(r: LedgerRecord): string {
  switch (r.type) {
    case 'genesis':
      return 'genesis: the ledger begins';
    case 'verdict':
      return `${r.verdict} by ${r.checker.id} for ${r.worker.id}${r.summary ? `: ${clipAtWord(r.summary.split('\n')[0]!, 100)}` : ''}`;
    case 'learning':
      return `${r.negative ? 'avoid: ' : ''}${clipAtWord(r.text.split('\n')[0]!, 120)}`;
    case 'promotion':
      return `constraint "${r.constraint.id}": ${describeRule(r.constraint)}`;
    case 'retirement':
      return `constraint "${r.constraint}" retired: ${clipAtWord(r.why.split('\n')[0]!, 100)}`;
  }
}

function recordLink(id: string, text?: string): string {
  return `<a class="rec" href="#record=${esc(id)}" data-id="${esc(id)}">${esc(text ?? shortId(id))}</a>`;
}

function timelineRow(r: LedgerRecord): string {
  const type = r.type === 'verdict' ? `verdict ${r.verdict}` : r.type;
  return `<tr><td>${r.seq}</td><td>${recordLink(r.id)}</td><td>${esc(r.createdAt.slice(0, 16).replace('T', ' '))}</td><td><span class="dot" style="background:${colorOf(r)}"></span>${esc(type)}</td><td>${esc(summaryOf(r))}</td></tr>`;
}

function constraintsTable(records: LedgerRecord[], current: Constraint[]): string {
  const promotions = records.filter((r): r is PromotionRecord => r.type === 'promotion');
  const retirements = records.filter((r): r is RetirementRecord => r.type === 'retirement');
  const learnings = new Map(records.filter((r): r is LearningRecord => r.type === 'learning').map((r) => [r.id, r]));
  const isRetired = retirementIndex(records, compareRecords);
  const ids = [...new Set([...current.map((c) => c.id), ...promotions.map((p) => p.constraint.id)])];
  if (ids.length === 0)
    return '<h3>Constraints</h3><p class="note">No constraint yet: <code>ao promote LEARNING-ID --require-evidence test</code> makes one.</p>';
  const rows = ids.map((id) => {
    const active = current.find((c) => c.id === id);
    const promotion = promotions.filter((p) => p.constraint.id === id).at(-1);
    const constraint = active ?? promotion!.constraint;
    const retirement = retirements.filter((r) => r.constraint === id).at(-1);
    const status = active
      ? '<span class="ok">in the policy</span>'
      : isRetired(id) && retirement
        ? `<span class="muted">retired: ${esc(clipAtWord(retirement.why.split('\n')[0]!, 120))}</span> ${recordLink(retirement.id)}`
        : '<span class="muted">not in the policy</span>';
    const learning = learnings.get(constraint.learning);
    return `<tr id="constraint-${esc(id)}"><td><code>${esc(id)}</code></td><td>${esc(describeRule(constraint))}</td><td>${constraint.paths.map((p) => `<code>${esc(p)}</code>`).join(' ')}</td><td>${recordLink(constraint.learning)}${learning ? ` “${esc(clipAtWord(learning.text.split('\n')[0]!, 100))}”` : ''}</td><td>${promotion ? recordLink(promotion.id) : '–'}</td><td>${status}</td></tr>`;
  });
  return `<h3>Constraints</h3><table class="knowledge"><thead><tr><th>id</th><th>rule</th><th>paths</th><th>learned in</th><th>promotion</th><th>status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function learningsTable(records: LedgerRecord[], current: Constraint[]): string {
  const learnings = records.filter((r): r is LearningRecord => r.type === 'learning').reverse();
  if (learnings.length === 0)
    return '<h3>Learnings</h3><p class="note">No learning yet: <code>ao learn "TEXT" --paths GLOB</code> records one.</p>';
  const promotions = records.filter((r): r is PromotionRecord => r.type === 'promotion');
  const rows = learnings.map((l) => {
    const constraints = [...new Set(promotions.filter((p) => p.learning === l.id).map((p) => p.constraint.id))];
    const enforced = constraints
      .map(
        (id) =>
          `<a href="#constraint-${esc(id)}"><code>${esc(id)}</code></a>${current.some((c) => c.id === id) ? '' : ' (retired)'}`,
      )
      .join(', ');
    return `<tr><td>${recordLink(l.id)}</td><td>${esc(l.createdAt.slice(0, 10))}</td><td>${l.negative ? '<span class="bad">avoid</span> ' : ''}${esc(l.text)}</td><td>${l.paths.map((p) => `<code>${esc(p)}</code>`).join(' ')}</td><td>${l.tags.map((t) => `<span class="tag">${esc(t)}</span>`).join(' ')}</td><td>${l.from ? recordLink(l.from) : '–'}</td><td>${enforced || '–'}</td></tr>`;
  });
  return `<h3>Learnings</h3><table class="knowledge"><thead><tr><th>record</th><th>date</th><th>lesson</th><th>paths</th><th>tags</th><th>from verdict</th><th>enforced by</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The sample-size note under a figure: "n=…", and "insufficient data" below the minimum (docs/metrics.md). */
function few(n: number, min: number): string {
  return n < min ? ` · n=${n}: insufficient data` : ` · n=${n}`;
}
