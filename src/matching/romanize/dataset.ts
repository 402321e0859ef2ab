/**
 * The Wikidata name-token transliteration sets (CoLing 2018, CC0): one line per Latin token and
 * its spelling in another script, with how often it was seen. The split into tuning (80%) and
 * held-out (20%) sets is fixed by a hash of the Latin token, so every spelling of one token falls
 * on the same side and no figure is ever measured on what the tables were built from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../../errors.js';
import { toAscii } from '../text.js';
import { unitsOf, type RomanScript } from './units.js';

export interface TranslitPair {
  /** The Latin token folded to lower-case ASCII ("jōhō" → "joho"). */
  latin: string;
  /** The token in the other script, as one word. */
  target: string;
  units: string[];
  count: number;
}

export const LANGUAGES: Record<RomanScript, string> = {
  han: 'chinese',
  hangul: 'korean',
  arabic: 'arabic',
  hebrew: 'hebrew',
  cyrillic: 'russian',
};

export function datasetPath(script: RomanScript, dataDir = path.resolve(process.cwd(), '../shared/data')): string {
  return path.join(dataDir, 'names', 'transliteration', `coling2018_wd_${LANGUAGES[script]}_20.tsv`);
}

/** FNV-1a: a stable hash, so the split is the same on every machine and every run. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** True for the 20% of Latin tokens kept out of every table and every tuning choice. */
export function isHeldOut(latin: string): boolean {
  return fnv1a(latin) % 5 === 0;
}

/**
 * Reads one transliteration file. A line with the wrong number of fields or a bad count is an
 * InputError naming the file and line; tokens with digits or nothing Latin left are skipped
 * (regnal numbers such as "ii" → "השני" are translations, not transliterations).
 */
export function readPairs(file: string): TranslitPair[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: TranslitPair[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const f = line.split('\t');
    const count = Number(f[2]);
    if (f.length !== 3 || !Number.isInteger(count) || count < 1) {
      throw new InputError('expected "latin<TAB>characters<TAB>count"', { file: path.basename(file), line: i + 1 });
    }
    if (/\d/.test(f[0]! + f[1]!)) return;
    const latin = toAscii(f[0]!);
    const target = f[1]!.replace(/ /g, '');
    const units = unitsOf(target);
    if (!latin || !units.length || latin.length > 24 || units.length > 16) return;
    out.push({ latin, target, units, count });
  });
  return out;
}
