import { defineRule, matchSpans, mergeOverlaps, phraseRegex, toClauseEnd } from '../rule';

// The calm business pitch with no "buy now": a note to a job title, an
// offer to send samples or "arrange a short call", "no obligation". Polite
// words do not make it a conversation when the point is the meeting.

const PHRASES = [
  'a short note to', 'a short note for', 'a quick note to', 'a quick note for', 'would you be open to a', 'open to a quick', 'open to a short', 'worth a quick chat',
  'worth a 15-minute', 'worth a 10-minute', 'worth a short call', 'a 15-minute call', 'a 15 minute call',
  'a 15-minute chat', 'a 15 minute chat', 'a short call', 'a quick call', 'a brief call', 'a quick chat', 'a short chat',
  'arrange a call', 'book a time', 'grab 15 minutes', 'happy to send', 'happy to drop off', 'happy to arrange',
  'happy to put together', 'happy to show you', 'happy to walk you through', 'glad to arrange', 'glad to share some',
  "i'd be glad to", 'i’d be glad to', 'i would be glad to', 'no obligation', 'no obligation at all', 'no pressure at all', 'no hard feelings', 'whenever convenient', 'at your convenience', 'if it would be helpful',
  'if that would help', 'if that sounds useful', 'if this is relevant', 'if that is relevant',
  'who handles', 'who looks after', 'we work with', "we've helped", 'we have helped', 'we supply', 'we partner with',
  'we have capacity', "we've got capacity", 'capacity for', 'slots opening', 'slots available', 'a few slots',
  'sponsorship slots', 'our clients', 'our customers', 'free sample',
  // A case study offered or owned, not one written for a job application or praised.
  'share the case study', 'share a case study', 'send a case study', 'send the case study', 'send you the case study', 'our case study', 'our case studies', 'full case study', 'a few samples',
  'send samples', 'some samples', 'a demo', 'a quote', 'quote for', 'dms open', 'my dms are open', 'inbox is open',
  // The soft ask at the end of a friendly post: bookings, spots, "if you want to try it".
  'if you want to try', "if you'd like to try", 'if you would like to try', 'if your team wants', 'wants in',
  'taking bookings', 'now taking bookings', 'taking 2026 bookings', 'taking 2027 bookings', 'bookings are open', 'bookings open',
  'spots still open', 'spots are still open', 'places left', 'details on our page', 'details on my page',
  'i also teach', 'i also run', 'i also make', 'i also sell',
  'you know where to find me', 'you know where to find us', 'you know where we are', "we're booking", 'we are booking',
  'sponsor slots', 'want a link', 'want the link',
  "i'd welcome a", 'i would welcome a', 'happy to come by', 'happy to come out', 'glad to come by',
  'come by for a coffee',
  // "I have two coaching spots opening this quarter", "We're offering a free visual check this month".
  'spots opening', 'coaching spots', 'books open', 'books are open', 'upload your cv', "we're offering a free", 'we’re offering a free', 'we are offering a free', "we're offering free", 'we are offering free',
];
// "To pharmacy owners in Lagos:", "For HR leads at…": addressing a role, not a person.
const ROLE_OPENER = /(?:^|\n)\s*(?:(?:a\s+(?:short\s+|quick\s+)?note\s+)?(?:to|for)|calling all|attention)\s+(?:all\s+)?(?:[\p{L}-]+\s+){0,4}(?:owners|managers|leads|directors|founders|teams|coordinators|buyers|practices|firms|companies|brands|businesses|agencies|landlords|schools|clinics|restaurants|venues|shops|retailers)\b/giu;
const re = phraseRegex(PHRASES);
// Reassurance around the offer ("no obligation at all", "if that would help"):
// the wrapper, not the pitch. Readers mark the offer it wraps, so these make
// the offers around them surer and carry no points of their own.
const WRAPPER_PHRASES = [
  'a short note to', 'a short note for', 'a quick note to', 'a quick note for',
  'no obligation', 'no obligation at all', 'no pressure at all', 'no hard feelings', 'whenever convenient', 'at your convenience',
  'if it would be helpful', 'if that would help', 'if that sounds useful', 'if this is relevant', 'if that is relevant',
  'our clients', 'our customers',
];
const WRAPPERS = phraseRegex(WRAPPER_PHRASES);
const WRAPPER_SET = new Set(WRAPPER_PHRASES);
/** An offer phrase that is all wrapper ("No  obligation" as typed, any case, either apostrophe). */
const isWrapper = (phrase: string) => WRAPPER_SET.has(phrase.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'"));
/** How much surer an offer is with a role opener or reassurance around it. */
const WRAPPED_FACTOR = 1.3;

const SOMEONE_ELSE_AFTER = /^\s+with (?:whoever|your|a |an |the |someone|somebody|them|him|her)\b/iu;

// "Are you the right person for…" opens a cold pitch; "they've got exactly the right person" praises someone hired.
const RIGHT_PERSON = /(?<!\b(?:got|found|hired|picked|chose|chosen|appointed)\s+(?:(?:exactly|absolutely|definitely)\s+)?the\s+)\bright person\b/giu;

export default defineRule({
  id: 'polite-pitch',
  axis: 'promotion',
  description: 'Polite business pitches: a note to a job title, "would you be open to a short call", "happy to send samples", "no obligation".',
  weight: -9,
  maxHits: 3,
  message: 'Polite, but the point is a sales meeting.',
  nudge: 'Help with their problem in the thread; offer the call only if they ask.',
  suggestions: ['Answer one of their questions in public', 'Drop the meeting request'],
  example: 'A short note for finance teams: would you be open to a 15-minute call? No obligation.',
  // "My DMs are open just to talk, no networking agenda": the writer says they gain nothing.
  mutedBy: ['disinterested'],
  check(ctx) {
    // The role opener's match may start with the line break before it.
    // Addressing a role is a weak cue alone: the offer that follows carries the pitch.
    const opener = matchSpans(ctx.text, ROLE_OPENER).map(({ start, end }) => ({ start: start + (/^\s*/u.exec(ctx.text.slice(start, end))?.[0].length ?? 0), end, factor: 0.5 }));
    const wrapped = opener.length > 0 || matchSpans(ctx.text, WRAPPERS).length > 0;
    const offers = [...matchSpans(ctx.text, re), ...matchSpans(ctx.text, RIGHT_PERSON)]
      .filter((m) => !isWrapper(m.match[0]))
      // "worth a quick chat with whoever does your books", "…with your GP": a chat with somebody else.
      .filter((m) => !SOMEONE_ELSE_AFTER.test(ctx.text.slice(m.end, m.end + 24)))
      .map((m) => ({ ...toClauseEnd(ctx.text, m), factor: wrapped ? WRAPPED_FACTOR : 1 }));
    // Addressing a role with no offer after it still reads as a cold pitch, mildly.
    return mergeOverlaps(offers.length > 0 ? offers : opener);
  },
});
