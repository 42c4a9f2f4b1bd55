import { defineRule, matchSpans, mergeOverlaps, phraseRegex, toClauseEnd } from '../rule';

// The polite business announcement: the company is the subject and the
// news is its service ("Willow Dental now offers evening appointments",
// "we're now accepting new clients", "that's what we do at Harbour Talent",
// "we've got availability from Feb"). No "buy now" in sight, and still an ad.
const PHRASES = [
  'now shipping to', 'now ships to', 'now offers', 'now offering', 'now accepting', 'now taking', 'now open for', 'now booking', 'now available',
  // "Driftwell now supports OpenTelemetry", "available today on all plans": a product update is an announcement.
  'now supports', 'now integrates with', 'now syncs with', 'now works with', 'available today on',
  'now stocks', 'now stocking', 'now delivers', 'now delivering', 'now serving', 'now open',
  "we're now", 'we are now', 'we now offer', 'we now have', 'we now do',
  'request a demo', 'book a consultation', 'book a free', 'schedule a demo', 'schedule a call',
  "that's what we do", 'that is what we do', 'exactly what we do', 'exactly the problem we solve', 'what we do at',
  "we've got availability", 'we have availability', 'we have a few dates', 'a few dates left', 'a few spaces left',
  'spaces for january', 'opened three', 'opened two', 'opened a few', "i've opened up", 'i have opened up',
  'we specialise in', 'we specialize in', 'we provide', 'we supply', 'we deliver', 'we do same-day', 'we make small runs',
  "we've started supplying", "we've started looking after", 'we look after', 'we run this for', 'we set this up for',
  'new patients are welcome', 'new clients welcome', 'new customers welcome', 'taking new clients', 'accepting new',
];
const re = phraseRegex(PHRASES);
// Openings counted out: "I've opened 4 slots for Year 9–11" (not "I've opened an issue").
const OPENED = /\bopened (?:up )?\d+ (?:[\w:-]+ )?(?:slots?|spaces?|spots?|places?|sessions?|reviews?)\b/giu;
// The service with its area, a named place ("we do the school run across town" is not): "we do full garden clearances across north Leeds", "we cater team days all over Yorkshire".
const SERVICE_AREA = /\b[Ww]e (?:do|cater|cover|install|fit|repair|clean|deliver|run|supply|service) [^.!?\n]{3,50}?\b(?:across|around|throughout|all over|all of) (?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral|[Gg]reater) )?\p{Lu}[^.!?\n]{1,30}/gu;

// What an employer now offers its own staff is workplace news, often joy: "our company now offers 6 months FULLY PAID
// parental leave", "now offers a 4-day week".
const STAFF_BENEFIT = /^[^.!?\n]{0,30}?\b(?:(?:parental|maternity|paternity|sick|bereavement|menopause|fertility) leave|sick pay|(?:4|four)[- ]day (?:work )?week|to (?:all|its|our) (?:staff|employees|workers))\b/iu;

export default defineRule({
  id: 'company-offer',
  axis: 'promotion',
  description: 'Polite business announcements: the company as the subject of a service ("now offers", "now accepting", "request a demo", "that is what we do").',
  weight: -12,
  maxHits: 2,
  message: 'A calm announcement of your service is still an ad.',
  nudge: 'Share something useful from your work, or answer a question; let people ask about the service.',
  suggestions: ['Tell one story from the work instead', 'Answer a question your customers often ask'],
  example: 'Willow Dental now offers evening appointments on Tuesdays. To book, ring the front desk.',
  check(ctx) {
    const hits = [...[...matchSpans(ctx.text, re).filter((m) => !STAFF_BENEFIT.test(ctx.text.slice(m.end, m.end + 60))), ...matchSpans(ctx.text, OPENED)].map((m) => toClauseEnd(ctx.text, m)), ...matchSpans(ctx.text, SERVICE_AREA).map(({ start, end }) => ({ start, end }))];
    return mergeOverlaps(hits);
  },
});
