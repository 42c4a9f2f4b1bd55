import { SELLER_ASK } from '../sale-words';
import { MODEST_ASK, defineRule, inUrl, matchSpans, phraseRegex, sentenceAt } from '../rule';

// The asks of a fundraiser that point at where to give: a link, a message.
const GIVING_ASK = /\b(?:links?|dm|pm|message|inbox|email|text)\b/iu;
// The asks of a free event or a call for volunteers (not a job): getting in touch or turning up costs nothing
// ("sign up at the link" still costs half: a free webinar can be a lead magnet).
const FREE_ASK = /^(?:message me|dm me|send me a message|drop me a message|drop me a line|write me|join us)$/iu;

// Phrases that are a call to action wherever they appear.
const ALWAYS = [
  'link in bio', 'link in my bio', 'link in profile', 'link in my profile', "link's in my profile", "link's in my bio", 'linked in bio', 'linked in my bio', 'linked in our bio', 'link in our bio', "link's in our bio", "number's in our bio", 'inbox me', 'link in the comments', 'link below', 'click the link', 'click here', 'follow the link',
  'tap the link', 'use code', 'use my code', 'promo code', 'dm me for', 'dm me to', 'dm me "', 'message me for',
  'shop now', 'buy now', 'order now', 'sign up now', 'sign up today', 'register now', 'register today',
  'download now', 'subscribe now', 'join now', 'book a call', 'book your', 'grab yours', 'grab your copy',
  'get yours', 'get your copy', 'order yours', 'claim your', 'reserve your spot', 'secure your spot',
  'save your seat', 'learn more at', 'find out more at', 'visit our website', 'visit my website',
  'check out my', 'check out our', 'head over to', 'add to cart', 'pre-order', 'preorder',
  'here is how to get it', "here's how to get it", 'get started today', 'start your free',
  'message me', 'send me a message', 'dm me', 'hop on a call', 'jump on a call', 'quick call', 'book a demo',
  'get a quote', 'upgrade now', 'upgrade today', 'try it free', 'try it now', 'try it today', 'try for free',
  'apply now', 'enroll now', 'enrol now', 'join us', 'join my', 'join our', "let's connect", 'connect with me',
  'sending you a connection request', 'just sent you a dm', 'sent you a dm', 'learn more', 'see more at',
  'available at', 'available on amazon', 'link in the first comment', 'link in first comment', "link's in",
  'link in my featured', 'link in the featured', 'you know who to call', 'orders by message', 'dm to order',
  'get yours today', 'get the app', 'download the app', 'install the app',
  // A code given to the reader is a coupon: "first month for £1 with code BDAY2".
  'with code', 'with my code', 'with the code', 'code at checkout',
  'dm for', 'dm to book', 'dm to order', 'and subscribe', 'link in comments', 'links in comments', 'follow if', 'follow for more',
  'book at', 'book via', 'book online', 'book through', 'connects with me',
  // A release's ask and a firm's (t70-t73: 2 promotional training drafts, no other): "pre-save: link", "get in touch for a review slot".
  'pre-save', 'presave', 'get in touch for',
  // Tickets where the link is (s33-s36: promotional only): "Leeds 12th, York 14th. tix in bio".
  'tix in bio', 'tix in my bio', 'tickets in bio', 'tickets in my bio', 'tickets in our bio',
  // "Write me priv!", "just write us": message me, as many non-native writers say it.
  'write me', 'write us', 'link sa bio',
  // The same in Taglish: "pm mo ko", "PM po", "pm lang" (5 promotional and 2 mixed training drafts, no human one).
  'pm mo ko', 'pm po', 'pm lang', 'pm nyo ako', 'dm po', 'msg po',
  // "msg for prices", "pm for details" (8 promotional training drafts, no other).
  'msg for prices', 'msg for price', 'message for prices', 'message for price', 'pm for prices', 'pm for price',
  'inbox for prices', 'inbox for price', 'msg for details', 'pm for details',
  // The same asks from a business speaking as "us" ("Message us your dates", "just drop us a message!").
  'message us', 'drop us a message', 'drop us a line', 'drop us a dm', 'drop me a message', 'drop me a line', 'drop me a dm',
  'dm us', 'pm us', 'inbox us', 'whatsapp us', 'email us', 'call us', 'give us a call', 'give us a ring',
  // A business page's own asks: "Message the page to book yours", "bring it in to us".
  'message the page', 'message our page', 'book yours', 'pm me', 'msg me', 'msg us', 'bring it to us', 'bring it in to us', 'bring them to us', 'bring them in to us',
];

// Verbs that are a call to action when they open a sentence (bare
// imperative: "Buy the kit", "Subscribe for more"); "I signed up" is not.
const IMPERATIVE_VERBS = [
  'buy', 'order', 'sign up', 'register', 'download', 'subscribe', 'shop', 'enroll', 'join', 'grab',
  'book', 'purchase', 'get yours', 'claim', 'follow me', 'follow us', 'dm me', 'click', 'visit', 'upgrade',
  'get', 'try', 'install', 'apply', 'message me', 'grab', 'switch', 'migrate',
];

