/**
 * Token-level similarity: how alike two name words are, whatever script and romanisation each was
 * written in. Every function returns a number in [0, 1] where 1 means "the same word".
 */
import { latinSyllablesSimilarity, readsKorean, syllablesMatch, type Syllables } from './east-asian.js';
import { chineseKey, consonantDistance, consonantGaps, consonants, consonantSimilarity, consonantSimilarityBound, koreanKey, nameKey, skeleton, splitConsonants } from './phonetic.js';
import { collapse, russianReadings } from './russian-readings.js';
import type { Script } from './text.js';
import { areVariants, variantGroups } from './variants.js';

/** Per character code, the positions (bits) where it occurs in the word being matched; cleared after each use. */
const peq = new Int32Array(65536);

/**
 * Levenshtein distance by Myers' bit-parallel algorithm (Hyyrö's form), for a pattern `p` of 1 to
 * 32 letters: one column of the edit table is held in the bits of two integers and updated for
 * each letter of `t` in a few operations. The same distance as the table, about ten times fewer
 * steps for name words.
 */
function levenshteinBits(p: string, t: string): number {
  const m = p.length, n = t.length;
  for (let i = 0; i < m; i++) peq[p.charCodeAt(i)]! |= 1 << i;
  const last = 1 << (m - 1);
  let pv = -1, mv = 0, score = m;
  for (let j = 0; j < n; j++) {
    const eq = peq[t.charCodeAt(j)]!;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph = (ph << 1) | 1;
    mh = mh << 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let i = 0; i < m; i++) peq[p.charCodeAt(i)] = 0;
  return score;
}

/** Levenshtein edit distance (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const al = a.length, bl = b.length;
  if (!al) return bl;
  if (!bl) return al;
  // The distance is symmetric: the shorter word is the pattern of the bit-parallel form.
  if (al <= 32 && al <= bl) return levenshteinBits(a, b);
  if (bl <= 32 && bl < al) return levenshteinBits(b, a);
  return tableDistance(a, b, Infinity);
}

let row = new Uint16Array(64);
/**
 * The edit distance by the table, one reusable row; `maxD + 1` as soon as a row's smallest cell
 * (which never decreases from row to row) exceeds `maxD`.
 */
function tableDistance(a: string, b: string, maxD: number): number {
  const al = a.length, bl = b.length;
  if (row.length <= bl) row = new Uint16Array(bl * 2 + 1);
  const r = row;
  for (let j = 0; j <= bl; j++) r[j] = j;
  for (let i = 1; i <= al; i++) {
    let prev = r[0]!;
    r[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= bl; j++) {
      const tmp = r[j]!;
      let v = tmp + 1;
      const ins = r[j - 1]! + 1;
      if (ins < v) v = ins;
      const sub = prev + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (sub < v) v = sub;
      r[j] = v;
      if (v < rowMin) rowMin = v;
      prev = tmp;
    }
    if (rowMin > maxD) return maxD + 1;
  }
  return r[bl]!;
}

/** True when b is a with one letter changed, dropped, added, or two neighbours swapped. */
export function oneSlip(a: string, b: string): boolean {
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1 || a === b) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** 1 - distance / longer length: 1.0 identical, 0.8 one typo in five letters, 0 nothing shared. */
export function editSimilarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  if (!n) return 1;
  return 1 - levenshtein(a, b) / n;
}

/**
 * editSimilarity(a, b) when it is at least `floor`; otherwise some number below `floor` (0). The
 * distance is not worked out when the lengths or a row of the table (whose smallest cell never
 * decreases from row to row) already show it too large: a caller that only keeps similarities
 * from a floor up gets the same answers for much less work.
 */
export function editSimilarityAtLeast(a: string, b: string, floor: number): number {
  const n = Math.max(a.length, b.length);
  if (!n) return 1;
  // The largest distance that could still reach the floor, with one to spare against rounding.
  const maxD = Math.floor((1 - floor) * n) + 1;
  const al = a.length, bl = b.length;
  if (Math.abs(al - bl) > maxD) return 0;
  if (a === b) return 1;
  if (!al || !bl) return 0;
  // Letters one has and the other lacks cost an edit each (distanceAtLeast): whole names compared
  // so (names.ts joinedSimilarity) mostly differ in more letters than the floor allows.
  if (distanceAtLeast(a, b, letterMask(a), letterMask(b)) > maxD) return 0;
  const d = tableDistance(a, b, maxD);
  return d > maxD ? 0 : 1 - d / n;
}

/** A name word prepared once for many comparisons. */
export interface TokenForms {
  text: string;
  script: Script;
  key: string;
  skel: string;
  /** Consonant skeleton for cross-script comparison (see phonetic.ts consonants). */
  cons: string;
  kor?: string;
  chi?: string;
  /** A native Chinese/Korean name part: its romanisation is compared, not its consonants. */
  native?: boolean;
  /** Its syllables and their spellings, compared one by one against a Latin spelling (east-asian.ts). */
  syl?: Syllables;
  /** A transcribed foreign word (施密特, 포드): the consonants of its other likely Latin spellings. */
  alts?: readonly string[];
  /** An Arabic or Hebrew word's edges: vowel letter, semivowel or consonant first and last (text.ts abjadEdges). */
  edges?: string;
  /** Interned id (set by cachedForms), for memoising comparisons. */
  id?: number;
  /** For copies (name tokens), the interned forms they were made from. */
  base?: TokenForms;
  /** Consonants with East Slavic spellings folded (slavicSkeleton), worked out when first needed. */
  slav?: string;
  /** Consonants of a Latin word read without a closing r (transcribedSimilarity), worked out when first needed. */
  nonRhotic?: string;
  /** Consonants of a Latin word as Han, Hangul and kana transcribe it (heardReadings), worked out when first needed. */
  heard?: readonly string[];
  /** Consonants of a Latin word with a soft g read j ('' when it has none), worked out when first needed. */
  softG?: string;
  /** The key with Central Asian spellings folded (centralAsianKey), worked out when first needed. */
  ca?: string;
  /** The key with the old Indonesian spellings oe and dj read u and j (indonesianKey), worked out when first needed. */
  indo?: string;
  /** A Cyrillic word's Hepburn reading as Latin forms (polivanov.ts), worked out when first needed. */
  reading?: TokenForms;
  /**
   * A Latin word read as Russian transcribes English and French names (russian-readings.ts); a
   * Cyrillic word's own romanisation with doubled letters once, to compare those with. Worked out when first needed.
   */
  ru?: readonly string[];
  /** Consonants of a Latin word with w, j, x read as other languages do (europeanReadings), worked out when first needed. */
  euro?: readonly string[];
  /** Letters of `text` and of `key`, one bit per character code modulo 32 (see mayReach). */
  mask?: number;
  keyMask?: number;
  /** What the rare rules of mayReach look for in `text`, one bit each (see rareLetters). */
  rare?: number;
}

export function tokenForms(text: string, script: Script, abjad?: string, native = false, syl?: Syllables, alts?: readonly string[], edges?: string): TokenForms {
  const key = nameKey(text);
  // Every field present from the start, in one order: all forms share one hidden class, so the
  // comparisons that read them stay monomorphic (fields added later gave each token its own).
  return { text, script, key, skel: abjad ?? skeleton(key), cons: abjad ?? consonants(text), kor: undefined, chi: undefined, native: native ? true : undefined, id: undefined, base: undefined, syl, alts, edges, slav: undefined, nonRhotic: undefined, heard: undefined, softG: undefined, reading: undefined, ru: undefined, euro: undefined, ca: undefined, indo: undefined, mask: letterMask(text), keyMask: letterMask(key), rare: rareLetters(text) };
}

/** One bit per character code modulo 32: two letters sharing a bit only make the bounds of mayReach looser. */
function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s.charCodeAt(i) & 31);
  return m;
}
/**
 * Bits of rareLetters: a glued article, gh, g not before h, q, kh, k not before h, a known variant
 * group, a glued sun-letter article, ch read kh or k, a soft g read j, letters read as other
 * languages do (EURO) and a zh/sh/kh... of two letters (splitReading) (otherChSimilarity).
 */
const R_GLUED = 1, R_GH = 2, R_G = 4, R_Q = 8, R_KH = 16, R_K = 32, R_VARIANT = 64, R_SUN = 128, R_CH = 256, R_SOFT_G = 512, R_EURO = 1024, R_SPLIT = 2048, R_AW = 4096, R_AU = 8192, R_OE = 16384, R_DJ = 32768, R_TJ = 65536;
/**
 * And what somaliReading and centralAsianKey read a word otherwise by: an x it reads h, an initial
 * c it reads ع (either needed for a Somali reading of the word); an x, a zh (either needed for a
 * Central Asian key other than the word's own).
 */
