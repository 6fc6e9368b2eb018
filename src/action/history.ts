import { AoError } from '../core/errors.js';
import { Git } from '../git/git.js';
import type { Want } from './plan.js';

/**
 * Makes sure the commits a check needs are here, with their history: a shallow clone (the
 * default of actions/checkout) is completed with `git fetch --unshallow`, and missing tips
 * are fetched by sha, all in as few fetches as possible, with the credentials the checkout
 * persisted. Only where that is impossible does it fail, with the exact checkout fix.
 */

export const REMOTE = 'origin';
const FETCHED_PREFIX = 'refs/agentops-verdict/';

export const CHECKOUT_FIX =
  'give actions/checkout the full history: `with: { fetch-depth: 0 }` (and leave `persist-credentials` at its default)';
const CHECKOUT_YAML = ['- uses: actions/checkout@v5', '  with:', '    fetch-depth: 0'].join('\n');

/** An error about missing history: its fix is the checkout setting, shown as YAML in the summary. */
export class HistoryError extends AoError {
  readonly yaml = CHECKOUT_YAML;
  constructor(message: string) {
    super(message, { fix: CHECKOUT_FIX });
  }
}

export interface History {
  git: Git;
  /** Each want's commit id, by role; undefined for an optional want that could not be had. */
  shas: Map<string, string | undefined>;
  /** What was done, for the log. */
  log: string[];
}

const HEX = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
const REF_NAME = /^(?!-)(?!.*\.\.)(?!.*@\{)[^\s~^:?*[\\]+(?<![./]|\.lock)$/;

function slug(role: string): string {
  return FETCHED_PREFIX + role.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

/** Local names a want may already be known by, best first. */
function candidates(want: Want, fetched: boolean): string[] {
  const names = fetched ? [slug(want.role)] : [];
  names.push(want.rev);
  if (!HEX.test(want.rev) && !want.rev.startsWith('refs/') && REF_NAME.test(want.rev))
    names.push(`refs/remotes/${REMOTE}/${want.rev}`);
  return names;
}

async function resolveAll(git: Git, wants: Want[], fetched: boolean): Promise<Map<string, string | undefined>> {
  const lists = wants.map((want) => candidates(want, fetched));
  const ids = await git.resolveCommits(lists.flat());
  const shas = new Map<string, string | undefined>();
  let i = 0;
  for (const [n, want] of wants.entries()) {
    const list = lists[n]!;
    shas.set(want.role, list.map((_, k) => ids[i + k]).find(Boolean));
    i += list.length;
  }
  return shas;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    lines.find((l) => l.startsWith('fatal:') || l.startsWith('remote:') || l.startsWith('error:')) ?? lines[0] ?? text
  );
}

export async function ensureCommits(start: Git, wants: Want[], options: { history: boolean }): Promise<History> {
  let git = start;
  const log: string[] = [];
  let shas = await resolveAll(git, wants, false);
  let shallow = options.history && git.isShallow;
  const missing = wants.filter((w) => !shas.get(w.role));
  if (!shallow && missing.length === 0) return { git, shas, log };

  // A shallow clone fetches every tip with its whole history; otherwise only what is missing.
  const toFetch = shallow ? wants : missing;
  const spec = (want: Want): string | undefined => {
    const source = shas.get(want.role) ?? want.remote ?? want.rev;
    if (!HEX.test(source) && !REF_NAME.test(source)) return undefined; // e.g. HEAD~3: only local
    return `+${source}:${slug(want.role)}`;
  };
  const fetchable = toFetch.filter((w) => spec(w));
  const attempt = async (group: Want[]): Promise<string | undefined> => {
    if (group.length === 0 && !shallow) return undefined;
    try {
      const unshallow = shallow;
      // A shallow clone that only lacks a tip (an audit) gets that one commit, not its history.
      const depth = !options.history && git.isShallow ? 1 : undefined;
      await git.fetch(
        REMOTE,
        group.map((w) => spec(w)!),
        { unshallow, depth },
      );
      if (unshallow) shallow = false;
      log.push(
        `fetched ${group.map((w) => w.role).join(', ') || 'history'}${unshallow ? ' with the complete history (the clone was shallow)' : ''} from ${REMOTE}`,
      );
      return undefined;
    } catch (error) {
      return firstLine(error);
    }
  };

  let failure: string | undefined;
  if (fetchable.length > 0 || shallow) {
    failure = await attempt(fetchable);
    const optional = fetchable.filter((w) => w.optional);
    if (failure && optional.length > 0) {
      // One optional tip the remote no longer has (the old tip of a force push) must not
      // cost the rest: fetch the required ones, then each optional one on its own.
      failure = await attempt(fetchable.filter((w) => !w.optional));
      for (const want of optional) {
        const why = await attempt([want]);
        if (why) log.push(`could not fetch the ${want.role} ${want.rev}: ${why}`);
      }
    }
  }
  if (git.isShallow && options.history) git = await Git.open(git.cwd);
  shas = await resolveAll(git, wants, true);

  if (options.history && git.isShallow) {
    throw new HistoryError(
      `this is a shallow clone (actions/checkout fetches a single commit unless told otherwise), and the history the check needs could not be fetched from ${REMOTE}${failure ? `: ${failure}` : ''}`,
    );
  }
  for (const want of wants) {
    if (shas.get(want.role) || want.optional) continue;
    throw new HistoryError(
      `the ${want.role} ${want.rev} is not in this clone${failure ? `, and fetching it from ${REMOTE} failed: ${failure}` : spec(want) ? '' : ' (and it is not a full commit id or a ref name that could be fetched)'}`,
    );
  }
  return { git, shas, log };
}
