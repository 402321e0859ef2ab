/**
 * The index's blocking keys → an int32 each, without keeping the key strings: each key is known by
 * two 32-bit hashes of its characters (64 bits), in open-addressed typed arrays.
 *
 * Why not a Map<string, number>: a million names file about five million keys, most of them held
 * by one name only (its joined and word-order-free keys), and the Map kept every key string alive
 * (a quarter of the 1M-name heap) and grew by rehashing them; building it was a quarter of the
 * build. Two keys whose 64-bit hashes agree would share one posting list (a few more candidates,
 * each still compared in full; at five million keys the chance is about one in a million).
 */

/** A slot's state: empty (0) or holding a key. */
const FULL = 1;

export class KeyTable {
  private h1: Int32Array;
  private h2: Int32Array;
  private values: Int32Array;
  private state: Uint8Array;
  private mask: number;
  private count = 0;
  // The last key's hashes (hashed once for a get then a set of the same key).
  private lastKey: string | undefined = undefined;
  private last1 = 0;
  private last2 = 0;

  constructor(capacity = 1 << 16) {
    let n = 1;
    while (n < capacity * 2) n <<= 1;
    this.h1 = new Int32Array(n);
    this.h2 = new Int32Array(n);
    this.values = new Int32Array(n);
    this.state = new Uint8Array(n);
    this.mask = n - 1;
  }

  get size(): number {
    return this.count;
  }

  get(key: string): number | undefined {
    this.hash(key);
    const i = this.find(this.last1, this.last2);
    return this.state[i] === FULL ? this.values[i] : undefined;
  }

  set(key: string, value: number): void {
    this.hash(key);
    const i = this.find(this.last1, this.last2);
    if (this.state[i] !== FULL) {
      this.state[i] = FULL;
      this.h1[i] = this.last1;
      this.h2[i] = this.last2;
      this.count++;
      this.values[i] = value;
      if (this.count * 2 > this.mask) this.grow();
      return;
    }
    this.values[i] = value;
  }

  /** The slot of hashes (a, b): where they are, or the empty slot where they would go. */
  private find(a: number, b: number): number {
    const mask = this.mask, state = this.state, h1 = this.h1, h2 = this.h2;
    let i = a & mask;
    while (state[i] === FULL && (h1[i] !== a || h2[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  private hash(key: string): void {
    if (key === this.lastKey) return;
    // FNV-1a and a multiply-xorshift, each finished by murmur3's fmix32: two independent 32-bit hashes.
    let a = 0x811c9dc5 | 0, b = 0x9747b28c | 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b + c, 0x5bd1e995);
      b ^= b >>> 13;
    }
    this.lastKey = key;
    this.last1 = fmix(a ^ key.length);
    this.last2 = fmix(b);
  }

  private grow(): void {
    const { h1, h2, values, state } = this;
    const n = state.length * 2;
    this.h1 = new Int32Array(n);
    this.h2 = new Int32Array(n);
    this.values = new Int32Array(n);
    this.state = new Uint8Array(n);
    this.mask = n - 1;
    for (let i = 0; i < state.length; i++) {
      if (state[i] !== FULL) continue;
      const j = this.find(h1[i]!, h2[i]!);
      this.state[j] = FULL;
      this.h1[j] = h1[i]!;
      this.h2[j] = h2[i]!;
      this.values[j] = values[i]!;
    }
  }
}

/** A copy of `a` in a new array of `n` elements (the rest zero): how the index's and slips.ts's typed arrays grow. */
export function grown<T extends Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(a: T, n: number): T {
  const b = new (a.constructor as new (length: number) => T)(n);
  b.set(a);
  return b;
}

/** murmur3's 32-bit finaliser: every input bit moves every output bit (slips.ts finishes its keys with it too). */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A key's 32-bit hash (FNV-1a finished by fmix32, as the first of KeyTable's two), never 0. */
export function keyHash(key: string): number {
  let a = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) a = Math.imul(a ^ key.charCodeAt(i), 0x01000193);
  return fmix(a ^ key.length) || 1;
}

/**
 * A query's keys, asked whether they hold any of a listed name's keys (match-index.ts sharesKey):
 * by the keys' 32-bit hashes (keyHash) in an open-addressed typed array, a hash found confirmed
 * with the key itself. The names compared per query have some forty keys each, nearly all of them
 * not the query's: hashed once per name and looked up as integers, they cost a few nanoseconds
 * each where a Set<string> look-up cost several times that.
 */
export class KeyHashSet {
  private table: Int32Array;
  private mask: number;
  private keys: Set<string>;

  constructor(keys: Set<string>) {
    this.keys = keys;
    let n = 16;
    while (n < keys.size * 4) n <<= 1;
    this.table = new Int32Array(n);
    this.mask = n - 1;
    for (const k of keys) {
      const h = keyHash(k);
      let i = h & this.mask;
      while (this.table[i] !== 0 && this.table[i] !== h) i = (i + 1) & this.mask;
      this.table[i] = h;
    }
  }

  /** Whether any of `keys` (with their keyHash in `hashes`) is in the set. */
  hasAny(keys: readonly string[], hashes: Int32Array): boolean {
    const table = this.table, mask = this.mask;
    for (let k = 0; k < hashes.length; k++) {
      const h = hashes[k]!;
      for (let i = h & mask; table[i] !== 0; i = (i + 1) & mask) {
        if (table[i] === h) {
          if (this.keys.has(keys[k]!)) return true;
          break;
        }
      }
    }
    return false;
  }
}
