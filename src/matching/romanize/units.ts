/**
 * A non-Latin name token cut into the units that romanisation works on: one Han character, one
 * Hangul syllable, one Arabic, Hebrew or Cyrillic letter. Vowel points (harakat, niqqud) and
 * tatweel are dropped because most writers omit them; a Hebrew geresh stays with its letter
 * because it changes the sound (ג׳ is "j", צ׳ is "ch").
 */
import { scriptOf } from '../text.js';

export type RomanScript = 'han' | 'hangul' | 'arabic' | 'hebrew' | 'cyrillic';

const ROMAN_SCRIPTS = new Set<string>(['han', 'hangul', 'arabic', 'hebrew', 'cyrillic']);

/** The script of a token when this module knows how to romanise it, else undefined. */
export function romanScriptOf(token: string): RomanScript | undefined {
  const s = scriptOf(token);
  return ROMAN_SCRIPTS.has(s) ? (s as RomanScript) : undefined;
}

const POINTS = /[\u064B-\u065F\u0670\u0640\u0591-\u05C7\u200C\u200D]/g;
const GERESH = /['\u05F3\u2019]/;

/** The units of a token in writing order (spaces and punctuation other than geresh dropped). */
export function unitsOf(token: string): string[] {
  const chars = [...token.normalize('NFC').toLowerCase().replace(POINTS, '')];
  const out: string[] = [];
  for (const ch of chars) {
    if (GERESH.test(ch)) {
      if (out.length) out[out.length - 1] += "'";
      continue;
    }
    if (/[\s\p{P}\p{S}\d]/u.test(ch)) continue;
    out.push(ch);
  }
  return out;
}

/** Where a unit stands in its token: begin, middle, end, or single. Romanisation depends on it (Arabic ي is "y" first, "i" inside). */
export function positionOf(i: number, n: number): 'b' | 'm' | 'e' | 's' {
  if (n === 1) return 's';
  if (i === 0) return 'b';
  return i === n - 1 ? 'e' : 'm';
}
