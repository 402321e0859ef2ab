/**
 * An entity prepared for matching: its kind (person, organisation, vessel), its names of every
 * strength prepared once, and the facts the evidence features read. Cached per entity object,
 * so an index prepares each listed entity once.
 */
import type { Entity } from '../model/entity.js';
import { isA, isSchema } from '../model/schema.js';
import { DERIVED_STRENGTH, orgDerivedNames } from './orgs/derived-names.js';
import { personNameValues } from './person-name-values.js';
import { prepareName, type NameKind, type PreparedName } from './prepare.js';

export interface PreparedEntityName extends PreparedName {
  /** The property it came from: name, alias, previousName, weakAlias, or "parts" (first + last name). */
  property: string;
  /** How far a match on this name may be trusted: 1 for name/alias, less for weak aliases. */
  strength: number;
}

export interface PreparedEntity {
  entity: Entity;
  kind: NameKind;
  names: PreparedEntityName[];
  /** Its properties as lists of strings, made by compare.ts when first compared in full (kept while it stays prepared). */
  props?: Record<string, string[] | undefined>;
}

const STRENGTH: Record<string, number> = { name: 1, alias: 1, previousName: 0.97, weakAlias: 0.9, parts: 1, ...DERIVED_STRENGTH };

/** The kind of names an entity carries, by schema; unknown schemata are "any". */
export function kindOf(schema: string): NameKind {
  if (!isSchema(schema)) return 'any';
  if (isA(schema, 'Person')) return 'person';
  if (isA(schema, 'Organization')) return 'org';
  if (isA(schema, 'Vessel') || isA(schema, 'Airplane') || isA(schema, 'Vehicle')) return 'vessel';
  return 'any';
}

/** True when entities of these two kinds can be the same thing (a LegalEntity may be a person or an organisation). */
export function kindsCompatible(a: NameKind, b: NameKind): boolean {
  return a === b || a === 'any' || b === 'any';
}

const cache = new WeakMap<Entity, PreparedEntity>();

function stringValues(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
  return typeof v === 'string' && v.trim() ? [v] : [];
}

/** The names of an entity being prepared. */
interface Names {
  kind: NameKind;
  seen: Set<string>;
  names: PreparedEntityName[];
  /** Names too long to compare whole (a UN name with its aliases listed in brackets) still imply others. */
  tooLong: string[];
}

/**
 * Adds a name of the entity, once. A function of the module, not an arrow function made at every
 * call (tsx wraps each in __name, a defineProperty per entity prepared); each name a plain object
 * of one shape, not a spread of the prepared name (whose copies took its several hidden classes).
 */
function addName(acc: Names, value: string, property: string): void {
  const key = value.trim().toLowerCase();
  if (!key || acc.seen.has(key)) return;
  if (key.length > 300) { if (property !== 'unbracketed' && property !== 'bracketedAlias') acc.tooLong.push(value); return; }
  acc.seen.add(key);
  const p = prepareName(value, acc.kind);
  if (!p.tokens.length) return;
  const strength = STRENGTH[property] ?? 0.9;
  acc.names.push(entityName(p, property, strength));
  // One Han or Hangul word is also read as a foreign name transcribed (prepare.ts transcription).
  if (p.transcription) acc.names.push(entityName(p.transcription, property, strength));
}

/** The prepared name's fields in preparedName's order (prepare.ts), then these two. */
function entityName(p: PreparedName, property: string, strength: number): PreparedEntityName {
  return { original: p.original, tokens: p.tokens, legalForm: p.legalForm, joined: p.joined, weight: p.weight, kind: p.kind, all: p.all, transcription: p.transcription, transcribed: p.transcribed, property, strength, runs: undefined, blockKeys: undefined };
}

/**
 * The entity prepared for matching. Cached per entity object unless `remember` is false (a large
 * index keeps its own bounded cache instead of one prepared copy of every listed entity).
 */
export function prepareEntity(entity: Entity, remember = true): PreparedEntity {
  const hit = cache.get(entity);
  if (hit) return hit;
  const kind = kindOf(String(entity.schema ?? ''));
  const props = (entity.properties ?? {}) as Record<string, unknown>;
  const acc: Names = { kind, seen: new Set<string>(), names: [], tooLong: [] };
  const names = acc.names;
  for (const prop of ['name', 'alias', 'previousName', 'weakAlias']) {
    for (const v of stringValues(props[prop])) {
      // A person's value may hold several names or a note ("A; B", "A (ابو مهاجر)", "A (birth name)").
      if (kind === 'person') for (const n of personNameValues(v)) addName(acc, n, prop);
      else addName(acc, v, prop);
    }
  }
  // Organisation names imply others: without their bracketed parts, their acronym (orgs/derived-names.ts).
  if (kind === 'org') for (const n of [...names.map((x) => x.original), ...acc.tooLong]) for (const d of orgDerivedNames(n)) addName(acc, d.value, d.property);
  // Names given only in parts ("firstName", "lastName") are put together.
  const first = stringValues(props.firstName), last = stringValues(props.lastName);
  if (last.length) {
    const middle = [...stringValues(props.middleName), ...stringValues(props.secondName), ...stringValues(props.fatherName)];
    for (const l of last.slice(0, 3)) {
      for (const f of (first.length ? first : ['']).slice(0, 3)) addName(acc, [f, ...middle.slice(0, 1), l].filter(Boolean).join(' '), 'parts');
    }
  }
  const prepared: PreparedEntity = { entity, kind, names, props: undefined };
  if (remember) cache.set(entity, prepared);
  return prepared;
}
