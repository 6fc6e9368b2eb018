import type { Decision } from '../core/coverage.js';
import type { LedgerProblem } from '../core/ledger.js';
import { pathText } from '../core/manifest.js';
import { apiFailure, type Api, type ApiFailure } from './api.js';
import { fixText } from '../present/commands.js';
import { oneLine } from '../core/words.js';

/**
 * The check run (Checks API, `checks: write`): named like the commit status, with the
 * conclusion, a title with the counts, the summary, and an annotation on each file of each
 * uncovered change. GitHub takes at most 50 annotations a request: the first 50 go with the
 * POST that creates the run, each further 50 with a PATCH, which appends them.
 */

const ANNOTATIONS_PER_REQUEST = 50;
/** Ten requests at most; the summary (and the results file) list everything beyond. */
const MAX_CHECK_ANNOTATIONS = 500;
/** Files annotated per uncovered change: its first ones, in manifest order. */
const MAX_FILES_PER_CHANGE = 20;
/** GitHub refuses an output summary over 65,535 characters. */
export const CHECK_SUMMARY_LIMIT = 65_535;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

type Conclusion = 'success' | 'failure' | 'neutral';

export interface CheckRun {
  name: string;
  headSha: string;
  conclusion: Conclusion;
  title: string;
  summary: string;
  detailsUrl?: string;
  annotations: CheckAnnotation[];
}

export type CheckRunResult =
  | { posted: true; id: number; requests: number; annotated: number }
  | { posted: false; failure: ApiFailure };

/** The annotations of a failing (or, in observe mode, would-be failing) check: ledger problems first, then each uncovered change's files. */
export function checkAnnotations(
  decisions: Decision[],
  problems: LedgerProblem[],
  level: 'warning' | 'failure',
): { annotations: CheckAnnotation[]; left: number } {
  const all: CheckAnnotation[] = [];
  for (const problem of problems) {
    all.push({
      path: problem.path ?? '.agents/ledger',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      title: oneLine(`Ledger problem (${problem.code})`, 255),
      message: oneLine(`${problem.message}. Fix: ${problem.fix}`, 4000),
    });
  }
  for (const decision of decisions) {
    if (decision.outcome !== 'uncovered') continue;
    const entries = decision.change.manifest.entries;
    // A deleted file has no line to point at; its change is still named on the files that remain.
    const kept = entries.filter((e) => e.status !== 'D');
    const files = (kept.length > 0 ? kept : entries).slice(0, MAX_FILES_PER_CHANGE);
    const title = oneLine(`${decision.change.label} ${decision.change.subjectLine ?? ''}: needs a verdict`, 255);
    const more =
      entries.length > files.length ? ` (${entries.length} files in all; the job summary lists the change)` : '';
    const message = oneLine(
      `${decision.reason}. Fix: ${fixText(decision.fix) ?? 'record a passing verdict from an independent checker'}${more}`,
      4000,
    );
    for (const entry of files)
      all.push({ path: pathText(entry.path), start_line: 1, end_line: 1, annotation_level: level, title, message });
  }
  return { annotations: all.slice(0, MAX_CHECK_ANNOTATIONS), left: Math.max(0, all.length - MAX_CHECK_ANNOTATIONS) };
}

/** Cuts markdown at a line boundary to fit `limit` characters, saying where the rest is. */
export function fitText(markdown: string, limit: number, rest: string): string {
  if (markdown.length <= limit) return markdown;
  const tail = `\n\n_… cut at GitHub's limit of ${limit.toLocaleString('en-US')} characters: ${rest}._\n`;
  let cut = markdown.slice(0, limit - tail.length);
  const newline = cut.lastIndexOf('\n');
  if (newline > 0) cut = cut.slice(0, newline);
  // An open <details> or code fence would swallow the note.
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut += '\n```';
  if ((cut.match(/<details>/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length) cut += '\n\n</details>';
  return cut + tail;
}

export async function postCheckRun(api: Api, run: CheckRun): Promise<CheckRunResult> {
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (annotations: CheckAnnotation[] | undefined) => ({
    title: oneLine(run.title, 255),
    summary: run.summary,
    ...(annotations ? { annotations } : {}),
  });
  let id: number;
  try {
    const created = await api.request('POST /repos/{owner}/{repo}/check-runs', {
      name: run.name,
      head_sha: run.headSha,
      status: 'completed',
      conclusion: run.conclusion,
      completed_at: new Date().toISOString(),
      ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
      output: output(batches[0]),
    });
    id = Number((created.data as { id?: unknown }).id);
    if (!Number.isSafeInteger(id))
      return { posted: false, failure: { message: 'the API answered without a check run id', denied: false } };
  } catch (error) {
    return { posted: false, failure: apiFailure(error) };
  }
  let requests = 1;
  let annotated = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    try {
      await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        check_run_id: id,
        output: output(batch),
      });
      requests++;
      annotated += batch.length;
    } catch {
      break; // the run and its conclusion stand; the summary lists every change
    }
  }
  return { posted: true, id, requests, annotated };
}
