/** One listed entity with its provenance (list, version, source record). Every view is audited server-side. */
import { useGet } from '../hooks';
import { useI18n } from '../i18n';
import { EntityFields, type EntityLike } from '../components/Hit';
import { Pending } from '../components/Pending';

export function EntityPage({ id }: { id: string }) {
  const { t } = useI18n();
  const e = useGet<EntityLike & { active?: boolean }>(`/api/entities/${encodeURIComponent(id)}`);
  if (!e.data) return <Pending error={e.error} />;
  const p = e.data.provenance;
  return (
    <div>
      <h1>{e.data.caption ?? e.data.properties?.name?.[0] ?? id} <span className="badge">{e.data.schema}</span></h1>
      <div className="card">
        <h2>{t('entity.provenance')}</h2>
        <p>{t('common.list')}: <a href={`#/lists/${p?.list}`}>{p?.list}</a> · {t('common.version')} {p?.version} · {t('entity.sourceId')}: <code>{p?.sourceId}</code>{e.data.active === false && <span className="badge"> removed</span>}</p>
      </div>
      <div className="card"><EntityFields entity={e.data} /></div>
    </div>
  );
}
