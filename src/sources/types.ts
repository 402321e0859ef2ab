/**
 * The contract between list files and the rest of Atalaya. A source turns one published file
 * into entities of the one model (src/model) and nothing else: it never talks to the database.
 * Implemented per format in src/sources/<format>/; `readList` in src/sources/index.ts picks one.
 */
import type { Entity } from '../model/entity.js';

export type ListFormat =
  | 'un-xml' // UN Security Council Consolidated List XML
  | 'ofac-csv' // OFAC legacy CSV: sdn.csv, with alt/add/sdn_comments beside it when present
  | 'ofac-xml' // OFAC sdn.xml / consolidated non-SDN XML
  | 'ofac-advanced-xml' // OFAC sdn_advanced.xsd
  | 'eu-xml' // EU Financial Sanctions Files XML 1.1
  | 'uk-xml' // UK FCDO Sanctions List XML
  | 'ftm' // OpenSanctions FtM JSON lines
  | 'csv' // Atalaya's documented plain CSV for national watchlists
  | 'sltd-csv'; // lost and stolen travel documents register

/** Something odd but importable, counted in the import report (never skipped silently). */
export interface SourceWarning {
  /** file and line or record, e.g. "sdn.csv line 12" */
  where: string;
  message: string;
}

export interface SourceReport {
  format: ListFormat;
  /** Records read from the file (rows, XML entries). */
  records: number;
  /** Entities emitted (may exceed records: documents, sanctions). */
  entities: number;
  /** The first warnings (up to 1000; `warningCount` counts them all). */
  warnings: SourceWarning[];
  /** Every warning, including those beyond the ones kept in `warnings`. */
  warningCount?: number;
  /** As the file says, when it says: publication date or version. */
  publishedAt?: string;
}

export interface ReadOptions {
  format?: ListFormat;
  /** The list's id in Atalaya (e.g. "un", "ofac-sdn"); prefixes entity ids. Defaults per format. */
  list?: string;
}

export interface ListReading {
  format: ListFormat;
  list: string;
  /** Streamed; throws InputError (src/errors.ts) naming file and line/record on bad input. */
  entities: AsyncIterable<Entity>;
  /** Complete once `entities` has been consumed. */
  report: SourceReport;
}
