/**
 * Collation keys: strings whose plain code-unit order (how IndexedDB compares keys) is the order
 * `Intl.Collator` gives for names, so the adapter can list and page people in name order straight from an index.
 * Pure functions, no I/O.
 *
 * The key follows the Unicode Collation Algorithm with CLDR's root order (what `Intl.Collator('en')` uses), in
 * four levels compared one after the other, each ended by {@link LEVEL_END}:
 * 1. primary: the letters (case, accents and kana kind folded away); spaces and punctuation count and sort
 *    before digits, digits before letters, and scripts come in Unicode's order (Latin, Greek, Cyrillic, …,
 *    Hangul, kana, kanji);
 * 2. secondary: accents (and kana voicing marks), one weight per letter and mark;
 * 3. tertiary: case, compatibility forms (full-width), small kana;
 * 4. hiragana before katakana before half-width katakana.
 *
 * Japanese text follows Japanese collation (`Intl.Collator('ja')`) where it differs from root: the prolonged
 * sound mark ー counts as the vowel it lengthens, and small kana differ from large ones before hiragana and
 * katakana do. Kanji sort by code point (root's radical-stroke order; Japanese collation uses JIS order), which is
 * why people with kanji names should have a kana reading.
 *
 * The weight tables below were read from Chromium's `Intl.Collator`; `test/backend/collation.test.ts` checks the
 * keys against each engine's own. The keys never consult the engine, so an index keeps one order in every
 * browser: where an engine's ICU carries an older CLDR (WebKitGTK uses the system's, 72 on Debian 12, in which
 * ‘ ’ ‚ sort after ' instead of with it), its collator and the keys differ on those characters.
 */

/** Ends each level of a key; below every weight, so a key that is a prefix of another at a level sorts first. */
export const LEVEL_END = '\u0001';

/** Only this many characters of a name take part in its key (keys stay small; longer names tie on the rest). */
export const MAX_KEY_CHARS = 100;

/** Primary weight of white space; punctuation and symbols follow it, all before the digits. */
const SPACE = 0x02;

/**
 * Punctuation and symbols in root collation order, one weight per space-separated group (characters of a group
 * differ only at the tertiary level). `…` stands for every other punctuation mark or symbol, `ー` for the prolonged
 * sound mark where it lengthens no vowel.
 */
const SYMBOL_ORDER =
  '_ - ‐ – — ・ , 、 ; : ! ¡ ? ¿ . … 。 · \'‘’‚ "“”„ « » ( ) [ ] { } 「 」 『 』 【 】 § ¶ @ * / \\ & # % † ‡ • ` ^ ° © ® + ± < = > ¬ | ~ ★ 々ゝゞ ー ¢ $ £ ¥ €';

/** Placeholder in {@link SYMBOL_ORDER} for symbols and punctuation it does not list. */
const OTHER_SYMBOL = '★';

/** Primary weight of digit 0; the digits follow the symbols and precede every letter (`a` is 0x61). */
const DIGIT_ZERO = 0x50;

/**
 * Letters that root collation sorts as letters of their own right after a basic letter, in order: ı comes after
 * every i-word and before j. Keyed by the basic letter (already lower-case and without accents).
 */
const LETTERS_AFTER: Record<string, string> = {
  a: 'ɑ',
  b: 'ƀɓ',
  d: 'ɗ',
  e: 'ǝəɛ',
  f: 'ƒ',
  g: 'ǥɣ',
  i: 'ıɨ',
  k: 'ƙ',
  n: 'ɲŋ',
  o: 'ɔ',
  q: 'ĸ',
  t: 'ŧ',
  u: 'ʉ',
  v: 'ʋ',
  y: 'ƴ',
  z: 'ƶʒþ',
  а: 'әӕ',
  г: 'ғ',
  д: 'ђ',
  е: 'є',
  з: 'ѕ',
  и: 'ійј',
  к: 'қ',
  н: 'ңњ',
  о: 'ө',
  т: 'ћ',
  у: 'үұ',
  х: 'ҳһ',
  ч: 'џ',
};

/**
 * Secondary weights of combining marks in root order, lowest first, one weight per space-separated group of
 * code points (hex). `ð`, `æ` and `ß` name the weights of letters that are a basic letter plus a difference NFKD
 * does not spell out (ð and ґ; æ and œ; ß).
 */
