/**
 * Primary inspection at the booth. The MRZ field takes a document reader's keyboard input or
 * typing; Enter screens it; F2/F3/F4 (or the buttons) record the decision as an entry or exit.
 * The server decides the verdict; this page shows it with the evidence behind it.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { get, post } from '../api';
import { useI18n } from '../i18n';
import { HitCard, type HitLike, type EntityLike } from '../components/Hit';

interface MrzCheck { field: string; valid: boolean; read: string; computed: string }
interface MrzProblem { field: string; message: string; suggestion?: { field: string; value: string } }
interface MrzDocument {
  format: string; valid: boolean; specimen: boolean; kind: string; documentNumber: string; lastName: string; firstNames: string;
  birthDate: string | null; expiryDate: string | null; sex: string | null;
  issuingState: { code: string; meaning?: string } | null; nationality: { code: string; meaning?: string } | null;
  checks: MrzCheck[]; problems: MrzProblem[]; lines: string[];
}
interface VerdictView { key: string; name: string; verdict: 'clear' | 'refer' | 'refuse'; reasons: string[]; findings: { check: string; action: string; text: string }[]; alerts?: string[] }
interface ScanResult { document: MrzDocument; result: VerdictView }
interface AlertView { id: string; subject: EntityLike; listed: EntityLike; score: number; band: string; reasons: HitLike['explanation']; listId?: string }

const DECISION_KEYS = { F2: 'admit', F3: 'refer', F4: 'refuse' } as const;

export function Inspection() {
  const { t } = useI18n();
  const [mrz, setMrz] = useState('');
  const [postName, setPostName] = useState(() => localStorage.getItem('atalaya.post') ?? 'PTY-T1');
  const [direction, setDirection] = useState<'entry' | 'exit'>('entry');
  const [scan, setScan] = useState<ScanResult | null>(null);
  const [hits, setHits] = useState<AlertView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => localStorage.setItem('atalaya.post', postName), [postName]);

  const lines = () => mrz.toUpperCase().split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

  const check = async () => {
    if (!mrz.trim()) return;
    setBusy(true); setError(null); setRecorded(null); setHits([]);
    try {
      const r = await post<ScanResult>('/api/travel/scan', { lines: lines(), post: postName });
      setScan(r);
      // The alerts hold the evidence frozen: the listed entity and the engine's reasons.
      const alerts = await Promise.all((r.result.alerts ?? []).map((id) => get<AlertView>(`/api/alerts/${id}`).catch(() => null)));
      setHits(alerts.filter((a): a is AlertView => !!a));
    } catch (e) {
      setScan(null);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const decide = async (decision: 'admit' | 'refer' | 'refuse') => {
    if (!scan) return;
    setBusy(true); setError(null);
    try {
      const c = await post<{ id: string; at: string; decision: string }>('/api/travel/crossings', { mrz: scan.document.lines, post: postName, direction, decision, verdict: scan.result.verdict, reasons: scan.result.reasons.slice(0, 50) });
      setRecorded(t('inspection.recorded', { decision: t(decision === 'admit' ? 'inspection.admit' : decision === 'refer' ? 'inspection.referSecondary' : 'inspection.refuse').replace(/ \(F\d\)$/, ''), time: new Date(c.at).toLocaleTimeString() }));
      setMrz('');
      input.current?.focus();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const onKey = (e: KeyboardEvent) => {
    // Readers type the lines with newlines; Enter on a complete MRZ (2 or 3 lines) screens it.
    if (e.key === 'Enter' && !e.shiftKey && lines().length >= 2 && (lines().length === 3 || /^[PV]/.test(lines()[0] ?? '') || e.ctrlKey)) {
      e.preventDefault();
      void check();
    }
  };
  useEffect(() => {
    const onF = (e: globalThis.KeyboardEvent) => {
      const d = DECISION_KEYS[e.key as keyof typeof DECISION_KEYS];
      if (d && scan && !busy) { e.preventDefault(); void decide(d); }
    };
    window.addEventListener('keydown', onF);
    return () => window.removeEventListener('keydown', onF);
  });

  const doc = scan?.document;
  const v = scan?.result;
  return (
    <div>
      <h1>{t('inspection.title')}</h1>
      <div className="card">
        <label>{t('inspection.mrz')}
          <textarea ref={input} className="mrz" data-testid="mrz" value={mrz} onChange={(e) => setMrz(e.target.value)} onKeyDown={onKey} spellCheck={false} autoComplete="off" />
        </label>
        <div className="row" style={{ marginTop: 8 }}>
          <label>{t('inspection.post')}<input value={postName} onChange={(e) => setPostName(e.target.value)} size={10} /></label>
          <label>{t('inspection.direction')}
            <select value={direction} onChange={(e) => setDirection(e.target.value as 'entry' | 'exit')}>
              <option value="entry">{t('inspection.entry')}</option><option value="exit">{t('inspection.exit')}</option>
            </select>
          </label>
          <button className="primary" onClick={check} disabled={busy} data-testid="check">{t('inspection.check')}</button>
        </div>
      </div>
      {error && <p className="error" role="alert">{t('common.error', { message: error })}</p>}
      {recorded && <p className="ok" role="status" data-testid="recorded">{recorded}</p>}
      {doc && v && (
        <>
          <div className="card" data-testid="result">
            <div className="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
              <span className={`verdict ${v.verdict}`} data-testid="verdict">{t(`inspection.verdict.${v.verdict}`)}</span>
              <div className="row">
                <button className="admit" onClick={() => decide('admit')} disabled={busy} data-testid="admit">{t('inspection.admit')}</button>
                <button className="refer" onClick={() => decide('refer')} disabled={busy} data-testid="refer">{t('inspection.referSecondary')}</button>
                <button className="refuse" onClick={() => decide('refuse')} disabled={busy} data-testid="refuse">{t('inspection.refuse')}</button>
              </div>
            </div>
            {v.reasons.length > 0 && <ul className="reasons">{v.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>}
          </div>
          <div className="grid2">
            <div className="card">
              <h2>{t('inspection.traveller')}</h2>
              <table><tbody>
                <tr><th>{t('common.name')}</th><td><strong>{doc.lastName}</strong>, {doc.firstNames}</td></tr>
                <tr><th>DOB</th><td>{doc.birthDate ?? '–'}</td></tr>
                <tr><th>Sex</th><td>{doc.sex ?? '–'}</td></tr>
                <tr><th>Nationality</th><td>{doc.nationality?.code} {doc.nationality?.meaning ? `(${doc.nationality.meaning})` : ''}</td></tr>
              </tbody></table>
            </div>
            <div className="card">
              <h2>{t('inspection.document')} · {doc.format}{doc.specimen ? ' · SPECIMEN' : ''}</h2>
              <table><tbody>
                <tr><th>No.</th><td>{doc.documentNumber}</td></tr>
                <tr><th>Issuer</th><td>{doc.issuingState?.code}</td></tr>
                <tr><th>Expiry</th><td>{doc.expiryDate ?? '–'}</td></tr>
              </tbody></table>
              <h2>{t('inspection.checks')}</h2>
              <ul className="reasons">
                {doc.checks.map((c) => <li key={c.field} className={c.valid ? 'ok' : 'error'}>{c.valid ? '✓' : '✗'} {c.field}{!c.valid && ` (read ${c.read}, expected ${c.computed})`}</li>)}
                {doc.problems.map((p, i) => <li key={i} className="error">{p.field}: {p.message}{p.suggestion && ` → ${p.suggestion.value}?`}</li>)}
              </ul>
            </div>
          </div>
          <h2>{t('inspection.hits')}</h2>
          {hits.length === 0 && <p className="muted">{t('inspection.noHits')}</p>}
          {hits.map((a) => <HitCard key={a.id} hit={{ score: a.score, band: a.band, listed: a.listed, explanation: a.reasons ?? [] }} query={a.subject} />)}
        </>
      )}
    </div>
  );
}
