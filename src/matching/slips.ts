/**
 * Typing slips for candidate retrieval: the listed words one edit away from a query word (a
 * letter changed, dropped or added, or two neighbours swapped). A slip near the start or the end
 * of a short word changes all of its blocking keys (prefix, suffix, phonetic key, skeleton), so
 * without this the listed name is never even compared.
 *
 * Two ways to file a listed word, each finding every word one slip away in a few look-ups:
 * - 'deletions' (name words): the word and each form of it with one letter dropped. A letter
 *   changed or two swapped leave one such form in common with the query word's own, a dropped
 *   letter makes the query word one of them, an added one makes the word one of the query's.
 *   A word of n letters looks up itself and its n dropped-letter forms.
 * - 'halves' (whole names, long strings of which there are as many as names: a million names would
 *   file some twelve million dropped-letter forms): one slip leaves half of the string as it was.
 *   A string of L letters is filed under its first ⌊L/2⌋ letters and under its last L − ⌊L/2⌋ − 1
 *   (each with L): a slip before the middle leaves the end alone, one from the middle on the start,
 *   and the letter between the halves lets a swap across the middle keep the end. A query of n
 *   letters is one slip from strings of n − 1, n or n + 1 letters: six look-ups.
 * What a look-up finds is checked with oneSlip. The keys are 32-bit hashes of the letters, worked
 * out from prefix and suffix hashes with no string built; a collision only brings a word that
 * oneSlip then turns away.
 *
 * (The first version looked up every edit of the query word, about 55 per letter: 400 to 900
 * random probes of a 512 KB bit filter per word or name, a few per cent of every query's time
 * in cache misses.)
 */
import { fmix, grown } from './key-table.js';
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

/** The key of a half: its letters' hash, the whole word's length, and which half (0 first, 1 last). */
function halfKey(h: number, length: number, side: number): number {
  return fmix(h ^ Math.imul(length * 2 + side + 1, 0x9e3779b1));
}

/** The key of a word or of a form with a letter dropped: its letters' hash and its length. */
function formKey(h: number, length: number): number {
  return fmix(h ^ Math.imul(length + 1, 0x85ebca77));
}

export type SlipFiling = 'deletions' | 'halves';

export class SlipVocabulary {
  constructor(private readonly filing: SlipFiling = 'deletions') {}

  private byHash = new Map<number, number>();
  private texts: string[] = [];
  private values: string[] = [];
  // The filing (forms or halves, by key): a chained hash table, entries 1-based (0 ends a chain), in typed arrays.
  private heads = new Int32Array(1 << 12);
  private entryKey = new Int32Array(1 << 12);
  private entryWord = new Int32Array(1 << 12);
  private entryNext = new Int32Array(1 << 12);
  private entries = 0;
  /** Per filed word, the look-up that last met it: a word met under both halves is checked once. */
  private seen = new Uint32Array(1 << 11);
  private lookup = 0;
  // Reusable prefix and suffix hashes of the query word.
  private pre = new Int32Array(MAX_LEN + 2);
  private suf = new Int32Array(MAX_LEN + 2);

  get size(): number {
    return this.texts.length;
  }

  /**
   * add() for a word of interned forms (similarity.ts cachedForms), known by their id: a word
   * filed once is not looked at again (its text checked and hashed for every name that has it,
   * a twentieth of building a million-name index, to find it filed already).
   */
  addInterned(id: number | undefined, text: string, value: string): void {
    if (id !== undefined) {
      const byte = id >>> 3, bit = 1 << (id & 7);
      if (byte >= this.addedIds.length) this.addedIds = grown(this.addedIds, Math.max(byte + 1, this.addedIds.length * 2));
      if (this.addedIds[byte]! & bit) return;
      this.addedIds[byte]! |= bit;
    }
    this.add(text, value);
  }
  /** One bit per interned id given to addInterned. */
  private addedIds = new Uint8Array(1 << 12);

