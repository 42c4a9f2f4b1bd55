// One end-to-end check that `src/cli/score.ts` is wired to the real process:
// stdin in, stdout/stderr out, exit code set. Everything else about the CLI
// is tested on the pure runCli in cli-run.test.ts.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function score(args: string[], input: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npx', ['tsx', 'src/cli/score.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npx tsx src/cli/score.ts', () => {
  test.each([
    {
      name: '--json prints one DraftScore',
      args: ['--json', '--site', 'x'],
      input: 'Thanks for the tip, Ana! How did you find it?\n',
      check: (stdout: string) => {
        const parsed = JSON.parse(stdout) as Record<string, unknown>;
        expect(Object.keys(parsed).sort()).toEqual(['axes', 'band', 'findings', 'nudges', 'praise', 'score', 'status']);
      },
    },
    {
      name: 'default output is human-readable',
      args: [],
      input: 'Here is what we have to offer. Here is why you need it. And here is how to get it!',
      check: (stdout: string) => {
        expect(stdout).toMatch(/^(Score: \d+\/100 \(\w+\)|Not scored: [\w-]+ )/);
        expect(stdout).toContain('Axes: promotion ');
      },
    },
  ])('$name (exit 0)', ({ args, input, check }) => {
    const result = score(args, input);
    expect(result.code).toBe(0);
    check(result.stdout);
  }, 60_000);

  test.each([
    { args: ['--site', 'myspace'], input: 'hi', message: '--site must be one of' },
  ])('bad input $args exits 2 with a message and no stack trace', ({ args, input, message }) => {
    const result = score(args, input);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
