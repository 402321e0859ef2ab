/**
 * A watchlist hit side by side: what was screened and the listed entity, with the name parts
 * that matched highlighted and the engine's reasons in words.
 */
import { useI18n } from '../i18n';

export interface Reason { feature: string; text: string; weight: number; query?: string; candidate?: string; parts?: { query: string; candidate: string; similarity: number }[] }
export interface EntityLike { id?: string; schema?: string; caption?: string; properties?: Record<string, string[]>; provenance?: { list?: string; version?: number; sourceId?: string } }
export interface HitLike {
  score: number;
  band: string;
  matchedName?: string;
  explanation?: Reason[];
  reasons?: Reason[];
  entity?: EntityLike;
  listed?: EntityLike;
  entityId?: string;
  list?: string;
}

/** Wraps the tokens of `text` that appear among `parts` in <mark>. */
export function Highlight({ text, parts }: { text: string; parts: string[] }) {
  const want = new Set(parts.flatMap((p) => p.toLowerCase().split(/\s+/)).filter(Boolean));
  const tokens = text.split(/(\s+|,|-)/);
  return (
    <span>
      {tokens.map((tok, i) => (want.has(tok.toLowerCase()) ? <mark key={i}>{tok}</mark> : <span key={i}>{tok}</span>))}
    </span>
  );
}

export function Reasons({ reasons }: { reasons: Reason[] }) {
  return (
    <ul className="reasons">
      {reasons.map((r, i) => (
        <li key={i}>
          <span className={`badge ${r.weight > 0 ? 'review' : r.weight < 0 ? 'clear' : ''}`}>{r.weight > 0 ? '+' : ''}{r.weight.toFixed(2)}</span> {r.text}
        </li>
      ))}
    </ul>
  );
}

const SHOWN = ['name', 'alias', 'weakAlias', 'birthDate', 'birthPlace', 'nationality', 'citizenship', 'gender', 'passportNumber', 'idNumber', 'imoNumber', 'mmsi', 'callSign', 'flag', 'program', 'listingDate', 'notes'];

export function EntityFields({ entity, highlight = [] }: { entity: EntityLike; highlight?: string[] }) {
  const props = entity.properties ?? {};
  const keys = SHOWN.filter((k) => props[k]?.length).concat(Object.keys(props).filter((k) => !SHOWN.includes(k) && props[k]?.length).slice(0, 6));
  return (
    <table>
      <tbody>
        {keys.map((k) => (
          <tr key={k}>
            <th style={{ width: '32%' }}>{k}</th>
            <td>{props[k]!.map((v, i) => <div key={i}>{/name|alias/i.test(k) ? <Highlight text={v} parts={highlight} /> : v}</div>)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HitCard({ hit, query }: { hit: HitLike; query?: EntityLike }) {
  const { t } = useI18n();
  const listed = hit.entity ?? hit.listed ?? {};
  const reasons = hit.explanation ?? hit.reasons ?? [];
  const nameReason = reasons.find((r) => r.parts?.length);
  const qParts = nameReason?.parts?.filter((p) => p.similarity > 0.7).map((p) => p.query) ?? [];
  const cParts = nameReason?.parts?.filter((p) => p.similarity > 0.7).map((p) => p.candidate) ?? [];
  const prov = listed.provenance;
  return (
    <div className="card" data-testid="hit">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <strong>{hit.matchedName ?? listed.caption ?? hit.entityId}</strong>
        <span>
          <span className={`badge ${hit.band}`}>{hit.band}</span> {t('common.score')} {hit.score.toFixed(2)}
          {prov && <span className="muted"> · {prov.list} v{prov.version} · {prov.sourceId}</span>}
        </span>
      </div>
      <div className="grid2">
        {query && (
          <div>
            <h2>{t('inspection.query')}</h2>
            <EntityFields entity={query} highlight={qParts} />
          </div>
        )}
        <div>
          <h2>{t('inspection.listed')}</h2>
          <EntityFields entity={listed} highlight={cParts} />
          {listed.id && <a href={`#/entities/${listed.id}`}>{listed.id}</a>}
        </div>
      </div>
      <h2>{t('inspection.reasons')}</h2>
      <Reasons reasons={reasons} />
    </div>
  );
}
