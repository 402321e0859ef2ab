/**
 * Chinese names written in Cyrillic letters by the Palladius system, which Russian sources use
 * for every Chinese name: Си Цзиньпин is Xi Jinping, Дэн Сяопин Deng Xiaoping, Ван Ицзюнь Wang
 * Yijun. Its spelling is regular but far from Pinyin letter by letter (цз = j or z, с = x or s,
 * ц = q or c, чж = zh, ж = r, a closing н = ng and нь = n), so "tszinpin" and "jinping" look
 * unlike. A Cyrillic word that splits wholly into Palladius syllables is given their Pinyin
 * spellings, and a Latin word that spells the same syllables in Pinyin or Wade-Giles meets it
 * as another romanisation (east-asian.ts latinSyllablesSimilarity); nothing else changes, so
 * a Russian word that happens to split so (Анна) loses nothing.
 */
import type { Syllables } from './east-asian.js';
import { CHINESE_SURNAMES } from './romanize/known.js';

/** Initials: Cyrillic, Pinyin before a front vowel (i, ü), Pinyin otherwise. Longest first. */
const INITIALS: readonly (readonly [string, string, string])[] = [
  ['цз', 'j', 'z'], ['чж', 'zh', 'zh'], ['ц', 'q', 'c'], ['с', 'x', 's'], ['ч', 'ch', 'ch'], ['ш', 'sh', 'sh'], ['ж', 'r', 'r'],
  ['б', 'b', 'b'], ['п', 'p', 'p'], ['м', 'm', 'm'], ['ф', 'f', 'f'], ['д', 'd', 'd'], ['т', 't', 't'], ['н', 'n', 'n'],
  ['л', 'l', 'l'], ['г', 'g', 'g'], ['к', 'k', 'k'], ['х', 'h', 'h'],
];

/** Finals after an initial: Cyrillic, Pinyin, and whether the final is front (j q x before it). Longest first. */
const FINALS: readonly (readonly [string, string, boolean])[] = [
  ['юань', 'uan', true], ['уань', 'uan', false], ['уан', 'uang', false], ['уай', 'uai', false], ['янь', 'ian', true],
  ['юнь', 'un', true], ['унь', 'un', false], ['инь', 'in', true], ['энь', 'en', false], ['ань', 'an', false],
  ['ян', 'iang', true], ['яо', 'iao', true], ['юн', 'iong', true], ['юй', 'u', true], ['юэ', 'ue', true],
  ['ай', 'ai', false], ['ан', 'ang', false], ['ао', 'ao', false], ['эй', 'ei', false], ['эн', 'eng', false],
  ['оу', 'ou', false], ['ун', 'ong', false], ['уа', 'ua', false], ['уй', 'ui', false], ['уо', 'uo', false], ['ин', 'ing', true],
  ['а', 'a', false], ['э', 'e', false], ['о', 'o', false], ['у', 'u', false], ['ы', 'i', false], ['и', 'i', true],
  ['я', 'ia', true], ['е', 'ie', true], ['ю', 'iu', true],
];

/** Syllables without an initial: Cyrillic and Pinyin. Longest first. */
const BARE: readonly (readonly [string, string])[] = [
  ['юань', 'yuan'], ['вэнь', 'wen'], ['вань', 'wan'], ['янь', 'yan'], ['юнь', 'yun'], ['инь', 'yin'], ['энь', 'en'], ['ань', 'an'],
  ['вай', 'wai'], ['вэй', 'wei'], ['ван', 'wang'], ['вэн', 'weng'], ['ян', 'yang'], ['яо', 'yao'], ['юн', 'yong'], ['юй', 'yu'],
  ['юэ', 'yue'], ['ай', 'ai'], ['ан', 'ang'], ['ао', 'ao'], ['эй', 'ei'], ['эн', 'eng'], ['эр', 'er'], ['оу', 'ou'], ['ин', 'ying'],
  ['ва', 'wa'], ['во', 'wo'], ['а', 'a'], ['э', 'e'], ['и', 'yi'], ['я', 'ya'], ['е', 'ye'], ['ю', 'you'], ['у', 'wu'],
];

/** A final that only some initials take: ы after ц, цз, с (zi, ci, si); и not after them (they read ji, qi, xi). */
function fits(initial: string, final: string): boolean {
  const sibilant = initial === 'цз' || initial === 'ц' || initial === 'с';
  if (final === 'ы') return sibilant;
  return true;
}

/**
 * Spellings Palladius writes and Russian words seldom do: цз, чж, нь inside a word, э after a
 * consonant, the diphthongs эй ао оу уй уо, юй юэ, and сы цы ся сю ця цю. A word of several
 * syllables is read as Chinese only with one of them ("Полина", "Никита" split into syllables
 * too, and would be compared the slow way for nothing).
 */
const MARK = /цз|чж|нь|[бпмфдтнлгкхцсчшж]э|эй|ао|оу|уй|уо|юй|юэ|[сц][ыяю]/;

/** True when the word has a spelling of Chinese names in Palladius (MARK). */
export function palladiusMark(word: string): boolean {
  return MARK.test(word.toLowerCase());
}

/** The Pinyin syllables of a Cyrillic word, at most three, or undefined when it does not split into Palladius syllables. */
export function palladiusSyllables(word: string): Syllables | undefined {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (w.length < 2 || w.length > 14 || !/^[а-я]+$/.test(w)) return undefined;
  const out = split(w, 3);
  if (!out) return undefined;
  // A one-syllable word may be a family name, which documents spell their own way (Ли: Li, Lee).
  if (out.length === 1) return [surnameSpellings().get(out[0]!) ?? [out[0]!]];
  return out.map((p) => [p]);
}

let spellings: Map<string, string[]> | undefined;
/** Pinyin of a known Chinese surname → its document spellings, the Pinyin first (李: li, lee, lei...). */
function surnameSpellings(): Map<string, string[]> {
  if (spellings) return spellings;
  spellings = new Map();
  for (const line of CHINESE_SURNAMES) {
    const latin = line.split(' ').filter((x) => /^[a-z]+$/.test(x));
    if (!latin.length) continue;
    const known = spellings.get(latin[0]!) ?? [latin[0]!];
    for (const x of latin.slice(1)) if (!known.includes(x)) known.push(x);
    spellings.set(latin[0]!, known);
  }
  return spellings;
}

/** The first split found, closing n/ng kept with the syllable before (Цзиньпин jin + ping). */
function split(w: string, max: number): string[] | undefined {
  if (!w) return [];
  if (max === 0) return undefined;
  for (const [c, p] of BARE) {
    if (!w.startsWith(c)) continue;
    const rest = split(w.slice(c.length), max - 1);
    if (rest) return [p, ...rest];
  }
  for (const [ci, front, back] of INITIALS) {
    if (!w.startsWith(ci)) continue;
    for (const [cf, pf, isFront] of FINALS) {
      if (!w.startsWith(cf, ci.length) || !fits(ci, cf)) continue;
      const rest = split(w.slice(ci.length + cf.length), max - 1);
      if (rest) return [(isFront ? front : back) + pf, ...rest];
    }
  }
  return undefined;
}