const R_SOMALI_X = 1 << 17, R_SOMALI_C = 1 << 18, R_X = 1 << 19, R_ZH = 1 << 20;
/**
 * The letters and facts mayReach's rare rules test, read once per interned word: most word pairs
 * reach those rules (they fail the bounds), and testing both words' letters with regular
 * expressions and a variant look-up at every pair cost more than the bounds themselves.
 */
function rareLetters(t: string): number {
  return (GLUED_ARTICLE.test(t) ? R_GLUED : 0) | (t.includes('gh') ? R_GH : 0) | (/g(?!h)/.test(t) ? R_G : 0) | (t.includes('q') ? R_Q : 0)
    | (t.includes('kh') ? R_KH : 0) | (/k(?!h)/.test(t) ? R_K : 0) | (variantGroups(t).length ? R_VARIANT : 0)
    | (SUN_ARTICLE.test(t) ? R_SUN : 0) | (CH.test(t) ? R_CH : 0) | (SOFT_G.test(t) ? R_SOFT_G : 0) | (EURO.test(t) ? R_EURO : 0) | (/[sktdgz]h/.test(t) ? R_SPLIT : 0)
    | (AW.test(t) ? R_AW : 0) | (AU.test(t) ? R_AU : 0) | (t.includes('oe') ? R_OE : 0) | (t.includes('dj') ? R_DJ : 0) | (t.includes('tj') ? R_TJ : 0)
    | (t.includes('x') ? R_X | (SOMALI_X.test(t) || (t.length >= 5 && SOMALI_FINAL_X.test(t)) ? R_SOMALI_X : 0) : 0)
    | (SOMALI_AYN.test(t) ? R_SOMALI_C : 0) | (t.includes('zh') ? R_ZH : 0);
}
/** A word's rareLetters bits (a name token's are its interned forms'). */
function rareOf(t: TokenForms): number {
  return (t.base ?? t).rare ?? rareLetters(t.text);
}
/**
 * computeDirect's comparison of consonants by sound class across scripts: its cap (by the fewer
 * consonants) times consonantSimilarityBound, an upper bound of anchoredSimilarity; vowelEdges
 * only lowers it (a product of factors below 1). Other ways such words are alike are ruled out by the caller.
 */
function mayReachByConsonants(a: TokenForms, b: TokenForms, floor: number): boolean {
  const cap = consonantCap(a, b);
  return cap > 0 && consonantSimilarityBound(a.cons, b.cons) * cap >= floor;
}
/**
 * The cap of computeDirect's comparison of consonants by sound class, by the fewer consonants (0
 * when a word has none): few consonants say little (two-letter skeletons are shared by many
 * names), and syllabic scripts (Hangul, Han, kana) add and drop consonants more freely than
 * abjads. The bounds (mayReachByConsonants, mayReachTranscribed) apply the same cap.
 */
function consonantCap(a: TokenForms, b: TokenForms): number {
  const n = Math.min(a.cons.length, b.cons.length);
  if (n < 1) return 0;
  const cap = n >= 3 ? 0.9 : n === 2 ? 0.8 : 0.65;
  return !isAbjad(a.script) && !isAbjad(b.script) ? cap - 0.03 : cap;
}
/** A Korean or Chinese romanisation key's say on two words: 0.92 the same key, else 0.9 of the keys' edit similarity. */
function romanisationKeySimilarity(ka: string, kb: string): number {
  return ka === kb ? 0.92 : editSimilarity(ka, kb) * 0.9;
}
/** Two Latin words whose keys meet once gh is read q (Yaghoubi / Yaqubi). */
function ghAsQKeysMeet(x: string, y: string): boolean {
  return nameKey(x.replace(/gh/g, 'q')) === nameKey(y.replace(/gh/g, 'q'));
}
/** Two Latin words whose keys meet once their Arabic letters and Somali spellings are read alike (foldArabicLetters). */
function arabicFoldKeysMeet(x: string, y: string): boolean {
  const [fx, fy] = foldArabicLetters(x, y);
  return nameKey(fx) === nameKey(fy);
}
/**
 * What mayReach leaves to the readings of a Latin word in other languages: an English or French
 * name against a Cyrillic word (russianReadingSimilarity, worked out exactly), and against an
 * abjad word its European readings (otherChSimilarity), bounded as mayReachByConsonants bounds
 * its own consonants. (A function of its own, called where mayReach would say no: written into
 * mayReach, which runs for every word pair of a batch, these made it some 10% slower for the same work.)
 */
function mayReachByReadings(a: TokenForms, b: TokenForms, floor: number): boolean {
  const fa = a.base ?? a, fb = b.base ?? b;
  if ((fa.script === 'cyrillic') !== (fb.script === 'cyrillic')) return russianReadingSimilarity(fa, fb) >= floor;
  const la = fa.script === 'latin' ? fa : fb, ab = la === fa ? fb : fa;
  if (la.script !== 'latin' || !isAbjad(ab.script) || !(la.rare! & (R_EURO | R_SPLIT)) || ab.native || ab.syl) return false;
  const split = splitReading(la, ab);
  if (split && consonantSimilarityBound(ab.cons, split) * 0.9 * ALT_DISCOUNT >= floor) return true;
  if (!(la.rare! & R_EURO)) return false;
  for (const c of (la.euro ??= europeanReadings(la.text))) if (consonantSimilarityBound(ab.cons, c) * 0.9 * ALT_DISCOUNT >= floor) return true;
  return false;
}
/** Two Latin words one of which writes q and the other g (not gh), kh against a bare k, or aw against au: from their rareLetters bits. */
function arabicLetterFoldBits(x: number, y: number): boolean {
  // The diphthong aw written au before a consonant (Awlaki / Aulaqi, Tawfiq / Taufiq).
  if ((x & R_AW && y & R_AU && !(y & R_AW)) || (y & R_AW && x & R_AU && !(x & R_AW))) return true;
  if ((x & R_G && y & R_Q && !(x & R_Q)) || (y & R_G && x & R_Q && !(y & R_Q))) return true;
  const kx = (x & R_KH) !== 0, ky = (y & R_KH) !== 0;
  return kx !== ky && ((kx ? y : x) & R_K) !== 0;
}
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
/**
 * A lower bound of the edit distance from the lengths and letters alone: every letter of one word
 * that the other lacks sits in a position no alignment matches, so costs an edit of its own.
 */
function distanceAtLeast(a: string, b: string, ma: number, mb: number): number {
  return Math.max(Math.abs(a.length - b.length), bitCount(ma & ~mb), bitCount(mb & ~ma));
}

/** Korean and Chinese romanisation keys, computed once per token (or whole name: names.ts) when first needed. */
export function korean(t: { text: string; kor?: string }): string {
  return (t.kor ??= koreanKey(t.text));
}
function chinese(t: TokenForms): string {
  return (t.chi ??= chineseKey(t.text));
}

/**
 * Memoised similarities of interned token pairs: a direct-mapped table in typed arrays, one slot
 * per hash of the two ids, a newer pair overwriting an older one. Its memory is fixed (17 MB) and
 * it holds no objects, where a Map per token held one entry object and one result object per
 * pair, which the garbage collector copied and promoted (a fifth of query time went to it).
 */
const MEMO_BITS = 20;
/**
 * Each slot is 16 bytes of one buffer, its two ids then its similarity, so that a look-up reads
 * one cache line (a miss, 44% of them in a batch of new queries) or two with the kind's byte.
 */
