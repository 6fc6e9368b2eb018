import { doctorJson, renderDoctor } from '../present/doctor.js';
import { styleFor } from '../present/output.js';
import { diagnose } from '../repo/doctor.js';
import { openRepo, type Cli } from './context.js';
import { parse } from './flags.js';
import { HELP } from './help.js';

export async function cmdDoctor(cli: Cli, args: string[]): Promise<number> {
  const { values } = parse('doctor', args, { json: { type: 'boolean' } }, false);
  if (values.help) return (cli.out(HELP.doctor!), 0);
  const git = await openRepo(cli);
  const report = await diagnose(git, cli.env);
  if (values.json) cli.out(JSON.stringify(doctorJson(report), null, 2));
  else cli.out(renderDoctor(report, styleFor(process.stdout)));
  return report.gated ? 0 : 1;
}
