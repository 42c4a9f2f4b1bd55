// Warm and function words: words that, alone, never make a draft an ad.
// The eval counts cost findings whose words are all in this list (the bar is
// zero). Kept apart from the engine's own list on purpose, so the engine
// cannot pass the check by sharing its definition; written from the issue's
// examples ("thank", "happy to", "you're", "one", "week", "have", "all",
// "grateful", "to the") and an ordinary English stop-word list.
export const WARM_OR_FUNCTION = new Set(
  [
    // warmth, thanks, congratulations
    'thank thanks thankful thx ty grateful gratitude appreciate appreciated happy glad love loved lovely',
    'congrats congratulations proud welcome sorry hope hoping wish wishes kind kindly please',
    // pronouns and contractions
    "i me my mine we us our ours you your yours you're youre you'll you've he him his she her hers they them their theirs it its it's i'm im i've i'll we're we've",
    // articles, prepositions, conjunctions, auxiliaries
    'a an the this that these those to of in on at for with from by about as into over after before up out off so and or but if then than',
    'is are was were be been being am do does did have has had will would can could should may might must shall',
    'not no yes just all any some one two every each more most much many very really too also still even',
    // time words
    'today tonight tomorrow yesterday week weekend month year day days time now here there',
  ]
    .join(' ')
    .split(' '),
);

/** True when every word of `text` is a warm or function word (numbers, emoji and punctuation say nothing either way). */
export function warmOrFunctionOnly(text: string): boolean {
  // A number or a price ("40% off", "$12") is not a warm word.
  if (/[\p{N}$€£¥₹%]/u.test(text)) return false;
  const words = text.toLowerCase().replace(/’/g, "'").match(/[\p{L}][\p{L}']*/gu) ?? [];
  return words.length > 0 && words.every((w) => WARM_OR_FUNCTION.has(w));
}
