/**
 * OFAC "advanced" XML (sdn_advanced.xsd, root `Sanctions`): a normalised format where parties
 * point by id at reference values, locations, identity documents and sanctions entries.
 * Two streaming passes keep memory to those side tables: the first reads the reference values,
 * Locations, IDRegDocuments and SanctionsEntries (which come after the parties); the second
 * streams DistinctParty records and maps each one. Ids are `ofac-adv-<FixedRef>` (the uid/ent_num).
 * Features and documents carry the same labels as the legacy remarks ("Vessel Call Sign",
 * "Passport", "Tax ID No."...), so they go through the same parser.
 */
import { add, makeEntity, type Entity } from '../../model/entity.js';
import { countryOrText } from '../common/countries.js';
import { approximately, between } from '../common/dates.js';
import { DocumentSet, documentEntity } from '../common/documents.js';
import type { ReadContext } from '../common/reading.js';
import { child, childrenOf, path, text, xmlRecords, type XmlNode } from '../common/xml.js';
import { parseRemarks } from './remarks.js';

interface Place { country?: string; countryName?: string; full: string }
interface Doc { type: string; number: string; countryName?: string }
interface Listing { programs: string[]; dates: string[]; lists: string[] }

interface Tables {
  refs: Map<string, string>; // "<Element>:<ID>" -> text
  countries: Map<string, { iso?: string; name: string }>;
  places: Map<string, Place>;
  docs: Map<string, Doc[]>; // IdentityID -> documents
  listings: Map<string, Listing>; // ProfileID -> programmes, dates
  issued?: string;
}

const ROOT_CHECK = (ctx: ReadContext) => (root: { name: string }) => {
  if (root.name !== 'Sanctions') throw ctx.error(`not an OFAC advanced XML file: the root element is <${root.name}>`, 1);
};

function ymd(n: XmlNode | undefined): string | undefined {
  const y = text(n, 'Year');
  if (!y) return undefined;
  const m = text(n, 'Month');
  const d = text(n, 'Day');
  return [y, m && m.padStart(2, '0'), m && d && d.padStart(2, '0')].filter(Boolean).join('-');
}

async function readTables(ctx: ReadContext): Promise<Tables> {
  const t: Tables = { refs: new Map(), countries: new Map(), places: new Map(), docs: new Map(), listings: new Map() };
  const records = xmlRecords(ctx.file, {
    records: new Set(['DateOfIssue', 'ReferenceValueSets', 'Location', 'IDRegDocument', 'SanctionsEntry']),
    onRoot: ROOT_CHECK(ctx),
  });
  for await (const r of records) {
    switch (r.name) {
      case 'DateOfIssue':
        t.issued = ymd(r);
        break;
      case 'ReferenceValueSets':
        for (const set of r.children) {
          for (const v of set.children) {
            if (!v.attrs.ID) continue;
            t.refs.set(`${v.name}:${v.attrs.ID}`, v.text || v.attrs.Description || '');
            if (v.name === 'Country') t.countries.set(v.attrs.ID, { iso: v.attrs.ISO2?.toLowerCase(), name: v.text });
            if (v.name === 'PartySubType' && v.attrs.PartyTypeID) t.refs.set(`PartySubType.PartyType:${v.attrs.ID}`, v.attrs.PartyTypeID);
          }
        }
        break;
      case 'Location': {
        const countryId = child(r, 'LocationCountry')?.attrs.CountryID ?? child(r, 'LocationAreaCode')?.attrs.AreaCodeID;
        const c = countryId ? t.countries.get(countryId) : undefined;
        const parts = childrenOf(r, 'LocationPart').map((p) => text(path(p, 'LocationPartValue'), 'Value')).filter(Boolean);
        const countryName = c && c.name !== 'undetermined' ? c.name : undefined;
        t.places.set(r.attrs.ID ?? '', { country: c?.iso, countryName, full: [...parts, countryName].filter(Boolean).join(', ') });
        break;
      }
      case 'IDRegDocument': {
        const id = r.attrs.IdentityID ?? '';
        const list = t.docs.get(id) ?? [];
        list.push({
          type: t.refs.get(`IDRegDocType:${r.attrs.IDRegDocTypeID}`) ?? 'Identification',
          number: text(r, 'IDRegistrationNo'),
          countryName: t.countries.get(r.attrs['IssuedBy-CountryID'] ?? '')?.name,
        });
        t.docs.set(id, list);
        break;
      }
      case 'SanctionsEntry': {
        const id = r.attrs.ProfileID ?? '';
        const l = t.listings.get(id) ?? { programs: [], dates: [], lists: [] };
        for (const m of childrenOf(r, 'SanctionsMeasure')) {
          const program = text(m, 'Comment');
          if (program) l.programs.push(program);
        }
        for (const e of childrenOf(r, 'EntryEvent')) {
          const d = ymd(child(e, 'Date'));
          if (d) l.dates.push(d);
        }
        const list = t.refs.get(`List:${r.attrs.ListID}`);
        if (list) l.lists.push(list);
        t.listings.set(id, l);
        break;
      }
    }
  }
  return t;
}

