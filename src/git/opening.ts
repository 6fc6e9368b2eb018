import { AoError } from '../core/errors.js';
import { CatFileBatch } from './cat-file.js';
import { gitBinaryKey, rememberedGitVersion } from './known-version.js';
import { GitError, runGit, type GitResult } from './run.js';

/** The raw diff form every manifest is read from (docs/spec.md): paths whole, ids full, no renames, submodules as gitlinks. */
export const MANIFEST_DIFF = ['-z', '-r', '--raw', '--full-index', '--no-renames', '--ignore-submodules=none'] as const;

/** The index's raw diff against `tree`, ledger paths included. */
export function diffIndexArgs(tree: string): string[] {
  return ['diff-index', '--cached', ...MANIFEST_DIFF, tree];
}

/** One probe: outside a work tree --show-toplevel fails, but the lines before it still say why. */
const PROBE = [
  'rev-parse',
  '--is-bare-repository',
  '--is-inside-work-tree',
  '--show-object-format',
  '--is-shallow-repository',
  '--absolute-git-dir',
  '--show-toplevel',
];

/**
 * The git processes opening a repository starts before it knows anything about it: the
 * probe and the version side by side; for the pre-commit hook also the index's diff against
 * HEAD and the object reader, asked for HEAD at once. Every failure is held as a value, to be
 * raised by `Git.open` (a rejection nobody awaits yet must never end the process).
 */
export interface Opening {
  cwd: string;
  /** This git binary, when it can be known (`gitBinaryKey`), and its remembered version. */
  binary?: string;
  remembered?: [number, number, number];
  /** `git version`; none when it was remembered. */
  version?: Promise<GitResult | Error>;
  probe: Promise<GitResult | Error>;
  staged?: { batch: CatFileBatch; head: Promise<string | undefined>; diff: Promise<GitResult | Error> };
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** Starts opening the repository at `cwd`; `staged` for the pre-commit hook, which takes a remembered version. */
export function startOpening(cwd: string, staged: boolean): Opening {
  // The probe first: its answer is the first one awaited.
  const probe = runGit(cwd, PROBE, { okCodes: [128], viaFiles: staged }).catch(asError);
  let stagedStart: Opening['staged'];
  if (staged) {
    const batch = new CatFileBatch(cwd);
    const head = batch.read(['HEAD^{commit}'], 0).then(
      (objects) => {
        const object = objects.get('HEAD^{commit}');
        return object?.type === 'commit' ? object.id : undefined;
      },
      () => undefined,
    );
    const diff = runGit(cwd, diffIndexArgs('HEAD'), { okCodes: [128], viaFiles: true }).catch(asError);
    stagedStart = { batch, head, diff };
  }
  // Every other command asks git for its version, and corrects a remembered answer it finds.
  const binary = gitBinaryKey(process.env.PATH);
  const remembered = binary && staged ? rememberedGitVersion(binary) : undefined;
  const version = remembered
    ? undefined
    : runGit(cwd, ['version']).catch((error: unknown) =>
        error instanceof GitError
          ? new AoError('git is not working', { fix: 'run `git --version` and repair the git install' })
          : asError(error),
      );
  return { cwd, binary, remembered, version, probe, staged: stagedStart };
}
