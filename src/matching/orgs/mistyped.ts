/**
 * Generic words of organisation names typed with one slip ("AVIAITON", "INOTITUTE", "SERVCIES"):
 * read as the generic word they are, not as a rare name word. Otherwise the slip turns a word that
 * weighs little into the one that carries the name's identity, and "PARS AVIAITON SERVICES" no
 * longer meets "PARS AVIATION SERVICES" (a name of generic words only). Words of seven letters or
 * more only: shorter ones are too often another word ("MARINA" is not "marine").
 */
import { oneSlip } from '../similarity.js';
import { GENERIC_ORG_WORDS } from '../vocab.js';
import { conceptOf } from './translations.js';

const MIN_LENGTH = 7;

/** Generic words by length, built on first use. */
let byLength: Map<number, string[]> | undefined;
const memo = new Map<string, boolean>();

export function isMistypedGeneric(text: string): boolean {
  if (text.length < MIN_LENGTH || !/^[a-z]+$/.test(text)) return false;
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  if (!byLength) {
    byLength = new Map();
    for (const w of GENERIC_ORG_WORDS) if (w.length >= MIN_LENGTH - 1) { let l = byLength.get(w.length); if (!l) byLength.set(w.length, (l = [])); l.push(w); }
  }
  // A word the glossary knows ("nacional", national in Spanish) is that word, not a slip.
  const known = conceptOf(text, 'latin', false) !== undefined;
  let found = false;
  for (let len = text.length - 1; !known && len <= text.length + 1 && !found; len++) for (const w of byLength.get(len) ?? []) if (oneSlip(text, w)) { found = true; break; }
  if (memo.size > 50_000) memo.clear();
  memo.set(text, found);
  return found;
}
