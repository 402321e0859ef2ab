/**
 * `atalaya screen`: a file of subjects screened into a JSON lines file, one output line per input
 * row, in input order: `{"id", "hits": [{"entityId","list","score","band","matchedName","explanation"}]}`.
 * The output file is its own checkpoint: with `resume`, the complete lines already there are kept,
 * a torn last line is cut, and screening continues with the next row, so that a run killed
 * half-way loses no row and writes none twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../store/db.js';
import { InputError } from '../../errors.js';
import { getProfile } from '../profiles.js';
import { loadActiveEntities } from '../index-build.js';
import { readRows, scanRows, formatOf, type InputSpec } from './input.js';
import { ScreeningPool } from './pool.js';
import { runPipeline, type Progress } from './pipeline.js';
import { DEFAULT_LIMIT } from '../match.js';
import { appendAudit } from '../../audit/log.js';
import { SYSTEM, type Principal } from '../../auth/principal.js';

export interface ScreenFileOptions {
  input: string;
  /** Output file; standard output when not given (then no resume). */
  output?: string;
  format?: string;
  mapping?: Record<string, string>;
  schema?: string;
  profile?: string;
  limit?: number;
  resume?: boolean;
  workers?: number;
  chunkSize?: number;
  onProgress?(p: Progress): void;
  /** Who runs it, for the audit record (default: the system, as the CLI is). */
  actor?: Principal;
}

export interface ScreenFileResult {
  rows: number;
  /** Rows screened in this run (rows minus those kept from an earlier run). */
  screened: number;
  resumedAfter: number;
  rowsWithHits: number;
  seconds: number;
}

/** Complete lines already in the output; cuts a torn last line. */
export function completeLines(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const buf = fs.readFileSync(file);
  const lastNl = buf.lastIndexOf(0x0a);
  if (lastNl + 1 < buf.length) fs.truncateSync(file, lastNl + 1);
  let n = 0;
  for (let i = 0; i <= lastNl; i++) if (buf[i] === 0x0a) n++;
  return n;
}

export async function screenFile(db: Db, o: ScreenFileOptions): Promise<ScreenFileResult> {
  const started = Date.now();
  const spec: InputSpec = { file: o.input, format: formatOf(o.input, o.format), ...(o.mapping ? { mapping: o.mapping } : {}), ...(o.schema ? { schema: o.schema } : {}) };
  const limit = o.limit ?? DEFAULT_LIMIT;
  if (!(Number.isInteger(limit) && limit >= 1 && limit <= 100)) throw new InputError('--limit must be a whole number from 1 to 100', { field: 'limit' });
  const profile = await getProfile(db, o.profile ?? 'default');
  const total = await scanRows(spec);
  const already = o.output && o.resume ? completeLines(o.output) : 0;
  if (already > total) throw new InputError(`the output already has ${already} lines but the input only ${total} rows: not the same job`, { file: o.output! });

  const entities = await loadActiveEntities(db);
  if (!entities.length) throw new InputError('no list is imported: nothing to screen against (see "atalaya lists import")');
  const pool = await ScreeningPool.start({ entities, profile, limit }, o.workers);
  const fd = o.output ? fs.openSync(o.output, already ? 'a' : 'w') : 1;
  let rowsWithHits = 0;
  try {
    const r = await runPipeline({
      pool,
      rows: readRows({ ...spec, after: already }),
      already,
      total,
      ...(o.chunkSize ? { chunkSize: o.chunkSize } : {}),
      commit(results) {
        let text = '';
        for (const x of results) {
          if (x.hits.length) rowsWithHits++;
          text += JSON.stringify({ id: x.id, hits: x.hits }) + '\n';
        }
        // One write per chunk: a kill leaves at most one torn line, which resume cuts.
        const buf = Buffer.from(text);
        for (let off = 0; off < buf.length; ) off += fs.writeSync(fd, buf, off);
      },
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
    const result = { rows: total, screened: r.done - already, resumedAfter: already, rowsWithHits, seconds: (Date.now() - started) / 1000 };
    // One record per run: what was screened and how it came out; the hits are in the output.
    await appendAudit(db, { actor: o.actor ?? SYSTEM, action: 'screen.file', subject: `file:${path.basename(o.input)}`, detail: { profile: profile.name, limit, output: o.output ? path.basename(o.output) : 'stdout', ...result } });
    return result;
  } finally {
    if (fd !== 1) fs.closeSync(fd);
    await pool.close();
  }
}
