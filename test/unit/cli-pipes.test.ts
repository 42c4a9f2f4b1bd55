// The CLI on real pipes: input arriving in chunks with pauses (a
// non-blocking pipe, where readFileSync(0) fails with EAGAIN) and a reader
// that goes away early (`| head -1`, which used to end in an EPIPE trace).

import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Run { code: number | null; stdout: string; stderr: string }

function collect(child: ReturnType<typeof spawn>): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const lines = (n: number) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ id: `l${i}`, text: `Thanks for the tip number ${i}, it helped a lot. How did you find it?` })).join('\n') + '\n';

describe('score CLI on real pipes', () => {
  test.each([
    { name: 'jsonl batch in chunks with pauses', args: ['--jsonl', '-'], input: lines(300), expectLines: 300 },
    { name: 'single draft in chunks with pauses', args: ['--json'], input: 'Thanks for the tip, Ana! How did you find it?\n', expectLines: 0 },
  ])('$name', async ({ args, input, expectLines }) => {
    const child = spawn(TSX, ['src/cli/score.ts', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const done = collect(child);
    const chunk = Math.ceil(input.length / 5);
    for (let i = 0; i < input.length; i += chunk) {
      child.stdin?.write(input.slice(i, i + chunk));
      await pause(150);
    }
    child.stdin?.end();
    const run = await done;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    if (expectLines > 0) {
      const out = run.stdout.trim().split('\n');
      expect(out).toHaveLength(expectLines);
      expect((JSON.parse(out[expectLines - 1] ?? '{}') as { id?: string }).id).toBe(`l${expectLines - 1}`);
    } else {
      expect((JSON.parse(run.stdout) as { status: string }).status).toBe('scored');
    }
  }, 60_000);

  test('a reader that closes early ends the CLI quietly (no EPIPE trace)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communis-cli-'));
    const file = join(dir, 'big.jsonl');
    writeFileSync(file, lines(3000));
    // The shell pipes the CLI into `head -1`, which exits after one line;
    // PIPESTATUS reports the CLI's own exit code.
    const child = spawn('bash', ['-c', `"${TSX}" src/cli/score.ts --jsonl "${file}" | head -1; echo "cli-exit:\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run = await collect(child);
    const [first, status] = run.stdout.trim().split('\n');
    expect((JSON.parse(first ?? '{}') as { id?: string }).id).toBe('l0');
    expect(status).toBe('cli-exit:0');
    expect(run.stderr).not.toMatch(/EPIPE|^\s+at /m);
  }, 60_000);
});
