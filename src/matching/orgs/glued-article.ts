/**
 * The Arabic article written onto the end of the word before it: Chechen, Russian, Urdu and
 * Indonesian romanisations of organisation names write "Riyadus-Salikhin" (Riyad as-Salihin), "Hizbut
 * Tahrir" (Hizb at-Tahrir), "Ansarul Islam", "Jaishul Adl". The article is "ul" before any word and,
 * before a "sun letter", takes that letter: "us" before s, "ut" before t, "ur", "ud", "uz", "un",
 * "ush". Such a word is compared without its article too ("RIYADUS" / "Riyadh").
 */
import type { NameToken } from '../prepare.js';
import { cachedForms, tokenSimilarity } from '../similarity.js';

/** The part of a word left when the glued article is taken off is at least this long. */
const MIN_STEM = 4;
/** What the comparison without the article counts (as for an article glued at the front, similarity.ts). */
const STRIPPED = 0.97;

/** The word without an article glued to its end, given the word after it; undefined when it has none. */
function withoutArticle(word: string, next: string | undefined): string | undefined {
  if (!next || word.length < MIN_STEM + 2) return undefined;
  // Every such ending has its u second or third from the end: most words are ruled out by that
  // alone (this is asked for most pairs of organisation words that are not alike already).
  if (word.charCodeAt(word.length - 2) !== 117 && word.charCodeAt(word.length - 3) !== 117) return undefined;
  if (!/^[a-z]+$/.test(word)) return undefined;
  // (No local arrow function for the cut: tsx wraps each in __name, a defineProperty per call.)
  if (word.endsWith('ul')) return word.slice(0, -2);
  if (word.endsWith('ush') && next.startsWith('sh') && word.length >= MIN_STEM + 3) return word.slice(0, -3);
  const last = word[word.length - 1]!;
  if (word[word.length - 2] === 'u' && 'tdrszn'.includes(last) && next[0] === last) return word.slice(0, -2);
  return undefined;
}

/**
 * The similarity of word i of x and word j of y when one of them carries the article of the
 * next word glued to its end and the other does not; 0 when that does not apply.
 */
export function gluedArticleSimilarity(x: readonly NameToken[], i: number, y: readonly NameToken[], j: number): number {
  const a = x[i]!, b = y[j]!;
  if (a.script !== 'latin' || b.script !== 'latin') return 0;
  let best = 0;
  const sa = withoutArticle(a.text, x[i + 1]?.text);
  if (sa && !withoutArticle(b.text, y[j + 1]?.text)) best = tokenSimilarity(cachedForms(sa, 'latin'), b).sim * STRIPPED;
  const sb = withoutArticle(b.text, y[j + 1]?.text);
  if (sb && !sa) best = Math.max(best, tokenSimilarity(a, cachedForms(sb, 'latin')).sim * STRIPPED);
  return best;
}
