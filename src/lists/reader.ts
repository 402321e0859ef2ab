/**
 * The bridge to src/sources: a file becomes a streamed `ListReading`, and its sha256 is taken
 * so that a version records exactly which file it came from.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import type { ListReading, ReadOptions } from '../sources/types.js';
import { readList } from '../sources/index.js';
import { InputError } from '../errors.js';

export async function openReading(file: string, opts: ReadOptions): Promise<ListReading> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new InputError('no such file', { file });
  // src/sources picks the reader for the format, detecting it from the content when not given.
  return await readList(file, opts);
}

export async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}
