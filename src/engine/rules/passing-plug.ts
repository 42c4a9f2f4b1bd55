import { defineRule, matchCued, matchSpans, toClauseEnd, type CuedPattern } from '../rule';
import { DISCLOSURE } from '../sale-words';

// The writer's own thing mentioned in passing, at the edge of a real post:
// "(I'm booking 2026 now if you want…)", "the song's out friday", "streaming
// tonight, come lurk", "we're hiring", "I sell a few at the car boot". A
// modest ask for the writer's benefit: it moves a draft with no other cost
// into the middle band (base 77 - 8) and is highlighted, but it is quiet:
// it never nudges (Rule.quiet; DESIGN.md: a nudge only for a confident cost).

// Each family as one pattern; the span runs to the end of its clause.
// Each pattern with its cues (rule.ts CuedPattern): this rule was 16% of the rules' time before them.
export const PATTERNS: readonly CuedPattern[] = [
  // Availability: "I'm booking 2026 now", "still booking next year", "taking commissions for spring".
  // ("we're booking a holiday" is not: the booking needs a season, a year or "still"/"now").
  [/\b(?:i'?m|i’m|i am|we'?re|we’re|we are)\s+(?:(?:still|now)\s+booking|booking (?:\d{4}|next year|now)|(?:still\s+|now\s+)?taking (?:bookings|commissions|orders|clients|on clients))\b/giu, ['booking', 'taking']],
  // Room for new clients: "I have space for 1 new ongoing client", "I'm open for a new long-term client",
  // "we've got space for bookings in the autumn" ("we've got room for two more in the car" is a lift), "i am looking for more houses to clean", "I have Tues/Thurs openings",
  // "I have room for two new founders in March".
  [/\b(?:i|we)(?:'ve|’ve| have)? (?:got |now )?(?:(?:space|room) for (?:\d+ |one |two |a few |a couple of )?(?:new |more |ongoing )*(?:clients?|bookings?|students?|pupils?|projects?|commissions?|customers?|founders?|mentees?|learners?)|(?:openings?|availability|slots?) (?:from|on|starting))\b|\b(?:i'?m|i’m|i am|we'?re|we’re|we are) (?:now )?open for (?:a )?(?:new|more) (?:long-term )?(?:clients?|commissions?|bookings?|students?|projects?)\b|\blooking for (?:more|new|a few more) (?:houses|homes|clients|customers|students|pupils) to\b|\bi have (?:mon|tue|wed|thu|fri|sat|sun)\w*(?:\/\w+)? (?:\w+ )?(?:openings|slots)\b/giu, ['space', 'room', 'opening', 'availability', 'slot', 'open for', 'looking for']],
  // A release of one's own: "the song's out friday", "my book is out now", "it's on all the streaming things".
  [/\b(?:the|my|our|new)\s+(?:song|single|album|ep|track|book|memoir|zine|video|episode|podcast|mixtape)(?:['’]s| is| comes) out\b|\bon all (?:the )?streaming\b|\bself-published\b/giu, [' out', 'streaming', 'self-published']],
  // Streams, gigs and shows: "streaming tonight", "we're live at 8", "come lurk", "on the channel".
  // ("my kid is streaming tonight" is not: the writer streams).
  [/(?:^|\n|\b(?:i'?m|we'?re|i’m|we’re|i am|we are) )(?:streaming|live|playing|on stage) (?:tonight|tomorrow|today|at \d|from \d|this|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bcome (?:lurk|laugh at (?:me|us)|hang)\b|\bon the channel\b/giu, ['streaming', 'live', 'playing', 'on stage', 'come ', 'on the channel']],
  // A stream about to start: "going live in 20 min", "streaming minecraft hardcore tonight 9pm", "live on twitch at 8"
  // (not someone else's: "my kid is streaming tonight", "she's going live").
  [/(?<!\b(?:is|are|was|were)\s|['’]s\s)\b(?:going live|streaming|live on (?:twitch|youtube|kick))\b[^.!?\n]{0,30}?\b(?:tonight|today|tomorrow|tmrw|in \d+ ?min\w*|at \d|\d ?(?:pm|am)|now)\b/giu, ['going live', 'streaming', 'live on']],
  // One's own newsletter, zine, podcast or stream: "I do a fortnightly newsletter on…", "we run a little podcast".
  [/\b(?:i|we) (?:write|do|run|send|started|put out|make|host) (?:a|an|the|my|our) (?:[\p{L}-]+ ){0,3}(?:newsletter|zine|podcast|blog|substack|stream)\b/giu, ['newsletter', 'zine', 'podcast', 'blog', 'substack', 'stream']],
  // Where to find it, said in passing: "link pinned", "link in replies", "on our club page".
  [/\blink(?:['’]s)? (?:is )?(?:pinned|in (?:the )?replies)\b|\bon (?:my|our) (?:business|club|shop|studio|practice) page\b/giu, ['link', ' page']],
  // Selling or teaching on the side: "I sell a few at the car boot", "I coach people through this now", "I teach online".
  [/\bi (?:sell (?:a few|some|them|these|those)|coach (?:people|folks|women|men|parents|teams|clients)|teach (?:online|privately|lessons|it))\b|\b(?:fresh )?from us (?:on|at|in)\b/giu, ['i sell', 'i coach', 'i teach', 'from us']],
  // Something the writer does again and again for others to come to: "I do a hands-on class once a month",
  // "I write about this every Sunday in a short newsletter", "i list real ones every sunday".
  [/\b(?:i|we) (?:write|post|host|teach|stream|list|sell|do (?:a|an|short|little))\b[^.!?\n]{0,50}?\b(?:every|each|once a) (?:week|month|fortnight|day|morning|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/giu, ['every', 'each', 'once a']],
  // One's own stall or event: "doing a pop-up at the Brickyard", "on stand 14 on Sunday",
  // "we're having an open house", "the shop will be open too", "showroom open til 5", "come find us by the fountain", "we're open till 5 saturday".
  [/\b(?:doing|having|hosting|running) (?:a|an|our) (?:pop-?up|open house|open day|stall|market stall|signing|tasting|launch party)\b|\bon stand \d+\b|\bcome find (?:us|me)\b|\b(?:the|our|my) (?:shop|stall|hut|studio|caf[eé]|bakery|roastery)(?:['’]s| is| will be) open\b|\b(?:showroom|shop|studio|salon|bakery|taproom|kitchen|caf[eé])(?:['’]s| is)? open (?:til|till|until) \d|\bwe(?:['’]re| are) (?:also )?open (?:till|until|til|from \d|\d)/giu, ['doing', 'having', 'hosting', 'running', 'on stand', 'come find', ' open']],
  // A job opening of one's own: "we're hiring", "I'm hiring"; and a job sought or offered in passing (t70-t73: 4 mixed
  // training drafts, no other): "I'm looking for my next PM role", "I'm actually looking for an apprentice", "Spokesmith
  // is taking on a junior mechanic", "I've got a few data engineering roles open".
  [/\b(?:we(?:'re|’re| are)|i(?:'m|’m| am)) (?:actually |also |currently |still )?hiring\b|\bi(?:['’]m| am) (?:actually |currently |now |also )?looking for (?:my next|a new (?:role|job|position)|an? (?:apprentice|junior|trainee)\b)|\b(?:is|are|we(?:['’]re| are)|i(?:['’]m| am)) (?:now |currently )?taking on an? (?:junior|apprentice|trainee|new (?:starter|apprentice|mechanic|stylist))|\b(?:i(?:['’]ve| have)|we(?:['’]ve| have)) got (?:a few|some|\d+|two|three) [\p{L} -]{0,25}(?:roles|positions|jobs|vacancies) open\b/giu, ['hiring', 'looking for', 'taking on', ' open']],
  // Support asked in passing, and a table at a fair (t70-t73: mixed only): "I'm on GitHub Sponsors", "I'll have a table
  // of test tiles at Hebden market", "my damson chutney on the craft fair table".
  [/\b(?:i(?:['’]m| am)|we(?:['’]re| are)) on (?:github sponsors|patreon|ko-?fi|open ?collective)\b|\bi(?:['’]ll| will) have (?:a|my|our) [\p{L} -]{0,30}(?:table|stall|stand)\b|\bon the [\p{L} ]{0,20}(?:fair|market) table\b/giu, ['sponsors', 'patreon', 'ko', 'collective', 'table', 'stall', 'stand']],
  // A set at a named venue (case matters: the venue's name): "doing 20 new minutes at the Crooked Lamp tuesday".
  [/\bdoing [\p{L}\d ,-]{2,40} at the [A-Z][\p{L}]+(?: (?:&|and) [A-Z]\p{L}+| [A-Z]\p{L}+)? (?:on )?(?:mon|tue|wed|thu|fri|sat|sun|tonight|tomorrow|this|next)/gu, ['doing']],
  // What the writer sells or does at a named place: "i sell jars saturdays at the Osu market", "we sort those same day at Spokesmith", "we do running
  // assessments at StrideLab", "i do de-matting at the salon" (a place one works, not "my big shop at the market"; case matters: the place's name, not a day: "I do yoga on Thursdays"; "we make free
  // lunch at St Mark's" for nothing is muted with the rule where the writer says so).
  [/\b(?:[Ii]|[Ww]e)(?:['’]re| are| also| actually)? (?:sell|do|make|run|offer|stock|bring in|teach|bake|brew|roast|fix|sort|build|repair|service|hire out)\b[^.!?\n]{0,40}?\b(?:at|in|on|from) (?:the [A-Z][\p{L}]+|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)\b)[A-Z][\p{L}]+|@[\w.]+|(?:the )?(?:my|our) (?:shop|stall|garage|studio|salon|clinic|market|workshop|café|cafe|bakery|kitchen)|the (?:salon|studio|clinic|garage|workshop|surgery|practice)\b)/gu, [' sell ', ' do ', ' make ', ' run ', ' offer ', ' stock ', ' bring in ', ' teach ', ' bake ', ' brew ', ' roast ', ' fix ', ' sort ', ' build ', ' repair ', ' service ', ' hire out ']],
  // A service of one's own with its price: "i do home visits in LS12, £12 a visit", "I run beginner sessions … £5".
  [/\b(?:i|we) (?:do|make|build|stock|run|teach|offer|sell|fix|repair|take on)\b[^.!?\n]{0,60}?(?:[£$€]\s?\d|\d+\s?(?:quid|euros?|dollars?|pounds?)\b|\ba (?:tenner|fiver)\b)/giu, ['£', '$', '€', 'quid', 'euro', 'dollar', 'pound', 'tenner', 'fiver']],
  // A service of one's own named: "we do take a few commissions a year", "I do outdoor sessions", "we do build to order",
  // "I'm taking on 1-2 projects from May", "I teach mornings at …", "the ampoule i stock".
  [/\b(?:i|we) (?:do|also do|offer|make|take) (?:\w+ ){0,3}?(?:commissions|home visits|house calls|repairs|lessons|sessions|classes|portraits|tours|consultations|alterations|deliveries|delivery|to order|custom (?:orders|pieces|work)|bespoke \w+|call-?outs)\b|\b(?:i(?:'m|’m| am)|we(?:'re|’re| are)) (?:now |still )?taking on (?:\d|a few|a couple|new|one|two)\b|\bi teach (?:mornings|evenings|weekends|at|on|from|in)\b|\b(?:i|we) stock\b/giu, ['commissions', 'visits', 'house calls', 'repairs', 'lessons', 'sessions', 'classes', 'portraits', 'tours', 'consultations', 'alterations', 'deliver', 'to order', 'custom ', 'bespoke', 'call', 'taking on', 'i teach', 'stock']],
  // A service of one's own offered on a condition: "i do telehealth if ur in ohio", "I guide private trips in the Mara
  // if anyone is planning", "i knit those sleep sacks too if u ever want one".
  [/\b(?:i|we) (?:do|also do|knit|make|sew|bake|guide|host|run|teach|fix|repair|build|paint|draw|photograph|shoot|cater|coach|tutor|clean|groom|style|offer|take on)\b[^.!?\n]{0,60}?\bif (?:u|you|ur|you['’]re|anyone|any of|your)\b/giu, ['if ']],
  // Come to the writer: "bring her in for a £10 tidy", "bring them in to Clearwell for our £5 clean" (one word of place),
  // "bring it by the shop and I'll have a look", "we've got a slot at 2 tomorrow", "come see me", "ask for me", "I've got a free slot next tues",
  // "I'm round your way Thursday", "we've got a few on our shelf", "fresh ones in this week", "still has some aug dates".
  [/\bbring (?:her|him|them|it) (?:in (?:to [A-Z][\p{L}'’]+ )?(?:for|and (?:i|we|let us))|(?:by|round to|to) (?:the|our|my) (?:shop|garage|studio|salon|unit|stall))\b|\bcome see (?:me|us) (?:at|for)\b|\bask for me\b|\b(?:i|we)(?:['’]ve| have) got a (?:free )?slot\b|\bi(?:['’]m| am) round your way\b|\bon (?:our|my) shel(?:f|ves)\b|\b(?:we|i)(?:['’]ve| have)? got (?:some |a few )?(?:fresh |new )?(?:\w+ ){0,2}in (?:this|next) week\b|\bstill (?:has|have|got) (?:some|a few|a couple(?: of)?) (?:\w+ )?(?:dates|spaces|spots|places|slots|weeks|openings)\b|\bthere(?:['’]s| is) a paid (?:\w+ )?(?:kit|version|course|tier|plan|edition)\b/giu, ['bring', 'come see', 'ask for me', 'slot', 'round your way', 'shel', ' week', 'still', 'paid']],
  // The condition first, then the service: "If you get stuck I do lawn renovations", "If u want guide I also do
  // Langtang", "if you want more structure I give classes too" ("if you need a hand I can help" offers help, not a
  // trade: "can" is not here; nor "have"/"got": "if you see him tell him we got him").
  [/\bif (?:you|u|ya|ye|ur|anyone|any of)\b[^.!?\n]{0,60}?\b(?:i|we)(?:['’]re| are)? (?:also |even |do )?(?:do|offer|give|run|teach|make|sell|stock|rent|fix|carry|host|cater|hire out|guide|tutor|coach|knit|bake|bring in)\b/giu, ['if ']],
  // Come to the writer's stall, table or bar: "come say hi even if u don't buy anything", "come try it", "come have a
  // look at a few mended ones" ("come say hi to the new puppy" is a visit).
  [/\bcome (?:and )?(?:say (?:hi|hello)(?! to\b)|try (?:it|them|one)|taste (?:it|them)|have a look|sit in it)\b/giu, ['come ']],
  // Where one's own work is, named in passing: "the song she likes is on my bandcamp", "it's on our etsy";
  // "we've got fleece at the tills", "a few secondhand starter sets on the back shelf" (no human draft in training says these).
  [/\bon (?:my|our) (?:bandcamp|soundcloud|spotify|etsy|ko-?fi|patreon|substack|depop|vinted|youtube|website|site|blog|shop|store|insta|instagram|tiktok|twitch)\b|\b(?:we|i)(?:['’]ve| have)? got (?:some |a few |a couple of |plenty of |loads of )?(?:[\p{L}-]+ ){0,3}(?:at the (?:tills?|counter|front desk|door|stall)|on the (?:back |front )?shel(?:f|ves)|in (?:the shop|stock|store))\b/giu, ['on my', 'on our', 'got']],
  // One's own event's price, one's own service "too", room in the diary, a hire: "Tickets £12 from the gym desk",
  // "I do touch-ups too", "we have space Tuesday & Thursday", "I have Tuesday and Friday mornings free", "I have some free days", "still got 3 fridays in june free", "we are
  // looking for 2 instructors" (15 mixed, 3 promotional and 1 human training draft, a raffle's, between them).
  [/\b(?<!raffle )(?:tickets?|entry|admission)(?: are| is)? [£$€]\d|\b(?:i|we) (?:also )?do [\p{L} -]{3,25} too\b|\b(?:i|we) (?:have|['’]ve got|got) (?:space|room|slots?|spots?|availability|(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*(?: (?:and|&) (?:mon|tue|wed|thu|fri|sat|sun)\p{L}*)? (?:mornings?|afternoons?|evenings?) free|(?:some|a few|a couple of) free (?:days|dates|slots|spots|mornings|afternoons|evenings|weekends))\b|\b(?:got|have) (?:\d+|a few|some|a couple of) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|dates|weekends)(?: in \p{L}+)? free\b|\bwe(?:['’]re| are) (?:currently |also )?looking for (?:a|an|\d+|two|three|some) (?:part[- ]time |full[- ]time |new |junior |senior |qualified )?(?:[\p{L}-]+ )?(?:instructors?|attendants?|staff|baristas?|chefs?|cooks?|assistants?|engineers?|developers?|drivers?|cleaners?|technicians?|stylists?|teachers?|tutors?|coaches?|managers?|apprentices?)\b/giu, ['ticket', 'entry', 'admission', ' too', 'have', 'got', 'looking for']],
  // One's own book or guide, "we also do": "i wrote a whole book about this", "chapter 3 of my guide", "We also do a
  // free study-skills drop-in" (with "we've got a slot" and "bring it by the shop", above: 14 mixed and promotional
  // training drafts, no human one).
  [/\b(?:i|we) (?:wrote|write) (?:a|my) (?:whole |little |short )?(?:book|guide|ebook)\b|\b(?:of|in) my (?:little )?(?:book|guide|ebook|cookbook)\b|\b(?:we|i) also do (?:a |an )?/giu, ['wrote', 'write', 'my book', 'my guide', 'my ebook', 'cookbook', 'also do']],
  // A gig at a named venue: "we're playing the Fleece on friday", "we're on at the Old Bell tonight" (case matters: the venue's name).
  [/\b(?:[Ww]e(?:'re|’re| are)|[Ii](?:'m|’m| am)|[Ww]e|[Ii]) (?:playing|play|on) (?:at )?(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:on |this |next |tonight|tomorrow|[Ff]ri|[Ss]at|[Ss]un|[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu)/gu, ['play', ' on ']],
  // Where the writer posts their own work: "I post matatu stories on TikTok", "I've been putting my recipes on youtube
  // too" (5 mixed training drafts, no other).
  [/\b(?:i|we)(?:['’]ve been| also)? (?:post|posting|put|putting|share|sharing|upload|uploading)\b[^.!?\n]{0,40}?\bon (?:tiktok|youtube|yt|instagram|insta|ig|twitch|substack|patreon|the blog|my blog|the channel)\b/giu, ['tiktok', 'youtube', ' yt', 'insta', ' ig', 'twitch', 'substack', 'patreon', 'blog', 'channel']],
  // The writer names the plug: "small plug, we're the green truck", "shameless plug", "a little plug for our off-piste
  // days", "no hard sell, promise", "if you don't mind me mentioning it" (15 mixed and 1 promotional training draft, no
  // human one; "not a plug" is not here).
  [/\b(?:small|shameless|cheeky|obligatory|self-?|quick) plug\b|\b(?:little|wee|tiny) plug (?:for|:)|\bno hard sell\b|\bif you don['’]t mind me mentioning\b|\bnot to be that guy,? but\b/giu, ['plug', 'hard sell', 'mind me mentioning', 'that guy']],
];

// A stake disclosed: "full disclosure, I work there", "I'm biased since I built it" (sale-words.ts DISCLOSURE).
const STAKE = new RegExp(DISCLOSURE.source, 'giu');

export default defineRule({
  id: 'passing-plug',
  axis: 'promotion',
  description: 'Your own thing in passing: "(I\'m booking 2026 now)", "the song\'s out friday", "streaming tonight, come lurk", "we\'re hiring"; highlighted and moves the band, never nudged.',
  weight: -8,
  quiet: true,
  maxHits: 1,
  message: 'A small plug for your own thing, in passing.',
  nudge: 'Fine in moderation; if the post is about something else, the plug can wait for those who ask.',
  suggestions: ['Keep it to one short line', 'Let people ask about it'],
  example: 'Family group shots BEFORE the drinks reception, trust me. (I\'m booking 2026 now if you want someone to hunt Uncle Dave down.)',
  // "Not for money", "nothing to sell": the writer says they gain nothing.
  mutedBy: ['disinterested'],
  check(ctx) {
    // A disclosed stake is its own words ("I'm biased"); what follows is the claim, another rule's.
    const stakes = matchSpans(ctx.text, STAKE).map((m) => ({ ...m, stake: true }));
    const plugs = matchCued(ctx, PATTERNS).map((m) => ({ ...m, stake: false }));
    // The first in the text; a plug before a stake at the same place (sort is stable).
    const [first] = [...plugs, ...stakes].sort((a, b) => a.start - b.start);
    if (!first) return [];
    // A match at a line start carries the line break: the span starts at the words.
    const span = { start: first.start + (/^\s*/u.exec(first.match[0])?.[0].length ?? 0), end: first.end };
    return [first.stake ? span : toClauseEnd(ctx.text, span)];
  },
});
