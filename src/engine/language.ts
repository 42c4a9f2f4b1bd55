// English-only for now: other languages get `unsupported-language` rather
// than nudges from English word lists that would be wrong for them.

// Common English function words: present in almost any English sentence.
const ENGLISH = new Set(
  'the a an and or but to of in on at for with is are was were be been it this that these those i you he she we they my your our their me us him her them not no do does did have has had will would can could should just so if what how why who when about from by as all'.split(' '),
);

// Frequent function words of other Latin-script languages we are asked to
// handle gracefully; words shared with English ("a", "no", "me") are left out.
const OTHER = new Set(
  [
    'el la los las del que y en es por para con una pero muy está son como más', // Spanish
    'le les et est des une pour dans pas sur avec qui mais très je nous vous ce cette', // French
    'der die das und ist nicht mit ich sie ein eine zu auf für wir ihr sehr', // German
    'o os e em um uma não com mas muito são está você obrigado', // Portuguese
    'il gli di che è per non con sono della molto anche', // Italian
    'de het een en is niet met ik zijn van voor maar ook', // Dutch
  ]
    .join(' ')
    .split(' ')
    .filter((w) => !ENGLISH.has(w)),
);

/** Letters of scripts other than Latin (Cyrillic, CJK, Arabic, Hebrew, Devanagari, Thai…). */
const NON_LATIN = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const LATIN = /[A-Za-z\u00c0-\u024f]/g;

// Tokens that say nothing about the language a draft is written in: links
// (".com" is not the Portuguese "com"), e-mail addresses, @handles,
// #hashtags and numbers. Emoji carry no letters, so they never count.
const NOT_LANGUAGE = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?|[@#][\p{L}\p{N}_.]+|\p{N}[\p{N},.:]*/giu;

export function isEnglish(draft: string): boolean {
  const text = draft.replace(NOT_LANGUAGE, ' ');
  const nonLatin = text.match(NON_LATIN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (nonLatin > latin) return false;
  let en = 0;
  let other = 0;
  for (const w of text.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? []) {
    if (ENGLISH.has(w)) en++;
    // One- and two-letter function words ("e", "la", "de") are also texting
    // English ("e road" = the road, "la" in Singlish): they count half.
    else if (OTHER.has(w)) other += w.length <= 2 ? 0.5 : 1;
  }
  // Short English promos can have few function words ("BUY NOW 50% OFF"), so
  // only call a text foreign when foreign function words clearly outnumber English ones.
  return !(other >= 2 && other > en * 1.5);
}
