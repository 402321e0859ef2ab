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
    let twice: string | undefined;
    row.fields.forEach((f, i) => {
      const name = f.trim().toLowerCase();
      if (this.index.has(name)) twice ??= name;
      else this.index.set(name, i);
    });
    // Missing columns first: they say "wrong format", which explains a strange header best.
    const missing = required.filter((c) => !this.index.has(c));
    if (missing.length) throw ctx.error(`the header lacks the column(s) ${missing.join(', ')} (is this the right format?)`, row.line);
    if (twice) throw ctx.error(`column "${twice}" appears twice in the header`, row.line);
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
