/** The agency's cases (and those shared with it). */
import { useGet } from '../hooks';
import { useI18n } from '../i18n';
import { go } from '../router';

interface CaseSummary { id: string; title: string; subjectName: string; status: string; deadline: string | null; updatedAt: string; agency: string }

export function Cases() {
  const { t } = useI18n();
  const q = useGet<{ items?: CaseSummary[]; cases?: CaseSummary[] }>('/api/cases');
  const items = q.data?.items ?? q.data?.cases ?? [];
  return (
    <div>
      <h1>{t('cases.title')}</h1>
      {q.error && <p className="error">{t('common.error', { message: q.error })}</p>}
      <div className="card">
        <table>
          <thead><tr><th>{t('common.name')}</th><th>{t('alerts.subject')}</th><th>{t('common.status')}</th><th>deadline</th><th>{t('common.date')}</th></tr></thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id} className="clickable" tabIndex={0} onClick={() => go(`cases/${c.id}`)} onKeyDown={(e) => e.key === 'Enter' && go(`cases/${c.id}`)}>
                <td>{c.title}</td><td>{c.subjectName}</td><td><span className="badge">{c.status}</span></td><td>{c.deadline ?? ''}</td><td>{c.updatedAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
