// Span labels (test/fixtures/spans*.jsonl): which words of a labelled draft
// carry the pitch, marked by annotators who saw only the draft's text, site
// and kind (briefs/spans.md), never its label or the engine's output.
// Parsing and validation are pure so the eval script and tests share them.

export type SpanType = 'ad' | 'pitch' | 'brag' | 'bait' | 'spam';
export const SPAN_TYPES: readonly SpanType[] = ['ad', 'pitch', 'brag', 'bait', 'spam'];

export interface MarkedSpan {
  start: number;
  end: number;
  type: SpanType;
}

export interface SpanLabel {
  id: string;
  spans: MarkedSpan[];
  /** Which annotator batch marked it, e.g. "spans:s3". */
  annotator: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses a spans file against the drafts it labels: every draft must have
 * exactly one line, and every span must lie inside its draft's text.
 * Throws an Error naming each bad line.
 */
export function parseSpanLabels(source: string, texts: ReadonlyMap<string, string>): Map<string, SpanLabel> {
  const out = new Map<string, SpanLabel>();
  const problems: string[] = [];
  source.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push(`line ${line}: not JSON`);
      return;
    }
    if (!isRecord(value) || typeof value.id !== 'string' || !Array.isArray(value.spans) || typeof value.annotator !== 'string') {
      problems.push(`line ${line}: expected {"id", "spans": [...], "annotator"}`);
      return;
    }
    const text = texts.get(value.id);
    if (text === undefined) return void problems.push(`line ${line}: no draft with id ${value.id}`);
    if (out.has(value.id)) return void problems.push(`line ${line}: ${value.id} is labelled twice`);
    const spans: MarkedSpan[] = [];
    for (const s of value.spans as unknown[]) {
      const ok = isRecord(s) && Number.isInteger(s.start) && Number.isInteger(s.end) && (SPAN_TYPES as readonly unknown[]).includes(s.type);
      if (!ok || (s.start as number) < 0 || (s.end as number) > text.length || (s.end as number) <= (s.start as number)) {
        problems.push(`line ${line}: a span is not {start, end, type} inside the draft`);
        continue;
      }
      spans.push({ start: s.start as number, end: s.end as number, type: s.type as SpanType });
    }
    out.set(value.id, { id: value.id, spans, annotator: value.annotator });
  });
  for (const id of texts.keys()) if (!out.has(id)) problems.push(`draft ${id} has no span label line`);
  if (problems.length > 0) throw new Error(`spans file has ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`);
  return out;
}
