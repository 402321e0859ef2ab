/**
 * Generic words of organisation names typed with one slip ("AVIAITON", "INOTITUTE", "SERVCIES"):
 * read as the generic word they are, not as a rare name word. Otherwise the slip turns a word that
 * weighs little into the one that carries the name's identity, and "PARS AVIAITON SERVICES" no
 * longer meets "PARS AVIATION SERVICES" (a name of generic words only). Words of seven letters or
 * more only: shorter ones are too often another word ("MARINA" is not "marine").
 */
import { oneSlip } from '../similarity.js';
import { GENERIC_ORG_WORDS, LEGAL_FORMS } from '../vocab.js';
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

/** Legal forms by length (four letters or more), built on first use. */
let legalByLength: Map<number, string[]> | undefined;
const legalMemo = new Map<string, boolean>();

/**
 * A legal form typed with one slip ("COMPANJ", "CORIP.", "LTCA.", "FOUNDATISON"): read as the legal
 * form, or the slip makes the name's own word of it and a name of generic words and a legal form
 * no longer meets itself. At the end of the name (where legal forms stand) from four letters; elsewhere from seven.
 */
export function mistypedLegalForm(text: string, last: boolean): boolean {
  if (text.length < (last ? 4 : MIN_LENGTH) || !/^[a-z]+$/.test(text) || LEGAL_FORMS[text]) return false;
  const key = last ? text : '~' + text;
  const hit = legalMemo.get(key);
  if (hit !== undefined) return hit;
  if (!legalByLength) {
    legalByLength = new Map();
    for (const w of Object.keys(LEGAL_FORMS)) if (w.length >= 4 && /^[a-z]+$/.test(w)) { let l = legalByLength.get(w.length); if (!l) legalByLength.set(w.length, (l = [])); l.push(w); }
  }
  // (A word the glossary knows, or a generic word, is that word.)
  let found = false;
  if (!GENERIC_ORG_WORDS.has(text) && conceptOf(text, 'latin', false) === undefined) {
    for (let len = text.length - 1; len <= text.length + 1 && !found; len++) for (const w of legalByLength.get(len) ?? []) if (oneSlip(text, w)) { found = true; break; }
  }
  if (legalMemo.size > 50_000) legalMemo.clear();
  legalMemo.set(key, found);
  return found;
}
