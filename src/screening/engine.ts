/**
 * The one seam between screening and the matching engine (src/matching). Screening asks an
 * `Engine` for the best-scored listed entities for a query; profiles, exclusions, suppression and
 * records are screening's business, scoring is matching's. Everything here is synchronous and
 * in memory so that a worker thread can hold its own engine.
 */
import type { Entity } from '../model/entity.js';
import { MATCHABLE } from '../model/schema.js';
import type { Reason } from '../matching/types.js';
import { importOptional } from '../app/optional.js';
import { createFallbackEngine } from './fallback-engine.js';

export interface EngineHit {
  entity: Entity;
  /** In [0, 1]. */
  score: number;
  matchedName?: string;
  explanation: Reason[];
}

export interface Engine {
  /** Which implementation answers (for /readyz and the benchmarks). */
  readonly kind: string;
  readonly size: number;
  /** The best candidates for the query, best first, at most `limit`; no threshold applied. */
  search(query: Entity, limit: number): EngineHit[];
}

/** Only subjects are indexed: sanctions, documents and addresses are evidence, not hits. */
export function isIndexable(e: Entity): boolean {
  return (MATCHABLE as readonly string[]).includes(e.schema);
}

interface MatchIndexLike {
  add(e: Entity): void;
  search(q: Entity, opts: { limit: number }): { entity: Entity; score: number; matchedName?: string; explanation: Reason[] }[];
  size?: number;
}
interface MatchingModule {
  MatchIndex?: new () => MatchIndexLike;
}

let matching: MatchingModule | undefined | null = null;

/** Loads src/matching's index once per process (null until asked, undefined when absent). */
async function matchingModule(): Promise<MatchingModule | undefined> {
  if (matching === null) matching = await importOptional<MatchingModule>('../matching/index.js', import.meta.url);
  return matching;
}

/** An engine over the given listed entities (non-subjects are skipped). */
export async function createEngine(entities: Iterable<Entity>, opts: { fallback?: boolean } = {}): Promise<Engine> {
  const subjects = [...entities].filter(isIndexable);
  const mod = opts.fallback ? undefined : await matchingModule();
  if (mod?.MatchIndex) {
    const index = new mod.MatchIndex();
    for (const e of subjects) index.add(e);
    return {
      kind: 'matching',
      size: subjects.length,
      search: (q, limit) => index.search(q, { limit }).map((h) => ({ entity: h.entity, score: h.score, ...(h.matchedName ? { matchedName: h.matchedName } : {}), explanation: h.explanation ?? [] })),
    };
  }
  return createFallbackEngine(subjects);
}
