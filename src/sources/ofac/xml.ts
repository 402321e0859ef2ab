/**
 * OFAC XML (sdn.xml and the consolidated non-SDN list share the schema): streams `sdnEntry`
 * records. Identifiers in `idList` use the same labels as the legacy CSV's remarks ("Passport",
 * "Vessel Registration Identification", "Gender"...), so they are read by the same remark parser.
 * Ids are `<list>-<uid>`; the uid is the legacy CSV's ent_num, so both forms give the same ids.
 */
import { add, makeEntity, type Entity } from '../../model/entity.js';
import { countryCode, countryOrText } from '../common/countries.js';
import { parseListDate } from '../common/dates.js';
import { DocumentSet, documentEntity } from '../common/documents.js';
import type { ReadContext } from '../common/reading.js';
import { childrenOf, path, text, xmlRecords, type XmlNode } from '../common/xml.js';
import { addPersonName, ofacSchema } from './names.js';
import { parseRemarks, type RemarkFacts } from './remarks.js';

export async function* readOfacXml(ctx: ReadContext): AsyncGenerator<Entity> {
  const records = xmlRecords(ctx.file, {
    records: new Set(['sdnEntry']),
    onRoot(root) {
      if (root.name !== 'sdnList') throw ctx.error(`not an OFAC sdnList: the root element is <${root.name}>`, 1);
    },
    onOutside(name, value) {
      // Publish_Date is written MM/DD/YYYY.
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
      if (name === 'Publish_Date' && m) ctx.report.publishedAt = `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
      if (name === 'Record_Count' && /^\d+$/.test(value)) declared = Number(value);
    },
  });
  let declared: number | undefined;
  for await (const r of records) {
    ctx.record();
    yield* mapSdnEntry(ctx, r);
  }
  // The header's count is a cheap completeness check on a file that parsed as well-formed XML.
  if (declared != null && declared !== ctx.report.records) {
    ctx.warn('publshInformation', `Record_Count says ${declared} entries, the file holds ${ctx.report.records}`);
  }
}

function fullName(n: XmlNode): string {
  return [text(n, 'firstName'), text(n, 'lastName')].filter(Boolean).join(' ');
}

export function mapSdnEntry(ctx: ReadContext, r: XmlNode): Entity[] {
  const uid = text(r, 'uid');
  if (!/^\d+$/.test(uid)) throw ctx.error(`sdnEntry without a numeric uid ("${uid}")`, r.line);
  const schema = ofacSchema(text(r, 'sdnType'));
  const e = makeEntity(ctx.id(uid), schema, { list: ctx.list, sourceId: uid });
  const name = fullName(r);
  if (!name) ctx.warn(`line ${r.line}`, `uid ${uid} has no name`);
  add(e, 'name', name);
  if (schema === 'Person') {
    add(e, 'firstName', text(r, 'firstName'));
    add(e, 'lastName', text(r, 'lastName'));
  }
  add(e, schema === 'Person' ? 'position' : 'notes', text(r, 'title'));
  for (const p of childrenOf(path(r, 'programList'), 'program')) add(e, 'program', p.text);

  for (const a of childrenOf(path(r, 'akaList'), 'aka')) {
    const type = text(a, 'type').toLowerCase();
    const prop = text(a, 'category').toLowerCase() === 'weak' ? 'weakAlias' : type.startsWith('f.k.a') ? 'previousName' : 'alias';
    add(e, prop, fullName(a));
  }
  for (const d of childrenOf(path(r, 'dateOfBirthList'), 'dateOfBirthItem')) {
    const raw = text(d, 'dateOfBirth');
    const date = parseListDate(raw);
    if (date) add(e, 'birthDate', date);
    else if (raw) {
      ctx.warn(`line ${d.line}`, `uid ${uid}: unreadable date of birth "${raw}" (kept in notes)`);
      add(e, 'notes', `DOB ${raw}`);
    }
  }
  for (const p of childrenOf(path(r, 'placeOfBirthList'), 'placeOfBirthItem')) {
    const place = text(p, 'placeOfBirth');
    add(e, 'birthPlace', place);
    add(e, 'birthCountry', countryCode(place.split(',').at(-1)));
  }
  for (const n of childrenOf(path(r, 'nationalityList'), 'nationality')) add(e, 'nationality', countryOrText(text(n, 'country')));
  for (const c of childrenOf(path(r, 'citizenshipList'), 'citizenship')) add(e, 'citizenship', countryOrText(text(c, 'country')));
  for (const a of childrenOf(path(r, 'addressList'), 'address')) {
    const full = ['address1', 'address2', 'address3', 'city', 'stateOrProvince', 'postalCode', 'country'].map((k) => text(a, k)).filter(Boolean).join(', ');
    add(e, 'address', full);
    add(e, 'country', countryOrText(text(a, 'country')));
  }
  const v = path(r, 'vesselInfo');
  if (v) {
    add(e, 'callSign', text(v, 'callSign'));
    add(e, 'type', text(v, 'vesselType'));
    add(e, 'flag', countryOrText(text(v, 'vesselFlag')));
    add(e, 'owner', text(v, 'vesselOwner'));
    add(e, 'tonnage', text(v, 'tonnage'));
    add(e, 'grossRegisteredTonnage', text(v, 'grossRegisteredTonnage'));
  }

  const docs = new DocumentSet();
  for (const id of childrenOf(path(r, 'idList'), 'id')) {
    const label = text(id, 'idType').replace(/:$/, '');
    const number = text(id, 'idNumber');
    const country = text(id, 'idCountry');
    const facts = parseRemarks(`${label} ${number}${country ? ` (${country})` : ''}`);
    const known = applyFacts(e, facts);
    for (const d of facts.documents) {
      docs.add(documentEntity(e, { ...d, issueDate: parseListDate(text(id, 'issueDate')), endDate: parseListDate(text(id, 'expirationDate')) }));
    }
    // Identifiers we do not type (directive determinations, ISIN, tickers...) stay readable.
    if (!known && !facts.documents.length) add(e, 'notes', `${label}: ${number}${country ? ` (${country})` : ''}`);
  }
  const remarks = text(r, 'remarks');
  if (remarks) {
    add(e, 'notes', remarks);
    const facts = parseRemarks(remarks);
    applyFacts(e, facts);
    for (const d of facts.documents) docs.add(documentEntity(e, d));
  }
  return [e, ...docs.entities()];
}

function applyFacts(e: Entity, facts: RemarkFacts): boolean {
  let any = false;
  for (const [k, vals] of Object.entries(facts.props)) {
    if (e.schema === 'Person' && (k === 'alias' || k === 'weakAlias' || k === 'previousName')) for (const v of vals) addPersonName(e, k, v);
    else add(e, k, ...vals);
    any = true;
  }
  return any;
}