const memoBuffer = new ArrayBuffer(16 << MEMO_BITS);
const memoAB = new Int32Array(memoBuffer).fill(-1);
const memoSim = new Float64Array(memoBuffer);
const memoKind = new Uint8Array(1 << MEMO_BITS);
const KIND_CODES: TokenMatchKind[] = ['exact', 'variant', 'phonetic', 'spelling', 'typo', 'consonants', 'romanisation', 'initial', 'none'];
const KIND_CODE = new Map<TokenMatchKind, number>(KIND_CODES.map((k, i) => [k, i]));
const NONE_CODE = KIND_CODES.indexOf('none');
/** A direct-mapped table's slot (of 2^bits) for a pair of interned ids: this memo's, and names.ts pairSimilarity's. */
export function pairSlot(ia: number, ib: number, bits: number): number {
  return (Math.imul(ia, 0x9e3779b1) ^ Math.imul(ib + 0x632be5ab, 0x85ebca77)) >>> (32 - bits);
}
function memoSlot(ia: number, ib: number): number {
  return pairSlot(ia, ib, MEMO_BITS);
}
let nextId = 0;
const plainForms = new Map<Script, Map<string, TokenForms>>();
let plainCount = 0;
/** tokenForms, memoised: name words repeat a lot across lists and queries. */
export function cachedForms(text: string, script: Script, abjad?: string, native = false, syl?: Syllables, alts?: readonly string[], edges?: string): TokenForms {
  // Most words are plain (no abjad consonants, syllables, other readings or edges): looked up by
  // their text in their script's map, without building a key string (a fifth of preparing a name).
  if (abjad === undefined && !native && syl === undefined && alts === undefined && edges === undefined) {
    let m = plainForms.get(script);
    if (!m) plainForms.set(script, (m = new Map()));
    let f = m.get(text);
    if (!f) {
      if (++plainCount > 1_000_000) { plainForms.clear(); plainCount = 0; plainForms.set(script, (m = new Map())); }
      f = tokenForms(text, script);
      f.id = nextId++;
      m.set(text, f);
    }
    return f;
  }
  // Other words: by their text in their script's map too, then by their other readings compared
  // one by one (a key string of all seven parts, built and hashed at every call, cost 3–5 µs).
  let m = otherForms.get(script);
  if (!m) otherForms.set(script, (m = new Map()));
  let list = m.get(text);
  if (list) {
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if ((e.abjad ?? '') === (abjad ?? '') && e.native === native && (e.edges ?? '') === (edges ?? '') && sameStrings(e.alts, alts) && sameSyllables(e.syl, syl)) return e.forms;
    }
  }
  // Ids stay unique even when the cache is cleared, so memoised pairs stay right.
  if (++otherCount > 1_000_000) { otherForms.clear(); otherCount = 0; otherForms.set(script, (m = new Map())); list = undefined; }
  const f = tokenForms(text, script, abjad, native, syl, alts, edges);
  f.id = nextId++;
  const entry = { abjad, native, syl, alts, edges, forms: f };
  if (list) list.push(entry);
  else m.set(text, [entry]);
  return f;
}

/** Forms of words with other readings (abjad consonants, syllables, alternative spellings, edges), by script and text. */
interface OtherForms { abjad: string | undefined; native: boolean; syl: Syllables | undefined; alts: readonly string[] | undefined; edges: string | undefined; forms: TokenForms }
const otherForms = new Map<Script, Map<string, OtherForms[]>>();
let otherCount = 0;

/** (An empty reading and none are one, as they were in the key string these replace.) */
function sameStrings(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b || (!a?.length && !b?.length)) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function sameSyllables(a: Syllables | undefined, b: Syllables | undefined): boolean {
  if (a === b || (!a?.length && !b?.length)) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameStrings(a[i], b[i])) return false;
  return true;
}

export type TokenMatchKind = 'exact' | 'variant' | 'phonetic' | 'spelling' | 'typo' | 'consonants' | 'romanisation' | 'initial' | 'translation' | 'ending' | 'none';

export interface TokenSimilarity {
  sim: number;
  kind: TokenMatchKind;
}

const SLAVIC_SIM = 0.85;
/**
 * Consonants of a Latin word with East Slavic spelling differences folded (see computeDirect).
 * Kept on the interned forms (a name token's `base`): asked for most word pairs that are not alike
 * already, on few distinct words (a Map by text cost 4% of batch time in its look-ups).
 */
function slavicSkeleton(t: TokenForms): string {
  const f = t.base ?? t;
  // Belarusian also writes an initial v as u (Uladzimir / Vladimir) and a soft d as dz (Dzmitry),
  // and Scandinavian transliterations ch as tj (-vitj / -vich); its short u (ў) is the v of -evski, -ovski
  // (Plysheuski / Plyshevsky) and of a final -ou (Karpiankou / Karpenkov).
  return (f.slav ??= consonants(f.text.replace(/[ao]u$/, 'ov').replace(/([aeio])u(?=sk)/g, '$1v').replace(/(?<![sckzgtdp])h/g, 'g').replace(/^u(?=[^aeiouy])/, 'v').replace(/dz(?!h)/g, 'd').replace(/tj$/, 'ch')));
}

const NONE: TokenSimilarity = { sim: 0, kind: 'none' };
/**
 * Arabic and Hebrew (abjads); those and the scripts of syllables (consonantal: compared by
 * romanisation or consonants); Han, Hangul and kana (transcribed). Comparisons, not Sets: asked
 * several times for every word pair, where a Set look-up hashed the script's name each time.
 */
export function isAbjad(s: Script): boolean {
  return s === 'arabic' || s === 'hebrew';
}
function isConsonantal(s: Script): boolean {
  return s === 'arabic' || s === 'hebrew' || s === 'hangul' || s === 'kana' || s === 'han';
}
function isTranscribed(s: Script): boolean {
  return s === 'han' || s === 'hangul' || s === 'kana';
}

/**
 * How alike two name words are: 1.0 same word; 0.95 known variants (Bob/Robert, Yusuf/Youssef);
 * 0.9 same sound by our phonetic key; for Arabic/Hebrew against Latin, 0.9 same consonants; for
 * Korean and Chinese, 0.9 same by the romanisation-variant key; otherwise the spelling similarity,
 * with typos costing in proportion to the word's length; 0.6 for an initial against its name.
 */
export function tokenSimilarity(a: TokenForms, b: TokenForms): TokenSimilarity {
  if (a.text === b.text) return EXACT;
  const at = a.text, bt = b.text;
  // Initials: "v" against "vladimir" (not the Korean surname 이, romanised "i"; not an Arabic word
  // of one consonant, whose alef and ayn its Latin letters leave out: عطا Atta, "t").
  const ai = at.length === 1 && !isAbjad(a.script), bi = bt.length === 1 && !isAbjad(b.script);
  if ((ai || bi) && !a.native && !b.native) {
    const [s, l] = ai ? [at, bt] : [bt, at];
    return l.length > 1 && l[0] === s ? INITIAL : NONE;
  }
  // Token pairs recur across candidates and queries (common names): memoised by the ids of the
  // interned forms (name tokens are copies that carry their id), so it outlives one query.
  const ia = a.id, ib = b.id;
  if (ia !== undefined && ib !== undefined) {
    const slot = memoSlot(ia, ib);
    // (A negative similarity only says the pair is below a floor: see tokenSimilarityAtLeast.)
    if (memoAB[4 * slot] === ia && memoAB[4 * slot + 1] === ib && memoSim[2 * slot + 1]! >= 0) return { sim: memoSim[2 * slot + 1]!, kind: KIND_CODES[memoKind[slot]!]! };
    const r = computeSimilarity(a, b);
    memoAB[4 * slot] = ia;
    memoAB[4 * slot + 1] = ib;
    memoSim[2 * slot + 1] = r.sim;
    memoKind[slot] = KIND_CODE.get(r.kind)!;
    return r;
  }
  return computeSimilarity(a, b);
}

/**
 * tokenSimilarity where it is at least `floor`; below the floor, NONE or the similarity. The name
 * comparison drops word pairs below its pairing floor (names.ts MIN_PAIR), so for the many pairs
 * of two Latin words that cannot reach it (lengths and letters too different, see mayReach) it is
 * spared the similarity and even the memo's look-up (most of a batch's word pairs, each look-up a
 * likely cache miss).
 */
export function tokenSimilarityAtLeast(a: TokenForms, b: TokenForms, floor: number): TokenSimilarity {
  if (a.text === b.text) return EXACT;
  const fa = a.base ?? a, fb = b.base ?? b;
  const ia = a.id, ib = b.id;
  if ((!isConsonantal(fa.script) && !isConsonantal(fb.script)) || ia === undefined || ib === undefined) return mayReach(a, b, floor) ? tokenSimilarity(a, b) : NONE;
  // Across scripts the bound costs more than the memo's look-up, and such pairs recur (a query
  // word against every alias of the candidates): the memo first. A pair the bound rules out is
  // remembered too, as its floor negated: "below this floor" (tokenSimilarity computes it if asked).
  const slot = memoSlot(ia, ib);
  if (memoAB[4 * slot] === ia && memoAB[4 * slot + 1] === ib) {
    const sim = memoSim[2 * slot + 1]!;
    if (sim >= 0) return sim < floor ? NONE : { sim, kind: KIND_CODES[memoKind[slot]!]! };
    if (-sim <= floor) return NONE;
  }
  if (mayReach(a, b, floor)) return tokenSimilarity(a, b);
  memoAB[4 * slot] = ia;
  memoAB[4 * slot + 1] = ib;
  memoSim[2 * slot + 1] = -floor;
  memoKind[slot] = NONE_CODE;
  return NONE;
}

