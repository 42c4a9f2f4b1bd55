// scoreDraft(): the local, explainable rules engine (DESIGN.md, "Rules engine contract").
//
// Model: every draft starts at a neutral BASE score. Each rule finding moves
// it by signed points; the findings' weights add up exactly to
// `score - BASE`, so every point is explained by a span of the draft. When
// the raw sum would leave 0..100, the side that overflows is scaled down
// proportionally, and the weights reported are the scaled ones.
import { isEnglish } from './language';
import { parse } from './parse';
import { URL_RE, matchSpans, type Context, type Rule } from './rule';
import { RULES } from './rules/index';
import { decodeModel, type LearnedModel } from './learned/model';
import { MODEL_DATA } from './learned/model.generated';
import type { Axis, Band, DraftScore, Finding, Nudge, RuleSetting, ScoreOptions } from './types';

export type * from './types';
export { RULES } from './rules/index';
export type { Rule } from './rule';

/**
 * Score of a draft with no findings: plain talk is human, just not
 * remarkable. Calibrated on the training drafts' cross-validation (not the
 * sealed holdout) so that human drafts land in `human` and promotional ones
 * rarely do: 78 is 8 points above the human threshold, so a plain draft
 * needs a real signal (a call to action, a price with a seller, a pitch) to
 * leave the band, and a single small cost does not push it out.
 */
export const BASE = 78;
/** Fewer words than this and there is nothing to coach yet. Two words
 *  ("ok lor", "DM me") already say something; one does not. */
export const MIN_WORDS = 2;
/** Band thresholds (DESIGN.md): >=70 human, 40..69 mixed, <40 broadcast. */
export function bandOf(score: number): Band {
  return score >= 70 ? 'human' : score >= 40 ? 'mixed' : 'broadcast';
}

const ZERO_AXES: Record<Axis, number> = { promotion: 0, value: 0, reciprocity: 0 };

function empty(status: DraftScore['status']): DraftScore {
  return { score: null, band: null, axes: { ...ZERO_AXES }, findings: [], nudges: [], status };
}

function multiplier(setting: RuleSetting | undefined): number | 'off' {
  if (setting === 'off') return 'off';
  if (typeof setting !== 'number' || !Number.isFinite(setting)) return 1;
  return Math.min(3, Math.max(0, setting));
}

/** The shipped learned layer, decoded once at load. */
export const SHIPPED_MODEL: LearnedModel = decodeModel(MODEL_DATA);

function buildContext(text: string, opts: ScoreOptions, learned: LearnedModel): Context {
  const sentences = parse(text);
  const kind = opts.kind ?? 'post';
  const replyTo = opts.replyTo?.trim().replace(/^@/, '') || undefined;
  return {
    text,
    site: opts.site ?? 'generic',
    kind,
    replyTo,
    answering: kind !== 'post',
    sentences,
    terms: sentences.flatMap((s) => s.terms),
    urls: matchSpans(text, URL_RE).map(({ start, end }) => ({ start, end })),
    learned,
  };
}

interface RawFinding {
  rule: Rule;
  start: number;
  end: number;
  raw: number;
  message: string;
}

