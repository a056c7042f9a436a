// The fixed vocabularies the UI offers in forms, and their labels. The values are the API's;
// the labels come from the catalogues, falling back to the value for one the UI does not know.
import { en, type MessageKey } from './i18n/en';
import type { Translate } from './i18n/i18n';

export const CHANNELS = ['in-person', 'video', 'call', 'email', 'message', 'social'] as const;
export const CIRCLES = ['family', 'friend', 'former-colleague', 'colleague', 'classmate', 'association', 'client', 'event', 'online', 'other'] as const;
export const EVENT_KINDS = ['trade-show', 'conference', 'debate', 'meetup', 'other'] as const;
export const PURPOSES = ['follow-up', 'reconnect', 'congratulate', 'thank', 'share', 'ask-advice', 'introduce-request'] as const;

type Prefix = 'detail' | 'milestone' | 'favour' | 'channel' | 'circle' | 'eventKind' | 'purpose' | 'kind' | 'action' | 'sort' | 'priority' | 'health';

const isKey = (key: string): key is MessageKey => key in en;

/** The label of a vocabulary value in the current language; `fallback` (the server's) for one the UI does not know. */
export function labelOf(t: Translate, prefix: Prefix, value: string, fallback?: string): string {
  const key = `${prefix}.${value}`;
  return isKey(key) ? t(key) : fallback ?? value;
}

/** The message purpose that suits a prompt of this kind. */
export function purposeFor(kind: string): string {
  switch (kind) {
    case 'follow-up': return 'follow-up';
    case 'congratulate': return 'congratulate';
    case 'thank':
    case 'report-back': return 'thank';
    case 'ask-follow-up': return 'ask-advice';
    default: return 'reconnect';
  }
}
