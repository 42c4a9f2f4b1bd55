// Words that never carry cost on their own: function words and warm words.
// A finding that costs points must name something more than these ("thank
// you", "happy to", "this", "you", "one week" move nothing by themselves);
// the learned layer does not weigh a word or pair made only of them, and the
// engine drops any cost finding whose words are all in this list
// (DESIGN.md: explanations are the causes).
export const PLAIN_WORDS: ReadonlySet<string> = new Set(
  [
    // thanks, warmth, congratulations, politeness
    'thank thanks thankful thx ty tysm grateful gratitude appreciate appreciated happy glad love loved lovely',
    'congrats congratulations proud welcome sorry hope hoping wish wishes kind kindly please pls plz dear',
    // pronouns and their contractions
    "i me my mine we us our ours you your yours you're youre you'll you've you'd u ur he him his she her hers",
    "they them their theirs it its it's i'm im i've ive i'll i'd we're we've we'll let's lets",
    // articles, prepositions, conjunctions
    'a an the this that these those to of in on at for with from by about as into onto over under after before',
    'up down out off so and or but if then than because while until via per',
    // auxiliaries and very common verbs
    'is are was were be been being am do does did done have has had having will would can could should may might must',
    "get got go going went make made take took see saw say said know think feel want need don't dont can't cant",
    // quantifiers and adverbs
    'not no yes just all any some one two three every each more most much many very really too also still even',
    'only here there now then again well lol',
    // time words
    'today tonight tomorrow yesterday week weeks weekend month months year years day days time times morning night',
  ]
    .join(' ')
    .split(' '),
);

/** Words of a span, lower-cased, with curly apostrophes straightened. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(/[\p{L}][\p{L}']*/gu) ?? [];
}

/**
 * True when a span says nothing but plain words: at least one word, all in
 * PLAIN_WORDS, and no number, price or percentage ("40% off" is an offer).
 */
export function plainOnly(text: string): boolean {
  if (/[\p{N}$€£¥₹%]/u.test(text)) return false;
  const words = wordsOf(text);
  return words.length > 0 && words.every((w) => PLAIN_WORDS.has(w));
}
