/**
 * The bridge to src/sources: a file becomes a streamed `ListReading`, and its sha256 is taken
 * so that a version records exactly which file it came from.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import type { ListReading, ReadOptions } from '../sources/types.js';
import { InputError } from '../errors.js';

export async function openReading(file: string, opts: ReadOptions): Promise<ListReading> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new InputError('no such file', { file });
  // Imported when needed: src/sources/index.ts picks the reader for the format (or detects it).
  const sources = (await import(SOURCES)) as { readList(file: string, opts?: ReadOptions): ListReading | Promise<ListReading> };
  return await sources.readList(file, opts);
}

// A variable specifier keeps the type check of this folder independent of src/sources/index.ts.
const SOURCES = '../sources/index.js';

export async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}
