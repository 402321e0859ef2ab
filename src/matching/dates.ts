/**
 * Dates of birth (and of incorporation or build) in every shape lists publish, as evidence for
 * and against: exact "1970-03-12", month "1970-03", year "1970", interval "1960/1965", approximate
 * "1965~", and the day-first forms documents use ("12.03.1970", "12/03/1970").
 */

export interface DateSpan {
  /** Earliest and latest year the value allows. */
  from: number;
  to: number;
  month?: number;
  day?: number;
  approximate: boolean;
  original: string;
}

/** Reads one date value; undefined when it is not a date we understand. */
export function parseDate(raw: string): DateSpan | undefined {
  const original = raw;
  let v = raw.trim();
  const approximate = /[~?]$|^(?:c\.|ca\.?|circa|about|approx\.?)\s*/i.test(v);
  v = v.replace(/[~?]$/, '').replace(/^(?:c\.|ca\.?|circa|about|approx\.?)\s*/i, '').trim();
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$/.exec(v);
  if (m) return mk(+m[1]!, +m[1]!, m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined);
  m = /^(\d{4})(?:-\d\d(?:-\d\d)?)?\s*(?:\/|-|–|to)\s*(\d{4})(?:-\d\d(?:-\d\d)?)?$/.exec(v);
  if (m) return mk(Math.min(+m[1]!, +m[2]!), Math.max(+m[1]!, +m[2]!));
  m = /^(\d{1,2})[./\s-](\d{1,2})[./\s-](\d{4})$/.exec(v);
  if (m) return mk(+m[3]!, +m[3]!, +m[2]!, +m[1]!);
  return undefined;

  function mk(from: number, to: number, month?: number, day?: number): DateSpan | undefined {
    if (from < 1000 || to > 2200) return undefined;
    if (month !== undefined && (month < 1 || month > 12)) return undefined;
    if (day !== undefined && (day < 1 || day > 31)) return undefined;
    // Every field set at once (month and day undefined when not given): one hidden class for all
    // dates, so that compareDates is not recompiled when it first meets a year alone.
    return { from, to, month: month || undefined, day: day || undefined, approximate, original };
  }
}

export interface DateEvidence {
  /** Signed contribution to the score. */
  weight: number;
  /** Day, month and year all the same: the weight the caller gives it depends on the name (compare.ts). */
  sameDay?: boolean;
  text: string;
  query: string;
  candidate: string;
}

/**
 * Compares one date with another: +0.12 same day; +0.08 day and month swapped; +0.06 same
 * month; +0.05 same year; +0.03 within a range or approximate year; -0.05 same year but a
 * different day; -0.06 one year apart; -0.2 two to four years apart (-0.4 when both are full dates:
 * two exact dates of birth years apart describe two people, as with the many KIM Tong Chol on the
 * lists); -0.45 five or more years apart, which an exact name alone does not outweigh.
 */
export function compareDates(q: DateSpan, c: DateSpan): DateEvidence {
  const base = { query: q.original, candidate: c.original };
  const k = dateCase(q, c), weight = caseWeight(k, q, c);
  switch (k) {
    case APART: {
      const gap = yearGap(q, c);
      return { ...base, weight, text: `born ${q.original} against listed ${c.original}: ${gap} year${gap > 1 ? 's' : ''} apart` };
    }
    case WITHIN: return { ...base, weight, text: `born ${q.original}, within the listed ${c.original}` };
    case SAME_DAY: return { ...base, weight, sameDay: true, text: `same date of birth ${c.original}` };
    case SWAPPED: return { ...base, weight, text: `date of birth ${q.original} is the listed ${c.original} with day and month swapped` };
    case OTHER_DAY: return { ...base, weight, text: `born ${q.original}: same year as the listed ${c.original}, different day` };
    case SAME_MONTH: return { ...base, weight, text: `same month and year of birth as the listed ${c.original}` };
    case OTHER_MONTH: return { ...base, weight, text: `born ${q.original}: same year as the listed ${c.original}, different month` };
    default: return { ...base, weight, text: `same year of birth as the listed ${c.original}` };
  }
}

/** The cases of compareDates, in its order. */
const APART = 0, WITHIN = 1, SAME_DAY = 2, SWAPPED = 3, OTHER_DAY = 4, SAME_MONTH = 5, OTHER_MONTH = 6, SAME_YEAR = 7;

/** Years between the two spans, each widened by two years when approximate; 0 when they meet. */
function yearGap(q: DateSpan, c: DateSpan): number {
  const slackQ = q.approximate ? 2 : 0;
  const slackC = c.approximate ? 2 : 0;
  return Math.max(q.from - slackQ - (c.to + slackC), c.from - slackC - (q.to + slackQ), 0);
}

function dateCase(q: DateSpan, c: DateSpan): number {
  if (yearGap(q, c) > 0) return APART;
  const exactYear = q.from === q.to && c.from === c.to && !q.approximate && !c.approximate && q.from === c.from;
  if (!exactYear) return WITHIN;
  if (q.month && c.month) {
    if (q.day && c.day) {
      if (q.month === c.month && q.day === c.day) return SAME_DAY;
      if (q.month === c.day && q.day === c.month) return SWAPPED;
      return OTHER_DAY;
    }
    return q.month === c.month ? SAME_MONTH : OTHER_MONTH;
  }
  return SAME_YEAR;
}

const CASE_WEIGHT = [0, 0.03, 0.12, 0.08, -0.05, 0.06, -0.03, 0.05];
function caseWeight(k: number, q: DateSpan, c: DateSpan): number {
  if (k !== APART) return CASE_WEIGHT[k]!;
  const gap = yearGap(q, c);
  const full = !!(q.day && c.day) && !q.approximate && !c.approximate;
  return gap >= 5 ? -0.45 : gap >= 2 ? (full ? -0.4 : -0.2) : -0.06;
}

/** Dates read before, by their text: a listed entity's are read again at each comparison with it. */
const parsed = new Map<string, DateSpan | undefined>();
function parsedDate(v: string): DateSpan | undefined {
  let d = parsed.get(v);
  if (d === undefined && !parsed.has(v)) {
    if (parsed.size > 20_000) parsed.clear();
    parsed.set(v, (d = parseDate(v)));
  }
  return d;
}

/** The best agreement (or, if none agrees, the mildest disagreement) among all date pairs. */
export function bestDateEvidence(qs: string[], cs: string[]): DateEvidence | undefined {
  // (Weighed first, worded once: the text of every pair was most of the work.)
  let bestQ: DateSpan | undefined, bestC: DateSpan | undefined, bestW = 0;
  for (const qv of qs) {
    const q = parsedDate(qv);
    if (!q) continue;
    for (const cv of cs) {
      const c = parsedDate(cv);
      if (!c) continue;
      const w = caseWeight(dateCase(q, c), q, c);
      if (!bestQ || w > bestW) { bestQ = q; bestC = c; bestW = w; }
    }
  }
  return bestQ && bestC ? compareDates(bestQ, bestC) : undefined;
}
