import {
  findRatchetSlips,
  MAX_SCANNED_ADDED_LINES,
  MAX_SCANNED_PATCH_BYTES,
  type PolicySide,
} from '../core/constraints.js';
import type { ChangeUnderTest } from '../core/coverage.js';
import { manifestPaths } from '../core/coverage.js';
import { pathText, type ManifestEntry } from '../core/manifest.js';
import { globMatcher, MAX_POLICY_BYTES, parsePolicy, type LearningLookup, type Policy } from '../core/policy.js';
import {
  parseRecordPath,
  POLICY_PATH,
  type Constraint,
  type LearningRecord,
  type LedgerRecord,
  type RetirementRecord,
} from '../core/record.js';
import type { Git } from '../git/git.js';
import type { ChangeWithLedger } from './changes.js';
import type { LedgerView } from './ledger-view.js';

/**
 * Gathers what deciding under the policy's constraints needs, in batched git calls, and
 * hangs it on the changes: the lines they add under forbidPattern constraints, and what the
 * ratchet refuses in the changes that touch the policy file (docs/ratchet.md#retire).
 * Returns the lookup of the learnings the constraints came from, so refusals can quote them.
 * Reads only the records it needs, by id in two batches, never the whole ledger.
 */
export async function prepareConstraints(
  git: Git,
  policy: Policy,
  ledger: Pick<LedgerView, 'recordsById' | 'allRecords'>,
  changes: ChangeWithLedger[],
  head: string | undefined,
): Promise<LearningLookup> {
  const constraints = policy.constraints ?? [];
  const learningIds = new Set(constraints.map((c) => c.learning));
  await attachAddedLines(git, policy, changes, head);
  const touchingPolicy = changes.filter(({ change }) =>
    change.manifest.entries.some((e) => pathText(e.path) === POLICY_PATH),
  );
  const sides =
    touchingPolicy.length > 0
      ? await policySides(
          git,
          touchingPolicy.map((c) => c.change),
        )
      : new Map<ChangeUnderTest, [PolicySide, PolicySide]>();
  // The records each policy change adds itself: a range's are those of the commits in it.
  const addedIds = new Map<ChangeUnderTest, string[]>();
  const everyAdded = changes
    .filter(({ change }) => change.kind !== 'range')
    .flatMap(({ ledgerEntries }) => addedRecordIds(ledgerEntries));
  for (const { change, ledgerEntries } of touchingPolicy)
    addedIds.set(change, change.kind === 'range' ? everyAdded : addedRecordIds(ledgerEntries));
  const linked = new Set(learningIds);
  for (const [b, a] of sides.values())
    for (const c of [...sideConstraints(b), ...sideConstraints(a)]) linked.add(c.learning);
  for (const ids of addedIds.values()) for (const id of ids) linked.add(id);
  const records = linked.size > 0 ? await ledger.recordsById([...linked]) : new Map<string, LedgerRecord>();
  // Second batch: what the added retirements link to (their learning and promotion).
  const links = [...addedIds.values()]
    .flat()
    .map((id) => records.get(id))
    .flatMap((r) => (r?.type === 'retirement' ? [r.learning, ...(r.promotion ? [r.promotion] : [])] : []));
  const missing = [...new Set(links)].filter((id) => !records.has(id));
  if (missing.length > 0) for (const [id, record] of await ledger.recordsById(missing)) records.set(id, record);
  const lookup: LearningLookup = (id) => {
    const record = records.get(id);
    return record?.type === 'learning' ? (record as LearningRecord) : undefined;
  };
  for (const [change, [b, a]] of sides) {
    const retirements = (addedIds.get(change) ?? [])
      .map((id) => records.get(id))
      .filter((r): r is RetirementRecord => r?.type === 'retirement');
    const slips = findRatchetSlips(sideConstraints(b), a, {
      retirements,
      record: (id) => records.get(id),
      learnings: lookup,
    });
    if (slips.length > 0) change.ratchetSlips = slips;
  }
  return lookup;
}

function sideConstraints(side: PolicySide): Constraint[] {
  return 'constraints' in side ? side.constraints : [];
}