export async function* readOfacAdvanced(ctx: ReadContext): AsyncGenerator<Entity> {
  const t = await readTables(ctx);
  ctx.report.publishedAt = t.issued;
  for await (const r of xmlRecords(ctx.file, { records: new Set(['DistinctParty']), onRoot: ROOT_CHECK(ctx) })) {
    ctx.record();
    yield* mapParty(ctx, t, r);
  }
}

/** Order of name parts in a written name: given names first, family name last. */
const PART_ORDER: Record<string, number> = { 'First Name': 0, 'Middle Name': 1, Patronymic: 2, Matronymic: 3, 'Last Name': 4 };
const PART_PROPERTY: Record<string, string> = { 'First Name': 'firstName', 'Middle Name': 'middleName', Patronymic: 'fatherName', Matronymic: 'motherName', 'Last Name': 'lastName' };

function mapParty(ctx: ReadContext, t: Tables, r: XmlNode): Entity[] {
  const fixedRef = r.attrs.FixedRef;
  if (!fixedRef) throw ctx.error('DistinctParty without a FixedRef', r.line);
  const profile = child(r, 'Profile');
  const subType = profile?.attrs.PartySubTypeID ?? '';
  const sub = t.refs.get(`PartySubType:${subType}`) ?? '';
  const partyType = t.refs.get(`PartyType:${t.refs.get(`PartySubType.PartyType:${subType}`)}`);
  const schema = partyType === 'Individual' ? 'Person' : sub === 'Vessel' ? 'Vessel' : sub === 'Aircraft' ? 'Airplane' : 'Organization';
  const e = makeEntity(ctx.id(fixedRef), schema, { list: ctx.list, sourceId: fixedRef });
  const docs = new DocumentSet();

  for (const identity of childrenOf(profile, 'Identity')) {
    const groups = new Map<string, string>();
    for (const g of childrenOf(path(identity, 'NamePartGroups'), 'MasterNamePartGroup')) {
      const ng = child(g, 'NamePartGroup');
      if (ng) groups.set(ng.attrs.ID ?? '', t.refs.get(`NamePartType:${ng.attrs.NamePartTypeID}`) ?? '');
    }
    for (const alias of childrenOf(identity, 'Alias')) {
      const type = t.refs.get(`AliasType:${alias.attrs.AliasTypeID}`) ?? '';
      const prop = alias.attrs.Primary === 'true' ? 'name' : alias.attrs.LowQuality === 'true' ? 'weakAlias' : type === 'F.K.A.' ? 'previousName' : 'alias';
      for (const dn of childrenOf(alias, 'DocumentedName')) {
        const parts = childrenOf(dn, 'DocumentedNamePart').map((p) => {
          const v = child(p, 'NamePartValue');
          return { kind: groups.get(v?.attrs.NamePartGroupID ?? '') ?? '', value: v?.text ?? '' };
        }).filter((p) => p.value);
        parts.sort((a, b) => (PART_ORDER[a.kind] ?? 5) - (PART_ORDER[b.kind] ?? 5));
        add(e, prop, parts.map((p) => p.value).join(' '));
        if (prop === 'name' && schema === 'Person') {
          for (const p of parts) if (PART_PROPERTY[p.kind]) add(e, PART_PROPERTY[p.kind]!, p.value);
        }
      }
    }
    for (const d of t.docs.get(identity.attrs.ID ?? '') ?? []) {
      const facts = parseRemarks(`${d.type} ${d.number}${d.countryName ? ` (${d.countryName})` : ''}`);
      for (const [k, vals] of Object.entries(facts.props)) add(e, k, ...vals);
      for (const doc of facts.documents) docs.add(documentEntity(e, doc));
      if (!facts.documents.length && !Object.keys(facts.props).length) add(e, 'notes', `${d.type}: ${d.number}`);
    }
  }
  if (!e.properties.name) ctx.warn(`line ${r.line}`, `${fixedRef} has no primary name`);

  for (const f of childrenOf(profile, 'Feature')) {
    const type = t.refs.get(`FeatureType:${f.attrs.FeatureTypeID}`) ?? '';
    for (const v of childrenOf(f, 'FeatureVersion')) mapFeature(ctx, t, e, type, v, fixedRef);
  }
  const listing = t.listings.get(profile?.attrs.ID ?? fixedRef);
  if (listing) {
    add(e, 'program', ...listing.programs);
    add(e, 'listingDate', [...listing.dates].sort()[0]);
    add(e, 'notes', ...listing.lists.map((l) => `OFAC list: ${l}`));
  }
  return [e, ...docs.entities()];
}

