/**
 * Where each field sits in each ICAO 9303 machine-readable zone (Part 4 TD3 and MRV-A, Part 5 TD1,
 * Part 6 TD2, Part 7 MRV-B). Positions are 0-based [line, start, end) slices.
 *
 * The document number may overflow (TD1 and TD2): when it is longer than 9 characters the check
 * digit position holds "<", and the rest of the number followed by its check digit opens the
 * optional data. `layoutOf` resolves that against the actual lines.
 */
import { checks } from './check-digit.js';

export type Seg = readonly [line: number, start: number, end: number];

export type IcaoFormat = 'TD1' | 'TD2' | 'TD3' | 'MRVA' | 'MRVB';

export interface Check {
  /** the field the digit protects: documentNumber, birthDate, expiryDate, personalNumber, composite */
  field: string;
  over: Seg[];
  /** another reading of the same data that issuers also use (see TD1 overflow below) */
  orOver?: Seg[];
  digit: Seg;
  /** ICAO lets an empty optional field carry "<" as its check digit */
  emptyMayBeFiller?: boolean;
}

export interface Layout {
  format: IcaoFormat;
  documentCode: Seg;
  issuer: Seg;
  names: Seg;
  /** the segments that make up the document number (two when it overflows) */
  number: Seg[];
  nationality: Seg;
  birth: Seg;
  sex: Seg;
  expiry: Seg;
  /** optional data, excluding any document number overflow */
  optional: Seg[];
  personal?: Seg;
  checks: Check[];
}

/** The overflow of a long document number at `opt` (the optional data), or null. */
function overflow(lines: string[], at: Seg, opt: Seg): { rest: Seg; digit: Seg; optional: Seg } | null {
  const [l, s, e] = at;
  if (lines[l]![e] !== '<') return null; // the check digit position holds a digit: no overflow
  const text = lines[opt[0]]!.slice(opt[1], opt[2]);
  const end = text.indexOf('<');
  const len = end < 0 ? text.length : end;
  if (len < 2) return null; // nothing, or a lone check digit: not an overflow
  void s;
  return {
    rest: [opt[0], opt[1], opt[1] + len - 1],
    digit: [opt[0], opt[1] + len - 1, opt[1] + len],
    optional: [opt[0], opt[1] + len, opt[2]],
  };
}

export function layoutOf(format: IcaoFormat, lines: string[]): Layout {
  switch (format) {
    case 'TD1': {
      const num: Seg = [0, 5, 14];
      const ov = overflow(lines, num, [0, 15, 30]);
      const numberSegs = ov ? [num, ov.rest] : [num];
      const numberDigit: Seg = ov ? ov.digit : [0, 14, 15];
      return {
        format,
        documentCode: [0, 0, 2],
        issuer: [0, 2, 5],
        names: [2, 0, 30],
        number: numberSegs,
        nationality: [1, 15, 18],
        birth: [1, 0, 6],
        sex: [1, 7, 8],
        expiry: [1, 8, 14],
        optional: [ov ? ov.optional : [0, 15, 30], [1, 18, 29]],
        checks: [
          // Issuers differ on whether an overflowing number's check digit covers the "<" at
          // position 15 (Belgium does); ICAO's own example gives the same digit both ways.
          { field: 'documentNumber', over: numberSegs, ...(ov ? { orOver: [[0, 5, 15], ov.rest] as Seg[] } : {}), digit: numberDigit },
          { field: 'birthDate', over: [[1, 0, 6]], digit: [1, 6, 7] },
          { field: 'expiryDate', over: [[1, 8, 14]], digit: [1, 14, 15] },
          { field: 'composite', over: [[0, 5, 30], [1, 0, 7], [1, 8, 15], [1, 18, 29]], digit: [1, 29, 30] },
        ],
      };
    }
    case 'TD2':
    case 'MRVB':
    case 'TD3':
    case 'MRVA': {
      const wide = format === 'TD3' || format === 'MRVA';
      const width = wide ? 44 : 36;
      const hasComposite = format === 'TD2' || format === 'TD3';
      const optEnd = hasComposite ? width - 1 : width;
      const num: Seg = [1, 0, 9];
      // Only TD2 documents overflow their number (Part 6); visas and passports do not.
      const ov = format === 'TD2' ? overflow(lines, num, [1, 28, optEnd]) : null;
      const numberSegs = ov ? [num, ov.rest] : [num];
      const numberDigit: Seg = ov ? ov.digit : [1, 9, 10];
      const checks: Check[] = [
        { field: 'documentNumber', over: numberSegs, ...(ov ? { orOver: [[1, 0, 10], ov.rest] as Seg[] } : {}), digit: numberDigit },
        { field: 'birthDate', over: [[1, 13, 19]], digit: [1, 19, 20] },
        { field: 'expiryDate', over: [[1, 21, 27]], digit: [1, 27, 28] },
      ];
      let personal: Seg | undefined;
      let optional: Seg[] = [ov ? ov.optional : [1, 28, optEnd]];
      if (format === 'TD3') {
        personal = [1, 28, 42];
        optional = [];
        checks.push({ field: 'personalNumber', over: [personal], digit: [1, 42, 43], emptyMayBeFiller: true });
      }
      if (hasComposite) {
        checks.push({ field: 'composite', over: [[1, 0, 10], [1, 13, 20], [1, 21, optEnd]], digit: [1, optEnd, width] });
      }
      return {
        format,
        documentCode: [0, 0, 2],
        issuer: [0, 2, 5],
        names: [0, 5, width],
        number: numberSegs,
        nationality: [1, 10, 13],
        birth: [1, 13, 19],
        sex: [1, 20, 21],
        expiry: [1, 21, 27],
        optional,
        ...(personal ? { personal } : {}),
        checks,
      };
    }
  }
}

export function read(lines: string[], seg: Seg): string {
  return lines[seg[0]]!.slice(seg[1], seg[2]);
}

/** Whether a check passes on these lines (either reading of an overflowing number). */
export function checkHolds(lines: string[], c: Check): boolean {
  const digit = read(lines, c.digit);
  if (checks(c.over.map((s) => read(lines, s)).join(''), digit, c.emptyMayBeFiller)) return true;
  return !!c.orOver && checks(c.orOver.map((s) => read(lines, s)).join(''), digit);
}
