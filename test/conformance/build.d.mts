// Types for build.mjs (plain JavaScript, so the generator runs with node alone).
export interface VectorChange {
  path?: string;
  pathBase64?: string;
  mode?: string;
  text?: string;
  base64?: string;
  commit?: string;
  delete?: boolean;
}
export interface VectorCommit {
  name: string;
  id: string;
  parents: string[];
  author: string;
  committer: string;
  message: string;
  changes: VectorChange[];
}
export interface VectorDecision {
  outcome: 'covered' | 'uncovered' | 'exempt' | 'empty';
  failedRule?: string;
  digest?: string;
}
export interface VectorCheck {
  name: string;
  command: 'verify-range' | 'verify-commit' | 'ledger-verify';
  base?: string;
  head?: string;
  commit?: string;
  worktree?: string;
  since?: string;
  expect: {
    exit: number;
    problems?: { code: string; path?: string }[];
    changes?: Record<string, VectorDecision>;
    range?: VectorDecision;
  };
}
export interface Vector {
  conformance: string;
  name: string;
  description: string;
  spec: string[];
  objectFormat?: 'sha1' | 'sha256';
  commits: VectorCommit[];
  checks: VectorCheck[];
}
export function gitEnv(home: string): NodeJS.ProcessEnv;
export function fastImportStream(vector: Vector): Buffer;
export function buildVector(vector: Vector, dir: string, env: NodeJS.ProcessEnv): Map<string, string>;
export function checkout(dir: string, env: NodeJS.ProcessEnv, id: string): void;
