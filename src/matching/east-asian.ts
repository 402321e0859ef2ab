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
import { koreanKey } from './phonetic.js';
import { knownSurnameSpellings } from './romanize/index.js';

/** Per syllable, the spellings it is known by: the plain romanisation, and for a known surname its document spellings. */
export type Syllables = readonly (readonly string[])[];

/** The syllables of a native name part, each with its spellings (a surname's document spellings first). */
export function nativeSyllables(chars: readonly string[], romanised: readonly string[], surname: boolean): Syllables {
  return romanised.map((r, i) => {
    const known = surname && i === 0 ? knownSurnameSpellings(chars[i]!) : undefined;
    return known && known.length ? [...new Set([r, ...known])] : [r];
  });
}

/** Compact form for cache keys. */
export function syllablesKey(s: Syllables): string {
  return s.map((alts) => alts.join('/')).join('-');
}

/**
 * A Korean syllable's spelling folded over RR, McCune-Reischauer and passport habits (see
 * phonetic.ts koreanKey), plus "ee"/"ui"/"i" (Hee, Hui) and the initial r/l that South Korean
 * spelling drops before i and y and reads as n elsewhere (Ri/Lee/I, Ryong/Yong, Ro/No).
 */
function koreanSyllableKey(s: string): string {
  let k = koreanKey(s.replace(/ee$|eui$|ui$/, 'i'));
  if (k.startsWith('l')) k = k[1] === 'i' ? k.slice(1) : `n${k.slice(1)}`;
  return k;
}

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

function syllableKey(s: string, korean: boolean): string {
  return korean ? koreanSyllableKey(s) : chineseSyllableKey(s);
}

/** Longest Latin spelling of one syllable ("hsiung", "cheong", "kyeong"). */
const MAX_PIECE = 7;

/**
 * True when the Latin word splits into exactly one spelling of each syllable, in order:
 * "jongun" against 정은 (jeong + eun), "chinping" against 近平 (jin + ping).
 */
export function syllablesMatch(syl: Syllables, latin: string, korean: boolean): boolean {
  const n = syl.length, L = latin.length;
  if (L < n || L > n * MAX_PIECE) return false;
  const keys = syl.map((alts) => alts.map((a) => syllableKey(a, korean)));
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
        const k = syllableKey(latin.slice(p, q), korean);
        if (keys[i]!.includes(k)) { next[q] = 1; any = true; }
      }
    }
    if (!any) return false;
    reach = next;
  }
  return reach[L] === 1;
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
