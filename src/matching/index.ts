/**
 * The matching engine's public API: pure, in memory, no I/O.
 * - compare(query, candidate, thresholds?) → MatchResult (score in [0, 1], band, explanation)
 * - MatchIndex: add/remove listed entities, search(query) → Hit[] best first
 * - DEFAULT_THRESHOLDS: the review/block thresholds calibrated on labelled pairs
 * See docs/matching.md for how it works.
 */
export { compare, bandOf, DEFAULT_THRESHOLDS } from './compare.js';
export { MatchIndex, type SearchOptions } from './match-index.js';
export { normalizeText, tokenize } from './text.js';
export { nameKey } from './phonetic.js';
export { imoNumber, normalizeIdentifier } from './identifiers.js';
export { countryCode } from './countries.js';
export type { Band, Hit, MatchResult, Reason, Thresholds } from './types.js';
