import { MAX_RECORD_BYTES, renderRecord, type Actor, type Evidence, type VerdictRecord } from '../../core/record.js';
import { reviewEvidence } from '../../core/review.js';
import type { Git } from '../../git/git.js';
import { appendVerdict, recordHeader, type AppendOptions } from '../writer.js';
import type { CheckResult } from './run.js';

/** The share of the record's byte budget that judges' findings may fill. */
const FINDINGS_SHARE = 0.6;

export interface RecordCheckOptions {
  checker: Actor;
  worker: Actor;
  /** Stage the record (the staged scope): it lands with the commit. */
  stage: boolean;
  /** Signs the record id; the writer's hook, so `ao check --sign` needs nothing else here. */
  sign?: AppendOptions['sign'];
}

/** Records the check as one verdict with every checker's evidence, runs first, in command-line order. */
export async function recordCheck(
  git: Git,
  check: CheckResult,
  options: RecordCheckOptions,
): Promise<{ record: VerdictRecord; path: string }> {
  const evidence = checkEvidence(check, findingsBudget(check, options));
  return appendVerdict(
    git,
    {
      subject: check.subject,
      verdict: check.decision.verdict,
      checker: options.checker,
      worker: options.worker,
      evidence,
      summary: check.summary,
    },
    { stage: options.stage, sign: options.sign },
  );
}

function checkEvidence(check: CheckResult, budget: number): Evidence[] {
  const runs = check.checkers.filter((c) => c.kind === 'run').sort((a, b) => a.index - b.index);
  const judges = check.checkers.flatMap((c) => (c.kind === 'judge' ? [c] : [])).sort((a, b) => a.index - b.index);
  const evidence: Evidence[] = runs.map((c) => (c.kind === 'run' ? c.evidence : ({} as Evidence)));
  let left = budget;
  for (const judge of judges) {
    const { evidence: item, used } = reviewEvidence(judge.result, left);
    left -= used;
    evidence.push(item);
  }
  return evidence;
}

/** Bytes left for findings once everything else of the record is counted, with room for indentation. */
function findingsBudget(check: CheckResult, options: RecordCheckOptions): number {
  const bare = checkEvidence(check, 0);
  const zero = `sha256:${'0'.repeat(64)}`;
  const probe = {
    ...recordHeader('verdict', { nextSeq: 0, heads: Array<string>(8).fill(zero), genesisId: zero }),
    id: zero,
    subject: check.subject,
    verdict: check.decision.verdict,
    checker: options.checker,
    worker: options.worker,
    evidence: bare,
    summary: check.summary,
  } as VerdictRecord;
  const used = Buffer.byteLength(renderRecord(probe)) + 16 * 1024;
  // Rendered findings carry indentation and multi-byte characters: count them at half.
  return Math.max(0, Math.floor(((MAX_RECORD_BYTES - used) * FINDINGS_SHARE) / 2));
}
