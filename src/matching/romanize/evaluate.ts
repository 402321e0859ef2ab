/**
 * Token-level recall of a romaniser on transliteration pairs: the share of pairs whose Latin
 * token is the first guess (recall@1) or among the first five (recall@5).
 */
import type { TranslitPair } from './dataset.js';

export interface Recall {
  pairs: number;
  at1: number;
  at5: number;
}

export function recall(pairs: readonly TranslitPair[], guess: (p: TranslitPair) => readonly string[]): Recall {
  let at1 = 0;
  let at5 = 0;
  for (const p of pairs) {
    const g = guess(p);
    const i = g.indexOf(p.latin);
    if (i === 0) at1++;
    if (i >= 0 && i < 5) at5++;
  }
  const r = (x: number) => (pairs.length ? Math.round((x / pairs.length) * 1000) / 1000 : 0);
  return { pairs: pairs.length, at1: r(at1), at5: r(at5) };
}
