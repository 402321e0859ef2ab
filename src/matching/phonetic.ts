/**
 * Phonetic keys for names written in Latin letters by people of many languages. Our own design,
 * tuned to what romanisation conventions disagree on rather than to English spelling:
 * - nameKey: spelling variants of one sound meet ("kh"/"h", "ph"/"f", "w"/"v", "z"/"s",
 *   "ts"/"s", "q"/"k", "c"/"k", double letters), and vowels keep only their class (a/e, i/y, o/u), so
 *   Mohammed, Muhammad, Mohamed and Mukhammad all give "muhamad"; Yevgeny, Evgeniy and Jewgeni
 *   give "avgani"; John and Jane stay apart.
 * - skeleton: the consonants only, as Arabic and Hebrew script write names ("mhmd").
 * - koreanKey: folds the Revised Romanisation / McCune-Reischauer / common-usage differences
 *   (g/k, d/t, b/p, j/ch, eo/o, eu/u, r/l) so "gim jeongeun" meets "kim jong un".
 */

import { codesToString, Rewriter } from './rewrites.js';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * Multi-letter spellings first, so "sch" is read before "ch" and "kh" before "k". nameKey's
 * rewrites, applied in order by a Rewriter (rewrites.ts: only the patterns it understands).
 */
export const REWRITES: [RegExp, string][] = [
  [/^(?:ye|ie|je)(?=[aeiou]?)/, 'e'], // Yelena/Elena/Jelena, Yevgeny/Evgeniy/Jewgeni
  [/^yu/, 'u'], [/^yo/, 'o'], [/^ya/, 'a'], // Yusuf/Usuf, Yakov/Jakov via j→y below
  [/dzh|dj|dsch/g, 'j'],
  [/tsch|tch/g, 's'],
  [/sch|sh|sz|ch|zh|zs|cz/g, 's'],
  [/kh|gh(?=[aeiou])/g, 'h'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/x/g, 'ks'],
  [/ck|q|c(?=[aou]|$)/g, 'k'],
  [/ts|tz|c/g, 's'],
  [/w/g, 'v'],
  [/z/g, 's'],
  // South Asian and Gulf romanisations write a long i as "ee": Baseer/Basir, Saeed/Said, Kareem/Karim.
  [/ee/g, 'i'],
];

/**
 * A spelling-independent key of one ASCII token: see the module comment. REWRITES applied in
 * order (rewrites.ts: passes over char codes, where 16 regular expression replaces and a
 * concatenated string cost 3–4 µs a name, and a million listed names each key their whole joined
 * name), then the vowel classes.
 */
export function nameKey(token: string): string {
  const n = NAME_REWRITER.apply(token);
  const s = NAME_REWRITER.out, out = NAME_REWRITER.spare;
  // Vowels fall into three classes (a/e, i/y, o/u); a run of vowels takes its last one's class.
  let m = 0;
  for (let i = 0; i < n; i++) {
    const ch = s[i]!;
    if (isVowel(ch)) {
      if (i + 1 < n && isVowel(s[i + 1]!)) continue;
      if (m > 0 && isVowel(out[m - 1]!)) m--;
      out[m++] = ch === L_E ? L_A : ch === L_Y ? L_I : ch === L_O ? L_U : ch;
    } else if (m === 0 || out[m - 1] !== ch) out[m++] = ch;
  }
  // A final "h" after a vowel is silent in most romanisations: Fatimah/Fatima, Abdullah/Abdulla.
  if (m > 2 && out[m - 1] === L_H && (out[m - 2] === L_A || out[m - 2] === L_I || out[m - 2] === L_U)) m--;
  return codesToString(out, m);
}
const NAME_REWRITER = new Rewriter(REWRITES);

// Char codes of the letters the vowel classes and consonant runs read and write.
const L_A = 97, L_E = 101, L_H = 104, L_I = 105, L_O = 111, L_U = 117, L_W = 119, L_Y = 121;
function isVowel(c: number): boolean {
  return c === L_A || c === L_E || c === L_I || c === L_O || c === L_U || c === L_Y;
}

