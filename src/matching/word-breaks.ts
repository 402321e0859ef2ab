/**
 * Whether two names' consonant strings (see names.ts abjadWholeSimilarity) break into words
 * compatibly: one name joins words that the other writes apart ("سعد الدين" / "Saduddin",
 * "SALAHALDIN ABD EL HALIM" / "صلاح الدين عبدالحليم"), and never cuts them elsewhere.
 *
 * The strings are aligned consonant by consonant (the costs of phonetic.ts consonantDistance);
 * each word break of the abjad name is carried to the Latin string. A break found on both sides
 * closes a block. Within a block, breaks of only one side are a compound written apart there;
 * breaks of both sides that do not meet mean the words were cut elsewhere ("عثمان میمن" t-m-n|m-n
 * against "Sam NAMAN" s-m|n-m-n): not compatible. Names whose every break meets have their
 * words in common one by one: the word-by-word comparison already says all, not compatible
 * either (the whole string would only forget what the words' edges tell).
 */
import { consonantDistance } from './phonetic.js';

const costs = new Map<string, number>();
function cost(x: string, y: string): number {
  const k = x + y;
  let c = costs.get(k);
  if (c === undefined) { c = consonantDistance(x, y); costs.set(k, c); }
  return c;
}

/** For each position of `a`, the position of `b` it is aligned with (or the next aligned one). */
function alignment(a: string, b: string): Int32Array {
  const n = a.length, m = b.length;
  const d = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = 1; i <= n; i++) d[at(i, 0)] = d[at(i - 1, 0)]! + cost(a[i - 1]!, '');
  for (let j = 1; j <= m; j++) d[at(0, j)] = d[at(0, j - 1)]! + cost('', b[j - 1]!);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      d[at(i, j)] = Math.min(d[at(i - 1, j - 1)]! + cost(a[i - 1]!, b[j - 1]!), d[at(i - 1, j)]! + cost(a[i - 1]!, ''), d[at(i, j - 1)]! + cost('', b[j - 1]!));
    }
  }
  // Trace back: a letter of a deleted takes the position of the next aligned letter of b.
  const map = new Int32Array(n + 1).fill(-1);
  map[n] = m;
  let i = n, j = m;
  while (i > 0 && j > 0) {
    const v = d[at(i, j)]!;
    if (Math.abs(v - (d[at(i - 1, j - 1)]! + cost(a[i - 1]!, b[j - 1]!))) < 1e-9) { map[i - 1] = j - 1; i--; j--; }
    else if (Math.abs(v - (d[at(i - 1, j)]! + cost(a[i - 1]!, ''))) < 1e-9) { map[i - 1] = j; i--; }
    else j--;
  }
  while (i > 0) { map[i - 1] = 0; i--; }
  return map;
}

/**
 * `aBreaks`, `bBreaks`: where each word after the first begins, ascending; a break may have two
 * positions when the words on either side share the letter there (written once).
 */
export function breaksCompatible(a: string, aBreaks: readonly (readonly number[])[], b: string, bBreaks: readonly (readonly number[])[]): boolean {
  const map = alignment(a, b);
  const metB = new Set<number>();
  const points: { p: number; side: string }[] = [];
  for (const alts of aBreaks) {
    const carried = alts.map((p) => map[p]!);
    const k = bBreaks.findIndex((bs, i) => !metB.has(i) && bs.some((x) => carried.includes(x)));
    if (k >= 0) metB.add(k);
    points.push({ p: carried[carried.length - 1]!, side: k >= 0 ? 'both' : 'a' });
  }
  bBreaks.forEach((bs, i) => { if (!metB.has(i)) points.push({ p: bs[bs.length - 1]!, side: 'b' }); });
  points.sort((x, y) => x.p - y.p || (x.side === 'both' ? -1 : 1));
  let sawA = false, sawB = false, unmet = false;
  for (const { side } of points) {
    if (side === 'both') { sawA = sawB = false; continue; }
    unmet = true;
    if (side === 'a') sawA = true; else sawB = true;
    if (sawA && sawB) return false;
  }
  return unmet;
}
