// Events: where links are made in person. Create the event you are going to, then open its
// event mode to add the people you meet.
import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { api, getSession, seg, type ApiError } from '../api';
import { ErrorNote, Loading } from '../components/feedback';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import type { EventRow } from '../types';
import { asApiError, useResource } from '../use-resource';
import { EVENT_KINDS, labelOf } from '../vocab';

export function Events() {
  const { t, lang, day } = useI18n();
  const id = useId();
  const events = useResource(() => api.get<{ events: EventRow[] }>('/events'), lang);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('trade-show');
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => { document.title = `${t('events.title')} · Maillon`; }, [t]);
  useEffect(() => {
    // The server's day, not the browser's: both agree on what "today" is.
    void getSession().then((s) => { setDate((d) => d || s.today); }, () => undefined);
  }, []);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const created = await api.post<{ event: EventRow }>('/events', { name: name.trim(), kind, date, place: place.trim() || undefined });
      navigate(`/events/${seg(created.event.id)}`);
    } catch (e) {
      setError(asApiError(e));
    }
  };

  const list = [...(events.data?.events ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <>
      <h1>{t('events.title')}</h1>
      <form className="card" onSubmit={(e) => { void submit(e); }} aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>{t('events.new')}</h2>
        <div className="grid">
          <div className="row">
            <label htmlFor={`${id}-name`}>{t('events.name')}</label>
            <input id={`${id}-name`} value={name} required autoComplete="off" onChange={(e) => { setName(e.target.value); }} />
          </div>
          <div className="row">
            <label htmlFor={`${id}-kind`}>{t('events.kind')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => { setKind(e.target.value); }}>
              {EVENT_KINDS.map((k) => <option key={k} value={k}>{labelOf(t, 'eventKind', k)}</option>)}
            </select>
          </div>
          <div className="row">
            <label htmlFor={`${id}-date`}>{t('common.date')}</label>
            <input id={`${id}-date`} type="date" value={date} required onChange={(e) => { setDate(e.target.value); }} />
          </div>
          <div className="row">
            <label htmlFor={`${id}-place`}>{t('events.place')}</label>
            <input id={`${id}-place`} value={place} onChange={(e) => { setPlace(e.target.value); }} />
          </div>
        </div>
        <button type="submit" className="primary" disabled={name.trim() === '' || date === ''}>{t('events.create')}</button>
        <ErrorNote error={error} />
      </form>
      <h2>{t('events.list')}</h2>
      <ErrorNote error={events.error} onRetry={events.reload} />
      {!events.data && events.loading && <Loading />}
      {events.data && list.length === 0 && <p className="empty">{t('events.empty')}</p>}
      {list.length > 0 && (
        <ul className="event-list">
          {list.map((e) => (
            <li key={e.id} className="card">
              <Link to={`/events/${seg(e.id)}`}><strong>{e.name}</strong></Link>
              <div className="muted">
                {[labelOf(t, 'eventKind', e.kind), day(e.date), e.place].filter(Boolean).join(' · ')}
                {(e.met ?? e.people) !== undefined && ` · ${t('events.peopleCount', { count: e.met ?? e.people ?? 0 })}`}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