const MARK_ORDER =
  '332 313,343 314 301,341 300,340 306 302 30c 30a 342 308 344 30b 303 307 338 327 328 304 ' +
  '30d,30e,312,315,31a,33d,33e,33f,346,34a,34b,34c,350,351,352,357,35b,35d,35e ' +
  '316,317,318,319,31c,31d,31e,31f,320,329,32a,32b,32c,32f,333,33a,33b,33c,347,348,349,34d,34e,353,354,355,356,359,35a,35c,35f,362 ' +
  '336,337 3099 309a 335 305 309 30f 310 311 31b 321 322 323 324 325 326 32d 32e 330 331 334 339 345 358 360 361 ð ' +
  '363 368 369 æ 364 36a 365 36b 366 36c 36d ß 367 36e 36f';

/** Letters that are a basic letter (or two) plus a secondary difference: ø is o with a stroke. */
const VARIANTS: Record<string, { letters: string; mark: string }> = {
  ø: { letters: 'o', mark: '338' },
  đ: { letters: 'd', mark: '335' },
  ħ: { letters: 'h', mark: '335' },
  ł: { letters: 'l', mark: '335' },
  ð: { letters: 'd', mark: 'ð' },
  ґ: { letters: 'г', mark: 'ð' },
  æ: { letters: 'ae', mark: 'æ' },
  œ: { letters: 'oe', mark: 'æ' },
  ß: { letters: 'ss', mark: 'ß' },
};

/** Small kana and the large kana they are a tertiary variant of. */
const SMALL_KANA: Record<string, string> = {
  ぁ: 'あ',
  ぃ: 'い',
  ぅ: 'う',
  ぇ: 'え',
  ぉ: 'お',
  っ: 'つ',
  ゃ: 'や',
  ゅ: 'ゆ',
  ょ: 'よ',
  ゎ: 'わ',
  ゕ: 'か',
  ゖ: 'け',
};

/** The vowel each (large, unvoiced) hiragana ends in, which a following ー repeats in Japanese collation. */
const KANA_VOWELS: Record<string, string> = {};
for (const [vowel, row] of [
  ['あ', 'あかさたなはまやらわ'],
  ['い', 'いきしちにひみりゐ'],
  ['う', 'うくすつぬふむゆる'],
  ['え', 'えけせてねへめれゑ'],
  ['お', 'おこそとのほもよろを'],
] as const) {
  for (const kana of row) KANA_VOWELS[kana] = vowel;
}

/** The prolonged sound mark; its half-width form ｰ keeps root's weight in Japanese collation too. */
const PROLONGED = 'ー';
const SHORT_I = /([иИ])\u0306/gu;
// Single combining marks, matched one at a time on purpose.
const MARK_RANGES =
  // eslint-disable-next-line no-misleading-character-class
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670]/u;
const IGNORED = /[\p{Cc}\p{Cf}\p{Cs}\p{Cn}]/u;
const SPACE_CHAR = /\s/u;
const SYMBOL_CHAR = /[\p{P}\p{S}]/u;
const DIGIT = /[0-9]/;
const HALF_WIDTH_KANA = /[\uff66-\uff9f]/u;

/** A mark named in {@link MARK_ORDER}: a hex code point, or a letter standing for its difference. */
function markOf(name: string): string {
  return name.length === 1 ? name : String.fromCodePoint(parseInt(name, 16));
}

/** The lowest weight of the secondary, tertiary and quaternary levels: `!`. */
const LOWEST = 0x21;

/** Weight characters of those levels: printable from `!` up, so keys stay short in JSON cursors. */
const weight = (rank: number): string => String.fromCharCode(LOWEST + rank);

const SECONDARY_COMMON = weight(0);
const MARK_WEIGHTS = new Map<string, string>();
MARK_ORDER.split(' ').forEach((group, rank) => {
  for (const name of group.split(',')) MARK_WEIGHTS.set(markOf(name), weight(rank + 1));
});
/** Secondary weight of marks the table does not list (after every listed one). */
const OTHER_MARK = weight(MARK_ORDER.split(' ').length + 1);

