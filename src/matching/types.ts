/**
 * The matching engine's public types. The engine is pure and in memory: entities in, scores
 * and reasons out. Implemented in src/matching; used by screening, travel, the CLI and the API.
 */
import type { Entity } from '../model/entity.js';

export type Band = 'none' | 'review' | 'block';

/** One piece of evidence, in words an officer reads, and how it moved the score. */
export interface Reason {
  /** Feature id, e.g. "name", "birthDate", "nationality", "passportNumber", "imoNumber". */
  feature: string;
  /** Plain sentence, e.g. "Listed alias \"Muhammad al-Masri\" matches \"Mohamed Elmasri\": ..." */
  text: string;
  /** Signed contribution to the score (before clamping to [0, 1]). */
  weight: number;
  /** For names: the query name and the listed name that matched, part by part. */
  query?: string;
  candidate?: string;
  parts?: { query: string; candidate: string; similarity: number }[];
}

export interface MatchResult {
  score: number;
  band: Band;
  explanation: Reason[];
  /** The listed name (or alias) that matched best. */
  matchedName?: string;
}

/** Thresholds that turn a score into a band; named profiles live in src/screening. */
export interface Thresholds {
  review: number;
  block: number;
}

export interface Hit extends MatchResult {
  entity: Entity;
}
