import { describe, expect, it } from 'vitest';
import { balanceOf, balances, overall, toReturn, waitingReturn, type FavourTally } from './reciprocity.js';

const TODAY = '2026-06-10';
const t = (personId: string, direction: 'given' | 'received', kind: string, count: number, last: string): FavourTally => ({ personId, direction, kind, count, last });

describe('reciprocity', () => {
  it('weighs an introduction, a referral or a job lead more than advice', () => {
    const b = balanceOf([t('a', 'received', 'introduction', 1, '2026-05-01'), t('a', 'given', 'advice', 2, '2026-05-02')], 'a');
    expect(b.received).toEqual({ weight: 3, count: 1, last: '2026-05-01', kinds: { introduction: 1 } });
    expect(b.given).toEqual({ weight: 2, count: 2, last: '2026-05-02', kinds: { advice: 2 } });
    expect(b.leaning).toBe('they-helped-more');
  });

  it('counts a kind it does not know as a small favour', () => {
    expect(balanceOf([t('a', 'given', 'some-new-kind', 2, '2026-05-01')], 'a').given.weight).toBe(2);
  });

  it('leans nowhere when nothing was noted, and is even when the weights match', () => {
    expect(balanceOf([], 'a').leaning).toBe('none');
    expect(balanceOf([t('a', 'received', 'referral', 1, '2026-05-01'), t('a', 'given', 'job-lead', 1, '2026-05-03')], 'a').leaning).toBe('even');
    expect(balanceOf([t('a', 'given', 'recommendation', 1, '2026-05-01')], 'a').leaning).toBe('you-helped-more');
  });

  it('adds everyone up for the overall balance', () => {
    const all = overall(balances([t('a', 'received', 'advice', 2, '2026-05-01'), t('b', 'received', 'advice', 1, '2026-05-09'), t('b', 'given', 'referral', 1, '2026-04-01')]));
    expect(all).toMatchObject({ people: 2, received: { weight: 3, count: 3, last: '2026-05-09', kinds: { advice: 3 } }, given: { weight: 3, count: 1 }, leaning: 'even' });
  });

  it('waits two weeks after the last favour received before nudging, and stops after a year', () => {
    const at = (last: string) => waitingReturn(balanceOf([t('a', 'received', 'advice', 1, last)], 'a'), TODAY);
    expect(at('2026-05-28')).toBe(false);
    expect(at('2026-05-27')).toBe(true);
    expect(at('2025-06-10')).toBe(true);
    expect(at('2025-06-09')).toBe(false);
  });

  it('does not nudge once something was given since, or when the user gave as much', () => {
    const since = balanceOf([t('a', 'received', 'introduction', 1, '2026-05-01'), t('a', 'given', 'advice', 1, '2026-05-20')], 'a');
    expect(waitingReturn(since, TODAY)).toBe(false);
    const before = balanceOf([t('a', 'received', 'introduction', 1, '2026-05-01'), t('a', 'given', 'advice', 1, '2026-04-20')], 'a');
    expect(waitingReturn(before, TODAY)).toBe(true);
    const even = balanceOf([t('a', 'received', 'advice', 1, '2026-05-01'), t('a', 'given', 'advice', 1, '2026-04-20')], 'a');
    expect(waitingReturn(even, TODAY)).toBe(false);
  });

  it('picks the most helpful first, at most the limit', () => {
    const list = balances([
      t('advice', 'received', 'advice', 1, '2026-05-01'),
      t('intro', 'received', 'introduction', 1, '2026-05-01'),
      t('two', 'received', 'advice', 2, '2026-05-01'),
      t('evened', 'received', 'job-lead', 1, '2026-05-01'), t('evened', 'given', 'advice', 2, '2026-04-01'),
    ]);
    // 'evened' and 'advice' are each one advice ahead; 'evened' did more in all, so comes first.
    expect(toReturn(list, TODAY, 3).map((b) => b.personId)).toEqual(['intro', 'two', 'evened']);
    expect(toReturn(list, TODAY).map((b) => b.personId)).toEqual(['intro', 'two', 'evened', 'advice']);
  });
});
