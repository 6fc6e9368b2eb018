// The hostile corpus (parsing, bounds, paths, policy and coverage cases): see test/fixtures/hostile/corpus.ts.
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { buildCase, CASES } from '../fixtures/hostile/corpus.js';
import { cleanupAll } from '../helpers/repo.js';
import { checkCase } from './runner.js';
import { actionRunner } from './action.js';

const AREAS = ['parsing', 'bounds', 'paths', 'policy', 'coverage'];
let template: string;

beforeAll(() => {
  template = inject('hostileTemplate');
});
afterAll(() => {
  if (process.env.HOSTILE_KEEP) console.log(`hostile repositories kept under ${template}/..`);
  else cleanupAll();
});

describe('hostile corpus: parsing, bounds, paths, policy and coverage cases', () => {
  for (const hostile of CASES.filter((c) => AREAS.includes(c.area))) {
    it(`${hostile.id}: ${hostile.title}`, async () => {
      const repo = await buildCase(template, hostile);
      if (process.env.HOSTILE_KEEP) console.log(`${hostile.id}: ${repo.dir}`);
      await checkCase(repo, hostile, actionRunner);
    });
  }
});
