import { describe, expect, it } from 'vitest';
import { health, type ExchangeFact } from './health.js';

const TODAY = '2026-06-01';
const x = (date: string, channel: ExchangeFact['channel'], theyInitiated = false): ExchangeFact => ({ date, channel, theyInitiated });

describe('health', () => {
  it('is 0 with "no exchange yet" when nothing was logged', () => {
    expect(health([], TODAY)).toEqual({ score: 0, reasons: [{ key: 'health.never', values: {} }] });
  });

  it('counts an in-person meeting more than a social-media like of the same day', () => {
    expect(health([x('2026-05-30', 'in-person')], TODAY).score).toBeGreaterThan(health([x('2026-05-30', 'social')], TODAY).score * 3);
  });

  it('fades with time: the same meeting a year ago weighs far less', () => {
    const recent = health([x('2026-05-25', 'in-person')], TODAY).score;
    const old = health([x('2025-05-25', 'in-person')], TODAY).score;
    expect(old).toBeLessThan(recent / 5);
  });

  it('stays within 0 and 100 however many exchanges there are', () => {
    const many = Array.from({ length: 500 }, (_, i) => x(`2026-05-${String((i % 28) + 1).padStart(2, '0')}`, 'in-person', Math.floor(i / 28) % 2 === 0));
    const { score } = health(many, TODAY);
    expect(score).toBeLessThanOrEqual(100);
    expect(score).toBeGreaterThan(90);
  });

  it('scores a balanced initiative above a one-sided one', () => {
    const dates = ['2026-05-01', '2026-05-08', '2026-05-15', '2026-05-22'];
    const balanced = health(dates.map((d, i) => x(d, 'call', i % 2 === 0)), TODAY);
    const oneSided = health(dates.map((d) => x(d, 'call', false)), TODAY);
    expect(balanced.score).toBeGreaterThan(oneSided.score);
    expect(oneSided.reasons).toContainEqual({ key: 'health.you-initiated', values: { count: 4 } });
    expect(balanced.reasons).toContainEqual({ key: 'health.balanced', values: { mine: 2, count: 4 } });
  });

  it('explains itself: days since the last exchange and in-person meetings this year', () => {
    const { reasons } = health([x('2026-02-27', 'in-person'), x('2025-12-01', 'in-person'), x('2024-01-01', 'in-person')], TODAY);
    expect(reasons[0]).toEqual({ key: 'health.last', values: { days: 94, channel: 'in-person' } });
    expect(reasons).toContainEqual({ key: 'health.in-person-year', values: { count: 2 } });
  });

  it('ignores exchanges dated after today', () => {
    expect(health([x('2026-07-01', 'in-person')], TODAY).score).toBe(0);
  });
});
