// The first-run guide: the method starts from the people you already know. A quick add form
// for the base circles, or an import.
import { useId } from 'react';
import { QuickAdd } from '../components/quick-add';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';

/** `onAdded` lets Today show the agenda once the network is no longer empty. */
export function Welcome({ onAdded }: { onAdded?: () => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="welcome" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('welcome.title')}</h2>
      <p>{t('welcome.intro')}</p>
      <p>{t('welcome.step')}</p>
      <QuickAdd {...(onAdded ? { onAdded } : {})} />
      <h3>{t('welcome.orImport')}</h3>
      <p><Link to="/import">{t('welcome.importLink')}</Link></p>
    </section>
  );
}
