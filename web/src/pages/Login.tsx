import { useState, type FormEvent, type ReactNode } from 'react';
import { post, setCsrf } from '../api';
import { useI18n } from '../i18n';

export function Login({ onDone, langButton }: { onDone(): void; langButton: ReactNode }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await post<{ csrfToken?: string }>('/api/auth/login', { username, password });
      if (r?.csrfToken) setCsrf(r.csrfToken);
      onDone();
    } catch (err) {
      setError(t('login.failed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="login card">
      <h1>{t('app.title')} · {t('login.title')}</h1>
      <p className="muted">{t('app.tagline')}</p>
      <form onSubmit={submit} className="row" style={{ flexDirection: 'column', alignItems: 'stretch' }}>
        <label>{t('login.username')}<input name="username" autoFocus autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} /></label>
        <label>{t('login.password')}<input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} /></label>
        {error && <p className="error" role="alert">{error}</p>}
        <button className="primary" type="submit" disabled={busy}>{t('login.submit')}</button>
      </form>
      <p className="muted" style={{ fontSize: 12 }}>{t('login.bootstrap')}</p>
      {langButton}
    </div>
  );
}
