/**
 * Typing slips for candidate retrieval: the listed words one edit away from a query word (a
 * letter changed, dropped or added, or two neighbours swapped). A slip near the start or the end
 * of a short word changes all of its blocking keys (prefix, suffix, phonetic key, skeleton), so
 * without this the listed name is never even compared.
 *
 * The neighbours are not stored: each listed word is filed under a 32-bit polynomial hash of its
 * letters, and a query word's edits (about 55 per letter) are hashed arithmetically from its
 * prefix and suffix hashes, with no string built, then looked up; a hit is checked with oneSlip,
 * so a hash collision never adds a wrong word. Memory: one entry per distinct listed word.
 */
import { oneSlip } from './similarity.js';

const BASE = 31;
const POW = new Int32Array(64);
POW[0] = 1;
for (let i = 1; i < POW.length; i++) POW[i] = Math.imul(POW[i - 1]!, BASE);

/** The longest word looked up (longer words keep their prefix or suffix key through a slip). */
const MAX_LEN = 40;

function code(text: string, i: number): number {
  return text.charCodeAt(i) - 96;
}

function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, BASE) + code(text, i)) | 0;
  return h;
}

/** Bits of the hash that index the filter below (2^22 bits: 512 KB). */
const FILTER_BITS = 22;

export class SlipVocabulary {
  private byHash = new Map<number, number>();
  /**
   * One bit per value of the hash's low FILTER_BITS bits, set for every filed word: most of a query
   * word's ~55 edits per letter are no listed word, and the bit says so without a Map look-up.
   */
  private filter = new Uint32Array(1 << (FILTER_BITS - 5));
  private texts: string[] = [];
  private values: string[] = [];
  // Reusable prefix and suffix hashes of the query word.
  private pre = new Int32Array(MAX_LEN + 2);
  private suf = new Int32Array(MAX_LEN + 2);

  get size(): number {
    return this.texts.length;
  }

  /** Files a listed word (lower-case letters a-z) with the value to return for it. */
  add(text: string, value: string): void {
    if (text.length > MAX_LEN || !/^[a-z]+$/.test(text)) return;
    const h = hashOf(text);
    if (this.byHash.has(h)) return; // the same word again, or (rarely) a collision: keep the first
    this.byHash.set(h, this.texts.length);
    const b = h & ((1 << FILTER_BITS) - 1);
    this.filter[b >>> 5]! |= 1 << (b & 31);
    this.texts.push(text);
    this.values.push(value);
  }

  /** Whether the word is filed. */
  has(text: string): boolean {
    const k = this.byHash.get(hashOf(text));
    return k !== undefined && this.texts[k] === text;
  }

  /** Calls found(value) for every filed word one slip away from text (not text itself). */
  neighbours(text: string, found: (value: string) => void): void {
    const n = text.length;
    if (n > MAX_LEN || !/^[a-z]+$/.test(text)) return;
    const pre = this.pre, suf = this.suf;
    pre[0] = 0;
    for (let i = 0; i < n; i++) pre[i + 1] = (Math.imul(pre[i]!, BASE) + code(text, i)) | 0;
    suf[n] = 0;
    for (let i = n - 1; i >= 0; i--) suf[i] = (Math.imul(code(text, i), POW[n - 1 - i]!) + suf[i + 1]!) | 0;
    const filter = this.filter;
    const look = (h: number) => {
      const b = h & ((1 << FILTER_BITS) - 1);
      if (!(filter[b >>> 5]! & (1 << (b & 31)))) return;
      const k = this.byHash.get(h);
      if (k === undefined) return;
      const w = this.texts[k]!;
      if (w !== text && oneSlip(text, w)) found(this.values[k]!);
    };
    for (let i = 0; i < n; i++) {
      const head = pre[i]!;
      const tailLen = n - i - 1;
      // Dropped letter i.
      look((Math.imul(head, POW[tailLen]!) + suf[i + 1]!) | 0);
      // Letter i changed.
      const headShift = Math.imul(head, POW[tailLen + 1]!);
      const ci = code(text, i);
      for (let c = 1; c <= 26; c++) if (c !== ci) look((headShift + Math.imul(c, POW[tailLen]!) + suf[i + 1]!) | 0);
      // Letters i and i + 1 swapped.
      if (i + 1 < n) {
        const cj = code(text, i + 1);
        if (cj !== ci) look((headShift + Math.imul(cj, POW[tailLen]!) + Math.imul(ci, POW[tailLen - 1]!) + suf[i + 2]!) | 0);
      }
    }
    // A letter added before position i (or at the end).
    for (let i = 0; i <= n; i++) {
      const headShift = Math.imul(pre[i]!, POW[n - i + 1]!);
      for (let c = 1; c <= 26; c++) look((headShift + Math.imul(c, POW[n - i]!) + suf[i]!) | 0);
    }
  }
}
