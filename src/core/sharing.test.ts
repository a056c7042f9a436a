import { describe, expect, it } from 'vitest';
import { isMaillonError } from './errors.js';
import { aboutTopic, movesForward, outcomesByContact, parseShareUrl, parseStage, rankSuggestions, responseRates, suggestionPool, type SuggestionInput } from './sharing.js';

const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (isMaillonError(e)) return { code: e.code, data: e.data };
  }
  return undefined;
};

describe('share URLs', () => {
  it('keeps one canonical form, so the same article typed twice is one share', () => {
    expect(parseShareUrl(' https://Example.COM/churn?x=1 ')).toBe('https://example.com/churn?x=1');
    expect(parseShareUrl('http://example.com')).toBe('http://example.com/');
  });

  it('refuses anything that is not an http(s) address, naming the value', () => {
    for (const bad of ['example.com/churn', 'ftp://example.com/x', 'mailto:a@b.fr', 'https://medium', 'not a url']) {
      expect(errorOf(() => parseShareUrl(bad))).toEqual({ code: 'share.bad_url', data: { value: bad } });
    }
  });
});

describe('topics', () => {
  it('matches interests whatever the accents and case, and by partial words either way', () => {
    expect(aboutTopic('velo', 'Vélo')).toBe(true);
    expect(aboutTopic('data', 'Data Engineering')).toBe(true);
    expect(aboutTopic('data engineering', 'data')).toBe(true);
    expect(aboutTopic('IA', 'IA générative')).toBe(true);
    expect(aboutTopic('oenologie', 'Œnologie')).toBe(true);
  });

  it('does not match unrelated words or words inside other words', () => {
    expect(aboutTopic('jazz', 'data engineering')).toBe(false);
    expect(aboutTopic('engineering', 'reverse-engineering tools')).toBe(true);
    expect(aboutTopic('ring', 'engineering')).toBe(false);
    expect(aboutTopic('  ', 'data')).toBe(false);
  });
});

describe('suggestions', () => {
  const person = (id: string, priority: number | null, health: number, labels: SuggestionInput['labels']): SuggestionInput => ({
    id, name: `Person ${id}`, priority, labels,
    health: { score: health, reasons: [{ key: health > 0 ? 'health.last' : 'health.never', values: { days: 3 } }] },
  });

  it('puts the top ten first by rank, then the others by health and rank, each with why', () => {
    const ranked = rankSuggestions([
      person('close', null, 80, [{ kind: 'interest', value: 'data' }]),
      person('top3', 3, 0, [{ kind: 'interest', value: 'Data Engineering' }]),
      person('top1', 1, 10, [{ kind: 'tag', value: 'data' }]),
      person('far', 40, 5, [{ kind: 'interest', value: 'data' }]),
      person('other', null, 90, [{ kind: 'interest', value: 'jazz' }]),
    ], ['data engineering'], 10);
    expect(ranked.map((s) => s.person.id)).toEqual(['top1', 'top3', 'close', 'far']);
    expect(ranked[1]?.reasons.slice(0, 2)).toEqual([
      { key: 'share.interested', values: { topics: 'Data Engineering' } },
      { key: 'share.top-ten', values: { rank: 3 } },
    ]);
    expect(ranked[0]?.reasons[0]).toEqual({ key: 'share.tagged', values: { tags: 'data' } });
    expect(ranked[2]?.reasons).toContainEqual({ key: 'share.health', values: { score: 80 } });
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: 20 }, (_, i) => person(String(i), null, i, [{ kind: 'interest', value: 'voile' }]));
    expect(rankSuggestions(many, ['voile'], 5).map((s) => s.health)).toEqual([19, 18, 17, 16, 15]);
  });

  it('scores everyone who matches when they are few, ranked or not, in touch or not', () => {
    const people = [
      { id: 'a', name: 'A', priority: 1, lastExchangeOn: null },
      { id: 'b', name: 'B', priority: null, lastExchangeOn: null },
    ];
    expect(suggestionPool(people, 5).map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('scores only the top ten, the highest ranked and the most recently in touch among many matches', () => {
    const people = Array.from({ length: 100 }, (_, i) => ({
      id: `p${String(i).padStart(3, '0')}`, name: `P${String(i)}`, priority: i < 50 ? i + 1 : null,
      lastExchangeOn: i >= 90 ? `2026-01-${String(i - 80).padStart(2, '0')}` : null,
    }));
    const pool = suggestionPool(people, 5).map((p) => p.id);
    expect(pool).toHaveLength(15);
    expect(pool.slice(0, 10)).toEqual(people.slice(0, 10).map((p) => p.id));
    expect(pool).toContain('p099');
    expect(pool).not.toContain('p089');
  });
});

describe('opportunities', () => {
  it('reads a stage whatever its case, and lists the valid ones otherwise', () => {
    expect(parseStage(' Interviewing ')).toBe('interviewing');
    expect(errorOf(() => parseStage('signed'))).toEqual({
      code: 'opportunity.bad_stage', data: { value: 'signed', allowed: 'lead, contacted, referred, interviewing, offer, won, lost' },
    });
  });

  it('calls a later stage or a win progress, but not a loss or a reopening', () => {
    expect(movesForward('lead', 'referred')).toBe(true);
    expect(movesForward('offer', 'won')).toBe(true);
    expect(movesForward('interviewing', 'contacted')).toBe(false);
    expect(movesForward('interviewing', 'lost')).toBe(false);
    expect(movesForward('lost', 'interviewing')).toBe(false);
  });

  it('counts per contact how many opportunities they produced and where those ended', () => {
    const report = outcomesByContact([
      { personId: 'a', stage: 'won' }, { personId: 'a', stage: 'interviewing' },
      { personId: 'b', stage: 'lost' }, { personId: 'b', stage: 'lead' }, { personId: 'b', stage: 'lead' },
    ]);
    expect(report).toEqual([
      { personId: 'a', total: 2, won: 1, lost: 0, open: 1, stages: { won: 1, interviewing: 1 } },
      { personId: 'b', total: 3, won: 0, lost: 1, open: 2, stages: { lost: 1, lead: 2 } },
    ]);
  });
});

describe('response rate', () => {
  it('compares cold and introduced asks, leaving open ones out of the rate', () => {
    const rates = responseRates([
      { viaId: null, status: 'answered' }, { viaId: null, status: 'no-answer' }, { viaId: null, status: 'no-answer' },
      { viaId: 'x', status: 'answered' }, { viaId: 'x', status: 'open' },
    ]);
    expect(rates.cold).toEqual({ asked: 3, answered: 1, noAnswer: 2, open: 0, rate: 33 });
    expect(rates.introduced).toEqual({ asked: 2, answered: 1, noAnswer: 0, open: 1, rate: 100 });
    expect(rates.all.rate).toBe(50);
    expect(responseRates([]).all.rate).toBeNull();
  });
});
