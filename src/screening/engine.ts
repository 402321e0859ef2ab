/**
 * The one seam between screening and the matching engine (src/matching). Screening asks an
 * `Engine` for the best-scored listed entities for a query; profiles, exclusions, suppression and
 * records are screening's business, scoring is matching's. Everything here is synchronous and
 * in memory so that a worker thread can hold its own engine.
 */
import type { Entity } from '../model/entity.js';
import { MATCHABLE } from '../model/schema.js';
import type { Reason } from '../matching/types.js';
import { MatchIndex } from '../matching/index.js';

export interface EngineHit {
  entity: Entity;
  /** In [0, 1]. */
  score: number;
  matchedName?: string;
  explanation: Reason[];
}

export interface SearchOptions {
  limit: number;
  /** Leave out candidates scoring below this. */
  minScore: number;
  /** Only listed entities of these schemata. */
  schemata?: readonly string[];
}

export interface Engine {
  readonly size: number;
  /** The best candidates for the query, best first, at most `limit`. */
  search(query: Entity, opts: SearchOptions): EngineHit[];
}

/** Only subjects are indexed: sanctions, documents and addresses are evidence, not hits. */
export function isIndexable(e: Entity): boolean {
  return (MATCHABLE as readonly string[]).includes(e.schema);
}

/** An engine over the given listed entities (non-subjects are skipped). */
export function createEngine(entities: Iterable<Entity>): Engine {
  const index = new MatchIndex();
  let size = 0;
  for (const e of entities) if (isIndexable(e) && index.add(e)) size++;
  return {
    size,
    search: (q, o) =>
      index.search(q, { limit: o.limit, minScore: o.minScore, ...(o.schemata ? { schemata: o.schemata } : {}) }).map((h) => ({
        entity: h.entity,
        score: h.score,
        ...(h.matchedName ? { matchedName: h.matchedName } : {}),
        explanation: h.explanation,
      })),
  };
}
