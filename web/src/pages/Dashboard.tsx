/** Charts people would rather look at than read: crossings, alerts, time to decision, hits by list. */
import { useEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { get } from '../api';
import { useI18n } from '../i18n';

export interface DashboardData {
  crossingsByDay: { day: string; post: string; count: number }[];
  alertsByChannel: { channel: string; outcome: string; count: number }[];
  timeToDecision: { day: string; medianHours: number }[];
  hitsByList: { list: string; count: number }[];
}

const COLORS = ['#0b5cad', '#b86e00', '#1d7a36', '#b3261e', '#6b3fa0', '#00838f', '#8d6e63'];

/** Rows of (x, series, value) to one row per x with a column per series, as Recharts wants. */
function pivot<T>(rows: T[], x: (r: T) => string, series: (r: T) => string, value: (r: T) => number) {
  const byX = new Map<string, Record<string, number | string>>();
  const names = new Set<string>();
  for (const r of rows) {
    const k = x(r);
    const s = series(r);
    names.add(s);
    const row = byX.get(k) ?? { x: k };
    row[s] = ((row[s] as number) ?? 0) + value(r);
    byX.set(k, row);
  }
  return { data: [...byX.values()].sort((a, b) => String(a.x).localeCompare(String(b.x))), series: [...names] };
}

export function Dashboard() {
  const { t } = useI18n();
  const [d, setD] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<DashboardData>('/api/dashboard').then(setD).catch((e) => setError((e as Error).message));
  }, []);
  if (error) return <p className="error">{t('common.error', { message: error })}</p>;
  if (!d) return <p className="muted">{t('common.loading')}</p>;
  const crossings = pivot(d.crossingsByDay, (r) => r.day, (r) => r.post, (r) => r.count);
  const alerts = pivot(d.alertsByChannel, (r) => r.channel, (r) => r.outcome, (r) => r.count);
  return (
    <div>
      <h1>{t('dashboard.title')}</h1>
      <div className="grid2">
        <section className="card" aria-label={t('dashboard.crossings')}>
          <h2>{t('dashboard.crossings')}</h2>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={crossings.data}>
              <CartesianGrid strokeDasharray="3 3" /><XAxis dataKey="x" /><YAxis allowDecimals={false} /><Tooltip /><Legend />
              {crossings.series.map((s, i) => <Bar key={s} dataKey={s} stackId="a" fill={COLORS[i % COLORS.length]} />)}
            </BarChart>
          </ResponsiveContainer>
        </section>
        <section className="card" aria-label={t('dashboard.alertsByChannel')}>
          <h2>{t('dashboard.alertsByChannel')}</h2>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={alerts.data}>
              <CartesianGrid strokeDasharray="3 3" /><XAxis dataKey="x" /><YAxis allowDecimals={false} /><Tooltip /><Legend />
              {alerts.series.map((s, i) => <Bar key={s} dataKey={s} stackId="a" fill={COLORS[i % COLORS.length]} />)}
            </BarChart>
          </ResponsiveContainer>
        </section>
        <section className="card" aria-label={t('dashboard.timeToDecision')}>
          <h2>{t('dashboard.timeToDecision')}</h2>
          <ResponsiveContainer width="100%" height={240}>
            <LineChart data={d.timeToDecision}>
              <CartesianGrid strokeDasharray="3 3" /><XAxis dataKey="day" /><YAxis /><Tooltip />
              <Line dataKey="medianHours" stroke={COLORS[0]} strokeWidth={2} />
            </LineChart>
          </ResponsiveContainer>
        </section>
        <section className="card" aria-label={t('dashboard.hitsByList')}>
          <h2>{t('dashboard.hitsByList')}</h2>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={d.hitsByList} layout="vertical">
              <CartesianGrid strokeDasharray="3 3" /><XAxis type="number" allowDecimals={false} /><YAxis type="category" dataKey="list" width={90} /><Tooltip />
              <Bar dataKey="count" fill={COLORS[1]} />
            </BarChart>
          </ResponsiveContainer>
        </section>
      </div>
    </div>
  );
}