/** The consonants of a name key, as abjad scripts write them: "mahamad" → "mhmd". v/w is dropped like waw. */
export function skeleton(key: string): string {
  let out = '';
  for (const ch of key) {
    if (VOWELS.has(ch) || ch === 'v') continue;
    if (out[out.length - 1] !== ch) out += ch;
  }
  return out;
}

/** Korean romanisation variants folded together (see module comment). */
export function koreanKey(token: string): string {
  let s = token
    .replace(/^(?:lee|rhee|yi|ri|rhi|ree)$/, 'i') // the family name 이/리
    .replace(/^(?:park|pak|bak|bag)$/, 'pak')
    .replace(/^(?:choi|choe|chey)$/, 'coe')
    .replace(/^(?:roh|noh|no|ro)$/, 'no')
    .replace(/eo|eu|oo|ou/g, 'o')
    .replace(/ae|ay/g, 'e')
    .replace(/ch|tch|j/g, 'c')
    .replace(/sh/g, 's')
    .replace(/g|kk|k/g, 'k')
    .replace(/d|tt|t/g, 't')
    .replace(/b|pp|p/g, 'p')
    .replace(/r|l/g, 'l')
    .replace(/w(?=[aeiou])/g, '')
    .replace(/u/g, 'o')
    .replace(/y/g, 'i');
  s = s.replace(/(.)\1+/g, '$1');
  return s;
}

