import { defineRule, matchSpans, phraseRegex } from '../rule';

// The pronoun shift of a sales page: first "you" have a problem, then "we"
// have the answer. Each half alone is ordinary talk; together, in that
// order, they are the broadcast pattern the essays warn about.

// The reader's problem.
const PROBLEM = [
  'tired of', 'sick of', 'fed up with', 'struggling to', 'struggling with', 'still chasing', 'chasing invoices',
  'wasting hours', 'spending hours', 'drowning in', 'overwhelmed by', 'stuck with', 'frustrated with', 'hate it when',
  "can't keep up", 'cannot keep up', 'is brutal', 'are brutal', 'is a nightmare', 'is painful', 'losing sleep over',
  'worried about', 'paying too much', 'overpaying', 'does your', 'do your', 'is your', 'are your',
];
// The writer's answer.
const ANSWER = [
  'we built', 'we made', 'we created', 'we designed', 'we launched', 'we help', 'we fix', 'we handle', 'we take care',
  'we do the', 'we can', 'we offer', 'our app', 'our tool', 'our platform', 'our service', 'our software', 'our team',
  'our new', 'i built', 'i created', 'i help', 'i can help', 'i offer', 'i made a', 'my program', 'my course',
  'my service', 'my system', 'my method', 'with our', 'with my',
];
const problem = phraseRegex(PROBLEM);
const answer = phraseRegex(ANSWER);

export default defineRule({
  id: 'problem-then-solution',
  axis: 'promotion',
  description: '"You have a problem, we have the answer": the reader\'s pain followed by your product.',
  weight: -12,
  maxHits: 1,
  message: 'Your problem, our solution: this is the shape of an advert.',
  nudge: 'Talk about the problem with them; leave your solution for when they ask.',
  suggestions: ['Share how you handle the problem yourself', 'Ask how they deal with it'],
  example: 'Tired of chasing invoices every month? We built Ledgerly to do it for you.',
  check(ctx) {
    const p = matchSpans(ctx.text, problem)[0];
    if (!p) return [];
    const a = matchSpans(ctx.text, answer).find((m) => m.start > p.end);
    return a ? [{ start: a.start, end: a.end }] : [];
  },
});
