// Messages: a draft for anyone, checked for personalisation, and the templates drafts come
// from, which the user can edit (or put back to the default).
import { useEffect, useId, useState } from 'react';
import { api, seg, type ApiError } from '../api';
import { DraftPanel } from '../components/draft-panel';
import { ErrorNote, Loading, Status } from '../components/feedback';
import { useI18n } from '../i18n/i18n';
import type { Named, Template } from '../types';
import { asApiError, useResource } from '../use-resource';
import { labelOf } from '../vocab';

export function Messages() {
  const { t } = useI18n();
  useEffect(() => { document.title = `${t('messages.title')} · Maillon`; }, [t]);
  return (
    <>
      <h1>{t('messages.title')}</h1>
      <DraftSection />
      <Templates />
    </>
  );
}

function DraftSection() {
  const { t } = useI18n();
  const id = useId();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Named[]>([]);
  const [person, setPerson] = useState<Named | null>(null);
  useEffect(() => {
    if (q.trim().length < 2) { setHits([]); return; }
    let live = true;
    const timer = window.setTimeout(() => {
      api.get<{ people: Named[] }>('/search', { q: q.trim(), limit: 8 }).then((r) => { if (live) setHits(r.people); }, () => { if (live) setHits([]); });
    }, 200);
    return () => { live = false; window.clearTimeout(timer); };
  }, [q]);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('messages.draftTitle')}</h2>
      <div className="row">
        <label htmlFor={`${id}-q`}>{t('messages.find')}</label>
        <input id={`${id}-q`} type="search" value={q} autoComplete="off" onChange={(e) => { setQ(e.target.value); }} />
      </div>
      {hits.length > 0 && (
        <ul className="chips">
          {hits.map((h) => <li key={h.id}><button type="button" onClick={() => { setPerson(h); setHits([]); setQ(''); }}>{t('messages.choose', { name: h.name })}</button></li>)}
        </ul>
      )}
      {person && <DraftPanel key={person.id} person={person} heading="h3" />}
    </section>
  );
}

function Templates() {
  const { t, lang } = useI18n();
  const id = useId();
  const list = useResource(() => api.get<{ templates: Template[]; placeholders?: string | string[] }>('/templates'), lang);
  const [chosen, setChosen] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const templates = list.data?.templates ?? [];
  const keyOf = (tpl: Template) => `${tpl.purpose}/${tpl.lang}`;
  const current = templates.find((tpl) => keyOf(tpl) === chosen) ?? templates.find((tpl) => tpl.lang === lang) ?? templates[0];

  useEffect(() => {
    if (!current) return;
    setChosen(keyOf(current));
    setSubject(current.subject);
    setBody(current.body);
  // Only a new choice (or a reload) resets the editor; typing must not.
  }, [current?.purpose, current?.lang, list.data]);

  const save = async (method: 'put' | 'del') => {
    if (!current) return;
    setError(null);
    try {
      const path = `/templates/${seg(current.purpose)}/${seg(current.lang)}`;
      const saved = method === 'put' ? await api.put<Template>(path, { subject, body }) : await api.del<Template>(path);
      list.set({ ...list.data, templates: templates.map((tpl) => (keyOf(tpl) === keyOf(current) ? { ...tpl, ...saved } : tpl)) });
      setStatus(t(method === 'put' ? 'messages.templateSaved' : 'messages.templateWasReset'));
    } catch (e) {
      setError(asApiError(e));
    }
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('messages.templates')}</h2>
      <ErrorNote error={list.error} onRetry={list.reload} />
      {!list.data && list.loading && <Loading />}
      {current && (
        <form className="card" onSubmit={(e) => { e.preventDefault(); void save('put'); }}>
          <div className="row">
            <label htmlFor={`${id}-which`}>{t('messages.template')}</label>
            <select id={`${id}-which`} value={chosen} onChange={(e) => { setChosen(e.target.value); setStatus(''); }}>
              {templates.map((tpl) => (
                <option key={keyOf(tpl)} value={keyOf(tpl)}>
                  {labelOf(t, 'purpose', tpl.purpose)} ({tpl.lang.toUpperCase()}){tpl.edited ? ` · ${t('messages.custom')}` : ''}
                </option>
              ))}
            </select>
          </div>
          <div className="row">
            <label htmlFor={`${id}-subject`}>{t('messages.templateSubject')}</label>
            <input id={`${id}-subject`} value={subject} size={60} onChange={(e) => { setSubject(e.target.value); }} />
          </div>
          <div className="row">
            <label htmlFor={`${id}-body`}>{t('messages.templateBody')}</label>
            <textarea id={`${id}-body`} rows={10} value={body} onChange={(e) => { setBody(e.target.value); }} />
          </div>
          <p className="muted">{t('messages.placeholders')}</p>
          {list.data?.placeholders && <p className="muted">{t('messages.placeholderList')}: {([] as string[]).concat(list.data.placeholders).join(', ')}</p>}
          <div className="actions">
            <button type="submit" className="primary">{t('common.save')}</button>
            <button type="button" onClick={() => { void save('del'); }}>{t('messages.templateReset')}</button>
          </div>
          <ErrorNote error={error} />
          <Status text={status} />
        </form>
      )}
    </section>
  );
}
