/**
 * When a check digit fails, find the one misread character that explains it.
 *
 * OCR engines confuse a few shapes (O/0, I/1, B/8, S/5, Z/2, G/6). We first try those
 * substitutions on the characters the failing check covers (and on its digit); then, for
 * positions that can only hold digits (dates, check digits), every digit. A candidate counts
 * only if, with it, every check digit of the zone passes and the dates are real dates. We
 * suggest a repair only when exactly one candidate survives: a guess between two is no help
 * to an officer.
 */
import { parseMrzDate } from './dates.js';
import { checkHolds, read, type Layout, type Seg } from './layouts.js';
import type { MrzSuggestion } from './parse.js';

const CONFUSIONS: Record<string, string[]> = {
  O: ['0'], '0': ['O'], I: ['1'], '1': ['I'], B: ['8'], '8': ['B'], S: ['5'], '5': ['S'], Z: ['2'], '2': ['Z'], G: ['6'], '6': ['G'], D: ['0'], Q: ['0'], L: ['1'], T: ['7'],
};
const DIGITS = '0123456789'.split('');

interface Candidate {
  line: number;
  column: number;
  from: string;
  to: string;
}

function positions(segs: Seg[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [l, s, e] of segs) for (let i = s; i < e; i++) out.push([l, i]);
  return out;
}

function allPass(lines: string[], layout: Layout, today: Date): boolean {
  for (const c of layout.checks) if (!checkHolds(lines, c)) return false;
  return !parseMrzDate(read(lines, layout.birth), 'birth', today).error && !parseMrzDate(read(lines, layout.expiry), 'expiry', today).error;
}

function withChar(lines: string[], line: number, column: number, ch: string): string[] {
  const copy = [...lines];
  const l = copy[line]!;
  copy[line] = l.slice(0, column) + ch + l.slice(column + 1);
  return copy;
}

function inSeg(seg: Seg, line: number, column: number): boolean {
  return seg[0] === line && column >= seg[1] && column < seg[2];
}

/** The layout field a position belongs to, and that field's text in `lines`. */
function fieldAt(layout: Layout, lines: string[], line: number, column: number): { field: string; value: string } {
  if (layout.number.some((s) => inSeg(s, line, column))) return { field: 'documentNumber', value: layout.number.map((s) => read(lines, s)).join('').replace(/</g, '') };
  const named: [string, Seg | undefined][] = [['birthDate', layout.birth], ['expiryDate', layout.expiry], ['personalNumber', layout.personal], ...layout.optional.map((s) => ['optionalData', s] as [string, Seg])];
  for (const [field, seg] of named) {
    if (seg && inSeg(seg, line, column)) return { field, value: read(lines, seg).replace(/<+$/, '') };
  }
  const check = layout.checks.find((c) => inSeg(c.digit, line, column));
  return { field: `${check?.field ?? 'unknown'} check digit`, value: lines[line]![column]! };
}

export function suggestRepair(lines: string[], layout: Layout, field: string, today: Date): MrzSuggestion | undefined {
  const check = layout.checks.find((c) => c.field === field);
  if (!check) return undefined;
  const where = positions([...check.over, check.digit]);
  const numeric = new Set(positions([layout.birth, layout.expiry, ...layout.checks.map((c) => c.digit)]).map(([l, c]) => `${l}:${c}`));
  const tryAll = (alternatives: (from: string, key: string) => string[]): Candidate[] => {
    const found: Candidate[] = [];
    for (const [line, column] of where) {
      const from = lines[line]![column]!;
      for (const to of alternatives(from, `${line}:${column}`)) {
        if (to === from) continue;
        if (allPass(withChar(lines, line, column, to), layout, today)) found.push({ line, column, from, to });
      }
    }
    return found;
  };
  let found = tryAll((from) => CONFUSIONS[from] ?? []);
  if (found.length === 0) found = tryAll((_from, key) => (numeric.has(key) ? DIGITS : []));
  if (found.length !== 1) return undefined;
  const c = found[0]!;
  const fixed = withChar(lines, c.line, c.column, c.to);
  return { ...fieldAt(layout, fixed, c.line, c.column), line: c.line + 1, column: c.column + 1, read: c.from, corrected: c.to };
}
