/**
 * UK FCDO Sanctions List XML (`Designations`, schema 4.33.3): streams `Designation` records.
 * Id: `uk-fcdo-<UniqueID>` (e.g. uk-fcdo-AFG0011). Dates are DD/MM/YYYY with "dd"/"mm" where a
 * part is unknown ("dd/mm/1968" -> "1968", "dd/09/1958" -> "1958-09").
 */
import { add, makeEntity, type Entity } from '../../model/entity.js';
import { countryCode, countryOrText } from '../common/countries.js';
import { parseDate } from '../common/dates.js';
import { DocumentSet, documentEntity } from '../common/documents.js';
import type { ReadContext } from '../common/reading.js';
import { child, childrenOf, path, text, xmlRecords, type XmlNode } from '../common/xml.js';

export async function* readUk(ctx: ReadContext): AsyncGenerator<Entity> {
  const records = xmlRecords(ctx.file, {
    records: new Set(['Designation']),
    onRoot(root) {
      if (root.name !== 'Designations') throw ctx.error(`not a UK Sanctions List: the root element is <${root.name}>`, 1);
      ctx.report.publishedAt = root.attrs.dateGenerated;
    },
  });
  for await (const r of records) {
    ctx.record();
    yield* mapDesignation(ctx, r);
  }
}

/** "12/11/1967" -> "1967-11-12"; "dd/09/1958" -> "1958-09"; "dd/mm/1968" and "1985" -> year. */
export function ukDate(raw: string): string | undefined {
  const m = /^(\d{2}|dd)\/(\d{2}|mm)\/(\d{4})$/i.exec(raw.trim());
  if (!m) return parseDate(raw);
  const [, d, mo, y] = m;
  if (!/^\d+$/.test(mo!)) return y;
  if (!/^\d+$/.test(d!)) return `${y}-${mo}`;
  return `${y}-${mo}-${d}`;
}

/** Text of every descendant called `name`, in document order. */
function deep(n: XmlNode | undefined, name: string, out: string[] = []): string[] {
  for (const c of n?.children ?? []) {
    if (c.name === name && c.text) out.push(c.text);
    deep(c, name, out);
  }
  return out;
}

const SCHEMA: Record<string, string> = { individual: 'Person', entity: 'Organization', ship: 'Vessel' };

