/**
 * Token-level similarity: how alike two name words are, whatever script and romanisation each was
 * written in. Every function returns a number in [0, 1] where 1 means "the same word".
 */
import { chineseKey, consonants, consonantSimilarity, koreanKey, nameKey, skeleton } from './phonetic.js';
import type { Script } from './text.js';
import { areVariants } from './variants.js';

/** Levenshtein edit distance (insertions, deletions, substitutions), with a reusable row buffer. */
let row = new Uint16Array(64);
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  if (row.length <= b.length) row = new Uint16Array(b.length * 2 + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + cost);
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** 1 - distance / longer length: 1.0 identical, 0.8 one typo in five letters, 0 nothing shared. */
export function editSimilarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  if (!n) return 1;
  return 1 - levenshtein(a, b) / n;
}

/** A name word prepared once for many comparisons. */
export interface TokenForms {
  text: string;
  script: Script;
  key: string;
  skel: string;
  /** Consonant skeleton for cross-script comparison (see phonetic.ts consonants). */
  cons: string;
}

export function tokenForms(text: string, script: Script, abjad?: string): TokenForms {
  const key = nameKey(text);
  return { text, script, key, skel: abjad ?? skeleton(key), cons: abjad ?? consonants(text) };
}

export type TokenMatchKind = 'exact' | 'variant' | 'phonetic' | 'spelling' | 'consonants' | 'romanisation' | 'initial' | 'none';

export interface TokenSimilarity {
  sim: number;
  kind: TokenMatchKind;
}

const NONE: TokenSimilarity = { sim: 0, kind: 'none' };
const ABJAD = new Set<Script>(['arabic', 'hebrew']);

/**
 * How alike two name words are: 1.0 same word; 0.95 known variants (Bob/Robert, Yusuf/Youssef);
 * 0.9 same sound by our phonetic key; for Arabic/Hebrew against Latin, 0.9 same consonants; for
 * Korean and Chinese, 0.9 same by the romanisation-variant key; otherwise the spelling similarity,
 * with typos costing in proportion to the word's length; 0.6 for an initial against its name.
 */
export function tokenSimilarity(a: TokenForms, b: TokenForms): TokenSimilarity {
  if (a.text === b.text) return { sim: 1, kind: 'exact' };
  // Initials: "v" against "vladimir".
  if (a.text.length === 1 || b.text.length === 1) {
    const [s, l] = a.text.length === 1 ? [a, b] : [b, a];
    return l.text.length > 1 && l.text[0] === s.text ? { sim: 0.6, kind: 'initial' } : NONE;
  }
  if (areVariants(a.text, b.text)) return { sim: 0.95, kind: 'variant' };
  let best: TokenSimilarity = NONE;
  const consider = (sim: number, kind: TokenMatchKind) => {
    if (sim > best.sim) best = { sim, kind };
  };
  const spell = editSimilarity(a.text, b.text);
  // A typo in a short word is a different word more often than in a long one.
  const minLen = Math.min(a.text.length, b.text.length);
  consider(minLen <= 3 ? spell * 0.8 : minLen <= 5 ? spell * 0.95 : spell, 'spelling');
  if (a.key === b.key && a.key.length >= 2) consider(minLen <= 3 ? 0.8 : 0.9, 'phonetic');
  else consider(editSimilarity(a.key, b.key) * 0.88, 'phonetic');
  // Across scripts, or between two abjad spellings: compare the consonants by sound class.
  if (a.script !== b.script || ABJAD.has(a.script)) {
    const n = Math.min(a.cons.length, b.cons.length);
    if (n >= 1) {
      const cs = consonantSimilarity(a.cons, b.cons);
      const cap = n >= 3 ? 0.9 : n === 2 ? 0.82 : 0.7;
      consider(cs * cap, 'consonants');
    }
  }
  if ((a.script === 'hangul') !== (b.script === 'hangul') || a.script === 'hangul') {
    const ka = koreanKey(a.text), kb = koreanKey(b.text);
    consider(ka === kb ? 0.92 : editSimilarity(ka, kb) * 0.9, 'romanisation');
  }
  if ((a.script === 'han') !== (b.script === 'han')) {
    const ka = chineseKey(a.text), kb = chineseKey(b.text);
    consider(ka === kb ? 0.92 : editSimilarity(ka, kb) * 0.9, 'romanisation');
  }
  return best;
}
