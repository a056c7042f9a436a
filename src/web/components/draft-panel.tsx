// A message draft for one person: written from the purpose's template, editable, and checked
// for personalisation (does it say something only this person would recognise?).
import { useId, useState } from 'react';
import { api, type ApiError } from '../api';
import { useI18n } from '../i18n/i18n';
import { asApiError } from '../use-resource';
import { labelOf, PURPOSES } from '../vocab';
import { ErrorNote } from './feedback';

interface Check {
  personal: boolean;
  found: { kind: string; value: string }[];
  missing: { kind: string; value: string }[];
}

interface Draft {
  subject: string;
  body: string;
  check: Check;
}

export function DraftPanel({ person, purpose: initial = 'reconnect', heading = 'h3' }: { person: { id: string; name: string }; purpose?: string; heading?: 'h2' | 'h3' }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [purpose, setPurpose] = useState(initial);
  const [text, setText] = useState('');
  const [check, setCheck] = useState<Check | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const Heading = heading;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      await work();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const write = () => run(async () => {
    const draft = await api.post<Draft>('/drafts', { person: person.id, purpose, lang });
    setText(draft.subject ? `${draft.subject}\n\n${draft.body}` : draft.body);
    setCheck(draft.check);
  });
  const verify = () => run(async () => {
    const result = await api.post<{ check: Check }>('/drafts/check', { person: person.id, text });
    setCheck(result.check);
  });
  const copy = () => run(async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  });

  return (
    <section className="draft" aria-labelledby={`${id}-h`}>
      <Heading id={`${id}-h`}>{t('draft.title', { name: person.name })}</Heading>
      <div className="row">
        <label htmlFor={`${id}-purpose`}>{t('draft.purpose')}</label>
        <select id={`${id}-purpose`} value={purpose} onChange={(e) => { setPurpose(e.target.value); }}>
          {PURPOSES.map((p) => <option key={p} value={p}>{labelOf(t, 'purpose', p)}</option>)}
        </select>
        <button type="button" onClick={() => { void write(); }} disabled={busy}>{t('draft.make')}</button>
      </div>
      <div className="row">
        <label htmlFor={`${id}-text`}>{t('draft.text')}</label>
        <textarea id={`${id}-text`} rows={8} value={text} onChange={(e) => { setText(e.target.value); setCheck(null); }} />
      </div>
      <div className="actions">
        <button type="button" onClick={() => { void verify(); }} disabled={busy || text.trim() === ''}>{t('draft.check')}</button>
        <button type="button" onClick={() => { void copy(); }} disabled={busy || text.trim() === ''}>{t('draft.copy')}</button>
      </div>
      <ErrorNote error={error} />
      <div role="status" aria-live="polite">
        {copied && <p>{t('common.copied')}</p>}
        {check && (check.personal && check.missing.length === 0
          ? <p className="ok">{t('draft.checkOk')}</p>
          : (
            <div className={check.personal ? 'ok' : 'warn'}>
              <p>{check.personal ? t('draft.checkOk') : t('draft.generic')} {check.missing.length > 0 && t('draft.checkIssues')}</p>
              <ul>{check.missing.map((d, i) => <li key={i}>{labelOf(t, 'detail', d.kind)}: {d.value}</li>)}</ul>
            </div>
          ))}
      </div>
    </section>
  );
}
