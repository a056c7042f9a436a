// Adds a line to a person's notes (the server dates it). Notes are Markdown, shown safely.
import { useId, useState, type SubmitEvent } from 'react';
import { api, seg, type ApiError } from '../api';
import { useI18n } from '../i18n/i18n';
import { asApiError } from '../use-resource';
import { ErrorNote, Status } from './feedback';

export function NoteForm({ personId, onSaved }: { personId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api.patch(`/people/${seg(personId)}`, { note: note.trim() });
      setNote('');
      setStatus(t('person.noteSaved'));
      onSaved();
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return (
    <form onSubmit={(e) => { void submit(e); }}>
      <div className="row">
        <label htmlFor={`${id}-note`}>{t('person.addNote')}</label>
        <textarea id={`${id}-note`} rows={2} value={note} placeholder={t('person.noteHint')} onChange={(e) => { setNote(e.target.value); }} />
      </div>
      <button type="submit" disabled={note.trim() === ''}>{t('person.addNote')}</button>
      <ErrorNote error={error} />
      <Status text={status} />
    </form>
  );
}
