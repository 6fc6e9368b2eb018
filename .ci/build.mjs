// Builds dist/: the CLI, the `ao` launcher, the pre-commit hook's bundle and the GitHub
// Action, each an ncc bundle plus its licenses. Reproducible: same lockfile in, same bytes out
// (no absolute paths, no source maps).
//
// ncc type-checks the whole project for every bundle (about 900 MB and 13 s apiece here), so
// each bundle is made in a process of its own, two at a time. They are made in a staging
// folder, and dist/ is replaced only once every one is made and checked: a build that fails
// leaves dist/ as it was.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nccCli = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const CONCURRENT_BUNDLES = 2;

/** One bundle, made by a node process; its output goes to the terminal as it comes. */
function bundle(name, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => reject(new Error(`${name}: ${error.message}`)));
    child.on('close', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${name}: ncc stopped (${signal ?? `exit ${code}`}); its output is above`)),
    );
  });
}

/** Runs the jobs, at most `limit` at once; the first failure is raised once every started job is done. */
async function pool(jobs, limit) {
  const queue = [...jobs];
  const failures = [];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        await job();
      } catch (error) {
        failures.push(error);
        queue.length = 0;
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  if (failures.length > 0) throw failures[0];
}

/**
 * The hook's bundle in ASCII (its few other characters, all in strings and comments, as
 * \u escapes): the launcher then reads it as one-byte text, half the memory and a third of
 * the decoding of UTF-8.
 */
/**
 * The hook's bundle is stored as the function the launcher compiles (src/cli/code-cache.ts
 * has the same two strings): joining them to 540 KB of text at run time cost each commit a
 * copy of it. Loaded with require, the file only states a function and runs nothing.
 */
function wrapped(code) {
  return `(function (exports, require, module, __filename, __dirname) {${code}\n})`;
}

function asciiOnly(code) {
  // Without the u flag each UTF-16 unit matches alone, so a character outside the BMP becomes its two escapes.
  const escaped = code.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (/[^\x00-\x7f]/.test(escaped)) throw new Error('the pre-commit bundle is not ASCII after escaping');
  return escaped;
}

/** Every bundle file in a folder, below it too. */
function bundleFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? bundleFiles(join(dir, entry.name))
      : /\.c?js$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * Puts the staged bundles in their final shape: the hook's bundle in a folder of dist/cli that
 * says it is CommonJS (its chunks end in .js), the launcher as dist/cli/ao.cjs, the CLI's
 * index.js runnable.
 */
function assemble(stage) {
  const cli = join(stage, 'cli');
  const hookOut = join(cli, 'pre-commit');
  mkdirSync(hookOut);
  for (const name of readdirSync(join(stage, 'hook'))) {
    const text = readFileSync(join(stage, 'hook', name));
    writeFileSync(join(hookOut, name), name === 'index.cjs' ? wrapped(asciiOnly(text.toString('utf8'))) : text);
  }
  writeFileSync(join(hookOut, 'package.json'), '{ "type": "commonjs" }\n');
  const extra = readdirSync(join(stage, 'launcher')).filter((name) => name !== 'index.cjs' && name !== 'licenses.txt');
  if (extra.length > 0) throw new Error(`the ao launcher must be one file, but ncc split off ${extra.join(', ')}`);
  writeFileSync(
    join(cli, 'ao.cjs'),
    `#!/usr/bin/env node\n${readFileSync(join(stage, 'launcher', 'index.cjs'), 'utf8')}`,
  );
  chmodSync(join(cli, 'ao.cjs'), 0o755);
  const index = join(cli, 'index.js');
  const code = readFileSync(index, 'utf8');
  writeFileSync(index, code.startsWith('#!') ? code : `#!/usr/bin/env node\n${code}`);
  chmodSync(index, 0o755);
  for (const dir of [cli, join(stage, 'action')]) {
    for (const file of bundleFiles(dir)) {
      if (readFileSync(file, 'utf8').includes(root)) {
        throw new Error(
          `${file.slice(stage.length + 1)} contains the absolute path ${root}: the bundle would differ between machines`,
        );
      }
    }
  }
}

await import('./gen-validators.mjs');
await import('./gen-report-assets.mjs');
// Beside node_modules/, on the same file system as dist/ (so the folders are renamed into place), and ignored by git.
const cacheDir = join(root, 'node_modules', '.cache');
mkdirSync(cacheDir, { recursive: true });
const stage = mkdtempSync(join(cacheDir, 'agentops-verdict-build-'));
try {
  const esm = (entry, out) => [
    nccCli,
    'build',
    entry,
    '-o',
    join(stage, out),
    '--license',
    'licenses.txt',
    '--quiet',
    '--target',
    'es2022',
  ];
  const cjs = (entry, out) => [join(root, '.ci', 'bundle-cjs.mjs'), entry, join(stage, out)];
  const jobs = [
    ['dist/cli/index.js', esm('src/cli/index.ts', 'cli')],
    ['dist/action/index.js', esm('src/action/index.ts', 'action')],
    ['dist/cli/pre-commit/index.cjs', cjs('src/cli/pre-commit.ts', 'hook')],
    ['dist/cli/ao.cjs', cjs('src/cli/ao.ts', 'launcher')],
  ].map(
    ([name, args]) =>
      () =>
        bundle(name, args),
  );
  await pool(jobs, CONCURRENT_BUNDLES);
  assemble(stage);
  mkdirSync(join(root, 'dist'), { recursive: true });
  for (const out of ['cli', 'action']) {
    rmSync(join(root, 'dist', out), { recursive: true, force: true });
    renameSync(join(stage, out), join(root, 'dist', out));
  }
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(
    '  dist/ was left as it was. fix: mend what ncc names above (`npm run typecheck` shows type errors alone), or run `npm ci` if ncc itself is missing; then `npm run build` again',
  );
  process.exitCode = 1;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
if (!process.exitCode) console.log('built dist/cli (index.js, ao.cjs, pre-commit/index.cjs) and dist/action/index.js');
