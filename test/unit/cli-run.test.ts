import { describe, expect, test } from 'vitest';
import { USAGE, parseArgs } from '../../src/cli/args';
import { formatScore, signedWeight } from '../../src/cli/format';
import { runCli } from '../../src/cli/run';
import type { CliIo, DraftScorer } from '../../src/cli/run';
import type { DraftScore, ScoreOptions, Status } from '../../src/engine/types';

// A fixed result so the output format is tested independently of the real
// engine's scores, which are still being tuned.
const SCORED: DraftScore = {
  score: 35,
  band: 'broadcast',
  axes: { promotion: 20, value: 40, reciprocity: 45 },
  findings: [
    { ruleId: 'cta', axis: 'promotion', weight: -8, start: 0, end: 7, actual: 'Buy now', message: 'A call to action reads like an ad.', suggestions: [] },
    { ruleId: 'question-to-reader', axis: 'reciprocity', weight: 4.25, start: 9, end: 23, actual: 'What "do" you\nthink?', message: '', suggestions: [] },
  ],
  nudges: [
    { ruleId: 'cta', message: 'Lead with what helps the reader.', findingIndexes: [0] },
    { ruleId: 'question-to-reader', message: 'Keep the question.', findingIndexes: [1] },
  ],
  praise: [{ ruleId: 'question-to-reader', message: 'Your question invites replies.', findingIndexes: [1] }],
  status: 'scored',
};

const unscored = (status: Status): DraftScore => ({
  score: null, band: null, axes: { promotion: 0, value: 0, reciprocity: 0 }, findings: [], nudges: [], praise: [], status,
});

interface Harness {
  io: CliIo;
  score: DraftScorer;
  calls: Array<{ text: string; opts: ScoreOptions }>;
  stdinReads: () => number;
}

function harness(stdin = 'draft from stdin\n', files: Record<string, string> = {}, result: DraftScore = SCORED): Harness {
  const calls: Harness['calls'] = [];
  let reads = 0;
  return {
    calls,
    stdinReads: () => reads,
    io: {
      readStdin: () => {
        reads++;
        return stdin;
      },
      readFile: (path) => {
        const content = files[path];
        if (content === undefined) throw Object.assign(new Error(`ENOENT: open '${path}'`), { code: 'ENOENT' });
        return content;
      },
    },
    score: (text, opts) => {
      calls.push({ text, opts });
      return result;
    },
  };
}

/** A stack trace line, which bad input must never print. */
const STACK_LINE = /^\s+at /m;

describe('runCli: bad command lines exit 2 with a message and no output', () => {
  test.each([
    { argv: ['--bogus'], message: 'score: unknown option --bogus' },
    { argv: ['-x'], message: 'unknown option -x' },
    { argv: ['--site', 'tiktok'], message: '--site must be one of x, facebook, linkedin, bluesky, mastodon, threads, generic (got "tiktok")' },
    { argv: ['--site=myspace'], message: '--site must be one of' },
    { argv: ['--kind', 'story'], message: '--kind must be one of post, reply, comment (got "story")' },
    { argv: ['--site'], message: '--site needs a value' },
    { argv: ['--kind', '--json'], message: '--kind needs a value' },
    { argv: ['--reply-to', '  '], message: '--reply-to needs a non-empty name' },
    { argv: ['--json=yes'], message: '--json takes no value' },
    { argv: ['a.txt', 'b.txt'], message: 'expected at most one FILE, got 2' },
    { argv: ['missing.txt'], message: 'score: cannot read missing.txt: no such file' },
  ])('$argv', ({ argv, message }) => {
    const h = harness();
    const result = runCli(argv, h.io, h.score);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(h.calls).toHaveLength(0);
  });
});

