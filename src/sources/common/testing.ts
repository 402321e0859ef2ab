/** Test helpers for sources: the shared data folder, temp files, and reading a list whole. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Entity } from '../../model/entity.js';
import { readList } from '../index.js';
import type { ReadOptions, SourceReport } from '../types.js';

/** A file under /work/shared/data/lists (the project root's ../shared/data). */
export function listFile(rel: string): string {
  return path.resolve(process.cwd(), '../shared/data/lists', rel);
}

/** Reads a list whole: entities by id, and the report. */
export async function readAll(file: string, opts: ReadOptions = {}): Promise<{ byId: Map<string, Entity>; all: Entity[]; report: SourceReport; list: string }> {
  const r = await readList(file, opts);
  const all: Entity[] = [];
  for await (const e of r.entities) all.push(e);
  return { byId: new Map(all.map((e) => [e.id, e])), all, report: r.report, list: r.list };
}

const cache = new Map<string, ReturnType<typeof readAll>>();

/** readAll, once per file and options in a test process (the big lists take a second each). */
export function readAllOnce(file: string, opts: ReadOptions = {}): ReturnType<typeof readAll> {
  const key = JSON.stringify([file, opts]);
  let p = cache.get(key);
  if (!p) cache.set(key, (p = readAll(file, opts)));
  return p;
}

/** Writes `content` to a fresh temp dir under `name`; returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-sources-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

export function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}
