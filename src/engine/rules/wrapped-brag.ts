import { defineRule, dropOverlapping, matchSpans, phraseRegex, sentenceAt } from '../rule';

// Gratitude or humility wrapped around one's own achievements and metrics:
// "humbled to be named a top-10 voice", "can't believe my little post hit
// 1M views 🙏". Thanks with no metric is gratitude; a metric with no wrapper
// is news. Both together are a humblebrag.

// The wrapper: humility, disbelief, gratitude for one's own success.
const WRAPPERS = [
  'humbled', 'honoured', 'honored', 'blessed', 'grateful', 'thankful', "can't believe", 'cant believe', 'can not believe',
  "can't quite believe", 'can’t quite believe', 'can’t believe',
  'still pinching myself', 'pinch me', 'surreal', 'never imagined', 'never thought', 'who would have thought',
  'quietly proud', 'so proud', 'proud to', 'proud of', 'beyond words', 'speechless', 'still processing', 'not bad for',
  'little old me', 'wild ride', 'wild quarter', 'wild year', 'what a year', 'what a journey', 'journey so far',
  // "Still doesn't feel real… I'm not sharing this to brag": the disclaimer is the wrapper.
  "doesn't feel real", 'doesn’t feel real', 'does not feel real', 'not to brag', 'not sharing this to brag', 'emotional',
  "don't normally post", "don't usually post", 'don’t normally post', 'don’t usually post', 'blow our own trumpet', 'blow my own trumpet', 'blushing',
  '🙏', '🥹', '🥲', '😭',
];
// Achievements and metrics about the writer ("100,000 active users", "41 passes this year", "38 ppl on my team",
// "1,000,000 plays on my beats", "212% of quota and President's Club", "top apprentice of the year").
const METRIC = /\b\d[\d,.]*\s?(?:k|m|million|thousand)?\+?\s+(?:(?:paying|happy|loyal|new|online|active|monthly|daily|weekly|paid) )?(?:views|followers|subscribers|likes|orders|patrons|backers|supporters|visitors|placements|reviews|five-star reviews|5-star reviews|clients|customers|students|downloads|installs|stars|members|sales|listeners|readers|impressions|hospitals|weddings|patients|signups|sign-ups|votes|homes|houses|deals|projects|copies|units|tickets|bookings|5-star|five-star|users|viewers|attendees|passes|plays|streams|listens)\b|\b\d+\s?%\s+of\s+(?:my |our |the )?(?:quota|target)\b|\bpresident['’]?s club\b|\btop [\p{L}-]+ of the year\b|\b\d+ (?:ppl|people) (?:on|in) my team\b|(?<!gifted )\b\d[\d,.]*\s?(?:k|m)?\+?\s+(?:new )?subs\b|(?:[$£€]\s?)?\d[\d,.]*\s?[km]?\s?(?:mrr|arr)\b|\b\d[\d,]*(?:st|nd|rd|th)\s+(?:patient|customer|client|order|sale|home|booking|wedding|member|subscriber)\b|\b\d+\s?%\s+of\s+the\s+vote\b|\b(?:top[- ]?\d+|named ['‘"]?(?:a|one of|among|in|the|best|top)|\b(?:named|crowned|voted) [\p{L}' ]{1,40}? of the year\b|\d[\d,.]*k? of you (?:tuned|downloaded|bought|ordered|signed|joined|subscribed|listened|watched|read|showed up|turned up|came)|earned me [$£€]\d|\d+ features? (?:on|in)|award|awards|shortlisted|finalist|keynote|featured (?:in|on)|booked solid|fully booked|sold out|waitlist|waiting list|best-?seller|number one|#1|record (?:month|year|quarter)|milestone)\b|\b(?:crossed|turned over) (?:[A-Z]{0,2}[$€£₱₹])\d[\d,.]*\s?(?:k|m|million)?|\b(?:crossed|hit|passed|reached|sold) \d[\d,.]*\s?(?:k|m|million|thousand)?(?![\p{L}\d])/giu;
const wrapper = phraseRegex(WRAPPERS);
// Pride in somebody else: "sold out hometown show… so proud of you", "5 stars on your first
// inspection!!! so proud of u". A metric in a sentence about "your" doing and not the
// writer's is theirs, and so is any metric in a draft that congratulates, unless the
// writer's own words are in its sentence ("thank you all, we hit 10k" stays a brag).
const CONGRATS = /\b(?:proud of (?:you|u|ya|y'all|yall|him|her|them)|congrat\w*|well done|happy for (?:you|u))\b/iu;
const SECOND = /\b(?:your|ur|you've|you’ve|youve|you have|you got|you did)\b/iu;
const FIRST = /\b(?:i|i'm|i’m|im|my|me|we|we're|we’re|our|us)\b/iu;
// Plain thanks wraps a brag only around audience numbers ("thank you… we passed
// 1 million followers", "went out to 48,312 subscribers", "passed 250,000 streams", "crossed 1,000 patrons"); thanks to 30
// volunteers is credit, not a brag.
const THANKS = /\b(?:thank you|thanks|thank u|ty)\b/iu;
const AUDIENCE = /\b\d[\d,.]*\s?(?:k|m|million|thousand)?\+?\s+(?:views|followers|subscribers|likes|readers|listeners|impressions|downloads|installs|orders|sales|streams|plays|patrons|reads|backers|listens|(?:five|5)-star reviews|reviews)\b|\b(?:reached|went out to) \d[\d,.]*\s?(?:k|m|million|thousand)?(?:\s+(?:people|readers|subscribers|followers|inboxes))?(?![\p{L}\d])/giu;

// Milestones counted in reviews or in the nth job done, with a wrapper or thanks (s33-s36 and training: 9 promotional
// drafts, no other): "our 10,000th repair", "4.9⭐ from over 1,200 Google reviews".
const MILESTONE = /\b\d[\d,.]*\+? (?:google|trustpilot|5-star|five-star|5⭐|⭐) reviews\b|\b\d[\d,]*(?:th|st|nd|rd) (?:repair|order|customer|client|sale|wedding|booking|member|subscriber|box|cake|tattoo|haircut|patient)s?\b/giu;

export default defineRule({
  id: 'wrapped-brag',
  axis: 'promotion',
  description: 'Humblebrags: gratitude or humility wrapped around your own achievements and metrics ("humbled to hit 1M views 🙏").',
  weight: -12,
  maxHits: 2,
  message: 'Thanks wrapped around your own numbers reads as a brag.',
  nudge: 'Thank the people by name, or share what you learned; leave the numbers out.',
  suggestions: ['Name who helped and how', 'Share one lesson instead of the metric'],
  example: "Humbled to share that my little post hit 1M views 🙏 Can't believe it.",
  // A fundraiser's numbers ("the waiting list is 14 months", "£1,140 raised") are the cause's, not the writer's success.
  mutedBy: ['fundraising'],
  check(ctx) {
    const congrats = CONGRATS.test(ctx.text);
    const theirs = (m: { start: number }) => {
      const sentence = sentenceAt(ctx, m.start)?.text ?? '';
      return !FIRST.test(sentence) && (congrats || SECOND.test(sentence));
    };
    const wrapped = matchSpans(ctx.text, wrapper).length > 0;
    const thanked = THANKS.test(ctx.text);
    const counted = wrapped ? matchSpans(ctx.text, METRIC) : thanked ? matchSpans(ctx.text, AUDIENCE) : [];
    const milestones = wrapped || thanked ? matchSpans(ctx.text, MILESTONE) : [];
    const metrics = dropOverlapping([...counted, ...milestones].sort((a, b) => a.start - b.start));
    return metrics.filter((m) => !theirs(m)).map(({ start, end }) => ({ start, end }));
  },
});
