// One vocabulary for "something is on sale here", "money for a cause" and
// "a price as information", shared by the rules that cost offers, links,
// asks and weak cues. Data only; each list says what it is for.

/**
 * Ways to order, book or pay the writer. Part of every "on sale" test
 * below, so a draft with "DM me to order" is on sale for all of them.
 */
const ORDERING = String.raw`order (?:now|yours|today|here|online)|to order|pre-?orders?|dm (?:me|us)|message (?:me|us)|(?:link|shop|store) in (?:my |our |the )?bio|book (?:now|yours|today|a slot|your|online|through|via)|(?:use|promo|discount) code|in stock|available now|now available|sign up|free trial|pop in|ships (?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|worldwide|free|next)`;

/**
 * A sentence in which the writer sells (offer-pricing: a price here is the
 * writer's own): their prices and rates, ordering, a code, "we built".
 */
export const SELLER_SENTENCE = new RegExp(
  String.raw`\b(?:${ORDERING}|we sell|we offer|we charge|i sell|i charge|i offer|i make|our (?:price|prices|rates?|pricing|plans?|packages?|menu|boxes|kits?|course)|my (?:rates?|prices?|packages?|shop|store|studio|salon|course|class|classes|services?|sessions?)|i built|we built|if you(?:'d| would)? (?:want|like) to try|(?:on|in) (?:my|our) (?:page|shop|site|website|profile)|cancel (?:any ?time|whenever)|front desk|ours is|we(?:'re| are) doing|i made (?:one|these|them)|(?:my|our) [\w-]+(?: [\w-]+){0,4} (?:is|are)(?= [$€£₱₹])|plans? start)\b`,
  'iu',
);

/**
 * A sentence whose advice verb ("get", "try") is the writer's ask
 * (call-to-action): the writer or the reader's copy is in it, or a way to buy.
 */
export const SELLER_ASK = new RegExp(
  String.raw`\b(?:${ORDERING}|my|our|us|we|me|mine|yours|your copy|today|now|here|link|bio|code|spots?|seats?)\b|\d\s?% off\b`,
  'iu',
);

/**
 * Words that show something is on sale anywhere in a draft: the seller, the
 * shop, the ordering or a price. Weak cues ("are back", "this weekend only")
 * count only with one of these around: "the ducks are back on the pond" is
 * news of life, "the scones are back, see you at the counter" is shop news.
 */
export const SALE_CONTEXT = new RegExp(
  String.raw`\b(?:${ORDERING}|shop|store|stock|orders?|menu|prices?|sale|offer|deal|discount|code|points|purchases?|tickets?|spots?|seats?|places|book(?:ing)?|register|come (?:in|by|down)|grab|get yours|link|stall|batch|counter|see you|colou?rs|sizes|flavou?rs|fresh|new|till (?:it'?s|they'?re|it is) gone|while they last|come (?:early|say hi)|get (?:there|here|down) early|bogof|bogo|buy one,? get one|(?:we )?only make \d+|\d+ (?:portions|loaves|trays|batches|jars|boxes))\b|[£$€₱₹]\s?\d|\d\s?%`,
  'iu',
);

/**
 * A draft raising money for somebody (a fundraiser, a sponsored run, a
 * collection): its link is where to give, not a shop, so "link below, even a
 * quid helps" is not a sales link; and a drive for goods ("winter coat appeal", "food drive"), a fund started
 * for someone ("we're at £6,100 of £9,000"), a benefit gig.
 */
