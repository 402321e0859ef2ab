/**
 * Reading a batch file as subjects to screen: JSON lines (one FtM-shaped entity per line, with
 * an `id`) or CSV with a column mapping (entity property -> column header). Streamed, numbered
 * by row (1-based, data rows only), and strict: a bad line, a missing mapped column or an empty
 * file is an InputError naming the file and line, raised before anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parse } from 'csv-parse';
import { InputError } from '../../errors.js';
import { isSchema, MATCHABLE } from '../../model/schema.js';
import type { Entity } from '../../model/entity.js';
import { toQueryEntity } from '../query.js';

export type InputFormat = 'jsonl' | 'csv';

export interface InputRow {
  /** 1-based number of the data row (CSV: not counting the header). */
  row: number;
  entity: Entity;
}

export interface InputSpec {
  file: string;
  /** The name errors give the file (an upload's own name); default: the file's base name. */
  name?: string;
  format: InputFormat;
  /** CSV only: entity property -> column header; "id" names the subject id column. */
  mapping?: Record<string, string>;
  /** CSV only: the schema of every row (default Person). */
  schema?: string;
  /** Skip rows up to and including this one (resuming). */
  after?: number;
}

/**
 * A column mapping as a user writes it (JSON: property -> CSV column), checked: every door that
 * takes one (CLI --map, the jobs API's `mapping` field) reads it here. `field` names it in errors.
 */
export function parseMapping(text: string, field = 'mapping'): Record<string, string> {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch {
    throw new InputError(`${field} is not valid JSON`, { field });
  }
  if (!m || typeof m !== 'object' || Array.isArray(m) || !Object.values(m).every((v) => typeof v === 'string')) {
    throw new InputError(`${field} must be a JSON object of property -> column name, e.g. {"id":"Customer ID","name":"Full name","birthDate":"DOB"}`, { field });
  }
  return m as Record<string, string>;
}

export function formatOf(file: string, given?: string): InputFormat {
  const f = (given ?? path.extname(file).slice(1)).toLowerCase();
  if (f === 'jsonl' || f === 'ndjson' || f === 'json') return 'jsonl';
  if (f === 'csv') return 'csv';
  throw new InputError(`cannot tell the format of the file (use .jsonl or .csv, or say which)`, { file: path.basename(file) });
}

export async function* readRows(spec: InputSpec): AsyncGenerator<InputRow> {
  if (!fs.existsSync(spec.file)) throw new InputError('no such file', { file: spec.file });
  yield* spec.format === 'csv' ? readCsv(spec) : readJsonl(spec);
}

/** One JSON line to an entity, or an InputError naming the line. */
export function parseJsonLine(text: string, file: string, line: number): Entity {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (err) {
    throw new InputError(`not valid JSON (${(err as Error).message})`, { file, line });
  }
  const o = obj as { id?: unknown; schema?: unknown; properties?: unknown };
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new InputError('expected a JSON object {"id", "schema", "properties"}', { file, line });
  if (typeof o.id !== 'string' && typeof o.id !== 'number') throw new InputError('missing "id"', { file, line });
  const schema = o.schema ?? 'Person';
  if (typeof schema !== 'string' || !isSchema(schema) || !(MATCHABLE as readonly string[]).includes(schema)) {
    throw new InputError(`"schema" must be one of ${MATCHABLE.join(', ')}`, { file, line });
  }
  if (!o.properties || typeof o.properties !== 'object' || Array.isArray(o.properties)) throw new InputError('"properties" must be an object of lists of strings', { file, line });
  const properties: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(o.properties as Record<string, unknown>)) {
    const arr = Array.isArray(v) ? v : [v];
    if (!arr.every((x) => typeof x === 'string' || typeof x === 'number')) throw new InputError(`property "${k}" must be a list of strings`, { file, line });
    properties[k] = arr.map(String);
  }
  try {
    return toQueryEntity({ id: String(o.id), schema, properties });
  } catch (err) {
    if (err instanceof InputError) throw new InputError(err.message.replace(/^[^:]*: /, ''), { file, line });
    throw err;
  }
}

async function* readJsonl(spec: InputSpec): AsyncGenerator<InputRow> {
  const file = spec.name ?? path.basename(spec.file);
  const lines = readline.createInterface({ input: fs.createReadStream(spec.file), crlfDelay: Infinity });
  let line = 0;
  let row = 0;
  for await (const text of lines) {
    line++;
    if (!text.trim()) continue;
    row++;
    if (row <= (spec.after ?? 0)) continue;
    yield { row, entity: parseJsonLine(text, file, line) };
  }
  if (row === 0) throw new InputError('the file is empty: no entity to screen', { file });
}

async function* readCsv(spec: InputSpec): AsyncGenerator<InputRow> {
  const file = spec.name ?? path.basename(spec.file);
  const mapping = spec.mapping ?? {};
  if (!Object.keys(mapping).some((k) => k !== 'id')) throw new InputError('a CSV needs a column mapping, e.g. {"id": "Customer ID", "name": "Full name", "birthDate": "DOB"}', { file, field: 'mapping' });
  const schema = spec.schema ?? 'Person';
  if (!(MATCHABLE as readonly string[]).includes(schema)) throw new InputError(`schema must be one of ${MATCHABLE.join(', ')}`, { field: 'schema' });
  const parser = fs.createReadStream(spec.file).pipe(parse({ bom: true, relax_column_count: false, skip_empty_lines: true, trim: true }));
  let header: string[] | undefined;
  let cols: [string, number][] = [];
  let idCol = -1;
  let row = 0;
  try {
    for await (const rec of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = rec;
        for (const [prop, column] of Object.entries(mapping)) {
          const i = header.indexOf(column);
          if (i < 0) throw new InputError(`mapped column "${column}" (for ${prop}) is not in the header (columns: ${header.join(', ')})`, { file, line: 1 });
          if (prop === 'id') idCol = i;
          else cols.push([prop, i]);
        }
        continue;
      }
      row++;
      if (row <= (spec.after ?? 0)) continue;
      const properties: Record<string, string[]> = {};
      for (const [prop, i] of cols) {
        const v = rec[i];
        if (v) (properties[prop] ??= []).push(v);
      }
      const id = idCol >= 0 ? rec[idCol] || String(row) : String(row);
      let entity: Entity;
      try {
        entity = toQueryEntity({ id, schema, properties });
      } catch (err) {
        if (err instanceof InputError) throw new InputError(err.message.replace(/^[^:]*: /, ''), { file, line: row + 1 });
        throw err;
      }
      yield { row, entity };
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const e = err as { message?: string; lines?: number };
    throw new InputError(`not a valid CSV: ${e.message ?? err}`, { file, ...(e.lines ? { line: e.lines } : {}) });
  }
  if (!header) throw new InputError('the file is empty: no header and no rows', { file });
  if (row === 0) throw new InputError('the file has a header but no rows', { file });
  cols = [];
}

/**
 * Reads the whole file once and counts its rows, so that a bad row anywhere is refused before a
 * single result is written (a batch never half-works), and progress knows the total.
 */
export async function scanRows(spec: InputSpec): Promise<number> {
  let n = 0;
  for await (const r of readRows({ ...spec, after: 0 })) n = r.row;
  return n;
}
