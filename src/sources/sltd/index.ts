/**
 * Lost and stolen travel documents: each row becomes a Passport (document type "P" or
 * "passport") or Identification entity with number, type, country and the date reported as
 * startDate. Id: `sltd-<country>-<normalised number>`, so one document reported twice is a
 * duplicate and is refused.
 */
import { add, makeEntity, type Entity } from '../../model/entity.js';
import { countryCodeAny } from '../common/countries.js';
import { parseDate } from '../common/dates.js';
import { isPassportType, normaliseDocumentNumber } from '../common/documents.js';
import { headedRows } from '../common/header.js';
import type { ReadContext } from '../common/reading.js';
import { SLTD_KNOWN, SLTD_REQUIRED } from './columns.js';

export async function* readSltd(ctx: ReadContext): AsyncGenerator<Entity> {
  for await (const { header, row } of headedRows(ctx, SLTD_REQUIRED, SLTD_KNOWN)) {
    const f = row.fields;
    const where = `line ${row.line}`;
    const number = header.get(f, 'document_number');
    const key = normaliseDocumentNumber(number);
    if (!key) throw ctx.error('field document_number: empty', row.line);
    const issuing = header.get(f, 'issuing_country');
    const country = countryCodeAny(issuing);
    if (!country) throw ctx.error('field issuing_country: not a country code (ISO 3166 alpha-2 or alpha-3/ICAO) or name', row.line);
    const type = header.get(f, 'document_type');
    const passport = /^p[a-z<]?$/i.test(type) || isPassportType(type);
    const sourceId = `${country}-${key}`;
    const e = makeEntity(ctx.id(sourceId), passport ? 'Passport' : 'Identification', { list: ctx.list, sourceId });
    add(e, 'number', number);
    add(e, 'type', type);
    add(e, 'country', country);
    const reported = header.get(f, 'date_reported');
    const date = parseDate(reported);
    // Neither the number nor the value is echoed: the register is not public.
    if (reported && !date) ctx.warn(where, 'date_reported is not a date (YYYY-MM-DD); left out');
    add(e, 'startDate', date);
    add(e, 'notes', header.get(f, 'status'), header.get(f, 'notes'));
    yield e;
  }
}
