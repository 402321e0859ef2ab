/**
 * Batch screening: choose a CSV or JSON lines file, map its columns to the entity's properties,
 * watch the server's progress (rows done, rate, time left), download the results.
 */
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useGet } from '../hooks';
import { useI18n } from '../i18n';

interface Job { id: string; status: string; inputName: string; totalRows: number; rowsDone: number; rowsWithHits: number; rate: number | null; secondsLeft: number | null; createdAt: string; error: string | null }

const PROPS = ['id', 'name', 'birthDate', 'nationality', 'gender', 'passportNumber', 'idNumber', 'country', 'imoNumber', 'registrationNumber'];

/** The header row of a CSV file, read locally so the officer can map columns before uploading. */
async function csvHeader(file: File): Promise<string[]> {
  const head = await file.slice(0, 64 * 1024).text();
  const line = head.split(/\r?\n/)[0] ?? '';
  return line.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
}

/** A first guess at the mapping from column names, which the officer corrects. */
function guess(columns: string[]): Record<string, string> {
  const m: Record<string, string> = {};
  const find = (re: RegExp) => columns.find((c) => re.test(c));
  const pairs: [string, RegExp][] = [['id', /^(id|customer.?id|ref)/i], ['name', /name/i], ['birthDate', /birth|dob/i], ['nationality', /national/i], ['passportNumber', /passport/i], ['country', /^country/i], ['imoNumber', /imo/i]];
  for (const [p, re] of pairs) { const c = find(re); if (c) m[p] = c; }
  return m;
}

export function Batch() {
  const { t } = useI18n();
  const jobs = useGet<{ jobs: Job[] }>('/api/jobs');
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [schema, setSchema] = useState('Person');
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (f: File) => {
    setFile(f); setJob(null); setError(null);
    if (/\.csv$/i.test(f.name)) {
      const cols = await csvHeader(f);
      setColumns(cols);
      setMapping(guess(cols));
    } else {
      setColumns([]);
      setMapping({});
    }
  };

  const start = async () => {
    if (!file) return;
    setError(null);
    const form = new FormData();
    if (columns.length) form.append('mapping', JSON.stringify(mapping));
    form.append('schema', schema);
    form.append('file', file, file.name);
    try {
      setJob(await api<Job>('POST', '/api/jobs', form));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  // Follow the job until it ends.
  useEffect(() => {
    if (!job || ['done', 'failed', 'cancelled'].includes(job.status)) {
      if (job) jobs.reload();
      return;
    }
    const timer = setTimeout(() => api<Job>('GET', `/api/jobs/${job.id}`).then(setJob).catch((e) => setError((e as Error).message)), 700);
    return () => clearTimeout(timer);
  }, [job]); // eslint-disable-line react-hooks/exhaustive-deps

  const pct = job && job.totalRows ? Math.round((100 * job.rowsDone) / job.totalRows) : 0;
  return (
    <div>
      <h1>{t('batch.title')}</h1>
      <div className="card">
        <div className="row">
          <label>{t('batch.file')}<input type="file" accept=".csv,.jsonl,.ndjson" onChange={(e) => e.target.files?.[0] && choose(e.target.files[0])} data-testid="batch-file" /></label>
          <label>schema<select value={schema} onChange={(e) => setSchema(e.target.value)}>{['Person', 'Organization', 'Company', 'Vessel'].map((s) => <option key={s}>{s}</option>)}</select></label>
        </div>
        {columns.length > 0 && (
          <>
            <h2>{t('batch.mapping')}</h2>
            <table><tbody>
              {PROPS.map((p) => (
                <tr key={p}><th>{p}</th><td>
                  <select value={mapping[p] ?? ''} aria-label={p} onChange={(e) => setMapping((m) => { const n = { ...m }; if (e.target.value) n[p] = e.target.value; else delete n[p]; return n; })}>
                    <option value="">—</option>{columns.map((c) => <option key={c}>{c}</option>)}
                  </select>
                </td></tr>
              ))}
            </tbody></table>
          </>
        )}
        <button className="primary" disabled={!file} onClick={start} data-testid="batch-start" style={{ marginTop: 8 }}>{t('batch.start')}</button>
        {error && <p className="error" role="alert">{error}</p>}
      </div>
      {job && (
        <div className="card" data-testid="batch-job">
          <div className="progress" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}><div style={{ width: `${pct}%` }} /></div>
          <p>{t('batch.progress', { done: job.rowsDone, total: job.totalRows, rate: job.rate ? Math.round(job.rate) : '–', eta: job.secondsLeft != null ? `${Math.ceil(job.secondsLeft)} s` : '–' })} · <span className="badge" data-testid="batch-status">{job.status}</span></p>
          {job.status === 'done' && (
            <p data-testid="batch-done">{t('batch.done', { hits: job.rowsWithHits })} <a href={`/api/jobs/${job.id}/results?format=csv`}>{t('common.download')} CSV</a> · <a href={`/api/jobs/${job.id}/results?format=jsonl`}>JSON lines</a></p>
          )}
          {job.error && <p className="error">{job.error}</p>}
        </div>
      )}
      <div className="card">
        <table>
          <tbody>
            {jobs.data?.jobs.map((j) => (
              <tr key={j.id}><td>{j.createdAt.slice(0, 16).replace('T', ' ')}</td><td>{j.inputName}</td><td><span className="badge">{j.status}</span></td><td>{j.rowsDone}/{j.totalRows}</td><td>{j.rowsWithHits}</td>
                <td>{j.status === 'done' && <a href={`/api/jobs/${j.id}/results?format=csv`}>CSV</a>}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
