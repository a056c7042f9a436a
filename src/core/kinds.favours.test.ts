import { describe, expect, it } from 'vitest';
import type { AgendaInput } from './agenda.js';
import { ageOn, birthdayWindow, FAVOUR_KINDS_AGENDA } from './kinds.favours.js';
import { DEFAULT_SETTINGS, type Prompt } from './types.js';

const TODAY = '2026-06-10';

function input(kind: string, data: Prompt['data'], source: AgendaInput['source'] = null): AgendaInput {
  const prompt: Prompt = {
    id: 'p1', kind, personId: 'c', showOn: TODAY, dueOn: TODAY, status: 'open', createdOn: TODAY, closedOn: null,
    snoozedUntil: null, sourceId: null, checklist: [], data,
  };
  return { prompt, person: { id: 'c', name: 'Claire Dubois', priority: null, every: null, lastExchangeOn: null }, source };
}
const explain = (i: AgendaInput) => FAVOUR_KINDS_AGENDA[i.prompt.kind]?.explain(i, { today: TODAY, settings: DEFAULT_SETTINGS });

describe('agenda kinds of favours', () => {
  it('explains a report-back after an introduction, from the first exchange', () => {
    const reasons = explain(input('report-back', { about: 'introduction', introduced: 'Marc Petit' }, { date: '2026-06-08', channel: 'call', eventName: null }));
    expect(reasons).toEqual([{ key: 'report-back.introduction', values: { name: 'Claire Dubois', introduced: 'Marc Petit', date: '2026-06-08' } }]);
  });

  it('explains a report-back about an opportunity that moved forward', () => {
    const reasons = explain(input('report-back', { about: 'opportunity', title: 'Data lead at Qonto', stage: 'interviewing' }));
    expect(reasons).toEqual([{ key: 'report-back.opportunity', values: { name: 'Claire Dubois', title: 'Data lead at Qonto', stage: 'interviewing' } }]);
  });

  it('explains a nudge to return a favour by how long ago the last one was', () => {
    const reasons = explain(input('reciprocate', { count: 2, kinds: 'introduction:1,advice:2', last: '2026-05-20' }));
    expect(reasons).toEqual([{ key: 'reciprocate.helped', values: { name: 'Claire Dubois', count: 2, kinds: 'introduction:1,advice:2', days: 21 } }]);
  });

  it('always says to thank, even when the help led nowhere', () => {
    expect(explain(input('thank', { favour: 'advice', date: '2026-06-09' }))?.map((r) => r.key)).toEqual(['thank.for', 'thank.anyway']);
  });
});

describe('birthdays', () => {
  it('looks three days ahead, across the new year', () => {
    expect(birthdayWindow('2026-12-30')).toEqual([
      { md: '12-30', on: '2026-12-30' }, { md: '12-31', on: '2026-12-31' }, { md: '01-01', on: '2027-01-01' }, { md: '01-02', on: '2027-01-02' },
    ]);
  });

  it('keeps 29 February on the 28th in years without one', () => {
    expect(birthdayWindow('2027-02-28', 0)).toEqual([{ md: '02-28', on: '2027-02-28' }, { md: '02-29', on: '2027-02-28' }]);
    expect(birthdayWindow('2028-02-28', 0)).toEqual([{ md: '02-28', on: '2028-02-28' }]);
  });

  it('tells the age only when the year is real', () => {
    expect(ageOn('1980-06-12', '2026-06-12')).toBe(46);
    expect(ageOn('--06-12', '2026-06-12')).toBeNull();
    expect(ageOn('1604-06-12', '2026-06-12')).toBeNull();
  });
});
