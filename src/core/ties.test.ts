import { describe, expect, it } from 'vitest';
import { dayNumber } from './dates.js';
import { colleagueStrength, OPEN_END, OPEN_START, orgKind, parseTieStrength, sharedDays, tiePair, userTie } from './ties.js';

const day = dayNumber;

describe('ties', () => {
  it('reads declared strengths and stores each pair once, in order', () => {
    expect(parseTieStrength(' Strong ')).toBe('strong');
    expect(() => parseTieStrength('best')).toThrow(expect.objectContaining({ code: 'tie.bad_strength' }));
    expect(tiePair('b', 'a')).toEqual(['a', 'b']);
  });

  it('counts colleagues only while their positions overlap, or when both are current without dates', () => {
    const today = day('2026-03-02');
    expect(sharedDays(day('2019-01-01'), day('2022-01-01'), day('2021-01-01'), OPEN_END, today)).toBe(365);
    expect(sharedDays(day('2019-01-01'), day('2020-01-01'), day('2021-01-01'), OPEN_END, today)).toBe(-1);
    expect(sharedDays(OPEN_START, OPEN_END, OPEN_START, OPEN_END, today)).toBe(Infinity);
    expect(sharedDays(day('2020-01-01'), day('2021-01-01'), day('2021-01-01'), OPEN_END, today)).toBe(-1);
  });

  it('weakens colleague ties in big organizations and for brief overlaps', () => {
    expect(colleagueStrength('company', 10, Infinity)).toBe(0.5);
    expect(colleagueStrength('company', 10, 90)).toBeCloseTo(0.35, 9);
    expect(colleagueStrength('company', 10_000, Infinity)).toBeCloseTo(0.5 * 0.33, 9);
    expect(colleagueStrength('school', 10, Infinity)).toBeLessThan(colleagueStrength('company', 10, Infinity));
  });

  it('tells schools and associations from companies by name, or by the titles held there', () => {
    expect(orgKind('École Centrale de Lyon', 0)).toBe('school');
    expect(orgKind('University of Leeds', 0)).toBe('school');
    expect(orgKind('HEC Paris', 0.8)).toBe('school');
    expect(orgKind('Les Amis du Jazz (association)', 0)).toBe('association');
    expect(orgKind('Acme', 0.1)).toBe('company');
  });

  it('makes family and close friends strong, and adds up the evidence of the user tie', () => {
    const none = { circles: [], exchanges: [], metAt: null, introducedBy: null, connectedOn: null, favours: 0 } as const;
    expect(userTie(none, '2026-03-02')).toEqual({ strength: 0, reasons: [] });
    const family = userTie({ ...none, circles: ['family'] }, '2026-03-02').strength;
    const online = userTie({ ...none, circles: ['online'] }, '2026-03-02').strength;
    expect(family).toBeGreaterThanOrEqual(0.8);
    expect(online).toBeLessThan(0.2);
    const more = userTie({ ...none, circles: ['online'], metAt: 'PyData', exchanges: [{ date: '2026-02-20', channel: 'in-person', theyInitiated: false }] }, '2026-03-02');
    expect(more.strength).toBeGreaterThan(online);
    expect(more.strength).toBeLessThanOrEqual(1);
    expect(more.reasons.map((r) => r.key)).toEqual(['tie.me.circles', 'tie.me.exchanges', 'tie.me.met-at']);
  });
});
