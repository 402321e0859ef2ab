/**
 * Korean names written in Han characters (Hanja: 金正恩 for 김정은, Kim Jong Un) are read the
 * Korean way as well as in Pinyin. Chinese and Japanese lists and press write North and South
 * Korean names in Han characters, and their Pinyin reading ("Jin Zhengen") has nothing of the
 * Latin name a Korean passport or the UN list carries. Each character's Korean reading comes
 * from the `hanja` package's table (27,000 characters, MIT); the reading of a character as a
 * family name differs for two common ones (金 김 Kim, not 금 geum; 沈 심 Sim, not 침).
 */
import anyAscii from 'any-ascii';
import { createRequire } from 'node:module';
import { knownSurnameSpellings } from './romanize/index.js';

type Syllables = readonly (readonly string[])[];

const require = createRequire(import.meta.url);
const READINGS = require('hanja/lib/data/hanjaeum.json') as Record<string, string>;
const SURNAME_READINGS: Record<string, string> = { 金: '김', 沈: '심' };

const memo = new Map<string, Syllables | null>();

/**
 * The Korean syllables of a name written only in Han characters (two to four, spaces and
 * middle dots aside), each with its romanisations (a family name with its document spellings:
 * 李 리 Ri, Lee, Yi); undefined when a character has no Korean reading.
 */
export function hanjaSyllables(original: string): Syllables | undefined {
  let out = memo.get(original);
  if (out === undefined) {
    out = read(original) ?? null;
    if (memo.size > 50_000) memo.clear();
    memo.set(original, out);
  }
  return out ?? undefined;
}

function read(original: string): Syllables | undefined {
  const chars = [...original.replace(/[\s·・]/g, '')];
  if (chars.length < 2 || chars.length > 4) return undefined;
  const out: string[][] = [];
  for (let i = 0; i < chars.length; i++) {
    const hangul = (i === 0 && SURNAME_READINGS[chars[i]!]) || READINGS[chars[i]!];
    if (!hangul) return undefined;
    const r = anyAscii(hangul).toLowerCase();
    const known = i === 0 ? knownSurnameSpellings(hangul) : undefined;
    out.push(known?.length ? [...new Set([r, ...known])] : [r]);
  }
  return out;
}
