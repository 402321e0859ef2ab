/**
 * The database's tables as Kysely types.
 *
 * Each domain declares its own tables in its own file by merging into this interface:
 *
 *   declare module '../store/schema.js' {
 *     interface Database { alerts: AlertTable }
 *   }
 *
 * Portable column types only (they run on SQLite and PostgreSQL alike): text, integer, bigint,
 * real/double precision. JSON is stored as text, times as ISO 8601 UTC text, booleans as 0/1
 * integers, ids as text (`crypto.randomUUID()`) unless an ordered integer is the point.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}
