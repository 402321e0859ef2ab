/**
 * OFAC legacy CSV: sdn.csv (12 columns, no header, "-0-" = empty, CRLF, a trailing 0x1A byte),
 * joined by ent_num with alt.csv (aliases), add.csv (addresses) and sdn_comments.csv (remarks
 * that overflow sdn.csv's field) when they sit beside it. The three side files are small and read
 * into maps first; sdn.csv is streamed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { add, makeEntity, type Entity } from '../../model/entity.js';
import { countryOrText } from '../common/countries.js';
import { csvRows, type CsvRow } from '../common/csv.js';
import { DocumentSet, documentEntity } from '../common/documents.js';
import type { ReadContext } from '../common/reading.js';
import { addPersonName, ofacSchema } from './names.js';
import { parseRemarks } from './remarks.js';

const SDN_COLUMNS = 12;

/** "-0-" (with or without its trailing blank) means empty. */
export function ofacValue(v: string | undefined): string {
  const t = (v ?? '').trim();
  return t === '-0-' ? '' : t;
}

/** The DOS end-of-file byte that OFAC appends, alone on the last line. */
function isEofMarker(row: CsvRow): boolean {
  return row.fields.length === 1 && row.fields[0]!.replace(/\x1a/g, '').trim() === '';
}

interface SideFiles {
  alt: Map<string, string[][]>;
  add: Map<string, string[][]>;
  comments: Map<string, string>;
}

async function readSide(ctx: ReadContext, file: string, columns: number): Promise<Map<string, string[][]>> {
  const out = new Map<string, string[][]>();
  if (!fs.existsSync(file)) return out;
  const name = path.basename(file);
  for await (const row of csvRows(file)) {
    if (isEofMarker(row)) continue;
    if (row.fields.length !== columns) {
      throw ctx.errorIn(name, `expected ${columns} columns, found ${row.fields.length}`, row.line);
    }
    const key = row.fields[0]!.trim();
    if (!/^\d+$/.test(key)) throw ctx.errorIn(name, `ent_num "${key}" is not a number`, row.line);
    const list = out.get(key) ?? [];
    list.push(row.fields.map(ofacValue));
    out.set(key, list);
  }
  return out;
}

async function readSideFiles(ctx: ReadContext): Promise<SideFiles> {
  const dir = path.dirname(ctx.file);
  const comments = new Map<string, string>();
  for (const [k, rows] of await readSide(ctx, path.join(dir, 'sdn_comments.csv'), 2)) comments.set(k, rows.map((r) => r[1]).join(''));
  return {
    alt: await readSide(ctx, path.join(dir, 'alt.csv'), 5),
    add: await readSide(ctx, path.join(dir, 'add.csv'), 6),
    comments,
  };
}

export async function* readOfacCsv(ctx: ReadContext): AsyncGenerator<Entity> {
  // Side files only belong to an sdn.csv of the same set (not to sdn_2024-05-03.csv next to it).
  const side = path.basename(ctx.file).toLowerCase() === 'sdn.csv' ? await readSideFiles(ctx) : undefined;
  for await (const row of csvRows(ctx.file)) {
    if (isEofMarker(row)) continue;
    if (row.fields.length !== SDN_COLUMNS) {
      throw ctx.error(`expected ${SDN_COLUMNS} columns (OFAC sdn.csv), found ${row.fields.length}`, row.line);
    }
    ctx.record();
    yield* mapSdnRow(ctx, row, side);
  }
}

function mapSdnRow(ctx: ReadContext, row: CsvRow, side: SideFiles | undefined): Entity[] {
  const f = row.fields.map(ofacValue);
  const [entNum, name, sdnType, programs, title, callSign, vessType, tonnage, grt, vessFlag, vessOwner] = f as [string, ...string[]];
  if (!/^\d+$/.test(entNum)) throw ctx.error(`ent_num "${entNum}" is not a number (is this an OFAC sdn.csv?)`, row.line);
  const where = `line ${row.line}`;
  const schema = ofacSchema(sdnType ?? '');
  const e = makeEntity(ctx.id(entNum), schema, { list: ctx.list, sourceId: entNum });
  if (!name) ctx.warn(where, `ent_num ${entNum} has no name`);
  if (schema === 'Person') addPersonName(e, 'name', name ?? '');
  else add(e, 'name', name);
  for (const p of (programs ?? '').split(/\]\s*\[/)) add(e, 'program', p.replace(/^\[|\]$/g, ''));
  add(e, schema === 'Person' ? 'position' : 'notes', title);
  add(e, 'callSign', callSign);
  add(e, 'type', vessType);
  add(e, 'tonnage', tonnage);
  add(e, 'grossRegisteredTonnage', grt);
  add(e, 'flag', countryOrText(vessFlag));
  add(e, 'owner', vessOwner);

  const remarks = (f[11] ?? '') + (side?.comments.get(entNum) ?? '');
  const docs = new DocumentSet();
  if (remarks) {
    add(e, 'notes', remarks);
    const facts = parseRemarks(remarks);
    for (const [k, vals] of Object.entries(facts.props)) {
      if (schema === 'Person' && (k === 'alias' || k === 'weakAlias' || k === 'previousName')) for (const v of vals) addPersonName(e, k, v);
      else add(e, k, ...vals);
    }
    for (const d of facts.documents) docs.add(documentEntity(e, d));
    for (const u of facts.unreadable) ctx.warn(where, `ent_num ${entNum}: could not read "${u}" in the remarks (kept in notes)`);
  }
  for (const alt of side?.alt.get(entNum) ?? []) {
    const [, , type, altName, altRemarks] = alt;
    const prop = /weak/i.test(altRemarks ?? '') ? 'weakAlias' : type?.toLowerCase() === 'fka' ? 'previousName' : 'alias';
    if (schema === 'Person') addPersonName(e, prop, altName ?? '');
    else add(e, prop, altName);
  }
  for (const a of side?.add.get(entNum) ?? []) {
    const [, , street, city, country, addRemarks] = a;
    add(e, 'address', [street, city, country].filter(Boolean).join(', '));
    add(e, 'country', countryOrText(country));
    if (addRemarks) add(e, 'notes', addRemarks);
  }
  return [e, ...docs.entities()];
}
