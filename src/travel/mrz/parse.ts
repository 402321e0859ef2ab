/**
 * Reads a machine-readable zone (ICAO Doc 9303): TD1, TD2, TD3 and the visas MRV-A and MRV-B with
 * our own layouts (every check digit, overflowing document numbers, dates with their century,
 * ICAO's special state codes, specimen documents), and the two national formats the `mrz`
 * package knows (old French identity card, Swiss driving licence) through that package.
 *
 * A damaged read is not an exception: the result says which field failed and why, and proposes
 * the intended value when one misread character explains the failure (see ./repair.ts). Only
 * input that is not an MRZ at all (wrong number or length of lines) throws an InputError.
 */
import { parse as mrzParse } from 'mrz';
import { InputError } from '../../errors.js';
import { checkDigit } from './check-digit.js';
import { icaoCode, type IcaoCode } from '../../sources/common/icao-codes.js';
import { parseMrzDate } from './dates.js';
import { checkHolds, layoutOf, read, type IcaoFormat, type Layout, type Seg } from './layouts.js';
import { suggestRepair } from './repair.js';

export type MrzFormat = IcaoFormat | 'FRENCH_NATIONAL_ID' | 'SWISS_DRIVING_LICENSE';
export type Sex = 'male' | 'female' | 'unspecified';

export interface MrzCheck {
  field: string;
  valid: boolean;
  /** the check digit as read */
  read: string;
  /** the check digit the data as read gives */
  computed: string;
}

export interface MrzSuggestion {
  /** the field holding the misread character (documentNumber, birthDate, ... or "<field> check digit") */
  field: string;
  /** that field's likely intended value */
  value: string;
  line: number;
  column: number;
  read: string;
  corrected: string;
}

export interface MrzProblem {
  field: string;
  message: string;
  suggestion?: MrzSuggestion;
}

export interface MrzState {
  code: string;
  country: string | null;
  kind: IcaoCode['kind'] | 'unknown';
  meaning?: string;
}

export interface MrzDocument {
  format: MrzFormat;
  /** every check digit passes and every field reads */
  valid: boolean;
  /** issued by or for the ICAO specimen state Utopia */
  specimen: boolean;
  documentCode: string;
  kind: 'passport' | 'identity-card' | 'visa' | 'driving-licence' | 'other';
  issuingState: MrzState | null;
  nationality: MrzState | null;
  /** primary identifier (surname), fillers as spaces */
  lastName: string;
  /** secondary identifier (given names) */
  firstNames: string;
  /** the name field is full to its last position, so the names were probably cut short */
  namesTruncated: boolean;
  documentNumber: string;
  birthDate: string | null;
  expiryDate: string | null;
  sex: Sex | null;
  personalNumber?: string;
  optionalData: string[];
  checks: MrzCheck[];
  problems: MrzProblem[];
  lines: string[];
}

export interface MrzOptions {
  today?: Date;
}

/** Normalises what a reader or an officer typed: one string with line breaks, or lines. */
export function mrzLines(input: string | string[]): string[] {
  const raw = Array.isArray(input) ? input.flatMap((l) => String(l).split(/\r?\n|\r/)) : String(input).split(/\r?\n|\r/);
  return raw.map((l) => l.replace(/\s+/g, '').toUpperCase()).filter((l) => l.length > 0);
}

function formatOf(lines: string[]): MrzFormat {
  const lens = lines.map((l) => l.length);
  const shape = lens.join('x');
  if (shape === '30x30x30') return 'TD1';
  if (shape === '9x30x30') return 'SWISS_DRIVING_LICENSE';
  if (shape === '44x44') return lines[0]!.startsWith('V') ? 'MRVA' : 'TD3';
  if (shape === '36x36') {
    if (lines[0]!.startsWith('IDFRA')) return 'FRENCH_NATIONAL_ID';
    return lines[0]!.startsWith('V') ? 'MRVB' : 'TD2';
  }
  throw new InputError(
    `not a machine-readable zone: ${lines.length} line(s) of ${lens.join(', ') || 0} characters; expected 3 of 30 (TD1), 2 of 36 (TD2, MRV-B) or 2 of 44 (TD3, MRV-A)`,
    { field: 'mrz' },
  );
}

