import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, resolve, sep } from 'node:path';
import { AoError } from '../core/errors.js';
import { LOADER_ENV, resolveJudgeCommand, type JudgeFileRef } from '../core/judge-command.js';
import type { Git } from '../git/git.js';

/**
 * Where a judge's program comes from (docs/check.md#where-a-judge-comes-from): never from the
 * change. Every file a judge command runs or loads is resolved before anything runs, from
 * where the user ran `ao check` (relative paths) or the judge's PATH (bare names), and must
 * lie outside every working tree of the repository and outside ao check's own checkouts.
 */

export interface JudgeSurroundings {
  /** Where `ao check` was run: relative judge paths resolve from here, not from the checkout. */
  cwd: string;
  /** Directories (real paths) no judge file may come from. */
  forbidden: string[];
  /** The judges' PATH: the caller's, without entries that are relative or inside `forbidden`. */
  path: string[];
}

export async function judgeSurroundings(
  git: Git,
  args: { cwd: string; parentEnv: NodeJS.ProcessEnv; checkoutsRoot: string },
): Promise<JudgeSurroundings> {
  const trees = [git.topLevel, ...(await git.worktreePaths())];
  const forbidden = [...new Set([...trees, args.checkoutsRoot].map(realOrSelf))];
  const path = (args.parentEnv.PATH ?? '')
    .split(delimiter)
    .filter((dir) => isAbsolute(dir) && !insideAny(dir, forbidden) && !insideAny(realOrSelf(dir), forbidden));
  return { cwd: args.cwd, forbidden, path };
}

/** The judge's command with every file it runs or loads made absolute; AoError (nothing runs) when one could come from the change. */
export function commandOutsideChange(command: string, around: JudgeSurroundings): string {
  return resolveJudgeCommand(command, (ref) => resolveRef(command, ref, around));
}

/**
 * A judge's environment: the checker's, with PATH cut to `around.path` and without the
 * names that make programs load code from a path (NODE_OPTIONS, PYTHONPATH, BASH_ENV, …),
 * whose relative values would resolve inside the checkout of the change.
 */
export function judgeEnv(env: NodeJS.ProcessEnv, around: JudgeSurroundings): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) if (!LOADER_ENV.has(name)) out[name] = value;
  // An empty PATH would mean "the working directory" to a shell's lookup: none at all, then.
  if (around.path.length > 0) out.PATH = around.path.join(delimiter);
  else delete out.PATH;
  return out;
}

function resolveRef(judge: string, ref: JudgeFileRef, around: JudgeSurroundings): string {
  const { text, role } = ref;
  const what = role === 'module' ? 'loads' : role === 'dir' ? 'loads code from' : 'runs';
  const fixOutside = `copy it outside the repository (e.g. to ~/.config/ao/judges/) and name it by its absolute path: --judge "node $HOME/.config/ao/judges/NAME.mjs" (in double quotes, so that your shell expands $HOME)`;
  if (role === 'program' && !text.includes('/')) {
    const found = around.path.map((dir) => `${dir}${dir.endsWith(sep) ? '' : sep}${text}`).find(isExecutableFile);
    if (!found) {
      throw new AoError(
        `the judge ${JSON.stringify(judge)} runs ${text}, which is not on the judges' PATH (PATH without relative entries and without entries inside the repository)`,
        {
          fix: `install ${text} outside the repository, or name the program by its absolute path`,
        },
      );
    }
    refuseInside(judge, text, found, around, what, fixOutside);
    return text;
  }
  if (role === 'module' && !text.includes('/')) {
    throw new AoError(
      `the judge ${JSON.stringify(judge)} loads ${JSON.stringify(text)} by name, which resolves from the working directory, a checkout of the change`,
      {
        fix: 'name the file it loads by its absolute path, outside the repository',
      },
    );
  }
  const absolute = resolve(around.cwd, text);
  const exists =
    role === 'dir' ? isDirectory(absolute) : role === 'program' ? isExecutableFile(absolute) : isFile(absolute);
  if (!exists) {
    throw new AoError(
      `the judge ${JSON.stringify(judge)} ${what} ${text}, and ${absolute} is not ${role === 'dir' ? 'a directory' : role === 'program' ? 'an executable file' : 'a file'}` +
        (isAbsolute(text)
          ? ''
          : ` (relative paths resolve from where you run ao check, ${around.cwd}, never inside the checkout of the change)`),
      { fix: `name the judge's ${role === 'dir' ? 'directory' : 'file'} by its absolute path, outside the repository` },
    );
  }
  refuseInside(judge, text, absolute, around, what, fixOutside);
  return absolute;
}

function refuseInside(
  judge: string,
  text: string,
  path: string,
  around: JudgeSurroundings,
  what: string,
  fix: string,
): void {
  const real = realOrSelf(path);
  const inside = around.forbidden.find((dir) => insideAny(path, [dir]) || insideAny(real, [dir]));
  if (!inside) return;
  throw new AoError(
    `the judge ${JSON.stringify(judge)} ${what} ${[...new Set([text, path, real])].join(', which is ')}, inside ${inside}: a working tree of the repository under review (or a checkout of the change), so the change could rewrite what judges it`,
    { fix },
  );
}

function insideAny(path: string, dirs: string[]): boolean {
  return dirs.some((dir) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isExecutableFile(path: string): boolean {
  if (!isFile(path)) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
