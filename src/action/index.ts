// The GitHub Action's entry point (action.yml: runs.main = dist/action/index.js).
import * as core from '@actions/core';
import { run } from './run.js';

try {
  await run();
} catch (error) {
  // run() reports every failure itself; this is only for a bug in the reporting.
  core.setFailed(`agentops/verdict: internal error: ${(error as Error).message ?? String(error)}`);
}
