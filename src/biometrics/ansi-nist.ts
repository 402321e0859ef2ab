/**
 * ANSI/NIST-ITL 1-2011 (Update 2013) transactions in the traditional encoding: records of tagged
 * fields "T.NNN:value", fields separated by GS (0x1D), subfields by RS (0x1E), information items by
 * US (0x1F), each record ended by FS (0x1C). Field 001 of every record (LEN) is the record's byte
 * length; field 999 (DAT) holds binary image data and comes last. This module reads and writes
 * the encoding for any record type; nist-encounter.ts maps an encounter to types 1, 2 and 10.
 */
import { InputError } from '../errors.js';

const FS = 0x1c, GS = 0x1d, RS = 0x1e, US = 0x1f;

/** A field's value: subfields, each a list of information items. */
export type FieldValue = string[][];

export interface NistRecord {
  type: number;
  /** field number -> value, without LEN (computed) and without DAT (see `data`) */
  fields: Map<number, FieldValue>;
  /** field 999, binary */
  data?: Uint8Array;
}

const ASCII_OK = /^[\x20-\x7e\u00a0-\uffff]*$/;

export function field(...subfields: (string | string[])[]): FieldValue {
  return subfields.map((s) => (Array.isArray(s) ? s : [s]));
}

/** The first item of the first subfield, or undefined. */
export function first(r: NistRecord, n: number): string | undefined {
  return r.fields.get(n)?.[0]?.[0];
}

function encodeValue(v: FieldValue, where: string): string {
  for (const sub of v) for (const item of sub) {
    if (!ASCII_OK.test(item)) throw new InputError('contains a control character', { field: where });
  }
  return v.map((sub) => sub.join(String.fromCharCode(US))).join(String.fromCharCode(RS));
}

function tag(type: number, n: number): string {
  return `${type}.${String(n).padStart(3, '0')}:`;
}

export function encodeRecord(r: NistRecord): Buffer {
  const nums = [...r.fields.keys()].filter((n) => n !== 1 && n !== 999).sort((a, b) => a - b);
  const parts: Buffer[] = nums.map((n) => Buffer.from(tag(r.type, n) + encodeValue(r.fields.get(n)!, `${r.type}.${n}`), 'utf8'));
  if (r.data) parts.push(Buffer.concat([Buffer.from(tag(r.type, 999), 'ascii'), r.data]));
  const bodyLen = parts.reduce((s, p) => s + p.length, 0) + parts.length; // a separator after each field
  // LEN counts itself: iterate until the number of digits settles
  let len = bodyLen;
  for (;;) {
    const next = Buffer.byteLength(tag(r.type, 1) + String(len)) + 1 + bodyLen;
    if (next === len) break;
    len = next;
  }
  const out: Buffer[] = [Buffer.from(tag(r.type, 1) + String(len), 'ascii')];
  for (const p of parts) out.push(Buffer.from([GS]), p);
  out.push(Buffer.from([FS]));
  return Buffer.concat(out);
}

export function encodeTransaction(records: NistRecord[]): Buffer {
  return Buffer.concat(records.map(encodeRecord));
}

function parseValue(text: string): FieldValue {
  return text.split(String.fromCharCode(RS)).map((s) => s.split(String.fromCharCode(US)));
}

/** Reads a whole transaction; malformed input is an InputError naming the record and field. */
export function decodeTransaction(buf: Uint8Array, file = 'transaction'): NistRecord[] {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const records: NistRecord[] = [];
  let pos = 0;
  while (pos < b.length) {
    const where = { file, record: String(records.length + 1) };
    const colon = b.indexOf(0x3a, pos);
    const head = colon > pos ? b.toString('latin1', pos, colon) : '';
    const m = /^(\d{1,2})\.0*1$/.exec(head);
    if (!m) throw new InputError(`expected the record's LEN field (T.001:) at byte ${pos}, found "${b.toString('latin1', pos, pos + 12)}"`, where);
    const type = Number(m[1]);
    const gs = b.indexOf(GS, colon);
    const len = Number(b.toString('latin1', colon + 1, gs));
    if (!Number.isInteger(len) || len <= 0 || pos + len > b.length) throw new InputError(`record length ${b.toString('latin1', colon + 1, Math.min(gs, colon + 12))} does not fit the ${b.length - pos} bytes left`, { ...where, field: `${type}.001` });
    const end = pos + len;
    if (b[end - 1] !== FS) throw new InputError('record does not end with the FS separator where its LEN says', { ...where, field: `${type}.001` });
    const rec: NistRecord = { type, fields: new Map() };
    let p = gs + 1;
    while (p < end - 1) {
      const c = b.indexOf(0x3a, p);
      const t = b.toString('latin1', p, c);
      const tm = /^(\d{1,2})\.(\d{1,3})$/.exec(t);
      if (c < 0 || c >= end || !tm) throw new InputError(`malformed field tag "${t.slice(0, 12)}"`, where);
      if (Number(tm[1]) !== type) throw new InputError(`field ${t} inside a type-${type} record`, where);
      const n = Number(tm[2]);
      if (n === 999) {
        rec.data = new Uint8Array(b.subarray(c + 1, end - 1));
        p = end;
        break;
      }
      let e = b.indexOf(GS, c);
      if (e < 0 || e > end - 1) e = end - 1;
      rec.fields.set(n, parseValue(b.toString('utf8', c + 1, e)));
      p = e + 1;
    }
    records.push(rec);
    pos = end;
  }
  if (!records.length || records[0]!.type !== 1) throw new InputError('a transaction starts with a type-1 record', { file });
  // CNT (1.003): the first subfield counts the other records; each next one names a record
  const cnt = records[0]!.fields.get(3);
  if (!cnt) throw new InputError('type-1 record has no CNT field', { file, field: '1.003' });
  const listed = cnt.slice(1);
  if (Number(cnt[0]?.[1]) !== records.length - 1 || listed.length !== records.length - 1)
    throw new InputError(`CNT lists ${cnt[0]?.[1]} records, the transaction holds ${records.length - 1}`, { file, field: '1.003' });
  listed.forEach((s, i) => {
    if (Number(s[0]) !== records[i + 1]!.type) throw new InputError(`CNT says record ${i + 2} is type ${s[0]}, it is type ${records[i + 1]!.type}`, { file, field: '1.003' });
  });
  return records;
}
