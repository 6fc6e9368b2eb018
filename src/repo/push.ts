import { AoError } from '../core/errors.js';
import { shellQuote } from '../core/shell.js';
import type { Git } from '../git/git.js';
import { shortSha } from './changes.js';
import type { VerifyScope } from './verify.js';

/**
 * What a push sends, judged as the GitHub Action will judge it once it lands: the same
 * commits, the ledger as committed in the pushed tip, and the policy of the branch the
 * action reads it from (the old tip for the default branch, the default branch's tip for
 * any other). Where the hook cannot know what the remote has, it refuses; it never accepts
 * by default.
 */

/** One line of git's pre-push input. */
export interface PushLine {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

/** What is known of the remote being pushed to. */
export interface RemoteState {
  /** The configured remote's name, or the URL when the push names no configured remote. */
  name: string;
  /** Its branches as last seen (`refs/heads/NAME -> sha`). */
  tips: Map<string, string>;
  /** Its default branch (`refs/heads/NAME`), when known. */
  defaultBranch?: string;
  /** Where `tips` came from: this clone's tracking refs, or the remote itself. */
  source: 'tracking refs' | 'ls-remote';
}

export interface PushCheck {
  line: PushLine;
  scope: VerifyScope;
  /** The commit the policy and trust roots are read from; undefined when the push creates the repository's history. */
  policyRev?: string;
  policyWhy: string;
}

const ZERO = /^0+$/;

export function parsePushLines(input: string): PushLine[] {
  const lines: PushLine[] = [];
  for (const raw of input.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const parts = line.split(' ');
    if (parts.length !== 4 || !parts.slice(1).every((p, i) => i === 1 || /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(p))) {
      throw new AoError(`unexpected pre-push input line: ${JSON.stringify(line)}`, {
        fix: "run this only from git's pre-push hook (`ao init` installs it)",
      });
    }
    const [localRef, localSha, remoteRef, remoteSha] = parts as [string, string, string, string];
    lines.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return lines;
}

/**
 * Finds out what the remote has: the tracking refs of the configured remote the push goes
 * to (git passes its name, or a URL that may belong to one), else the remote's own listing.
 */
export async function remoteState(git: Git, remoteArg: string, url: string | undefined): Promise<RemoteState> {
  const remotes = await git.remotes();
  const name = remotes.has(remoteArg)
    ? remoteArg
    : [...remotes].find(([, urls]) => urls.includes(remoteArg) || (url !== undefined && urls.includes(url)))?.[0];
  if (name) {
    const tracking = await git.trackingRefs(name);
    if (tracking.tips.size > 0) {
      return {
        name,
        tips: tracking.tips,
        defaultBranch: tracking.head ?? guessDefault(tracking.tips),
        source: 'tracking refs',
      };
    }
  }
  // A URL, or a remote this clone has never fetched: ask the remote (the push is about to talk to it anyway).
  const target = url ?? remoteArg;
  let listing: { tips: Map<string, string>; head?: string };
  try {
    listing = await git.lsRemote(name ?? target);
  } catch (error) {
    throw new AoError(
      `cannot tell what ${name ?? target} already has: this clone has no tracking refs for it, and asking it failed (${(error as Error).message.split('\n')[0]})`,
      {
        fix: name
          ? `run \`git fetch ${shellQuote(name)}\`, then push again`
          : `add it as a remote and fetch it: \`git remote add NAME ${shellQuote(target)} && git fetch NAME\`, then push to NAME`,
      },
    );
  }
  return {
    name: name ?? target,
    tips: listing.tips,
    defaultBranch: listing.head ?? guessDefault(listing.tips),
    source: 'ls-remote',
  };
}

/** Without a recorded default branch, `main` or `master` when the remote has exactly that. */
function guessDefault(tips: Map<string, string>): string | undefined {
  for (const name of ['refs/heads/main', 'refs/heads/master']) if (tips.has(name)) return name;
  return undefined;
}

/** The scope and policy source for one pushed ref; undefined for a deletion. */
export async function planPush(git: Git, remote: RemoteState, line: PushLine): Promise<PushCheck | undefined> {
  if (ZERO.test(line.localSha)) return undefined; // a deletion checks nothing
  const label = `${line.localRef} -> ${remote.name} ${line.remoteRef}`;
  const defaultBranch = remote.defaultBranch;
  const defaultName = defaultBranch?.replace(/^refs\/heads\//, '');
  const isDefault = defaultBranch !== undefined && line.remoteRef === defaultBranch;
  const remoteSha = ZERO.test(line.remoteSha) ? undefined : line.remoteSha;
  const defaultSha = defaultBranch ? remote.tips.get(defaultBranch) : undefined;
  const [remoteKnown, defaultKnown] = await git.resolveCommits([remoteSha ?? git.zeroId, defaultSha ?? git.zeroId]);
  const fetchFix = `run \`git fetch ${shellQuote(remote.name)}\`, then push again`;

  // The policy, as the action will read it once this lands.
  let policyRev: string | undefined;
  let policyWhy: string;
  if (isDefault) {
    policyRev = remoteSha && remoteKnown;
    policyWhy = remoteSha ? `the tip of ${defaultName} before this push` : `none: the push creates ${defaultName}`;
    if (remoteSha && !remoteKnown) {
      throw new AoError(
        `the push replaces ${remote.name} ${defaultName} at ${shortSha(remoteSha)}, a commit this clone does not have, so the policy that judges it cannot be read`,
        { fix: fetchFix },
      );
    }
  } else if (defaultKnown) {
    policyRev = defaultKnown;
    policyWhy = `the tip of ${defaultName}, ${remote.name}'s default branch (as of ${remote.source === 'ls-remote' ? 'now' : 'your last fetch'})`;
  } else if (remote.tips.size === 0) {
    policyWhy = `none: ${remote.name} has no branches yet, so this push creates its history`;
  } else {
    throw new AoError(
      defaultBranch
        ? `${remote.name}'s default branch ${defaultName} is at ${shortSha(defaultSha ?? '?')}, which this clone does not have: the policy that judges a push to ${line.remoteRef} is read there`
        : `cannot tell ${remote.name}'s default branch, where the policy that judges a push to ${line.remoteRef} is read`,
      {
        fix: defaultBranch
          ? fetchFix
          : `run \`git remote set-head ${shellQuote(remote.name)} --auto\`, then push again`,
      },
    );
  }

  if (remoteSha && remoteKnown) {
    return { line, scope: { kind: 'range', base: remoteKnown, head: line.localSha }, policyRev, policyWhy };
  }
  // A new branch, or a force push over commits never fetched: what the default branch lacks.
  if (defaultKnown) {
    return {
      line,
      scope: {
        kind: 'revlist',
        head: line.localSha,
        exclude: [defaultKnown],
        label: `${label} (new: the commits ${defaultName} lacks)`,
      },
      policyRev,
      policyWhy,
    };
  }
  if (remote.tips.size === 0 || (isDefault && !remoteSha)) {
    const why =
      remote.tips.size === 0
        ? `${remote.name} has no branches yet`
        : `the push creates ${defaultName}, the default branch`;
    return {
      line,
      scope: { kind: 'revlist', head: line.localSha, exclude: [], label: `${label} (every commit: ${why})` },
      policyRev,
      policyWhy,
    };
  }
  throw new AoError(`cannot tell which commits the push to ${remote.name} ${line.remoteRef} brings`, { fix: fetchFix });
}
