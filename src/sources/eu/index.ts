/**
 * EU Financial Sanctions Files XML 1.1 (`export`, namespace http://eu.europa.ec/fpi/fsd/export):
 * streams `sanctionEntity` records. Most facts are attributes; the first nameAlias is the name,
 * the others aliases (strong="false" -> weakAlias). Id: `eu-fsf-<logicalId>`.
 */
import { add, makeEntity, type Entity } from '../../model/entity.js';
import { countryOrText } from '../common/countries.js';
import { approximately, between, parseDate } from '../common/dates.js';
import { DocumentSet, documentEntity, isPassportType } from '../common/documents.js';
import type { ReadContext } from '../common/reading.js';
import { childrenOf, child, xmlRecords, type XmlNode } from '../common/xml.js';

export async function* readEu(ctx: ReadContext): AsyncGenerator<Entity> {
  const records = xmlRecords(ctx.file, {
    records: new Set(['sanctionEntity']),
    onRoot(root) {
      if (root.name !== 'export' || !/europa/.test(root.ns)) {
        throw ctx.error(`not an EU Financial Sanctions File: the root element is <${root.name}> (${root.ns || 'no namespace'})`, 1);
      }
      ctx.report.publishedAt = root.attrs.generationDate;
    },
  });
  for await (const r of records) {
    ctx.record();
    yield* mapSanctionEntity(ctx, r);
  }
}

/** An attribute, with the EU's placeholders for "nothing" ("", "-", "00", "UNKNOWN") dropped. */
function attr(n: XmlNode | undefined, k: string): string {
  const v = (n?.attrs[k] ?? '').trim();
  return v === '-' ? '' : v;
}

/** countryIso2Code when it is a real code, else the description ("00"/"UNKNOWN" -> nothing). */
function country(n: XmlNode): string | undefined {
  const iso = attr(n, 'countryIso2Code');
  if (/^[A-Z]{2}$/.test(iso) && iso !== 'ZZ') return iso.toLowerCase();
  const desc = attr(n, 'countryDescription');
  return desc && desc !== 'UNKNOWN' ? countryOrText(desc) : undefined;
}

const GENDER: Record<string, string> = { M: 'male', F: 'female' };

