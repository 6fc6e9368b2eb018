// Types for ao-runner.mjs.
import type { VectorCheck, VectorDecision } from './build.mjs';
export const AO_BIN: string;
export interface AoAnswer {
  exit: number;
  stderr: string;
  args: string[];
  problems?: string[];
  changes?: Record<string, VectorDecision>;
  range?: VectorDecision;
}
export function runWithAo(dir: string, env: NodeJS.ProcessEnv, ids: Map<string, string>, check: VectorCheck): AoAnswer;
export function differences(answer: AoAnswer, check: VectorCheck): string[];