/**
 * False only when computeSimilarity(a, b) is certainly below `floor`: two plain words of scripts read letter by letter (no
 * syllables, not native, two letters or more, no glued article) whose spelling and phonetic-key
 * similarities are bounded by distanceAtLeast below the floor, which are neither known variants,
 * nor the same key, nor one typing slip apart, nor met by the glued article, gh/q, Arabic letter, Uzbek x,
 * zh/j or Slavic folds; an Arabic or Hebrew word against another bounded so and by its consonants;
 * a Han, Hangul or kana word (not native) bounded so, by its consonants and other spellings, and
 * by its romanisation keys (mayReachTranscribed). It follows
 * computeDirect rule by rule: a new way for two words to be alike must be added here too
 * (similarity.test.ts checks the bound against computeSimilarity on list words).
 */
function mayReach(a: TokenForms, b: TokenForms, floor: number): boolean {
  const fa = a.base ?? a, fb = b.base ?? b;
  // Native Chinese and Korean name parts and syllable-read names are compared syllable by syllable: not bounded.
  if (fa.native || fb.native || fa.syl || fb.syl) return true;
  const across = isConsonantal(fa.script) || isConsonantal(fb.script);
  // Han, Hangul and kana are also compared by romanisation keys and other spellings: bounded at the end (mayReachTranscribed).
  const transcribed = across && (isTranscribed(fa.script) || isTranscribed(fb.script));
  // A Japanese name in Cyrillic against a Latin word: its Hepburn reading counts 0.92 of that
  // reading's similarity (computeSimilarity), bounded as a Latin word's.
  if ((fa.alts || fb.alts) && (fa.script === 'cyrillic') !== (fb.script === 'cyrillic')) {
    const [c, l] = fa.script === 'cyrillic' ? [fa, fb] : [fb, fa];
    const reading = l.script === 'latin' ? hepburnReading(c) : undefined;
    if (reading && (reading.text === l.text || mayReach(reading, l, floor / ROMANISATION.sim))) return true;
  }
  const at = fa.text, bt = fb.text;
  const la = at.length, lb = bt.length, minLen = Math.min(la, lb);
  if (minLen < 2) return true;
  // An abjad word: the glued articles computeSimilarity strips, a Latin "ch" read kh or k and a soft
  // g read j (otherChSimilarity) and known variants are not bounded; the spelling and phonetic bounds
  // below hold as for Latin words, then the consonants by sound class (see mayReachByConsonants).
  if (across && ((fa.rare! | fb.rare!) & (R_GLUED | R_SUN | R_CH | R_SOFT_G) || fa.rare! & fb.rare! & R_VARIANT)) return true;
  // Spelling (at most its edit similarity) and one typing slip (at most 0.9, within two edits).
  const d = distanceAtLeast(at, bt, fa.mask!, fb.mask!);
  let spelling = 1 - d / Math.max(la, lb);
  if (d <= 2 && minLen >= 4) spelling = Math.max(spelling, 0.9);
  // Phonetic: the same key 0.9 at most, else 0.88 times the keys' edit similarity.
  const ka = fa.key, kb = fb.key;
  if (ka === kb) return true;
  const kl = Math.max(ka.length, kb.length);
  const phonetic = 0.88 * (1 - distanceAtLeast(ka, kb, fa.keyMask!, fb.keyMask!) / kl);
  // Letters alone do not settle it: the spelling and key similarities themselves, as computeDirect
  // works them out (bit-parallel distances, cheap beside a memo look-up that misses the cache),
  // each only where its letters' bound reaches the floor (the exact one is never above its bound).
  if (spelling >= floor) {
    if (editSimilarity(at, bt) * (minLen <= 3 ? 0.8 : minLen <= 5 ? 0.95 : 1) >= floor || (minLen >= 4 && 0.9 >= floor && oneSlip(at, bt))) return true;
  }
  if (phonetic >= floor && 0.88 * editSimilarity(ka, kb) >= floor) return true;
  if (transcribed) return mayReachTranscribed(fa, fb, floor);
  if (across) return mayReachByConsonants(fa, fb, floor) || mayReachByReadings(fa, fb, floor);
  // The rest is rare and exact: glued article (computeSimilarity), gh/q, Slavic fold, variants
  // (areVariants is false unless both words have a variant group).
  const ra = fa.rare!, rb = fb.rare!;
  const latin = fa.script === 'latin' && fb.script === 'latin';
  // (Each rule asked only of words whose rareLetters bits show what it reads, and of the scripts
  // and lengths computeDirect asks it of: most pairs have none.)
  // The glued article: computeSimilarity compares the word without it, counted 0.97 (a word that
  // begins with "al", "el" or "ul" against any other word made a quarter of the pairs left to it).
  // (Of a Latin word against a word of any script read letter by letter, as computeSimilarity asks.)
  if ((ra ^ rb) & R_GLUED && (ra & R_GLUED ? fa : fb).script === 'latin') {
    const a2 = ra & R_GLUED ? cachedForms(at.slice(2), fa.script) : fa, b2 = rb & R_GLUED ? cachedForms(bt.slice(2), fb.script) : fb;
    if (mayReach(a2, b2, floor / 0.97)) return true;
  }
  // gh read q (both words written with q or gh, one with gh), the Arabic letter folds and Somali
  // spellings: the same key once folded, exactly as computeDirect asks.
  if (minLen >= 4 && latin) {
    if ((ra | rb) & R_GH && ra & (R_Q | R_GH) && rb & (R_Q | R_GH) && ghAsQKeysMeet(at, bt)) return true;
    if ((arabicLetterFoldBits(ra, rb) || ((ra | rb) & (R_SOMALI_X | R_SOMALI_C) && somaliPair(fa, fb))) && arabicFoldKeysMeet(at, bt)) return true;
  }
  if ((ra ^ rb) & OLD_SPELLING && indonesianFold(fa, fb)) return true;
  if (minLen >= 4 && (ra | rb) & (R_X | R_ZH) && centralAsianFold(fa, fb)) return true;
  if (minLen >= 5 && slavicSkeleton(fa) === slavicSkeleton(fb)) return true;
  // (Readings in other languages are of a Latin word against a Cyrillic or abjad one: not two Latin words.)
  return ((ra & rb & R_VARIANT) !== 0 && areVariants(at, bt)) || ((fa.script !== 'latin' || fb.script !== 'latin') && mayReachByReadings(fa, fb, floor));
}

/**
 * What mayReach leaves to a word of Han, Hangul or kana against a word of another script (neither
 * native nor read by syllables, spelling and key bounded already): the consonants by sound class,
 * its own and the other spellings transcribedSimilarity reads, each bounded as mayReachByConsonants
 * bounds them; the Korean and Chinese romanisation keys, worked out. (Left unbounded, these pairs
 * were a third of the similarities worked out in a batch only to fall below the floor: a Chinese
 * or Korean query word against the Latin words of every candidate.)
 */
function mayReachTranscribed(fa: TokenForms, fb: TokenForms, floor: number): boolean {
  const cap = consonantCap(fa, fb);
  if (cap > 0 && cap >= floor && transcribedBound(fa, fb) * cap >= floor) return true;
  if (((fa.script === 'hangul') !== (fb.script === 'hangul') || fa.script === 'hangul') && romanisationKeySimilarity(korean(fa), korean(fb)) >= floor) return true;
  return (fa.script === 'han') !== (fb.script === 'han') && romanisationKeySimilarity(chinese(fa), chinese(fb)) >= floor;
}
/**
 * An upper bound of the consonant similarities computeDirect takes the best of for a transcribed
 * word (anchoredSimilarity of the consonants, and transcribedSimilarity's other spellings with
 * their discounts; otherChSimilarity is of a Latin word against an abjad one, never these).
 */
