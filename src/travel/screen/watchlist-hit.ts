/** A screening hit as traveller screening keeps it: the listed entity with its provenance. */
import type { ScreeningHit } from '../../screening/hits.js';
import type { WatchlistHit } from './screen-traveller.js';

export function toWatchlistHit(h: ScreeningHit): WatchlistHit {
  return {
    entity: { ...h.entity, provenance: { list: h.list, version: h.version ?? 0, sourceId: h.sourceId } },
    score: h.score,
    band: h.band,
    matchedName: h.matchedName,
    explanation: h.explanation,
  };
}
