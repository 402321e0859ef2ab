/**
 * The trivial baseline the engine is measured against: Jaro-Winkler on normalised names
 * (diacritics stripped, case folded, punctuation removed, tokens also compared sorted), no
 * transliteration, no evidence beyond names. It is what a quick in-house screening tool does.
 */
import type { Entity } from '../../src/model/entity.js';
import type { Band, Hit, MatchResult, Thresholds } from '../../src/matching/types.js';
import { allNames } from './lists.js';

export const BASELINE_THRESHOLDS: Thresholds = { review: 0.9, block: 0.97 };

export function normalise(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  if (!a.length || !b.length) return 0;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const am = new Array<boolean>(a.length).fill(false);
  const bm = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(b.length - 1, i + range);
    for (let j = lo; j <= hi; j++) {
      if (bm[j] || a[i] !== b[j]) continue;
      am[i] = bm[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  for (let i = 0, k = 0; i < a.length; i++) {
    if (!am[i]) continue;
    while (!bm[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Similarity of two names: the better of as-written and tokens-sorted Jaro-Winkler. */
export function nameSimilarity(a: string, b: string): number {
  const na = normalise(a);
  const nb = normalise(b);
  const sorted = (s: string) => s.split(' ').sort().join(' ');
  return Math.max(jaroWinkler(na, nb), jaroWinkler(sorted(na), sorted(nb)));
}

function band(score: number, t: Thresholds): Band {
  return score >= t.block ? 'block' : score >= t.review ? 'review' : 'none';
}

export function baselineCompare(query: Entity, candidate: Entity, t: Thresholds = BASELINE_THRESHOLDS): MatchResult {
  let best = 0;
  let bestPair: [string, string] = ['', ''];
  for (const qn of allNames(query)) {
    for (const cn of allNames(candidate)) {
      const s = nameSimilarity(qn, cn);
      if (s > best) [best, bestPair] = [s, [qn, cn]];
    }
  }
  return {
    score: best,
    band: band(best, t),
    matchedName: bestPair[1],
    explanation: [{ feature: 'name', text: `Jaro-Winkler ${best.toFixed(3)} between "${bestPair[0]}" and "${bestPair[1]}"`, weight: best, query: bestPair[0], candidate: bestPair[1] }],
  };
}

/**
 * Candidate retrieval by shared normalised tokens and 3-letter token prefixes (so one typo in a
 * token still finds it), then Jaro-Winkler on the best-overlapping candidates.
 */
export class BaselineIndex {
  private entities: Entity[] = [];
  private postings = new Map<string, number[]>();

  add(e: Entity): void {
    const id = this.entities.push(e) - 1;
    const keys = new Set(allNames(e).flatMap(keysOf));
    for (const k of keys) {
      const list = this.postings.get(k);
      if (list) list.push(id);
      else this.postings.set(k, [id]);
    }
  }

  search(query: Entity, opts: { limit?: number; thresholds?: Thresholds } = {}): Hit[] {
    const counts = new Map<number, number>();
    for (const k of new Set(allNames(query).flatMap(keysOf))) {
      const list = this.postings.get(k);
      // Very common keys ("al", "mohammad") say little; skip them when rarer ones exist.
      if (!list || list.length > 3000) continue;
      for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const shortlist = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 100);
    return shortlist
      .map(([id]) => ({ ...baselineCompare(query, this.entities[id]!, opts.thresholds), entity: this.entities[id]! }))
      .sort((a, b) => b.score - a.score)
      .slice(0, opts.limit ?? 10);
  }
}

function keysOf(name: string): string[] {
  return normalise(name).split(' ').filter(Boolean).flatMap((t) => [`t:${t}`, `p:${t.slice(0, 3)}`, `s:${t.slice(-3)}`]);
}
