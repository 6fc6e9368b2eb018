import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/repo.js';

/**
 * The layers of docs/architecture.md, read from the source tree: every import (static,
 * `export … from`, `import type`, dynamic `import()`, `require`) of every file under src/.
 * The adapters stand side by side on the presentation layer, which stands on the repository
 * layer, git and a pure core; no adapter stands on another.
 */

const ADAPTERS = ['cli', 'action', 'harness', 'hooks'];
/** The one exception: the `ao` binary hosts the harness's commands (`ao guard`, `ao init --agent`). */
const HOSTS: Record<string, string[]> = { cli: ['harness'] };
/** What core must never reach for: files, sockets, processes, process-wide flags. */
const CORE_FORBIDDEN_MODULES = [
  'fs',
  'fs/promises',
  'net',
  'child_process',
  'v8',
  'os',
  'tty',
  'readline',
  'http',
  'https',
  'tls',
  'dgram',
  'worker_threads',
  'cluster',
];
/** The one module of the presentation layer the repository layer may use: it words ao's commands and imports only core. */
const PRESENT_LEAF = 'src/present/commands.ts';

/** The layer of a path under src/ (`src/cli/main.ts` is in `cli`), or undefined outside src/. */
function layerOf(path: string): string | undefined {
  const [top, layer, ...rest] = path.split('/');
  return top === 'src' && rest.length > 0 ? layer : undefined;
}

/** What `source`, the text of the file at `file` (repository-relative), imports that its layer may not. */
function layerViolations(file: string, source: string): string[] {
  const from = layerOf(file);
  if (!from) return [];
  const problems: string[] = [];
  for (const { fileName: specifier } of ts.preProcessFile(source, true, true).importedFiles) {
    const bare = specifier.replace(/^node:/, '');
    if (from === 'core' && CORE_FORBIDDEN_MODULES.includes(bare)) problems.push(`${file}: core imports ${specifier}`);
    if (!specifier.startsWith('.')) continue;
    const target = posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
    const to = layerOf(target);
    const what = `${file} imports ${specifier}`;
    if (file === PRESENT_LEAF && to !== 'core')
      problems.push(`${what}: it imports only core, so the repository layer may use it`);
    if (!to || to === from) continue;
    if (ADAPTERS.includes(from) && ADAPTERS.includes(to) && !HOSTS[from]?.includes(to))
      problems.push(`${what}: an adapter (${from}) imports another adapter (${to})`);
    if (from === 'present' && ADAPTERS.includes(to))
      problems.push(`${what}: the presentation layer imports an adapter (${to})`);
    if (from === 'core') problems.push(`${what}: core imports nothing outside core (${to})`);
    if ((from === 'repo' || from === 'git') && ADAPTERS.includes(to))
      problems.push(`${what}: the ${from} layer imports an adapter (${to})`);
    if (from === 'git' && to !== 'core') problems.push(`${what}: git imports only core`);
    if (from === 'repo' && to === 'present' && target !== PRESENT_LEAF)
      problems.push(`${what}: the repository layer uses only ${PRESENT_LEAF} of the presentation layer`);
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('the layers', () => {
  const files = sourceFiles(join(ROOT, 'src')).map((path) => ({
    file: relative(ROOT, path).split('\\').join('/'),
    source: readFileSync(path, 'utf8'),
  }));

  it('hold across the whole source tree', () => {
    expect(files.length).toBeGreaterThan(60);
    for (const layer of ['core', 'git', 'repo', 'present', 'cli', 'action', 'harness'])
      expect(
        files.some((f) => layerOf(f.file) === layer),
        layer,
      ).toBe(true);
    // The reader sees every kind of import: main.ts loads each command with a dynamic import.
    const main = files.find((f) => f.file === 'src/cli/main.ts')!;
    expect(ts.preProcessFile(main.source, true, true).importedFiles.map((i) => i.fileName)).toContain(
      './cmd-verify.js',
    );
    expect(files.flatMap(({ file, source }) => layerViolations(file, source))).toEqual([]);
  });

  it('are broken by a planted import, whatever its form (the check can fail)', () => {
    const planted: [string, string, RegExp][] = [
      [
        'src/action/run.ts',
        "import { renderReport } from '../cli/output.js';",
        /an adapter \(action\) imports another adapter \(cli\)/,
      ],
      [
        'src/harness/setup.ts',
        "import type { Cli } from '../cli/context.js';",
        /an adapter \(harness\) imports another adapter \(cli\)/,
      ],
      [
        'src/cli/cmd-hook.ts',
        "export { run } from '../action/run.js';",
        /an adapter \(cli\) imports another adapter \(action\)/,
      ],
      [
        'src/action/checks.ts',
        "const { guardShell } = await import('../harness/guard-shell.js');",
        /adapter \(action\) imports another adapter \(harness\)/,
      ],
      [
        'src/present/summary.ts',
        "import { openApi } from '../action/api.js';",
        /the presentation layer imports an adapter \(action\)/,
      ],
      ['src/core/sshsig.ts', "import net from 'node:net';", /core imports node:net/],
      ['src/core/record.ts', "import { readFileSync } from 'fs';", /core imports fs$/],
      ['src/core/shell.ts', "export { execFile } from 'node:child_process';", /core imports node:child_process/],
      ['src/core/policy.ts', "const { spawn } = require('child_process');", /core imports child_process/],
      ['src/core/constraints.ts', "import { setFlagsFromString } from 'node:v8';", /core imports node:v8/],
      ['src/core/coverage.ts', "import { shortSha } from '../repo/changes.js';", /core imports nothing outside core/],
      [
        'src/repo/verify.ts',
        "import { renderReport } from '../present/output.js';",
        /uses only src\/present\/commands.ts/,
      ],
      [
        'src/repo/check/run.ts',
        "import { HELP } from '../../cli/help.js';",
        /the repo layer imports an adapter \(cli\)/,
      ],
      ['src/present/commands.ts', "import type { VerifyReport } from '../repo/verify.js';", /it imports only core/],
    ];
    for (const [file, source, problem] of planted) {
      const found = layerViolations(file, source);
      expect(found.join('\n'), `${file}: ${source}`).toMatch(problem);
    }
    // What is allowed stays allowed, and text that only looks like an import is no import.
    const allowed: [string, string][] = [
      ['src/cli/cmd-guard.ts', "import { guardShell } from '../harness/guard-shell.js';"],
      ['src/action/run.ts', "import { renderSummary } from '../present/summary.js';"],
      ['src/repo/verify.ts', "import { rangeFixCommand } from '../present/commands.js';"],
      ['src/core/record.ts', "import { randomBytes } from 'node:crypto';"],
      [
        'src/action/run.ts',
        "// import { renderReport } from '../cli/output.js';\nconst text = \"import x from '../cli/output.js'\";",
      ],
    ];
    for (const [file, source] of allowed) expect(layerViolations(file, source), `${file}: ${source}`).toEqual([]);
  });
});
