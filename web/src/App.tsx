/**
 * The console's frame: sign-in gate, navigation, language switch, and the page for the route.
 * Pages only show what the API returns and send what the officer decides.
 */
import { useCallback, useEffect, useState } from 'react';
import { get, post, setCsrf, ApiError } from './api';
import { useI18n } from './i18n';
import { useRoute } from './router';
import { SessionCtx, allowed, type Me } from './session';
import type { MessageKey } from './messages';
import { Login } from './pages/Login';
import { Inspection } from './pages/Inspection';
import { Flights } from './pages/Flights';
import { Alerts } from './pages/Alerts';
import { AlertPage } from './pages/AlertPage';
import { Cases } from './pages/Cases';
import { CasePage } from './pages/CasePage';
import { Lists } from './pages/Lists';
import { EntityPage } from './pages/EntityPage';
import { Dashboard } from './pages/Dashboard';
import { Batch } from './pages/Batch';
import { Encounters } from './pages/Encounters';
import { Users } from './pages/Users';

/** Each screen with the permission it needs, so a role sees only what it may use. */
const NAV: { path: string; key: MessageKey; permission: string }[] = [
  { path: 'inspection', key: 'nav.inspection', permission: 'crossings.write' },
  { path: 'flights', key: 'nav.flights', permission: 'screen' },
  { path: 'alerts', key: 'nav.alerts', permission: 'alerts.read' },
  { path: 'cases', key: 'nav.cases', permission: 'cases.read' },
  { path: 'encounters', key: 'nav.encounters', permission: 'biometrics.enrol' },
  { path: 'lists', key: 'nav.lists', permission: 'lists.read' },
  { path: 'batch', key: 'nav.batch', permission: 'jobs.run' },
  { path: 'dashboard', key: 'nav.dashboard', permission: 'alerts.read' },
  { path: 'users', key: 'nav.users', permission: 'users.admin' },
];

export function App() {
  const { t, lang, setLang } = useI18n();
  const route = useRoute();
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  const refresh = useCallback(() => {
    get<{ user?: Me; csrfToken?: string } & Partial<Me>>('/api/auth/me')
      .then((r) => {
        if (r.csrfToken) setCsrf(r.csrfToken);
        setMe((r.user ?? r) as Me);
      })
      .catch((e) => {
        if (e instanceof ApiError && (e.status === 401 || e.status === 403)) setMe(null);
        else setMe(null);
      });
  }, []);
  useEffect(refresh, [refresh]);

  const langButton = (
    <button type="button" onClick={() => setLang(lang === 'es' ? 'en' : 'es')} data-testid="lang-switch">
      {t('lang.switch')}
    </button>
  );

  if (me === undefined) return <p className="muted" style={{ padding: 20 }}>{t('common.loading')}</p>;
  if (me === null) return <Login onDone={refresh} langButton={langButton} />;

  const logout = async () => {
    await post('/api/auth/logout').catch(() => undefined);
    setCsrf(null);
    setMe(null);
  };

  const [page, ...rest] = route;
  let content;
  switch (page) {
    case 'flights': content = <Flights id={rest[0]} />; break;
    case 'alerts': content = rest[0] ? <AlertPage id={rest[0]} /> : <Alerts />; break;
    case 'cases': content = rest[0] ? <CasePage id={rest[0]} /> : <Cases />; break;
    case 'lists': content = <Lists list={rest[0]} />; break;
    case 'entities': content = <EntityPage id={rest.join('/')} />; break;
    case 'dashboard': content = <Dashboard />; break;
    case 'batch': content = <Batch />; break;
    case 'encounters': content = <Encounters id={rest[0]} />; break;
    case 'users': content = <Users />; break;
    case 'inspection': content = <Inspection />; break;
    default: {
      // The first screen this role may use: an administrator starts at users, a partner at alerts.
      const home = NAV.find((n) => allowed(me, n.permission))?.path ?? 'lists';
      content = home === 'inspection' ? <Inspection /> : home === 'users' ? <Users /> : home === 'alerts' ? <Alerts /> : <Lists />;
    }
  }

  return (
    <SessionCtx.Provider value={{ me, refresh }}>
      <div className="layout">
        <nav className="side" aria-label="main">
          <div className="brand">{t('app.title')}</div>
          {NAV.filter((n) => allowed(me, n.permission)).map((n) => (
            <a key={n.path} href={`#/${n.path}`} className={page === n.path ? 'active' : ''}>
              {t(n.key)}
            </a>
          ))}
          <div className="spacer" />
          <div className="who" data-testid="who">{me.name} · {me.role} · {me.agency}</div>
          {langButton}
          <button type="button" onClick={logout}>{t('nav.logout')}</button>
        </nav>
        <main>{content}</main>
      </div>
    </SessionCtx.Provider>
  );
}
