import { defineRule, dropOverlapping, matchCued, matchSpans, phraseRegex, type CuedPattern } from '../rule';
import { DISCLOSURE } from '../sale-words';

// Superlatives and hype words that describe a product, not an experience.
const PHRASES = [
  'world-class', 'world class', 'game-changer', 'game changer', 'game-changing', 'game changing',
  'revolutionary', 'revolutionize', 'revolutionise', 'best-in-class', 'best in class', 'cutting-edge',
  'cutting edge', 'industry-leading', 'industry leading', 'market-leading', 'unparalleled', 'unbeatable',
  'unmatched', 'groundbreaking', 'ground-breaking', 'disruptive', 'next-level', 'next level', 'state-of-the-art',
  'state of the art', 'best ever', 'the best on the market', 'number one', '#1', 'no. 1', 'must-have',
  'must have', 'life-changing', 'life changing', 'mind-blowing', 'mind blowing', 'jaw-dropping', 'seamless',
  'supercharge', 'skyrocket', 'ultimate', 'premium quality', 'top-rated', 'award-winning',
  'proven system', 'proven formula', 'secret formula', 'guaranteed results', 'money-back guarantee', 'money back guarantee',
  'satisfaction guarantee', 'pass guarantee', 'insane results', 'crush it',
  // The claim that there is no rival: said of one's own thing, never of a friend's news.
  'nothing else comes close', 'nobody else comes close', 'no one else comes close', 'nothing else compares', 'second to none',
  'accept no substitutes', 'no one else offers', 'nobody else in the',
  'no one else in the', 'nobody else can say',
];
const re = phraseRegex(PHRASES);
// No rival, in the many ways people say it, often with the writer as the yardstick: "Nothing else on the market comes
// close", "nobody else round here does that", "nothing else like it out there", "no other tool on the market", "the only
// sink plunger you'll ever need", "the most powerful reset you'll ever experience", "nobody shoots the pit like we do",
// "Nobody else stocks the Scandinavian backlist like we do", "No DJ in Accra reads a crowd like me", "nobody on here
// draws cats better than me", "nothing else does what this does", "no one else gives u live signals" (27 promotional
// training drafts, no other).
const NO_RIVAL = /\b(?:nothing|nobody|no one|no-one)(?: else)? (?:[\p{L}'’]+ ){0,4}(?:comes? close|compares)\b|\bnothing else like it\b|\bnobody else (?:round|around) here\b|\bno other [\p{L}-]+ (?:on the market|comes close)\b|\bthe (?:most|best|only) [\p{L} -]{1,40}? (?:you'?ll|you’ll|you will) ever (?:need|experience|try|taste|buy|wear|own|use|eat|drink)\b|\b(?:nobody|no one|no-one)(?: else)? (?:[\p{L}'’-]+ ){1,6}like (?:we do|i do|us|me)\b|\bno (?:other )?[\p{L}-]+(?: (?:in|on|round|around) [\p{L} ]{2,20}?)? (?:[\p{L}'’]+ ){1,5}like (?:me|us|we do|i do)\b|\b(?:nobody|no one|no-one)\b[^.!?\n]{0,50}?\b(?:better|more \p{L}+) than (?:me|us|we do|i do)\b|\bnothing else does what (?:this|it|ours|mine) does\b|\bno one else (?:gives|offers|does)\b/giu;
// "10x faster", "10x your pipeline" sell; "the track is 10x harder now" is praise for a friend.
export const TENX: readonly CuedPattern[] = [[/\b10+x (?:faster|cheaper|quicker|more|your|their|the|productivity|output|revenue|growth|roi|results|sales|leads|pipeline)\b/giu, ['0x ']]];
// Superlatives about the writer's own product: "we make the best sourdough in
// town", "our coffee is the only one worth the drive". "The best day ever"
// with no seller in the sentence is joy, not puffery.
const SUPER = String.raw`(?:[Tt]he|THE) (?:best|only|BEST|ONLY|finest|tastiest|cheapest|fastest|freshest|smartest|easiest|\p{L}{3,}iest)|best-value|second to none`;
const SUPER_AT = new RegExp(String.raw`\b(?:${SUPER})\b`, 'iu');
const OWN_SUPERLATIVE = new RegExp(String.raw`\b(?:we|our|my (?:shop|store|bakery|café|cafe|business|product|app|course|brand|studio|salon|service|company))\b[^.!?\n]{0,50}?\b(?:${SUPER})\b[^.!?\n]{0,30}`, 'giu');
// "The only piano studio in Calderdale", "the crispiest tacos in Bristol", "the highest-rated partner in Ireland", "the best signals
// community on the planet": a superlative staked on a place, where something is on sale.
const PLACE_SUPERLATIVE = new RegExp(String.raw`\b(?:${SUPER}|(?:[Tt]he |THE |(?<![\p{L}\d,] ))(?:[Mm]ost|MOST) \p{L}+|(?<![\p{L}\d,] )Best|[Tt]he highest|[Tt]he (?!(?:latest|nearest|interest|honest|forest|contest|request|harvest|modest|protest)\b)\p{L}{2,}est)(?:-(?:rated|reviewed|loved|selling))?(?: [\p{L}\d'’&/-]+){1,6} (?:in (?:town|the \p{Lu}[\p{L} ]{2,20}|the city|the county|the country|the uk|the us|the world|the area|the region|the north|the south|the midlands|\p{Lu}\p{L}+)|on the planet|on earth|in the valley|around|available(?: (?:right now|today|anywhere))?|on the market|out there|under [£$€]\d+|anywhere)\b`, 'gu');

// "SplashWell is the only swim school in the county where…", "I'm the only subtitler I know who…", "The Jade
// Method is the ONLY program that fixes…": the only one of its kind, of any kind but a person ("I'm the only
// person in the public gallery" is news, "she is the only teacher who…" is praise).
const ONLY_KIND = /(?<!\b(?:she|he|they|you|u|who|my \p{L}+|your \p{L}+|her|his) )\b(?:is|are|it'?s|it’s|i'?m|i’m|i am|we'?re|we’re|we are)(?: \p{L}+ly)? the only (?!(?:person|one|ones|people|thing|things|good|time|reason|way)\b)(?:[\p{L}>&-]+ ){1,4}(?:that|which|who|where|to|with|in|on|round|around|i know|for)\b[^.!?\n]{0,40}/giu;
// "The smoothest stout you'll drink this year", "the best sourdough you'll find": a claim about
// what the reader will get, where the writer sells their own ("ours", "mine"): "the
// best-run chaos you'll ever see" is a volunteer's praise of a food bank.
const OURS = /\b(?:our|ours|mine)\b/iu;
const YOU_WILL = /\b(?:best|\p{L}{3,}est|most \p{L}+)\b[\p{L}\d' -]{1,30}? you(?:'ll|’ll| will|'re ever| are ever| can)? (?:ever )?(?:find|drink|eat|taste|try|get|have|make|see|hear|read|buy)\b/giu;
// "Where's the best brunch?" "Ours, obviously 😌", "best vegan brunch in Bristol is ours": the writer's own place
// as the answer (4 promotional training drafts, no other).
const OURS_ANSWER = /(?<=^|[.!?\n]\s*)ours\b\W{0,3}obviously\b|\b(?:best|finest|only|most \p{L}+|\p{L}{3,}est)\b[^.!?\n]{0,50}\b(?:is|are) ours\b/giu;
// "Best birria this side of the Atlantic, no contest": no rival, where the writer sells.
const NO_CONTEST = /\bno contest\b/giu;
// The writer's own business in the draft ("our", "come try", "book"): then a placed superlative is theirs.
const OWN_WORDS = new RegExp(String.raw`\b(?:our|ours|mine|come (?:try|see|in|by|down)|book|order|dm)\b|${DISCLOSURE.source}`, 'iu');
// A superlative that opens its sentence is a tagline ("The cheapest fully-fitted tyres in South London, full
// stop.", "Hands down the crispiest birria in Bristol."): the seller's voice even with no "our" in the draft;
// "you deserve the biggest pizza in the world" and "it's the best intro out there" praise, they do not sell…
const TAGLINE_BEFORE = /(?:^|[.!?\n]|\p{Extended_Pictographic}\uFE0F?)\s*(?:(?:honestly|genuinely|hands down|simply|literally|easily|officially|quite simply),?\s+)?$/iu;
// …and stands alone: the place's name, then the end of the phrase ("The oldest pub in York has a ghost tour" is a fact).
const TAGLINE_AFTER = /^(?: \p{Lu}[\p{L}'’-]*)*\s*(?:[.,!:;—–-]|\p{Extended_Pictographic}|$|and\b)/u;
// "We had the best pizza in Naples" is an experience, not a claim.
const EXPERIENCED = /\b(?:had|ate|tried|found|went to|visited|been to|drank|got|ordered|saw)\s+$/iu;

// People praised with a superlative (3 human training drafts; the 4 promotional ones are caught by their other words).
const PRAISED_PEOPLE = /^(?:the |our )?(?:best|nicest|kindest|loveliest|greatest|sweetest)\s+(?:people|folks|customers|regulars|neighbours|neighbors|community|humans|bunch|members|volunteers)\b/iu;

export default defineRule({
  id: 'puffery',
  axis: 'promotion',
  description: 'Puffery and superlatives: "world-class", "game-changer", "#1", "revolutionary", and "we make the best … in town".',
  weight: -11,
  maxHits: 3,
  message: 'Hype words ask people to believe you rather than show them.',
  nudge: 'Swap the hype for one concrete detail.',
  suggestions: ['Replace the superlative with a specific fact', 'Describe what actually happened'],
  example: 'Our revolutionary, world-class app is a total game-changer.',
  // A fundraiser praises its cause ("the only place in town where Jamie can melt down"), not a product.
  // "Not us but honestly go to Spindle & Hum… best jazz section in the north": praise of someone else's shop.
  mutedBy: ['fundraising', 'disinterested'],
  check(ctx) {
    const words = [...matchSpans(ctx.text, re), ...matchSpans(ctx.text, NO_RIVAL), ...matchCued(ctx, TENX)].map(({ start, end }) => ({ start, end }));
    // The span is the superlative and what it praises, not the "we" before it.
    const own = matchSpans(ctx.text, OWN_SUPERLATIVE).flatMap(({ start, match }) => {
      const at = match[0].search(SUPER_AT);
      return EXPERIENCED.test(ctx.text.slice(Math.max(0, start + at - 14), start + at)) ? [] : [{ start: start + at, end: start + match[0].length }];
    });
    const selling = ctx.onSale || OWN_WORDS.test(ctx.text);
    const placed = matchSpans(ctx.text, PLACE_SUPERLATIVE)
      .filter((m) => (selling || (TAGLINE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start)) && TAGLINE_AFTER.test(ctx.text.slice(m.end, m.end + 40)))) && !EXPERIENCED.test(ctx.text.slice(Math.max(0, m.start - 14), m.start)))
      .map(({ start, end }) => ({ start, end }));
    const unrivalled = selling ? [...matchSpans(ctx.text, NO_CONTEST), ...(OURS.test(ctx.text) ? matchSpans(ctx.text, YOU_WILL) : [])].map(({ start, end }) => ({ start, end })) : [];
    const only = matchSpans(ctx.text, ONLY_KIND).map(({ start, end }) => ({ start: start + Math.max(0, ctx.text.slice(start, end).search(/the only/iu)), end }));
    const ours = matchSpans(ctx.text, OURS_ANSWER).map(({ start, end }) => ({ start, end }));
    const all = [...words, ...own, ...placed, ...only, ...unrivalled, ...ours].sort((a, b) => a.start - b.start);
    // "Our regulars really are the best people", "you lot are the best customers": praise of people, not of a product.
    return dropOverlapping(all).filter((h) => !PRAISED_PEOPLE.test(ctx.text.slice(h.start, h.end + 30)));
  },
});
