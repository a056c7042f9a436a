// Messages shown to the user: errors (with the server's message, in their language), a
// polite live region for confirmations, and the loading line.
import type { ApiError } from '../api';
import { useI18n } from '../i18n/i18n';

export function ErrorNote({ error, onRetry }: { error: ApiError | null; onRetry?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="error" role="alert">
      <p><strong>{t('app.error')}</strong>: {error.message}</p>
      {onRetry && <button type="button" onClick={onRetry}>{t('app.retry')}</button>}
    </div>
  );
}

/** Announced to screen readers without moving focus. */
export function Status({ text }: { text: string }) {
  return <p className="status" role="status" aria-live="polite">{text}</p>;
}

export function Loading() {
  const { t } = useI18n();
  return <p className="loading" aria-busy="true">{t('app.loading')}</p>;
}
