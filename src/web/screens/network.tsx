// Six degrees: the warm-introduction path finder (each hop with its reason), how far the
// network reaches, the bridges it depends on, and a picture of the user's neighbourhood.
import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { api, seg, type ApiError } from '../api';
import { ErrorNote, Loading } from '../components/feedback';
import { NeighbourhoodGraph } from '../components/neighbourhood-graph';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import type { Bridge, Neighbourhood, PathResult, Reach } from '../types';
import { asApiError, useResource } from '../use-resource';

const KINDS = ['person', 'organization', 'role'] as const;

export function Network() {
  const { t, lang } = useI18n();
  useEffect(() => { document.title = `${t('network.title')} · Maillon`; }, [t]);
  const reach = useResource(() => api.get<Reach>('/network/reach'), lang);
  const bridges = useResource(() => api.get<{ bridges: Bridge[]; suggestions: Bridge[] }>('/network/bridges'), lang);
  const graph = useResource(() => api.get<Neighbourhood>('/network/neighbourhood', { limit: 300 }), 'graph');
  return (
    <>
      <h1>{t('network.title')}</h1>
      <PathFinder />
      <div className="columns">
        <section aria-labelledby="reach-h">
          <h2 id="reach-h">{t('network.reach')}</h2>
          <ErrorNote error={reach.error} onRetry={reach.reload} />
          {reach.data ? <ReachView reach={reach.data} /> : reach.loading && <Loading />}
        </section>
        <section aria-labelledby="bridges-h">
          <h2 id="bridges-h">{t('network.bridges')}</h2>
          <ErrorNote error={bridges.error} onRetry={bridges.reload} />
          {bridges.data ? <BridgeList bridges={bridges.data.bridges} /> : bridges.loading && <Loading />}
        </section>
      </div>
      <section aria-labelledby="graph-h">
        <h2 id="graph-h">{t('network.graph')}</h2>
        <p className="muted" id="graph-hint">{t('network.graphHint')}</p>
        <ErrorNote error={graph.error} onRetry={graph.reload} />
        {!graph.data && graph.loading && <Loading />}
        {graph.data && (graph.data.nodes.length <= 1
          ? <p className="empty">{t('network.graphEmpty')}</p>
          : <NeighbourhoodGraph data={graph.data} label={t('network.graph')} />)}
      </section>
    </>
  );
}

function PathFinder() {
  const { t, lang } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('person');
  const [to, setTo] = useState('');
  const [result, setResult] = useState<PathResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult(await api.get<PathResult>('/network/path', { to: to.trim(), kind, k: 3 }));
    } catch (e) {
      setResult(null);
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  // Reasons come in the language asked for: a new language needs a new search.
  useEffect(() => { setResult(null); }, [lang]);

  const target = result?.target?.label ?? result?.target?.name ?? to;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('network.path')}</h2>
      <form onSubmit={(e) => { void submit(e); }}>
        <fieldset className="row">
          <legend>{t('network.kind')}</legend>
          {KINDS.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => { setKind(k); }} /> {t(`network.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="row">
          <label htmlFor={`${id}-to`}>{t('network.to')}</label>
          <input id={`${id}-to`} value={to} required autoComplete="off" onChange={(e) => { setTo(e.target.value); }} />
          <button type="submit" className="primary" disabled={busy || to.trim() === ''}>{t('network.find')}</button>
        </div>
      </form>
      <ErrorNote error={error} />
      <div aria-live="polite">
        {result && (result.paths.length === 0
          ? <p className="empty">{t('network.noPath')}</p>
          : (
            <>
              {result.firstAsk?.text && <p className="first-ask"><strong>{t('network.firstAsk')}:</strong> {result.firstAsk.text}</p>}
              {result.paths.map((path, i) => (
                <div key={i}>
                  <h3>{t('network.pathTitle', { n: i + 1, name: target })} <span className="muted">({path.hops === 1 ? t('network.oneHop') : t('network.hops', { count: path.hops })})</span></h3>
                  <ol className="path">
                    <li><strong>{t('network.you')}</strong></li>
                    {path.steps.map((step) => (
                      <li key={step.person.id}>
                        → <Link to={`/people/${seg(step.person.id)}`}>{step.person.name}</Link>
                        {(step.title ?? step.organization) && <span className="muted"> ({[step.title, step.organization].filter(Boolean).join(', ')})</span>}
                        {step.reasons.length > 0 && <div className="hop-reason">{step.reasons.join(' · ')}</div>}
                      </li>
                    ))}
                  </ol>
                </div>
              ))}
            </>
          ))}
      </div>
    </section>
  );
}

function ReachView({ reach }: { reach: Reach }) {
  const { t, number } = useI18n();
  return (
    <>
      <p>{t('network.people', { count: number(reach.people) })}</p>
      <ul className="stats">
        {reach.hops.map((count, i) => <li key={i}>{t('network.atHops', { count: number(count), distance: i === 0 ? t('network.oneHop') : t('network.hops', { count: i + 1 }) })}</li>)}
      </ul>
      {reach.secondDegree.byOrganization.length > 0 && (
        <>
          <h3>{t('network.byOrg')}</h3>
          <ul>{reach.secondDegree.byOrganization.map((o) => <li key={o.organization}>{o.organization}: {number(o.count)}</li>)}</ul>
        </>
      )}
    </>
  );
}

function BridgeList({ bridges }: { bridges: Bridge[] }) {
  const { t } = useI18n();
  if (bridges.length === 0) return <p className="muted">{t('network.bridgesEmpty')}</p>;
  return (
    <ul>
      {bridges.map((b) => (
        <li key={b.person.id}>
          <Link to={`/people/${seg(b.person.id)}`}>{b.person.name}</Link>: {t('network.bridgeReach', { reach: b.reach, unique: b.unique })}
          {b.organizations.length > 0 && <span className="muted"> ({t('network.via', { orgs: b.organizations.slice(0, 3).join(', ') })})</span>}
        </li>
      ))}
    </ul>
  );
}