/** Chinese romanisation variants (pinyin / Wade-Giles / Cantonese spellings) folded together. */
export function chineseKey(token: string): string {
  return token
    .replace(/hs|x|sh/g, 's')
    .replace(/ch|q|zh|j|tz|ts|z|c/g, 'c')
    .replace(/k/g, 'g')
    .replace(/t/g, 'd')
    .replace(/p/g, 'b')
    .replace(/ung/g, 'ong')
    .replace(/ie|ye/g, 'e')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The consonants of a transliterated word, as a script without written vowels (Arabic, Hebrew)
 * or a syllabary (Hangul, kana, Han transcriptions) keeps them: digraphs read as one sound, vowels
 * and semivowels dropped, doubles collapsed. "Kalashnykov" → "klsnkv", "Barnack" → "brnk".
 */
export function consonants(text: string): string {
  const n = CONSONANT_REWRITER.apply(text);
  // consonantRun over the codes; a character outside the BMP (two codes) takes consonantRun itself,
  // which collapses a doubled one as one character.
  const s = CONSONANT_REWRITER.out, out = CONSONANT_REWRITER.spare;
  let m = 0, prev = -1;
  for (let i = 0; i < n; i++) {
    const ch = s[i]!;
    if (ch >= 0xd800 && ch <= 0xdfff) return consonantRun(codesToString(s, n));
    if (ch !== prev && !isVowel(ch) && ch !== L_W) out[m++] = ch;
    prev = ch;
  }
  return codesToString(out, m);
}

/** The letters of `s` that are consonants, w aside; only letters doubled in writing collapse ("mm" in Mohammed; "Manan" keeps both n, منان). */
function consonantRun(s: string): string {
  let out = '';
  let prev = '';
  for (const ch of s) {
    if (ch !== prev && !VOWELS.has(ch) && ch !== 'w') out += ch;
    prev = ch;
  }
  return out;
}

/**
 * Between each two consonants of consonants(text), the vowel letters the Latin word writes
 * there (w and y included): "hussein" → ["u", "ei"].
 */
export function consonantGaps(text: string): string[] {
  let g = gapsCache.get(text);
  if (!g) {
    // Memoised: asked for many word pairs, on few distinct words.
    if (gapsCache.size > 100_000) gapsCache.clear();
    g = computeGaps(text);
    gapsCache.set(text, g);
  }
  return g;
}
const gapsCache = new Map<string, string[]>();

function computeGaps(text: string): string[] {
  const s = CONSONANT_REWRITER.rewrite(text);
  const gaps: string[] = [];
  let gap = '', prev = '', any = false;
  for (const ch of s) {
    if (VOWELS.has(ch) || ch === 'w') gap += ch;
    else if (ch !== prev) {
      if (any) gaps.push(gap);
      any = true;
      gap = '';
    }
    prev = ch;
  }
  return gaps;
}

/**
 * The word with its spellings of one consonant sound written as one letter (see consonants),
 * applied in order by a Rewriter (rewrites.ts).
 */
export const CONSONANT_REWRITES: [RegExp, string][] = [
  // A final "h" after a vowel is not written in Arabic script (Abdullah/عبد الله, Fatimah, Zadeh).
  [/([aeiou])h$/, '$1'],
  // French and Russian romanisations write ج "dj" and "dzh" (Djamel, Djouadi, Dzhamal): one sound.
  [/dzh|dj/g, 'j'],
  // English writes an initial w "wh" (Whale, White, Wheeler / 웨일, 화이트, ويلر): a w.
  [/^wh(?=[aeiy])/, 'w'],
  // A name's initial x is a hissing sound in Pinyin, Catalan, Portuguese, Albanian, Nahuatl (Xi, Xishan, Xavier, Xhaka): s.
  [/^x/, 's'],
  // A final j after a vowel is the glide y of Slavic and Hungarian spellings (Nikolaj, Andrej, Leskaj).
  [/([aeiou])j$/, '$1'],
  [/sch|sh|zh|ch|tch/g, 's'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  // After th and dh: the h left of "kh" must not make one with the letter before it ("Shahidkhel" d-h-l).
  [/kh/g, 'h'],
  [/ck|qu|q/g, 'k'],
  [/x/g, 'ks'],
  // A "c" is an s before e, i, y and a k elsewhere, as abjads write it (Belgacem / بلقاسم).
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
];

const CONSONANT_REWRITER = new Rewriter(CONSONANT_REWRITES);

/**
 * The consonants of a Latin word with "h" read as its own letter ("Ishak" → "shk", "Lakhal" →
 * "lkhl"): a Latin "sh" or "kh" is one sound as often as two letters of an abjad (اسحاق s-h-q,
 * لكحل l-k-h-l), which consonants() reads as one. Undefined when the word has no such pair.
 */
export function splitConsonants(text: string): string | undefined {
  if (!/[sktdgcz]h/.test(text)) return undefined;
  return consonantRun(text.replace(/([aeiou])h$/, '$1').replace(/ck|qu|q/g, 'k').replace(/x/g, 'ks'));
}

/** Sound classes that scripts and romanisations confuse: b/p/f/v, d/t, g/k/c/q, s/z/j, r/l (by char code). */
const SOUND_CLASS = new Int8Array(128);
for (const [cls, letters] of [[1, 'bpfv'], [2, 'dt'], [3, 'gkcq'], [4, 'szj'], [5, 'rl']] as const) for (const ch of letters) SOUND_CLASS[ch.charCodeAt(0)] = cls;
/** Consonants that one script writes and another drops cost half: h, v, y, n. */
const DROP_COST = new Float32Array(128).fill(1);
for (const ch of "hvyn'") DROP_COST[ch.charCodeAt(0)] = 0.5;
// A final ح may be left out of a Latin spelling (see EITHER_READINGS).
DROP_COST['H'.charCodeAt(0)] = 0;

/** Second classes for letters that sit between two sounds: j/g (Jamal/Gamal, ج), c/s (Mercito/ميرسيتو). */
const SOUND_CLASS2 = new Int8Array(128);
SOUND_CLASS2['j'.charCodeAt(0)] = 3;
SOUND_CLASS2['c'.charCodeAt(0)] = 4;
SOUND_CLASS2['g'.charCodeAt(0)] = 3;
SOUND_CLASS2['s'.charCodeAt(0)] = 4;

/** Letters to their sound class for classKey: b/p/f → b, d/t → d, g/k/c/q/j → k (ج is g in Egypt: Ragab/رجب), s/z → s, r/l → r; v, w, y dropped. */
const CLASS_LETTER: Record<string, string> = { p: 'b', f: 'b', v: '', w: '', y: '', t: 'd', g: 'k', c: 'k', q: 'k', z: 's', j: 'k', l: 'r' };

/**
 * A consonant skeleton with letters of one sound class folded together and semivowels dropped,
 * doubles collapsed: an exact key for blocking across scripts, where consonantDistance would
 * find the words alike ("hamza" hmz and حمزة hmz, "zahid" zhd and "zahed", "Gasmi" ksm and قاسمي ksm).
 */
export function classKey(cons: string): string {
  const n = cons.length;
  if (classBuffer.length < n) classBuffer = new Uint16Array(2 * n);
  const out = classBuffer;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const ch = cons.charCodeAt(i);
    const c = ch < 128 ? CLASS_CODE[ch]! : ch;
    if (c >= 0 && (m === 0 || c !== out[m - 1])) out[m++] = c;
  }
  return codesToString(out, m);
}
let classBuffer = new Uint16Array(64);
/** CLASS_LETTER by char code (-1: dropped), for classKey, which every listed name's whole-name keys call. */
const CLASS_CODE = new Int32Array(128).map((_, i) => i);
for (const [from, to] of Object.entries(CLASS_LETTER)) CLASS_CODE[from.charCodeAt(0)] = to ? to.charCodeAt(0) : -1;

/**
 * A final t costs half: Arabic ta marbuta (ة) is silent in a name on its own and written "t" in
 * one joined to the next word (عصبة / "Asbat al-Ansar", جماعة / "Jama'at"), and an abjad skeleton drops it.
 */
const T = 't'.charCodeAt(0);
const FINAL_T = 0.5;

/**
 * Arabic letters that Arabic and Persian (Pashto, Urdu) romanisations write with different
 * letters: ث is "t" in Arabic ("Harith") and "s" in Persian ("Sanaullah"); ذ ض ظ are "d"/"dh" in
 * Arabic ("Radi", "Nadhir") and "z" in Persian ("Zia", "Faiz", "Nazir"). A final ح is written
 * "h" after a vowel ("Saleh", "Souayah"), where a Latin final h is read as silent (Fatimah) and
 * left out: it is "H", h or nothing. text.ts writes them as these capitals, which meet either
 * reading exactly.
 */
export const EITHER_READINGS: Readonly<Record<string, readonly string[]>> = {
  T: ['t', 's'], D: ['d', 'z'], H: ['h', ''],
  // Hebrew letters read two ways (with or without dagesh): פ p/f, כ k/kh.
  P: ['p', 'f'], K: ['k', 'h'],
};

/** The letters EITHER_READINGS and SKELETON_READINGS read (phonetic.test.ts checks the two agree). */
const EITHER_LETTERS = /[TDHPK]/;

/** The same readings as a phonetic skeleton (nameKey) writes them: z as s. */
export const SKELETON_READINGS: Readonly<Record<string, readonly string[]>> = { T: ['t', 's'], D: ['d', 's'], H: ['h', ''], P: ['p', 'f'], K: ['k', 'h'] };

/** The plain consonant strings a skeleton with such letters stands for (at most 4). */
export function consonantReadings(cons: string, readings: Readonly<Record<string, readonly string[]>> = EITHER_READINGS): string[] {
  // Both tables read only the capital letters abjad skeletons use (T D H P K): Latin consonants,
  // most of those asked for, have one reading, the string itself.
  if (!EITHER_LETTERS.test(cons)) return [cons];
  let out = [''];
  for (const ch of cons) {
    const r = readings[ch];
    if (!r) { for (let i = 0; i < out.length; i++) out[i] += ch; continue; }
    out = out.length >= 4 ? out.map((s) => s + r[0]) : out.flatMap((s) => r.map((x) => s + x));
  }
  return out;
}

/** Substitution cost of two consonants (by char code): 0 same, 0.35 one sound class, 1 otherwise. */
const SUB = new Float32Array(128 * 128).fill(1);
for (let a = 0; a < 128; a++) {
  for (let b = 0; b < 128; b++) {
    const ca = String.fromCharCode(a), cb = String.fromCharCode(b);
    const ra = (EITHER_READINGS[ca] ?? [ca]).filter(Boolean), rb = (EITHER_READINGS[cb] ?? [cb]).filter(Boolean);
    let cost = 1;
    for (const x of ra) {
      for (const y of rb) {
        const xa = x.charCodeAt(0), yb = y.charCodeAt(0);
        const c = x === y ? 0 : (SOUND_CLASS[xa] !== 0 && SOUND_CLASS[xa] === SOUND_CLASS[yb]) || (SOUND_CLASS2[xa] !== 0 && SOUND_CLASS2[xa] === SOUND_CLASS2[yb]) ? 0.35 : 1;
        if (c < cost) cost = c;
      }
    }
    SUB[a * 128 + b] = cost;
  }
}

/** Whether two consonants are the same sound (a letter read two ways meets either reading). */
export function sameConsonant(a: string, b: string): boolean {
  return SUB[(a.charCodeAt(0) & 127) * 128 + (b.charCodeAt(0) & 127)] === 0;
}

let drow = new Float32Array(64);
/**
 * Edit distance between two consonant skeletons where a swap within a sound class costs 0.35
 * and dropping a weak consonant (h, v, y, n) 0.5: "brnk" / "brng" = 0.35.
 */
export function consonantDistance(a: string, b: string): number {
  if (a === b) return 0;
  const bl = b.length;
  if (drow.length <= bl) drow = new Float32Array(bl * 2 + 1);
  const row = drow;
  row[0] = 0;
  for (let j = 1; j <= bl; j++) row[j] = row[j - 1]! + (j === bl && b.charCodeAt(j - 1) === T ? FINAL_T : DROP_COST[b.charCodeAt(j - 1) & 127] ?? 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1) & 127;
    const delA = i === a.length && ca === T ? FINAL_T : DROP_COST[ca]!;
    const subRow = ca * 128;
    let prev = row[0]!;
    row[0] = prev + delA;
    for (let j = 1; j <= bl; j++) {
      const cb = b.charCodeAt(j - 1) & 127;
      const sub = SUB[subRow + cb]!;
      const tmp = row[j]!;
      let v = tmp + delA;
      const ins = row[j - 1]! + (j === bl && cb === T ? FINAL_T : DROP_COST[cb]!);
      if (ins < v) v = ins;
      const sb = prev + sub;
      if (sb < v) v = sb;
      row[j] = v;
      prev = tmp;
    }
  }
  return row[bl]!;
}

