import type { AgendaKind } from './agenda.js';

/** Agenda kinds of milestones and favours: congratulate, birthday, thank, report-back, reciprocate. */
export const FAVOUR_KINDS_AGENDA: Record<string, AgendaKind> = {};
