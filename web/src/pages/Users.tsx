/** Administration of users and agencies (administrators only; the server enforces it). */
import { useState } from 'react';
import { api, post } from '../api';
import { useGet } from '../hooks';
import { useI18n } from '../i18n';

interface User { id: string; username: string; displayName: string; role: string; agency: string; disabled: boolean; lockedUntil: string | null; lastLoginAt: string | null }
interface Agency { code: string; name: string; kind: string }

const ROLES = ['officer', 'analyst', 'supervisor', 'admin', 'partner'];

export function Users() {
  const { t } = useI18n();
  const users = useGet<{ users: User[] }>('/api/users');
  const agencies = useGet<{ agencies: Agency[] }>('/api/agencies');
  const [form, setForm] = useState({ username: '', displayName: '', role: 'officer', agency: 'border-police', password: '' });
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      users.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  return (
    <div>
      <h1>{t('users.title')}</h1>
      {(users.error || error) && <p className="error" role="alert">{users.error ?? error}</p>}
      <div className="card">
        <h2>{t('users.create')}</h2>
        <form className="row" onSubmit={(e) => { e.preventDefault(); void run(() => post('/api/users', { ...form, ...(form.displayName ? {} : { displayName: form.username }) }).then(() => setForm((f) => ({ ...f, username: '', displayName: '', password: '' })))); }}>
          <label>{t('login.username')}<input value={form.username} onChange={set('username')} required /></label>
          <label>{t('common.name')}<input value={form.displayName} onChange={set('displayName')} /></label>
          <label>{t('users.role')}<select value={form.role} onChange={set('role')}>{ROLES.map((r) => <option key={r}>{r}</option>)}</select></label>
          <label>{t('users.agency')}
            <input list="agency-codes" value={form.agency} onChange={set('agency')} required />
            <datalist id="agency-codes">{agencies.data?.agencies.map((a) => <option key={a.code} value={a.code}>{a.name}</option>)}</datalist>
          </label>
          <label>{t('login.password')}<input type="password" autoComplete="new-password" value={form.password} onChange={set('password')} required /></label>
          <button className="primary" type="submit">{t('users.create')}</button>
        </form>
      </div>
      <div className="card">
        <table>
          <thead><tr><th>{t('login.username')}</th><th>{t('common.name')}</th><th>{t('users.role')}</th><th>{t('users.agency')}</th><th>{t('common.status')}</th><th /></tr></thead>
          <tbody>
            {users.data?.users.map((u) => (
              <tr key={u.id}>
                <td>{u.username}</td><td>{u.displayName}</td>
                <td><select value={u.role} aria-label={`${u.username} ${t('users.role')}`} onChange={(e) => run(() => api('PATCH', `/api/users/${u.id}`, { role: e.target.value }))}>{ROLES.map((r) => <option key={r}>{r}</option>)}</select></td>
                <td>{u.agency}</td>
                <td>{u.disabled ? <span className="badge refuse">{t('users.disabled')}</span> : u.lockedUntil && u.lockedUntil > new Date().toISOString() ? <span className="badge refer">{t('users.locked')}</span> : <span className="badge clear">{t('users.active')}</span>}</td>
                <td className="row">
                  <button onClick={() => run(() => api('PATCH', `/api/users/${u.id}`, { disabled: !u.disabled }))}>{u.disabled ? t('users.enable') : t('users.disable')}</button>
                  {u.lockedUntil && <button onClick={() => run(() => api('PATCH', `/api/users/${u.id}`, { unlock: true }))}>{t('users.unlock')}</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
