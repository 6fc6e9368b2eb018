// docs/reliability.md lists every case the suite runs; docs/spec.md lists every problem code they expect.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES } from '../fixtures/hostile/corpus.js';
import { ROOT } from '../helpers/repo.js';

const reliability = readFileSync(join(ROOT, 'docs/reliability.md'), 'utf8');
const spec = readFileSync(join(ROOT, 'docs/spec.md'), 'utf8');

describe('the reliability table and the spec follow the corpus', () => {
  it('every corpus case has a row in docs/reliability.md, and every row a case', () => {
    const rows = [...reliability.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual(CASES.map((c) => c.id).sort());
  });

  it('every problem code the corpus expects is documented in docs/spec.md section 12', () => {
    const section = spec.slice(spec.indexOf('## 12.'), spec.indexOf('## 13.'));
    const codes = new Set(
      CASES.flatMap((c) => [...(c.expect.codes ?? []), ...(c.expect.ledgerCodes ?? [])]).flatMap((c) => c.split('|')),
    );
    for (const code of codes) expect(section, code).toContain(`\`${code}\``);
  });

  it('case ids are unique', () => {
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });
});

describe('every corpus case runs', () => {
  it('each area is covered by one corpus test file', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(join(ROOT, 'test/hostile')).filter(
      (f) => f.startsWith('corpus-') && f.endsWith('.test.ts'),
    );
    const listed = files.flatMap((f) =>
      [...readFileSync(join(ROOT, 'test/hostile', f), 'utf8').matchAll(/^const AREAS = \[(.*)\];$/gm)].flatMap((m) =>
        m[1]!.split(',').map((a) => a.trim().replace(/'/g, '')),
      ),
    );
    expect(listed.sort()).toEqual([...new Set(CASES.map((c) => c.area))].sort());
  });
});
