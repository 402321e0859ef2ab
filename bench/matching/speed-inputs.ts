/**
 * What the speed benchmark and the same-answers check both query against and with: UN + OFAC SDN
 * as Atalaya's own readers read them, and one typing slip in a word.
 */
import path from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import { readList } from '../../src/sources/index.js';

const DATA = path.resolve(process.cwd(), '../shared/data');

/** UN consolidated list (2026-02-27) and OFAC SDN (2024-05-03), read with src/sources readList. */
export async function readUnOfac(): Promise<Entity[]> {
  const out: Entity[] = [];
  for (const file of ['lists/un/un_consolidated_2026-02-27.xml', 'lists/ofac/sdn_2024-05-03.csv']) {
    const reading = await readList(path.join(DATA, file));
    for await (const e of reading.entities) out.push(e);
  }
  return out;
}

/** One slip inside a word of four letters or more (a letter dropped, two swapped, or a vowel changed), drawn from `r`. */
export function wordTypo(s: string, r: () => number): string {
  if (s.length < 4) return s;
  const i = 1 + Math.floor(r() * (s.length - 2));
  const k = r();
  if (k < 0.33) return s.slice(0, i) + s.slice(i + 1);
  if (k < 0.66) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  return s.slice(0, i) + 'aeiouy'[Math.floor(r() * 6)] + s.slice(i + 1);
}
