import type { AgendaKind } from './agenda.js';
import { daysBetween } from './dates.js';
import { reason, type Reason } from './reason.js';
import { ASK_FOLLOW_UP } from './sharing.js';

/** Agenda kinds of asks and opportunities: ask-follow-up. */
export const SHARING_KINDS_AGENDA: Record<string, AgendaKind> = {
  // Below a follow-up (a fresh exchange cools fast) and above keep-in-touch: a stranger who
  // has not answered in a week has likely forgotten, and one polite nudge is expected.
  [ASK_FOLLOW_UP]: {
    weight: 250,
    explain({ prompt }, { today }) {
      const { about, date, via } = prompt.data;
      const asked = typeof date === 'string' ? date : prompt.createdOn;
      const reasons: Reason[] = [
        reason('ask.asked', { about: about ?? '', date: asked }),
        reason('ask.no-answer-yet', { days: daysBetween(asked, today) }),
      ];
      if (typeof via === 'string' && via) reasons.push(reason('ask.via', { name: via }));
      reasons.push(reason('ask.nudge'));
      return reasons;
    },
  },
};
