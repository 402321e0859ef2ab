/**
 * The `match --pairs` protocol as a pure function: one JSON line `{"a": ENTITY, "b": ENTITY}` in,
 * one result object out. Lenient on entity shape (missing id or properties, a single string
 * instead of a list, numbers, unknown schemata are all accepted); a line that is not a pair gives
 * `{"error": "line N: ..."}` so the caller can keep going and keep lines in step.
 */
import type { Entity } from '../model/entity.js';
import { compare } from './compare.js';
import type { Thresholds } from './types.js';

export interface PairOutput {
  score?: number;
  band?: string;
  explanation?: unknown[];
  matchedName?: string;
  error?: string;
}

/** Coerces an FtM-shaped object into an Entity, keeping only string values. Throws on a non-object. */
export function toEntity(obj: unknown, label: string): Entity {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new Error(`"${label}" is not an entity object`);
  const o = obj as Record<string, unknown>;
  const properties: Record<string, string[]> = {};
  const raw = o.properties;
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) throw new Error(`"${label}.properties" is not an object`);
  for (const [k, v] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const list = Array.isArray(v) ? v : [v];
    const vals = list
      .map((x) => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' ? (x as { id: string }).id : ''))
      .map((x) => x.trim())
      .filter(Boolean);
    if (vals.length) properties[k] = vals;
  }
  // Some producers put the name at the top level or in "caption".
  if (!properties.name && typeof o.name === 'string' && o.name.trim()) properties.name = [o.name.trim()];
  if (!properties.name && !properties.alias && typeof o.caption === 'string' && o.caption.trim()) properties.name = [o.caption.trim()];
  return { id: typeof o.id === 'string' ? o.id : label, schema: typeof o.schema === 'string' ? o.schema : 'Thing', properties };
}

/** One input line to one output object; `lineNo` is 1-based and only used in error messages. */
export function matchPairLine(line: string, lineNo: number, thresholds?: Thresholds): PairOutput {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    return { error: `line ${lineNo}: not valid JSON (${(err as Error).message})` };
  }
  try {
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('expected an object {"a": ENTITY, "b": ENTITY}');
    const { a, b } = obj as { a?: unknown; b?: unknown };
    const r = compare(toEntity(a, 'a'), toEntity(b, 'b'), thresholds);
    const out: PairOutput = { score: r.score, band: r.band, explanation: r.explanation };
    if (r.matchedName) out.matchedName = r.matchedName;
    return out;
  } catch (err) {
    return { error: `line ${lineNo}: ${(err as Error).message}` };
  }
}
