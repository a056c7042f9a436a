// Settings: language, keep-in-touch cadences per priority tier, the follow-up delay, and the
// calendar feed's secret address (create, copy, replace, revoke).
import { useEffect, useId, useState } from 'react';
import { api, type ApiError } from '../api';
import { ErrorNote, Loading, Status } from '../components/feedback';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { asApiError, useResource } from '../use-resource';

const KEYS: { key: string; label: MessageKey }[] = [
  { key: 'cadence.top10', label: 'settings.cadence.top10' },
  { key: 'cadence.top50', label: 'settings.cadence.top50' },
  { key: 'cadence.top150', label: 'settings.cadence.top150' },
  { key: 'cadence.ranked', label: 'settings.cadence.ranked' },
  { key: 'follow-up-days', label: 'settings.followUp' },
];

export function SettingsPage() {
  const { t, lang, setLang } = useI18n();
  const id = useId();
  useEffect(() => { document.title = `${t('settings.title')} · Maillon`; }, [t]);
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <section className="card" aria-labelledby={`${id}-lang`}>
        <h2 id={`${id}-lang`}>{t('settings.language')}</h2>
        <fieldset>
          <legend className="visually-hidden">{t('settings.language')}</legend>
          {(['en', 'fr'] as const).map((l) => (
            <label key={l} className="choice" lang={l}>
              <input type="radio" name={`${id}-lang`} value={l} checked={lang === l} onChange={() => { setLang(l); }} /> {t(`lang.${l}`)}
            </label>
          ))}
        </fieldset>
      </section>
      <Cadences />
      <CalendarFeed />
    </>
  );
}

function Cadences() {
  const { t } = useI18n();
  const id = useId();
  const settings = useResource(() => api.get<{ settings: { key: string; value: number }[] }>('/settings'), 'settings');
  // Only what the user changed; the rest shows the server's values as soon as they arrive.
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const saved = new Map(settings.data?.settings.map((s) => [s.key, String(s.value)]));
  const valueOf = (key: string) => edits[key] ?? saved.get(key) ?? '';

  const save = async () => {
    setError(null);
    setStatus('');
    try {
      const changed = KEYS.filter(({ key }) => edits[key] !== undefined && edits[key] !== saved.get(key));
      // One at a time: each change re-times keep-in-touch prompts in its own transaction.
      for (const { key } of changed) await api.put(`/settings/${encodeURIComponent(key)}`, { value: valueOf(key) });
      setEdits({});
      settings.reload();
      setStatus(t('settings.saved'));
    } catch (e) {
      setError(asApiError(e));
    }
  };

  return (
    <form className="card" onSubmit={(e) => { e.preventDefault(); void save(); }} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.cadences')}</h2>
      <p className="muted">{t('settings.cadencesHint')}</p>
      <ErrorNote error={settings.error} onRetry={settings.reload} />
      {!settings.data && settings.loading && <Loading />}
      {settings.data && (
        <>
          <div className="grid">
            {KEYS.map(({ key, label }) => (
              <div className="row" key={key}>
                <label htmlFor={`${id}-${key}`}>{t(label)}</label>
                <input id={`${id}-${key}`} type="number" min={1} max={3650} required value={valueOf(key)}
                  onChange={(e) => { setEdits((v) => ({ ...v, [key]: e.target.value })); }} />
              </div>
            ))}
          </div>
          <button type="submit" className="primary">{t('common.save')}</button>
        </>
      )}
      <ErrorNote error={error} />
      <Status text={status} />
    </form>
  );
}

function CalendarFeed() {
  const { t } = useI18n();
  const id = useId();
  const token = useResource(() => api.get<{ url: string | null }>('/calendar-token'), 'calendar');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const url = token.data?.url ?? null;

  const act = async (work: () => Promise<{ url: string | null }>, done: MessageKey) => {
    setError(null);
    try {
      token.set(await work());
      setStatus(t(done));
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('common.copied'));
    } catch (e) {
      setError(asApiError(e));
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.calendar')}</h2>
      <p className="muted">{t('settings.calendarHint')}</p>
      <ErrorNote error={token.error} onRetry={token.reload} />
      {token.data && (url
        ? (
          <div className="row">
            <label htmlFor={`${id}-url`}>{t('settings.calendarUrl')}</label>
            <input id={`${id}-url`} readOnly value={url} size={60} onFocus={(e) => { e.currentTarget.select(); }} />
          </div>
        )
        : <p>{t('settings.calendarNone')}</p>)}
      {token.data && (
        <div className="actions">
          {url && <button type="button" onClick={() => { void copy(); }}>{t('common.copy')}</button>}
          <button type="button" className={url ? undefined : 'primary'} onClick={() => { void act(() => api.post('/calendar-token'), 'settings.calendarCreated'); }}>
            {t(url ? 'settings.calendarRotate' : 'settings.calendarCreate')}
          </button>
          {url && <button type="button" className="danger" onClick={() => { void act(() => api.del('/calendar-token'), 'settings.calendarRevoked'); }}>{t('settings.calendarRevoke')}</button>}
        </div>
      )}
      <ErrorNote error={error} />
      <Status text={status} />
    </section>
  );
}
