// `npm run score`: wires runCli (run.ts) to the real process. No logic here.

import { readFileSync } from 'node:fs';
import { runCli } from './run';

function readStdin(): string {
  // Without this hint, `npm run score` with no FILE looks like a hang.
  if (process.stdin.isTTY) process.stderr.write('Reading the draft from standard input; end with Ctrl-D.\n');
  return readFileSync(0, 'utf8');
}

const result = runCli(process.argv.slice(2), {
  readStdin,
  readFile: (path) => readFileSync(path, 'utf8'),
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
// exitCode rather than exit(): lets large outputs finish flushing to a pipe.
process.exitCode = result.code;
