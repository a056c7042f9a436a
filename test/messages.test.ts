import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maillon, session, tempDir, type Session } from './helpers/cli.js';
import { contractDatabases, type TestDatabase } from './helpers/databases.js';
import { ok, plain, snapshots, userError } from './helpers/expect.js';

// Personal messages and briefs, on every database, through the CLI. Milestones, favours,
// shares, opportunities and requests for advice are seeded through a backup (export, add
// rows, import), the one surface that carries every table whatever command writes them.

const DAY = '2026-03-02';
const files = tempDir();
let fileCount = 0;
const newFile = (ext = 'json') => join(files.dir, `f${String(fileCount++)}.${ext}`);

const snapshot = snapshots(files.dir);

afterAll(() => {
  files.cleanup();
});





interface Network { m: Session; ids: Record<string, string> }

/**
 * Hélène, met at VivaTech through Paul, colleague of Zoé at Acme, with news, favours, an
 * article and opportunities; Marc, of whom Maillon knows nothing but his name.
 */
async function network(dbs: TestDatabase): Promise<Network> {
  const a = session(await dbs.create(), DAY);
  const event = await ok(a, 'event', 'add', 'VivaTech 2026', '--date', '2026-02-20', '--kind', 'trade-show');
  const paul = (await ok(a, 'person', 'add', 'Paul Martin', '--org', 'Globex')).id as string;
  const helene = (await ok(a, 'person', 'add', 'Hélène Dupont', '--org', 'Acme', '--title', 'CTO', '--email', 'helene@example.fr',
    '--interest', 'vélo', '--interest', 'data engineering', '--met-at', 'VivaTech', '--introduced-by', 'Paul', '--priority', '1')).id as string;
  const zoe = (await ok(a, 'person', 'add', 'Zoé Blanc', '--org', 'Acme')).id as string;
  const marc = (await ok(a, 'person', 'add', 'Marc Petit')).id as string;
  await ok(a, 'log', 'helene', '--channel', 'in-person', '--event', 'VivaTech', '--date', '2026-02-20', '--summary', 'First coffee at the booth.');
  await ok(a, 'log', 'helene', '--channel', 'call', '--date', '2026-02-28', '--summary', 'Talked about churn models. I promised to send the churn article.');
  const file = newFile();
  await ok(a, 'export', 'json', file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  const t = backup.tables;
  t.milestone = [
    { id: 'ms1', person_id: helene, kind: 'new-job', date: '2026-02-15', note: 'CTO at Acme' },
    { id: 'ms0', person_id: helene, kind: 'award', date: '2023-05-01', note: 'Old prize' },
  ];
  t.prompt.push({ id: 'pc1', kind: 'congratulate', person_id: helene, show_on: '2026-02-15', due_on: '2026-02-22', status: 'open',
    created_on: '2026-02-15', closed_on: null, snoozed_until: null, source_id: 'ms1', checklist: '[]', data: '{}' });
  t.favour = [
    { id: 'fv1', direction: 'received', person_id: paul, kind: 'introduction', date: '2026-02-10', note: null, introduced_id: helene, thanked_on: null },
    { id: 'fv2', direction: 'given', person_id: helene, kind: 'advice', date: '2026-01-05', note: 'On hiring', introduced_id: null, thanked_on: null },
  ];
  t.share = [{ id: 'sh1', url: 'https://example.com/churn', title: 'How to cut churn', date: '2026-03-01' }];
  t.share_topic = [{ share_id: 'sh1', ordinal: 0, topic: 'Data Engineering' }];
  t.share_recipient = [{ share_id: 'sh1', person_id: helene }];
  t.opportunity = [
    { id: 'op1', title: 'Head of Data', organization: 'Globex', stage: 'referred', created_on: '2026-02-01', updated_on: '2026-02-25' },
    { id: 'op2', title: 'Old mission', organization: null, stage: 'lost', created_on: '2025-01-01', updated_on: '2025-02-01' },
  ];
  t.opportunity_person = [{ opportunity_id: 'op1', person_id: helene }, { opportunity_id: 'op2', person_id: helene }];
  t.ask = [{ id: 'as1', person_id: zoe, about: 'data engineering at Acme', via_id: paul, date: '2026-02-26', status: 'open', closed_on: null }];
  writeFileSync(file, JSON.stringify(backup));
  const m = session(await dbs.create(), DAY);
  await ok(m, 'import', 'json', file);
  return { m, ids: { event: event.id as string, paul, helene, zoe, marc } };
}

for (const dbs of contractDatabases()) {
  describe(`messages on ${dbs.name}`, () => {
    afterAll(() => dbs.cleanup());

    describe('draft', () => {
      it('writes a follow-up from the last exchange and the article sent since, and finds it personal', async () => {
        const { m, ids } = await network(dbs);
        const d = await ok(m, 'draft', 'helene', '--purpose', 'follow-up');
        expect(d).toMatchObject({ person: { id: ids.helene, name: 'Hélène Dupont', email: 'helene@example.fr' }, purpose: 'follow-up', lang: 'en' });
        expect(d.subject).toBe('Following up on our conversation');
        expect(d.body).toBe([
          'Hello Hélène,', '',
          'Thank you for taking the time to talk; I really enjoyed our conversation.',
          'To recap: Talked about churn models.',
          'As promised, here is How to cut churn: https://example.com/churn',
          'I\'d be glad to talk about data engineering again sometime.', '',
          'Speak soon,',
        ].join('\n'));
        expect(d.promise).toBe('I promised to send the churn article.');
        expect(d.check.personal).toBe(true);
        expect(d.check.found.map((x: any) => x.kind)).toEqual(['name', 'interest', 'last_exchange', 'article']);
        expect(d.mailto).toBeUndefined();
      });

      it('writes in French with --in fr, or with the global --lang, which also turns the interface French', async () => {
        const { m } = await network(dbs);
        const d = await ok(m, 'draft', 'helene', '--purpose', 'congratulate', '--in', 'fr');
        expect(d.lang).toBe('fr');
        expect(d.subject).toBe('Félicitations pour votre nouveau poste !');
        expect(d.body).toContain('Je viens d’apprendre la nouvelle (CTO at Acme) : toutes mes félicitations pour votre nouveau poste !');
        const english = await m('draft', 'helene', '--purpose', 'congratulate', '--in', 'fr');
        expect(english.out).toContain('Subject: Félicitations');
        expect(english.out).toContain('✓ Personal: it mentions their organization (Acme), their news (CTO at Acme).');
        const french = await m('--lang', 'fr', 'draft', 'helene', '--purpose', 'congratulate');
        expect(plain(french.out)).toContain('Objet : Félicitations pour votre nouveau poste !');
        expect(plain(french.out)).toContain('✓ Personnel : il mentionne son organisation (Acme), sa nouvelle (CTO at Acme).');
      });

      it('drops what Maillon does not know, and flags the result as a message that could be sent to anyone', async () => {
        const { m } = await network(dbs);
        const d = await ok(m, 'draft', 'Marc', '--purpose', 'reconnect');
        expect(d.body).toBe([
          'Hello Marc,', '',
          'It has been too long since we last caught up.',
          'How are things going?',
          'Would you have time for a coffee or a call in the coming weeks?', '',
          'All the best,',
        ].join('\n'));
        expect(d.check).toEqual({ personal: false, found: [{ kind: 'name', value: 'Marc' }], missing: [] });
        const text = await m('draft', 'Marc', '--purpose', 'reconnect');
        expect(text.out).toContain('⚠ This message could be sent to anyone: nothing in it is specific to Marc Petit.');
        expect(text.out).toContain('Maillon knows little about Marc Petit yet');
      });

      it('says what Maillon could add when a draft leaves known details out', async () => {
        const { m } = await network(dbs);
        await ok(m, 'template', 'edit', 'reconnect', '--body', 'Hello {first_name}, how are you?');
        const r = await m('draft', 'helene', '--purpose', 'reconnect');
        expect(r.code).toBe(0);
        expect(r.out).toContain('⚠ This message could be sent to anyone');
        expect(r.out).toContain('Maillon could add their organization (Acme), where you met (VivaTech 2026), who introduced you (Paul Martin), an interest (vélo)');
      });

      it('thanks for the favour received, shares the last article, and asks advice through whoever suggested it', async () => {
        const { m } = await network(dbs);
        const thank = await ok(m, 'draft', 'paul', '--purpose', 'thank');
        expect(thank.subject).toBe('Thank you for the introduction');
        expect(thank.check.personal).toBe(true);
        const share = await ok(m, 'draft', 'helene', '--purpose', 'share');
        expect(share.subject).toBe('Thought of you: How to cut churn');
        expect(share.body).toContain('I came across this and immediately thought of you, given your interest in data engineering:\nHow to cut churn: https://example.com/churn');
        const ask = await ok(m, 'draft', 'zoe', '--purpose', 'ask-advice');
        expect(ask.subject).toBe('A question about data engineering at Acme');
        expect(ask.body).toContain('Paul Martin suggested I get in touch with you.\nI\'m looking for advice about data engineering at Acme, and your experience at Acme would help me a lot.');
      });

      it('asks for an introduction to whom an open request goes through, or to --meet', async () => {
        const { m } = await network(dbs);
        const viaAsk = await ok(m, 'draft', 'paul', '--purpose', 'introduce-request');
        expect(viaAsk.subject).toBe('Could you introduce me to Zoé Blanc?');
        expect(viaAsk.body).toContain('I hope all is well at Globex.\nI\'d love to meet Zoé Blanc to talk about data engineering at Acme.');
        const named = await ok(m, 'draft', 'paul', '--purpose', 'introduce-request', '--meet', 'Marc', '--about', 'logistics');
        expect(named.body).toContain('I\'d love to meet Marc Petit to talk about logistics.');
      });

      it('prints a mailto: link with the subject and body percent-encoded', async () => {
        const { m } = await network(dbs);
        const d = await ok(m, 'draft', 'helene', '--purpose', 'follow-up', '--mailto');
        expect(d.mailto).toMatch(/^mailto:helene@example\.fr\?subject=Following%20up%20on%20our%20conversation&body=Hello%20H%C3%A9l%C3%A8ne%2C%0D%0A%0D%0AThank%20you/);
        const body = decodeURIComponent(String(d.mailto).split('&body=')[1] ?? '');
        expect(body).toBe(d.body.replace(/\n/g, '\r\n'));
        const text = await m('draft', 'Marc', '--purpose', 'reconnect', '--mailto');
        expect(text.out.split('\n').at(-1)).toMatch(/^mailto:\?subject=It%20has%20been%20a%20while&body=Hello%20Marc%2C/);
      });

      it('refuses an unknown purpose, a missing one, an unknown person, and a draft with nothing to say; nothing is written', async () => {
        const { m } = await network(dbs);
        const before = await snapshot(m);
        expect(userError(await m('draft', 'helene', '--purpose', 'hello'))).toBe(
          'Unknown purpose "hello": expected one of follow-up, congratulate, thank, share, reconnect, ask-advice, introduce-request.');
        expect(userError(await m('draft', 'helene'))).toContain('Say what the message is for with --purpose');
        expect(userError(await m('--lang', 'fr', 'draft', 'helene', '--purpose', 'bonjour'))).toContain('Objet de message « bonjour » inconnu');
        expect(userError(await m('draft', 'Nobody', '--purpose', 'thank'))).toContain('No one in your network matches "Nobody"');
        expect(userError(await m('draft', 'marc', '--purpose', 'follow-up'))).toContain('maillon log "Marc Petit"');
        expect(userError(await m('draft', 'marc', '--purpose', 'congratulate'))).toContain('maillon milestone "Marc Petit" --kind new-job');
        expect(userError(await m('draft', 'marc', '--purpose', 'share'))).toContain('maillon share URL --with "Marc Petit"');
        expect(userError(await m('draft', 'marc', '--purpose', 'introduce-request'))).toContain('--meet REF');
        expect(userError(await m('draft', 'marc', '--purpose', 'thank', '--in', 'de'))).toBe('No template in "de" for thank: expected a language among en, fr.');
        expect(await snapshot(m)).toBe(before);
      });
    });

    describe('draft check', () => {
      it('flags the user\'s own generic text and says what Maillon could add', async () => {
        const { m, ids } = await network(dbs);
        const r = await ok(m, 'draft', 'check', 'helene', '--text', 'Hi Hélène, hope you are well! Coffee soon?');
        expect(r.person).toEqual({ id: ids.helene, name: 'Hélène Dupont' });
        expect(r.check.personal).toBe(false);
        // The favour Hélène had from the user is not hers to be thanked for: only favours received count.
        expect(r.check.missing.map((x: any) => x.kind)).toEqual(['organization', 'met_at', 'introducer', 'interest', 'interest', 'last_exchange', 'milestone', 'article']);
        const fr = await m('--lang', 'fr', 'draft', 'check', 'helene', '--text', 'Bonjour Hélène, comment allez-vous ?');
        expect(plain(fr.out)).toContain('⚠ Ce message pourrait être envoyé à n’importe qui : rien n’y est propre à Hélène Dupont.');
        expect(plain(fr.out)).toContain('Maillon pourrait ajouter son organisation (Acme)');
      });

      it('recognises a detail specific to the recipient, whatever the accents', async () => {
        const { m } = await network(dbs);
        const r = await ok(m, 'draft', 'check', 'helene', '--text', 'Bravo pour le nouveau poste ! Toujours au VELO ?');
        expect(r.check.personal).toBe(true);
        expect(r.check.found.map((x: any) => x.kind)).toEqual(['interest', 'milestone']);
        const text = await m('draft', 'check', 'helene', '--text', 'How was VivaTech?');
        expect(text.out).toContain('✓ Personal: it mentions where you met (VivaTech 2026).');
      });

      it('refuses an empty message', async () => {
        const { m } = await network(dbs);
        expect(userError(await m('draft', 'check', 'helene', '--text', '   '))).toBe('The message is empty: give its text with --text "...".');
        expect(userError(await m('--lang', 'fr', 'draft', 'check', 'helene', '--text', ''))).toContain('Le message est vide');
      });
    });

    describe('templates', () => {
      it('lists a default template per purpose and language', async () => {
        const { m } = await network(dbs);
        const { templates } = await ok(m, 'template', 'list');
        expect(templates).toHaveLength(14);
        expect(templates.every((t: any) => t.edited === false)).toBe(true);
        const text = await m('template', 'list');
        expect(text.out.split('\n')).toHaveLength(14);
        expect(text.out).toContain('introduce-request');
      });

      it('shows a template with the placeholders it may use', async () => {
        const { m } = await network(dbs);
        const t = await ok(m, 'template', 'show', 'thank', '--in', 'fr');
        expect(t).toMatchObject({ purpose: 'thank', lang: 'fr', subject: 'Merci[ pour {favour}]', edited: false });
        expect(t.placeholders).toContain('{first_name}');
        const text = await m('--lang', 'fr', 'template', 'show', 'thank');
        expect(plain(text.out)).toContain('Modèle thank (fr), par défaut');
      });

      it('refuses a template with an unknown placeholder, naming it and listing the valid ones; nothing is written', async () => {
        const { m } = await network(dbs);
        const before = await snapshot(m);
        const err = userError(await m('template', 'edit', 'thank', '--body', 'Dear {firstname}, thanks!'));
        expect(err).toContain('Unknown placeholder {firstname} in the body');
        expect(err).toContain('{first_name}, {organization}, {met_at}');
        expect(err).toContain('Nothing was saved.');
        expect(userError(await m('--lang', 'fr', 'template', 'edit', 'thank', '--subject', 'Merci {prenom}'))).toContain('Variable {prenom} inconnue dans l’objet');
        expect(userError(await m('template', 'edit', 'thank', '--body', '  '))).toContain('The template\'s body cannot be empty');
        expect(userError(await m('template', 'edit', 'thank'))).toBe('Nothing to change: give --subject, --body or --body-file.');
        expect(userError(await m('template', 'edit', 'thanks', '--subject', 'x'))).toContain('Unknown purpose "thanks"');
        expect(await snapshot(m)).toBe(before);
      });

      it('drafts from an edited template, and puts the default back on reset', async () => {
        const { m } = await network(dbs);
        const file = newFile('txt');
        writeFileSync(file, 'Hi {first_name}!\n[Any news about {interest}?]\n');
        const saved = await ok(m, 'template', 'edit', 'reconnect', '--subject', 'News?', '--body-file', file);
        expect(saved).toMatchObject({ purpose: 'reconnect', lang: 'en', subject: 'News?', body: 'Hi {first_name}!\n[Any news about {interest}?]', edited: true });
        const d = await ok(m, 'draft', 'helene', '--purpose', 'reconnect');
        // The interest the last article was about comes first.
        expect(d).toMatchObject({ subject: 'News?', body: 'Hi Hélène!\nAny news about data engineering?' });
        expect((await ok(m, 'draft', 'marc', '--purpose', 'reconnect')).body).toBe('Hi Marc!');
        expect((await ok(m, 'template', 'show', 'reconnect', '--in', 'fr')).edited).toBe(false);
        const reset = await ok(m, 'template', 'reset', 'reconnect');
        expect(reset).toMatchObject({ subject: 'It has been a while', edited: false });
        expect((await ok(m, 'draft', 'helene', '--purpose', 'reconnect')).subject).toBe('It has been a while');
      });
    });

    describe('brief', () => {
      it('puts how you met, last exchanges and promises, interests, news, favours, opportunities and people in common on one screen', async () => {
        const { m, ids } = await network(dbs);
        const b = await ok(m, 'brief', 'helene');
        expect(b.person).toMatchObject({ id: ids.helene, name: 'Hélène Dupont', organization: 'Acme', title: 'CTO', priority: 1 });
        expect(b.person.health).toBeGreaterThan(0);
        expect(b.met).toEqual({ event: { id: ids.event, name: 'VivaTech 2026', date: '2026-02-20' }, introducer: { id: ids.paul, name: 'Paul Martin' } });
        expect(b.exchanges).toEqual([
          { date: '2026-02-28', channel: 'call', event: null, summary: 'Talked about churn models. I promised to send the churn article.', promise: 'I promised to send the churn article.' },
          { date: '2026-02-20', channel: 'in-person', event: 'VivaTech 2026', summary: 'First coffee at the booth.', promise: null },
        ]);
        expect(b.interests).toEqual(['vélo', 'data engineering']);
        expect(b.milestones).toEqual([{ id: 'ms1', kind: 'new-job', date: '2026-02-15', note: 'CTO at Acme' }]);
        expect(b.favours).toEqual([{ id: 'fv2', direction: 'given', kind: 'advice', date: '2026-01-05', note: 'On hiring', thankedOn: null, introduced: null }]);
        expect(b.opportunities).toEqual([{ id: 'op1', title: 'Head of Data', organization: 'Globex', stage: 'referred' }]);
        expect(b.mutual).toEqual([
          { id: ids.paul, name: 'Paul Martin', how: 'introduced-you' },
          { id: ids.zoe, name: 'Zoé Blanc', how: 'colleague', organization: 'Acme' },
        ]);
      });

      it('reads as one screen, in English and in French', async () => {
        const { m } = await network(dbs);
        const en = (await m('brief', 'helene')).out;
        for (const line of ['Hélène Dupont · CTO, Acme · #1 · health', 'How you met:', '  at VivaTech 2026 (2026-02-20), introduced by Paul Martin',
          '    → promised: I promised to send the churn article.', 'News worth mentioning:', '  2026-02-15  new job: CTO at Acme',
          '  2026-01-05  you helped them: advice · On hiring', '  Head of Data at Globex (referred)  [op1]', 'People you both know:', 'Zoé Blanc: colleague at Acme']) {
          expect(en).toContain(line);
        }
        const fr = plain((await m('--lang', 'fr', 'brief', 'helene')).out);
        for (const line of ['Votre rencontre :', 'à VivaTech 2026 (2026-02-20), grâce à Paul Martin', 'Nouvelles à évoquer :', '2026-02-15  nouveau poste : CTO at Acme',
          'Services rendus :', 'Opportunités en cours :', 'Head of Data chez Globex (coopté)', 'Relations communes :', 'Paul Martin : vous a mis en relation']) {
          expect(fr).toContain(line);
        }
      });

      it('shows what a favour received from someone and their introductions say about people in common', async () => {
        const { m, ids } = await network(dbs);
        const b = await ok(m, 'brief', 'paul');
        expect(b.favours).toEqual([{ id: 'fv1', direction: 'received', kind: 'introduction', date: '2026-02-10', note: null, thankedOn: null, introduced: { id: ids.helene, name: 'Hélène Dupont' } }]);
        expect(b.mutual).toEqual([{ id: ids.helene, name: 'Hélène Dupont', how: 'introduced-by-them' }]);
        expect((await m('brief', 'paul')).out).toContain('they helped you: an introduction (Hélène Dupont) · not thanked yet');
      });

      it('leaves out every section Maillon knows nothing about', async () => {
        const { m, ids } = await network(dbs);
        const b = await ok(m, 'brief', 'marc');
        expect(b).toEqual({ person: { id: ids.marc, name: 'Marc Petit', organization: null, title: null, priority: null, health: 0 } });
        const text = (await m('brief', 'marc')).out;
        expect(text).not.toContain('How you met');
        expect(text).toContain('Maillon knows little about Marc Petit yet.');
        expect(userError(await m('brief', 'nobody'))).toContain('No one in your network matches "nobody"');
      });
    });
  });
}

describe('help of the messages commands', () => {
  const COMMANDS = [['draft'], ['draft', 'check'], ['template'], ['template', 'list'], ['template', 'show'], ['template', 'edit'], ['template', 'reset'], ['brief']];
  it.each(COMMANDS.map((path) => ({ path, name: path.join(' ') })))('explains maillon $name in English and in French', async ({ path }) => {
    const en = await maillon([...path, '--help']);
    expect(en.code).toBe(0);
    expect(en.out).toContain(`Usage: maillon ${path.join(' ')}`);
    const fr = await maillon(['--lang', 'fr', ...path, '--help']);
    expect(plain(fr.out)).toContain(`Utilisation : maillon ${path.join(' ')}`);
    expect(fr.out).not.toBe(en.out);
  });
});
