/**
 * Tells a list file's format from its content (never its name): the XML root element and
 * namespace, JSON lines, or the shape of the first CSV line. Reads only the file's head.
 */
import fs from 'node:fs';
import { InputError } from '../errors.js';
import { displayName } from './common/decode.js';
import type { ListFormat } from './types.js';
import { CSV_REQUIRED } from './csv/columns.js';
import { SLTD_REQUIRED } from './sltd/columns.js';

const HEAD_BYTES = 256 * 1024;

export async function readHead(file: string, bytes = HEAD_BYTES): Promise<string> {
  let fh: fs.promises.FileHandle;
  try {
    fh = await fs.promises.open(file, 'r');
  } catch {
    throw new InputError('cannot read the file', { file: displayName(file) });
  }
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return new TextDecoder('utf-8').decode(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

/** The root element's name and attributes, from the head of an XML document. */
export function xmlRoot(head: string): { name: string; attrs: string } | undefined {
  const body = head
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '');
  const m = /<([A-Za-z_][\w:.-]*)([^>]*)>/.exec(body);
  return m ? { name: m[1]!.replace(/^.*:/, ''), attrs: m[2] ?? '' } : undefined;
}

export function formatOfHead(head: string, file = 'file'): ListFormat {
  const text = head.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) {
    const root = xmlRoot(text);
    switch (root?.name) {
      case 'CONSOLIDATED_LIST':
        return 'un-xml';
      case 'sdnList':
        return 'ofac-xml';
      case 'Sanctions':
        return 'ofac-advanced-xml';
      case 'export':
        if (/fsd|europa/i.test(root.attrs)) return 'eu-xml';
        break;
      case 'Designations':
        return 'uk-xml';
    }
    throw new InputError(`unknown XML list format (root element <${root?.name ?? '?'}>)`, { file: displayName(file), line: 1 });
  }
  if (trimmed.startsWith('{')) return 'ftm';
  const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
  const header = firstLine.split(',').map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
  if (CSV_REQUIRED.every((c) => header.includes(c))) return 'csv';
  if (SLTD_REQUIRED.every((c) => header.includes(c))) return 'sltd-csv';
  // OFAC legacy: no header, a numeric ent_num first, "-0-" for empty fields.
  if (/^\d+,"/.test(firstLine) && /-0-/.test(text.slice(0, 4096))) return 'ofac-csv';
  throw new InputError('cannot tell the list format from the content; give the format explicitly', { file: displayName(file), line: 1 });
}

export async function detectFormat(file: string): Promise<ListFormat> {
  return formatOfHead(await readHead(file), file);
}

/**
 * Programmes that exist only on OFAC's consolidated non-SDN lists (SSI is shared with the SDN
 * list, so it does not count): one of them in the head of an sdnList file marks it "ofac-cons".
 */
const NON_SDN_PROGRAMS = /<program>\s*(NS-PLC|NS-MBS|NS-ISA|CMIC-EO13959|561-Related|FSE-|CAPTA|NS-CMIC|NS-SSI)/;

export function ofacXmlListId(head: string): 'ofac-sdn' | 'ofac-cons' {
  return NON_SDN_PROGRAMS.test(head) ? 'ofac-cons' : 'ofac-sdn';
}
