/**
 * What every reader shares: the report (records, entities, warnings) and the refusals that apply
 * to all formats (duplicate entity ids). A reader is an async generator of entities that gets a
 * `ReadContext`; `makeReading` turns it into the `ListReading` of the contract.
 */
import type { Entity } from '../../model/entity.js';
import { InputError } from '../../errors.js';
import type { ListFormat, ListReading, SourceReport } from '../types.js';
import { displayName } from './decode.js';

/** Warnings kept in the report beyond this many are only counted (a broken file can have 100k). */
const MAX_WARNINGS = 1000;

export class ReadContext {
  readonly name: string;
  constructor(
    readonly file: string,
    readonly list: string,
    readonly report: SourceReport,
  ) {
    this.name = displayName(file);
  }

  /** Something odd but importable: counted, never silent. `where` is e.g. "line 12". */
  warn(where: string, message: string): void {
    this.report.warningCount = (this.report.warningCount ?? 0) + 1;
    if (this.report.warnings.length < MAX_WARNINGS) this.report.warnings.push({ where: `${this.name} ${where}`, message });
  }

  /** An InputError naming this file and the line or record. */
  error(message: string, line?: number, record?: string): InputError {
    return new InputError(message, { file: this.name, ...(line != null ? { line } : {}), ...(record ? { record } : {}) });
  }

  /** The same, for another file read with this one (OFAC's alt.csv beside sdn.csv). */
  errorIn(file: string, message: string, line?: number): InputError {
    return new InputError(message, { file, ...(line != null ? { line } : {}) });
  }

  record(): void {
    this.report.records++;
  }

  /** Entity id for a source record id: `<list>-<source id>`. */
  id(sourceId: string): string {
    return `${this.list}-${sourceId}`;
  }
}

export type Reader = (ctx: ReadContext) => AsyncIterable<Entity>;

export function makeReading(format: ListFormat, list: string, file: string, reader: Reader): ListReading {
  const report: SourceReport = { format, records: 0, entities: 0, warnings: [], warningCount: 0 };
  const ctx = new ReadContext(file, list, report);
  async function* entities(): AsyncGenerator<Entity> {
    report.records = 0;
    report.entities = 0;
    report.warnings = [];
    report.warningCount = 0;
    const seen = new Set<string>();
    for await (const e of reader(ctx)) {
      if (seen.has(e.id)) {
        throw new InputError(`duplicate id ${e.id}`, { file: ctx.name, record: e.provenance?.sourceId ?? e.id });
      }
      seen.add(e.id);
      report.entities++;
      yield e;
    }
  }
  return { format, list, entities: entities(), report };
}
