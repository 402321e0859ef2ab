/**
 * The entry to list sources: `detectFormat` sniffs a file's content, `readList` streams its
 * entities with the reader of its format. Each format lives in its own folder.
 */
import path from 'node:path';
import type { ListFormat, ListReading, ReadOptions } from './types.js';
import { makeReading, type Reader } from './common/reading.js';
import { detectFormat, ofacXmlListId, readHead } from './detect.js';
import { readUn } from './un/index.js';
import { readOfacCsv } from './ofac/csv.js';
import { readOfacXml } from './ofac/xml.js';
import { readOfacAdvanced } from './ofac/advanced.js';
import { readEu } from './eu/index.js';
import { readUk } from './uk/index.js';
import { readFtm } from './ftm/index.js';
import { readPlainCsv } from './csv/index.js';
import { readSltd } from './sltd/index.js';

export { detectFormat } from './detect.js';
export type { ListFormat, ListReading, ReadOptions, SourceReport, SourceWarning } from './types.js';

const READERS: Record<ListFormat, Reader> = {
  'un-xml': readUn,
  'ofac-csv': readOfacCsv,
  'ofac-xml': readOfacXml,
  'ofac-advanced-xml': readOfacAdvanced,
  'eu-xml': readEu,
  'uk-xml': readUk,
  ftm: readFtm,
  csv: readPlainCsv,
  'sltd-csv': readSltd,
};

export const LIST_FORMATS = Object.keys(READERS) as ListFormat[];

/** The list id a format's file goes to when the caller names none. */
export async function defaultListId(format: ListFormat, file: string): Promise<string> {
  switch (format) {
    case 'un-xml':
      return 'un';
    case 'ofac-csv':
      return 'ofac-sdn';
    case 'ofac-xml':
      return ofacXmlListId(await readHead(file));
    case 'ofac-advanced-xml':
      return 'ofac-adv';
    case 'eu-xml':
      return 'eu-fsf';
    case 'uk-xml':
      return 'uk-fcdo';
    case 'ftm':
      return `ftm-${path.basename(file).replace(/(\.ftm)?\.json(l)?$/i, '').replace(/[^A-Za-z0-9_.-]+/g, '_')}`;
    case 'csv':
      return 'national';
    case 'sltd-csv':
      return 'sltd';
  }
}

/**
 * Opens a list file for reading. Nothing is read beyond the file's head until `entities` is
 * iterated; `report` is complete once it has been consumed. Bad input throws InputError (from
 * here for an unknown format, from the iteration for bad content).
 */
export async function readList(file: string, opts: ReadOptions = {}): Promise<ListReading> {
  const format = opts.format ?? (await detectFormat(file));
  const reader = READERS[format];
  if (!reader) throw new Error(`unknown list format ${format}`);
  const list = opts.list ?? (await defaultListId(format, file));
  return makeReading(format, list, file, reader);
}
