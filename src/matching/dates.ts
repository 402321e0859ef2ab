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
  const slackQ = q.approximate ? 2 : 0;
  const slackC = c.approximate ? 2 : 0;
  const qFrom = q.from - slackQ, qTo = q.to + slackQ, cFrom = c.from - slackC, cTo = c.to + slackC;
  const gap = Math.max(qFrom - cTo, cFrom - qTo, 0);
  if (gap > 0) {
    const full = !!(q.day && c.day) && !q.approximate && !c.approximate;
    const w = gap >= 5 ? -0.45 : gap >= 2 ? (full ? -0.4 : -0.2) : -0.06;
    return { ...base, weight: w, text: `born ${q.original} against listed ${c.original}: ${gap} year${gap > 1 ? 's' : ''} apart` };
  }
  const exactYear = q.from === q.to && c.from === c.to && !q.approximate && !c.approximate && q.from === c.from;
  if (!exactYear) return { ...base, weight: 0.03, text: `born ${q.original}, within the listed ${c.original}` };
  if (q.month && c.month) {
    if (q.day && c.day) {
      if (q.month === c.month && q.day === c.day) return { ...base, weight: 0.12, sameDay: true, text: `same date of birth ${c.original}` };
      if (q.month === c.day && q.day === c.month) return { ...base, weight: 0.08, text: `date of birth ${q.original} is the listed ${c.original} with day and month swapped` };
      return { ...base, weight: -0.05, text: `born ${q.original}: same year as the listed ${c.original}, different day` };
    }
    if (q.month === c.month) return { ...base, weight: 0.06, text: `same month and year of birth as the listed ${c.original}` };
    return { ...base, weight: -0.03, text: `born ${q.original}: same year as the listed ${c.original}, different month` };
  }
  return { ...base, weight: 0.05, text: `same year of birth as the listed ${c.original}` };
}

/** The best agreement (or, if none agrees, the mildest disagreement) among all date pairs. */
export function bestDateEvidence(qs: string[], cs: string[]): DateEvidence | undefined {
  let best: DateEvidence | undefined;
  for (const qv of qs) {
    const q = parseDate(qv);
    if (!q) continue;
    for (const cv of cs) {
      const c = parseDate(cv);
      if (!c) continue;
      const e = compareDates(q, c);
      if (!best || e.weight > best.weight) best = e;
    }
  }
  return best;
}
