/**
 * Screening one entity against an engine under a profile: pure and synchronous, so the API, the
 * batch workers and monitoring all share it. Suppression and records come on top (screen.ts).
 */
import type { Entity } from '../model/entity.js';
import type { Engine } from './engine.js';
import type { Profile } from './profiles.js';
import { bandFor, toScreeningHit, type ScreeningHit } from './hits.js';

export interface Exclusions {
  /** Listed entity ids never to report (e.g. already cleared for this request). */
  entityIds?: string[];
  /** List ids to leave out of this request. */
  lists?: string[];
}

export interface MatchOptions {
  exclusions?: Exclusions;
  /** Most hits to return (default 10). */
  limit?: number;
}

export const DEFAULT_LIMIT = 10;

/** Hits at or above the profile's review threshold, best first, filtered by profile and exclusions. */
export function matchEntity(engine: Engine, profile: Profile, query: Entity, opts: MatchOptions = {}): ScreeningHit[] {
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const exIds = new Set(opts.exclusions?.entityIds ?? []);
  const exLists = new Set(opts.exclusions?.lists ?? []);
  const lists = profile.lists ? new Set(profile.lists) : undefined;
  const schemata = profile.schemata ? new Set(profile.schemata) : undefined;
  const out: ScreeningHit[] = [];
  // The engine filters by schema itself; ask for more only when filters applied here (lists,
  // excluded entities) may drop some. Asking for more makes the engine compare more
  // candidates, which is where the time goes.
  const headroom = exIds.size + (lists || exLists.size ? limit : 0);
  const hits = engine.search(query, { limit: limit + headroom, minScore: profile.review, ...(profile.schemata ? { schemata: profile.schemata } : {}) });
  for (const h of hits) {
    if (h.score < profile.review) continue;
    const e = h.entity;
    const list = e.provenance?.list ?? '';
    if (exIds.has(e.id) || exLists.has(list)) continue;
    if (lists && !lists.has(list)) continue;
    if (schemata && !schemata.has(e.schema)) continue;
    out.push(toScreeningHit(e, h.score, bandFor(h.score, profile), h.matchedName, h.explanation));
    if (out.length >= limit) break;
  }
  return out;
}
