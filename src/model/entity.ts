/**
 * One entity model for everything listed and everything screened, shaped like an FtM entity:
 * `{ id, schema, properties: { name: [...], birthDate: [...] } }`.
 *
 * Conventions every source and every consumer keeps (see docs/architecture.md):
 * - All property values are strings; a property is a list, possibly with one value.
 * - Dates are ISO 8601 prefixes ("1970", "1970-03", "1970-03-12"). Birth dates may also use the
 *   EDTF level-1 forms that lists publish: an interval "1960/1965" (between), an approximate
 *   "1965~" (about 1965). `toFtmJson` turns those into plain FtM dates on export.
 * - Countries are lower-case ISO 3166-1 alpha-2 codes where the source lets us know them
 *   ("ir", "kp"); otherwise the source's text.
 * - Name strength: `name` is the primary name, `alias` a good-quality a.k.a. (and names in
 *   original script), `weakAlias` a low-quality a.k.a. (UN "Low", OFAC "weak a.k.a.").
 * - The listed subject carries denormalised identifiers (passportNumber, idNumber, imoNumber...)
 *   and its programmes, so that matching needs one entity; documents are also emitted as FtM
 *   `Passport`/`Identification` entities (holder = subject id) with type, number and country.
 */
import { createHash } from 'node:crypto';
import { isSchema, type SchemaName } from './schema.js';

export type Properties = Record<string, string[]>;

/** Where a listed entity came from. `version` is set by the store when a list version is written. */
export interface Provenance {
  list: string;
  version?: number;
  sourceId: string;
}

export interface Entity {
  /** Stable across list versions: `<list>-<source record id>`, e.g. `un-QDi.430`. */
  id: string;
  schema: SchemaName | string;
  properties: Properties;
  /** Present on listed entities. */
  provenance?: Provenance;
  /** A display name; defaults to the first `name`. */
  caption?: string;
}

export function values(e: Entity, prop: string): string[] {
  return e.properties[prop] ?? [];
}

export function first(e: Entity, prop: string): string | undefined {
  return e.properties[prop]?.[0];
}

/** Adds values to a property, trimming and skipping empties and duplicates. Returns the entity. */
export function add(e: Entity, prop: string, ...vals: (string | null | undefined)[]): Entity {
  for (const raw of vals) {
    if (raw == null) continue;
    const v = String(raw).replace(/\s+/g, ' ').trim();
    if (!v) continue;
    const list = (e.properties[prop] ??= []);
    if (!list.includes(v)) list.push(v);
  }
  return e;
}

export function makeEntity(id: string, schema: SchemaName | string, provenance?: Provenance): Entity {
  return { id, schema, properties: {}, ...(provenance ? { provenance } : {}) };
}

export function caption(e: Entity): string {
  return e.caption ?? e.properties.name?.[0] ?? e.properties.alias?.[0] ?? e.id;
}

/**
 * A content hash of what the entity says (schema and sorted properties), independent of the
 * list version and of value order: two versions of a listing are "unchanged" when it is equal.
 */
export function contentHash(e: Entity): string {
  const props = Object.keys(e.properties)
    .filter((k) => e.properties[k]!.length > 0)
    .sort()
    .map((k) => [k, [...e.properties[k]!].sort()]);
  return createHash('sha256')
    .update(JSON.stringify([e.schema, props]))
    .digest('hex')
    .slice(0, 32);
}

/** The properties whose values differ between two versions of one entity. */
export function changedProperties(before: Entity, after: Entity): string[] {
  const keys = new Set([...Object.keys(before.properties), ...Object.keys(after.properties)]);
  const out: string[] = [];
  for (const k of keys) {
    const a = [...(before.properties[k] ?? [])].sort();
    const b = [...(after.properties[k] ?? [])].sort();
    if (a.length !== b.length || a.some((v, i) => v !== b[i])) out.push(k);
  }
  if (before.schema !== after.schema) out.push('schema');
  return out.sort();
}

/** EDTF birth-date forms to plain FtM dates: "1965~" -> "1965", "1960/1962" -> 1960, 1961, 1962. */
export function edtfToFtmDates(v: string): string[] {
  const approx = v.replace(/[~?]$/, '');
  const m = /^(\d{4})(?:-\d\d(?:-\d\d)?)?\/(\d{4})(?:-\d\d(?:-\d\d)?)?$/.exec(approx);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to >= from && to - from <= 30) {
      return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
    }
  }
  return [approx];
}

const DATE_PROPS = new Set(['birthDate', 'deathDate', 'incorporationDate', 'buildDate', 'listingDate', 'startDate', 'endDate', 'issueDate', 'modifiedAt']);

/** The entity as an FtM JSON object (one line of an FtM JSON lines file). */
export function toFtmJson(e: Entity): Record<string, unknown> {
  const properties: Properties = {};
  for (const [k, vals] of Object.entries(e.properties)) {
    properties[k] = DATE_PROPS.has(k) ? [...new Set(vals.flatMap(edtfToFtmDates))] : [...vals];
  }
  const out: Record<string, unknown> = { id: e.id, schema: e.schema, properties };
  if (e.caption) out.caption = e.caption;
  if (e.provenance) {
    out.datasets = [e.provenance.list];
    out.referents = [e.provenance.sourceId];
  }
  return out;
}

/** Reads one FtM JSON object. Throws with a reason when it is not an entity. */
export function fromFtmJson(obj: unknown, list?: string): Entity {
  if (!obj || typeof obj !== 'object') throw new Error('not a JSON object');
  const o = obj as Record<string, unknown>;
  if (typeof o.id !== 'string' || !o.id) throw new Error('missing "id"');
  if (typeof o.schema !== 'string' || !isSchema(o.schema)) throw new Error(`unknown schema ${JSON.stringify(o.schema)}`);
  const props = o.properties ?? {};
  if (typeof props !== 'object' || Array.isArray(props)) throw new Error('"properties" is not an object');
  const e = makeEntity(o.id, o.schema, list ? { list, sourceId: o.id } : undefined);
  for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
    const arr = Array.isArray(v) ? v : [v];
    for (const item of arr) {
      if (typeof item === 'string') add(e, k, item);
      else if (typeof item === 'number') add(e, k, String(item));
      // Nested entities (FtM "nested" exports) carry an id we can link by.
      else if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') add(e, k, (item as { id: string }).id);
    }
  }
  if (typeof o.caption === 'string') e.caption = o.caption;
  return e;
}