describe('runCli: input and options', () => {
  test.each([
    { name: 'stdin when no FILE', argv: [], text: 'draft from stdin', stdinReads: 1 },
    { name: 'stdin when FILE is -', argv: ['-'], text: 'draft from stdin', stdinReads: 1 },
    { name: 'FILE without touching stdin', argv: ['post.txt'], text: 'draft in a file', stdinReads: 0 },
    { name: 'FILE after --', argv: ['--', '--odd-name.txt'], text: 'odd file', stdinReads: 0 },
  ])('reads $name', ({ argv, text, stdinReads }) => {
    const h = harness('draft from stdin\n', { 'post.txt': 'draft in a file\r\n', '--odd-name.txt': '\uFEFFodd file' });
    expect(runCli(argv, h.io, h.score).code).toBe(0);
    expect(h.calls.map((c) => c.text)).toEqual([text]);
    expect(h.stdinReads()).toBe(stdinReads);
  });

  test.each([
    { argv: [], opts: {} },
    { argv: ['--site', 'x'], opts: { site: 'x' } },
    { argv: ['--site=linkedin', '--kind', 'comment'], opts: { site: 'linkedin', kind: 'comment' } },
    { argv: ['--kind=reply', '--reply-to', '@ana', '--site', 'facebook'], opts: { site: 'facebook', kind: 'reply', replyTo: '@ana' } },
    { argv: ['--site', 'generic', '--json'], opts: { site: 'generic' } },
  ])('passes $argv to the engine as $opts', ({ argv, opts }) => {
    const h = harness();
    runCli(argv, h.io, h.score);
    expect(h.calls[0]?.opts).toEqual(opts);
  });

  test.each([[['--help']], [['-h']], [['--bogus', '--help']], [['--site', 'nope', '-h']]])(
    '%j prints usage, exit 0, reads nothing',
    (argv) => {
      const h = harness();
      expect(runCli(argv, h.io, h.score)).toEqual({ code: 0, stdout: USAGE, stderr: '' });
      expect(h.stdinReads()).toBe(0);
    },
  );

  test('an engine that throws is an internal error (exit 1), without a stack trace', () => {
    const result = runCli([], harness().io, () => {
      throw new Error('boom');
    });
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'score: internal error: boom\n' });
  });
});

describe('runCli: output', () => {
  test.each([
    'Score: 35/100 (broadcast)',
    'Axes: promotion 20, value 40, reciprocity 45',
    '  -8  cta                 "Buy now" at 0-7',
    '        A call to action reads like an ad.',
    '+4.3  question-to-reader  "What \\"do\\" you\\nthink?" at 9-23',
    'Nudges:\n  1. Lead with what helps the reader.\n  2. Keep the question.',
  ])('human-readable output contains %j', (expected) => {
    const h = harness();
    const result = runCli([], h.io, h.score);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(expected);
  });

  test.each([
    { status: 'too-short' as const, line: 'Not scored: too-short (write a little more to get a score)' },
    { status: 'unsupported-language' as const, line: 'Not scored: unsupported-language (only English drafts are scored for now)' },
  ])('unscored draft shows its status: $status', ({ status, line }) => {
    const text = formatScore(unscored(status));
    expect(text.split('\n')[0]).toBe(line);
    expect(text).toContain('Findings: none');
    expect(text).toContain('Nudges: none');
  });

  test('--json prints the DraftScore unchanged', () => {
    const h = harness();
    const result = runCli(['--json'], h.io, h.score);
    expect(JSON.parse(result.stdout)).toEqual(SCORED);
  });

  test.each([
    { weight: -8, shown: '-8' },
    { weight: 3, shown: '+3' },
    { weight: 2.46, shown: '+2.5' },
    { weight: -0.04, shown: '0' },
    { weight: 0, shown: '0' },
  ])('signedWeight($weight) = $shown', ({ weight, shown }) => {
    expect(signedWeight(weight)).toBe(shown);
  });
});

