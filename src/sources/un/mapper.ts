/**
 * One UN INDIVIDUAL or ENTITY record -> the listed subject and its documents.
 * Id: `un-<REFERENCE_NUMBER>` (e.g. un-QDi.430), the UN's own permanent reference.
 */
import { add, makeEntity, type Entity } from '../../model/entity.js';
import { countryCode, countryOrText } from '../common/countries.js';
import { approximately, between, parseDate } from '../common/dates.js';
import { DocumentSet, documentEntity, isPassportType } from '../common/documents.js';
import type { ReadContext } from '../common/reading.js';
import { childrenOf, text, texts, type XmlNode } from '../common/xml.js';

/** What the UN writes in a name part it has no value for. */
const NOT_AVAILABLE = /^(?:na|n\/a)$/;

export function mapUnRecord(ctx: ReadContext, r: XmlNode): Entity[] {
  const where = `line ${r.line}`;
  const ref = text(r, 'REFERENCE_NUMBER');
  const dataId = text(r, 'DATAID');
  const sourceId = ref || dataId;
  if (!sourceId) throw ctx.error(`${r.name} has neither REFERENCE_NUMBER nor DATAID`, r.line);
  if (!ref) ctx.warn(where, `${r.name} ${dataId} has no REFERENCE_NUMBER; its id uses DATAID`);

  const person = r.name === 'INDIVIDUAL';
  const e = makeEntity(ctx.id(sourceId), person ? 'Person' : 'Organization', { list: ctx.list, sourceId });
  // (Not a lowercase "na", which the UN writes for a name part it does not have: TAi.153's
  // FOURTH_NAME. Its names are upper case.)
  const part = (k: string) => { const v = text(r, k); return v && !NOT_AVAILABLE.test(v) ? v : ''; };
  const name = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map(part).filter(Boolean).join(' ');
  if (!name) ctx.warn(where, `${sourceId} has no name`);
  add(e, 'name', name);
  if (person) {
    add(e, 'firstName', part('FIRST_NAME'));
    add(e, 'secondName', part('SECOND_NAME'));
  }
  for (const original of texts(r, 'NAME_ORIGINAL_SCRIPT')) add(e, 'alias', original);

  for (const a of [...childrenOf(r, 'INDIVIDUAL_ALIAS'), ...childrenOf(r, 'ENTITY_ALIAS')]) {
    const alias = text(a, 'ALIAS_NAME');
    if (!alias) continue;
    add(e, aliasProperty(text(a, 'QUALITY')), alias);
    // A few aliases carry their own birth facts: they are the subject's too.
    add(e, 'birthDate', parseDate(text(a, 'DATE_OF_BIRTH')));
    add(e, 'birthPlace', [text(a, 'CITY_OF_BIRTH'), text(a, 'COUNTRY_OF_BIRTH')].filter(Boolean).join(', '));
  }

  add(e, 'program', text(r, 'UN_LIST_TYPE'));
  add(e, 'programId', ref);
  add(e, 'listingDate', parseDate(text(r, 'LISTED_ON')));
  for (const d of childrenOf(r, 'LAST_DAY_UPDATED')) for (const v of texts(d, 'VALUE')) add(e, 'modifiedAt', parseDate(v));
  add(e, 'notes', text(r, 'COMMENTS1'));
  add(e, 'gender', text(r, 'GENDER').toLowerCase());
  for (const t of childrenOf(r, 'TITLE')) add(e, 'title', ...texts(t, 'VALUE'));
  for (const d of childrenOf(r, 'DESIGNATION')) add(e, 'position', ...texts(d, 'VALUE'));
  for (const n of childrenOf(r, 'NATIONALITY')) for (const v of texts(n, 'VALUE')) add(e, 'nationality', countryOrText(v));

  for (const d of childrenOf(r, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const dob = birthDate(ctx, d, sourceId);
    add(e, 'birthDate', dob);
    if (!dob && text(d, 'NOTE')) add(e, 'notes', `Date of birth: ${text(d, 'NOTE')}`);
  }
  for (const p of childrenOf(r, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    add(e, 'birthPlace', ['CITY', 'STATE_PROVINCE', 'COUNTRY'].map((k) => text(p, k)).filter(Boolean).join(', '));
    add(e, 'birthCountry', countryCode(text(p, 'COUNTRY')));
  }
  for (const a of [...childrenOf(r, 'INDIVIDUAL_ADDRESS'), ...childrenOf(r, 'ENTITY_ADDRESS')]) {
    const full = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY'].map((k) => text(a, k)).filter(Boolean).join(', ');
    add(e, 'address', full);
    add(e, 'country', countryOrText(text(a, 'COUNTRY')));
  }

  const docs = new DocumentSet();
  for (const d of childrenOf(r, 'INDIVIDUAL_DOCUMENT')) {
    const number = text(d, 'NUMBER');
    const type = [text(d, 'TYPE_OF_DOCUMENT'), text(d, 'TYPE_OF_DOCUMENT2')].filter(Boolean).join(' / ');
    if (!number) {
      if (type || text(d, 'NOTE')) add(e, 'notes', `Document: ${[type, text(d, 'NOTE')].filter(Boolean).join(', ')}`);
      continue;
    }
    docs.add(documentEntity(e, {
      number,
      type,
      passport: isPassportType(text(d, 'TYPE_OF_DOCUMENT')),
      country: countryOrText(text(d, 'ISSUING_COUNTRY') || text(d, 'COUNTRY_OF_ISSUE')),
      issueDate: parseDate(text(d, 'DATE_OF_ISSUE')),
      authority: text(d, 'CITY_OF_ISSUE'),
      notes: text(d, 'NOTE'),
    }));
  }
  return [e, ...docs.entities()];
}

/** QUALITY -> name strength: Good/a.k.a. -> alias, Low -> weakAlias, f.k.a. -> previousName. */
export function aliasProperty(quality: string): 'alias' | 'weakAlias' | 'previousName' {
  const q = quality.toLowerCase();
  if (q.includes('low')) return 'weakAlias';
  if (q.includes('f.k.a')) return 'previousName';
  return 'alias';
}

/** EXACT / APPROXIMATELY / BETWEEN with DATE, YEAR or FROM_YEAR+TO_YEAR -> EDTF. */
function birthDate(ctx: ReadContext, d: XmlNode, sourceId: string): string | undefined {
  const type = text(d, 'TYPE_OF_DATE').toUpperCase();
  // A few records give the date only in NOTE ("Nov. 1973"); read it when it is a date.
  const raw = text(d, 'DATE') || text(d, 'YEAR') || text(d, 'NOTE');
  const from = text(d, 'FROM_YEAR');
  const to = text(d, 'TO_YEAR');
  if (!type && !raw && !from) return undefined; // an empty element: nothing published
  if (!raw && !from) {
    ctx.warn(`line ${d.line}`, `${sourceId}: TYPE_OF_DATE ${type} without a date`);
    return undefined;
  }
  if (type === 'BETWEEN' || (from && to)) {
    const a = parseDate(from);
    const b = parseDate(to);
    if (a && b) return between(a, b);
    ctx.warn(`line ${d.line}`, `${sourceId}: unreadable date range "${from}" to "${to}"`);
    return undefined;
  }
  const date = parseDate(raw);
  if (!date) {
    ctx.warn(`line ${d.line}`, `${sourceId}: unreadable date of birth "${raw}" (${type || 'no type'})`);
    return undefined;
  }
  if (type === 'APPROXIMATELY') return approximately(date);
  if (type && type !== 'EXACT') ctx.warn(`line ${d.line}`, `${sourceId}: unknown TYPE_OF_DATE ${type}, read as exact`);
  return date;
}
