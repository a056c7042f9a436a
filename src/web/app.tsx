// The shell: skip link, header with the main navigation and the language switch, and the
// screen for the current path. Screens other than Today load on demand to keep the first
// paint small.
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { ErrorBoundary } from './components/error-boundary';
import { Loading } from './components/feedback';
import { useI18n } from './i18n/i18n';
import type { MessageKey } from './i18n/en';
import { Link, match, useLocation } from './router';
import { Today } from './screens/today';

const People = lazy(() => import('./screens/people').then((m) => ({ default: m.People })));
const PersonPage = lazy(() => import('./screens/person').then((m) => ({ default: m.PersonPage })));
const Events = lazy(() => import('./screens/events').then((m) => ({ default: m.Events })));
const EventMode = lazy(() => import('./screens/event-mode').then((m) => ({ default: m.EventMode })));
const Network = lazy(() => import('./screens/network').then((m) => ({ default: m.Network })));
const Imports = lazy(() => import('./screens/imports').then((m) => ({ default: m.Imports })));
const Messages = lazy(() => import('./screens/messages').then((m) => ({ default: m.Messages })));
const SettingsPage = lazy(() => import('./screens/settings').then((m) => ({ default: m.SettingsPage })));

const NAV: { to: string; key: MessageKey }[] = [
  { to: '/', key: 'nav.today' },
  { to: '/people', key: 'nav.people' },
  { to: '/events', key: 'nav.events' },
  { to: '/network', key: 'nav.network' },
  { to: '/import', key: 'nav.imports' },
  { to: '/messages', key: 'nav.messages' },
  { to: '/settings', key: 'nav.settings' },
];

function screenFor(path: string): ReactNode {
  if (path === '/') return <Today />;
  if (path === '/people') return <People />;
  const person = match('/people/:ref', path);
  if (person?.ref) return <PersonPage key={person.ref} personRef={person.ref} />;
  if (path === '/events') return <Events />;
  const event = match('/events/:ref', path);
  if (event?.ref) return <EventMode key={event.ref} eventRef={event.ref} />;
  if (path === '/network') return <Network />;
  if (path === '/import') return <Imports />;
  if (path === '/messages') return <Messages />;
  if (path === '/settings') return <SettingsPage />;
  return <NotFound />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('app.notFound')}</h1>
      <p><Link to="/">{t('app.backHome')}</Link></p>
    </>
  );
}

const section = (path: string) => '/' + (path.split('/')[1] ?? '');

export function App() {
  const { t, lang, setLang } = useI18n();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // After a client-side navigation, screen readers start again from the new content.
    // A screen that focused its own first field (event mode) keeps it.
    if (first.current) first.current = false;
    else if (!main.current?.contains(document.activeElement)) main.current?.focus();
  }, [path]);
  return (
    <>
      <a className="skip" href="#main">{t('app.skip')}</a>
      <header className="top">
        <Link to="/" className="brand">{t('app.name')}</Link>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={section(path) === item.to ? 'page' : undefined}>{t(item.key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <label className="lang">
          <span>{t('lang.label')}</span>
          <select value={lang} onChange={(e) => { setLang(e.target.value === 'fr' ? 'fr' : 'en'); }}>
            <option value="en" lang="en">{t('lang.en')}</option>
            <option value="fr" lang="fr">{t('lang.fr')}</option>
          </select>
        </label>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <ErrorBoundary key={path} title={t('app.error')}>
          <Suspense fallback={<Loading />}>{screenFor(path)}</Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
