import { defineRule, dropOverlapping, inQuotes, matchSpans } from '../rule';

// Lures off the platform: phone or WhatsApp numbers to "earn" or "invest",
// "text me on WhatsApp", crypto tickers and "CA in bio", "earn $500 a day".
// A phone number alone is not a lure (a lost-dog post has one): it needs an
// ask or money words around it, and a lost-and-found notice's "ring us" is no ask.
const PHONE = /(?:\+\d{1,3}[\s-]?)?\(?\d{2,5}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b/gu;
// "So call her: (210) 555-0147": somebody else's number, passed on.
// Not when money is the subject: "my mentor helped me recover my funds, contact him" is the lure's own shape.
const THIRD_PARTY = /\b(?:call|ring|text) (?:her|him|them)\b/iu;
// In an answer, "ring Gary at GW Heating 07700…" passes on a named tradesperson (case matters: the name);
// in a business's own post "ring Jo on 07…" is its booking line.
const NAMED_THIRD_PARTY = /\b(?:[Cc]all|[Rr]ing|[Tt]ext) [A-Z][a-z]+ (?:at|on|from)\b/u;
// A lost-and-found notice: "FOUND by the park gate… if he's yours, ring the office 01632…",
// "has anyone seen a small grey whippet? Slipped her lead… just ring 07700…".
const LOST_FOUND = /^\W*(?:found|lost|missing|stolen)\b|\bif (?:he|she|it|this|they)(?:'s|’s| is| are|'re|’re) (?:yours|your)\b|\b(?:found|lost|missing) (?:dog|cat|keys|wallet|purse|phone|bag|ring|parrot|tortoise|hearing aid)\b|\bhas anyone seen\b|\bslipped (?:her|his|its|their) (?:lead|collar|harness)\b/iu;
// Money talk and the apps lures move to: near a number they are an ask, anywhere they make money the subject.
const MONEY_TALK = String.raw`whats\s?app|telegram|invest\w*|earn\w*|profits?|income|trading|forex|crypto|bitcoin`;
const MONEY = new RegExp(String.raw`\b(?:funds|debts?|recover\w*|mentor|${MONEY_TALK})\b`, 'iu');
// A phone emoji before a number is "call me".
const ASK = new RegExp(String.raw`📞|📲|📱|☎|\b(?:signals?|call|call-?out|text|ring|message|contact|dm|inbox|reach|book|order|${MONEY_TALK})\b`, 'iu');
const LURES = /\b(?:whats\s?app (?:me|us|now)|text (?:me|us) on|earn (?:up to )?[$£€]?\d[\d,]*k?(?:\s?-\s?[$£€]?\d[\d,]*k?)?\+?\s*(?:(?:a|per) (?:day|week|month)|daily|weekly|monthly)|(?:on|via) telegram|telegram:? @[\w.]+|work from home opportunit(?:y|ies)|(?:make|made|earn|earned|making) [$£€]?(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+k) (?:in|within) \d+ (?:days|hours|weeks)|(?:making|earning) [$£€]?(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+k) (?:weekly|a week|daily|a day|monthly|a month)|bitcoin investment|inbox me for (?:more )?info|t\.me\/[\w]+|work from home and earn|passive income|guaranteed (?:returns?|profit)|investment (?:plan|opportunity)|ca in bio|contract address|to the moon|\d{2,5}x (?:incoming|gains?|potential)|get in (?:early|before)|dont fade|don't fade|not financial advice)\b|\$[A-Z]{3,8}\b/giu;
// A money scheme's proof and its way off the platform: "grow $2,000 into $19,000", "my students are making extra 200k
// monthly", "waking up to $4,200 profit", "message me on WhatsApp" (57 promotional training drafts, no human one:
// "non-profit", "profitable" and "£11 a month" are not here).
const SCHEME = /[$£€₦]\d[\d,]*k? into [$£€₦]\d[\d,]*k?\b|\b(?:message|dm|contact|reach|inbox) (?:me|us) on (?:whats\s?app|telegram)\b|\b(?:making|earning|made|earned|make|earn) (?:an )?extra [$£€₦]?(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+k)\b|[$£€₦](?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+k) (?:in )?profits?\b|\b(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+k) (?:in )?profits? (?:from|on|in|today|this|last)\b/giu;
// Prize lures, the oldest text-message scam: "you have won", "claim your
// prize", "text WIN to 80082", "reply STOP". Written from what such lures
// say, not fitted to any corpus.
const PRIZE = /\byou(?:'ve|’ve| have) (?:won|been selected|been chosen)\b(?!['’])|\byour (?:account|number|email|phone|repository|repo|project|profile|page|channel|wallet) (?:has been|was) (?:selected|chosen)\b|\bconnect(?:ing)? your (?:crypto )?wallet\b|\bclaim (?:your |a |the )?(?:prize|reward|cash|voucher|gift)|\bcash prize\b|\bguaranteed (?:prize|cash)\b|\b(?:reply|txt|text) stop\b/giu;
// A keyword to text to a short code: case matters ("text WIN to 80082").
const SHORT_CODE = /\b(?:[Tt]ext|TEXT|[Tt]xt|TXT|[Ss]end|SEND|[Rr]eply|REPLY) [A-Z]{2,}\b to \d{3,6}\b/gu;

export default defineRule({
  id: 'contact-lure',
  axis: 'promotion',
  description: 'Lures off the platform: a phone or WhatsApp number with an ask or money around it, "earn $500 a day", prize lures ("you have won", "text WIN to 80082"), crypto tickers and "CA in bio".',
  weight: -16,
  maxHits: 2,
  message: 'This reads like a lure: money talk and a number or ticker to contact.',
  nudge: 'Keep the conversation here and leave out numbers and money promises.',
  suggestions: ['Share what you know in the thread', 'Remove the number or ticker'],
  example: 'Earn $500 a day from home with my forex signals, WhatsApp me on +44 7700 900123',
  check(ctx) {
    // A lure quoted in a warning ("texts saying 'you have been selected'") is not one.
    const lures = [...matchSpans(ctx.text, LURES), ...matchSpans(ctx.text, SCHEME), ...matchSpans(ctx.text, PRIZE), ...matchSpans(ctx.text, SHORT_CODE)]
      .filter((m) => !inQuotes(ctx.text, m))
      .map(({ start, end }) => ({ start, end }));
    const notice = LOST_FOUND.test(ctx.text) && !MONEY.test(ctx.text);
    const phones = (notice ? [] : matchSpans(ctx.text, PHONE))
      .filter(({ start, end, match }) => {
        const before = ctx.text.slice(Math.max(0, start - 40), start);
        const passedOn = THIRD_PARTY.test(before) || (ctx.answering && NAMED_THIRD_PARTY.test(before));
        return match[0].replace(/\D/g, '').length >= 9 && ASK.test(ctx.text.slice(Math.max(0, start - 40), end + 20)) && !(passedOn && !MONEY.test(ctx.text));
      })
      .map(({ start, end }) => ({ start, end }));
    const all = [...lures, ...phones].sort((a, b) => a.start - b.start);
    return dropOverlapping(all);
  },
});
