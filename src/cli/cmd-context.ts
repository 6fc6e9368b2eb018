import type { Cli } from './context.js';
export async function cmdContext(_cli: Cli, _args: string[]): Promise<number> { return 2; }
