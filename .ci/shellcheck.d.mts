/** The repository-relative paths of the shell scripts tracked under `root` (see shellcheck.mjs). */
export function shellScripts(root: string): string[];
