/** A CSV header: column positions by name, checked for the columns a format requires. */
import type { ReadContext } from './reading.js';
import type { CsvRow } from './csv.js';

export class Header {
  private readonly index = new Map<string, number>();
  constructor(
    readonly row: CsvRow,
    ctx: ReadContext,
    required: readonly string[],
    known: readonly string[],
  ) {
    row.fields.forEach((f, i) => {
      const name = f.trim().toLowerCase();
      if (this.index.has(name)) throw ctx.error(`column "${name}" appears twice in the header`, row.line);
      this.index.set(name, i);
    });
    const missing = required.filter((c) => !this.index.has(c));
    if (missing.length) throw ctx.error(`the header lacks the column(s) ${missing.join(', ')} (is this the right format?)`, row.line);
    for (const name of this.index.keys()) {
      if (!known.includes(name)) ctx.warn(`line ${row.line}`, `unknown column "${name}" is ignored`);
    }
  }

  get width(): number {
    return this.row.fields.length;
  }

  /** The trimmed value of `column` in `fields` ('' when the column is absent). */
  get(fields: string[], column: string): string {
    const i = this.index.get(column);
    return i == null ? '' : (fields[i] ?? '').trim();
  }

  /** A multi-valued cell: values separated by ";". */
  list(fields: string[], column: string): string[] {
    return this.get(fields, column).split(';').map((v) => v.trim()).filter(Boolean);
  }
}