export function mapSanctionEntity(ctx: ReadContext, r: XmlNode): Entity[] {
  const where = `line ${r.line}`;
  const logicalId = attr(r, 'logicalId');
  if (!logicalId) throw ctx.error('sanctionEntity without a logicalId', r.line);
  const type = attr(child(r, 'subjectType'), 'code');
  const person = type === 'person';
  const e = makeEntity(ctx.id(logicalId), person ? 'Person' : 'Organization', { list: ctx.list, sourceId: logicalId });
  if (!person && type !== 'enterprise') ctx.warn(where, `${logicalId}: subject type "${type}" read as an organisation`);

  const aliases = childrenOf(r, 'nameAlias');
  if (!aliases.some((a) => attr(a, 'wholeName'))) ctx.warn(where, `${logicalId} has no name`);
  // The file's first alias is not always the main name: prefer one in English (or unmarked) with
  // its parts given, as the EU's own consolidated PDF does.
  const english = (a: XmlNode) => ['', 'EN'].includes(attr(a, 'nameLanguage').toUpperCase());
  const primary = aliases.find((a) => english(a) && attr(a, 'lastName')) ?? aliases.find(english) ?? aliases[0];
  if (primary) aliases.unshift(...aliases.splice(aliases.indexOf(primary), 1));
  for (const a of aliases) {
    const whole = attr(a, 'wholeName') || [attr(a, 'firstName'), attr(a, 'middleName'), attr(a, 'lastName')].filter(Boolean).join(' ');
    const prop = !e.properties.name ? 'name' : attr(a, 'strong') === 'false' ? 'weakAlias' : 'alias';
    add(e, prop, whole);
    if (person) {
      add(e, 'firstName', attr(a, 'firstName'));
      add(e, 'middleName', attr(a, 'middleName'));
      add(e, 'lastName', attr(a, 'lastName'));
      add(e, 'gender', GENDER[attr(a, 'gender')]);
    }
    add(e, 'title', attr(a, 'title'));
    add(e, 'position', attr(a, 'function'));
    add(e, 'notes', child(a, 'remark')?.text);
  }

  add(e, 'programId', attr(r, 'euReferenceNumber'));
  add(e, 'programId', attr(r, 'unitedNationId'));
  add(e, 'listingDate', parseDate(attr(r, 'designationDate')));
  add(e, 'notes', attr(r, 'designationDetails'));
  for (const rm of childrenOf(r, 'remark')) add(e, 'notes', rm.text);
  for (const reg of childrenOf(r, 'regulation')) {
    add(e, 'program', attr(reg, 'programme'));
    add(e, 'sourceUrl', child(reg, 'publicationUrl')?.text);
  }
  for (const c of childrenOf(r, 'citizenship')) add(e, 'nationality', country(c));

  for (const b of childrenOf(r, 'birthdate')) {
    add(e, 'birthDate', birthDate(ctx, b, logicalId));
    const place = [attr(b, 'place'), attr(b, 'city'), attr(b, 'region'), attr(b, 'countryDescription') === 'UNKNOWN' ? '' : attr(b, 'countryDescription')].filter(Boolean).join(', ');
    add(e, 'birthPlace', place);
    const code = country(b);
    if (code && code.length === 2) add(e, 'birthCountry', code);
  }
  for (const a of childrenOf(r, 'address')) {
    const full = ['street', 'poBox', 'zipCode', 'city', 'place', 'region', 'countryDescription'].map((k) => attr(a, k)).filter((v) => v && v !== 'UNKNOWN').join(', ');
    add(e, 'address', full);
    add(e, 'country', country(a));
    for (const c of childrenOf(a, 'contactInfo')) {
      const key = attr(c, 'key').toUpperCase();
      const prop = key === 'PHONE' || key === 'FAX' ? 'phone' : key === 'EMAIL' ? 'email' : key === 'WEB' ? 'website' : undefined;
      if (prop) add(e, prop, attr(c, 'value'));
    }
  }

  const docs = new DocumentSet();
  for (const d of childrenOf(r, 'identification')) {
    const number = attr(d, 'number') || attr(d, 'latinNumber');
    const typeCode = attr(d, 'identificationTypeCode');
    if (!number) {
      ctx.warn(`line ${d.line}`, `${logicalId}: identification without a number`);
      continue;
    }
    const flags = ['diplomatic', 'knownExpired', 'knownFalse', 'reportedLost', 'revokedByIssuer'].filter((k) => attr(d, k) === 'true');
    docs.add(documentEntity(e, {
      number,
      type: attr(d, 'identificationTypeDescription') || typeCode,
      passport: typeCode === 'passport' || isPassportType(attr(d, 'identificationTypeDescription')),
      country: country(d),
      authority: attr(d, 'issuedBy'),
      issueDate: parseDate(attr(d, 'issueDate')),
      notes: [...flags, attr(d, 'nameOnDocument') && `name on document: ${attr(d, 'nameOnDocument')}`].filter(Boolean).join('; '),
    }));
  }
  return [e, ...docs.entities()];
}

/** birthdate="1937-04-28", or year, or yearRangeFrom/yearRangeTo; circa="true" -> approximate. */
function birthDate(ctx: ReadContext, b: XmlNode, id: string): string | undefined {
  const from = attr(b, 'yearRangeFrom');
  const to = attr(b, 'yearRangeTo');
  let d: string | undefined;
  if (from && to) d = between(from, to);
  else {
    const month = attr(b, 'monthOfYear');
    const ym = attr(b, 'year') && (month ? `${attr(b, 'year')}-${month.padStart(2, '0')}` : attr(b, 'year'));
    d = parseDate(attr(b, 'birthdate')) ?? parseDate(ym);
  }
  if (!d) {
    if (Object.keys(b.attrs).some((k) => /date|year/i.test(k) && attr(b, k))) ctx.warn(`line ${b.line}`, `${id}: unreadable birth date`);
    return undefined;
  }
  return attr(b, 'circa') === 'true' ? approximately(d) : d;
}
