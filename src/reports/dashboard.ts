/**
 * The figures behind the console's dashboard: crossings per day and post, alerts by channel and
 * outcome, median time to decision per day, and hits by list. Alerts are counted only within the
 * reader's agency (administrators see all), as everywhere else.
 */
import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import type { Principal } from '../auth/principal.js';
import '../cases/schema.js';
import '../travel/store/schema.js';

export interface DashboardData {
  crossingsByDay: { day: string; post: string; count: number }[];
  alertsByChannel: { channel: string; outcome: string; count: number }[];
  timeToDecision: { day: string; medianHours: number; decided: number }[];
  hitsByList: { list: string; count: number }[];
}

export interface DashboardWindow {
  /** first day counted (ISO date); default 30 days before `to` */
  from?: string;
  /** day after the last counted (ISO date); default tomorrow */
  to?: string;
}

function windowOf(w: DashboardWindow): { from: string; to: string } {
  const to = w.to ?? new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const from = w.from ?? new Date(Date.parse(to) - 31 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function dashboard(db: Db, reader: Principal, w: DashboardWindow = {}): Promise<DashboardData> {
  const { from, to } = windowOf(w);
  const day = sql<string>`substr(at, 1, 10)`;
  const crossings = await db.kysely
    .selectFrom('travel_crossings')
    .select([day.as('day'), 'post', sql<number>`count(*)`.as('count')])
    .where('at', '>=', from)
    .where('at', '<', to)
    .groupBy([day, 'post'])
    .orderBy(day)
    .execute();

  let alerts = db.kysely.selectFrom('alerts').where('created_at', '>=', from).where('created_at', '<', to);
  if (reader.role !== 'admin') alerts = alerts.where('agency', '=', reader.agency);
  const outcome = sql<string>`coalesce(decision, status)`;
  const byChannel = await alerts
    .select(['channel', outcome.as('outcome'), sql<number>`count(*)`.as('count')])
    .groupBy(['channel', outcome])
    .execute();
  const byList = await alerts.select(['list_id', sql<number>`count(*)`.as('count')]).groupBy('list_id').orderBy(sql`count(*)`, 'desc').execute();
  // Medians are not portable SQL; the decided alerts of a month are few enough to fetch.
  const decided = await alerts
    .select([sql<string>`substr(decided_at, 1, 10)`.as('day'), 'time_to_decision_ms'])
    .where('time_to_decision_ms', 'is not', null)
    .execute();
  const perDay = new Map<string, number[]>();
  for (const r of decided) {
    const list = perDay.get(r.day) ?? [];
    list.push(Number(r.time_to_decision_ms) / 3_600_000);
    perDay.set(r.day, list);
  }
  return {
    crossingsByDay: crossings.map((r) => ({ day: r.day, post: r.post, count: Number(r.count) })),
    alertsByChannel: byChannel.map((r) => ({ channel: r.channel, outcome: r.outcome, count: Number(r.count) })),
    timeToDecision: [...perDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([d, hs]) => ({ day: d, medianHours: Math.round(median(hs) * 100) / 100, decided: hs.length })),
    hitsByList: byList.map((r) => ({ list: r.list_id, count: Number(r.count) })),
  };
}
