/**
 * Native Chinese and Korean names (习近平, 김정은) against their Latin spellings, syllable by
 * syllable. A Han character or a Hangul block is one syllable, and romanisations differ in how
 * they spell a syllable (Pinyin / Wade-Giles: Xi / Hsi, Jinping / Chin-p'ing; Revised
 * Romanisation / McCune-Reischauer / passports: Jeong / Jong / Chung, Eun / Un), never in how
 * many syllables there are. So the Latin word must split into exactly as many pieces as the
 * native word has syllables, each piece a spelling of its syllable. Two different syllables are
 * two different names: "Seoyul" is not "Chol" and "Wen" is not "Shen", however alike they look,
 * which a letter-by-letter comparison would let through (ordinary people flagged against listed
 * Chinese and Korean names).
 */
import anyAscii from 'any-ascii';
import { koreanReading } from './hanja.js';
import { koreanKey } from './phonetic.js';
import type { PreparedName } from './prepare.js';
import { knownSurnameSpellings } from './romanize/index.js';
import { CHINESE_SURNAMES, KOREAN_SURNAMES } from './romanize/known.js';

/** Per syllable, the spellings it is known by: the plain romanisation, and for a known surname its document spellings. */
export type Syllables = readonly (readonly string[])[];

/** The syllables of a native name part, each with its spellings (a surname's document spellings first). */
export function nativeSyllables(chars: readonly string[], romanised: readonly string[], surname: boolean): Syllables {
  return romanised.map((r, i) => {
    const known = surname && i === 0 ? knownSurnameSpellings(chars[i]!) : undefined;
    return known && known.length ? [...new Set([r, ...known])] : [r];
  });
}

/**
 * A Korean syllable's spelling folded over RR, McCune-Reischauer and passport habits (see
 * phonetic.ts koreanKey), plus "ee"/"ui"/"i" (Hee, Hui) and the initial r/l that South Korean
 * spelling drops before i and y and reads as n elsewhere (Ri/Lee/I, Ryong/Yong, Ro/No).
 */
function koreanSyllableKey(s: string, initialL = true): string {
  // Surnames koreanKey knows whole (Lee/Ri/Yi, Park/Pak, Choi/Choe, Roh/No).
  if (KOREAN_WHOLE.test(s)) return koreanKey(s);
  // The w of a syllable is kept (완 wan is not 안 an), where koreanKey drops it for whole words.
  let k = koreanKey(s.replace(/ee$|eui$|ui$/, 'i').replace(/w/g, 'W')).replace(/W/g, 'w');
  if (initialL && k.startsWith('l')) k = k[1] === 'i' ? k.slice(1) : `n${k.slice(1)}`;
  return k;
}

const KOREAN_WHOLE = /^(?:lee|rhee|yi|ri|rhi|ree|park|pak|bak|bag|choi|choe|chey|roh|noh|no|ro)$/;

/**
 * A Chinese syllable's spelling folded over Pinyin, Wade-Giles (apostrophes are already gone, so
 * ch = zh = j = q, ts = tz = z = c, k = g, t = d, p = b) and their finals (-ih/-i, -ieh/-ie,
 * -ien/-ian, -ung/-ong, -uei/-ui, -uo/-o, -erh/-er).
 */
function chineseSyllableKey(s: string): string {
  return s
    .replace(/^hs/, 'x')
    .replace(/^(?:ss|sz)/, 's')
    .replace(/^(?:zh|ch|j|q)/, 'C')
    .replace(/^(?:tz|ts|z|c)/, 'Z')
    .replace(/^k/, 'g')
    .replace(/^t/, 'd')
    .replace(/^p/, 'b')
    .replace(/ih$/, 'i')
    .replace(/eh$/, 'e')
    .replace(/ien$/, 'ian')
    .replace(/ung$/, 'ong')
    .replace(/uei$/, 'ui')
    .replace(/uo$/, 'o')
    .replace(/erh$/, 'er')
    .replace(/(.)\1+/g, '$1');
}

function syllableKey(s: string, korean: boolean, initialL = true): string {
  return korean ? koreanSyllableKey(s, initialL) : chineseSyllableKey(s);
}

