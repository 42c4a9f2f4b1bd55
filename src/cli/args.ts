// Command-line flags for `npm run score`. Hand-rolled rather than
// node:util parseArgs so every mistake gets a message written for people
// (which flag, what values are allowed) instead of an internal error code.

import { KINDS, SITES } from '../engine/types';
import type { Kind, Site } from '../engine/types';

export interface CliOptions {
  help: boolean;
  json: boolean;
  jsonl: boolean;
  site?: Site;
  kind?: Kind;
  replyTo?: string;
  /** A path, or undefined for standard input (also spelled "-"). */
  file?: string;
}

/** Bad command line or bad input: reported on stderr with exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: npm run score -- [options] [FILE|-]

Scores a social-media draft for promotional tone vs value and reciprocity.
Reads FILE, or standard input when FILE is "-" or left out.

Options:
  --json             print the full DraftScore as JSON
  --jsonl            input is JSON Lines, one draft per line:
                     {"text": "...", "site"?, "kind"?, "replyTo"?, "id"?}
                     prints one JSON result per line, with the id echoed;
                     other fields are ignored, blank lines skipped
  --site SITE        ${SITES.join(' | ')}
  --kind KIND        ${KINDS.join(' | ')}
  --reply-to NAME    handle or name of the person being answered
  -h, --help         show this help

With --jsonl, --site, --kind and --reply-to are defaults for lines that
leave them out.
Exit codes: 0 done, 2 bad input (explained on stderr), 1 internal error.
`;

function oneOf<T extends string>(flag: string, allowed: readonly T[], value: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return found;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { help: false, json: false, jsonl: false };
  // Help wins over everything else, so "--help" never turns into an error.
  if (argv.some((a) => a === '--help' || a === '-h')) return { ...options, help: true };

  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    // Accept both "--site x" and "--site=x".
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      i++;
      return next;
    };
    switch (flag) {
      case '--json':
      case '--jsonl':
        if (eq >= 0) throw new UsageError(`${flag} takes no value`);
        options[flag === '--json' ? 'json' : 'jsonl'] = true;
        break;
      case '--site':
        options.site = oneOf('--site', SITES, takeValue());
        break;
      case '--kind':
        options.kind = oneOf('--kind', KINDS, takeValue());
        break;
      case '--reply-to': {
        const name = takeValue().trim();
        if (name === '') throw new UsageError('--reply-to needs a non-empty name');
        options.replyTo = name;
        break;
      }
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (positional.length > 1) {
    throw new UsageError(`expected at most one FILE, got ${positional.length}: ${positional.join(' ')}`);
  }
  const file = positional[0];
  if (file !== undefined && file !== '-') options.file = file;
  return options;
}
