// Adds a person in three fields: name, circle, organization. The form clears and keeps focus,
// so a user can go through a whole circle in a row.
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { api, seg, type ApiError } from '../api';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import type { Named } from '../types';
import { asApiError } from '../use-resource';
import { CIRCLES, labelOf } from '../vocab';
import { ErrorNote, Status } from './feedback';

/** The base circles come first: the method starts from them. */
const ORDER = ['family', 'friend', 'former-colleague', 'classmate', 'association', ...CIRCLES.filter((c) => !['family', 'friend', 'former-colleague', 'classmate', 'association'].includes(c))];

export function QuickAdd({ onAdded, heading = 'h3' }: { onAdded?: () => void; heading?: 'h2' | 'h3' }) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [circle, setCircle] = useState<string>('friend');
  const [org, setOrg] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [added, setAdded] = useState<Named[]>([]);
  const nameInput = useRef<HTMLInputElement>(null);
  const Heading = heading;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const { person } = await api.post<{ person: Named }>('/people', { name: name.trim(), circles: [circle], org: org.trim() || undefined });
      setAdded((list) => [...list, person]);
      setStatus(t('welcome.added', { name: person.name }));
      setName('');
      setOrg('');
      nameInput.current?.focus();
      onAdded?.();
    } catch (e) {
      setError(asApiError(e));
    }
  };

  return (
    <form className="card" onSubmit={(e) => { void submit(e); }} aria-labelledby={`${id}-add`}>
      <Heading id={`${id}-add`}>{t('welcome.quickAdd')}</Heading>
      <div className="grid">
        <div className="row">
          <label htmlFor={`${id}-name`}>{t('common.name')}</label>
          <input id={`${id}-name`} ref={nameInput} value={name} required autoComplete="off" onChange={(e) => { setName(e.target.value); }} />
        </div>
        <div className="row">
          <label htmlFor={`${id}-circle`}>{t('circle.label')}</label>
          <select id={`${id}-circle`} value={circle} onChange={(e) => { setCircle(e.target.value); }}>
            {ORDER.map((c) => <option key={c} value={c}>{labelOf(t, 'circle', c)}</option>)}
          </select>
        </div>
        <div className="row">
          <label htmlFor={`${id}-org`}>{t('common.organization')}</label>
          <input id={`${id}-org`} value={org} autoComplete="off" onChange={(e) => { setOrg(e.target.value); }} />
        </div>
      </div>
      <button type="submit" className="primary" disabled={name.trim() === ''}>{t('welcome.add')}</button>
      <ErrorNote error={error} />
      <Status text={status} />
      {added.length > 0 && (
        <ul className="chips">{added.map((p) => <li key={p.id}><Link to={`/people/${seg(p.id)}`}>{p.name}</Link></li>)}</ul>
      )}
    </form>
  );
}