/**
 * syllableKey memoised per way of folding (Korean, Korean without the initial r/l rule, Chinese):
 * the same syllables and Latin pieces are folded again at every comparison, each fold a dozen
 * regular expressions (a twentieth of batch time went to them).
 */
const syllableKeysMemo = [new WeakMap<Syllables, string[][]>(), new WeakMap<Syllables, string[][]>(), new WeakMap<Syllables, string[][]>()];
const pieceKeyMemo = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>()];
function foldMode(korean: boolean, initialL: boolean): number {
  return korean ? (initialL ? 0 : 1) : 2;
}
function syllableKeys(syl: Syllables, korean: boolean, initialL: boolean): string[][] {
  const memo = syllableKeysMemo[foldMode(korean, initialL)]!;
  let keys = memo.get(syl);
  if (!keys) memo.set(syl, (keys = syl.map((alts) => alts.map((a) => syllableKey(a, korean, initialL)))));
  return keys;
}
function pieceKey(piece: string, korean: boolean, initialL: boolean): string {
  const memo = pieceKeyMemo[foldMode(korean, initialL)]!;
  let k = memo.get(piece);
  if (k === undefined) {
    if (memo.size > 100_000) memo.clear();
    memo.set(piece, (k = syllableKey(piece, korean, initialL)));
  }
  return k;
}

/** Longest Latin spelling of one syllable ("hsiung", "cheong", "kyeong"). */
const MAX_PIECE = 7;

/**
 * True when the Latin word splits into exactly one spelling of each syllable, in order:
 * "jongun" against 정은 (jeong + eun), "chinping" against 近平 (jin + ping).
 */
export function syllablesMatch(syl: Syllables, latin: string, korean: boolean, initialL = true): boolean {
  const n = syl.length, L = latin.length;
  if (L < n || L > n * MAX_PIECE) return false;
  const keys = syllableKeys(syl, korean, initialL);
  // reach[p]: the first i syllables can spell latin[0..p).
  let reach = new Uint8Array(L + 1);
  reach[0] = 1;
  for (let i = 0; i < n; i++) {
    const next = new Uint8Array(L + 1);
    let any = false;
    for (let p = 0; p < L; p++) {
      if (!reach[p]) continue;
      for (let q = p + 1; q <= Math.min(L, p + MAX_PIECE); q++) {
        if (next[q]) continue;
        const k = pieceKey(latin.slice(p, q), korean, initialL);
        if (keys[i]!.includes(k)) { next[q] = 1; any = true; }
      }
    }
    if (!any) return false;
    reach = next;
  }
  return reach[L] === 1;
}

/**
 * Native syllables of this script are Korean ones: Hangul, and Korean names written in Cyrillic
 * (cyrillic-korean.ts); Han syllables are read the Chinese way first. (Cyrillic words that are
 * not native may carry Chinese syllables: palladius.ts.)
 */
export function readsKorean(script: string): boolean {
  return script === 'hangul' || script === 'cyrillic';
}

interface Word { native?: boolean; script: string }

/**
 * A native family name (the first part of 김정은, 习近平) stands at one end of any Latin spelling
 * of the name ("KIM Jong Un", "Jong Un KIM"), never in the middle of three words or more: in
 * "CHOE CHUN YONG", Chun is a syllable of the given name, and 陈勇 (Chen Yong) is another person.
 * True when word i of x and word j of y would pair a native family name with such a middle word.
 */
export function misplacedFamily(x: readonly Word[], i: number, y: readonly Word[], j: number): boolean {
  return middleOf(x, i, y, j) || middleOf(y, j, x, i);
}

function middleOf(n: readonly Word[], k: number, m: readonly Word[], l: number): boolean {
  return k === 0 && n[0]!.native === true && m.length >= 3 && l > 0 && l < m.length - 1 && m[l]!.script === 'latin';
}

let surnames: Set<string> | undefined;
function surnameSet(): Set<string> {
  return new Set([...CHINESE_SURNAMES, ...KOREAN_SURNAMES].flatMap((l) => l.split(' ').filter((w) => /^[a-z]+$/.test(w))));
}

/** A Chinese or Korean family name as documents spell it in Latin letters ("kim", "hsi", "rhee"). */
export function isEastAsianSurname(word: string): boolean {
  surnames ??= surnameSet();
  return surnames.has(word);
}

