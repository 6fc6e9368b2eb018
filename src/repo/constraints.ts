import { findRatchetSlips, MAX_SCANNED_ADDED_LINES, MAX_SCANNED_PATCH_BYTES, retirementIndex, type PolicySide } from '../core/constraints.js';
import type { ChangeUnderTest } from '../core/coverage.js';
import { manifestPaths } from '../core/coverage.js';
import { compareRecords } from '../core/ledger.js';
import { pathText } from '../core/manifest.js';
import { globMatcher, MAX_POLICY_BYTES, parsePolicy, type LearningLookup, type Policy } from '../core/policy.js';
import { POLICY_PATH, type LearningRecord } from '../core/record.js';
import type { Git } from '../git/git.js';
import type { ChangeWithLedger } from './changes.js';
import type { LedgerView } from './ledger-view.js';

/**
 * Gathers what deciding under the policy's constraints needs, in batched git calls, and
 * hangs it on the changes: the lines they add under forbidPattern constraints, and the
 * constraints they drop from the policy without a retirement record. Returns the lookup of
 * the learnings the constraints came from, so refusals can quote them. Costs nothing when
 * the policy has no constraints and no change touches the policy file.
 */
export async function prepareConstraints(git: Git, policy: Policy, ledger: Pick<LedgerView, 'recordsById' | 'allRecords'>, changes: ChangeWithLedger[], head: string | undefined): Promise<LearningLookup> {
  const constraints = policy.constraints ?? [];
  const learningIds = new Set(constraints.map((c) => c.learning));
  await attachAddedLines(git, policy, changes, head);
  const touchingPolicy = changes.filter(({ change }) => change.manifest.entries.some((e) => pathText(e.path) === POLICY_PATH));
  const sides = touchingPolicy.length > 0 ? await policySides(git, touchingPolicy.map((c) => c.change)) : new Map<ChangeUnderTest, [PolicySide, PolicySide]>();
  const before = [...sides.values()].flatMap(([b]) => ('constraints' in b ? b.constraints : []));
  for (const c of before) learningIds.add(c.learning);
  const learnings = learningIds.size > 0 ? await ledger.recordsById([...learningIds]) : new Map();
  const lookup: LearningLookup = (id) => {
    const record = learnings.get(id);
    return record?.type === 'learning' ? (record as LearningRecord) : undefined;
  };
  if (before.length > 0) {
    // Only a change that drops a constraint pays for reading the whole ledger.
    const isRetired = retirementIndex(await ledger.allRecords(), compareRecords);
    for (const [change, [b, a]] of sides) {
      const slips = findRatchetSlips('constraints' in b ? b.constraints : [], a, isRetired, lookup);
      if (slips.length > 0) change.ratchetSlips = slips;
    }
  }
  return lookup;
}

/**
 * Fills `addedLines` for every change touching a forbidPattern constraint's paths: one
 * diff-tree for all commits. The lines are read whatever the change's attributes or bytes
 * say (`Git.addedLinesBatch`); a patch above the bound leaves them unread, which refuses.
 */
async function attachAddedLines(git: Git, policy: Policy, changes: ChangeWithLedger[], head: string | undefined): Promise<void> {
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
async function policySides(git: Git, changes: ChangeUnderTest[]): Promise<Map<ChangeUnderTest, [PolicySide, PolicySide]>> {
  const zero = /^0+$/;
  const pairs = changes.map((change) => {
    const entry = change.manifest.entries.find((e) => pathText(e.path) === POLICY_PATH)!;
    return { change, oldId: zero.test(entry.oldId) ? undefined : entry.oldId, newId: zero.test(entry.newId) ? undefined : entry.newId };
  });
  // Bounded: the policy a change carries is the change's to make as large as it likes.
  const blobs = await git.readObjectsBounded([...new Set(pairs.flatMap((p) => [p.oldId, p.newId]).filter((id): id is string => !!id))], MAX_POLICY_BYTES);
  const side = (id: string | undefined, where: string): PolicySide => {
    if (!id) return { missing: true };
    const object = blobs.get(id);
    const bytes = object?.bytes;
    if (!bytes) return { invalid: object ? `it is ${object.size} bytes; the limit is ${MAX_POLICY_BYTES}` : 'its content could not be read' };
    try {
      return { constraints: parsePolicy(bytes, where).constraints ?? [] };
    } catch (error) {
      return { invalid: (error as Error).message };
    }
  };
  const sides = new Map<ChangeUnderTest, [PolicySide, PolicySide]>();
  for (const { change, oldId, newId } of pairs) sides.set(change, [side(oldId, `before ${change.label}`), side(newId, change.label)]);
  return sides;
}
