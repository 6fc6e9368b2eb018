// shellcheck over every shell script tracked in the repository (`npm run lint`, `.ci/run`).
// A shell script is a tracked file named *.sh or starting with a sh/bash/dash shebang; dist/ is
// built. Without shellcheck it says so and exits 0, unless SHELLCHECK_REQUIRED=1 (.ci/run).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHEBANG = /^#!\s*(\/usr\/bin\/env\s+)?(\/usr)?(\/bin\/)?(ba|da)?sh(\s|$)/;

/** The repository-relative paths of the shell scripts tracked under `root`. */
export function shellScripts(root) {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed in ${root}: ${listed.stderr}`);
  return listed.stdout.split('\0').filter((file) => {
    if (!file || file.startsWith('dist/')) return false;
    if (file.endsWith('.sh')) return true;
    try {
      return SHEBANG.test(readFileSync(join(root, file), 'utf8').slice(0, 64));
    } catch {
      return false; // a tracked file deleted in the working tree, or a directory (submodule)
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  if (spawnSync('shellcheck', ['--version']).status !== 0) {
    const message = 'shellcheck is not installed, so the shell scripts were not checked: apt-get install -y shellcheck';
    if (process.env.SHELLCHECK_REQUIRED === '1') {
      console.error(message);
      process.exit(2);
    }
    console.warn(`warning: ${message} (CI runs it)`);
    process.exit(0);
  }
  const scripts = shellScripts(root);
  const result = spawnSync('shellcheck', scripts, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 2);
  console.log(`shellcheck: ${scripts.length} scripts clean (${scripts.join(', ')})`);
}
