// The GitHub Action's entry point (action.yml: runs.main = dist/action/index.js).
import * as core from '@actions/core';
import { setFlagsFromString } from 'node:v8';
import { LINEAR_ENGINE_V8_FLAG } from '../core/linear-regexp.js';
import { run } from './run.js';

// Process-wide flags are set here, before anything runs: forbidPattern constraints run only
// on V8's linear-time regular expression engine (src/core/linear-regexp.ts).
setFlagsFromString(LINEAR_ENGINE_V8_FLAG);

try {
  await run();
} catch (error) {
  // run() reports every failure itself; this is only for a bug in the reporting.
  core.setFailed(`agentops/verdict: internal error: ${(error as Error).message ?? String(error)}`);
}