function transcribedBound(fa: TokenForms, fb: TokenForms): number {
  let best = consonantSimilarityBound(fa.cons, fb.cons);
  const t = isTranscribed(fa.script) && fb.script === 'latin' ? fa : isTranscribed(fb.script) && fa.script === 'latin' ? fb : undefined;
  if (!t) return best;
  const l = t === fa ? fb : fa;
  const alts = t.alts ?? [];
  const nonRhotic = nonRhoticOf(l);
  for (const alt of alts) best = Math.max(best, consonantSimilarityBound(alt, l.cons) * ALT_DISCOUNT);
  if (nonRhotic !== l.cons) {
    best = Math.max(best, consonantSimilarityBound(t.cons, nonRhotic) * NR_DISCOUNT);
    for (const alt of alts) best = Math.max(best, consonantSimilarityBound(alt, nonRhotic) * ALT_DISCOUNT * NR_DISCOUNT);
  }
  for (const c of (l.heard ??= heardReadings(l.text))) best = Math.max(best, consonantSimilarityBound(t.cons, c) * ALT_DISCOUNT);
  return best;
}

/**
 * A word's key with two Central Asian spellings folded: x read kh (Uzbek Latin: Xasanov /
 * Khasanov) and zh read j (Kazakh and Uzbek Latin write j for ж: Zhomart / Jomart); the key
 * itself for a word with neither. Kept on the interned forms: asked for most word pairs that are
 * not alike already (mayReach). A short word's last x is left: Western names end so (Alex, Felix,
 * Max) and Alex is not Aleh (Oleg).
 */
function centralAsianKey(t: TokenForms): string {
  const f = t.base ?? t;
  return (f.ca ??= f.text.includes('x') || f.text.includes('zh') ? nameKey(f.text.replace(f.text.length <= 5 ? /x(?!$)/g : /x/g, 'kh').replace(/zh/g, 'j')) : f.key);
}
/**
 * A word's key with the old (Dutch) Indonesian spelling read as today's: oe u, dj j, tj c, and a j
 * of its own y (Soeharto / Suharto, Abdoel / Abdul, Djoko / Joko, Tjokro / Cokro, Joesoef / Yusuf),
 * in a word that shows that spelling (oe, dj or tj). Kept on the interned forms, as centralAsianKey.
 */
const OLD_SPELLING = R_OE | R_DJ | R_TJ;
function indonesianKey(t: TokenForms): string {
  const f = t.base ?? t;
  return (f.indo ??= rareOf(f) & OLD_SPELLING ? nameKey(f.text.replace(/(?<![dt])j/g, 'y').replace(/oe/g, 'u').replace(/dj/g, 'j').replace(/tj/g, 'c')) : f.key);
}
/** One word written the old Indonesian way, the other not, and their keys meet once it is read so (indonesianKey). */
function indonesianFold(a: TokenForms, b: TokenForms): boolean {
  const fa = a.base ?? a, fb = b.base ?? b;
  return ((rareOf(fa) ^ rareOf(fb)) & OLD_SPELLING) !== 0 && indonesianKey(fa) === indonesianKey(fb);
}
/** The two words' keys meet once both are read so (centralAsianKey). */
function centralAsianFold(a: TokenForms, b: TokenForms): boolean {
  const ka = centralAsianKey(a), kb = centralAsianKey(b);
  // (Words with no x or zh keep their key: those equal are the phonetic rule's, not this one's.)
  return ka === kb && (ka !== (a.base ?? a).key || kb !== (b.base ?? b).key);
}
/** Scripts whose words the Uzbek x is compared across: Latin, and Cyrillic read letter by letter (Ходжаев khodzhaev). */
const LETTERWISE = new Set<Script>(['latin', 'cyrillic']);

/** Two Latin words one of which is spelt the Somali way against the other (see somaliReading); letter masks first. */
function somaliPair(a: TokenForms, b: TokenForms): boolean {
  if (((a.mask! | b.mask!) & X_BIT) === 0 && a.text.charCodeAt(0) !== 99 && b.text.charCodeAt(0) !== 99) return false;
  return somaliReading(a.text, b.text) !== undefined || somaliReading(b.text, a.text) !== undefined;
}
/** The letter x in a letterMask. */
const X_BIT = 1 << (120 & 31);
/**
 * A Somali spelling read as other romanisations write the name, against a word that does not
 * write so: ح x (Xasan / Hassan, Xuseen / Hussein), an initial ع c (Cabdilaahi / Abdillahi, Cumar /
 * Umar), and long vowels doubled (Xaaji / Haji). Undefined when `x` shows neither x nor initial c.
 */
function somaliReading(x: string, y: string): string | undefined {
  // (Most words have neither: plain character checks before any pattern; asked for most word pairs.)
  const hasX = x.includes('x');
  const ayn = x.charCodeAt(0) === 99 && isVowelCode(y.charCodeAt(0));
  if (!hasX && !ayn) return undefined;
  let r = x;
  if (hasX && !y.includes('x') && y.includes('h') && (SOMALI_X.test(x) || (x.length >= 5 && SOMALI_FINAL_X.test(x)))) r = r.replace(/x/g, 'h');
  if (ayn && SOMALI_AYN.test(x)) r = r.slice(1);
  // (A doubled e is left: the long i that nameKey reads in "ee", Xuseen / Husein.)
  return r === x ? undefined : r.replace(/([aiou])\1/g, '$1');
}
function isVowelCode(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}
/** An initial c for ع in the Somali spellings of names that begin with it (Cabdi, Cali, Cumar, Cusmaan, Ciise, Caasha); not Celia / Elia. */
const SOMALI_AYN = /^c(?:abd|ali$|umar|usmaan|ismaan|aa|ii|uu)/;
/** An x starting the word or between vowels, before a vowel (not Chinese Xu, Xi: those have syllables). */
const SOMALI_X = /(?:^|[aeiou])x[aeiou]/;
/** ...or ending a word of five letters or more after a vowel (Baynax / Beenah; not Alex / Aleh). */
const SOMALI_FINAL_X = /[aeiou]x$/;
/**
 * Both words with ق read q (g, gu before e i y) and خ read k, the diphthong au before a consonant
 * read aw, and Somali spellings read (somaliReading), where the other writes them so.
 */
function foldArabicLetters(x: string, y: string): [string, string] {
  if (AW.test(x) !== AW.test(y)) { x = x.replace(AU_ALL, 'aw'); y = y.replace(AU_ALL, 'aw'); }
  const q = (t: string) => t.replace(/gu(?=[eiy])/g, 'q').replace(/g(?!h)/g, 'q');
  if (y.includes('q') && !x.includes('q')) x = q(x);
  else if (x.includes('q') && !y.includes('q')) y = q(y);
  if (x.includes('kh') !== y.includes('kh')) { x = x.replace(/kh/g, 'k'); y = y.replace(/kh/g, 'k'); }
  const sx = somaliReading(x, y), sy = sx === undefined ? somaliReading(y, x) : undefined;
  return [sx ?? x, sy ?? y];
}

const EXACT: TokenSimilarity = { sim: 1, kind: 'exact' };
const INITIAL: TokenSimilarity = { sim: 0.6, kind: 'initial' };
const VARIANT: TokenSimilarity = { sim: 0.95, kind: 'variant' };

/** The Arabic article glued to a romanised word: "Elmasri", "Alhussein", "Ul-Haq". */
const GLUED_ARTICLE = /^(?:al|el|ul)(?=[^aeiou]..)/;
/** The article assimilated to a sun letter and glued: "Essabar" (al-Sabbar), "Ettahar", "Annour". */
const SUN_ARTICLE = /^[aeu](?:tt|dd|rr|zz|ss|nn)(?=[aeiou].)/;

/**
 * A Cyrillic word's Hepburn reading as a Japanese name (polivanov.ts: Кэндзи kenji) as Latin
 * forms, kept on its interned forms; undefined for a word without one. Asked by mayReach and
 * computeSimilarity alike, so that the bound and the similarity read the same forms.
 */
function hepburnReading(t: TokenForms): TokenForms | undefined {
  const f = t.base ?? t;
  return f.script === 'cyrillic' && f.alts ? (f.reading ??= cachedForms(f.alts[0]!, 'latin')) : undefined;
}