/** Tertiary weights. Kana reuse the lowest three for ー-as-vowel, small and large. */
const T_PLAIN = weight(0);
const T_COMPAT = weight(1);
const T_UPPER = weight(2);
const T_COMPAT_UPPER = weight(3);
const T_FINAL_SIGMA = weight(4);
const T_PROLONGED = weight(0);
const T_SMALL = weight(1);
const T_LARGE = weight(2);

/** Quaternary weights (kana only). */
const Q_HIRAGANA = weight(0);
const Q_KATAKANA = weight(1);
const Q_HALF_WIDTH = weight(2);

/** A symbol's primary weight and which variant of its group it is (the tertiary difference). */
interface SymbolWeight {
  primary: string;
  variant: number;
}

const SYMBOL_WEIGHTS = new Map<string, SymbolWeight>();
SYMBOL_ORDER.split(' ').forEach((group, rank) => {
  Array.from(group).forEach((ch, variant) => SYMBOL_WEIGHTS.set(ch, { primary: String.fromCharCode(SPACE + 1 + rank), variant }));
});

const LETTER_AFTER_WEIGHTS = new Map<string, string>();
for (const [basic, letters] of Object.entries(LETTERS_AFTER)) {
  // U+FFFF sorts after every character a name's key holds, so the letter comes after every basic-letter word.
  Array.from(letters).forEach((letter, rank) => LETTER_AFTER_WEIGHTS.set(letter, basic + '\uffff' + weight(rank)));
}

/** What a character adds to each level of a key. */
interface Weights {
  primary: string;
  secondary: string;
  tertiary: string;
  quaternary: string;
  /** For a kana, the vowel a following ー repeats; '' for anything that stops that; undefined to leave it (marks). */
  vowel?: string;
}

/** Weights per character, computed once (names reuse few characters). */
const CACHE = new Map<string, Weights>();
const CACHE_LIMIT = 20_000;

/**
 * The collation key of a name: compare two keys with `<` (as IndexedDB does) and they order like
 * `Intl.Collator` compares the names (see the module comment for where Japanese rules apply).
 */
export function collationKey(text: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  let quaternary = '';
  let vowel = '';
  let count = 0;
  // Root collation treats Cyrillic й as a letter of its own, not и with a breve: keep it whole.
  for (const ch of text.normalize('NFD').replace(SHORT_I, (_, i: string) => (i === 'и' ? 'й' : 'Й'))) {
    if (++count > MAX_KEY_CHARS) break;
    if (ch === PROLONGED && vowel) {
      // Japanese collation reads ー as the vowel it lengthens, just below a written small or large vowel.
      primary += vowel;
      secondary += SECONDARY_COMMON;
      tertiary += T_PROLONGED;
      quaternary += Q_HIRAGANA;
      vowel = ''; // a second ー is no vowel
      continue;
    }
    let weights = CACHE.get(ch);
    if (!weights) {
      weights = weightsOf(ch);
      if (CACHE.size < CACHE_LIMIT) CACHE.set(ch, weights);
    }
    primary += weights.primary;
    secondary += weights.secondary;
    tertiary += weights.tertiary;
    quaternary += weights.quaternary;
    if (weights.vowel !== undefined) vowel = weights.vowel;
  }
  return primary + LEVEL_END + trimCommon(secondary) + LEVEL_END + trimCommon(tertiary) + LEVEL_END + trimCommon(quaternary);
}

/**
 * A level without its trailing lowest weights, which keeps the order (names with the same primaries have the
 * same number of them at each level, only interleaved with higher ones) and most keys short: an unaccented
 * lower-case name needs nothing after its primaries.
 */
function trimCommon(level: string): string {
  let end = level.length;
  while (end > 0 && level.charCodeAt(end - 1) === LOWEST) end--;
  return level.slice(0, end);
}

