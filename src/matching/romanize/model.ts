/**
 * The romanisation model: for each unit (Han character, Hangul syllable, letter) the Latin
 * spellings it is written with and how often, by position in the word, and a Latin letter-trigram
 * model of how names are spelled. Decoding is a noisy channel: a spelling scores by how well its
 * pieces fit the units times how name-like the whole Latin word is, so that "د ا ي ف ي د" comes
 * out "david" rather than the letter-by-letter "daifid".
 */
import { positionOf, type RomanScript } from './units.js';

/** Spelling counts of one unit: [latin, count] pairs. */
export type ChunkCounts = [string, number][];

export interface ScriptTable {
  /** Unit → spellings anywhere in the word. */
  plain: Record<string, ChunkCounts>;
  /** "unit|b" (begin), "|m", "|e", "|s" → spellings at that position, kept when seen enough. */
  tagged: Record<string, ChunkCounts>;
  /** Longest Latin piece one unit can stand for. */
  maxChunk: number;
  /** How much the letter-trigram model weighs against the unit spellings (tuned per script). */
  lmWeight: number;
}

export interface ModelData {
  /** Where the counts come from, for the record. */
  source: string;
  scripts: Partial<Record<RomanScript, ScriptTable>>;
  /** Letter trigram counts over "^^name$" ("^" starts, "$" ends a word). */
  trigrams: Record<string, number>;
}

/** Pull of the position-free spellings on a unit seen rarely at one position. */
const BACKOFF = 5;

/** Spelling probabilities of a unit at a position (position counts smoothed toward all positions). */
export function chunkProbs(table: ScriptTable, unit: string, pos: string): Map<string, number> {
  const out = new Map<string, number>();
  const plain = table.plain[unit];
  const tagged = table.tagged[`${unit}|${pos}`];
  const pTotal = plain ? plain.reduce((s, [, c]) => s + c, 0) : 0;
  const tTotal = tagged ? tagged.reduce((s, [, c]) => s + c, 0) : 0;
  if (!pTotal && !tTotal) return out;
  for (const [chunk, c] of plain ?? []) out.set(chunk, (BACKOFF * c) / pTotal / (tTotal + BACKOFF));
  if (!pTotal) for (const [chunk, c] of tagged ?? []) out.set(chunk, c / tTotal);
  else for (const [chunk, c] of tagged ?? []) out.set(chunk, (out.get(chunk) ?? 0) + c / (tTotal + BACKOFF));
  return out;
}

/** Letter trigram log-probabilities, interpolated with bigrams and unigrams (names are short). */
export class LetterModel {
  private readonly tri = new Map<string, number>();
  private readonly bi = new Map<string, number>();
  private readonly uni = new Map<string, number>();
  private readonly ctx2 = new Map<string, number>();
  private readonly ctx1 = new Map<string, number>();
  private total = 0;
  private readonly cache = new Map<string, number>();

  constructor(trigrams: Record<string, number>) {
    for (const [g, c] of Object.entries(trigrams)) {
      this.tri.set(g, c);
      this.ctx2.set(g.slice(0, 2), (this.ctx2.get(g.slice(0, 2)) ?? 0) + c);
      this.bi.set(g.slice(1), (this.bi.get(g.slice(1)) ?? 0) + c);
      this.ctx1.set(g[1]!, (this.ctx1.get(g[1]!) ?? 0) + c);
      this.uni.set(g[2]!, (this.uni.get(g[2]!) ?? 0) + c);
      this.total += c;
    }
  }

  /** log P(next | two letters before), "^" padding the start. */
  logProb(prev2: string, next: string): number {
    const key = prev2 + next;
    let v = this.cache.get(key);
    if (v !== undefined) return v;
    const c2 = this.ctx2.get(prev2) ?? 0;
    const c1 = this.ctx1.get(prev2[1]!) ?? 0;
    const p3 = c2 ? (this.tri.get(key) ?? 0) / c2 : 0;
    const p2 = c1 ? (this.bi.get(key.slice(1)) ?? 0) / c1 : 0;
    const p1 = ((this.uni.get(next) ?? 0) + 1) / (this.total + 30);
    v = Math.log(0.7 * p3 + 0.25 * p2 + 0.05 * p1);
    this.cache.set(key, v);
    return v;
  }
}

/** Counts the letter trigrams of Latin names, for LetterModel. */
export function countTrigrams(names: Iterable<[string, number]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, n] of names) {
    const s = `^^${name}$`;
    for (let i = 2; i < s.length; i++) {
      const g = s.slice(i - 2, i + 1);
      out[g] = (out[g] ?? 0) + n;
    }
  }
  return out;
}

interface Hyp {
  text: string;
  /** log P(pieces | units) + lmWeight · log P(letters). */
  score: number;
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/**
 * The best Latin spellings of a unit sequence, best first, with log scores. Hypotheses that
 * reach the same prefix by different cuts are merged (their probabilities add), which is what
 * makes a common spelling beat an odd one that happens to have one strong cut.
 */
export function decode(
  units: readonly string[],
  table: ScriptTable,
  lm: LetterModel,
  fallback: (unit: string) => string,
  beam = 24,
  limit = 5,
): { text: string; score: number }[] {
  const lmWeight = table.lmWeight;
  let hyps: Hyp[] = [{ text: '', score: 0 }];
  units.forEach((unit, i) => {
    let probs = chunkProbs(table, unit, positionOf(i, units.length));
    if (!probs.size) probs = new Map([[fallback(unit), 1]]);
    const next = new Map<string, number>();
    for (const h of hyps) {
      for (const [chunk, p] of probs) {
        let s = h.score + Math.log(p);
        let ctx = ('^^' + h.text).slice(-2);
        for (const ch of chunk) {
          s += lmWeight * lm.logProb(ctx, ch);
          ctx = ctx[1]! + ch;
        }
        const text = h.text + chunk;
        next.set(text, logAdd(next.get(text) ?? -Infinity, s));
      }
    }
    hyps = [...next].map(([text, score]) => ({ text, score })).sort((a, b) => b.score - a.score).slice(0, beam);
  });
  return hyps
    .filter((h) => h.text)
    .map((h) => ({ text: h.text, score: h.score + lmWeight * lm.logProb(('^^' + h.text).slice(-2), '$') }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
