// `npm run score`: wires runCli (run.ts) to the real process. No logic here
// beyond the process's own plumbing: reading stdin and writing to a pipe.

import { readFileSync } from 'node:fs';
import { parseArgs } from './args';
import { runCli } from './run';

/**
 * Reads all of standard input asynchronously. `readFileSync(0)` fails with
 * EAGAIN when stdin is a non-blocking pipe fed in chunks by another program,
 * so the stream is read with events instead.
 */
async function readStdin(): Promise<string> {
  // Without this hint, `npm run score` with no FILE looks like a hang.
  if (process.stdin.isTTY) process.stderr.write('Reading the draft from standard input; end with Ctrl-D.\n');
  process.stdin.setEncoding('utf8');
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

/** Whether the arguments will read stdin (no FILE, or FILE "-"); bad arguments are left to runCli. */
function needsStdin(argv: readonly string[]): boolean {
  try {
    const options = parseArgs(argv);
    return !options.help && options.file === undefined;
  } catch {
    return false;
  }
}

// A reader that goes away early (`| head -1`) is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let stdin = '';
  if (needsStdin(argv)) {
    try {
      stdin = await readStdin();
    } catch (error) {
      process.stderr.write(`score: cannot read standard input: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
      return;
    }
  }
  const result = runCli(argv, {
    readStdin: () => stdin,
    readFile: (path) => readFileSync(path, 'utf8'),
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  // exitCode rather than exit(): lets large outputs finish flushing to a pipe.
  process.exitCode = result.code;
}

void main();
