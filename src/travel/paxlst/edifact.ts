/**
 * UN/EDIFACT syntax (ISO 9735) as airlines send it: an optional UNA service string naming the
 * separators, segments ended by the segment terminator, data elements and components split by
 * their separators, the release character escaping any of them. Line breaks and indentation
 * between segments are tolerated (many systems add them); anything before UNA/UNB or after UNZ
 * is reported as a warning, not silently dropped.
 *
 * Linear in the input, no backtracking: arbitrary bytes cannot make it hang.
 */
import { InputError } from '../../errors.js';

export interface Separators {
  component: string;
  element: string;
  decimal: string;
  release: string;
  segment: string;
}

export const DEFAULT_SEPARATORS: Separators = { component: ':', element: '+', decimal: '.', release: '?', segment: "'" };

export interface Segment {
  /** 1-based position in the interchange (UNA not counted) */
  n: number;
  /** 1-based line of the file where the segment starts */
  line: number;
  tag: string;
  /** data elements, each a list of components; elements[0] is the first after the tag */
  elements: string[][];
}

export interface Warning {
  segment?: number;
  tag?: string;
  element?: string;
  message: string;
}

export interface Tokenised {
  separators: Separators;
  segments: Segment[];
  warnings: Warning[];
}

function preview(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 20 ? `${t.slice(0, 20)}...` : t;
}

export function tokenise(text: string, file?: string): Tokenised {
  const warnings: Warning[] = [];
  let start = text.search(/UN[AB]/);
  if (start < 0) throw new InputError('not an EDIFACT interchange: no UNA or UNB segment found', { ...(file ? { file } : {}), segment: 1 });
  if (text.slice(0, start).trim()) warnings.push({ message: `ignored "${preview(text.slice(0, start))}" before the interchange` });
  let sep = DEFAULT_SEPARATORS;
  if (text.startsWith('UNA', start)) {
    const s = text.slice(start + 3, start + 9);
    if (s.length < 6) throw new InputError('UNA service string is shorter than its 6 characters', { ...(file ? { file } : {}), segment: 0, element: 'UNA' });
    sep = { component: s[0]!, element: s[1]!, decimal: s[2]!, release: s[3]!, segment: s[5]! };
    const distinct = new Set([sep.component, sep.element, sep.segment]);
    if (distinct.size < 3 || /[A-Za-z0-9\s]/.test(sep.component + sep.element + sep.segment)) {
      throw new InputError(`UNA service string "${s}" does not name three distinct separators`, { ...(file ? { file } : {}), segment: 0, element: 'UNA' });
    }
    start += 9;
  }
  const segments: Segment[] = [];
  let line = 1 + countLines(text, 0, start);
  let elements: string[][] = [];
  let comps: string[] = [];
  let cur = '';
  let segLine = line;
  let fresh = true; // at the start of a segment: skip whitespace between segments
  // Plain characters are copied in runs (text.slice) rather than one by one: a 400-traveller
  // manifest is some 50,000 characters.
  let run = start;
  const COMP = sep.component.charCodeAt(0);
  const ELEM = sep.element.charCodeAt(0);
  const SEG = sep.segment.charCodeAt(0);
  const REL = sep.release === ' ' ? -1 : sep.release.charCodeAt(0);
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (fresh) {
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        run = i + 1;
        continue;
      }
      fresh = false;
      segLine = line;
      run = i;
    }
    if (c === REL) {
      cur += text.slice(run, i);
      if (i + 1 >= text.length) {
        run = i + 1;
        break;
      }
      if (text.charCodeAt(i + 1) === 10) line++;
      cur += text[i + 1];
      i++;
      run = i + 1;
    } else if (c === COMP) {
      comps.push(cur + text.slice(run, i));
      cur = '';
      run = i + 1;
    } else if (c === ELEM) {
      comps.push(cur + text.slice(run, i));
      elements.push(comps);
      comps = [];
      cur = '';
      run = i + 1;
    } else if (c === SEG) {
      comps.push(cur + text.slice(run, i));
      elements.push(comps);
      const tag = elements[0]![0]!.trim();
      segments.push({ n: segments.length + 1, line: segLine, tag, elements: elements.slice(1) });
      elements = [];
      comps = [];
      cur = '';
      fresh = true;
      run = i + 1;
      if (tag === 'UNZ') {
        i++;
        break;
      }
    } else if (c === 13 || c === 10) {
      // line breaks inside a segment are the sender's wrapping, not data
      cur += text.slice(run, i);
      run = i + 1;
    }
  }
  if (!fresh) cur += text.slice(run, Math.min(i, text.length));
  if (!fresh) {
    const tail = [...elements.flat(), ...comps, cur].join('').trim();
    if (tail) throw new InputError(`the interchange ends inside a segment ("${preview(tail)}"): no segment terminator "${sep.segment}"`, { ...(file ? { file } : {}), segment: segments.length + 1 });
  }
  if (i < text.length && text.slice(i).trim()) warnings.push({ message: `ignored "${preview(text.slice(i))}" after UNZ` });
  for (const s of segments) {
    if (!/^[A-Z][A-Z0-9]{2}$/.test(s.tag)) {
      throw new InputError(`"${preview(s.tag)}" is not a segment tag`, { ...(file ? { file } : {}), segment: s.n, line: s.line });
    }
  }
  return { separators: sep, segments, warnings };
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Component `c` of element `e` (0-based), trimmed, or "" when absent. */
export function el(s: Segment, e: number, c = 0): string {
  return (s.elements[e]?.[c] ?? '').trim();
}
