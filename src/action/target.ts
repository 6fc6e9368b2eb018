import { AoError } from '../core/errors.js';
import type { Git } from '../git/git.js';
import { shortSha } from '../repo/changes.js';
import type { VerifyScope } from '../repo/verify.js';
import { CHECKOUT_FIX } from './history.js';
import { code } from '../present/summary.js';
import type { Plan } from './plan.js';

/** A plan made concrete once its commits are here: a verification scope and where its policy comes from. */
export type Target =
  | { kind: 'nothing'; why: string }
  | { kind: 'audit'; head: string; why: string }
  | {
      kind: 'verify';
      scope: VerifyScope;
      head: string;
      /** The commit the policy is read from: the target branch's side, never the change's. */
      policyRev?: string;
      policyWhy: string;
      /** Which commits, in words (markdown: shas in backticks). */
      why: string;
      notes: string[];
    };

export async function resolveTarget(git: Git, plan: Plan, shas: Map<string, string | undefined>): Promise<Target> {
  const sha = (role: string | undefined) => (role ? shas.get(role) : undefined);
  const s = (id: string) => `\`${shortSha(id)}\``;
  const b = (name: string) => code(name);

  if (plan.kind === 'nothing') return { kind: 'nothing', why: plan.why };
  if (plan.kind === 'audit') {
    const head = sha(plan.head.role)!;
    return {
      kind: 'audit',
      head,
      why: `every record of the ledger at ${s(head)} (the ${plan.head.role}), fully checked`,
    };
  }
  if (plan.kind === 'range') {
    const base = sha(plan.base.role)!;
    const head = sha(plan.head.role)!;
    const mergeBase = await git.mergeBase(base, head);
    if (!mergeBase) {
      throw new AoError(
        `the ${plan.base.role} ${shortSha(base)} and the ${plan.head.role} ${shortSha(head)} share no history`,
        {
          fix: 'check that base and head name commits of the same repository (the base and head inputs, or the event)',
        },
      );
    }
    return {
      kind: 'verify',
      scope: { kind: 'range', base: mergeBase, head },
      head,
      policyRev: base,
      policyWhy: `the ${plan.base.role}`,
      why:
        mergeBase === base
          ? `the commits from the ${plan.base.role} ${s(base)} to the ${plan.head.role} ${s(head)}`
          : `the commits from ${s(mergeBase)}, the merge base of the ${plan.base.role} ${s(base)} and the ${plan.head.role} ${s(head)}, to the head`,
      notes: [],
    };
  }

  // A push: a fast-forward, a force push, or a new branch. The commits checked are those
  // the push adds; the policy (and `.agents/checkers`) come from the side the pusher cannot
  // write. On the default branch that is `before`, its protected previous tip. On any other
  // branch `before` is a commit the same pusher may have written (one that deleted the
  // policy, say), so the policy comes from the default branch's tip, as the pull request
  // from that branch will be judged.
  const after = sha(plan.after.role)!;
  const before = sha(plan.before?.role);
  const notes: string[] = [];
  const defaultTip = sha(plan.defaultBranch?.role);
  const defaultName = plan.defaultBranch?.remote?.replace(/^refs\/heads\//, '') ?? 'the default branch';
  if (!plan.isDefault && !defaultTip) {
    // Never fall back to `before`, nor to "no policy": either would let the push judge itself.
    throw new AoError(
      `cannot judge the push to ${plan.branch}: a push to a branch other than the default one is judged by the policy at the default branch's tip, and the default branch ${plan.defaultBranch ? `(${defaultName}) could not be fetched from the remote` : 'is not named in the event (repository.default_branch)'}`,
      { fix: `${CHECKOUT_FIX}; or name the commits with the base and head inputs` },
    );
  }
  const fromDefault = {
    policyRev: defaultTip,
    policyWhy: `the tip of ${defaultName}, the default branch (a push to another branch is judged by its policy, as its pull request will be)`,
  };
  const policyOf = (why: string) => (plan.isDefault ? { policyRev: before, policyWhy: why } : fromDefault);
  if (before) {
    if (await git.isAncestor(before, after)) {
      return {
        kind: 'verify',
        scope: { kind: 'range', base: before, head: after },
        head: after,
        ...policyOf(`the previous tip of ${plan.branch}`),
        why: `the commits the push adds to ${b(plan.branch)}, from ${s(before)} to ${s(after)}`,
        notes,
      };
    }
    const mergeBase = await git.mergeBase(before, after);
    if (mergeBase) {
      return {
        kind: 'verify',
        scope: { kind: 'range', base: mergeBase, head: after },
        head: after,
        ...policyOf(`the tip of ${plan.branch} before the force push`),
        why: `a force push: the commits from ${s(mergeBase)}, the merge base of the old tip ${s(before)} and the new tip ${s(after)}, to the new tip`,
        notes,
      };
    }
    notes.push(
      `the old tip ${shortSha(before)} shares no history with the new tip ${shortSha(after)}: checking the commits that the default branch does not have`,
    );
  } else if (plan.before) {
    notes.push(
      `the previous tip ${shortSha(plan.before.rev)} could not be fetched (a force push whose old commits are gone): checking the commits that the default branch does not have`,
    );
  }

  if (defaultTip) {
    return {
      kind: 'verify',
      scope: { kind: 'revlist', head: after, exclude: [defaultTip], label: `${shortSha(after)} not on ${defaultName}` },
      head: after,
      ...fromDefault,
      why: `${before || plan.before ? '' : `a new branch: `}the commits of ${s(after)} that ${b(defaultName)} (${s(defaultTip)}) does not have`,
      notes,
    };
  }
  if (plan.before) {
    // The default branch rewritten past its old tip: never fall back to "every commit" (no base, no policy, all pass).
    throw new AoError(
      `cannot tell which commits the push to ${plan.branch} brings: its previous tip ${shortSha(plan.before.rev)} ${before ? `shares no history with the new tip ${shortSha(after)}` : 'could not be fetched'}, and ${plan.branch} is the default branch, so there is no other branch to compare it with`,
      { fix: `${CHECKOUT_FIX}; or name the commits with the base and head inputs` },
    );
  }
  return {
    kind: 'verify',
    scope: { kind: 'revlist', head: after, exclude: [], label: `every commit of ${shortSha(after)}` },
    head: after,
    policyWhy:
      "the commit before the oldest one checked (there is none: the push creates the repository's default branch)",
    why: `every commit of ${s(after)}: the push creates ${b(plan.branch)}, the default branch, so there is no other branch to compare it with`,
    notes,
  };
}
