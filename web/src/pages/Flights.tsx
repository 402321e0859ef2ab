/** Incoming flights: load a PAXLST manifest, see its counts and the travellers to meet first. */
import { useState } from 'react';
import { post } from '../api';
import { useGet } from '../hooks';
import { useI18n } from '../i18n';
import { go } from '../router';
import { Pending } from '../components/Pending';

interface ManifestSummary { id: string; flight: string; travellerCount: number; referCount: number; refuseCount: number; receivedAt: string }
interface StoredTraveller { index: number; name: string; birthDate: string | null; nationality: string | null; documentNumber: string | null; verdict: string; strength: number; rank: number | null; reasons: string[] }
interface Manifest extends ManifestSummary { legs: { from?: string; to?: string; departure?: string; arrival?: string }[]; warnings: unknown[]; travellers: StoredTraveller[] }

export function Flights({ id }: { id?: string }) {
  const { t } = useI18n();
  const list = useGet<{ manifests: ManifestSummary[] }>('/api/travel/manifests');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true); setError(null);
    try {
      const r = await post<{ manifestId: string }>('/api/travel/manifests', { paxlst: await file.text(), file: file.name });
      list.reload();
      go(`flights/${r.manifestId}`);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <h1>{t('flights.title')}</h1>
      <div className="card row">
        <label>{t('flights.upload')}<input type="file" accept=".edi,.txt,.paxlst" disabled={busy} onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} data-testid="paxlst-file" /></label>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {id ? <ManifestView id={id} /> : (
        <div className="card">
          <table>
            <thead><tr><th>flight</th><th>{t('common.date')}</th><th>{t('flights.travellers')}</th><th>{t('inspection.verdict.refer')}</th><th>{t('inspection.verdict.refuse')}</th></tr></thead>
            <tbody>
              {list.data?.manifests.map((m) => (
                <tr key={m.id} className="clickable" tabIndex={0} onClick={() => go(`flights/${m.id}`)} onKeyDown={(e) => e.key === 'Enter' && go(`flights/${m.id}`)}>
                  <td><strong>{m.flight}</strong></td><td>{m.receivedAt.slice(0, 16).replace('T', ' ')}</td><td>{m.travellerCount}</td>
                  <td><span className="badge refer">{m.referCount}</span></td><td><span className="badge refuse">{m.refuseCount}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function ManifestView({ id }: { id: string }) {
  const { t } = useI18n();
  const m = useGet<Manifest>(`/api/travel/manifests/${encodeURIComponent(id)}`);
  if (!m.data) return <Pending error={m.error} />;
  const d = m.data;
  const toMeet = d.travellers.filter((x) => x.verdict !== 'clear').sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
  return (
    <>
      <div className="card">
        <h2>{d.flight} · {d.legs.map((l) => `${l.from ?? '?'}→${l.to ?? '?'}`).join(', ')}</h2>
        <p>{t('flights.counts', { total: d.travellerCount, refer: d.referCount, refuse: d.refuseCount })}</p>
      </div>
      <div className="card">
        <h2>{t('flights.toMeet')}</h2>
        <table data-testid="to-meet">
          <tbody>
            {toMeet.map((x) => (
              <tr key={x.index}>
                <td><span className={`badge ${x.verdict}`}>{x.verdict}</span></td><td><strong>{x.name}</strong><div className="muted">{x.birthDate} · {x.nationality} · {x.documentNumber}</div></td>
                <td><ul className="reasons">{x.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