function computeSimilarity(a: TokenForms, b: TokenForms): TokenSimilarity {
  let r = computeDirect(a, b);
  // A Japanese name in Cyrillic (Кэндзи, Синдзо) against a Latin word: also its Hepburn reading
  // (polivanov.ts: kenji, shinzo), as another romanisation.
  if (r.sim < ROMANISATION.sim && (a.script === 'cyrillic') !== (b.script === 'cyrillic')) {
    const [c, l] = a.script === 'cyrillic' ? [a, b] : [b, a];
    const reading = l.script === 'latin' ? hepburnReading(c) : undefined;
    if (reading) {
      const sim = (reading.text === l.text ? 1 : computeDirect(reading, l).sim) * ROMANISATION.sim;
      if (sim > r.sim) r = { sim, kind: 'romanisation' };
    }
  }
  // An English or French name in Cyrillic (Рид / Reade, Джордж / George, Фуке / Fouquet): the Latin
  // word read as Russian transcribes it, as another romanisation.
  if (r.sim < ROMANISATION.sim && (a.script === 'cyrillic') !== (b.script === 'cyrillic')) {
    const sim = russianReadingSimilarity(a, b);
    if (sim > r.sim) r = { sim, kind: 'romanisation' };
  }
  // (A native Chinese or Korean name part has no Arabic article: "alwan" is not 안 "an".)
  if (r.sim >= 0.9 || a.native || b.native) return r;
  // "Elmasri" against "masri" or المصري: compare without the glued article too.
  // Against Arabic script also the article taking the sound of a "sun" letter: "Essabar" / الصبار,
  // "Eddine" / الدين (not between Latin words: "Assad" is not "Sad").
  // (The words' rareLetters bits say whether they begin so.)
  const ra = rareOf(a), rb = rareOf(b);
  const ga = a.script === 'latin' && (ra & R_GLUED || (b.script === 'arabic' && ra & R_SUN)) && !(rb & R_GLUED);
  const gb = b.script === 'latin' && (rb & R_GLUED || (a.script === 'arabic' && rb & R_SUN)) && !(ra & R_GLUED);
  if (!ga && !gb) return r;
  const a2 = ga ? cachedForms(a.text.slice(2), a.script) : a;
  const b2 = gb ? cachedForms(b.text.slice(2), b.script, undefined) : b;
  const r2 = computeDirect(a2, b2);
  return r2.sim * 0.97 > r.sim ? { sim: r2.sim * 0.97, kind: r2.kind } : r;
}

/** A reading at least this alike counts (ROMANISATION times its similarity); a looser one says nothing. */
const RUSSIAN_READING_MIN = 0.8;

/**
 * A plain Cyrillic word against a Latin one: how alike the Cyrillic word's romanisation and the
 * Latin word read as Russian transcribes English or French names are (russian-readings.ts), as
 * ROMANISATION times their edit similarity; 0 below RUSSIAN_READING_MIN, and for other pairs.
 */
function russianReadingSimilarity(a: TokenForms, b: TokenForms): number {
  const fa = a.base ?? a, fb = b.base ?? b;
  const c = fa.script === 'cyrillic' ? fa : fb, l = c === fa ? fb : fa;
  if (c.script !== 'cyrillic' || l.script !== 'latin' || c.native || c.syl || l.native || l.syl) return 0;
  const readings = (l.ru ??= russianReadings(l.text));
  if (!readings.length) return 0;
  const cyr = (c.ru ??= [collapse(c.text)])[0]!;
  let best = 0;
  for (const r of readings) best = Math.max(best, editSimilarityAtLeast(r, cyr, RUSSIAN_READING_MIN));
  return best >= RUSSIAN_READING_MIN ? best * ROMANISATION.sim : 0;
}

/**
 * A Latin "ch" is read "sh" by consonants() (French, English, Spanish spellings), but it is the kh
 * of German and Dutch and the k of Greek and Italian ones, which Arabic and Hebrew write خ ח / ك כ
 * (Virchow / فيرخوف, Achaica / אחאיקה, Christos / كريستوس): against an abjad word, those readings
 * count too, a little less.
 */
function otherChSimilarity(a: TokenForms, b: TokenForms): number {
  const [ab, la] = a.script === 'latin' ? [b, a] : [a, b];
  if (la.script !== 'latin' || !isAbjad(ab.script)) return 0;
  let best = 0;
  if (CH.test(la.text)) {
    const kh = consonants(la.text.replace(CH_ALL, 'kh')), k = consonants(la.text.replace(CH_ALL, 'k'));
    best = Math.max(anchoredSimilarity(ab.cons, kh), anchoredSimilarity(ab.cons, k));
  }
  // A soft g (George, Roger, Gilles) is the ج of Arabic and Persian spellings (جورج).
  const lf = la.base ?? la;
  const softG = (lf.softG ??= SOFT_G.test(lf.text) ? consonants(lf.text.replace(SOFT_G_ALL, 'j')) : '');
  if (softG) best = Math.max(best, anchoredSimilarity(ab.cons, softG));
  for (const c of (lf.euro ??= lf.rare! & R_EURO ? europeanReadings(lf.text) : NO_READINGS)) best = Math.max(best, anchoredSimilarity(ab.cons, c));
  // A Latin zh, sh, kh, th, dh whose h is a letter of its own (Azhar / أزهر z-h-r, Ishaq / اسحاق s-h-q).
  const split = splitReading(lf, ab);
  if (split) best = Math.max(best, anchoredSimilarity(ab.cons, split));
  return best * ALT_DISCOUNT;
}
const CH = /(?<![st])ch/;
/** The Arabic diphthong aw before a consonant, and its spelling au (Awlaki / Aulaqi). */
const AW = /aw(?=[^aeiouy])/;
const AU = /au(?=[^aeiouy])/;
const AU_ALL = /au(?=[^aeiouy])/g;
const CH_ALL = /(?<![st])ch/g;

/** splitConsonants of a Latin word that has such a pair, against an abjad word that writes an h (ه ح): else undefined. */
function splitReading(la: TokenForms, ab: TokenForms): string | undefined {
  if (!(la.rare! & R_SPLIT) || !/[hH]/.test(ab.cons)) return undefined;
  return splitConsonants(la.text);
}

/**
 * Letters other languages read otherwise than English, as Arabic and Hebrew spell those names by
 * their sound: the w of German and Polish names is v (Wittmann / فيتمان, Pawlikowski /
 * بافليكوفسكي), the j of Slavic, German and Nordic ones y (Jaromir / يارومير), an initial kn n
 * (Knight / نايت); the j and x of Spanish ones kh (Alejo / أليخو, Xisco / خيسكو); Polish cz and sz
 * and a final -ic (ć, č without their accents) ch and sh. The consonants of each reading that
 * differs from the word's own.
 */
const EURO = /[wjx]|^kn|igh|[cs]z|ic$/;
function europeanReadings(text: string): readonly string[] {
  const own = consonants(text);
  const out = new Set([
    consonants(text.replace(/^kn/, 'n').replace(/igh/g, 'i').replace(/w/g, 'v').replace(/j/g, 'y')),
    consonants(text.replace(/[jx]/g, 'kh')),
    // Polish cz, sz and a Slavic name's -ić, -icz with its accent lost: ch, sh (Djokovic / ג'וקוביץ', Kuszczak / קושצ'אק).
    consonants(text.replace(/cz|ic$/g, (m) => (m === 'cz' ? 'ch' : 'ich')).replace(/sz/g, 'sh').replace(/w/g, 'v').replace(/j/g, 'y')),
  ]);
  out.delete(own);
  return [...out];
}

/** Consonants that a transcription may leave out at a word's onset: silent h, the glides y, w, v. */
const ONSET_WEAK = new Set(['h', 'y', 'w', 'v', 'H']);
/** Two words across scripts whose first consonants are two different sounds count this share. */
const ONSET_MISMATCH = 0.85;

/**
 * consonantSimilarity, less when the first consonants are different sounds (not one sound class,
 * not a weak consonant that one side drops, h v y n): transcriptions keep a name's first
 * consonant most faithfully of all, and words that differ there are other names more often than
 * not (كمال Kamal / "Djamel", 노부쓰구 / "Batshuayi").
 */
function anchoredSimilarity(x: string, y: string): number {
  const s = consonantSimilarity(x, y);
  if (!s || !x || !y || consonantDistance(x[0]!, y[0]!) < 1 || ONSET_WEAK.has(x[0]!) || ONSET_WEAK.has(y[0]!)) return s;
  return s * ONSET_MISMATCH;
}

/** Each edge where a Latin vowel finds no vowel letter in the abjad word costs this share. */
const EDGE_MISMATCH = 0.85;

/**
 * An Arabic or Hebrew word against a Latin one: Arabic and Hebrew write the long and final vowels
 * of a name and the alef or ayn of an initial one, so a Latin word that begins with a vowel where
 * the abjad word begins with a consonant letter, or ends in a vowel (a, i, o, u, y) where it ends
 * in a consonant letter, spells another name (حامد Hamid / "Ahmadi": 0.85 × 0.85). A final "e" is
 * left alone (French "Amine", "Eddine" for أمين, الدين), and a Latin consonant against an abjad
 * vowel letter too (Maghrebi "Brahim" for إبراهيم; French "Prideaux" for بريدو).
 */