/** The weights of one character of a name in NFD (its compatibility decomposition decides most of them). */
function weightsOf(ch: string): Weights {
  const weights: Weights = { primary: '', secondary: '', tertiary: '', quaternary: '' };
  if (IGNORED.test(ch)) return weights;
  if (MARK_RANGES.test(ch)) {
    addMark(weights, ch);
    return weights;
  }
  const compat = ch === 'й' || ch === 'Й' ? ch : ch.normalize('NFKD');
  const halfWidthKana = HALF_WIDTH_KANA.test(ch);
  for (const part of compat) {
    if (MARK_RANGES.test(part)) {
      addMark(weights, part);
      // ｷﾞー: after a half-width voicing mark, ー follows the mark, not a kana.
      if (halfWidthKana) weights.vowel = '';
    } else addCharacter(weights, part, compat !== ch && !halfWidthKana, halfWidthKana);
  }
  return weights;
}

/** A combining mark: secondary weight only, plus the lowest tertiary weight (as UCA gives marks). */
function addMark(weights: Weights, mark: string): void {
  weights.secondary += MARK_WEIGHTS.get(mark) ?? OTHER_MARK;
  weights.tertiary += T_PLAIN;
}

/** One character after decomposition: letter, digit, space, symbol or kana. */
function addCharacter(weights: Weights, ch: string, compat: boolean, halfWidthKana: boolean): void {
  const lower = ch.toLowerCase();
  const upper = lower !== ch;
  // Half-width ｰ is a variant of ー, which Japanese collation leaves at its root weight.
  const variantForm = compat || (halfWidthKana && ch === PROLONGED);
  const caseWeight = upper ? (variantForm ? T_COMPAT_UPPER : T_UPPER) : variantForm ? T_COMPAT : T_PLAIN;
  const kana = toHiragana(lower);
  if (kana !== lower || KANA_VOWELS[kana] !== undefined || SMALL_KANA[kana] !== undefined || kana === 'ん') {
    addKana(weights, kana, kana !== lower, halfWidthKana);
    return;
  }
  weights.vowel = '';
  const variant = VARIANTS[lower];
  if (variant) {
    // The difference sits after the first letter, as a mark would: æ is "a", then the mark, then "e".
    const rest = Array.from(variant.letters).slice(1);
    weights.primary += variant.letters;
    weights.secondary += SECONDARY_COMMON + MARK_WEIGHTS.get(markOf(variant.mark))! + rest.map(() => SECONDARY_COMMON).join('');
    weights.tertiary += caseWeight + rest.map(() => caseWeight).join('');
    return;
  }
  const symbol = symbolWeights(lower);
  weights.primary += symbol?.primary ?? letterPrimary(lower);
  weights.secondary += SECONDARY_COMMON;
  weights.tertiary += symbol ? weight(symbol.variant * 2 + (variantForm ? 1 : 0)) : lower === 'ς' ? T_FINAL_SIGMA : caseWeight;
}

/** A hiragana (katakana already mapped): primary of its large form, small/large tertiary, kind quaternary. */
function addKana(weights: Weights, kana: string, katakana: boolean, halfWidth: boolean): void {
  const large = SMALL_KANA[kana] ?? kana;
  weights.primary += large;
  weights.secondary += SECONDARY_COMMON;
  weights.tertiary += large === kana ? T_LARGE : T_SMALL;
  weights.quaternary += halfWidth ? Q_HALF_WIDTH : katakana ? Q_KATAKANA : Q_HIRAGANA;
  weights.vowel = KANA_VOWELS[large] ?? '';
}

/** Katakana ァ (U+30A1) to ヶ (U+30F6) sit exactly 0x60 above their hiragana. */
function toHiragana(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : ch;
}

/** Weights of white space, punctuation and symbols; undefined for anything else. */
function symbolWeights(ch: string): SymbolWeight | undefined {
  if (SPACE_CHAR.test(ch)) return { primary: String.fromCharCode(SPACE), variant: 0 };
  return SYMBOL_WEIGHTS.get(ch) ?? (SYMBOL_CHAR.test(ch) ? SYMBOL_WEIGHTS.get(OTHER_SYMBOL) : undefined);
}

/** Primary weight of a lower-case, decomposed letter or digit that is not a kana or a listed variant. */
function letterPrimary(ch: string): string {
  if (DIGIT.test(ch)) return String.fromCharCode(DIGIT_ZERO + ch.charCodeAt(0) - 0x30);
  if (ch === 'ς') return 'σ';
  return LETTER_AFTER_WEIGHTS.get(ch) ?? ch;
}
