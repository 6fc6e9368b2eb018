import { AoError } from '../core/errors.js';
import type { AuthenticatedActor, GitHubAccount } from '../core/policy.js';

/**
 * Which commits an event asks to be checked, worked out from the event alone, before any
 * git work: the tips to have (fetching them if need be) and how to turn them into a scope.
 */

/** A commit the check needs: a sha, or a name to resolve locally and, failing that, fetch. */
export interface Want {
  /** Names it in messages ("pull request head") and in the fetched ref's name. */
  role: string;
  rev: string;
  /** What to ask the remote for when `rev` is not here (e.g. `refs/heads/main`). */
  remote?: string;
  /** Needed only as a fallback: a failed fetch of it is not an error. */
  optional?: boolean;
}

export type Plan =
  /** A branch deletion: nothing to check. */
  | { kind: 'nothing'; title: string; why: string }
  /** A full audit of the ledger at one commit. */
  | { kind: 'audit'; title: string; head: Want }
  /** The commits from the merge base of base and head to head; the policy comes from base. */
  | { kind: 'range'; title: string; base: Want; head: Want }
  /**
   * A push: before..after, a new branch, or a force push, told apart once the commits are here.
   * The policy comes from `before` only on the default branch; elsewhere from the default branch's tip.
   */
  | {
      kind: 'push';
      title: string;
      branch: string;
      before?: Want;
      after: Want;
      defaultBranch?: Want;
      isDefault: boolean;
    };

export interface PlanInputs {
  base?: string;
  head?: string;
}

export interface EventInfo {
  name: string;
  payload: Record<string, unknown>;
  /** GITHUB_SHA: what actions/checkout checked out (on pull_request, the test merge commit). */
  sha?: string;
}

const ZERO = /^0+$/;

