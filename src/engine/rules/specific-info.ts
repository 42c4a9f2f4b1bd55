import { LIST_MARKER, defineRule, inUrl, matchSpans, phraseRegex } from '../rule';

// Signs of concrete, reusable information: lessons, steps, findings.
const PHRASES = [
  'lesson learned', 'lessons learned', 'what i learned', 'what we learned', 'things i learned', 'i learned',
  'we learned', 'what worked', "what didn't work", 'what did not work', 'turns out', 'it turns out', 'til',
  'today i learned', 'pro tip', 'tip:', 'tips:', 'the trick is', 'the key was', 'the key is', 'what helped',
  'one thing that helped', 'rule of thumb', 'mistake i made', 'mistakes i made', 'biggest mistake', 'in my experience',
  'the data shows', 'we measured', 'we found', 'i found that', 'results:', 'takeaway', 'takeaways', 'for context',
  'step 1', 'step one', 'first,', 'second,', 'finally,', 'for example', 'e.g.', 'benchmark', 'here is what happened',
  "here's what happened",
];
// Measured quantities ("3 weeks", "40%", "12 interviews"), not prices, discounts,
// "10x" hype or countdowns ("24 hours", "2 minutes").
const NUMBER = /(?<![$€£\d.,])\b\d+(?:[.,]\d+)?\s?(?:%(?!\s?off)|\s(?:weeks?|months?|years?|interviews?|customers?|users?|people|tests?|experiments?|drafts?|tries|attempts|pages?|lines?|steps?|ms|km|miles?|kg|lbs?)\b)/giu;
// Numbered or bulleted list lines.
// The marker is captured (the hit is the marker itself); ticks and emoji bullets count here too.
const LIST_LINE = new RegExp(String.raw`^[ \t]*(${LIST_MARKER}|✅|\p{Extended_Pictographic}\uFE0F?)(?=[ \t]+\S)`, 'gmu');
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'specific-info',
  axis: 'value',
  description: 'Specific, useful information: lessons learned, steps, measured numbers.',
  weight: 5,
  maxHits: 3,
  message: 'Specific, reusable information is what people come back for.',
  praise: 'The concrete detail makes it useful.',
  suggestions: [],
  example: 'What I learned after 12 customer interviews: 1. people buy outcomes 2. nobody reads docs.',
  check(ctx) {
    const spans = [...matchSpans(ctx.text, re), ...matchSpans(ctx.text, NUMBER)];
    const list = matchSpans(ctx.text, LIST_LINE);
    // A list is information only when it has at least two items.
    if (list.length >= 2) spans.push(...list.map((l) => ({ ...l, start: l.end - (l.match[1] ?? '').length })));
    return spans
      .filter((h) => h.end > h.start && !inUrl(ctx, h))
      .map(({ start, end }) => ({ start, end }))
      .sort((a, b) => a.start - b.start);
  },
});
