// The bench's "nothing checked" hook: Node, then the pre-commit hook's three git processes
// (the probe, the index's diff against HEAD, one cat-file for the staged record; the version
// is remembered), the record's bytes parsed, nothing checked.
// What the real hook costs beyond this is what checking costs.
const { spawn } = require('node:child_process');

function run(args, input) {
  return new Promise((done) => {
    const child = spawn('git', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.on('close', () => done(Buffer.concat(out)));
    child.stdin.on('error', () => undefined); // git may exit before reading it all
    child.stdin.end(input ?? '');
  });
}

(async () => {
  await run(['rev-parse', '--absolute-git-dir', '--show-toplevel']);
  const fields = (await run(['diff-index', '--cached', '-z', '-r', '--raw', '--full-index', 'HEAD']))
    .toString('latin1')
    .split('\0');
  let record;
  for (let i = 0; i + 1 < fields.length; i += 2) {
    if (fields[i + 1].startsWith('.agents/ledger/')) record = fields[i].split(' ')[3];
  }
  if (!record) throw new Error('no staged record');
  const answer = (await run(['cat-file', '--batch'], `${record}\n`)).toString('utf8');
  const header = answer.indexOf('\n');
  const size = Number(answer.slice(0, header).split(' ')[2]);
  JSON.parse(answer.slice(header + 1, header + 1 + size));
})();