describe('runCli --jsonl', () => {
  test('scores each line in order, echoes ids, applies flag defaults and per-line overrides', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'first' }),
      '',
      JSON.stringify({ text: 'second', site: 'linkedin', kind: 'comment', replyTo: 'Bo', label: 'ignored' }),
      '   ',
      JSON.stringify({ id: 7, text: 'third', kind: 'post' }),
    ].join('\n');
    const h = harness(input);
    const result = runCli(['--jsonl', '--site', 'x', '--kind', 'reply'], h.io, h.score);
    expect(result.code).toBe(0);
    expect(h.calls).toEqual([
      { text: 'first', opts: { site: 'x', kind: 'reply' } },
      { text: 'second', opts: { site: 'linkedin', kind: 'comment', replyTo: 'Bo' } },
      { text: 'third', opts: { site: 'x', kind: 'post' } },
    ]);
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', undefined, 7]);
    expect(lines[1]).not.toHaveProperty('id');
    expect(lines[0]).toEqual({ id: 'a', ...SCORED });
  });

  test('empty input prints nothing and succeeds', () => {
    const h = harness('\n\n');
    expect(runCli(['--jsonl'], h.io, h.score)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test.each([
    { name: 'not JSON', lines: ['{"text": "ok"}', '{"text": oops}'], errors: ['line 2: not valid JSON'] },
    { name: 'array', lines: ['[1]'], errors: ['line 1: expected a JSON object like {"text": "..."}'] },
    { name: 'null', lines: ['null'], errors: ['line 1: expected a JSON object'] },
    { name: 'missing text', lines: ['{"id": "a"}'], errors: ['line 1: "text" must be a string'] },
    { name: 'numeric text', lines: ['{"text": 5}'], errors: ['line 1: "text" must be a string'] },
    { name: 'bad site', lines: ['', '{"text": "t", "site": "tiktok"}'], errors: ['line 2: "site" must be one of x, facebook, linkedin, bluesky, mastodon, threads, generic (got "tiktok")'] },
    { name: 'bad kind', lines: ['{"text": "t", "kind": "story"}'], errors: ['line 1: "kind" must be one of post, reply, comment (got "story")'] },
    { name: 'bad id', lines: ['{"text": "t", "id": {"x": 1}}'], errors: ['line 1: "id" must be a string or a number'] },
    { name: 'bad replyTo', lines: ['{"text": "t", "replyTo": 1}'], errors: ['line 1: "replyTo" must be a string'] },
    {
      name: 'several bad lines after good ones: all reported',
      lines: ['{"text": "fine"}', '{"text": "fine"}', 'nope', '{"text": 1, "site": "y"}'],
      errors: ['line 3: not valid JSON', 'line 4: "text" must be a string', 'line 4: "site" must be one of'],
    },
  ])('rejects $name before scoring anything', ({ lines, errors }) => {
    const h = harness(lines.join('\n'));
    const result = runCli(['--jsonl'], h.io, h.score);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(h.calls).toHaveLength(0);
    for (const error of errors) expect(result.stderr).toContain(`score: ${error}`);
    expect(result.stderr).toContain('Nothing was scored.');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  test('caps the list of problems so a broken file does not flood the terminal', () => {
    const h = harness(Array.from({ length: 30 }, () => 'x').join('\n'));
    const { stderr } = runCli(['--jsonl'], h.io, h.score);
    expect(stderr).toContain('line 20: not valid JSON');
    expect(stderr).not.toContain('line 21:');
    expect(stderr).toContain('... and 10 more');
  });
});

describe('runCli with the real engine', () => {
  test.each([
    ['--json'],
    ['--json', '--site', 'linkedin', '--kind', 'comment', '--reply-to', 'Ana'],
  ])('%j gives a DraftScore-shaped result', (...argv) => {
    const result = runCli(argv, harness('Thanks Ana, your write-up on indexes saved me a day. How did you spot it?').io);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as DraftScore;
    expect(Object.keys(parsed).sort()).toEqual(['axes', 'band', 'findings', 'nudges', 'praise', 'score', 'status']);
    expect(['scored', 'too-short', 'unsupported-language']).toContain(parsed.status);
  });
});

describe('parseArgs', () => {
  test.each([
    { argv: [], options: { help: false, json: false, jsonl: false } },
    { argv: ['--json', '--jsonl', 'f.jsonl'], options: { help: false, json: true, jsonl: true, file: 'f.jsonl' } },
    { argv: ['-'], options: { help: false, json: false, jsonl: false } },
    { argv: ['--reply-to=@bo'], options: { help: false, json: false, jsonl: false, replyTo: '@bo' } },
  ])('$argv', ({ argv, options }) => {
    expect(parseArgs(argv)).toEqual(options);
  });
});