export function parseMrz(input: string | string[], opts: MrzOptions = {}): MrzDocument {
  const lines = mrzLines(input);
  const format = formatOf(lines);
  if (format === 'FRENCH_NATIONAL_ID' || format === 'SWISS_DRIVING_LICENSE') return viaMrzPackage(lines, format, opts.today ?? new Date());
  return parseIcao(lines, layoutOf(format, lines), opts.today ?? new Date());
}

function state(raw: string): MrzState | null {
  const code = raw.replace(/<+$/, '').replace(/^<+/, '');
  if (!code) return null;
  const c = icaoCode(raw);
  return c ? { code: c.code, country: c.country, kind: c.kind, ...(c.meaning ? { meaning: c.meaning } : {}) } : { code, country: null, kind: 'unknown' };
}

/** Names: primary identifier, "<<", secondary identifier; single "<" between name parts. */
export function splitNames(raw: string): { lastName: string; firstNames: string; truncated: boolean } {
  const truncated = raw.length > 0 && !raw.endsWith('<');
  const body = raw.replace(/<+$/, '');
  const at = body.indexOf('<<');
  const primary = at < 0 ? body : body.slice(0, at);
  const secondary = at < 0 ? '' : body.slice(at + 2);
  const words = (s: string) => s.split('<').filter(Boolean).join(' ');
  return { lastName: words(primary), firstNames: words(secondary), truncated };
}

function sexOf(c: string): Sex | null {
  if (c === 'M') return 'male';
  if (c === 'F') return 'female';
  if (c === '<' || c === 'X') return 'unspecified';
  return null;
}

function kindOf(code: string): MrzDocument['kind'] {
  if (code.startsWith('P')) return 'passport';
  if (code.startsWith('V')) return 'visa';
  if (/^[IAC]/.test(code)) return 'identity-card';
  return 'other';
}

const FIELD_WORDS: Record<string, string> = {
  documentNumber: 'document number',
  birthDate: 'birth date',
  expiryDate: 'expiry date',
  personalNumber: 'personal number',
  composite: 'composite',
};

function joined(lines: string[], segs: Seg[]): string {
  return segs.map((s) => read(lines, s)).join('');
}

/** The checks of a layout against some lines: used on the read and on candidate repairs. */
export function runChecks(lines: string[], layout: Layout): MrzCheck[] {
  return layout.checks.map((c) => {
    const over = joined(lines, c.over);
    const digit = read(lines, c.digit);
    return { field: c.field, valid: checkHolds(lines, c), read: digit, computed: checkDigit(over) };
  });
}

