import { setFlagsFromString } from 'node:v8';
import { LINEAR_ENGINE_V8_FLAG } from '../../src/core/linear-regexp.js';

// Tests that import src/ directly start where the entry points would: with the process-wide
// flags they set (src/cli/index.ts, src/action/index.ts).
setFlagsFromString(LINEAR_ENGINE_V8_FLAG);
