import type { ImportErrorCode } from './errors.imports.js';
import type { MergeErrorCode } from './errors.merge.js';
import type { NetworkErrorCode } from './errors.network.js';

/**
 * The one error type of Maillon. `code` is stable and names what went wrong; `data` holds
 * what a message needs. The CLI and the server turn it into words or a status, each in one place.
 */
export type ErrorCode =
  | 'person.not_found'
  | 'person.ambiguous'
  | 'person.name_required'
  | 'event.not_found'
  | 'event.ambiguous'
  | 'prompt.not_found'
  | 'prompt.closed'
  | 'input.bad_date'
  | 'input.bad_channel'
  | 'input.bad_circle'
  | 'input.bad_event_kind'
  | 'input.bad_number'
  | 'input.bad_email'
  | 'input.bad_url'
  | 'input.bad_setting'
  | 'input.bad_sort'
  | 'input.bad_choice'
  | 'input.empty'
  | 'db.not_maillon'
  | 'db.too_new'
  | 'db.read_only'
  | 'db.unreachable'
  | 'db.not_empty'
  | 'demo.not_empty'
  | 'backup.bad_file'
  | 'milestone.bad_kind'
  | 'favour.bad_kind'
  | 'favour.self'
  | 'favour.not_found'
  | 'share.bad_url'
  | 'share.no_recipient'
  | 'opportunity.not_found'
  | 'opportunity.bad_stage'
  | 'ask.not_found'
  | 'ask.closed'
  | 'ask.self'
  | 'draft.bad_purpose'
  | 'draft.empty'
  | 'draft.nothing_to_draft'
  | 'template.not_found'
  | 'template.bad_placeholder'
  | 'template.empty'
  | 'file.unreadable'
  | 'file.unwritable'
  // Each feature keeps its codes in its own file.
  | ImportErrorCode
  | MergeErrorCode
  | NetworkErrorCode;

export class MaillonError extends Error {
  readonly code: ErrorCode;
  readonly data: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, data: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(`${code} ${JSON.stringify(data)}`, options);
    this.name = 'MaillonError';
    this.code = code;
    this.data = data;
  }
}

export function isMaillonError(error: unknown): error is MaillonError {
  return error instanceof MaillonError;
}