function parseIcao(lines: string[], layout: Layout, today: Date): MrzDocument {
  const problems: MrzProblem[] = [];
  const bad = /[^A-Z0-9<]/g;
  lines.forEach((l, i) => {
    for (const m of l.matchAll(bad)) problems.push({ field: 'mrz', message: `line ${i + 1} column ${m.index! + 1}: "${m[0]}" is not an MRZ character (A-Z, 0-9, <)` });
  });
  const documentCode = read(lines, layout.documentCode).replace(/<+$/, '');
  const issuingState = state(read(lines, layout.issuer));
  const nationality = state(read(lines, layout.nationality));
  for (const [field, st] of [['issuingState', issuingState], ['nationality', nationality]] as const) {
    if (!st) problems.push({ field, message: `${field === 'nationality' ? 'nationality' : 'issuing state'} is empty` });
    else if (st.kind === 'unknown') problems.push({ field, message: `"${st.code}" is not an ICAO state or organisation code` });
  }
  if (!/^[A-Z][A-Z<]$/.test(read(lines, layout.documentCode))) problems.push({ field: 'documentCode', message: `"${read(lines, layout.documentCode)}" is not a document code` });
  const names = splitNames(read(lines, layout.names));
  if (!names.lastName && !names.firstNames) problems.push({ field: 'names', message: 'the name field is empty' });
  const birth = parseMrzDate(read(lines, layout.birth), 'birth', today);
  if (birth.error) problems.push({ field: 'birthDate', message: `birth date: ${birth.error}` });
  const expiry = parseMrzDate(read(lines, layout.expiry), 'expiry', today);
  if (expiry.error) problems.push({ field: 'expiryDate', message: `expiry date: ${expiry.error}` });
  const sexRaw = read(lines, layout.sex);
  const sex = sexOf(sexRaw);
  if (!sex) problems.push({ field: 'sex', message: `"${sexRaw}" is not a sex (M, F, < or X)` });

  const checks = runChecks(lines, layout);
  for (const c of checks) {
    if (c.valid) continue;
    const words = FIELD_WORDS[c.field] ?? c.field;
    const problem: MrzProblem = { field: c.field, message: `${words} check digit is "${c.read}" but the ${c.field === 'composite' ? 'protected fields give' : `${words} as read gives`} ${c.computed}` };
    const suggestion = suggestRepair(lines, layout, c.field, today);
    if (suggestion) {
      problem.suggestion = suggestion;
      problem.message += `; "${suggestion.read}" at line ${suggestion.line} column ${suggestion.column} was probably "${suggestion.corrected}", making the ${FIELD_WORDS[suggestion.field] ?? suggestion.field.replace(/^(\w+) check digit$/, (_m, f: string) => `${FIELD_WORDS[f] ?? f} check digit`)} ${suggestion.value}`;
    }
    problems.push(problem);
  }
  const documentNumber = joined(lines, layout.number).replace(/</g, '');
  const optionalData = layout.optional.map((s) => read(lines, s).replace(/<+$/, '').replace(/</g, ' ')).filter(Boolean);
  const personal = layout.personal ? read(lines, layout.personal).replace(/<+$/, '').replace(/</g, ' ') : undefined;
  return {
    format: layout.format,
    valid: problems.length === 0,
    specimen: issuingState?.kind === 'specimen' || nationality?.kind === 'specimen',
    documentCode,
    kind: kindOf(documentCode),
    issuingState,
    nationality,
    lastName: names.lastName,
    firstNames: names.firstNames,
    namesTruncated: names.truncated,
    documentNumber,
    birthDate: birth.iso,
    expiryDate: expiry.iso,
    sex,
    ...(personal !== undefined ? { personalNumber: personal } : {}),
    optionalData,
    checks,
    problems,
    lines,
  };
}

/** National formats the `mrz` package reads; its field errors become our problems. */
function viaMrzPackage(lines: string[], format: 'FRENCH_NATIONAL_ID' | 'SWISS_DRIVING_LICENSE', today: Date): MrzDocument {
  let r: ReturnType<typeof mrzParse>;
  try {
    r = mrzParse(lines);
  } catch (err) {
    throw new InputError(`not a readable ${format}: ${(err as Error).message}`, { field: 'mrz' });
  }
  const f = r.fields;
  const checks: MrzCheck[] = [];
  const problems: MrzProblem[] = [];
  for (const d of r.details) {
    if (d.field && d.field.endsWith('CheckDigit')) {
      checks.push({ field: d.field.replace(/CheckDigit$/, ''), valid: d.valid, read: lines[d.line]?.slice(d.start, d.end) ?? '', computed: d.valid ? lines[d.line]!.slice(d.start, d.end) : (/Must be (\w)/.exec(d.error ?? '')?.[1] ?? '') });
    }
    if (!d.valid) problems.push({ field: d.field ?? d.label, message: `${d.label}: ${d.error ?? 'invalid'}` });
  }
  const issuer = state(f.issuingState ?? (format === 'FRENCH_NATIONAL_ID' ? 'FRA' : 'CHE'));
  const birth = f.birthDate ? parseMrzDate(f.birthDate, 'birth', today) : { iso: null };
  return {
    format,
    valid: r.valid,
    specimen: false,
    documentCode: f.documentCode ?? '',
    kind: format === 'SWISS_DRIVING_LICENSE' ? 'driving-licence' : 'identity-card',
    issuingState: issuer,
    // Both are national documents: the holder's nationality is not written, the issuer's is implied.
    nationality: format === 'FRENCH_NATIONAL_ID' ? issuer : null,
    lastName: f.lastName ?? '',
    firstNames: f.firstName ?? '',
    namesTruncated: false,
    documentNumber: r.documentNumber ?? f.documentNumber ?? '',
    birthDate: birth.iso,
    expiryDate: null,
    sex: (f.sex as Sex | undefined) ?? null,
    optionalData: [f.administrativeCode, f.pinCode].filter((v): v is string => !!v),
    checks,
    problems,
    lines,
  };
}
