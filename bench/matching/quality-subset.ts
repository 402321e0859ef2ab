/**
 * The small fixed subset the regression test scores: every hand-written hard case and every
 * 10th pair of the test split (about 400 pairs, a second to score).
 */
import { readPairs } from './pairs-eval.js';
import type { Pair } from './pair.js';

export function regressionSubset(): Pair[] {
  const test = readPairs('test');
  return [...test.filter((p) => p.kind === 'hard-case'), ...readPairs('dev').filter((p) => p.kind === 'hard-case'), ...test.filter((p, i) => p.kind !== 'hard-case' && i % 10 === 0)];
}
