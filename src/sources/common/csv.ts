/**
 * Streaming CSV rows with their line numbers, over the UTF-8 decoder (invalid bytes are refused
 * with their line). Column counts are checked by the caller, which knows the format's shape.
 */
import { Readable } from 'node:stream';
import { parse, type Info } from 'csv-parse';
import { InputError } from '../../errors.js';
import { displayName, readUtf8 } from './decode.js';

export interface CsvRow {
  fields: string[];
  /** Line the row starts on (1-based). */
  line: number;
}

/** Passes text through, refusing XML and JSON at the start: a CSV reader was given another format. */
async function* notXmlOrJson(file: string): AsyncGenerator<string> {
  let first = true;
  for await (const text of readUtf8(file)) {
    if (first && text.trim()) {
      first = false;
      const head = text.replace(/^\uFEFF/, '').trimStart();
      if (head.startsWith('<') || head.startsWith('{')) {
        throw new InputError(`not CSV: the file looks like ${head.startsWith('<') ? 'XML' : 'JSON'}`, { file: displayName(file), line: 1 });
      }
    }
    yield text;
  }
}

export async function* csvRows(file: string): AsyncGenerator<CsvRow> {
  const parser = parse({ info: true, relax_column_count: true, skip_empty_lines: true, bom: true });
  const source = Readable.from(notXmlOrJson(file));
  // Errors from the decoder (InputError) reach the loop below through the parser.
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: Info & { lines: number } }>) {
      const rawLines = countLines(item.record);
      yield { fields: item.record, line: item.info.lines - rawLines };
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const err = e as { message?: string; lines?: number };
    throw new InputError(`malformed CSV: ${err.message ?? String(e)}`, { file: displayName(file), ...(err.lines ? { line: err.lines } : {}) });
  } finally {
    source.destroy();
  }
}

/** Newlines inside a record's quoted fields: the row starts that many lines before it ends. */
function countLines(fields: string[]): number {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) n++;
  return n;
}
