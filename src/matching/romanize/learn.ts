/**
 * Learns the unit spellings of a ScriptTable from transliteration pairs by expectation
 * maximisation over monotone alignments: each unit stands for 0..maxChunk Latin letters, and the
 * counts of every cut are weighted by how likely the current table finds it. Five rounds are
 * enough for the tables to settle (the pairs are short).
 */
import type { TranslitPair } from './dataset.js';
import { chunkProbs, type ChunkCounts, type ScriptTable } from './model.js';
import { positionOf } from './units.js';

type Counts = Map<string, Map<string, number>>;

function add(counts: Counts, key: string, chunk: string, w: number): void {
  let m = counts.get(key);
  if (!m) counts.set(key, (m = new Map()));
  m.set(chunk, (m.get(chunk) ?? 0) + w);
}

function toTable(plain: Counts, tagged: Counts, maxChunk: number, lmWeight: number, prune: boolean): ScriptTable {
  const conv = (counts: Counts, minTotal: number, top: number): Record<string, ChunkCounts> => {
    const out: Record<string, ChunkCounts> = {};
    for (const [key, m] of counts) {
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      if (prune && total < minTotal) continue;
      let list = [...m].sort((a, b) => b[1] - a[1]);
      if (prune) list = list.filter(([, c]) => c >= 0.3 && c / total >= 0.01).slice(0, top);
      out[key] = list.map(([c, n]) => [c, prune ? Math.round(n * 10) / 10 : n]);
    }
    return out;
  };
  return { plain: conv(plain, 0, 12), tagged: conv(tagged, 3, 8), maxChunk, lmWeight };
}

/** Pair weight: frequent tokens count more, but "peter" seen 600 times must not drown the rest. */
const pairWeight = (p: TranslitPair): number => 1 + Math.log(p.count);

export function learnTable(pairs: readonly TranslitPair[], maxChunk: number, lmWeight = 0.5, rounds = 5): ScriptTable {
  let table: ScriptTable | undefined;
  for (let round = 0; round <= rounds; round++) {
    const plain: Counts = new Map();
    const tagged: Counts = new Map();
    const cache = new Map<string, Map<string, number>>();
    const prob = (unit: string, pos: string, chunk: string): number => {
      // Round 0: every cut alike, a silent unit less likely than a sounded one.
      if (!table) return chunk ? 1 : 0.1;
      const key = `${unit}|${pos}`;
      let m = cache.get(key);
      if (!m) cache.set(key, (m = chunkProbs(table, unit, pos)));
      return m.get(chunk) ?? 0;
    };
    for (const p of pairs) {
      const n = p.units.length;
      const l = p.latin;
      const m = l.length;
      const alpha = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
      const beta = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
      alpha[0]![0] = 1;
      for (let i = 1; i <= n; i++) {
        const pos = positionOf(i - 1, n);
        for (let j = 0; j <= m; j++) {
          let s = 0;
          for (let k = 0; k <= maxChunk && k <= j; k++) {
            const a = alpha[i - 1]![j - k]!;
            if (a) s += a * prob(p.units[i - 1]!, pos, l.slice(j - k, j));
          }
          alpha[i]![j] = s;
        }
      }
      const z = alpha[n]![m]!;
      if (!z) continue;
      beta[n]![m] = 1;
      for (let i = n; i >= 1; i--) {
        const pos = positionOf(i - 1, n);
        for (let j = 0; j <= m; j++) {
          let s = 0;
          for (let k = 0; k <= maxChunk && j + k <= m; k++) {
            const b = beta[i]![j + k]!;
            if (b) s += b * prob(p.units[i - 1]!, pos, l.slice(j, j + k));
          }
          beta[i - 1]![j] = s;
        }
      }
      const w = pairWeight(p) / z;
      for (let i = 1; i <= n; i++) {
        const unit = p.units[i - 1]!;
        const pos = positionOf(i - 1, n);
        for (let j = 0; j <= m; j++) {
          const b = beta[i]![j]!;
          if (!b) continue;
          for (let k = 0; k <= maxChunk && k <= j; k++) {
            const a = alpha[i - 1]![j - k]!;
            if (!a) continue;
            const chunk = l.slice(j - k, j);
            const post = a * prob(unit, pos, chunk) * b * w;
            if (post < 1e-4) continue;
            add(plain, unit, chunk, post);
            add(tagged, `${unit}|${pos}`, chunk, post);
          }
        }
      }
    }
    table = toTable(plain, tagged, maxChunk, lmWeight, round === rounds);
  }
  return table!;
}