/**
 * One romanised Chinese or Korean syllable, in any of the usual systems: an initial (pinyin,
 * Wade-Giles, RR, McCune-Reischauer), a glide, a vowel, and a closing n, ng, m, or (Korean) k,
 * l, p, t, or Wade-Giles h (chih, hsieh). Western and Arabic names rarely split into these alone
 * (Omar, Mohammed, Maria, Smith do not).
 */
const SYLLABLE = /^(?:ch|zh|sh|ts|tz|hs|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstxz])?[yw]?(?:a|ae|ai|ao|e|ei|eo|eu|i|ia|iao|ie|io|iu|o|oe|oi|oo|ou|u|ua|uai|ue|ui|uo|ee)(?:ng|n|m|k|l|p|t|h)?$/;

/** The fewest syllables (at most three) a Latin word splits into, or undefined when it does not. */
export function latinSyllables(word: string): string[] | undefined {
  const L = word.length;
  if (L < 1 || L > 18) return undefined;
  // best[p]: the shortest split of word[0..p).
  const best: (string[] | undefined)[] = [[]];
  for (let p = 1; p <= L; p++) {
    for (let s = Math.max(0, p - MAX_PIECE); s < p; s++) {
      const prev = best[s];
      if (!prev || prev.length >= 3) continue;
      const piece = word.slice(s, p);
      if (!SYLLABLE.test(piece)) continue;
      if (!best[p] || best[p]!.length > prev.length + 1) best[p] = [...prev, piece];
    }
  }
  return best[L];
}

/**
 * A Latin name written the Chinese or Korean way ("KIM Jong Un", "Wei Hsueh-kang", "Choe Ryong
 * Hae", "Li Peng"): two to four words, the first or the last a known Chinese or Korean surname,
 * every word one to three romanised syllables. Gives each word's
 * syllables, or undefined for any other name ("Rahim Fazil" splits into syllables too).
 */
export function eastAsianLatin(texts: readonly string[], scripts: readonly string[]): Syllables[] | undefined {
  if (texts.length < 2 || texts.length > 4 || scripts.some((s) => s !== 'latin')) return undefined;
  // The family name, first or last, is a Chinese or Korean surname as documents spell it.
  surnames ??= surnameSet();
  if (!surnames.has(texts[0]!) && !surnames.has(texts[texts.length - 1]!)) return undefined;
  const out: Syllables[] = [];
  let total = 0;
  for (const t of texts) {
    // A surname as documents spell it is one syllable (Park, Rhee, Young).
    const s = surnames.has(t) ? [t] : latinSyllables(t);
    if (!s) return undefined;
    total += s.length;
    out.push(s.map((x) => [x]));
  }
  return total >= 2 ? out : undefined;
}

/**
 * Two Latin words of such names: the same name when their syllables are spellings of the same
 * ones (Jo/Cho, Jun/Chun, Xuekang/Hsuehkang); another name when they split into syllables that
 * differ (Tong/Yong, Cho/Choe), however close the letters: a changed syllable is more often a
 * changed name than a typing slip, so only the plain spelling similarity counts. Undefined when
 * neither applies.
 */
export function latinSyllablesSimilarity(a: Syllables, b: string): 'same' | 'other' | undefined {
  const sa = a.map((x) => x[0]!).join('');
  if (syllablesMatchLatin(a, b)) return 'same';
  const sb = joinedSyllables(b);
  return sb !== null && sb !== sa ? 'other' : undefined;
}

/** latinSyllables(word) written together (null when it does not split), memoised per word: asked at every comparison. */
const joinedSyllablesMemo = new Map<string, string | null>();
function joinedSyllables(word: string): string | null {
  let j = joinedSyllablesMemo.get(word);
  if (j === undefined) {
    if (joinedSyllablesMemo.size > 100_000) joinedSyllablesMemo.clear();
    j = latinSyllables(word)?.join('') ?? null;
    joinedSyllablesMemo.set(word, j);
  }
  return j;
}

/** As syllablesMatch, both ways of folding; Korean without the initial r/l rule, which Latin lists keep apart (Ri/Yi are known variants). */
function syllablesMatchLatin(syl: Syllables, latin: string): boolean {
  return syllablesMatch(syl, latin, true, false) || syllablesMatch(syl, latin, false);
}