function vowelEdges(a: TokenForms, b: TokenForms): number {
  const [ab, la] = a.script === 'latin' ? [b, a] : [a, b];
  const edges = ab.base?.edges ?? ab.edges;
  if (edges && isAbjad(ab.script) && isAbjad(la.script)) return abjadPairFactor(edges, ab.cons, la.base?.edges ?? la.edges, la.cons);
  if (!edges || la.script !== 'latin') return 1;
  return abjadVowelFactor(edges, ab.cons, la.text, la.cons);
}


/**
 * Two abjad spellings: the long vowels and the woman's final -a both write must agree, 0.85 for
 * each that one writes and the other does not, at most twice (حسن Hasan is not حسين Husayn,
 * محمد not محمود, حسنہ Husna not حسن, حمزة Hamza not حمزي).
 */
function abjadPairFactor(ea: string, ca: string, eb: string | undefined, cb: string): number {
  if (!eb) return 1;
  let miss = 0;
  const fem = (e: string) => e[1] === 'f';
  if (fem(ea) !== fem(eb) && /[fcij]/.test(ea[1]!) && /[fcij]/.test(eb[1]!)) miss++;
  let ga = ea.slice(2), gb = eb.slice(2);
  if (ca.endsWith('H') && !cb.endsWith('H')) { ca = ca.slice(0, -1); ga = ga.slice(0, -1); }
  if (cb.endsWith('H') && !ca.endsWith('H')) { cb = cb.slice(0, -1); gb = gb.slice(0, -1); }
  if (ca.length === cb.length && ga.length === gb.length && ga.length === ca.length - 1) {
    let same = true;
    for (let k = 0; same && k < ca.length; k++) if (consonantDistance(ca[k]!, cb[k]!) >= 1) same = false;
    const long = (g: string) => (g === 'y' || g === 'd' ? 'y' : g === 'w' ? 'w' : '');
    if (same) for (let k = 0; k < ga.length; k++) if (long(ga[k]!) !== long(gb[k]!)) miss++;
  }
  let f = 1;
  for (let k = 0; k < Math.min(miss, 2); k++) f *= EDGE_MISMATCH;
  return f;
}

/**
 * vowelEdges for an abjad word or whole name (its `edges`, as text.ts writes them, and its
 * consonants) against a Latin spelling (its letters and consonants): names.ts checks the whole
 * name and words written together the same way.
 */
export function abjadVowelFactor(edges: string, abCons: string, t: string, laCons: string): number {
  let f = 1;
  if (edges[0] === 'c' && /^[aeiou]/.test(t)) f *= EDGE_MISMATCH;
  // An initial waw is a w, v or French "ou"; an initial ya a y, j or i (وسیم Waseem is not "Chamula").
  if (edges[0] === 'w' && !/^[wvou]/.test(t)) f *= EDGE_MISMATCH;
  if (edges[0] === 'y' && !/^[yjie]/.test(t)) f *= EDGE_MISMATCH;
  // A Hangul or Han transcription that opens on a bare vowel stands for a name that does too (or
  // with a silent h, a glide, "ng": Nguyen 응우옌).
  if (edges[0] === 'o' && /^[b-df-gk-np-tvxz]/.test(t) && !t.startsWith('ng')) f *= EDGE_MISMATCH;
  // So does an abjad word that opens on an alef or ayn: its Latin spelling opens on a vowel
  // (عثمان Uthman, Osman is not "Sam"; Maghrebi "Brahim", Bosnian "Smail" pay once).
  if (edges[0] === 'v' && /^[b-df-gk-np-tvxz]/.test(t)) f *= EDGE_MISMATCH;
  if (edges[1] === 'c' && /[aiouy]$/.test(t)) f *= EDGE_MISMATCH;
  // An abjad word ending on a vowel letter against a Latin one ending on a consonant (not h, not
  // the t of a ta marbuta, not the silent endings of French and Latin spellings: -er, -s, -x, a
  // final j that is a y: Olivier / أوليفييه, Moses / משה, Matej / מאטיי). On the Wikidata
  // transliteration sets 2-3% of true pairs do this, against most pairs of two unrelated names.
  if ((edges[1] === 'a' || edges[1] === 'f' || edges[1] === 'i') && /[bcdfgklmnpqrvz]$/.test(t) && !t.endsWith('er')) f *= EDGE_MISMATCH;
  // A final ya is -i, -y, -e, never the -ah of a ha or ta marbuta (عبدالی Abdali is not "Abdullah").
  if (edges[1] === 'i' && /[aou]h$/.test(t)) f *= EDGE_MISMATCH;
  // A woman's name's final -a (ha, ta marbuta after a consonant) left out makes the man's name:
  // حسنہ Husna is not "Hasan", فريدة Farida not "Farid". Twice.
  if (edges[1] === 'f' && /[bcdfgklmnpqrvz]$/.test(t) && !t.endsWith('er')) f *= EDGE_MISMATCH;
  // Inside the word: where the abjad writes a long vowel between two consonants (ya, waw), the
  // Latin spelling has its vowel there too (حسين Husayn is not "Hasan", محمود Mahmud not
  // "Mahmad"). Compared when both have their consonants one for one, each of one sound class; at most twice.
  let gaps = edges.slice(2);
  if (abCons.endsWith('H') && !laCons.endsWith('h')) gaps = gaps.slice(0, -1);
  if (/[ywd.]/.test(gaps)) {
    const lg = consonantGaps(t);
    const ac = abCons.slice(0, gaps.length + 1), lc = laCons;
    let oneForOne = lg.length === gaps.length && lc.length === ac.length;
    for (let k = 0; oneForOne && k < ac.length; k++) if (consonantDistance(ac[k]!, lc[k]!) >= 1) oneForOne = false;
    if (oneForOne) {
      let miss = 0;
      for (let k = 0; k < lg.length; k++) {
        if ((gaps[k] === 'y' && !/[iey]/.test(lg[k]!)) || (gaps[k] === 'w' && !/[uowv]/.test(lg[k]!)) || (gaps[k] === 'd' && !/[aiey]/.test(lg[k]!))) miss++;
        // And the other way round: a Latin long vowel or diphthong (ee, ei, ai, oo, ou) where the
        // abjad writes no letter at all (حسنہ Husna is not "Hussein", which is written حسین).
        else if (gaps[k] === '.' && /^(ee|ei|ai|oo|ou)$/.test(lg[k]!)) miss++;
      }
      for (let k = 0; k < Math.min(miss, 2); k++) f *= EDGE_MISMATCH;
    }
  }
  return f;
}

/** An other likely spelling counts a little less than the best one. */
const ALT_DISCOUNT = 0.95;

/**
 * A foreign name transcribed into Han or Hangul against a Latin word: the consonants of its
 * other likely Latin spellings (see text.ts), and the Latin word as these scripts hear it,
 * without the r that closes a syllable (Oscar/奧斯卡, Ford/포드: English r after a vowel is
 * not written).
 */
function transcribedSimilarity(a: TokenForms, b: TokenForms): number {
  const [t, l] = isTranscribed(a.script) && b.script === 'latin' ? [a, b] : isTranscribed(b.script) && a.script === 'latin' ? [b, a] : [];
  if (!t || !l) return 0;
  const alts = t.base?.alts ?? t.alts ?? [];
  const lc = [l.cons];
  // Kept on the interned forms: asked again for every transcribed word the Latin word meets.
  const lf = l.base ?? l;
  const nonRhotic = nonRhoticOf(lf);
  if (nonRhotic !== l.cons) lc.push(nonRhotic);
  let best = 0;
  for (const c of lc) {
    if (c !== l.cons) best = Math.max(best, anchoredSimilarity(t.cons, c) * NR_DISCOUNT);
    for (const alt of alts) best = Math.max(best, anchoredSimilarity(alt, c) * ALT_DISCOUNT * (c !== l.cons ? NR_DISCOUNT : 1));
  }
  // (Against the best reading only: each other spelling would cost one more comparison per pair.)
  for (const c of (lf.heard ??= heardReadings(lf.text))) best = Math.max(best, anchoredSimilarity(t.cons, c) * ALT_DISCOUNT);
  return best;
}

