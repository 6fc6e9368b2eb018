import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AO_BIN, baseEnv, CHECKER, cleanupAll, makeRepo, run, tempDir, type TestRepo } from './helpers/repo.js';

afterAll(cleanupAll);

/**
 * What the CLI prints, read as words: counts agree with their nouns, cut text ends between
 * words, echoed commands paste into a shell, no match prints no blank line, and a rate
 * under 1% is a measurement, not "nothing recorded". Each through the built `ao`.
 */

function report(repo: TestRepo): string {
  const dir = tempDir('ao-report-');
  const written = repo.ao(['report', '--out', dir]);
  expect(written.code, written.stderr).toBe(0);
  return readFileSync(join(dir, 'index.html'), 'utf8');
}

/** The words a POSIX shell makes of `line` (the echoed command, without its prompt). */
function shellWords(line: string, cwd: string): string[] {
  const parsed = run('sh', ['-c', 'eval "set -- $1" && printf "%s\\0" "$@"', 'sh', line], cwd, baseEnv());
  expect(parsed.code, `${line}: ${parsed.stderr}`).toBe(0);
  return parsed.stdout.split('\0').slice(0, -1);
}

describe('counts agree with their nouns', () => {
  it('says "1 record" and "1 path", in the terminal and in the report page (a hostile path name stays escaped)', () => {
    const repo = makeRepo({ hooks: 'none' });
    // Only the genesis record so far.
    const audit = repo.ao(['ledger', 'verify']);
    expect(audit.stdout).toContain(': ok: 1 record checked in the working tree');
    const hostile = 'src/one\u001b[2Kpath.txt';
    repo.write(hostile, 'x\n');
    repo.git(['add', '-A']);
    const staged = repo.ao(['verify', '--staged']);
    expect(staged.stdout).toContain('ledger: index (staged), 1 record (0 new, fully checked)');
    const verdict = repo.ao(['verdict', 'pass', '--checker', CHECKER]);
    expect(verdict.code, verdict.stderr).toBe(0);
    const shown = repo.ao(['show', verdict.stdout.trim().slice(7, 19)]);
    expect(shown.stdout).toMatch(/ {2}subject: staged sha256:[0-9a-f]{64}, 1 path\n/);
    expect(shown.stdout).toContain('src/one\\u{1b}[2Kpath.txt');
    expect(shown.stdout).not.toContain('\u001b');
    repo.git(['commit', '-q', '--no-verify', '-m', 'One path']);
    const page = report(repo);
    expect(page).toContain('2 ledger records · 1 commit<');
    expect(page).toContain('1 of 1 commit has a passing verdict');
    expect(page).toContain('1 of 1 subject passed its first verdict');
    expect(page).not.toMatch(/\b1 (records|commits|paths|subjects)\b/);
  });
});

