/**
 * What a screening answers: hits with the listed entity and its provenance, in two shapes: the
 * full one for the API and the console, and the compact line of batch files.
 */
import type { Entity } from '../model/entity.js';
import { caption } from '../model/entity.js';
import type { Band, Reason, Thresholds } from '../matching/types.js';

export interface ScreeningHit {
  entityId: string;
  list: string;
  /** The list version's seq the listed entity was read from. */
  version: number | null;
  sourceId: string;
  programme: string[];
  schema: string;
  caption: string;
  matchedName: string | null;
  score: number;
  band: Band;
  explanation: Reason[];
  entity: { id: string; schema: string; properties: Record<string, string[]> };
}

/** One hit of a batch output line: `{"entityId","list","score","band","matchedName","explanation"}`. */
export interface BatchHit {
  entityId: string;
  list: string;
  score: number;
  band: Band;
  matchedName: string | null;
  explanation: string[];
}

export function bandFor(score: number, t: Thresholds): Band {
  return score >= t.block ? 'block' : score >= t.review ? 'review' : 'none';
}

export function toScreeningHit(entity: Entity, score: number, band: Band, matchedName: string | undefined, explanation: Reason[]): ScreeningHit {
  const p = entity.provenance;
  return {
    entityId: entity.id,
    list: p?.list ?? '',
    version: p?.version ?? null,
    sourceId: p?.sourceId ?? entity.id,
    programme: [...(entity.properties.program ?? []), ...(entity.properties.programId ?? [])],
    schema: entity.schema,
    caption: caption(entity),
    matchedName: matchedName ?? null,
    score,
    band,
    explanation,
    entity: { id: entity.id, schema: entity.schema, properties: entity.properties },
  };
}

export function toBatchHit(h: ScreeningHit): BatchHit {
  return { entityId: h.entityId, list: h.list, score: h.score, band: h.band, matchedName: h.matchedName, explanation: h.explanation.map((r) => r.text) };
}