function mapFeature(ctx: ReadContext, t: Tables, e: Entity, type: string, v: XmlNode, id: string): void {
  const detail = child(v, 'VersionDetail');
  const value = detail?.text || (detail?.attrs.DetailReferenceID ? t.refs.get(`DetailReference:${detail.attrs.DetailReferenceID}`) : '') || '';
  const place = t.places.get(child(v, 'VersionLocation')?.attrs.LocationID ?? '');
  switch (type) {
    case 'Birthdate': {
      const d = datePeriod(child(v, 'DatePeriod'));
      if (d) add(e, 'birthDate', d);
      else ctx.warn(`line ${v.line}`, `${id}: unreadable birth date`);
      return;
    }
    case 'Place of Birth':
      add(e, 'birthPlace', value || place?.full);
      return;
    case 'Citizenship Country':
      add(e, 'citizenship', countryOf(place));
      return;
    case 'Nationality Country':
      add(e, 'nationality', countryOf(place));
      return;
    case 'Nationality of Registration':
      add(e, 'jurisdiction', countryOf(place));
      return;
    case 'Location':
      add(e, 'address', place?.full);
      add(e, 'country', place?.country);
      return;
    case 'Gender':
      add(e, 'gender', value.toLowerCase());
      return;
  }
  const facts = parseRemarks(`${type} ${value || place?.countryName || ''}`.trim());
  if (Object.keys(facts.props).length) for (const [k, vals] of Object.entries(facts.props)) add(e, k, ...vals);
  else if (value) add(e, 'notes', `${type}: ${value}`);
}

/** Country features point at a Location that holds either a country reference or just its name. */
function countryOf(place: Place | undefined): string | undefined {
  if (!place) return undefined;
  return place.country ?? countryOrText(place.countryName ?? place.full);
}

/** A DatePeriod -> EDTF: one day, a whole year ("1955"), or a range ("1955/1957"), "~" if approximate. */
export function datePeriod(p: XmlNode | undefined): string | undefined {
  const start = child(p, 'Start');
  const end = child(p, 'End');
  const from = ymd(path(start, 'From'));
  const to = ymd(path(end, 'To')) ?? ymd(path(start, 'To'));
  if (!from) return undefined;
  const approx = start?.attrs.Approximate === 'true' || end?.attrs.Approximate === 'true';
  let d: string;
  if (!to || to === from) d = from;
  else if (from.endsWith('-01-01') && to.endsWith('-12-31')) d = between(from.slice(0, 4), to.slice(0, 4));
  else if (from.slice(0, 7) === to.slice(0, 7) && from.endsWith('-01')) d = from.slice(0, 7);
  else d = between(from, to);
  return approx ? approximately(d) : d;
}
