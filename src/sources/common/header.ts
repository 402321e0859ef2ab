/** A CSV header: column positions by name, checked for the columns a format requires. */
import type { ReadContext } from './reading.js';
import { csvRows, type CsvRow } from './csv.js';

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

/**
 * The data rows of a CSV file whose first row is a header, each with that header: the shape the
 * plain CSV and SLTD formats share. A row of another width than the header is refused (a shifted
 * column would put values under the wrong names), and so is a file without even a header.
 */
export async function* headedRows(
  ctx: ReadContext,
  required: readonly string[],
  known: readonly string[],
): AsyncGenerator<{ header: Header; row: CsvRow }> {
  let header: Header | undefined;
  for await (const row of csvRows(ctx.file)) {
    if (!header) {
      header = new Header(row, ctx, required, known);
      continue;
    }
    if (row.fields.length !== header.width) {
      throw ctx.error(`expected ${header.width} columns as in the header, found ${row.fields.length}`, row.line);
    }
    ctx.record();
    yield { header, row };
  }
  if (!header) throw ctx.error('the file is empty: a header line is required', 1);
}
