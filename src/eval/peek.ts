// A check for peeking: word-list phrases of the rules that occur in the
// sealed holdout but in no training draft. A phrase can only get into a list
// that way if someone read the holdout (or by chance); listing them makes
// the order of data and rules visible. Word lists are read from the rule
// files' array literals with the TypeScript parser, so any list counts.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { phraseRegex } from '../engine/rule';

/** Every string literal inside an array literal of a rule file, with the file it came from. */
export function wordListPhrases(rulesDir: string): Array<{ phrase: string; rule: string }> {
  const out: Array<{ phrase: string; rule: string }> = [];
  for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort()) {
    const source = ts.createSourceFile(file, readFileSync(join(rulesDir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const rule = file.replace(/\.ts$/, '');
    const visit = (node: ts.Node, inArray: boolean): void => {
      if (inArray && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
        // Phrases, not single letters or regex fragments.
        if (/[a-z]{2}/i.test(node.text)) out.push({ phrase: node.text, rule });
      }
      ts.forEachChild(node, (child) => visit(child, ts.isArrayLiteralExpression(node) || (inArray && !ts.isCallExpression(node))));
    };
    visit(source, false);
  }
  return out;
}

/** Phrases found in at least one sealed text and in no training text. */
export function peekedPhrases(
  phrases: ReadonlyArray<{ phrase: string; rule: string }>,
  training: readonly string[],
  sealed: readonly string[],
): Array<{ phrase: string; rule: string; sealedHits: number }> {
  const out: Array<{ phrase: string; rule: string; sealedHits: number }> = [];
  const seen = new Set<string>();
  for (const p of phrases) {
    const key = `${p.rule}\u0000${p.phrase.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const re = phraseRegex([p.phrase]);
    const hits = (texts: readonly string[]) => texts.filter((t) => { re.lastIndex = 0; return re.test(t); }).length;
    const sealedHits = hits(sealed);
    if (sealedHits > 0 && hits(training) === 0) out.push({ ...p, sealedHits });
  }
  return out;
}
