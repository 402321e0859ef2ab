/**
 * Scores the labelled pairs (bench/data/matching/pairs-{dev,test}.jsonl) with a matcher and
 * reports precision, recall and F1 at the matcher's review threshold and at its best-F1
 * threshold, overall, by schema, by script and by kind of pair; and lists the failures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { asEntity, type Matcher } from './matcher.js';
import { bestF1, groupBy, prf, prfBy } from './metrics.js';
import type { Pair } from './pair.js';

export const PAIRS_DIR = path.resolve(process.cwd(), 'bench/data/matching');

export function readPairs(split: 'dev' | 'test'): Pair[] {
  return fs.readFileSync(path.join(PAIRS_DIR, `pairs-${split}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Pair);
}

/** Script label for reports: the non-Latin script of a cross-script pair, or the one script. */
export function scriptGroup(script: string): string {
  const parts = script.split('+');
  if (parts.length === 1) return parts[0] === 'latin' ? 'latin' : `${parts[0]} (same script)`;
  const other = parts.filter((p) => p !== 'latin');
  return other.length === 1 ? `${other[0]}+latin` : 'mixed non-Latin';
}

export interface ScoredPair extends Pair {
  score: number;
  band: string;
  explanation: unknown;
}

export function scorePairs(m: Matcher, pairs: Pair[]): ScoredPair[] {
  return pairs.map((p) => {
    const r = m.compare(asEntity(p.a), asEntity(p.b));
    return { ...p, score: r.score, band: r.band, explanation: r.explanation };
  });
}

export function pairReport(m: Matcher, scored: ScoredPair[]) {
  const t = m.thresholds.review;
  const best = bestF1(scored);
  const small = (k: string, n: number) => (n < 20 ? 'other' : k);
  const scriptCounts = new Map<string, number>();
  scored.forEach((s) => scriptCounts.set(scriptGroup(s.script), (scriptCounts.get(scriptGroup(s.script)) ?? 0) + 1));
  return {
    pairs: scored.length,
    reviewThreshold: t,
    atReview: prf(scored, t),
    bestF1: best,
    bySchema: prfBy(scored, (s) => s.schema, t),
    byScript: prfBy(scored, (s) => small(scriptGroup(s.script), scriptCounts.get(scriptGroup(s.script))!), t),
    byKind: flaggedBy(scored, t),
  };
}

/** Per kind of pair: positives report recall, negatives the share wrongly flagged. */
function flaggedBy(scored: ScoredPair[], t: number) {
  const out: Record<string, { n: number; label: string; share: number }> = {};
  for (const [k, v] of [...groupBy(scored, (s) => `${s.kind} (${s.match ? '+' : '-'})`)].sort((a, b) => b[1].length - a[1].length)) {
    const flagged = v.filter((s) => s.score >= t).length;
    out[k] = { n: v.length, label: v[0]!.match ? 'recall' : 'false-positive share', share: Math.round((flagged / v.length) * 1000) / 1000 };
  }
  return out;
}

/** False negatives and false positives at the review threshold, worst first. */
export function failures(m: Matcher, scored: ScoredPair[], split: string) {
  const t = m.thresholds.review;
  return scored
    .filter((s) => (s.score >= t) !== s.match)
    .map((s) => ({
      matcher: m.name, split, error: s.match ? 'false negative' : 'false positive', score: Math.round(s.score * 1000) / 1000,
      kind: s.kind, schema: s.schema, script: s.script, source: s.source, a: s.a, b: s.b, explanation: s.explanation,
    }))
    .sort((x, y) => (x.error === 'false negative' ? x.score - y.score : y.score - x.score));
}
