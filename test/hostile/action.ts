/**
 * Runs the bundled GitHub Action (dist/action/index.js) over a built case, exactly as a runner
 * would, once it exists on this branch. Until then the corpus runs the CLI and the in-process
 * head-commit verification only.
 */
import type { CaseRepo } from '../fixtures/hostile/corpus.js';
import type { Outcome } from './runner.js';

export const actionRunner: ((repo: CaseRepo) => Promise<Outcome>) | undefined = undefined;
