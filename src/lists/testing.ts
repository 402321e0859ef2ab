/**
 * Test helper: a ListReading over an FtM JSON lines file, so that the list service can be tested
 * on its own. (The real readers live in src/sources.)
 */
import fs from 'node:fs';
import readline from 'node:readline';
import path from 'node:path';
import { fromFtmJson, type Entity } from '../model/entity.js';
import type { ListReading, SourceReport } from '../sources/types.js';
import { InputError } from '../errors.js';

export function ftmReading(file: string, list: string): ListReading {
  const report: SourceReport = { format: 'ftm', records: 0, entities: 0, warnings: [] };
  async function* entities(): AsyncGenerator<Entity> {
    const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    let line = 0;
    for await (const text of lines) {
      line++;
      if (!text.trim()) continue;
      let e: Entity;
      try {
        e = fromFtmJson(JSON.parse(text), list);
      } catch (err) {
        throw new InputError((err as Error).message, { file: path.basename(file), line });
      }
      report.records++;
      report.entities++;
      yield e;
    }
  }
  return { format: 'ftm', list, entities: entities(), report };
}

export const SHARED_LISTS = path.resolve(process.cwd(), '../shared/data/lists');
