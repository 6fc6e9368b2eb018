import { main } from './main.js';
import { processCli } from './process.js';

// Started by the `ao` launcher (src/cli/ao.ts), which keeps compiled code between runs where Node can.
const cli = processCli();
process.exitCode = await main(process.argv.slice(2), cli);
