import { MaillonError } from './errors.js';
import { CHANNELS, CIRCLES, EVENT_KINDS, type Channel, type Circle, type EventKind } from './types.js';

function oneOf<T extends string>(values: readonly T[], value: string, code: 'input.bad_channel' | 'input.bad_circle' | 'input.bad_event_kind'): T {
  const v = value.trim().toLowerCase();
  if ((values as readonly string[]).includes(v)) return v as T;
  throw new MaillonError(code, { value, allowed: values.join(', ') });
}

export const parseChannel = (value: string): Channel => oneOf(CHANNELS, value, 'input.bad_channel');
export const parseCircle = (value: string): Circle => oneOf(CIRCLES, value, 'input.bad_circle');
export const parseEventKind = (value: string): EventKind => oneOf(EVENT_KINDS, value, 'input.bad_event_kind');

/** A whole number within [min, max], or input.bad_number naming the option. */
export function parseWhole(value: string | number, field: string, min: number, max: number): number {
  const n = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isInteger(n) || n < min || n > max || (typeof value === 'string' && value.trim() === '')) {
    throw new MaillonError('input.bad_number', { field, value: String(value), min, max });
  }
  return n;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseEmail(value: string): string {
  const v = value.trim();
  if (!EMAIL_RE.test(v)) throw new MaillonError('input.bad_email', { value });
  return v.toLowerCase();
}

/** Accepts linkedin.com/in/... with or without scheme, and stores one canonical https form. */
export function parseLinkedIn(value: string): string {
  const v = value.trim();
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(v) ? v : `https://${v}`);
  } catch {
    throw new MaillonError('input.bad_url', { value });
  }
  if (!/(^|\.)linkedin\.com$/i.test(url.hostname) || url.pathname.length < 2) {
    throw new MaillonError('input.bad_url', { value });
  }
  return `https://www.linkedin.com${url.pathname.replace(/\/+$/, '')}`;
}

/** Trims a free-text value; an empty one becomes null. */
export function text(value: string | undefined | null): string | null {
  const v = value?.trim();
  return v ? v : null;
}
