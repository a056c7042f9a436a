// People: a windowed list that stays fast at 30,000 rows, searched as you type (the server
// ignores accents and case) and filtered by circle, tag, priority, health and organization.
// The filters live in the address, so Back from a person returns to the same list; where the
// user was in it is kept for the tab (sessionStorage), so Back returns there too.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ErrorNote } from '../components/feedback';
import { VirtualList } from '../components/virtual-list';
import { useI18n } from '../i18n/i18n';
import { usePeoplePages, type PeopleQuery } from '../people-pages';
import { navigate, useLocation } from '../router';
import type { PersonRow } from '../types';
import { CIRCLES, labelOf } from '../vocab';
import { Welcome } from './welcome';
import { QuickAdd } from '../components/quick-add';

const ROW_HEIGHT = 44;
const FIELDS = ['q', 'circle', 'tag', 'priority', 'health', 'org', 'sort'] as const;
const PRIORITIES = ['top10', 'top50', 'top150', 'ranked', 'unranked'] as const;
const HEALTHS = ['good', 'fading', 'cold'] as const;
const SORTS = ['priority', 'name', 'health', 'last'] as const;

function fromQuery(params: URLSearchParams): PeopleQuery {
  const q = {} as PeopleQuery;
  for (const f of FIELDS) q[f] = params.get(f) ?? '';
  return q;
}

