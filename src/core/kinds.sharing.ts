import type { AgendaKind } from './agenda.js';

/** Agenda kinds of asks and opportunities: ask-follow-up. */
export const SHARING_KINDS_AGENDA: Record<string, AgendaKind> = {};
