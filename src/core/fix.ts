import type { ActorKind, EvidenceKind } from './record.js';

/**
 * A fix names the commands it asks for as data, never as command-line flags: core decides
 * what a verdict must carry or which constraint to retire, and `fixText` in
 * src/present/commands.ts words it as the command the user pastes, the same for the CLI,
 * the hooks and the action (and the `fix` field of `--json`).
 */

/** The change a verdict is recorded for. */
export type VerdictScope =
  | { kind: 'staged'; amend?: boolean }
  | { kind: 'commit'; commit: string }
  | { kind: 'range'; base: string; head: string };

/** Something a verdict must carry to meet the policy. */
export type VerdictNeed =
  | { need: 'evidence'; evidence: EvidenceKind }
  | { need: 'checker-kind'; checkerKind: ActorKind }
  /** The checker ran this exact command, and it passed. */
  | { need: 'ran'; command: string }
  /** Signed with a key the policy's base trusts. */
  | { need: 'signature' };

export type FixCommand =
  /** Record a passing verdict on the scope, by `checker` (a placeholder when undefined). */
  | { command: 'verdict'; scope: VerdictScope; checker?: string; needs: VerdictNeed[] }
  /** Retire a constraint, saying why. */
  | { command: 'retire'; constraint: string }
  /** Record a learning on the paths a glob names. */
  | { command: 'learn'; glob: string }
  /** Promote a learning to the constraint with this id. */
  | { command: 'promote'; constraint: string };

/** Words and the commands they name, in order: `['address the failure, then ', { command: 'verdict', … }]`. */
export type Fix = readonly (string | FixCommand)[];
