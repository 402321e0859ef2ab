/** One labelled pair, as kept in bench/data/matching/*.jsonl. */
import { pairScript } from './scripts.js';

export interface PairEntity {
  schema: string;
  properties: Record<string, string[]>;
}

export interface Pair {
  a: PairEntity;
  b: PairEntity;
  match: boolean;
  /** Where the pair comes from: file and record, or "hard-cases". */
  source: string;
  schema: string;
  /** Writing systems of the two names: "latin", "arabic+latin"... */
  script: string;
  /** How it was made: "alias", "original-script", "same-surname", "translit"... */
  kind: string;
  /** Decides dev/test membership, so that one entity's pairs stay on one side. */
  group: string;
  note?: string;
}

/** Schema family used in reports: Person, Organization (incl. Company), Vessel. */
export function schemaFamily(schema: string): string {
  return ['Company', 'LegalEntity', 'PublicBody', 'Organization'].includes(schema) ? 'Organization' : schema;
}

export function makePair(a: PairEntity, b: PairEntity, match: boolean, meta: { source: string; kind: string; group: string; note?: string }): Pair {
  const an = a.properties.name?.[0] ?? '';
  const bn = b.properties.name?.[0] ?? '';
  return { a, b, match, source: meta.source, schema: schemaFamily(b.schema), script: pairScript(an, bn), kind: meta.kind, group: meta.group, ...(meta.note ? { note: meta.note } : {}) };
}

/** A pair entity holding one name and, when asked, some of the listed evidence. */
export function pe(schema: string, name: string, props: Record<string, string[] | undefined> = {}): PairEntity {
  const properties: Record<string, string[]> = { name: [name] };
  for (const [k, v] of Object.entries(props)) if (v?.length) properties[k] = [...v];
  return { schema: schemaFamily(schema), properties };
}