/** A Latin word's consonants without the r that closes a syllable (see transcribedSimilarity), kept on its interned forms. */
function nonRhoticOf(lf: TokenForms): string {
  return (lf.nonRhotic ??= consonants(lf.text.replace(/([aeiouy])r+(?=[^aeiouy]|$)/g, '$1')));
}

/**
 * A Latin word's consonants as Han, Hangul and kana hear it, when that differs from its
 * spelling: a soft g (before e, i, y) is the j of 조지, ジョージ George and ジェラルド Gerald,
 * and th the s of 스미스, スミス Smith and サッチャー Thatcher (these scripts have no th); with
 * and without a closing r. Counted a little less, as an other reading.
 */
function heardReadings(text: string): readonly string[] {
  const heard = text.replace(SOFT_G_ALL, 'j').replace(/th/g, 's');
  if (heard === text) return NO_READINGS;
  return [...new Set([consonants(heard), consonants(heard.replace(/([aeiouy])r+(?=[^aeiouy]|$)/g, '$1'))])];
}
const NO_READINGS: readonly string[] = [];
const SOFT_G = /g(?=[eiy])/;
const SOFT_G_ALL = /g(?=[eiy])/g;
/** The Latin word read without its closing r counts a little less than as written. */
const NR_DISCOUNT = 0.97;

const ROMANISATION: TokenSimilarity = { sim: 0.92, kind: 'romanisation' };

/** A phonetic key with one consonant sound in it (si, asa, ali). */
const ONE_CONSONANT = /^[aeiouy]*[^aeiouy][aeiouy]*$/;
function computeDirect(a: TokenForms, b: TokenForms): TokenSimilarity {
  // A native Chinese or Korean name part against a Latin word: syllable by syllable, nothing looser.
  const na = a.base?.syl ?? a.syl, nb = b.base?.syl ?? b.syl;
  if (na && a.native && b.script === 'latin') return syllablesMatch(na, b.text, readsKorean(a.script)) ? ROMANISATION : NONE;
  if (nb && b.native && a.script === 'latin') return syllablesMatch(nb, a.text, readsKorean(b.script)) ? ROMANISATION : NONE;
  // Two Latin names written the Chinese or Korean way: syllable against syllable (and against
  // words of the other name written together, "Hsueh Kang" / "Xuekang").
  if ((na && !a.native && b.script === 'latin' && !b.native) || (nb && !b.native && a.script === 'latin' && !a.native)) {
    const s = na ? latinSyllablesSimilarity(na, b.text) : latinSyllablesSimilarity(nb!, a.text);
    if (s === 'same') return ROMANISATION;
    if (s === 'other' && na && nb && !areVariants(a.text, b.text)) {
      const minLen = Math.min(a.text.length, b.text.length);
      const spell = editSimilarity(a.text, b.text) * (minLen <= 3 ? 0.8 : minLen <= 5 ? 0.95 : 1);
      return spell > 0 ? { sim: spell, kind: 'spelling' } : NONE;
    }
  }
  const ra = rareOf(a), rb = rareOf(b);
  if (ra & rb & R_VARIANT && areVariants(a.text, b.text)) return VARIANT;
  // A typo in a short word is a different word more often than in a long one.
  const minLen = Math.min(a.text.length, b.text.length);
  const spell = editSimilarity(a.text, b.text);
  let sim = minLen <= 3 ? spell * 0.8 : minLen <= 5 ? spell * 0.95 : spell;
  let kind: TokenMatchKind = 'spelling';
  // One typing slip (a letter wrong, missing, added, or two letters swapped) in a word of four
  // letters or more is the same word mistyped more often than another name.
  if (minLen >= 4 && oneSlip(a.text, b.text)) {
    const typo = minLen >= 6 ? 0.9 : minLen === 5 ? 0.86 : 0.8;
    if (typo > sim) { sim = typo; kind = 'typo'; }
  }
  // A key of one consonant ("si": Saee, Sheikh, Chuy, Shai) is shared by words that have little
  // else in common: the same sound only when the spellings are half alike too (Isa / Eesa, Shai / Shay).
  const ph = a.key === b.key ? (a.key.length >= 2 && (spell >= 0.5 || !ONE_CONSONANT.test(a.key)) ? (minLen <= 3 ? 0.8 : 0.9) : 0)
    : sim < 0.88 ? editSimilarity(a.key, b.key) * 0.88 : 0;
  if (ph > sim) { sim = ph; kind = 'phonetic'; }
  // Persian ق and غ sound alike and are written q, gh or g ("Yaqubi" / "Yaghoubi", "Qasem" /
  // "Ghasem"): the same key once gh and q are read as one sound.
  if (sim < 0.88 && minLen >= 4 && a.script === 'latin' && b.script === 'latin' && (a.text.includes('gh') || b.text.includes('gh')) && /q|gh/.test(a.text) && /q|gh/.test(b.text)) {
    if (ghAsQKeysMeet(a.text, b.text)) { sim = 0.88; kind = 'phonetic'; }
  }
  // Arabic ق is written g where it is spoken so (Maghreb, Gulf, Egypt: "Guizani" / "Qizani",
  // "Gaddafi" / "Qadhafi"; gu before e, i), and خ k where kh is not written (Philippines,
  // Indonesia: "Moklis" / "Mukhlis"): the same key once those letters are read as one.
  if (sim < 0.88 && minLen >= 4 && a.script === 'latin' && b.script === 'latin' && (arabicLetterFoldBits(ra, rb) || somaliPair(a.base ?? a, b.base ?? b))) {
    if (arabicFoldKeysMeet(a.text, b.text)) { sim = 0.88; kind = 'phonetic'; }
  }
  // Uzbek Latin writes x for kh (Xo'jayev / Khodzhaev / Ходжаев, Maxmudov / Makhmudov, Xasanov /
  // Khasanov): the same key once x is read kh in both words (centralAsianKey).
  // And Kazakh and Uzbek Latin write j for ж, which Russian transliteration writes zh (Jomart /
  // Zhomart / Жомарт, Jumaboy / Zhumaboy), as French names do (Jean / Жан).
  if (sim < 0.88 && minLen >= 4 && LETTERWISE.has(a.script) && LETTERWISE.has(b.script) && centralAsianFold(a, b)) {
    sim = 0.88;
    kind = 'phonetic';
  }
  // Indonesian names in the old (Dutch) spelling (indonesianKey).
  if (sim < 0.88 && minLen >= 4 && a.script === 'latin' && b.script === 'latin' && indonesianFold(a, b)) {
    sim = 0.88;
    kind = 'phonetic';
  }
  // Belarusian and Ukrainian spellings of one Slavic name (HALAVANAU / GOLOVANOV, Hryhoryavich /
  // Grigoryevich, Sviatlana / Svetlana): g written h, o written a, the final -ov written -au.
  // Same consonants once folded, four or more of them: the same name.
  if (sim < SLAVIC_SIM && minLen >= 5 && a.script === 'latin' && b.script === 'latin') {
    const sa = slavicSkeleton(a), sb = slavicSkeleton(b);
    if (sa.length >= 4 && sa === sb) { sim = SLAVIC_SIM; kind = 'phonetic'; }
  }
  // Across scripts, or between two abjad spellings: compare the consonants by sound class.
  // Only scripts that do not write every vowel (abjads) or write syllables (Hangul, kana, Han
  // transcriptions) are compared by consonants; Cyrillic and Greek transliterate letter by letter.
  if ((isConsonantal(a.script) || isConsonantal(b.script)) && !a.native && !b.native) {
    // (Capped by the fewer consonants and the scripts: consonantCap; 0, never above sim, when a word has none.)
    const cap = consonantCap(a, b);
    if (cap > sim) {
      const cs = Math.max(anchoredSimilarity(a.cons, b.cons), transcribedSimilarity(a, b), otherChSimilarity(a, b)) * vowelEdges(a, b) * cap;
      if (cs > sim) { sim = cs; kind = 'consonants'; }
    }
  }
  if (sim < 0.92 && ((a.script === 'hangul') !== (b.script === 'hangul') || a.script === 'hangul')) {
    const r = romanisationKeySimilarity(korean(a), korean(b));
    if (r > sim) { sim = r; kind = 'romanisation'; }
  }
  if (sim < 0.92 && (a.script === 'han') !== (b.script === 'han')) {
    const r = romanisationKeySimilarity(chinese(a), chinese(b));
    if (r > sim) { sim = r; kind = 'romanisation'; }
  }
  return sim > 0 ? { sim, kind } : NONE;
}