/** How alike a native name and a Latin name whose syllables all agree are: the same romanisation. */
export const NATIVE_WHOLE = 0.92;

/**
 * A native Chinese or Korean name (欧阳娜娜, 남궁민, 김은아) against a Latin one, as one run of
 * syllables each: the Latin words in their order, or with the last word (a family name written
 * last) moved first, must spell the native syllables one by one. This holds whatever the Latin
 * name does with word breaks (Ouyang Nana, Namgung Min, Eun-a, Xiao Er) and whatever the two-word
 * split of the native name guessed for a two-syllable surname. NATIVE_WHOLE when they do, else 0.
 */
export function nativeWholeSimilarity(q: PreparedName, c: PreparedName): number {
  // (Asked of nearly every name pair, most of them with no native name: no pair built to destructure.)
  const nq = isNativeName(q), nc = isNativeName(c);
  if (nq && nc) return nativeAcrossScripts(q, c);
  if (!nq && !nc) return 0;
  const n = nq ? q : c, l = nq ? c : q;
  if (!l.tokens.length || l.tokens.some((t) => t.script !== 'latin')) return 0;
  const syl = n.tokens.flatMap((t) => [...((t.base?.syl ?? t.syl) ?? [])]);
  const korean = readsKorean(n.tokens[0]!.script);
  const words = l.tokens.map((t) => t.text);
  if (syllablesMatch(syl, words.join(''), korean)) return NATIVE_WHOLE;
  if (words.length > 1 && syllablesMatch(syl, words[words.length - 1] + words.slice(0, -1).join(''), korean)) return NATIVE_WHOLE;
  // A Korean name in Han characters (金正恩 / "Kim Jong Un"): its Korean reading (hanja.ts).
  const kor = korean ? undefined : hanjaSyllables(n.original);
  if (kor && syllablesMatch(kor, words.join(''), true)) return NATIVE_WHOLE;
  if (kor && words.length > 1 && syllablesMatch(kor, words[words.length - 1] + words.slice(0, -1).join(''), true)) return NATIVE_WHOLE;
  return 0;
}

/**
 * Two native names in different scripts, each read as Korean syllables (a Korean name in Hangul,
 * in Cyrillic, cyrillic-korean.ts, or in Han characters read the Korean way, hanja.ts: 김정은 /
 * Ким Чен Ын / 金正恩): NATIVE_WHOLE when they have as many syllables and each pair shares a
 * spelling once folded the Korean way, else 0. Two names in one script are compared as before.
 */
function nativeAcrossScripts(q: PreparedName, c: PreparedName): number {
  const a = q.tokens[0]!.script, b = c.tokens[0]!.script;
  if (a === b) return 0;
  const sa = koreanSyllablesOf(q), sb = koreanSyllablesOf(c);
  if (!sa || !sb || sa.length !== sb.length) return 0;
  for (let i = 0; i < sa.length; i++) {
    const keys = new Set(sa[i]!.map((x) => koreanSyllableKey(x)));
    if (!sb[i]!.some((x) => keys.has(koreanSyllableKey(x)))) return 0;
  }
  return NATIVE_WHOLE;
}

/** A native name's syllables read the Korean way, or undefined for a Chinese name. */
function koreanSyllablesOf(n: PreparedName): Syllables | undefined {
  if (readsKorean(n.tokens[0]!.script)) return n.tokens.flatMap((t) => [...((t.base?.syl ?? t.syl) ?? [])]);
  return n.tokens[0]!.script === 'han' ? hanjaSyllables(n.original) : undefined;
}

/**
 * The syllables of a name written only in Han characters read the Korean way (hanja.ts), each
 * with its romanisations, a family name with its document spellings (李 리 Ri, Lee, Yi), as for
 * a Hangul name (nativeSyllables); undefined when a character has no Korean reading. Memoised:
 * asked at every comparison of the name.
 */
