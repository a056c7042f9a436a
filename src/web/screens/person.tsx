// One person: health with its reasons, the timeline (exchanges, milestones, favours, shares), notes in
// safe Markdown, ties, opportunities, and the quick "log an exchange" form.
import { useEffect, useState, type ReactNode } from 'react';
import { api, seg } from '../api';
import { DraftPanel } from '../components/draft-panel';
import { ExchangeForm } from '../components/exchange-form';
import { ErrorNote, Loading } from '../components/feedback';
import { Markdown } from '../components/markdown-view';
import { safeHref } from '../markdown';
import { NoteForm } from '../components/note-form';
import { useI18n, type Translate } from '../i18n/i18n';
import { Link } from '../router';
import type { PersonDetail, PersonTies, TimelineEntry } from '../types';
import { useResource } from '../use-resource';
import { labelOf } from '../vocab';

export function PersonPage({ personRef }: { personRef: string }) {
  const { t, lang, day } = useI18n();
  const [drafting, setDrafting] = useState(false);
  const page = useResource(() => api.get<PersonDetail>(`/people/${seg(personRef)}`), `${personRef}|${lang}`);
  // Ties need the whole network: they load on their own, so the page shows at once.
  const tiesResource = useResource(() => api.get<PersonTies>(`/people/${seg(personRef)}/ties`), `${personRef}|${lang}`);
  const ties = tiesResource.data;
  const name = page.data?.person.name;
  useEffect(() => { if (name) document.title = `${name} · Maillon`; }, [name]);

  if (!page.data) {
    return page.error ? <><h1>{t('app.error')}</h1><ErrorNote error={page.error} onRetry={page.reload} /></> : <Loading />;
  }
  const detail = page.data;
  const { person, health } = detail;
  const current = person.positions.find((p) => p.end === null) ?? person.positions[0];

  return (
    <>
      <h1>{person.name}</h1>
      {current && <p className="lead">{[current.title, current.organization].filter(Boolean).join(' · ')}</p>}
      <ErrorNote error={page.error} onRetry={page.reload} />
      <div className="person-grid">
        <div>
          <section className="card" aria-labelledby="log-h">
            <h2 id="log-h" className="visually-hidden">{t('today.log')}</h2>
            <ExchangeForm person={person} heading="h3" onSaved={page.reload} />
            <div className="actions">
              <button type="button" aria-expanded={drafting} onClick={() => { setDrafting((d) => !d); }}>{t('person.draft')}</button>
            </div>
            {drafting && <DraftPanel person={person} />}
          </section>
          <section aria-labelledby="timeline-h">
            <h2 id="timeline-h">{t('person.timeline')}</h2>
            {detail.timeline.length === 0
              ? <p className="empty">{t('person.timelineEmpty')}</p>
              : <ol className="timeline">{detail.timeline.map((entry, i) => <TimelineItem key={entry.id ?? i} entry={entry} />)}</ol>}
          </section>
          <section aria-labelledby="notes-h">
            <h2 id="notes-h">{t('person.notes')}</h2>
            {person.notes && <Markdown text={person.notes} className="markdown card" />}
            <NoteForm personId={person.id} onSaved={page.reload} />
          </section>
        </div>
        <div>
          <section className="card" aria-labelledby="health-h">
            <h2 id="health-h">{t('person.health')}</h2>
            <p className="score">{t('person.healthScore', { score: health.score })}</p>
            <ul>{health.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
            {detail.cadence ? <p>{t('person.cadence', { days: detail.cadence })}</p> : null}
            {detail.nextDue && <p>{t('person.nextDue', { date: day(detail.nextDue) })}</p>}
          </section>
          <section className="card" aria-labelledby="about-h">
            <h2 id="about-h">{t('person.about')}</h2>
            <About detail={detail} t={t} />
          </section>
          <section className="card" aria-labelledby="ties-h">
            <h2 id="ties-h">{t('person.ties')}</h2>
            {ties?.you && ties.you.reasons.length > 0 && <p className="muted">{t('person.youKnow', { reasons: ties.you.reasons.join(' · ') })}</p>}
            {!ties && tiesResource.loading && <Loading />}
            {!ties && <ErrorNote error={tiesResource.error} />}
            {ties && ties.ties.length === 0
              ? <p className="muted">{t('person.tiesEmpty')}</p>
              : ties && (
                <ul>
                  {ties.ties.map((tie) => (
                    <li key={tie.person.id}>
                      <Link to={`/people/${seg(tie.person.id)}`}>{tie.person.name}</Link>
                      {tie.reasons.length > 0 && <span className="hop-reason"> — {tie.reasons.join(' · ')}</span>}
                    </li>
                  ))}
                </ul>
              )}
          </section>
          <section className="card" aria-labelledby="opps-h">
            <h2 id="opps-h">{t('person.opportunities')}</h2>
            {detail.opportunities.length === 0
              ? <p className="muted">{t('person.opportunitiesEmpty')}</p>
              : <ul>{detail.opportunities.map((o) => <li key={o.id}>{[o.title ?? o.name, o.organization].filter(Boolean).join(' · ')}{o.stage ? ` (${o.stage})` : ''}</li>)}</ul>}
          </section>
        </div>
      </div>
    </>
  );
}

function About({ detail, t }: { detail: PersonDetail; t: Translate }) {
  const { person } = detail;
  const facts: [string, ReactNode][] = [];
  if (person.emails.length) facts.push([t('person.emails'), person.emails.map((e) => <div key={e}><a href={`mailto:${e}`}>{e}</a></div>)]);
  if (person.phones.length) facts.push([t('person.phones'), person.phones.join(', ')]);
  if (person.location) facts.push([t('person.location'), person.location]);
  if (person.circles.length) facts.push([t('person.circles'), person.circles.map((c) => labelOf(t, 'circle', c)).join(', ')]);
  if (person.tags.length) facts.push([t('person.tags'), person.tags.join(', ')]);
  if (person.interests.length) facts.push([t('person.interests'), person.interests.join(', ')]);
  if (person.priority !== null) facts.push([t('person.rank'), `#${person.priority}`]);
  if (person.positions.length) facts.push([t('person.work'), person.positions.map((p, i) => <div key={i}>{[p.title, p.organization].filter(Boolean).join(' · ')}</div>)]);
  return (
    <>
      {detail.metAt && <p><Link to={`/events/${seg(detail.metAt.id)}`}>{t('person.metAt', { event: detail.metAt.name })}</Link></p>}
      {detail.introducedBy && <p><Link to={`/people/${seg(detail.introducedBy.id)}`}>{t('person.introducedBy', { name: detail.introducedBy.name })}</Link></p>}
    <dl className="facts">
      {facts.map(([term, value], i) => (
        <div key={i} className="fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
    </>
  );
}

function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const { t, day } = useI18n();
  let title: string;
  let text: string | null | undefined = null;
  switch (entry.type) {
    case 'exchange':
      title = `${t('timeline.exchange')} · ${labelOf(t, 'channel', entry.channel ?? '')}${entry.eventName ? ` · ${entry.eventName}` : ''}`;
      text = entry.summary;
      break;
    case 'milestone':
      title = labelOf(t, 'milestone', entry.kind ?? 'other');
      text = entry.note;
      break;
    case 'favour': {
      const kind = labelOf(t, 'favour', entry.kind ?? 'other');
      title = t(entry.direction === 'given' ? 'favour.given' : 'favour.received', { kind });
      text = entry.note;
      break;
    }
    case 'share': {
      const href = entry.url ? safeHref(entry.url) : null;
      return (
        <li>
          <div className="when">{day(entry.date)}</div>
          <div><strong>{t('timeline.share')}</strong> · {href ? <a href={href} rel="noopener noreferrer">{entry.title ?? href}</a> : (entry.title ?? entry.url)}</div>
        </li>
      );
    }
    default:
      title = entry.title ?? t('timeline.note');
      text = entry.note ?? entry.summary;
  }
  return (
    <li>
      <div className="when">{day(entry.date)}</div>
      <div><strong>{title}</strong></div>
      {text && <Markdown text={text} />}
    </li>
  );
}
