// scoreDraft(): the local, explainable rules engine (DESIGN.md, "Rules engine contract").
//
// Model: every draft starts at a neutral BASE score. Each rule finding moves
// it by signed points; the findings' weights add up exactly to
// `score - BASE`, so every point is explained by a span of the draft. When
// the raw sum would leave 0..100, the side that overflows is scaled down
// proportionally, and the weights reported are the scaled ones.
import { isEnglish } from './language';
import { parse } from './parse';
import { URL_RE, matchSpans, mergeOverlaps, withItsClause, type Context, type Rule } from './rule';
import { DISINTERESTED, FREE_EVENT, FUNDRAISING, JOB_POST, SALE_CONTEXT, WARNS_OFF_PAYING } from './sale-words';
import { RULES } from './rules/index';
import { decodeModel, type LearnedModel } from './learned/model';
import { MODEL_DATA } from './learned/model.generated';
import { plainOnly } from './plain-words';
import type { Axis, Band, DraftScore, Finding, Nudge, RuleSetting, ScoreOptions } from './types';

export type * from './types';
export { RULES } from './rules/index';
export type { Rule } from './rule';

/** Fewer words than this and there is nothing to coach yet. Two words
 *  ("ok lor", "DM me") already say something; one does not. */
export const MIN_WORDS = 2;
/** Band thresholds (DESIGN.md): >=70 human, 40..69 mixed, <40 broadcast. */
export function bandOf(score: number): Band {
  return score >= 70 ? 'human' : score >= 40 ? 'mixed' : 'broadcast';
}

const ZERO_AXES: Record<Axis, number> = { promotion: 0, value: 0, reciprocity: 0 };

function empty(status: DraftScore['status']): DraftScore {
  return { score: null, band: null, axes: { ...ZERO_AXES }, findings: [], nudges: [], praise: [], status };
}

function multiplier(setting: RuleSetting | undefined): number | 'off' {
  if (setting === 'off') return 'off';
  if (typeof setting !== 'number' || !Number.isFinite(setting)) return 1;
  return Math.min(3, Math.max(0, setting));
}

/** The shipped learned layer and calibration, decoded once at load. */
export const SHIPPED_MODEL: LearnedModel = decodeModel(MODEL_DATA);

/**
 * Score of a draft with no findings: plain talk is human, just not
 * remarkable. Fitted by `npm run train` with the rules' scales on the
 * training drafts' labels (never the sealed holdout), so that drafts land
 * in the band their label names (src/eval/ordinal.ts).
 */
export const BASE = SHIPPED_MODEL.base;

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
    lower: text.toLowerCase(),
    onSale: SALE_CONTEXT.test(text),
    fundraising: FUNDRAISING.test(text),
    ...modestAsk(text),
    disinterested: DISINTERESTED.test(text),
    advising: WARNS_OFF_PAYING.test(text),
    learned,
  };
}

/** A job post or a free event: its asks are modest; a free event that is not a job asks nothing of value. */
function modestAsk(text: string): { modestAsk: boolean; freeEvent: boolean } {
  const job = JOB_POST.test(text);
  const free = FREE_EVENT.test(text);
  return { modestAsk: job || free, freeEvent: free && !job };
}

export interface RawFinding {
  rule: Rule;
  start: number;
  end: number;
  raw: number;
  message: string;
}

const LEARNED_ID = 'learned-words';
/** Rules that never nudge (Rule.quiet). */
const QUIET = new Set(RULES.filter((r) => r.quiet).map((r) => r.id));
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;
/** Whether `b` covers at least half of `a`'s characters. */
const halfCovered = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  2 * (Math.min(a.end, b.end) - Math.max(a.start, b.start)) >= a.end - a.start;

/**
 * Every rule's findings before the wrapper: at their written weights times
 * the user's setting times the rule's calibration (`scales`, 1 when
 * `calibrated` is false), with only the explainable ones kept.
 */
function findRaw(ctx: Context, settings: ScoreOptions['rules'], calibrated: boolean): RawFinding[] {
  const found: RawFinding[] = [];
  for (const rule of RULES) {
    const setting = multiplier(settings?.[rule.id]);
    if (setting === 'off' || setting === 0) continue;
    // A fundraiser or a writer who gains nothing silences some rules outright (Rule.mutedBy).
    if (rule.mutedBy?.some((flag) => ctx[flag])) continue;
    // The learned words' points are fitted as they are; the rules' written weights are calibrated.
    const m = setting * (calibrated && rule.id !== LEARNED_ID ? (ctx.learned.scales.get(rule.id) ?? 1) : 1);
    const valid = rule.check(ctx).filter((h) => h.start >= 0 && h.end <= ctx.text.length && h.end > h.start);
    // Cues widened to one clause are one cue.
    const hits = (rule.showsClause ? mergeOverlaps(valid.map((h) => ({ ...h, ...withItsClause(ctx.text, h) }))) : valid).slice(0, rule.maxHits);
    for (const h of hits) {
      const raw = rule.weight * (h.factor ?? 1) * m;
      if (raw === 0) continue;
      found.push({ rule, start: h.start, end: h.end, raw, message: h.message ?? rule.message });
    }
  }
  return explainable(ctx.text, found);
}

