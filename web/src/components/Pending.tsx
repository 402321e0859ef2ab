/** What a page shows while its data is on the way, or when it could not be had. */
import { useI18n } from '../i18n';

export function Pending({ error }: { error: string | null }) {
  const { t } = useI18n();
  return error ? <p className="error" role="alert">{t('common.error', { message: error })}</p> : <p className="muted">{t('common.loading')}</p>;
}
