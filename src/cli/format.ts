// Human-readable rendering of a DraftScore for the terminal. Plain ASCII
// layout (no colours) so it reads the same in a pipe, a log or a CI job.

import type { DraftScore, Status } from '../engine/types';

const STATUS_HINT: Readonly<Record<Status, string>> = {
  scored: '',
  'too-short': 'write a little more to get a score',
  'unsupported-language': 'only English drafts are scored for now',
};

/** "+3", "-8", "0", "-2.5": the sign says which way the finding moved the score. */
export function signedWeight(weight: number): string {
  const rounded = Math.round(weight * 10) / 10;
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

export function formatScore(result: DraftScore): string {
  const lines: string[] = [];
  if (result.status === 'scored' && result.score !== null) {
    lines.push(`Score: ${result.score}/100 (${result.band ?? 'no band'})`);
  } else {
    lines.push(`Not scored: ${result.status} (${STATUS_HINT[result.status] || 'no score'})`);
  }
  const { promotion, value, reciprocity } = result.axes;
  lines.push(`Axes: promotion ${promotion}, value ${value}, reciprocity ${reciprocity}`);

  lines.push('', result.findings.length === 0 ? 'Findings: none' : 'Findings:');
  const weights = result.findings.map((f) => signedWeight(f.weight));
  const weightWidth = Math.max(0, ...weights.map((w) => w.length));
  const idWidth = Math.max(0, ...result.findings.map((f) => f.ruleId.length));
  result.findings.forEach((f, i) => {
    // JSON.stringify quotes the words and makes newlines and odd characters
    // visible instead of breaking the layout.
    const quoted = JSON.stringify(f.actual);
    lines.push(`  ${(weights[i] ?? '').padStart(weightWidth)}  ${f.ruleId.padEnd(idWidth)}  ${quoted} at ${f.start}-${f.end}`);
    if (f.message !== '') lines.push(`  ${' '.repeat(weightWidth)}  ${f.message}`);
  });

  lines.push('', result.nudges.length === 0 ? 'Nudges: none' : 'Nudges:');
  result.nudges.forEach((n, i) => lines.push(`  ${i + 1}. ${n.message}`));
  if (result.praise.length > 0) {
    lines.push('', 'Working:');
    result.praise.forEach((n) => lines.push(`  - ${n.message}`));
  }
  return `${lines.join('\n')}\n`;
}