function runRules(ctx: Context, settings: ScoreOptions['rules']): RawFinding[] {
  return wrapped(findRaw(ctx, settings, true)).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Costs (points, before scaling) from which a draft carries a pitch, and what its warm parts then earn. */
export const WRAPPER_COST = 8;

/**
 * A pitch wrapped in warmth: once the costs of a draft reach WRAPPER_COST
 * points, its questions, thanks and details are the wrapper around the
 * pitch (the seeds: "any friendliness … is a wrapper"), and they earn
 * nothing. Chosen on cross-validation: AUC 0.906 → 0.926 against earning a
 * third. Below that, one small cost does not cancel a draft's warmth.
 */
export function wrapped(found: readonly RawFinding[]): RawFinding[] {
  const cost = -found.filter((f) => f.raw < 0).reduce((a, f) => a + f.raw, 0);
  return cost < WRAPPER_COST ? [...found] : found.filter((f) => f.raw < 0);
}

/**
 * Keeps only findings whose span is their cause (DESIGN.md): no cost on
 * plain words alone ("thank you", "this", "happy to"); the learned layer
 * does not speak where a rule already explains the words; and no words both
 * earn and cost: of two overlapping findings of opposite sign, the weaker
 * (then the later, then the learned one) is dropped; and a rule that gives
 * the same reason as another (Rule.yieldsTo) leaves their shared words to it.
 */
export function explainable(text: string, found: readonly RawFinding[]): RawFinding[] {
  const rules = found.filter((f) => f.rule.id !== LEARNED_ID);
  const kept = found.filter((f) => {
    if (f.raw < 0 && plainOnly(text.slice(f.start, f.end))) return false;
    return f.rule.id !== LEARNED_ID || !rules.some((r) => overlap(r, f));
  });
  const order = [...kept].sort((a, b) => Math.abs(b.raw) - Math.abs(a.raw) || a.start - b.start || Number(a.rule.id === LEARNED_ID) - Number(b.rule.id === LEARNED_ID));
  const out: RawFinding[] = [];
  for (const f of order) if (!out.some((o) => Math.sign(o.raw) !== Math.sign(f.raw) && overlap(o, f))) out.push(f);
  // One reason for the same words: a rule yields to the one it names in `yieldsTo`.
  return out.filter((f) => {
    const yieldsTo = f.rule.yieldsTo;
    return !yieldsTo || !out.some((o) => yieldsTo.includes(o.rule.id) && halfCovered(f, o));
  });
}

/** Scale the overflowing side so base + sum stays within 0..100, then round to integers that add up exactly. */
function allocate(raws: number[], base: number): number[] {
  const pos = raws.filter((w) => w > 0).reduce((a, b) => a + b, 0);
  const neg = raws.filter((w) => w < 0).reduce((a, b) => a + b, 0);
  let scaled = raws;
  if (base + pos + neg > 100 && pos > 0) {
    const k = Math.max(0, 100 - base - neg) / pos;
    scaled = raws.map((w) => (w > 0 ? w * k : w));
  } else if (base + pos + neg < 0 && neg < 0) {
    const k = Math.max(0, base + pos) / -neg;
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

/** A cost finding at least this large (points, after scaling) is strong: it may nudge even a draft in the human band. */
export const STRONG_COST = 10;
/** A rule's costs must add up to at least this many points before it nudges at all: small costs are highlighted, not nagged. */
export const CONFIDENT_COST = 8;
/** At most this many nudges, and this many lines on what is working. */
export const MAX_NUDGES = 3;
export const MAX_PRAISE = 2;

const quote = (s: string) => `“${s.length > 40 ? `${s.slice(0, 39)}…` : s}”`;

/** Who a reply or comment answers, in words: "@ada", "Ada Lovelace", or nobody known. */
function whoIsAnswered(ctx: Pick<Context, 'replyTo'>): string | undefined {
  if (!ctx.replyTo) return undefined;
  return /\s/.test(ctx.replyTo) ? ctx.replyTo : `@${ctx.replyTo}`;
}

/**
 * The nudge policy (README, "When the coach speaks up"): a nudge only for a
 * confident cost; in the human band only for a strong one; each cost nudge
 * quotes its words and says what to do instead. Nudges for what is missing
 * (a question, a specific detail) come only when the draft is not in the
 * human band and something already costs.
 */
export function nudgesFor(ctx: Pick<Context, 'text' | 'answering' | 'replyTo'>, findings: readonly Finding[], band: Band): Nudge[] {
  const byRule = new Map<string, { total: number; strongest: number; indexes: number[] }>();
  findings.forEach((f, i) => {
    // The learned words highlight and cost, but never nudge on their own: a nudge gives a rule's reason.
    // Quiet rules (Rule.quiet) move the band and highlight, and never nudge.
    if (f.weight >= 0 || f.ruleId === LEARNED_ID || QUIET.has(f.ruleId)) return;
    const g = byRule.get(f.ruleId) ?? { total: 0, strongest: 0, indexes: [] };
    g.total += f.weight;
    g.strongest = Math.min(g.strongest, f.weight);
    g.indexes.push(i);
    byRule.set(f.ruleId, g);
  });
  const nudges: Nudge[] = [...byRule.entries()]
    .filter(([, g]) => -g.total >= CONFIDENT_COST && (band !== 'human' || -g.strongest >= STRONG_COST))
    .sort((a, b) => a[1].total - b[1].total)
    .map(([ruleId, g]) => {
      const words = g.indexes.map((i) => findings[i]?.actual ?? '').filter((w, k, all) => all.indexOf(w) === k).slice(0, 2);
      return {
        ruleId,
        message: `${words.map(quote).join(', ')}: ${RULES.find((r) => r.id === ruleId)?.nudge ?? 'say this part in your own words.'}`,
        findingIndexes: g.indexes,
      };
    });
  // Nudges for what is missing: they move no points, so they point at no finding.
  const has = (id: string) => findings.some((f) => f.ruleId === id);
  if (band !== 'human' && nudges.length > 0) {
    const who = whoIsAnswered(ctx);
    // A draft that already asks (even as a hook) is not told to ask.
    if (!has('genuine-question') && !has('curiosity') && !/\?/u.test(ctx.text)) {
      nudges.push({
        ruleId: ctx.answering ? 'curiosity' : 'genuine-question',
        message: ctx.answering ? `Ask ${who ?? 'the person you are answering'} a question about what they said.` : 'Ask your readers a question, and mean it.',
        findingIndexes: [],
      });
    }
    if (ctx.answering && !has('engage-reply')) {
      nudges.push({
        ruleId: 'engage-reply',
        message: who ? `Mention something specific ${who} said.` : 'Mention something specific from the post you are answering.',
        findingIndexes: [],
      });
    }
  }
  return nudges.slice(0, MAX_NUDGES);
}

/** What is working: a line per earning rule (strongest first), from the rules' own praise. */
function praiseFor(findings: Finding[]): Nudge[] {
  const byRule = new Map<string, { total: number; indexes: number[] }>();
  findings.forEach((f, i) => {
    if (f.weight <= 0 || f.ruleId === LEARNED_ID) return;
    const g = byRule.get(f.ruleId) ?? { total: 0, indexes: [] };
    g.total += f.weight;
    g.indexes.push(i);
    byRule.set(f.ruleId, g);
  });
  return [...byRule.entries()]
    .sort((a, b) => b[1].total - a[1].total)
    .flatMap(([ruleId, g]) => {
      const praise = RULES.find((r) => r.id === ruleId)?.praise;
      return praise ? [{ ruleId, message: praise, findingIndexes: g.indexes }] : [];
    })
    .slice(0, MAX_PRAISE);
}

/** Language first (scripts without spaces, such as Chinese, have few "words"), then length. */
function statusOf(draft: string): DraftScore['status'] {
  if (!isEnglish(draft)) return 'unsupported-language';
  const words = draft.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words < MIN_WORDS ? 'too-short' : 'scored';
}

/**
 * For `npm run train` only: the hand-written rules' findings of a draft at
 * their written weights (no calibration, no learned words, before the
 * wrapper), or null when the draft would not be scored.
 */
export function writtenRuleFindings(text: string, opts: ScoreOptions): RawFinding[] | null {
  if (statusOf(text) !== 'scored') return null;
  // The learned words are off and the scales unused, so the shipped model only completes the context.
  return findRaw(buildContext(text, opts, SHIPPED_MODEL), { ...opts.rules, [LEARNED_ID]: 'off' }, false);
}

export function scoreDraft(text: string, opts: ScoreOptions = {}): DraftScore {
  return scoreWithModel(text, opts, SHIPPED_MODEL);
}

/** scoreDraft with another learned model: for `npm run train` and cross-validation only. */
export function scoreWithModel(text: string, opts: ScoreOptions, learned: LearnedModel): DraftScore {
  const draft = typeof text === 'string' ? text : String(text ?? '');
  const status = statusOf(draft);
  if (status !== 'scored') return empty(status);

  const ctx = buildContext(draft, opts, learned);
  const raw = runRules(ctx, opts.rules);
  const weights = allocate(raw.map((f) => f.raw), learned.base);
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
  const score = learned.base + findings.reduce((a, f) => a + f.weight, 0);
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
    nudges: nudgesFor(ctx, findings, bandOf(score)),
    praise: praiseFor(findings),
    status: 'scored',
  };
}