// Asking for donations to a friend's or a cause's fundraiser is not selling
// (the essays' test: a person in a conversation), so "donate" is not here.

// Verbs that are also plain advice ("get a hand grinder", "try the free
// tier"): they count only with a seller around them in the sentence, and in
// replies and comments every opening verb needs one.
const ADVICE_VERBS = new Set(['get', 'try', 'grab', 'switch', 'install', 'download', 'buy', 'order', 'visit', 'book', 'apply', 'join', 'migrate', 'click', 'upgrade']);

// Softeners that may precede an imperative at the start of a sentence.
const LEAD_IN = "(?:(?:so|just|now|go|and|please|then|don't forget to|make sure to|be sure to|simply|today)[\\s,]+)*";

// What may follow an opening verb without it being a call to action.
// …nor "go buy their cinnamon buns", "grab a cheap second hand tablet": somebody else's, or advice on what to look for.
const NOT_SELLING_AFTER = /^\s+(?:well|better|some\s+(?:rest|sleep)|home|ready|used\s+to|to\s+(?:know|rest|sleep)|outside|together|it\s+done|through|over\s+it|their|his|her|an?\s+(?:cheap|cheaper|used|second[- ]?hand|secondhand|refurbished))\b/iu;
const always = phraseRegex(ALWAYS);
// The asks of a business as "us" ("DM us", "message us"): in a reply that says sorry they are customer
// service ("really sorry, … if it's not back by 5pm DM us"), not a sale.
const US_ASK = /\bus\b/iu;
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies)\b/iu;
// "message me if you get stuck", "message me if you can help", "drop me a message when you're ready for visitors":
// help offered or asked for, not a sale.
const HELP_AFTER = /^,?\s+(?:if (?:you|u) (?:get stuck|can help|need (?:a hand|help|anything|someone to talk)|have (?:any )?questions|want to help|(?:'re|’re|are) struggling|fancy helping|can spare)|when (?:you|u)(?:'re|’re| are| r) ready for (?:visitors|company|a visit))\b/iu;
// …and before: "if u need crate training tips just msg me".
const HELP_BEFORE = /\bif (?:you|u) (?:ever )?(?:need|want) (?:any |some )?(?:[\p{L}-]+ ){0,2}(?:help|tips|advice|a hand|anything|someone to talk to)\b[^.!?\n]{0,20}$/iu;
const opener = new RegExp(
  `(?:^|[.!?\\n]\\s*|[-–—:•👉➡️🔗]\\s*)${LEAD_IN}(${IMPERATIVE_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|')})(?![\\w'])`,
  'giu',
);

export default defineRule({
  id: 'call-to-action',
  axis: 'promotion',
  description: 'Calls to action: buy, order, sign up, register, download, subscribe, shop, "link in bio", "DM me for", "use code".',
  weight: -18,
  maxHits: 3,
  message: 'A call to action turns a conversation into an ad.',
  nudge: 'Drop the call to action; if the post is useful, people will ask.',
  suggestions: ['Remove the call to action', 'Ask what they need instead'],
  example: 'Our new course is live. Sign up today and use code SAVE20!',
  // It is not an ask when the writer says they gain nothing ("nothing to sell").
  mutedBy: ['disinterested'],
  check(ctx) {
    const support = ctx.answering && APOLOGY.test(ctx.text);
    const hits = matchSpans(ctx.text, always).filter((m) => !(support && US_ASK.test(m.match[0]))).map(({ start, end }) => ({ start, end }));
    for (const m of matchSpans(ctx.text, opener)) {
      const verb = m.match[1] ?? '';
      const end = m.end;
      // "Get well soon", "Try to rest": wishes and advice, not sales.
      if (NOT_SELLING_AFTER.test(ctx.text.slice(end, end + 16))) continue;
      const start = end - verb.length;
      const sentence = sentenceAt(ctx, start)?.text ?? '';
      const advice = ctx.answering || ADVICE_VERBS.has(verb.toLowerCase().split(/\s+/)[0] ?? '');
      if (advice && (ctx.answering || ['get', 'try', 'grab', 'switch'].includes(verb.toLowerCase())) && !SELLER_ASK.test(sentence)) continue;
      if (!hits.some((h) => start < h.end && end > h.start)) hits.push({ start, end });
    }
    // "Link below" or "DM me" in a fundraiser points at where to give.
    return hits
      .filter((h) => !HELP_AFTER.test(ctx.text.slice(h.end, h.end + 40)) && !HELP_BEFORE.test(ctx.text.slice(Math.max(0, h.start - 80), h.start)))
      .filter((h) => !inUrl(ctx, h) && !(ctx.fundraising && GIVING_ASK.test(ctx.text.slice(h.start, h.end))))
      .filter((h) => !(ctx.freeEvent && FREE_ASK.test(ctx.text.slice(h.start, h.end))))
      // "Apply here", "DM me" in a job post ask for a real role, "sign up" to a free workshop costs nothing: modest asks.
      .map((h) => (ctx.modestAsk ? { ...h, factor: MODEST_ASK } : h))
      .sort((a, b) => a.start - b.start);
  },
});
