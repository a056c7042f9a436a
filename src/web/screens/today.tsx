// Today: the agenda, most important first. Each prompt says why it is there and offers the
// next step in one click. One request for the agenda (plus the shared session).
import { useEffect, useState } from 'react';
import { api } from '../api';
import { DraftPanel } from '../components/draft-panel';
import { ExchangeForm } from '../components/exchange-form';
import { ErrorNote, Loading, Status } from '../components/feedback';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import type { Agenda, AgendaPrompt } from '../types';
import { asApiError, useResource } from '../use-resource';
import { labelOf, purposeFor } from '../vocab';
import { Welcome } from './welcome';

export function Today() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState('');
  const data = useResource(() => api.get<Agenda>('/agenda'), lang);
  useEffect(() => { document.title = `${t('today.title')} · Maillon`; }, [t]);

  const remove = (id: string) => {
    if (data.data) data.set({ ...data.data, prompts: data.data.prompts.filter((p) => p.id !== id) });
  };
  const act = async (prompt: AgendaPrompt, action: 'done' | 'snooze') => {
    try {
      if (action === 'done') await api.post(`/prompts/${encodeURIComponent(prompt.id)}/done`);
      else await api.post(`/prompts/${encodeURIComponent(prompt.id)}/snooze`, { days: 7 });
      remove(prompt.id);
      setStatus(t(action === 'done' ? 'today.markedDone' : 'today.snoozed', { name: prompt.person.name }));
    } catch (e) {
      setStatus(asApiError(e).message);
    }
  };

  return (
    <>
      <h1>{t('today.title')}</h1>
      <Status text={status} />
      <ErrorNote error={data.error} onRetry={data.reload} />
      {!data.data && data.loading && <Loading />}
      {data.data && data.data.networkEmpty && (
        <Welcome onAdded={data.reload} />
      )}
      {data.data && !data.data.networkEmpty && (
        data.data.prompts.length === 0
          ? <p className="empty">{t('today.empty')}</p>
          : (
            <>
              <p className="lead">{t('today.summary', { count: data.data.prompts.length })}</p>
              <ol className="prompts">
                {data.data.prompts.map((p) => (
                  <PromptCard key={p.id} prompt={p} onAct={(action) => { void act(p, action); }} />
                ))}
              </ol>
            </>
          )
      )}
    </>
  );
}

/** One prompt with its reasons and actions; `heading` fits the card into the page's outline. */
export function PromptCard({ prompt, onAct, heading = 'h2' }: { prompt: AgendaPrompt; onAct: (action: 'done' | 'snooze') => void; heading?: 'h2' | 'h3' }) {
  const { t, day } = useI18n();
  const [open, setOpen] = useState<'log' | 'draft' | null>(null);
  const headingId = `prompt-${prompt.id}`;
  const Heading = heading;
  const toggle = (panel: 'log' | 'draft') => { setOpen((current) => (current === panel ? null : panel)); };
  return (
    <li className="card prompt">
      <article aria-labelledby={headingId}>
        <header className="prompt-head">
          <Heading id={headingId}><Link to={`/people/${encodeURIComponent(prompt.person.id)}`}>{prompt.person.name}</Link></Heading>
          <span className={`kind kind-${prompt.kind}`}>{labelOf(t, 'kind', prompt.kind, prompt.kindLabel)}</span>
          <span className="due">{t('common.due', { date: day(prompt.dueOn) })}</span>
        </header>
        {prompt.reasons.length > 0 && (
          <ul className="reasons" aria-label={t('today.reasons')}>
            {prompt.reasons.map((r, i) => <li key={i}>{r}</li>)}
          </ul>
        )}
        <div className="actions">
          <button type="button" className="primary" onClick={() => { onAct('done'); }}>{t('today.done')}</button>
          <button type="button" onClick={() => { onAct('snooze'); }}>{t('today.snooze')}</button>
          <button type="button" aria-expanded={open === 'draft'} onClick={() => { toggle('draft'); }}>{t('today.draft')}</button>
          <button type="button" aria-expanded={open === 'log'} onClick={() => { toggle('log'); }}>{t('today.log')}</button>
        </div>
        {open === 'log' && <ExchangeForm person={prompt.person}  />}
        {open === 'draft' && <DraftPanel person={prompt.person} purpose={purposeFor(prompt.kind)} />}
      </article>
    </li>
  );
}