export function mapDesignation(ctx: ReadContext, r: XmlNode): Entity[] {
  const where = `line ${r.line}`;
  const uid = text(r, 'UniqueID');
  const names = childrenOf(path(r, 'Names'), 'Name');
  if (!uid) {
    // Without its id a designation cannot be tracked across versions: reported, not imported.
    const label = names.map(fullName).find(Boolean) ?? '?';
    ctx.warn(where, `Designation "${label}" has no UniqueID: not imported`);
    return [];
  }
  const kind = text(r, 'IndividualEntityShip').toLowerCase();
  const schema = SCHEMA[kind] ?? 'Organization';
  if (!SCHEMA[kind]) ctx.warn(where, `${uid}: IndividualEntityShip "${kind}" read as an organisation`);
  const e = makeEntity(ctx.id(uid), schema, { list: ctx.list, sourceId: uid });

  for (const n of names) {
    const type = text(n, 'NameType').toLowerCase();
    const prop = type.startsWith('primary') ? 'name' : /low/i.test(text(n, 'AliasStrength')) ? 'weakAlias' : 'alias';
    add(e, prop, fullName(n));
    if (prop === 'name' && schema === 'Person') {
      add(e, 'firstName', text(n, 'Name1'));
      add(e, 'lastName', text(n, 'Name6'));
    }
  }
  if (!e.properties.name) {
    ctx.warn(where, `${uid} has no primary name; its first alias is used`);
    const first = e.properties.alias?.shift() ?? e.properties.weakAlias?.shift();
    add(e, 'name', first);
  }
  for (const n of childrenOf(path(r, 'NonLatinNames'), 'NonLatinName')) add(e, 'alias', text(n, 'NameNonLatinScript'));
  add(e, 'title', ...deep(child(r, 'Titles'), 'Title'));
  add(e, 'program', text(r, 'RegimeName'));
  add(e, 'programId', uid, text(r, 'UNReferenceNumber'));
  add(e, 'listingDate', ukDate(text(r, 'DateDesignated')));
  add(e, 'modifiedAt', ukDate(text(r, 'LastUpdated')));
  add(e, 'notes', text(r, 'OtherInformation'), text(r, 'UKStatementofReasons'));
  add(e, 'phone', ...deep(r, 'PhoneNumber'));
  add(e, 'email', ...deep(r, 'EmailAddress'));
  add(e, 'website', ...deep(r, 'Website'));

  for (const a of childrenOf(path(r, 'Addresses'), 'Address')) {
    const lines = ['AddressLine1', 'AddressLine2', 'AddressLine3', 'AddressLine4', 'AddressLine5', 'AddressLine6', 'AddressPostalCode', 'AddressCountry'];
    add(e, 'address', lines.map((k) => text(a, k)).filter(Boolean).join(', '));
    add(e, 'country', countryOrText(text(a, 'AddressCountry')));
  }

  const docs = new DocumentSet();
  const ind = path(r, 'IndividualDetails', 'Individual');
  if (ind) {
    for (const d of deep(child(ind, 'DOBs'), 'DOB')) {
      const date = ukDate(d);
      if (date) add(e, 'birthDate', date);
      else ctx.warn(where, `${uid}: unreadable date of birth "${d}"`);
    }
    add(e, 'nationality', ...deep(child(ind, 'Nationalities'), 'Nationality').map((n) => countryOrText(n)));
    add(e, 'position', ...deep(child(ind, 'Positions'), 'Position'));
    add(e, 'gender', ...deep(child(ind, 'Genders'), 'Gender').map((g) => g.toLowerCase()));
    for (const l of childrenOf(path(ind, 'BirthDetails'), 'Location')) {
      add(e, 'birthPlace', [text(l, 'TownOfBirth'), text(l, 'CountryOfBirth')].filter(Boolean).join(', '));
      add(e, 'birthCountry', countryCode(text(l, 'CountryOfBirth')));
    }
    for (const p of childrenOf(path(ind, 'PassportDetails'), 'Passport')) {
      const info = text(p, 'PassportAdditionalInformation');
      docs.add(documentEntity(e, { number: text(p, 'PassportNumber'), type: 'Passport', passport: true, country: leadingCountry(info), notes: info }));
    }
    for (const n of childrenOf(path(ind, 'NationalIdentifierDetails'), 'NationalIdentifier')) {
      const info = text(n, 'NationalIdentifierAdditionalInformation');
      docs.add(documentEntity(e, { number: text(n, 'NationalIdentifierNumber'), type: info || 'National identifier', passport: false, country: leadingCountry(info), notes: info }));
    }
  }
  const ship = path(r, 'ShipDetails', 'Ship');
  if (ship) {
    add(e, 'imoNumber', ...deep(ship, 'IMONumber').map((n) => n.replace(/^IMO\s*/i, '')));
    add(e, 'owner', ...deep(ship, 'CurrentOwnerOperator'));
    add(e, 'flag', ...deep(ship, 'CurrentBelievedFlagOfShip').map((f) => countryOrText(f)));
    add(e, 'pastFlags', ...deep(ship, 'PreviousFlag').map((f) => countryOrText(f)));
    add(e, 'type', ...deep(ship, 'TypeOfShip'));
    add(e, 'tonnage', ...deep(ship, 'TonnageOfShip'));
    add(e, 'buildDate', ...deep(ship, 'YearBuilt'));
    add(e, 'callSign', ...deep(ship, 'CallSign'));
    add(e, 'mmsi', ...deep(ship, 'MMSI'));
  }
  add(e, 'legalForm', ...deep(path(r, 'EntityDetails'), 'TypeOfEntity'));
  return [e, ...docs.entities()];
}

function fullName(n: XmlNode): string {
  return ['Name1', 'Name2', 'Name3', 'Name4', 'Name5', 'Name6'].map((k) => text(n, k)).filter(Boolean).join(' ');
}

/** "Afghanistan diplomatic passport ..." -> "af": the UK writes the issuing country first. */
function leadingCountry(info: string): string | undefined {
  const words = info.split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const code = countryCode(words.slice(0, n).join(' '));
    if (code) return code;
  }
  return undefined;
}
