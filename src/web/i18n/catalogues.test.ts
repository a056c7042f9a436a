import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { format } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the UI catalogues', () => {
  it('give every French text the same placeholders as its English one', () => {
    const differ = (Object.keys(en) as MessageKey[]).filter((key) => placeholders(en[key]).join() !== placeholders(fr[key]).join());
    expect(differ).toEqual([]);
  });

  it('leave no French text empty or still in English where the words differ', () => {
    expect((Object.keys(fr) as MessageKey[]).filter((key) => fr[key].trim() === '')).toEqual([]);
    expect(fr['today.title']).not.toBe(en['today.title']);
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(format('Due {date} for {name}', { date: '2 Mar', name: 'Hélène' })).toBe('Due 2 Mar for Hélène');
    expect(format('Hello {first_name}', {})).toBe('Hello {first_name}');
  });
});
