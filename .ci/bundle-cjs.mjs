// One CommonJS bundle, made with ncc's API (its CLI makes ES modules in a "type": "module"
// package) in a process of its own: node .ci/bundle-cjs.mjs ENTRY OUT writes OUT/index.cjs
// and ncc's assets (chunks, licenses.txt) beside it. Run by .ci/build.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, out] = process.argv.slice(2);
if (!entry || !out) {
  console.error('usage: node .ci/bundle-cjs.mjs ENTRY OUT');
  process.exit(2);
}
const ncc = createRequire(import.meta.url)('@vercel/ncc');
const { code, assets } = await ncc(join(root, entry), {
  esm: false,
  target: 'es2022',
  license: 'licenses.txt',
  quiet: true,
  cache: false,
});
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.cjs'), code);
for (const [name, asset] of Object.entries(assets)) writeFileSync(join(out, name), asset.source);