describe('the report page', () => {
  it('cuts a long verdict summary in the timeline between words, escaped (hostile markup and an emoji at the cut)', () => {
    const repo = makeRepo({ hooks: 'none' });
    repo.write('src/a.txt', 'a\n');
    repo.git(['add', '-A']);
    const summary = `The <b>retry</b> loop & its backoff are fine; the change keeps every caller working as before 😀😀 and more after the cut`;
    const verdict = repo.ao(['verdict', 'pass', '--checker', CHECKER, '--summary', summary]);
    expect(verdict.code, verdict.stderr).toBe(0);
    const page = report(repo);
    const row = page.split('\n').find((line) => line.includes('<tr><td>1</td>'))!;
    const cell = /<td>(pass by [^<]*(?:&[a-z]+;[^<]*)*)<\/td><\/tr>$/.exec(row)?.[1];
    expect(cell, row).toBeDefined();
    const text = cell!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
    const said = text.replace(/^pass by reviewer@example\.com for agent@example\.com: /, '');
    expect(said.endsWith('…')).toBe(true);
    const kept = said.slice(0, -1);
    expect(summary.startsWith(kept)).toBe(true);
    // The cut falls between words: what follows the kept text starts with a space.
    expect(summary[kept.length]).toBe(' ');
    expect(kept.length).toBeGreaterThan(60);
    expect(row).not.toContain('<b>');
  });

  it('draws a constraint whose failure rate is under 1% as a bar marked "<1%", not "nothing recorded yet" (the line it forbids is hostile markup)', () => {
    const repo = makeRepo({ hooks: 'none' });
    // 150 commits touching src/ before the promotion; one of them adds the forbidden line.
    const base = repo.head();
    const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;
    const stream: string[] = [];
    for (let i = 0; i < 150; i++) {
      stream.push(
        'commit refs/heads/main',
        `committer Coding Agent <agent@example.com> ${Math.floor(Date.now() / 1000) - 3600 + i} +0000`,
        data(`Change ${i}\n`),
        ...(i === 0 ? [`from ${base}`] : []),
        `M 100644 inline src/f${i}.txt`,
        data(i === 70 ? 'TODO </svg><script>alert(1)</script>\n' : `${i}\n`),
        '',
      );
    }
    repo.git(['fast-import', '--quiet'], { input: `${stream.join('\n')}\n` });
    repo.git(['reset', '-q', '--hard', 'refs/heads/main']);
    const learned = repo.ao(['learn', 'Never leave a TODO in src', '--paths', 'src/**']);
    expect(learned.code, learned.stderr).toBe(0);
    const promoted = repo.ao(['promote', learned.stdout.trim(), '--forbid-pattern', 'TODO']);
    expect(promoted.code, promoted.stderr).toBe(0);
    repo.git(['commit', '-q', '--no-verify', '-m', 'Promote no-todo']);

    const metrics = JSON.parse(repo.ao(['metrics', '--json']).stdout);
    expect(metrics.constraints[0].before).toMatchObject({ commits: 150, occurrences: 1 });
    expect(metrics.constraints[0].before.rate).toBeLessThan(0.01);
    const page = report(repo);
    const chart = /<svg class="chart[^"]*" id="chart-constraints"[\s\S]*?<\/svg>/.exec(page)![0];
    expect(chart).not.toContain('nothing recorded yet');
    expect(chart).toContain('class="bar"');
    expect(chart).toContain('&lt;1%');
    expect(page).not.toContain('<script>alert(1)');
  });
});

describe('ao demo', () => {
  it('echoes each command quoted, so that pasting it runs exactly what the demo ran (in a temporary directory with quotes and $(…) in its name)', () => {
    const hostileTmp = join(tempDir('ao-demo-'), `it's $(touch pwned) "here"`);
    mkdirSync(hostileTmp, { recursive: true });
    const demo = run(process.execPath, [AO_BIN, 'demo'], hostileTmp, baseEnv({ TMPDIR: hostileTmp }));
    expect(demo.code, demo.stdout + demo.stderr).toBe(0);
    const echoed = demo.stdout
      .split('\n')
      .filter((line) => line.startsWith('$ '))
      .map((line) => line.slice(2));
    expect(echoed.length).toBeGreaterThan(8);
    const words = echoed.map((line) => shellWords(line, hostileTmp));
    expect(words).toContainEqual(['git', 'commit', '-m', 'Add add()']);
    const verdict = words.find((w) => w[0] === 'ao' && w[1] === 'verdict' && w.includes('--summary'))!;
    expect(verdict[verdict.indexOf('--evidence') + 1]).toBe('test:node --test: 4 passed');
    expect(verdict[verdict.indexOf('--summary') + 1]).toBe('add() is correct for integers and floats');
    expect(existsSync(join(hostileTmp, 'pwned'))).toBe(false);
  });
});

describe('ao search', () => {
  it('prints no line when nothing matches, and says so on stderr (terminal escapes in the text made visible)', () => {
    const repo = makeRepo({ hooks: 'none' });
    const none = repo.ao(['search', 'no such \u001b[31mtext\u202e']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('ao search: no record contains "no such \\u001b[31mtext\\u{202e}"');
    expect(none.stderr).not.toContain('\u001b');
    expect(none.stderr).not.toContain('\u202e');
    const json = repo.ao(['search', 'no such text', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual([]);
    const hit = repo.ao(['search', 'genesis']);
    expect(hit.code).toBe(0);
    expect(hit.stdout.trim().split('\n')).toHaveLength(1);
  });
});
