import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates.js';
import { isMaillonError } from '../../core/errors.js';
import { generateNetwork } from './generator.js';

const today = '2025-06-15';
const net = generateNetwork({ people: 1000, seed: 7, today });
const byId = new Map(net.people.map((r) => [r.person.id, r.person]));
const eventsById = new Map(net.events.map((e) => [e.id, e]));

describe('generateNetwork', () => {
  it('gives the same network for the same seed', () => {
    const again = generateNetwork({ people: 1000, seed: 7, today });
    const data = (n: typeof net) => ({ events: n.events, people: n.people, exchanges: n.exchanges });
    expect(data(again)).toEqual(data(net));
    // The ids that follow the network's own are reproducible too.
    expect([again.newId(), again.newId()]).toEqual([net.newId(), net.newId()]);
  });

  it('gives a different network for a different seed', () => {
    const other = generateNetwork({ people: 1000, seed: 8, today });
    expect(other.people.map((r) => r.person.name)).not.toEqual(net.people.map((r) => r.person.name));
    expect(other.exchanges.map((x) => x.id)).not.toEqual(net.exchanges.map((x) => x.id));
  });

  it('creates the requested number of people and at least five events', () => {
    expect(net.people).toHaveLength(1000);
    expect(net.events.length).toBeGreaterThanOrEqual(5);
    expect(generateNetwork({ people: 0, seed: 1, today }).people).toEqual([]);
  });

  it('gives every record a unique 12-character base32 id', () => {
    const ids = [...net.events.map((e) => e.id), ...net.people.map((r) => r.person.id), ...net.exchanges.map((x) => x.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-hjkmnp-tv-z]{12}$/);
  });

  it('resolves every participant, event and introducer reference', () => {
    for (const x of net.exchanges) {
      for (const id of x.participantIds) expect(byId.has(id)).toBe(true);
      expect(new Set(x.participantIds).size).toBe(x.participantIds.length);
      expect(x.participantIds).toEqual([...x.participantIds].sort());
      if (x.eventId !== null) {
        expect(eventsById.get(x.eventId)?.date).toBe(x.date);
        expect(x.channel).toBe('in-person');
      }
    }
    const index = new Map(net.people.map((r, i) => [r.person.id, i]));
    for (const [i, { person: p, metText }] of net.people.entries()) {
      const event = p.metAtEventId === null ? undefined : eventsById.get(p.metAtEventId);
      const introducer = p.introducedById === null ? undefined : byId.get(p.introducedById);
      if (p.metAtEventId !== null) expect(metText).toContain(event?.name);
      if (p.introducedById !== null) {
        expect(metText).toContain(introducer?.name);
        expect(index.get(p.introducedById)).toBeLessThan(i);
      }
      if (!event && !introducer) expect(metText).toBe('');
    }
    expect(net.people.some((r) => r.person.metAtEventId !== null)).toBe(true);
    expect(net.people.some((r) => r.person.introducedById !== null)).toBe(true);
  });

  it('sets lastExchangeOn to the latest exchange of each person and createdOn before the first', () => {
    const last = new Map<string, string>();
    const first = new Map<string, string>();
    for (const x of net.exchanges) {
      for (const id of x.participantIds) {
        if ((last.get(id) ?? '') < x.date) last.set(id, x.date);
        if ((first.get(id) ?? '9999') > x.date) first.set(id, x.date);
      }
    }
    for (const { person: p } of net.people) {
      expect(p.lastExchangeOn).toBe(last.get(p.id) ?? null);
      expect(p.createdOn <= (first.get(p.id) ?? today)).toBe(true);
    }
  });

  it('dates nothing after today and nothing more than three years back', () => {
    const start = addDays(today, -3 * 365);
    const dates = [
      ...net.events.map((e) => e.date),
      ...net.exchanges.map((x) => x.date),
      ...net.people.flatMap((r) => [r.person.createdOn, ...r.person.positions.flatMap((p) => [p.start ?? today, p.end ?? today])]),
    ];
    for (const d of dates) expect(d <= today).toBe(true);
    for (const x of net.exchanges) expect(x.date >= start).toBe(true);
    for (const e of net.events) expect(e.date < today).toBe(true);
  });

  it('lists exchanges oldest first, as a log would', () => {
    const dates = net.exchanges.map((x) => x.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('mixes French and English names, places and phone formats', () => {
    const names = net.people.map((r) => r.person.name);
    expect(names.some((n) => /[éèêëàâîïôöûüçÉ]/.test(n))).toBe(true);
    expect(names.some((n) => /^(Sarah|James|Emily|Oliver|Hannah|Harry|Grace|George) /.test(n))).toBe(true);
    expect(names.some((n) => /( de | d'| van | Le )/.test(n))).toBe(true);
    const places = new Set(net.people.map((r) => r.person.location));
    expect(places.has('Paris') && places.has('London')).toBe(true);
    const phones = net.people.flatMap((r) => r.person.phones);
    expect(phones.some((p) => /^\+33 [67]( \d\d){4}$/.test(p))).toBe(true);
    expect(phones.some((p) => /^\+44 7\d{3} \d{6}$/.test(p))).toBe(true);
  });

  it('folds accents out of emails and LinkedIn slugs', () => {
    const emails = net.people.flatMap((r) => r.person.emails);
    for (const e of emails) expect(e).toMatch(/^[a-z-]+\.[a-z-]+\d*@[a-z0-9.-]+\.[a-z]+$/);
    expect(new Set(emails).size).toBe(emails.length);
    const links = net.people.flatMap((r) => (r.person.linkedin === null ? [] : [r.person.linkedin]));
    for (const l of links) expect(l).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[a-z-]+-[0-9a-z]{4}$/);
    expect(links.length / net.people.length).toBeGreaterThan(0.6);
  });

  it('ranks the first people 1..n without gaps and leaves the rest unranked', () => {
    const ranks = net.people.map((r) => r.person.priority);
    const n = ranks.filter((r) => r !== null).length;
    expect(n).toBe(20);
    expect(ranks.slice(0, n)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(ranks.slice(n).every((r) => r === null)).toBe(true);
  });

  it('lets some top-ten people go quiet and leaves fresh exchanges to follow up', () => {
    const quietSince = addDays(today, -60);
    const topTen = net.people.filter((r) => (r.person.priority ?? 99) <= 10).map((r) => r.person);
    expect(topTen.some((p) => p.lastExchangeOn !== null && p.lastExchangeOn < quietSince)).toBe(true);
    expect(net.exchanges.some((x) => x.date >= addDays(today, -1))).toBe(true);
  });

  it('makes colleagues with overlapping positions at the same organization', () => {
    const spans = new Map<string, [string, string][]>();
    for (const { person } of net.people) {
      for (const p of person.positions) {
        const list = spans.get(p.organization) ?? [];
        list.push([p.start ?? '0000', p.end ?? today]);
        spans.set(p.organization, list);
      }
    }
    let pairs = 0;
    for (const list of spans.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [a, b] = [list[i], list[j]];
          if (a && b && a[0] < b[1] && b[0] < a[1]) pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(100);
    expect(net.people.every((r) => r.person.positions.length >= 1 && r.person.positions.length <= 3)).toBe(true);
    expect(net.people.every((r) => r.person.positions.at(-1)?.end === null)).toBe(true);
  });

  it('averages close to the requested number of exchanges per person', () => {
    expect(net.exchanges.length / 1000).toBeGreaterThan(6 * 0.7);
    expect(net.exchanges.length / 1000).toBeLessThan(6 * 1.3);
    const busy = generateNetwork({ people: 500, seed: 3, today, exchangesPerPerson: 20 });
    expect(busy.exchanges.length / 500).toBeGreaterThan(20 * 0.7);
    expect(busy.exchanges.length / 500).toBeLessThan(20 * 1.3);
  });

  it('puts two or three participants on about a tenth of exchanges', () => {
    const groups = net.exchanges.filter((x) => x.participantIds.length > 1);
    expect(groups.length / net.exchanges.length).toBeGreaterThan(0.05);
    expect(groups.length / net.exchanges.length).toBeLessThan(0.15);
    expect(groups.every((x) => x.participantIds.length <= 3)).toBe(true);
  });

  it('rejects a negative number of people', () => {
    expect(() => generateNetwork({ people: -1, seed: 1, today })).toThrow(expect.objectContaining({ code: 'input.bad_number' }));
    let error: unknown;
    try {
      generateNetwork({ people: 10, seed: 1, today: '2025-02-30' });
    } catch (e) {
      error = e;
    }
    expect(isMaillonError(error) && error.code).toBe('input.bad_date');
  });
});
