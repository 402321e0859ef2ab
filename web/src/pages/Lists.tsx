/** Lists, their versions, what changed between versions, and a search of listed names. */
import { useState } from 'react';
import { useGet } from '../hooks';
import { useI18n } from '../i18n';
import { go } from '../router';
import type { EntityLike } from '../components/Hit';

interface Counts { added: number; removed: number; changed: number }
interface Version { id: number; list: string; seq: number; status: string; importedAt: string; sourceFile: string; entityCount: number; publishedAt: string | null; diff: Counts; warnings: number }
interface ListInfo { id: string; format: string; versions: number; active: Version | null }
interface DiffEntry { id: string; caption: string; change: string; properties: string[] }
interface Diff { list: string; from: number | null; to: number; counts: Counts; added: DiffEntry[]; removed: DiffEntry[]; changed: DiffEntry[] }

export function Lists({ list }: { list?: string }) {
  const { t } = useI18n();
  const lists = useGet<{ lists: ListInfo[] }>('/api/lists');
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const found = useGet<{ entities: EntityLike[] }>(query.length >= 2 ? `/api/entities?q=${encodeURIComponent(query)}&limit=50` : null);
  return (
    <div>
      <h1>{t('lists.title')}</h1>
      {lists.error && <p className="error">{t('common.error', { message: lists.error })}</p>}
      <div className="card">
        <table>
          <thead><tr><th>{t('common.list')}</th><th>format</th><th>{t('common.version')}</th><th>{t('lists.entities')}</th><th>{t('common.date')}</th><th>{t('lists.added')}/{t('lists.removed')}/{t('lists.changed')}</th></tr></thead>
          <tbody>
            {lists.data?.lists.map((l) => (
              <tr key={l.id} className="clickable" tabIndex={0} onClick={() => go(`lists/${l.id}`)} onKeyDown={(e) => e.key === 'Enter' && go(`lists/${l.id}`)}>
                <td><strong>{l.id}</strong></td><td>{l.format}</td><td>{l.active?.seq ?? '–'} / {l.versions}</td><td>{l.active?.entityCount ?? 0}</td>
                <td>{l.active?.publishedAt ?? l.active?.importedAt.slice(0, 10)}</td>
                <td>{l.active ? `+${l.active.diff.added} −${l.active.diff.removed} ~${l.active.diff.changed}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list && <ListVersions list={list} />}
      <div className="card">
        <form className="row" onSubmit={(e) => { e.preventDefault(); setQuery(q.trim()); }}>
          <label style={{ flex: 1 }}>{t('lists.searchPlaceholder')}<input value={q} onChange={(e) => setQ(e.target.value)} /></label>
          <button type="submit">{t('common.search')}</button>
        </form>
        {found.data && (
          <table>
            <tbody>
              {found.data.entities.map((e) => (
                <tr key={e.id} className="clickable" onClick={() => go(`entities/${e.id}`)}>
                  <td><a href={`#/entities/${e.id}`}>{e.caption ?? e.properties?.name?.[0]}</a></td><td>{e.schema}</td><td className="muted">{e.provenance?.list} v{e.provenance?.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

function ListVersions({ list }: { list: string }) {
  const { t } = useI18n();
  const versions = useGet<{ versions: Version[] }>(`/api/lists/${encodeURIComponent(list)}/versions`);
  const [pair, setPair] = useState<{ from?: number; to?: number }>({});
  const qs = pair.to ? `?to=${pair.to}${pair.from ? `&from=${pair.from}` : ''}` : '';
  const diff = useGet<Diff>(`/api/lists/${encodeURIComponent(list)}/diff${qs}`);
  return (
    <div className="card">
      <h2>{list} · {t('lists.versions')}</h2>
      <table>
        <thead><tr><th>{t('common.version')}</th><th>{t('common.status')}</th><th>file</th><th>{t('lists.entities')}</th><th>{t('common.date')}</th><th>+/−/~</th></tr></thead>
        <tbody>
          {versions.data?.versions.map((v) => (
            <tr key={v.id} className="clickable" onClick={() => setPair({ to: v.seq })}>
              <td>{v.seq}</td><td><span className="badge">{v.status}</span></td><td>{v.sourceFile}</td><td>{v.entityCount}</td><td>{v.importedAt.slice(0, 16).replace('T', ' ')}</td>
              <td>+{v.diff.added} −{v.diff.removed} ~{v.diff.changed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {diff.data && (
        <>
          <h2>{t('lists.diff')}: v{diff.data.from ?? '–'} → v{diff.data.to}</h2>
          <p>{t('lists.added')} {diff.data.counts.added} · {t('lists.removed')} {diff.data.counts.removed} · {t('lists.changed')} {diff.data.counts.changed}</p>
          <table>
            <tbody>
              {[...diff.data.added, ...diff.data.removed, ...diff.data.changed].slice(0, 200).map((d) => (
                <tr key={d.change + d.id}>
                  <td><span className={`badge ${d.change === 'added' ? 'review' : d.change === 'removed' ? 'clear' : ''}`}>{d.change}</span></td>
                  <td><a href={`#/entities/${d.id}`}>{d.caption}</a></td>
                  <td className="muted">{d.properties.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
