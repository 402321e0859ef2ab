/**
 * The public lists that ship in `lists/` are imported on first start, so that a fresh Atalaya
 * screens against real lists at once. `lists/bundled.json` names the files, their list ids and
 * formats, in import order.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../store/db.js';
import type { ListFormat } from '../sources/types.js';
import { InputError } from '../errors.js';
import { importList } from './import.js';
import type { ImportResult } from './types.js';

export interface BundledList {
  file: string;
  list: string;
  format?: ListFormat;
}

export function readManifest(dir: string): BundledList[] {
  const file = path.join(dir, 'bundled.json');
  if (!fs.existsSync(file)) return [];
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { lists?: BundledList[] };
  if (!Array.isArray(parsed.lists)) throw new InputError('expected {"lists": [...]}', { file });
  return parsed.lists;
}

/**
 * Imports the bundled lists when the database has no list yet; does nothing otherwise (an
 * operator's own imports and deletions are never overridden). A bundled file that cannot be
 * read is reported through onProgress and skipped. Returns what was imported.
 */
export async function ensureBundledLists(
  db: Db,
  dir: string,
  opts: { onProgress?: (line: string) => void } = {},
): Promise<ImportResult[]> {
  const any = await db.kysely.selectFrom('lists').select('id').limit(1).executeTakeFirst();
  if (any) return [];
  const say = opts.onProgress ?? (() => undefined);
  const out: ImportResult[] = [];
  for (const b of readManifest(dir)) {
    say(`Importing the bundled list ${b.list} (${b.file})...`);
    let r: ImportResult;
    try {
      r = await importList(db, path.join(dir, b.file), { list: b.list, format: b.format });
    } catch (err) {
      // One unreadable file must not keep Atalaya from starting with the others; it is said.
      if (!(err instanceof InputError)) throw err;
      say(`  ${b.list}: NOT imported: ${err.message}`);
      continue;
    }
    const warnings = r.report.warningCount ?? r.report.warnings.length;
    say(`  ${b.list}: ${r.report.records} records, ${r.report.entities} entities${warnings ? `, ${warnings} warnings` : ''}`);
    out.push(r);
  }
  return out;
}