  /** Files a listed word (lower-case letters a-z) with the value to return for it. */
  add(text: string, value: string): void {
    if (text.length > MAX_LEN || !/^[a-z]+$/.test(text)) return;
    const h = hashOf(text);
    if (this.byHash.has(h)) return; // the same word again, or (rarely) a collision: keep the first
    const word = this.texts.length;
    this.byHash.set(h, word);
    this.texts.push(text);
    this.values.push(value);
    if (this.seen.length <= word) this.seen = grown(this.seen, this.seen.length * 2);
    const n = text.length;
    this.hashes(text);
    if (this.filing === 'halves') {
      const half = n >> 1;
      this.file(halfKey(this.pre[half]!, n, 0), word);
      this.file(halfKey(this.suf[half + 1]!, n, 1), word);
      return;
    }
    this.file(formKey(this.pre[n]!, n), word);
    for (let i = 0; i < n; i++) this.file(formKey(this.dropped(i, n), n - 1), word);
  }

  /** Whether the word is filed. */
  has(text: string): boolean {
    const k = this.byHash.get(hashOf(text));
    return k !== undefined && this.texts[k] === text;
  }

  /** Calls found(value) once for every filed word one slip away from text (not text itself). */
  neighbours(text: string, found: (value: string) => void): void {
    const n = text.length;
    if (n > MAX_LEN || !/^[a-z]+$/.test(text)) return;
    this.hashes(text);
    const lookup = ++this.lookup;
    // (Wrapped round: the marks of 2^32 look-ups ago could be taken for this one's.)
    if (lookup === 0xffffffff) { this.seen.fill(0); this.lookup = 0; }
    if (this.filing === 'halves') {
      for (let length = Math.max(1, n - 1); length <= n + 1; length++) {
        const half = length >> 1;
        // The first half of a string of `length` letters is the query's first `half`; its last
        // part (length - half - 1 letters) is the query's last as many.
        this.probe(halfKey(this.pre[half]!, length, 0), text, lookup, found);
        this.probe(halfKey(this.suf[n - (length - half - 1)]!, length, 1), text, lookup, found);
      }
      return;
    }
    // The word itself: words with a letter more, one of whose dropped-letter forms it is.
    this.probe(formKey(this.pre[n]!, n), text, lookup, found);
    // Its dropped-letter forms: words with a letter less, and words with a letter changed or two swapped.
    for (let i = 0; i < n; i++) this.probe(formKey(this.dropped(i, n), n - 1), text, lookup, found);
  }

  /** The hash of the last hashed word without its letter i. */
  private dropped(i: number, n: number): number {
    return (Math.imul(this.pre[i]!, POW[n - 1 - i]!) + this.suf[i + 1]!) | 0;
  }

  /** pre[k]: hash of the first k letters; suf[k]: hash of the letters from k to the end. */
  private hashes(text: string): void {
    const n = text.length, pre = this.pre, suf = this.suf;
    pre[0] = 0;
    for (let i = 0; i < n; i++) pre[i + 1] = (Math.imul(pre[i]!, BASE) + code(text, i)) | 0;
    suf[n] = 0;
    for (let i = n - 1; i >= 0; i--) suf[i] = (Math.imul(code(text, i), POW[n - 1 - i]!) + suf[i + 1]!) | 0;
  }

  private probe(key: number, text: string, lookup: number, found: (value: string) => void): void {
    const heads = this.heads, entryKey = this.entryKey, entryNext = this.entryNext, seen = this.seen;
    for (let e = heads[key & (heads.length - 1)]!; e !== 0; e = entryNext[e]!) {
      if (entryKey[e] !== key) continue;
      const word = this.entryWord[e]!;
      if (seen[word] === lookup) continue;
      seen[word] = lookup;
      const w = this.texts[word]!;
      if (w !== text && oneSlip(text, w)) found(this.values[word]!);
    }
  }

  private file(key: number, word: number): void {
    const e = ++this.entries;
    if (e >= this.entryKey.length) {
      const n = this.entryKey.length * 2;
      this.entryKey = grown(this.entryKey, n);
      this.entryWord = grown(this.entryWord, n);
      this.entryNext = grown(this.entryNext, n);
    }
    this.entryKey[e] = key;
    this.entryWord[e] = word;
    if (e > this.heads.length) {
      // As many chains as entries, one entry each on average: twice as many, every entry linked again.
      const heads = new Int32Array(this.heads.length * 2), mask = heads.length - 1;
      for (let x = 1; x < e; x++) {
        const b = this.entryKey[x]! & mask;
        this.entryNext[x] = heads[b]!;
        heads[b] = x;
      }
      this.heads = heads;
    }
    const b = key & (this.heads.length - 1);
    this.entryNext[e] = this.heads[b]!;
    this.heads[b] = e;
  }
}
