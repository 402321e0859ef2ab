/**
 * Romanisation of name tokens (src/matching/romanize) on the held-out 20% of the Wikidata
 * transliteration sets: exact recall@1 and @5 of the Latin token, against the plain
 * transliteration (any-ascii) as the baseline, and the cost of one call.
 */
import { performance } from 'node:perf_hooks';
import { datasetPath, isHeldOut, LANGUAGES, readPairs } from '../src/matching/romanize/dataset.js';
import { recall } from '../src/matching/romanize/evaluate.js';
import { romanize, type RomanScript } from '../src/matching/romanize/index.js';
import { toAscii } from '../src/matching/text.js';

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const script of Object.keys(LANGUAGES) as RomanScript[]) {
    const test = readPairs(datasetPath(script)).filter((p) => isHeldOut(p.latin));
    const baseline = recall(test, (p) => [toAscii(p.target)]);
    const model = recall(test, (p) => romanize(p.target));
    // Cost: a fresh token each call (the cache is bypassed by a distinct limit per pass).
    const t0 = performance.now();
    for (const p of test) romanize(p.target, 6);
    const usPerCall = Math.round(((performance.now() - t0) * 1000) / test.length);
    const t1 = performance.now();
    for (const p of test) romanize(p.target, 6);
    const usCached = Math.round(((performance.now() - t1) * 1000 * 100) / test.length) / 100;
    console.log(`${script}: ${test.length} held-out pairs; any-ascii @1 ${baseline.at1}; romanize @1 ${model.at1} @5 ${model.at5}; ${usPerCall} µs/call (${usCached} cached)`);
    out[script] = { heldOutPairs: test.length, anyAsciiAt1: baseline.at1, romanizeAt1: model.at1, romanizeAt5: model.at5, usPerCall, usPerCallCached: usCached };
  }
  return out;
}
