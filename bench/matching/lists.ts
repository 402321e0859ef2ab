/**
 * Minimal readers for the published lists, kept because the committed labelled pairs
 * (bench/data/matching, made by build-pairs.ts) were built with them: reading with src/sources
 * readList instead changes the pairs, so it waits for the next regeneration of that data and of
 * the quality floors. They only pull what matching uses: names, aliases, original-script names,
 * birth dates, nationalities, IMO numbers. What production indexes is read with readList
 * (readListedWithSources below).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { add, fromFtmJson, makeEntity, type Entity } from '../../src/model/entity.js';
// Countries as Atalaya's own readers map them (ICU names plus the lists' spellings), so pairs
// regenerated here carry the codes production holds.
import { countryOrText } from '../../src/sources/common/countries.js';

export const DATA = path.resolve(process.cwd(), '../shared/data');

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** OFAC remark dates ("10 Dec 1948", "1946", "circa 1960", "1960 to 1962", "Dec 1948") to the model's forms. */
export function ofacDate(s: string): string | undefined {
  const t = s.trim();
  let m = /^(\d{1,2}) (\w{3}) (\d{4})$/.exec(t);
  if (m && MONTHS[m[2]!.toLowerCase()]) return `${m[3]}-${MONTHS[m[2]!.toLowerCase()]}-${m[1]!.padStart(2, '0')}`;
  m = /^(\w{3}) (\d{4})$/.exec(t);
  if (m && MONTHS[m[1]!.toLowerCase()]) return `${m[2]}-${MONTHS[m[1]!.toLowerCase()]}`;
  m = /^(?:circa )?(\d{4})$/.exec(t);
  if (m) return t.startsWith('circa') ? `${m[1]}~` : m[1];
  m = /^(\d{4}) to (\d{4})$/.exec(t);
  if (m) return `${m[1]}/${m[2]}`;
  return undefined;
}

const empty = (v: string | undefined) => (!v || v.trim() === '-0-' ? undefined : v.trim());

/** OFAC legacy CSV set (sdn.csv + alt.csv joined by ent_num). Persons, organisations, vessels. */
export function readOfacSet(dir = path.join(DATA, 'lists/ofac/set_2021-07')): Entity[] {
  const csv = (f: string) =>
    parse(fs.readFileSync(path.join(dir, f), 'latin1').replace(/\x1a/g, ''), { relax_quotes: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  const byNum = new Map<string, Entity>();
  for (const r of csv('sdn.csv')) {
    const [num, name, type, program, , callSign, , , , flag, , remarks] = r.map((v) => empty(v));
    if (!num || !name) continue;
    const schema = type === 'individual' ? 'Person' : type === 'vessel' ? 'Vessel' : type === 'aircraft' ? 'Airplane' : 'Organization';
    const e = makeEntity(`ofac-${num}`, schema, { list: 'ofac', sourceId: num });
    add(e, 'name', name);
    add(e, 'program', ...(program ?? '').split(/\]\s*\[|[[\]]/).map((p) => p.trim()));
    if (schema === 'Vessel') {
      add(e, 'callSign', callSign);
      if (flag) add(e, 'flag', countryOrText(flag));
    }
    for (const part of (remarks ?? '').split(';').map((p) => p.trim())) {
      let m = /^(?:alt\. )?DOB (.+)$/.exec(part);
      if (m) add(e, 'birthDate', ofacDate(m[1]!));
      m = /^(?:alt\. )?(?:nationality|citizen) (.+?)\.?$/.exec(part);
      if (m) add(e, 'nationality', countryOrText(m[1]!));
      m = /IMO (\d{7})/.exec(part);
      if (m) add(e, 'imoNumber', m[1]);
      m = /^Gender (Male|Female)/.exec(part);
      if (m) add(e, 'gender', m[1]!.toLowerCase());
    }
    byNum.set(num, e);
  }
  for (const r of csv('alt.csv')) {
    const [num, , type, name] = r.map((v) => empty(v));
    const e = num ? byNum.get(num) : undefined;
    if (!e || !name) continue;
    add(e, type === 'aka' ? 'alias' : 'previousName', name);
  }
  return [...byNum.values()];
}

const XML_ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unxml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, k: string) => (k.startsWith('#') ? String.fromCodePoint(Number(k.slice(1))) : XML_ENT[k]!));
const tag = (block: string, name: string) => [...block.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => unxml(m[1]!).trim()).filter(Boolean);
const blocks = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1]!);

