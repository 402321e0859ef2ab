/**
 * Korean names written in Han characters (Hanja: 金正恩 for 김정은, Kim Jong Un) are read the
 * Korean way as well as in Pinyin. Chinese and Japanese lists and press write North and South
 * Korean names in Han characters, and their Pinyin reading ("Jin Zhengen") has nothing of the
 * Latin name a Korean passport or the UN list carries. Each character's Korean reading comes
 * from the `hanja` package's table (27,000 characters, MIT); the reading of a character as a
 * family name differs for two common ones (金 김 Kim, not 금 geum; 沈 심 Sim, not 침).
 * east-asian.ts spells the readings syllable by syllable (hanjaSyllables).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const READINGS = require('hanja/lib/data/hanjaeum.json') as Record<string, string>;
const SURNAME_READINGS: Record<string, string> = { 金: '김', 沈: '심' };

/**
 * The Hangul reading of each character of a name written only in Han characters (two to four,
 * spaces and middle dots aside), the first read as a family name; undefined when a character
 * has no Korean reading.
 */
export function koreanReading(original: string): string[] | undefined {
  const chars = [...original.replace(/[\s·・]/g, '')];
  if (chars.length < 2 || chars.length > 4) return undefined;
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const hangul = (i === 0 && SURNAME_READINGS[chars[i]!]) || READINGS[chars[i]!];
    if (!hangul) return undefined;
    out.push(hangul);
  }
  return out;
}

let sinoKorean: Set<string> | undefined;
/** Whether a Hangul syllable is the reading of some Han character (Sino-Korean: 정, 은; not 스, 르, 커). */
export function isSinoKoreanSyllable(syllable: string): boolean {
  sinoKorean ??= new Set(Object.values(READINGS));
  return sinoKorean.has(syllable);
}
