/**
 * Atalaya's plain CSV for national watchlists: a header naming the columns (id, schema and name
 * required; see csv/columns.ts and docs/sources.md), one subject per row. Id: `<list>-<id>`.
 */
import { add, makeEntity, type Entity } from '../../model/entity.js';
import { countryCodeAny } from '../common/countries.js';
import { parseListDate } from '../common/dates.js';
import { DocumentSet, documentEntity } from '../common/documents.js';
import { headedRows } from '../common/header.js';
import type { ReadContext } from '../common/reading.js';
import { CSV_COUNTRIES, CSV_DATES, CSV_KNOWN, CSV_PROPERTIES, CSV_REQUIRED, CSV_SCHEMATA } from './columns.js';

/** ISO prefixes and the EDTF forms the model allows, as written. */
const ISO_OR_EDTF = /^\d{4}(-\d\d(-\d\d)?)?(~|\/\d{4}(-\d\d(-\d\d)?)?)?$/;

export async function* readPlainCsv(ctx: ReadContext): AsyncGenerator<Entity> {
  for await (const { header, row } of headedRows(ctx, CSV_REQUIRED, CSV_KNOWN)) {
    const f = row.fields;
    const where = `line ${row.line}`;
    const id = header.get(f, 'id');
    if (!id) throw ctx.error('field id: empty (every row needs its own id)', row.line);
    const schema = header.get(f, 'schema');
    if (!(CSV_SCHEMATA as readonly string[]).includes(schema)) {
      throw ctx.error(`field schema: not one of ${CSV_SCHEMATA.join(', ')}`, row.line);
    }
    const e = makeEntity(ctx.id(id), schema, { list: ctx.list, sourceId: id });
    if (!header.get(f, 'name')) ctx.warn(where, `${id} has no name`);
    for (const [col, prop] of Object.entries(CSV_PROPERTIES)) {
      const vals = col === 'name' || col === 'notes' || col === 'birth_place' ? [header.get(f, col)] : header.list(f, col);
      add(e, prop, ...(prop === 'gender' ? vals.map((v) => v.toLowerCase()) : vals));
    }
    for (const [col, prop] of Object.entries(CSV_COUNTRIES)) {
      for (const v of header.list(f, col)) {
        const code = countryCodeAny(v);
        // Values are not echoed: a national watchlist is not public, and reports get logged.
        if (!code) ctx.warn(where, `${id}: ${col} is not a known country (kept as written)`);
        add(e, prop, code ?? v);
      }
    }
    for (const [col, prop] of Object.entries(CSV_DATES)) {
      for (const v of header.list(f, col)) {
        const d = ISO_OR_EDTF.test(v) ? v : parseListDate(v);
        if (d && d !== v) ctx.warn(where, `${id}: ${col} is not an ISO date; read as day-first (write YYYY-MM-DD)`);
        if (d) add(e, prop, d);
        else {
          ctx.warn(where, `${id}: ${col} is not a date (kept in notes)`);
          add(e, 'notes', `${col}: ${v}`);
        }
      }
    }
    const docs = new DocumentSet();
    const passportCountry = header.get(f, 'passport_country');
    for (const number of header.list(f, 'passport_number')) {
      docs.add(documentEntity(e, { number, type: 'Passport', passport: true, country: countryCodeAny(passportCountry) ?? (passportCountry || undefined) }));
    }
    yield e;
    yield* docs.entities();
  }
}
