import type { Cli } from './context.js';
export async function cmdMetrics(_cli: Cli, _args: string[]): Promise<number> { return 2; }
export async function cmdReport(_cli: Cli, _args: string[]): Promise<number> { return 2; }
export async function cmdExport(_cli: Cli, _args: string[]): Promise<number> { return 2; }
