// Builds dist/: the CLI and the GitHub Action, each one ncc bundle plus its licenses.
// Reproducible: same lockfile in, same bytes out (no absolute paths, no source maps).
import { spawn } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const targets = [
  { entry: 'src/cli/index.ts', out: 'dist/cli', shebang: true },
  { entry: 'src/action/index.ts', out: 'dist/action', shebang: false },
];

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
