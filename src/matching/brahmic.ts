/**
 * Names in the Brahmic scripts of South Asia (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
 * Tamil, Telugu, Kannada, Malayalam) to Latin as names are romanised in passports and lists.
 *
 * Why our own: any-ascii reads these scripts letter by letter and drops the vowel every consonant
 * carries unless a sign says otherwise (नरेन्द्र → "nrendr", ਭਗਤ → "bhgt", பிரபாகரன் → "pirpakrn"),
 * so the Latin spelling ("Narendra", "Bhagat") looked two or three letters away. These scripts
 * share one layout (ISCII's, kept by Unicode): a letter's offset in its block says what it is in
 * every one of them, so one table serves all nine.
 */

/** The blocks, by their first code point; each is 128 code points long. */
const BLOCK_START = 0x0900, BLOCK_END = 0x0d80;
const RE_BRAHMIC = /[\u0900-\u0D7F]/;

/** Blocks whose words drop the vowel of their last consonant (Hindi, Punjabi, Gujarati, Bengali "Amit", not "Amita"). */
const FINAL_SCHWA_DROPPED = new Set([0x0900, 0x0980, 0x0a00, 0x0a80]);

/** Consonants at offsets 0x15..0x39. Retroflex and dental series are written alike in romanised names. */
const CONSONANTS = [
  'k', 'kh', 'g', 'gh', 'n', 'ch', 'chh', 'j', 'jh', 'n', // 15-1E
  't', 'th', 'd', 'dh', 'n', 't', 'th', 'd', 'dh', 'n', // 1F-28
  'n', 'p', 'ph', 'b', 'bh', 'm', 'y', 'r', 'r', 'l', // 29-32
  'l', 'zh', 'v', 'sh', 'sh', 's', 'h', // 33-39
];
/** Independent vowels at offsets 0x05..0x14 (long and short written alike, as names do). */
const VOWELS = ['a', 'a', 'i', 'i', 'u', 'u', 'ri', 'li', 'e', 'e', 'e', 'ai', 'o', 'o', 'o', 'au'];
/** Vowel signs at offsets 0x3E..0x4C. */
const SIGNS = ['a', 'i', 'i', 'u', 'u', 'ri', 'ri', 'e', 'e', 'e', 'ai', 'o', 'o', 'o', 'au'];
/** Consonants with a nukta, precomposed in Devanagari and Gurmukhi (offsets 0x58..0x5F): Urdu and Persian sounds. */
const NUKTA_LETTERS = ['q', 'kh', 'gh', 'z', 'r', 'rh', 'f', 'y'];
/** What a nukta makes of the consonant before it (क़ q, ज़ z, फ़ f, ड़ r). */
const NUKTA: Record<string, string> = { k: 'q', kh: 'kh', g: 'gh', j: 'z', ph: 'f', d: 'r', dh: 'rh' };

/** Malayalam chillu letters at offsets 0x7A..0x7F. */
const CHILLU = ['n', 'n', 'r', 'l', 'l', 'k'];

const VIRAMA = 0x4d, NUKTA_MARK = 0x3c;
/** Nasal signs: candrabindu, anusvara, and Gurmukhi's tippi and bindi. */
const NASALS = new Set([0x01, 0x02, 0x70]);
const LABIAL = /^(?:p|ph|b|bh|m)/;

/** True when the word is written in one of these scripts. */
export function isBrahmic(word: string): boolean {
  return RE_BRAHMIC.test(word);
}

/**
 * The word in lower-case Latin: every consonant with its vowel (the inherent a unless a sign or a
 * virama says otherwise), a nasal sign as n (m before p, b, m), long vowels as single letters;
 * in Hindi, Punjabi, Gujarati and Bengali a last consonant after a vowel loses its a (अमित amit,
 * but नरेन्द्र narendra). Other characters go through `fallback` (any-ascii).
 */
export function brahmicToAscii(word: string, fallback: (s: string) => string): string {
  const units: string[] = [];
  // Whether units[k] is a consonant still carrying its inherent vowel, and whether it closes a cluster.
  const inherent: boolean[] = [];
  const clustered: boolean[] = [];
  let block = 0;
  let afterVirama = false;
  const cps = [...word].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (cp < BLOCK_START || cp >= BLOCK_END) {
      if (cp === 0x200c || cp === 0x200d) continue; // joiners
      units.push(fallback(String.fromCodePoint(cp)));
      inherent.push(false); clustered.push(false);
      afterVirama = false;
      continue;
    }
    block = cp & ~0x7f;
    const o = cp - block;
    const last = units.length - 1;
    if (o >= 0x15 && o <= 0x39 || (o >= 0x58 && o <= 0x5f && (block === 0x0900 || block === 0x0a00))) {
      const c = o <= 0x39 ? CONSONANTS[o - 0x15]! : NUKTA_LETTERS[o - 0x58]!;
      units.push(c);
      inherent.push(true);
      clustered.push(afterVirama);
      afterVirama = false;
    } else if (o >= 0x05 && o <= 0x14) {
      units.push(VOWELS[o - 0x05]!); inherent.push(false); clustered.push(false);
      afterVirama = false;
    } else if (o >= 0x3e && o <= 0x4c) {
      if (last >= 0 && inherent[last]) inherent[last] = false;
      units.push(SIGNS[o - 0x3e]!); inherent.push(false); clustered.push(false);
    } else if (o === VIRAMA) {
      if (last >= 0) inherent[last] = false;
      afterVirama = true;
    } else if (o === NUKTA_MARK) {
      if (last >= 0) units[last] = NUKTA[units[last]!] ?? units[last]!;
    } else if (NASALS.has(o)) {
      // Its sound is that of the next consonant's place: m before p, b, m; n elsewhere (ਸਿੰਘ singh).
      const next = cps[i + 1];
      const nextCons = next !== undefined && next - block >= 0x15 && next - block <= 0x39 ? CONSONANTS[next - block - 0x15]! : '';
      units.push(LABIAL.test(nextCons) ? 'm' : 'n'); inherent.push(false); clustered.push(false);
    } else if (block === 0x0d00 && o >= 0x7a) {
      // Malayalam chillu letters: a consonant ending a syllable, without a vowel (പവൻ pavan).
      units.push(CHILLU[o - 0x7a]!); inherent.push(false); clustered.push(false);
    } else if (o === 0x03) {
      units.push('h'); inherent.push(false); clustered.push(false);
    }
    // Other signs (avagraha, stress marks, digits' neighbours, Gurmukhi addak) carry no letter of a name.
  }
  let out = '';
  for (let k = 0; k < units.length; k++) {
    out += units[k]!;
    if (!inherent[k]) continue;
    // The last consonant of a word after a vowel loses its a where the language drops it; one
    // closing a cluster keeps it (Narendra, Chandra).
    const final = k === units.length - 1;
    if (final && FINAL_SCHWA_DROPPED.has(block) && !clustered[k] && k > 0) continue;
    out += 'a';
  }
  return out;
}