export function hanjaSyllables(original: string): Syllables | undefined {
  let out = hanjaMemo.get(original);
  if (out === undefined) {
    const hangul = koreanReading(original);
    out = hangul ? nativeSyllables(hangul, hangul.map((h) => anyAscii(h).toLowerCase()), true) : null;
    if (hanjaMemo.size > 50_000) hanjaMemo.clear();
    hanjaMemo.set(original, out);
  }
  return out ?? undefined;
}
const hanjaMemo = new Map<string, Syllables | null>();

/**
 * Blocking keys of a native name in Han characters read the Korean way, one list per syllable,
 * so that 金正恩 retrieves "KIM Jong Un" (and the Latin name the Han one) by its syllables.
 */
export function hanjaBlockingKeys(n: PreparedName): string[][] {
  if (!isNativeName(n) || n.tokens[0]!.script !== 'han') return [];
  const kor = hanjaSyllables(n.original);
  if (!kor) return [];
  return kor.map((alts) => [...new Set(alts.map((a) => `y:${koreanSyllableKey(a)}`))]);
}

/** A native Chinese or Korean name (every part native, with its syllables). */
export function isNativeName(n: PreparedName): boolean {
  return n.tokens.length > 0 && n.tokens.every((t) => t.native && (t.base?.syl ?? t.syl));
}

/**
 * Blocking keys of a syllabic word (a native name part, or a word of a Latin name written the
 * Chinese or Korean way): one per spelling of each syllable, folded the Korean way ("y:") and,
 * for Han and Latin, the Chinese way ("z:"), so that 김정은 retrieves "KIM Jong Un" and 习近平
 * retrieves "Hsi Chin-ping" by their syllables, whatever the word breaks.
 */
export function syllableBlockingKeys(t: { script: string; native?: boolean; syl?: Syllables; base?: { syl?: Syllables } }): string[] {
  const syl = t.base?.syl ?? t.syl;
  if (!syl) return [];
  const out = new Set<string>();
  for (const alts of syl) {
    for (const a of alts) {
      if (t.script !== 'han') out.add(`y:${koreanSyllableKey(a)}`);
      if (t.script !== 'hangul' && !(t.native && readsKorean(t.script))) out.add(`z:${chineseSyllableKey(a)}`);
    }
  }
  return [...out];
}

/**
 * The family name of a Latin name written the Chinese or Korean way: the word at one end that is
 * a known surname (KIM Yong Chol, Yong Chol KIM), or undefined when neither end or both ends are.
 */
function familyWord(n: PreparedName): { text: string; syl: Syllables } | undefined {
  const t = n.tokens;
  if (t.length < 2 || t.some((x) => x.native || !(x.base?.syl ?? x.syl))) return undefined;
  surnames ??= surnameSet();
  const first = surnames.has(t[0]!.text), last = surnames.has(t[t.length - 1]!.text);
  if (first === last) return undefined;
  const f = first ? t[0]! : t[t.length - 1]!;
  return { text: f.text, syl: (f.base?.syl ?? f.syl)! };
}

/** Highest name score of two Chinese or Korean names whose family names differ: below review. */
export const FAMILIES_DIFFER_CAP = 0.55;

/**
 * Two Latin names written the Chinese or Korean way, of as many words, whose family names are
 * known surnames and differ (Cho Yong Chol / KIM YONG CHOL): two people, however alike their given names, which a
 * few syllables (Yong Chol, Song Il) make common. Spellings of one surname (Choe / Choi, Ri /
 * Lee, Pak / Park) are the same family.
 */
export function familiesDiffer(q: PreparedName, c: PreparedName): boolean {
  // As many words each: a name with a word left out ("Chol U" for "Chol U YU") may have lost its family name.
  if (q.tokens.length !== c.tokens.length) return false;
  const a = familyWord(q), b = familyWord(c);
  if (!a || !b || a.text === b.text) return false;
  return latinSyllablesSimilarity(a.syl, b.text) !== 'same' && !sameSurname(a.text, b.text);
}

/** Two spellings of one Chinese or Korean surname (Choe / Choi, Ri / Lee, Pak / Park), by the surname lines. */
export function sameSurname(a: string, b: string): boolean {
  return SURNAME_LINES.some((words) => words.includes(a) && words.includes(b));
}
const SURNAME_LINES = [...CHINESE_SURNAMES, ...KOREAN_SURNAMES].map((l) => l.split(' '));
