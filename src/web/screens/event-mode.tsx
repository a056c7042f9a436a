// Event mode: at or after a trade show, add each person met in a few seconds (the form clears
// and keeps focus for the next), then review their follow-ups together.
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { api, seg, type ApiError } from '../api';
import { ErrorNote, Loading, Status } from '../components/feedback';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import type { AgendaPrompt, CreatedPrompt, EventDetail, Named } from '../types';
import { asApiError, useResource } from '../use-resource';
import { labelOf } from '../vocab';
import { PromptCard } from './today';

export function EventMode({ eventRef }: { eventRef: string }) {
  const { t, lang, day } = useI18n();
  const id = useId();
  const detail = useResource(() => api.get<EventDetail>(`/events/${seg(eventRef)}`), `${eventRef}|${lang}`);
  const [name, setName] = useState('');
  const [org, setOrg] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);
  // The follow-ups of the people added here, newest first: their day has not come yet, so the
  // agenda does not list them, but reviewing them now is the point of event mode.
  const [added, setAdded] = useState<{ person: Named; followUps: CreatedPrompt[] }[]>([]);
  const event = detail.data?.event;

  useEffect(() => { if (event) document.title = `${event.name} · Maillon`; }, [event]);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<{ person: Named; followUps?: CreatedPrompt[] }>(`/events/${seg(eventRef)}/people`, {
        name: name.trim(), organization: org.trim() || undefined, note: note.trim() || undefined,
      });
      setAdded((list) => [{ person: result.person, followUps: result.followUps ?? [] }, ...list]);
      setStatus(t('eventMode.added', { name: result.person.name }));
      setName('');
      setOrg('');
      setNote('');
      detail.reload();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
      nameInput.current?.focus();
    }
  };

  const act = async (prompt: AgendaPrompt, action: 'done' | 'snooze') => {
    try {
      if (action === 'done') await api.post(`/prompts/${seg(prompt.id)}/done`);
      else await api.post(`/prompts/${seg(prompt.id)}/snooze`, { days: 7 });
      // Handled: their card must not come back from the list of people added here.
      setAdded((list) => list.filter((a) => a.person.id !== prompt.person.id));
      detail.reload();
    } catch (e) {
      setStatus(asApiError(e).message);
    }
  };

  if (!detail.data) {
    return detail.error ? <><h1>{t('app.error')}</h1><ErrorNote error={detail.error} onRetry={detail.reload} /></> : <Loading />;
  }
  const { people, prompts } = detail.data;
  const pending = added.filter((a) => !prompts.some((p) => p.person.id === a.person.id));
  const ev = detail.data.event;
  return (
    <>
      <p><Link to="/events">{t('eventMode.back')}</Link></p>
      <h1>{t('eventMode.title', { name: ev.name })}</h1>
      <p className="lead">{[labelOf(t, 'eventKind', ev.kind), day(ev.date), ev.place].filter(Boolean).join(' · ')}</p>
      <form className="card" onSubmit={(e) => { void submit(e); }} aria-labelledby={`${id}-add`}>
        <h2 id={`${id}-add`}>{t('eventMode.add')}</h2>
        <p className="muted">{t('eventMode.intro')}</p>
        <div className="grid">
          <div className="row">
            <label htmlFor={`${id}-name`}>{t('common.name')}</label>
            <input id={`${id}-name`} ref={nameInput} value={name} required autoComplete="off" autoFocus onChange={(e) => { setName(e.target.value); }} />
          </div>
          <div className="row">
            <label htmlFor={`${id}-org`}>{t('common.organization')}</label>
            <input id={`${id}-org`} value={org} autoComplete="off" onChange={(e) => { setOrg(e.target.value); }} />
          </div>
          <div className="row">
            <label htmlFor={`${id}-note`}>{t('common.note')}</label>
            <input id={`${id}-note`} value={note} autoComplete="off" onChange={(e) => { setNote(e.target.value); }} />
          </div>
        </div>
        <button type="submit" className="primary" disabled={busy || name.trim() === ''}>{t('eventMode.add')}</button>
        <ErrorNote error={error} />
        <Status text={status} />
      </form>
      <section aria-labelledby={`${id}-review`}>
        <h2 id={`${id}-review`}>{t('eventMode.review')}</h2>
        {pending.length > 0 && (
          <ul className="event-list">
            {pending.map(({ person, followUps }) => (
              <li key={person.id} className="card">
                <article aria-labelledby={`${id}-p-${person.id}`}>
                  <h3 id={`${id}-p-${person.id}`}><Link to={`/people/${seg(person.id)}`}>{person.name}</Link></h3>
                  {followUps.map((f) => (
                    <div key={f.id} className="follow-up">
                      <p>{t('exchange.followUpDue', { date: day(f.dueOn) })}</p>
                      {f.checklist.length > 0 && <ul>{f.checklist.map((c, i) => <li key={i}>{c}</li>)}</ul>}
                    </div>
                  ))}
                </article>
              </li>
            ))}
          </ul>
        )}
        {prompts.length === 0
          ? pending.length === 0 && <p className="muted">{t('eventMode.noFollowUp')}</p>
          : <ol className="prompts">{prompts.map((p) => <PromptCard key={p.id} prompt={p} heading="h3" onAct={(a) => { void act(p, a); }} />)}</ol>}
      </section>
      <section aria-labelledby={`${id}-met`}>
        <h2 id={`${id}-met`}>{t('eventMode.metHere')} ({people.length})</h2>
        {people.length === 0
          ? <p className="muted">{t('eventMode.none')}</p>
          : (
            <ul className="chips">
              {people.map((p) => (
                <li key={p.id}><Link to={`/people/${seg(p.id)}`}>{p.name}</Link>{p.organization ? ` · ${p.organization}` : ''}</li>
              ))}
            </ul>
          )}
      </section>
    </>
  );
}
