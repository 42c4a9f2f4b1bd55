// The whole `npm run score` command as a pure function of its arguments and
// inputs, so it can be tested without spawning processes. score.ts only
// connects it to the real stdin, files, stdout and exit code.

import { scoreDraft } from '../engine/index';
import type { DraftScore, ScoreOptions } from '../engine/types';
import { parseArgs, UsageError, USAGE } from './args';
import type { CliOptions } from './args';
import { formatScore } from './format';
import { parseJsonl } from './jsonl';

export interface CliIo {
  /** Called only when input comes from stdin, so `--help` or a FILE never
   *  waits on a terminal. */
  readStdin: () => string;
  readFile: (path: string) => string;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export type DraftScorer = (text: string, opts: ScoreOptions) => DraftScore;

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

// Enough to fix a batch in one go without flooding the terminal.
const MAX_REPORTED_ISSUES = 20;

export function runCli(argv: readonly string[], io: CliIo, score: DraftScorer = scoreDraft): CliResult {
  let options: CliOptions;
  let input: string;
  try {
    options = parseArgs(argv);
    if (options.help) return { code: EXIT_OK, stdout: USAGE, stderr: '' };
    input = readInput(options.file, io);
  } catch (error) {
    return badInput(error instanceof Error ? error.message : String(error), error instanceof UsageError);
  }

  try {
    return options.jsonl ? runJsonl(input, options, score) : runSingle(input, options, score);
  } catch (error) {
    // The engine promises never to throw; if it does, say so without a trace.
    const message = error instanceof Error ? error.message : String(error);
    return { code: EXIT_INTERNAL, stdout: '', stderr: `score: internal error: ${message}\n` };
  }
}

function badInput(message: string, showUsageHint: boolean): CliResult {
  const hint = showUsageHint ? 'Run with --help for usage.\n' : '';
  return { code: EXIT_BAD_INPUT, stdout: '', stderr: `score: ${message}\n${hint}` };
}

function readInput(file: string | undefined, io: CliIo): string {
  const source = file === undefined ? 'standard input' : file;
  let raw: string;
  try {
    raw = file === undefined ? io.readStdin() : io.readFile(file);
  } catch (error) {
    throw new Error(`cannot read ${source}: ${describeReadError(error)}`);
  }
  return raw.replace(/^\uFEFF/, '');
}

function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function scoreOptions(options: CliOptions): ScoreOptions {
  const opts: ScoreOptions = {};
  if (options.site !== undefined) opts.site = options.site;
  if (options.kind !== undefined) opts.kind = options.kind;
  if (options.replyTo !== undefined) opts.replyTo = options.replyTo;
  return opts;
}

function runSingle(input: string, options: CliOptions, score: DraftScorer): CliResult {
  // Editors and `echo` end files with a newline that is not part of the draft.
  const text = input.replace(/\r?\n$/, '');
  const result = score(text, scoreOptions(options));
  const stdout = options.json ? `${JSON.stringify(result, null, 2)}\n` : formatScore(result);
  return { code: EXIT_OK, stdout, stderr: '' };
}

function runJsonl(input: string, options: CliOptions, score: DraftScorer): CliResult {
  const { drafts, issues } = parseJsonl(input);
  if (issues.length > 0) {
    const shown = issues.slice(0, MAX_REPORTED_ISSUES).map((i) => `score: line ${i.line}: ${i.message}`);
    if (issues.length > MAX_REPORTED_ISSUES) shown.push(`score: ... and ${issues.length - MAX_REPORTED_ISSUES} more`);
    return { code: EXIT_BAD_INPUT, stdout: '', stderr: `${shown.join('\n')}\nNothing was scored.\n` };
  }
  const defaults = scoreOptions(options);
  const out = drafts.map((d) => {
    const opts: ScoreOptions = { ...defaults };
    if (d.site !== undefined) opts.site = d.site;
    if (d.kind !== undefined) opts.kind = d.kind;
    if (d.replyTo !== undefined) opts.replyTo = d.replyTo;
    const result = score(d.text, opts);
    return JSON.stringify(d.id === undefined ? result : { id: d.id, ...result });
  });
  return { code: EXIT_OK, stdout: out.map((line) => `${line}\n`).join(''), stderr: '' };
}
