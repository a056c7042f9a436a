import { describe, expect, it } from 'vitest';
import { checkTemplate, draftValues, mailto, parsePurpose, personalisation, render, renderTemplate, type Known } from './draft.js';
import { MaillonError } from './errors.js';
import { DRAFT_PURPOSES } from './tending.js';
import { DEFAULT_TEMPLATES } from './templates.default.js';

const nobody: Known = {
  name: 'Marc Petit', organization: null, interests: [], metAt: null, introducer: null, lastExchange: null,
  milestone: null, favour: null, article: null, topic: null, target: null,
};

const helene: Known = {
  ...nobody,
  name: 'Hélène de la Tour',
  organization: 'Société Générale',
  interests: ['vélo', 'data engineering'],
  metAt: 'VivaTech 2026',
  introducer: 'Paul Martin',
  lastExchange: { date: '2026-02-28', event: 'VivaTech 2026', summary: 'Talked about churn models. I promised to send the article.' },
  milestone: { kind: 'new-job', note: 'CTO at Acme.' },
  article: { url: 'https://example.com/churn', title: 'How to cut churn', topics: ['Data Engineering'] },
};

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof MaillonError) return `${error.code} ${JSON.stringify(error.data)}`;
    throw error;
  }
  return 'no error';
}

describe('render', () => {
  it('fills placeholders and drops an optional part whose placeholder has no value', () => {
    expect(render('How are things[ at {organization}]?', { organization: 'Acme' })).toBe('How are things at Acme?');
    expect(render('How are things[ at {organization}]?', {})).toBe('How are things?');
  });

  it('drops a whole line when a placeholder outside brackets has no value, and never leaves two blank lines', () => {
    const text = 'Hello {first_name},\n\nAs promised: {article_url}\n\nBest,';
    expect(render(text, { first_name: 'Marc' })).toBe('Hello Marc,\n\nBest,');
  });

  it('drops a line that held only an optional part, instead of leaving it blank', () => {
    expect(render('A\n[{introducer} suggested I write.]\nB', {})).toBe('A\nB');
  });

  it('keeps brackets that hold no placeholder, and never reads a value as a placeholder', () => {
    expect(render('[sic] {topic}', { topic: '{first_name} [x]' })).toBe('[sic] {first_name} [x]');
  });

  it('treats a blank value as missing', () => {
    expect(render('Hi[ {first_name}]!', { first_name: '  ' })).toBe('Hi!');
  });
});

describe('checkTemplate', () => {
  it('names an unknown placeholder and lists the valid ones', () => {
    const error = codeOf(() => { checkTemplate({ subject: 'Hi', body: 'Dear {firstname}' }); });
    expect(error).toContain('template.bad_placeholder');
    expect(error).toContain('{firstname}');
    expect(error).toContain('{first_name}, {organization}');
  });

  it('refuses an empty subject or body', () => {
    expect(codeOf(() => { checkTemplate({ subject: ' ', body: 'x' }); })).toContain('template.empty');
    expect(codeOf(() => { checkTemplate({ subject: 'x', body: '\n' }); })).toContain('"field":"body"');
  });

  it('accepts every default template, and there is one per purpose and language', () => {
    for (const t of DEFAULT_TEMPLATES) checkTemplate(t);
    expect(DEFAULT_TEMPLATES.map((t) => `${t.purpose}/${t.lang}`).sort()).toEqual(
      DRAFT_PURPOSES.flatMap((p) => [`${p}/en`, `${p}/fr`]).sort());
  });
});

describe('parsePurpose', () => {
  it('reads a purpose in any case, and lists the valid ones otherwise', () => {
    expect(parsePurpose(' Thank ')).toBe('thank');
    expect(codeOf(() => parsePurpose('hello'))).toContain('follow-up, congratulate, thank, share, reconnect, ask-advice, introduce-request');
  });
});

describe('draftValues', () => {
  it('writes facts the way a letter reads them, in the language of the message', () => {
    const en = draftValues(helene, 'en');
    expect(en).toMatchObject({
      first_name: 'Hélène', milestone: 'your new job', milestone_note: 'CTO at Acme',
      last_exchange_date: '28 February 2026', interest: 'data engineering',
    });
    // The promise is a note to self: it is not quoted back to the recipient.
    expect(en.last_exchange_summary).toBe('Talked about churn models');
    expect(draftValues(helene, 'fr')).toMatchObject({ milestone: 'votre nouveau poste', last_exchange_date: '28 février 2026' });
  });

  it('leaves out what is not known', () => {
    expect(draftValues(nobody, 'en')).toEqual({ first_name: 'Marc' });
  });

  it('renders every default template for someone Maillon knows nothing about without a brace or bracket left', () => {
    for (const t of DEFAULT_TEMPLATES) {
      const { body } = renderTemplate(t, draftValues(nobody, t.lang));
      expect(body, `${t.purpose}/${t.lang}`).not.toMatch(/[{}[\]]/);
      expect(body.startsWith(t.lang === 'fr' ? 'Bonjour Marc,' : 'Hello Marc,')).toBe(true);
    }
  });
});

describe('personalisation', () => {
  it('flags a message that only greets by name: a mass mailing does that too', () => {
    const r = personalisation('Hello Hélène, hope you are well! Shall we grab a coffee next week?', helene);
    expect(r.personal).toBe(false);
    expect(r.found).toEqual([{ kind: 'name', value: 'Hélène' }]);
    expect(r.missing.map((d) => d.kind)).toEqual(['organization', 'met_at', 'introducer', 'interest', 'interest', 'last_exchange', 'milestone', 'article']);
  });

  it('finds details whatever the accents and case', () => {
    const r = personalisation('Salut ! Toujours au VELO le dimanche ? Et bravo pour le nouveau poste.', helene);
    expect(r.personal).toBe(true);
    expect(r.found.map((d) => d.kind)).toEqual(['interest', 'milestone']);
  });

  it('counts the words of the last exchange, but not common ones', () => {
    expect(personalisation('Any progress with those models?', helene).found.map((d) => d.kind)).toEqual(['last_exchange']);
    expect(personalisation('Talked to you about the meeting', helene).personal).toBe(false);
  });

  it('counts a word once: a phrase that names one fact does not also count for another', () => {
    const known: Known = { ...nobody, organization: 'Acme', lastExchange: { date: '2026-02-01', event: null, summary: 'Visited the Acme labs' } };
    expect(personalisation('How is life at Acme?', known).found.map((d) => d.kind)).toEqual(['organization']);
    expect(personalisation('Were the labs worth it?', known).found.map((d) => d.kind)).toEqual(['last_exchange']);
  });

  it('counts the article by its link or its title', () => {
    expect(personalisation('See https://example.com/churn', helene).personal).toBe(true);
    expect(personalisation('Have you read “How to cut churn”?', helene).found.map((d) => d.kind)).toContain('article');
  });

  it('has nothing to suggest about someone Maillon knows nothing about', () => {
    expect(personalisation('Hi Marc', nobody)).toEqual({ personal: false, found: [{ kind: 'name', value: 'Marc' }], missing: [] });
  });
});

describe('mailto', () => {
  it('encodes spaces as %20 and line breaks as %0D%0A', () => {
    expect(mailto('a@b.fr', 'Merci !', 'Bonjour Zoé,\nà bientôt')).toBe('mailto:a@b.fr?subject=Merci%20!&body=Bonjour%20Zo%C3%A9%2C%0D%0A%C3%A0%20bient%C3%B4t');
    expect(mailto(null, 'Hi & bye', 'x')).toBe('mailto:?subject=Hi%20%26%20bye&body=x');
  });
});