/**
 * An upper bound of consonantSimilarity(a, b) from the lengths alone, for callers that need only
 * high similarities: every consonant dropped or added costs 0.5 at least (DROP_COST, FINAL_T),
 * except "H", which may cost nothing (then 1, no bound).
 */
export function consonantSimilarityAtMost(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) if ((a.charCodeAt(i) & 127) === 72) return 1;
  for (let i = 0; i < b.length; i++) if ((b.charCodeAt(i) & 127) === 72) return 1;
  const n = Math.max(a.length, b.length);
  return n ? 1 - (0.5 * Math.abs(a.length - b.length)) / n : 0;
}

/**
 * An upper bound of consonantSimilarity(a, b) from the consonants each word has, without their
 * order: every consonant of one word is dropped or stands for one of the other's, so costs at
 * least the cheaper of its drop and its cheapest substitution by a consonant the other has.
 * (A little is given back against the rounding of consonantDistance's float sums.)
 */
export function consonantSimilarityBound(a: string, b: string): number {
  if (a.endsWith('H') && !/[hH]$/.test(b)) a = a.slice(0, -1);
  else if (b.endsWith('H') && !/[hH]$/.test(a)) b = b.slice(0, -1);
  const n = Math.max(a.length, b.length);
  if (!n) return 0;
  return Math.max(0, 1 - (Math.max(unpairedCost(a, b), unpairedCost(b, a)) - 1e-4) / n);
}
function unpairedCost(x: string, y: string): number {
  let d = 0;
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i) & 127;
    let m = c === T ? Math.min(FINAL_T, DROP_COST[c]!) : DROP_COST[c]!;
    for (let j = 0; j < y.length && m > 0; j++) {
      const sub = SUB[c * 128 + (y.charCodeAt(j) & 127)]!;
      if (sub < m) m = sub;
    }
    d += m;
  }
  return d;
}

/** 1 - consonantDistance / longer skeleton: how alike two words sound across scripts. */
export function consonantSimilarity(a: string, b: string): number {
  // A final "H" (ح or ه, h or nothing) that the other word does not end with is left out, length
  // included: it is silent there, not a consonant more ("رفوئه" r-f-H is not three consonants).
  if (a.endsWith('H') && !/[hH]$/.test(b)) a = a.slice(0, -1);
  else if (b.endsWith('H') && !/[hH]$/.test(a)) b = b.slice(0, -1);
  const n = Math.max(a.length, b.length);
  if (!n) return 0;
  return Math.max(0, 1 - consonantDistance(a, b) / n);
}
