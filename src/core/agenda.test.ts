import { describe, expect, it } from 'vitest';
import { buildAgenda, type AgendaInput } from './agenda.js';
import { DEFAULT_SETTINGS, type Prompt } from './types.js';

const TODAY = '2026-06-10';

function input(id: string, kind: string, due: string, priority: number | null, lastExchangeOn: string | null = null): AgendaInput {
  const prompt: Prompt = {
    id, kind, personId: `p-${id}`, showOn: due, dueOn: due, status: 'open', createdOn: '2026-01-01',
    closedOn: null, snoozedUntil: null, sourceId: null, checklist: kind === 'follow-up' ? [{ key: 'thank-you', done: false }] : [], data: {},
  };
  return { prompt, person: { id: `p-${id}`, name: `Person ${id}`, priority, every: null, lastExchangeOn }, source: null };
}

describe('agenda', () => {
  it('puts the top ten first, whatever the kind', () => {
    const items = buildAgenda([input('a', 'follow-up', '2026-06-09', null), input('b', 'keep-in-touch', '2026-06-10', 3)], TODAY, DEFAULT_SETTINGS);
    expect(items.map((i) => i.id)).toEqual(['b', 'a']);
    expect(items[0]?.reasons).toContainEqual({ key: 'agenda.top-ten', values: { rank: 3 } });
  });

  it('orders follow-ups before keep-in-touch, and the longer overdue first', () => {
    const items = buildAgenda([
      input('kit', 'keep-in-touch', '2026-06-01', 40),
      input('late', 'follow-up', '2026-06-01', null),
      input('soon', 'follow-up', '2026-06-12', null),
    ], TODAY, DEFAULT_SETTINGS);
    expect(items.map((i) => i.id)).toEqual(['late', 'soon', 'kit']);
  });

  it('orders prompts that tie on importance and day by name, accents and case aside', () => {
    const named = (id: string, name: string): AgendaInput => {
      const x = input(id, 'follow-up', '2026-06-09', null);
      return { ...x, person: { ...x.person, name } };
    };
    const items = buildAgenda([named('z', 'Zoé Martin'), named('e', 'émilie Roux'), named('m', 'Emma Petit'), named('a', 'alain Dupont')], TODAY, DEFAULT_SETTINGS);
    expect(items.map((i) => i.person.name)).toEqual(['alain Dupont', 'émilie Roux', 'Emma Petit', 'Zoé Martin']);
  });

  it('says how overdue, due today or due later each prompt is', () => {
    const items = buildAgenda([input('a', 'follow-up', '2026-06-07', null), input('b', 'follow-up', '2026-06-10', null), input('c', 'follow-up', '2026-06-12', null)], TODAY, DEFAULT_SETTINGS);
    const first = (id: string) => items.find((i) => i.id === id)?.reasons[0];
    expect(first('a')).toEqual({ key: 'agenda.overdue', values: { days: 3 } });
    expect(first('b')).toEqual({ key: 'agenda.due-today', values: {} });
    expect(first('c')).toEqual({ key: 'agenda.due-in', values: { days: 2 } });
  });

  it('explains a keep-in-touch by the last exchange and the cadence of the rank', () => {
    const [item] = buildAgenda([input('a', 'keep-in-touch', '2026-06-10', 2, '2026-03-08')], TODAY, DEFAULT_SETTINGS);
    expect(item?.reasons).toContainEqual({ key: 'agenda.last-exchange', values: { days: 94 } });
    expect(item?.reasons).toContainEqual({ key: 'agenda.rank-cadence', values: { days: 21 } });
  });

  it('still shows a prompt of a kind it has no rule for', () => {
    const items = buildAgenda([input('x', 'some-future-kind', '2026-06-10', null)], TODAY, DEFAULT_SETTINGS);
    expect(items).toHaveLength(1);
    expect(items[0]?.kind).toBe('some-future-kind');
  });
});