/** The ids of the records a change adds, from their file names (the ledger checks that each names its record). */
function addedRecordIds(entries: ManifestEntry[]): string[] {
  return entries.filter((e) => e.status === 'A').flatMap((e) => parseRecordPath(pathText(e.path))?.id ?? []);
}

/**
 * Fills `addedLines` for every change touching a forbidPattern constraint's paths: one
 * diff-tree for all commits. The lines are read whatever the change's attributes or bytes
 * say (`Git.addedLinesBatch`); a patch above the bound leaves them unread, which refuses.
 */
async function attachAddedLines(
  git: Git,
  policy: Policy,
  changes: ChangeWithLedger[],
  head: string | undefined,
): Promise<void> {
  const forbidding = (policy.constraints ?? []).filter((c) => 'forbidPattern' in c);
  if (forbidding.length === 0) return;
  const matches = globMatcher(forbidding.flatMap((c) => c.paths));
  const tooLarge = `it adds more than ${MAX_SCANNED_ADDED_LINES.toLocaleString('en-US')} lines or ${MAX_SCANNED_PATCH_BYTES / (1024 * 1024)} MiB of patch to those paths, the most that is read`;
  const batch: { change: ChangeUnderTest; item: string; paths: string[] }[] = [];
  for (const { change, patchItem } of changes) {
    const paths = manifestPaths(change.manifest).filter(matches);
    if (paths.length === 0) {
      change.addedLines = [];
      continue;
    }
    if (patchItem) batch.push({ change, item: patchItem, paths });
    else {
      change.addedLines = await git.stagedAddedLines(head ?? git.emptyTree, paths, PATCH_BOUNDS);
      if (!change.addedLines) change.addedLinesUnreadable = tooLarge;
    }
  }
  if (batch.length === 0) return;
  const allPaths = [...new Set(batch.flatMap((b) => b.paths))].sort();
  const lines = await git.addedLinesBatch([...new Set(batch.map((b) => b.item))], allPaths, PATCH_BOUNDS);
  for (const { change, item, paths } of batch) {
    const read = lines.get(item);
    if (!read) {
      change.addedLinesUnreadable = tooLarge;
      continue;
    }
    const wanted = new Set(paths);
    change.addedLines = read.filter((line) => wanted.has(line.path));
  }
}

const PATCH_BOUNDS = { maxBytes: MAX_SCANNED_PATCH_BYTES, maxLines: MAX_SCANNED_ADDED_LINES };

/** The policy before and after each change that touches the policy file, from the blob ids in its manifest. */
async function policySides(
  git: Git,
  changes: ChangeUnderTest[],
): Promise<Map<ChangeUnderTest, [PolicySide, PolicySide]>> {
  const zero = /^0+$/;
  const pairs = changes.map((change) => {
    const entry = change.manifest.entries.find((e) => pathText(e.path) === POLICY_PATH)!;
    return {
      change,
      oldId: zero.test(entry.oldId) ? undefined : entry.oldId,
      newId: zero.test(entry.newId) ? undefined : entry.newId,
    };
  });
  // Bounded: the policy a change carries is the change's to make as large as it likes.
  const blobs = await git.readObjectsBounded(
    [...new Set(pairs.flatMap((p) => [p.oldId, p.newId]).filter((id): id is string => !!id))],
    MAX_POLICY_BYTES,
  );
  const side = (id: string | undefined, where: string): PolicySide => {
    if (!id) return { missing: true };
    const object = blobs.get(id);
    const bytes = object?.bytes;
    if (!bytes)
      return {
        invalid: object
          ? `it is ${object.size} bytes; the limit is ${MAX_POLICY_BYTES}`
          : 'its content could not be read',
      };
    try {
      return { constraints: parsePolicy(bytes, where).constraints ?? [] };
    } catch (error) {
      return { invalid: (error as Error).message };
    }
  };
  const sides = new Map<ChangeUnderTest, [PolicySide, PolicySide]>();
  for (const { change, oldId, newId } of pairs)
    sides.set(change, [side(oldId, `before ${change.label}`), side(newId, change.label)]);
  return sides;
}