function obj(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function need(value: string | undefined, what: string, event: string): string {
  if (!value) {
    throw new AoError(`the ${event} event payload has no ${what}`, {
      fix: 'run the action from a workflow triggered by that event (GITHUB_EVENT_PATH must hold its payload), or name the commits with the base and head inputs',
    });
  }
  return value;
}

const SUPPORTED_EVENTS = [
  'pull_request',
  'pull_request_target',
  'merge_group',
  'push',
  'workflow_dispatch',
  'schedule',
];

export function planFor(event: EventInfo, inputs: PlanInputs): Plan {
  const payload = event.payload;
  const name = event.name;
  const pr = obj(payload.pull_request);
  const defaults: { base?: Want; head?: Want; title: string } = { title: name };
  let plan: Plan | undefined;

  if (Object.keys(pr).length > 0 || name === 'pull_request' || name === 'pull_request_target') {
    // pull_request, pull_request_target and the review events: never the merge ref (github.sha).
    const number = pr.number ?? payload.number;
    const base = obj(pr.base);
    const head = obj(pr.head);
    const baseRef = str(base.ref);
    const headRef = str(head.ref);
    defaults.base = { role: 'pull request base', rev: need(str(base.sha), 'pull_request.base.sha', name) };
    defaults.head = { role: 'pull request head', rev: need(str(head.sha), 'pull_request.head.sha', name) };
    const headRepo = str(obj(head.repo).full_name);
    const baseRepo = str(obj(base.repo).full_name);
    const from =
      headRepo && baseRepo && headRepo !== baseRepo ? `${headRepo.split('/')[0]}:${headRef ?? '?'}` : headRef;
    defaults.title = `pull request${number !== undefined ? ` #${String(number)}` : ''}${from && baseRef ? ` (${from} → ${baseRef})` : ''}`;
    plan = { kind: 'range', title: defaults.title, base: defaults.base, head: defaults.head };
  } else if (name === 'merge_group') {
    const group = obj(payload.merge_group);
    defaults.base = { role: 'merge queue base', rev: need(str(group.base_sha), 'merge_group.base_sha', name) };
    defaults.head = { role: 'merge queue head', rev: need(str(group.head_sha), 'merge_group.head_sha', name) };
    const baseRef = str(group.base_ref)?.replace(/^refs\/heads\//, '');
    defaults.title = `merge queue${baseRef ? ` for ${baseRef}` : ''}`;
    plan = { kind: 'range', title: defaults.title, base: defaults.base, head: defaults.head };
  } else if (name === 'push') {
    const ref = need(str(payload.ref), 'ref', name);
    const branch = ref.replace(/^refs\/(heads|tags)\//, '');
    const before = str(payload.before);
    const after = str(payload.after);
    const repo = obj(payload.repository);
    const defaultName = str(repo.default_branch) ?? str(repo.master_branch);
    const deleted = payload.deleted === true || (after !== undefined && ZERO.test(after));
    defaults.title = `push to ${branch}`;
    if (!deleted) {
      const afterWant: Want = { role: 'pushed commit', rev: need(after, 'after', name) };
      const beforeWant =
        before && !ZERO.test(before) ? { role: 'previous tip', rev: before, optional: true } : undefined;
      defaults.head = afterWant;
      defaults.base = beforeWant;
      const isDefault = defaultName !== undefined && ref === `refs/heads/${defaultName}`;
      // Another branch's policy comes from the default branch's tip: it must be had, whatever `before` is.
      const defaultBranch: Want | undefined =
        defaultName && !isDefault
          ? { role: 'default branch', rev: `refs/remotes/origin/${defaultName}`, remote: `refs/heads/${defaultName}` }
          : undefined;
      plan = {
        kind: 'push',
        title: defaults.title,
        branch,
        before: beforeWant,
        after: afterWant,
        defaultBranch,
        isDefault,
      };
    } else {
      plan = {
        kind: 'nothing',
        title: `deletion of ${branch}`,
        why: `the push deletes ${branch}: it brings no commits, so there is nothing to check`,
      };
    }
  } else if (name === 'workflow_dispatch' || name === 'schedule') {
    defaults.title = name === 'schedule' ? 'scheduled run' : 'manual run';
  } else if (!inputs.base && !inputs.head) {
    throw new AoError(`the ${name} event does not say which commits to check`, {
      fix: `run the action on ${SUPPORTED_EVENTS.join(', ')}, or name the commits with the base and head inputs`,
    });
  }

  if (inputs.base || inputs.head) {
    const head = inputs.head
      ? { role: 'head input', rev: inputs.head }
      : (defaults.head ?? { role: 'checked-out commit', rev: event.sha ?? 'HEAD' });
    const base = inputs.base
      ? { role: 'base input', rev: inputs.base }
      : defaults.base && { ...defaults.base, optional: false };
    const title = `${defaults.title}, with the ${inputs.base && inputs.head ? 'base and head inputs' : inputs.base ? 'base input' : 'head input'}`;
    if (!base) return { kind: 'audit', title, head };
    return { kind: 'range', title, base, head };
  }
  if (plan) return plan;
  return { kind: 'audit', title: defaults.title, head: { role: 'checked-out commit', rev: event.sha ?? 'HEAD' } };
}

function account(value: unknown): GitHubAccount | undefined {
  const login = str(obj(value).login);
  const id = obj(value).id;
  return login ? { login, ...(typeof id === 'number' && Number.isSafeInteger(id) ? { id } : {}) } : undefined;
}

/**
 * The accounts GitHub authenticated for the event, which alone can vouch for an author email:
 * the sender (who pushed, opened or synchronised); for a pull request, also its author. A
 * missing one vouches for nobody.
 */
export function authenticatedActorOf(event: EventInfo): AuthenticatedActor {
  const sender = account(event.payload.sender);
  const pr = event.payload.pull_request;
  const isPullRequest = pr !== undefined || event.name === 'pull_request' || event.name === 'pull_request_target';
  const author = isPullRequest ? account(obj(pr).user) : undefined;
  if (!sender || (isPullRequest && !author)) return { accounts: [] };
  return { accounts: author ? [sender, author] : [sender] };
}

/** The tips a plan needs, and whether their history is needed too (an audit reads one tree). */
export function wantsOf(plan: Plan): { wants: Want[]; history: boolean } {
  switch (plan.kind) {
    case 'nothing':
      return { wants: [], history: false };
    case 'audit':
      return { wants: [plan.head], history: false };
    case 'range':
      return { wants: [plan.base, plan.head], history: true };
    case 'push':
      return {
        wants: [plan.after, ...(plan.before ? [plan.before] : []), ...(plan.defaultBranch ? [plan.defaultBranch] : [])],
        history: true,
      };
  }
}
