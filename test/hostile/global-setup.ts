// Builds the corpus template once for the whole hostile suite (with the real ao), and removes it at the end.
import type { TestProject } from 'vitest/node';
import { buildTemplate } from '../fixtures/hostile/corpus.js';
import { cleanupAll } from '../helpers/repo.js';

declare module 'vitest' {
  export interface ProvidedContext {
    hostileTemplate: string;
  }
}

export default function setup(project: TestProject): () => void {
  project.provide('hostileTemplate', buildTemplate());
  return () => {
    if (!process.env.HOSTILE_KEEP) cleanupAll();
  };
}
