// The ten-second "log an exchange" form: channel and summary. After saving it shows the
// follow-up the server planned, so the user sees the method at work.
import { useId, useState, type SubmitEvent } from 'react';
import { api, type ApiError } from '../api';
import { useI18n } from '../i18n/i18n';
import type { ExchangeResult } from '../types';
import { asApiError } from '../use-resource';
import { CHANNELS, labelOf } from '../vocab';
import { ErrorNote } from './feedback';

interface Props {
  person: { id: string; name: string };
  /** Shown as the form's heading level: the form sits inside a card or a page section. */
  heading?: 'h2' | 'h3';
  onSaved?: (result: ExchangeResult) => void;
}

export function ExchangeForm({ person, heading = 'h3', onSaved }: Props) {
  const { t, day } = useI18n();
  const id = useId();
  const [channel, setChannel] = useState<string>('in-person');
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<ExchangeResult | null>(null);
  const Heading = heading;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<ExchangeResult>('/exchanges', { people: [person.id], channel, summary: summary.trim() || undefined, followUp: true });
      setSaved(result);
      setSummary('');
      onSaved?.(result);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const followUp = saved?.followUps[0];
  return (
    <form className="exchange-form" onSubmit={(e) => { void submit(e); }} aria-labelledby={`${id}-h`}>
      <Heading id={`${id}-h`}>{t('exchange.title', { name: person.name })}</Heading>
      <div className="row">
        <label htmlFor={`${id}-channel`}>{t('channel.label')}</label>
        <select id={`${id}-channel`} value={channel} onChange={(e) => { setChannel(e.target.value); }}>
          {CHANNELS.map((c) => <option key={c} value={c}>{labelOf(t, 'channel', c)}</option>)}
        </select>
      </div>
      <div className="row">
        <label htmlFor={`${id}-summary`}>{t('exchange.summary')}</label>
        <textarea id={`${id}-summary`} value={summary} rows={2} placeholder={t('exchange.summaryHint')} onChange={(e) => { setSummary(e.target.value); }} />
      </div>
      <button type="submit" className="primary" disabled={busy}>{t('exchange.save')}</button>
      <ErrorNote error={error} />
      <div role="status" aria-live="polite">
        {saved && (
          <div className="saved">
            <p>{t('exchange.saved')}</p>
            {followUp && (
              <div className="follow-up">
                <p><strong>{t('exchange.followUpDue', { date: day(followUp.dueOn) })}</strong></p>
                {followUp.checklist.length > 0 && <ul>{followUp.checklist.map((r, i) => <li key={i}>{r}</li>)}</ul>}
              </div>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