function toSearch(q: PeopleQuery): string {
  const params = new URLSearchParams();
  for (const f of FIELDS) if (q[f]) params.set(f, q[f]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Where the user left the list: its scroll position and selected row, for one set of filters. */
interface Place { search: string; top: number; selected: number }
const PLACE_KEY = 'maillon.people.place';

function savedPlace(search: string): Place | null {
  try {
    const place = JSON.parse(sessionStorage.getItem(PLACE_KEY) ?? 'null') as Place | null;
    return place?.search === search ? place : null;
  } catch {
    return null; // Storage refused or garbled: start at the top.
  }
}

function savePlace(place: Place): void {
  try {
    sessionStorage.setItem(PLACE_KEY, JSON.stringify(place));
  } catch {
    // Storage refused (private mode, quota): the list simply starts at the top next time.
  }
}

/** The value after the user stopped typing for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => { setSettled(value); }, ms);
    return () => { window.clearTimeout(timer); };
  }, [value, ms]);
  return settled;
}

export function People() {
  const { t, lang, day, number } = useI18n();
  const id = useId();
  const location = useLocation();
  const [form, setForm] = useState<PeopleQuery>(() => fromQuery(location.query));
  const query = useDebounced(form, 200);
  const [added, setAdded] = useState(0);
  // A person added here changes the list: a new key fetches it again.
  const pages = usePeoplePages(query, `${lang}|${added}`);
  const [place] = useState(() => savedPlace(toSearch(fromQuery(location.query))));
  const [selected, setSelected] = useState(place?.selected ?? -1);
  const scrollTop = useRef(place?.top ?? 0);
  const firstQuery = useRef(true);

  useEffect(() => { document.title = `${t('people.title')} · Maillon`; }, [t]);
  useEffect(() => {
    // The first query is the one the user came back to: keep their place in it.
    if (!firstQuery.current) setSelected(-1);
    firstQuery.current = false;
    navigate(`/people${toSearch(query)}`, true);
  }, [query]);

  const set = (field: keyof PeopleQuery, value: string) => { setForm((f) => ({ ...f, [field]: value })); };
  const open = useCallback((index: number) => {
    const person = pages.row(index);
    if (!person) return;
    savePlace({ search: toSearch(query), top: scrollTop.current, selected: index });
    navigate(`/people/${encodeURIComponent(person.id)}`);
  }, [pages, query]);
  const filtered = FIELDS.some((f) => f !== 'sort' && form[f] !== '');
  const total = pages.total;

  const renderRow = (index: number) => {
    const p = pages.row(index);
    return p ? personCells(p) : <span className="placeholder">{t('app.loading')}</span>;
  };
  const personCells = (person: PersonRow) => (
    <>
      <span className="name">{person.name}</span>{' '}
      <span className="muted">{[person.title, person.organization].filter(Boolean).join(' · ')}</span>
{' '}
      <span>{person.rank !== null ? t('people.rank', { rank: person.rank }) : ''}</span>{' '}
      <span>
        {person.health !== null && (
          <>
            <span className="health-bar" aria-hidden="true"><span style={{ width: `${person.health}%` }} /></span>
            <span className="visually-hidden">{t('people.healthValue', { score: person.health })}</span>
          </>
        )}
      </span>{' '}
      <span className="muted">{person.lastExchange ? day(person.lastExchange) : t('people.never')}</span>
    </>
  );

  return (
    <>
      <h1>{t('people.title')}</h1>
      <form className="filters" role="search" onSubmit={(e) => { e.preventDefault(); }} aria-label={t('people.filters')}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('people.search')}</label>
          <input id={`${id}-q`} type="search" value={form.q} placeholder={t('people.searchHint')} autoComplete="off"
            onChange={(e) => { set('q', e.target.value); }}
            onKeyDown={(e) => { if (e.key === 'ArrowDown') { e.preventDefault(); document.getElementById(`${id}-list`)?.focus(); } }} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-circle`}>{t('circle.label')}</label>
          <select id={`${id}-circle`} value={form.circle} onChange={(e) => { set('circle', e.target.value); }}>
            <option value="">{t('common.all')}</option>
            {CIRCLES.map((c) => <option key={c} value={c}>{labelOf(t, 'circle', c)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tag`}>{t('people.tag')}</label>
          <input id={`${id}-tag`} value={form.tag} size={10} onChange={(e) => { set('tag', e.target.value); }} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-priority`}>{t('people.priority')}</label>
          <select id={`${id}-priority`} value={form.priority} onChange={(e) => { set('priority', e.target.value); }}>
            <option value="">{t('common.all')}</option>
            {PRIORITIES.map((p) => <option key={p} value={p}>{t(`priority.${p}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-health`}>{t('people.health')}</label>
          <select id={`${id}-health`} value={form.health} onChange={(e) => { set('health', e.target.value); }}>
            <option value="">{t('common.all')}</option>
            {HEALTHS.map((h) => <option key={h} value={h}>{t(`health.${h}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-org`}>{t('people.org')}</label>
          <input id={`${id}-org`} value={form.org} size={12} onChange={(e) => { set('org', e.target.value); }} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('people.sort')}</label>
          <select id={`${id}-sort`} value={form.sort || 'priority'} onChange={(e) => { set('sort', e.target.value === 'priority' ? '' : e.target.value); }}>
            {SORTS.map((s) => <option key={s} value={s}>{t(`sort.${s}`)}</option>)}
          </select>
        </div>
        {filtered && <button type="button" onClick={() => { setForm(fromQuery(new URLSearchParams())); }}>{t('people.clear')}</button>}
      </form>
      {!(total === 0 && !filtered) && (
        <details className="add-person">
          <summary>{t('people.add')}</summary>
          <QuickAdd heading="h2" onAdded={() => { setAdded((n) => n + 1); }} />
        </details>
      )}
      <p className="lead" role="status" aria-live="polite">{total === null ? t('app.loading') : t('people.count', { count: number(total) })}</p>
      <p id={`${id}-keys`} className="visually-hidden">{t('people.keys')}</p>
      <ErrorNote error={pages.error} />
      {total === 0 && !filtered && <Welcome onAdded={() => { setAdded((n) => n + 1); }} />}
      {total === 0
        ? filtered && <p className="empty">{t('people.noMatch')}</p>
        : (
          <VirtualList id={`${id}-list`} label={t('people.list')} describedBy={`${id}-keys`} count={total ?? 0} rowHeight={ROW_HEIGHT}
            selected={selected} onSelect={setSelected} onOpen={open} onRange={pages.ensure} renderRow={renderRow}
            initialScrollTop={place?.top} onScrolled={(top) => { scrollTop.current = top; }} />
        )}
    </>
  );
}
