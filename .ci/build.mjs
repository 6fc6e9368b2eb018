// Builds dist/: the CLI and the GitHub Action, each one ncc bundle plus its licenses.
// Reproducible: same lockfile in, same bytes out (no absolute paths, no source maps).
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const targets = [
  { entry: 'src/cli/index.ts', out: 'dist/cli', shebang: true },
  { entry: 'src/action/index.ts', out: 'dist/action', shebang: false },
];

/**
 * The CommonJS bundles, made with ncc's API (its CLI makes ES modules in a "type": "module"
 * package): the `ao` launcher, and the pre-commit hook's own bundle in a folder that says
 * it is CommonJS (its chunks end in .js).
 */
async function buildCommonJs() {
  const ncc = createRequire(import.meta.url)('@vercel/ncc');
  const bundle = (entry) =>
    ncc(join(root, entry), { esm: false, target: 'es2022', license: 'licenses.txt', quiet: true, cache: false });
  const hookOut = join(root, 'dist/cli/pre-commit');
  rmSync(hookOut, { recursive: true, force: true });
  mkdirSync(hookOut, { recursive: true });
  const [hook, launcher] = await Promise.all([bundle('src/cli/pre-commit.ts'), bundle('src/cli/ao.ts')]);
  writeFileSync(join(hookOut, 'index.cjs'), asciiOnly(hook.code));
  for (const [name, asset] of Object.entries(hook.assets)) writeFileSync(join(hookOut, name), asset.source);
  writeFileSync(join(hookOut, 'package.json'), '{ "type": "commonjs" }\n');
  const extra = Object.keys(launcher.assets).filter((name) => name !== 'licenses.txt');
  if (extra.length > 0) throw new Error(`the ao launcher must be one file, but ncc split off ${extra.join(', ')}`);
  writeFileSync(join(root, 'dist/cli/ao.cjs'), `#!/usr/bin/env node\n${launcher.code}`);
  chmodSync(join(root, 'dist/cli/ao.cjs'), 0o755);
}

/**
 * The hook's bundle in ASCII (its few other characters, all in strings and comments, as
 * \u escapes): the launcher then reads it as one-byte text, half the memory and a third of
 * the decoding of UTF-8.
 */
function asciiOnly(code) {
  // Without the u flag each UTF-16 unit matches alone, so a character outside the BMP becomes its two escapes.
  const escaped = code.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (/[^\x00-\x7f]/.test(escaped)) throw new Error('the pre-commit bundle is not ASCII after escaping');
  return escaped;
}

function build({ entry, out }) {
  rmSync(join(root, out), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ncc failed for ${entry} (exit ${code})`))));
  });
}

import { existsSync } from 'node:fs';
await import('./gen-validators.mjs');
await import('./gen-report-assets.mjs');
const present = targets.filter((t) => existsSync(join(root, t.entry)));
await Promise.all(present.map(build));
await buildCommonJs();
for (const { out, shebang } of present) {
  // Lazily loaded commands are split into chunk files beside index.js: check them all.
  for (const chunk of readdirSync(join(root, out)).filter((name) => name.endsWith('.js'))) {
    if (readFileSync(join(root, out, chunk), 'utf8').includes(root)) {
      throw new Error(`${out}/${chunk} contains the absolute path ${root}: the bundle would differ between machines`);
    }
  }
  const file = join(root, out, 'index.js');
  let code = readFileSync(file, 'utf8');
  if (shebang && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(file, code);
  if (shebang) chmodSync(file, 0o755);
}
console.log(`built ${present.map((t) => `${t.out}/index.js`).join(', ')}`);