/** UN consolidated list XML. Original-script names go to `alias` (the model's convention). */
export function readUn(file = path.join(DATA, 'lists/un/un_consolidated_2026-02-27.xml')): Entity[] {
  const xml = fs.readFileSync(file, 'utf8');
  const out: Entity[] = [];
  for (const [kind, schema] of [['INDIVIDUAL', 'Person'], ['ENTITY', 'Organization']] as const) {
    for (const b of blocks(xml, kind)) {
      const ref = tag(b, 'REFERENCE_NUMBER')[0] ?? tag(b, 'DATAID')[0]!;
      const e = makeEntity(`un-${ref}`, schema, { list: 'un', sourceId: ref });
      add(e, 'name', ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].flatMap((t) => tag(b, t)).join(' '));
      add(e, 'alias', ...tag(b, 'NAME_ORIGINAL_SCRIPT'));
      for (const a of blocks(b, `${kind}_ALIAS`)) {
        const q = tag(a, 'QUALITY')[0] ?? '';
        add(e, q === 'Low' ? 'weakAlias' : q === 'f.k.a.' ? 'previousName' : 'alias', ...tag(a, 'ALIAS_NAME'));
      }
      if (kind === 'INDIVIDUAL') {
        for (const n of blocks(b, 'NATIONALITY')) add(e, 'nationality', ...tag(n, 'VALUE').map((v) => countryOrText(v)));
        const g = tag(b, 'GENDER')[0];
        if (g) add(e, 'gender', g.toLowerCase());
        for (const d of blocks(b, 'INDIVIDUAL_DATE_OF_BIRTH')) {
          const type = tag(d, 'TYPE_OF_DATE')[0];
          const date = tag(d, 'DATE')[0];
          const year = tag(d, 'YEAR')[0];
          const [from, to] = [tag(d, 'FROM_YEAR')[0], tag(d, 'TO_YEAR')[0]];
          if (type === 'BETWEEN' && from && to) add(e, 'birthDate', `${from}/${to}`);
          else if (date) add(e, 'birthDate', date.slice(0, 10));
          else if (year) add(e, 'birthDate', type === 'APPROXIMATELY' ? `${year}~` : year);
        }
      }
      out.push(e);
    }
  }
  return out;
}

/** OFAC SDN vessels (tracker JSON): name, IMO, flag, call sign. */
export function readOfacVessels(file = path.join(DATA, 'vessels/ofac_sdn_vessels_2026-03-22.json')): Entity[] {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { vessels: { imo: number; name: string; vessel_info?: { flag?: string; call_sign?: string } }[] };
  return doc.vessels.map((v) => {
    const e = makeEntity(`ofacv-${v.imo}`, 'Vessel', { list: 'ofac-vessels', sourceId: String(v.imo) });
    add(e, 'name', v.name);
    add(e, 'imoNumber', String(v.imo));
    if (v.vessel_info?.flag) add(e, 'flag', countryOrText(v.vessel_info.flag));
    add(e, 'callSign', v.vessel_info?.call_sign);
    return e;
  });
}

/** Historical names of renamed vessels, by IMO number, oldest first. */
export function readShadowfleetNames(file = path.join(DATA, 'vessels/ftm_shadowfleet_vessel_names.csv')): Map<string, string[]> {
  const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as { vessel_imo: string; vessel_name: string; start_date: string }[];
  rows.sort((a, b) => a.start_date.localeCompare(b.start_date));
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const names = out.get(r.vessel_imo) ?? [];
    if (!names.includes(r.vessel_name.trim())) names.push(r.vessel_name.trim());
    out.set(r.vessel_imo, names);
  }
  return out;
}

/** OpenSanctions FtM JSON lines: persons, organisations and vessels only. */
export function readFtm(file: string): Entity[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)
    .map((l) => fromFtmJson(JSON.parse(l), 'ftm'))
    .filter((e) => ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel'].includes(e.schema));
}

/** All the names an entity is known by, strongest first. */
export function allNames(e: Entity): string[] {
  return [...new Set(['name', 'alias', 'previousName', 'weakAlias'].flatMap((p) => e.properties[p] ?? []))];
}

const LISTED_SCHEMATA = new Set(['Person', 'Organization', 'Company', 'LegalEntity', 'PublicBody', 'Vessel', 'Airplane']);

/**
 * UN (2026-02-27) and OFAC (2021-07 set, with aliases) as Atalaya itself reads them (src/sources
 * readList): what the production index holds. Documents and sanctions are left out: they are not
 * matched by name.
 */
export async function readListedWithSources(): Promise<Entity[]> {
  const { readList } = await import('../../src/sources/index.js');
  const out: Entity[] = [];
  for (const file of ['lists/un/un_consolidated_2026-02-27.xml', 'lists/ofac/set_2021-07/sdn.csv']) {
    const reading = await readList(path.join(DATA, file));
    for await (const e of reading.entities) if (LISTED_SCHEMATA.has(e.schema)) out.push(e);
  }
  return out;
}