export const FUNDRAISING = /\b(?:donat(?:e|ed|ion|ions|ing)|contribute (?:to|towards)|(?:we(?:'re|’re| are)|i(?:'m|’m| am)) collecting|a collection for|raffl(?:e|ed|ing)|(?:all|every) (?:the )?(?:money|proceeds) (?:goes|go) to|proceeds (?:go|goes) to|hospice|rais(?:e|ed|ing) (?:money|funds|£|\$|€)|(?:is|are) collecting (?:for|donations)|collecting donations|(?<!#)fundrais\w*|sponsor(?:ed)? (?:me|her|him|them|us)|every (?:single )?(?:penny|pound|unit|dollar|bit)|even a (?:quid|fiver|tenner)|even [£$€]\d+|chip in|chuck in|go ?fund(?: ?me)?|(?:set|setting) up a (?:little |small )?(?:pot|collection|fund|kitty)|(?:the |an )?online collection|a (?:small |little )?fund for|(?:the|our) (?:playground|school|roof|building|appeal|memorial|relief|rebuild) fund|justgiving|givealittle|whip-?round|collection tin|the hospice|for (?:the )?charity|(?:his|her|their|['’]s) (?:\w+ )?fund|goes to (?:the|his|her|their) \w+ fund|off (?:the|her|his|their|our) target|(?:coat|food|toy|winter|clothes|clothing|christmas|xmas|blanket|uniform|donation) (?:appeal|drive)|for the appeal|chipped in|(?:started|start|starting) a (?:\w+ )?fund|(?:we(?:'re|’re| are)|she(?:'s|’s| is)|he(?:'s|’s| is)|they(?:'re|’re| are)) at [£$€]\d[\d,.]*k? of [£$€]\d|benefit (?:gig|night|concert|show))\b/iu;

/**
 * The writer says they gain nothing ("no affiliation", "nothing to sell",
 * "I don't get anything for saying this", "not touting", "she's not selling
 * anything", "none of it goes to me", "nobody pays me for this", "I'm not involved with the project"): a recommendation or a free offer, not
 * a plug. "Not an ad" is left out: it opens influencer ads as often as not.
 */
export const DISINTERESTED = /\b(?:no affiliation|not affiliated|(?:i|we) (?:don'?t|don’t|do not) get anything|nothing to sell|nothing to do with (?:us|me)|not us,? (?:i'?m afraid|but)|(?:(?:i|we) )?get nothing (?:from|out of) (?:this|it)|(?:i|we) get nothing(?=[\s,.!)]|$)(?! (?:done|else|right|back))|nothing (?:to buy|for sale)|not sponsored|not on commission|not (?:paid|involved|related)(?=[,.;!)]| or| and| in any)|no strings(?: attached)?|not touting|(?:i|we) (?:don'?t|don’t|do not) work (?:with|for) (?:her|him|them)|just a (?:happy|satisfied|very happy) customer|no kickbacks?|(?:i'?m|i’m|i am) not (?:paid|selling)|not for (?:money|profit)|not my (?:shop|business|page|store|company|channel|book|podcast|stream|video|product|app)|no (?:networking |sales |hidden )?agenda|just to talk|not selling anything|none of it goes to (?:me|us)|(?:nobody|no one) pays me|(?:i'?m|i’m|i am) not involved (?:with|in))\b/iu;

/**
 * The writer discloses a stake in what they praise ("full disclosure, I work
 * there", "I'm biased since I built it", "I'm the founder"): the thing is theirs.
 */
export const DISCLOSURE = /\b(?:(?:full disclosure|in full honesty|disclosure|disclaimer)(?=[,:)\s-]+(?:i|we)\b)|(?:i'?m|i’m|i am) (?:a bit |totally |obviously |very |a little )?biased\b|(?:since|because|as|bc|cos|coz) (?:i|we) (?:built|made|designed|wrote|founded|run|own) it\b|\byes,? (?:i|we) (?:built|made|designed|wrote) it\b|\beven (?:if|though) (?:i|we) (?:didn['’]?t|did not) (?:build|make|design|write) it\b|(?:i'?m|i’m|i am) (?:the|one of the|a) (?:co-?)?founders?\b)/iu;

/**
 * The writer warns someone off paying: "don't pay that agency", "dont buy the £35 fob watch", "do NOT pay that
 * place $289" (127 human training drafts, 18 mixed, 12 promotional). Then the prices around are advice. Not a
 * seller's guarantee ("or you don't pay") and not shouted ("DON'T PAY THE £100 FINE!!").
 */
export const WARNS_OFF_PAYING = /(?<!\b(?:you|u) )\b(?:[Dd]on['’]?t|[Dd]ont|[Dd]o (?:not|NOT)|[Nn]ever) (?:pay|buy|spend)\b/u;

/** Words just before "new in" that make a person new in a place ("I am new in this area", "we're new in town"). */
export const NEWCOMER_BEFORE = /\b(?:i am|i'm|i’m|we are|we're|we’re|they are|they're|he is|she is|he's|she's|still|quite|fairly|pretty)\s*$/iu;

/** Words of a job around a wage ("£12.50/hr" next to "shifts" or "role" is pay, not a price). */
export const HIRING = /\b(?:hiring|looking for (?:someone|a|an)|we need \d|need an? [\p{L}-]+!|apprentice|vacanc\w+|job|role|position|part-time|full-time|shifts?)\b/iu;

/**
 * A job post: the writer hires ("we're hiring", "looking for an apprentice",
 * "we're short 3 RNs on nights"). Its asks ("DM me", "apply here") are a
 * modest ask for a real role, not a sale. Narrower than HIRING: "great job"
 * and "role model" are not job posts.
 */
export const JOB_POST = /\b(?:hiring|we(?:'re|’re| are) looking for (?:a|an|someone|\d)|looking for (?:a|an) [\p{L}-]+(?: [\p{L}-]+)? to join|vacanc(?:y|ies)|apprentice(?:ship)?|job (?:post|opening|ad|offer)|(?:open|new) (?:role|position)s?|part-time|full-time|(?:bar|night|day|weekend|morning|evening) shifts?|referral bonus|we(?:'re|’re| are) short \d+)\b/iu;

/**
 * A free event or gathering of the writer's ("a free 30-minute workshop",
 * "it's free, there'll be food", "just turn up", "volunteers needed"): signing up costs nothing, so its asks are
 * modest. Webinars and masterclasses are left out: free ones are lead magnets.
 */
export const FREE_EVENT = /\b(?:free (?:\d+[- ]minute |\w+ )?(?:drop-in|workshop|meetup|meet-up|talk|session|evening|event|class|walk|clinic|screening|gig|concert|entry|admission)s?|(?:it'?s|it’s|entry is|admission is|all) free|free to (?:attend|join|come)|no charge|free of charge|just turn up|no need to (?:book|sign up|register)|(?:volunteers?|helpers?) (?:needed|wanted)|(?:need|needs|looking for|calling (?:all|for)) (?:(?:more|a few|a couple|some|new|two|three|extra) ){0,2}volunteers)\b/iu;

/**
 * Words just before a price that make it information, not an offer: what
 * someone paid, was charged or is raising ("I got mine for about $60",
 * "the ones charging £600", "seen it go from $140 to $22", "ours were £1.25 each from the pound shop",
 * "they have dresses from £150", "ordered the fabric samples first at £12 each", "I was paying nearly £100 a month").
 */
export const PRICE_ADVICE = /\b(?:(?:i|we|they) (?:got|paid|bought|spent|used|switched|tried|found)|they (?:have|had|sell|sold|do|did)|ordered (?:the|a|an|some|mine|ours|them|it)|(?:i've|i have) seen|go(?:es)? from|went from|dropped from|charging|(?<!\b(?:we|i) )charges?|cost (?:me|us|them)|it was|was about|about|around|for like|like(?=\s*$)|roughly|under|ask (?:for|the|your|if)|bill|chip in|raised|raising|donat\w*|goal|saved|instead of|rather than|worth|don'?t (?:buy|pay|spend)|(?:i|we) use|membership|target|wanted|shop around|comparison|quoted|(?:his|her|their|'s) fund|(?:ours|mine|theirs) (?:were|was|cost|came to)|(?:was|were|been) paying|nearly)\b/iu;

/**
 * A discount code handed to the reader: "code RUNWITHJO", "Code: BDAY2", "with code TEN"; the code itself in
 * capitals and starting with a letter, so "the code above", "zipcode" or "error code 404" is not one.
 */
export const PROMO_CODE = /(?<![\w@])[Cc]ode\s*:?\s*[A-Z][A-Z0-9]{2,}\b/gu;
