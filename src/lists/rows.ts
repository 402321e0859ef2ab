/**
 * Entity <-> row of list_entities. The stored JSON carries no provenance: that comes from the
 * version row, so one row format serves every version.
 */
import { caption, contentHash, type Entity } from '../model/entity.js';
import type { ListEntityTable } from './tables.js';

export function entityRow(versionId: number, e: Entity): ListEntityTable {
  const data: Record<string, unknown> = { id: e.id, schema: e.schema, properties: e.properties };
  if (e.caption) data.caption = e.caption;
  return {
    version_id: versionId,
    entity_id: e.id,
    schema: e.schema,
    caption: caption(e),
    source_id: e.provenance?.sourceId ?? e.id,
    content_hash: contentHash(e),
    data: JSON.stringify(data),
  };
}

export function rowEntity(row: { data: string; source_id: string }, list: string, seq: number): Entity {
  const e = JSON.parse(row.data) as Entity;
  e.provenance = { list, version: seq, sourceId: row.source_id };
  return e;
}

/** Splits an array into chunks of `n` (for IN lists and multi-row inserts). */
export function chunks<T>(items: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}