function runRules(ctx: Context, settings: ScoreOptions['rules']): RawFinding[] {
  const found: RawFinding[] = [];
  for (const rule of RULES) {
    const m = multiplier(settings?.[rule.id]);
    if (m === 'off' || m === 0) continue;
    const hits = rule
      .check(ctx)
      .filter((h) => h.start >= 0 && h.end <= ctx.text.length && h.end > h.start)
      .slice(0, rule.maxHits);
    for (const h of hits) {
      found.push({ rule, start: h.start, end: h.end, raw: rule.weight * (h.factor ?? 1) * m, message: h.message ?? rule.message });
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Scale the overflowing side so BASE + sum stays within 0..100, then round to integers that add up exactly. */
function allocate(raws: number[]): number[] {
  const pos = raws.filter((w) => w > 0).reduce((a, b) => a + b, 0);
  const neg = raws.filter((w) => w < 0).reduce((a, b) => a + b, 0);
  let scaled = raws;
  if (BASE + pos + neg > 100 && pos > 0) {
    const k = Math.max(0, 100 - BASE - neg) / pos;
    scaled = raws.map((w) => (w > 0 ? w * k : w));
  } else if (BASE + pos + neg < 0 && neg < 0) {
    const k = Math.max(0, BASE + pos) / -neg;
    scaled = raws.map((w) => (w < 0 ? w * k : w));
  }
  const target = Math.round(scaled.reduce((a, b) => a + b, 0));
  const rounded = scaled.map((w) => Math.trunc(w));
  let diff = target - rounded.reduce((a, b) => a + b, 0);
  // Largest remainder: hand the leftover points to the findings that lost most to rounding.
  const order = scaled.map((w, i) => ({ i, r: w - Math.trunc(w) })).sort((a, b) => (diff > 0 ? b.r - a.r : a.r - b.r));
  for (const { i } of order) {
    if (diff === 0) break;
    const step = Math.sign(diff);
    if (step > 0 ? (scaled[i] ?? 0) - (rounded[i] ?? 0) > 0 : (scaled[i] ?? 0) - (rounded[i] ?? 0) < 0) {
      rounded[i] = (rounded[i] ?? 0) + step;
      diff -= step;
    }
  }
  return rounded;
}

/** Saturating 0..100 strength of an axis from the raw points behind it. */
function axisStrength(points: number, scale: number): number {
  return Math.round(100 * (1 - Math.exp(-Math.abs(points) / scale)));
}

function nudgesFor(ctx: Context, findings: Finding[], score: number): Nudge[] {
  const byRule = new Map<string, { total: number; indexes: number[] }>();
  findings.forEach((f, i) => {
    if (f.weight >= 0) return;
    const g = byRule.get(f.ruleId) ?? { total: 0, indexes: [] };
    g.total += f.weight;
    g.indexes.push(i);
    byRule.set(f.ruleId, g);
  });
  const nudges: Nudge[] = [...byRule.entries()]
    .sort((a, b) => a[1].total - b[1].total)
    .map(([ruleId, g]) => ({
      ruleId,
      message: RULES.find((r) => r.id === ruleId)?.nudge ?? 'Rewrite this part.',
      findingIndexes: g.indexes,
    }));
  // Nudges for what is missing: they move no points, so they point at no finding.
  const has = (id: string) => findings.some((f) => f.ruleId === id);
  if (score < 70 || nudges.length > 0) {
    const who = ctx.replyTo ? (/\s/.test(ctx.replyTo) ? ctx.replyTo : `@${ctx.replyTo}`) : 'them';
    if (!has('genuine-question') && !has('curiosity')) {
      nudges.push({ ruleId: ctx.answering ? 'curiosity' : 'genuine-question', message: `Ask ${ctx.answering ? who : 'your readers'} a question.`, findingIndexes: [] });
    }
    if (ctx.answering && !has('engage-reply')) {
      nudges.push({ ruleId: 'engage-reply', message: `Mention something specific ${who} said.`, findingIndexes: [] });
    }
  }
  if ((has('specific-info') || has('teaching')) && !has('credit-others') && /\b(?:learn(?:ed|t)|taught|heard)\b/iu.test(ctx.text)) {
    nudges.push({ ruleId: 'credit-others', message: 'Credit who taught you this.', findingIndexes: [] });
  }
  return nudges.slice(0, 3);
}

export function scoreDraft(text: string, opts: ScoreOptions = {}): DraftScore {
  return scoreWithModel(text, opts, SHIPPED_MODEL);
}

/** scoreDraft with another learned model: for `npm run train` and cross-validation only. */
export function scoreWithModel(text: string, opts: ScoreOptions, learned: LearnedModel): DraftScore {
  const draft = typeof text === 'string' ? text : String(text ?? '');
  // Language first: scripts without spaces (Chinese, Japanese) have few "words".
  if (!isEnglish(draft)) return empty('unsupported-language');
  const words = draft.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < MIN_WORDS) return empty('too-short');

  const ctx = buildContext(draft, opts, learned);
  const raw = runRules(ctx, opts.rules);
  const weights = allocate(raw.map((f) => f.raw));
  const findings: Finding[] = raw.map((f, i) => ({
    ruleId: f.rule.id,
    axis: f.rule.axis,
    weight: weights[i] ?? 0,
    start: f.start,
    end: f.end,
    actual: draft.slice(f.start, f.end),
    message: f.message,
    suggestions: [...f.rule.suggestions],
  }));
  const score = BASE + findings.reduce((a, f) => a + f.weight, 0);
  const sumAxis = (axis: Axis) => raw.filter((f) => f.rule.axis === axis).reduce((a, f) => a + f.raw, 0);
  return {
    score,
    band: bandOf(score),
    axes: {
      promotion: axisStrength(sumAxis('promotion'), 25),
      value: axisStrength(sumAxis('value'), 15),
      reciprocity: axisStrength(sumAxis('reciprocity'), 15),
    },
    findings,
    nudges: nudgesFor(ctx, findings, score),
    status: 'scored',
  };
}
