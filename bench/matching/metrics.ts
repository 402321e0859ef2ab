/** Precision, recall and F1 of scored labelled pairs, overall and per group, and calibration. */

export interface Scored {
  score: number;
  match: boolean;
}

export interface Prf {
  n: number;
  positives: number;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function prf(items: Scored[], threshold: number): Prf {
  let tp = 0, fp = 0, fn = 0;
  for (const it of items) {
    const flagged = it.score >= threshold;
    if (flagged && it.match) tp++;
    else if (flagged) fp++;
    else if (it.match) fn++;
  }
  // With nothing flagged precision is undefined; call it 1 (no false alarm was raised).
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: items.length, positives: tp + fn, precision: r3(precision), recall: r3(recall), f1: r3(f1), tp, fp, fn };
}

/** The threshold (among observed scores) that maximises F1: how far the review threshold is from it. */
export function bestF1(items: Scored[]): { threshold: number } & Prf {
  const candidates = [...new Set(items.map((i) => Math.round(i.score * 1000) / 1000))].sort((a, b) => a - b);
  let best = { threshold: 1, ...prf(items, 1) };
  for (const t of candidates) {
    const p = prf(items, t);
    if (p.f1 > best.f1) best = { threshold: t, ...p };
  }
  return best;
}

export function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    m.set(k, [...(m.get(k) ?? []), it]);
  }
  return m;
}

/** P/R/F1 per group at one threshold, groups sorted by size. */
export function prfBy<T extends Scored>(items: T[], key: (t: T) => string, threshold: number): Record<string, Prf> {
  const groups = [...groupBy(items, key)].sort((a, b) => b[1].length - a[1].length);
  return Object.fromEntries(groups.map(([k, v]) => [k, prf(v, threshold)]));
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
