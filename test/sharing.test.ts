import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { session, tempDir, type Session } from './helpers/cli.js';
import { contractDatabases } from './helpers/databases.js';
import { ok, plain, snapshots, userError } from './helpers/expect.js';

// Sharing, career opportunities and asks, told as a user would drive them, on every database.

const DAY0 = '2026-03-02';
const URL = 'https://example.com/churn';
const files = tempDir();
let fileCount = 0;

const snapshot = snapshots(files.dir);

afterAll(() => {
  files.cleanup();
});





/** Stored prompts of a kind, read from a backup (the only place their data shows in full). */
async function storedPrompts(m: Session, kind: string): Promise<any[]> {
  const backup = JSON.parse(await snapshot(m));
  return (backup.tables.prompt as any[]).filter((p) => p.kind === kind);
}

const agendaOf = async (m: Session, kind: string): Promise<any[]> => (await ok(m, 'today')).items.filter((i: any) => i.kind === kind);

for (const dbs of contractDatabases()) {
  describe(`sharing on ${dbs.name}`, () => {
    afterAll(() => dbs.cleanup());

    /** Hélène cares about data engineering and is top ten; Marc is tagged data and close; Zoé rides bikes. */
    async function network() {
      const m = session(await dbs.create(), DAY0);
      const helene = (await ok(m, 'person', 'add', 'Hélène Dupont', '--interest', 'Data Engineering', '--priority', '1')).id as string;
      const marc = (await ok(m, 'person', 'add', 'Marc Petit', '--tag', 'data')).id as string;
      const zoe = (await ok(m, 'person', 'add', 'Zoé Blanc', '--interest', 'vélo')).id as string;
      const paul = (await ok(m, 'person', 'add', 'Paul Martin', '--interest', 'jazz')).id as string;
      await ok(m, 'log', 'marc', '--channel', 'in-person', '--date', '2026-02-20');
      return { m, helene, marc, zoe, paul };
    }

    describe('share', () => {
      it('records one share per URL, and adds recipients to it when sent again', async () => {
        const { m, helene, marc } = await network();
        const first = await ok(m, 'share', URL, '--title', 'Predicting churn', '--topic', 'data', '--with', 'helene');
        expect(first.share).toMatchObject({ url: URL, title: 'Predicting churn', topics: ['data'], date: DAY0, recipientIds: [helene] });
        const again = await ok(m.on('2026-03-05'), 'share', 'https://EXAMPLE.com/churn', '--topic', 'DATA', '--topic', 'machine learning', '--with', 'helene', '--with', 'marc');
        expect(again.share.id).toBe(first.share.id);
        expect(again.share.topics).toEqual(['data', 'machine learning']);
        expect(again.share.recipientIds).toEqual([helene, marc].sort());
        expect(again.added.map((p: any) => p.name)).toEqual(['Marc Petit']);
        expect(again.alreadySent.map((p: any) => p.name)).toEqual(['Hélène Dupont']);
        const text = await m('share', URL, '--with', 'marc');
        expect(text.out).toContain('already sent to everyone named');
      });

      it('refuses a URL that is not a web address, or a share to no one, and writes nothing', async () => {
        const { m } = await network();
        const before = await snapshot(m);
        expect(userError(await m('share', 'example.com/churn', '--with', 'helene'))).toBe('"example.com/churn" is not a web address: expected a URL starting with http:// or https://.');
        expect(userError(await m('share', URL))).toContain('--with REF');
        expect(userError(await m('share', URL, '--with', 'helene', '--with', 'nobody'))).toContain('No one in your network matches "nobody"');
        expect(userError(await m('--lang', 'fr', 'share', 'ftp://x.org', '--with', 'helene'))).toBe('« ftp://x.org » n’est pas une adresse web : indiquez une URL qui commence par http:// ou https://.');
        expect(await snapshot(m)).toBe(before);
      });
    });

    describe('share suggest', () => {
      it('suggests people whose interests or tags match, top ten first, each saying why', async () => {
        const { m } = await network();
        const r = await ok(m, 'share', 'suggest', URL, '--topic', 'data engineering');
        expect(r.suggestions.map((s: any) => s.person.name)).toEqual(['Hélène Dupont', 'Marc Petit']);
        expect(r.suggestions[0].reasons.slice(0, 2)).toEqual(['interested in Data Engineering', 'top ten #1']);
        expect(r.suggestions[1].reasons[0]).toBe('tagged data');
        expect(r.suggestions[1].health).toBeGreaterThan(0);
        expect((await ok(m, 'share', 'suggest', URL, '--topic', 'VELO')).suggestions.map((s: any) => s.person.name)).toEqual(['Zoé Blanc']);
        const fr = await m('--lang', 'fr', 'share', 'suggest', URL, '--topic', 'data');
        expect(plain(fr.out)).toContain('Hélène Dupont · s’intéresse à : Data Engineering ; top 10, rang 1');
      });

      it('never suggests a URL to someone who already received it', async () => {
        const { m } = await network();
        await ok(m, 'share', URL, '--topic', 'data', '--with', 'Hélène');
        const r = await ok(m, 'share', 'suggest', URL, '--topic', 'data');
        expect(r.suggestions.map((s: any) => s.person.name)).toEqual(['Marc Petit']);
        expect(r.alreadySent.map((p: any) => p.name)).toEqual(['Hélène Dupont']);
        await ok(m, 'share', URL, '--with', 'marc');
        const text = await m('share', 'suggest', URL, '--topic', 'data');
        expect(text.out).toBe('No one else in your network has an interest or tag about data. Note what people care about: maillon person edit REF --interest "..."');
        // Another article on the same topic is a new share: everyone is suggested again.
        expect((await ok(m, 'share', 'suggest', 'https://example.com/other', '--topic', 'data')).suggestions).toHaveLength(2);
      });

      it('matches a known URL by the topics it was shared with, and stops at --limit', async () => {
        const { m } = await network();
        await ok(m, 'share', URL, '--topic', 'jazz', '--topic', 'data', '--with', 'zoe');
        const r = await ok(m, 'share', 'suggest', URL);
        expect(r.topics).toEqual(['jazz', 'data']);
        expect(r.suggestions.map((s: any) => s.person.name)).toEqual(['Hélène Dupont', 'Marc Petit', 'Paul Martin']);
        expect((await ok(m, 'share', 'suggest', URL, '--limit', '1')).suggestions).toHaveLength(1);
        expect(userError(await m('share', 'suggest', 'https://example.com/new'))).toBe('The topic cannot be empty.');
        expect(userError(await m('share', 'suggest', 'nope', '--topic', 'data'))).toContain('"nope" is not a web address');
      });
    });

    describe('opportunities', () => {
      it('records a lead with the people who can refer you, and shows and lists it', async () => {
        const { m, helene, zoe } = await network();
        const added = await ok(m, 'opportunity', 'add', 'Head of Data', '--org', 'Acme', '--via', 'helene', '--via', 'zoé');
        expect(added).toMatchObject({ title: 'Head of Data', organization: 'Acme', stage: 'lead', createdOn: DAY0, updatedOn: DAY0 });
        expect(added.via.map((p: any) => p.id).sort()).toEqual([helene, zoe].sort());
        await ok(m, 'opportunity', 'add', 'CTO', '--stage', 'Won');
        const shown = await ok(m, 'opportunity', 'show', added.id);
        expect(shown).toMatchObject({ id: added.id, stage: 'lead', reportBacks: [] });
        expect((await ok(m, 'opportunity', 'list')).opportunities.map((o: any) => o.title).sort()).toEqual(['CTO', 'Head of Data']);
        expect((await ok(m, 'opportunity', 'list', '--open')).opportunities.map((o: any) => o.title)).toEqual(['Head of Data']);
        const text = await m('opportunity', 'list', '--open');
        expect(text.out).toBe(`lead         Head of Data · Acme · via ${shown.via.map((p: any) => p.name).join(', ')} · ${DAY0}  [${added.id}]`);
      });

      it('asks you to tell each referrer how it is going when a lead moves forward, once per person', async () => {
        const { m, helene, zoe } = await network();
        const o = await ok(m, 'opportunity', 'add', 'Head of Data', '--org', 'Acme', '--via', 'helene', '--via', 'zoé');
        const moved = await ok(m.on('2026-03-04'), 'opportunity', 'move', o.id, 'referred');
        expect(moved).toMatchObject({ from: 'lead', forward: true, opportunity: { stage: 'referred', updatedOn: '2026-03-04' } });
        expect(moved.reportBacks.map((b: any) => [b.person.id, b.due]).sort()).toEqual([[helene, '2026-03-06'], [zoe, '2026-03-06']].sort());
        const prompts = await storedPrompts(m, 'report-back');
        expect(prompts.map((p) => [p.person_id, p.source_id, p.show_on, p.due_on, p.status, p.checklist]).sort()).toEqual(
          [[helene, o.id, '2026-03-04', '2026-03-06', 'open', '[]'], [zoe, o.id, '2026-03-04', '2026-03-06', 'open', '[]']].sort());
        expect(JSON.parse(prompts[0].data)).toEqual({ about: 'opportunity', title: 'Head of Data', stage: 'referred' });
        expect(await agendaOf(m.on('2026-03-04'), 'report-back')).toHaveLength(2);

        // A second step forward brings the same reminder up to date instead of adding one.
        const won = await ok(m.on('2026-03-10'), 'opportunity', 'move', o.id, 'won');
        expect(won.reportBacks.map((b: any) => b.id).sort()).toEqual(moved.reportBacks.map((b: any) => b.id).sort());
        const after = await storedPrompts(m, 'report-back');
        expect(after).toHaveLength(2);
        expect(after.map((p) => JSON.parse(p.data).stage)).toEqual(['won', 'won']);
        expect(after.map((p) => p.due_on)).toEqual(['2026-03-12', '2026-03-12']);
      });

      it('opens no report-back for a step back, a loss or no change', async () => {
        const { m } = await network();
        const o = await ok(m, 'opportunity', 'add', 'Head of Data', '--via', 'helene', '--stage', 'interviewing');
        expect((await ok(m, 'opportunity', 'move', o.id, 'contacted')).forward).toBe(false);
        expect((await ok(m, 'opportunity', 'move', o.id, 'lost')).reportBacks).toEqual([]);
        const same = await m('opportunity', 'move', o.id, 'lost');
        expect(same.out).toBe('"Head of Data" is already lost: nothing changed.');
        expect(await storedPrompts(m, 'report-back')).toEqual([]);
      });

      it('reports which contacts produced leads and at which stage they ended', async () => {
        const { m, helene } = await network();
        const a = await ok(m, 'opportunity', 'add', 'Head of Data', '--via', 'helene', '--via', 'marc');
        const b = await ok(m, 'opportunity', 'add', 'Data Lead', '--via', 'helene');
        await ok(m, 'opportunity', 'add', 'CTO');
        await ok(m, 'opportunity', 'move', a.id, 'won');
        await ok(m, 'opportunity', 'move', b.id, 'interviewing');
        const report = await ok(m, 'opportunity', 'report');
        expect(report.contacts[0]).toEqual({ person: { id: helene, name: 'Hélène Dupont' }, total: 2, won: 1, lost: 0, open: 1, stages: { won: 1, interviewing: 1 } });
        expect(report.contacts[1]).toMatchObject({ person: { name: 'Marc Petit' }, total: 1, won: 1 });
        expect(report.withoutContact).toEqual({ total: 1, won: 0, lost: 0, open: 1 });
        const text = await m('opportunity', 'report');
        expect(text.out.split('\n')[1]).toBe('  Hélène Dupont: 2 leads · 1 won · 0 lost · 1 open (interviewing 1)');
        const fr = await m('--lang', 'fr', 'opportunity', 'report');
        expect(plain(fr.out).split('\n')[1]).toBe('  Hélène Dupont : 2 pistes · 1 gagnée · 0 perdue · 1 ouverte (entretiens 1)');
      });

      it('refuses an unknown stage, opportunity or person, and an empty title, writing nothing', async () => {
        const { m } = await network();
        const o = await ok(m, 'opportunity', 'add', 'Head of Data');
        const before = await snapshot(m);
        const stages = 'lead, contacted, referred, interviewing, offer, won, lost';
        expect(userError(await m('opportunity', 'move', o.id, 'signed'))).toBe(`Unknown stage "signed": expected one of ${stages}.`);
        expect(userError(await m('opportunity', 'add', 'CTO', '--stage', 'maybe'))).toBe(`Unknown stage "maybe": expected one of ${stages}.`);
        expect(userError(await m('--lang', 'fr', 'opportunity', 'move', o.id, 'gagné'))).toBe(`Étape « gagné » inconnue. Valeurs possibles : ${stages}.`);
        expect(userError(await m('opportunity', 'move', 'zzzz', 'won'))).toBe('No opportunity has the id "zzzz". See: maillon opportunity list');
        expect(userError(await m('opportunity', 'show', 'zzzz'))).toContain('zzzz');
        expect(userError(await m('opportunity', 'add', 'CTO', '--via', 'helene', '--via', 'nobody'))).toContain('"nobody"');
        expect(userError(await m('opportunity', 'add', '  '))).toBe('The title cannot be empty.');
        expect(await snapshot(m)).toBe(before);
      });
    });

    describe('ask', () => {
      it('brings up a polite nudge 7 days after an unanswered ask, with its reasons', async () => {
        const { m, zoe, helene } = await network();
        const a = await ok(m, 'ask', 'Zoé', '--about', 'data engineering at Acme', '--via', 'Hélène');
        expect(a).toMatchObject({ person: { id: zoe, name: 'Zoé Blanc' }, via: { id: helene }, about: 'data engineering at Acme', date: DAY0, status: 'open', followUp: { showOn: '2026-03-09' } });
        expect(await agendaOf(m.on('2026-03-08'), 'ask-follow-up')).toEqual([]);
        const [item] = await agendaOf(m.on('2026-03-09'), 'ask-follow-up');
        expect(item).toMatchObject({ id: a.followUp.id, person: { id: zoe }, due: '2026-03-09' });
        expect(item.reasons).toEqual(['due today', 'you asked about "data engineering at Acme" on 2026-03-02', 'no answer yet (7 days)', 'introduced by Hélène Dupont', 'a short, polite nudge is fine']);
        const fr = await m.on('2026-03-09')('--lang', 'fr', 'today');
        expect(plain(fr.out)).toContain('Relancer votre demande : Zoé Blanc · pour le 2026-03-09');
        expect(plain(fr.out)).toContain('vous avez demandé conseil sur « data engineering at Acme » le 2026-03-02 ; toujours pas de réponse (7 jours) ; mise en relation par Hélène Dupont ; une relance courte et polie est tout à fait appropriée');
      });

      it('takes a past date and another delay for the nudge', async () => {
        const { m } = await network();
        const a = await ok(m, 'ask', 'marc', '--about', 'cycling startups', '--date', '2026-02-20', '--nudge-after', '3');
        expect(a.followUp.showOn).toBe('2026-02-23');
        const [item] = await agendaOf(m, 'ask-follow-up');
        expect(item.reasons.slice(0, 3)).toEqual(['overdue by 7 days', 'you asked about "cycling startups" on 2026-02-20', 'no answer yet (10 days)']);
        expect(item.reasons).not.toContain('introduced by Marc Petit');
      });

      it('closes the ask and its nudge when answered or not', async () => {
        const { m } = await network();
        const a = await ok(m, 'ask', 'zoé', '--about', 'Lyon');
        const b = await ok(m, 'ask', 'paul', '--about', 'jazz clubs');
        const answered = await ok(m.on('2026-03-10'), 'ask', 'answered', a.id);
        expect(answered).toMatchObject({ status: 'answered', closedOn: '2026-03-10', closedFollowUp: a.followUp.id });
        expect((await m.on('2026-03-10')('ask', 'no-answer', b.id)).out).toBe('Closed your ask to Paul Martin about "jazz clubs" without an answer. It happens; try someone else, ideally through an introduction.');
        expect(await agendaOf(m.on('2026-03-10'), 'ask-follow-up')).toEqual([]);
        expect((await storedPrompts(m, 'ask-follow-up')).map((p) => p.status)).toEqual(['waived', 'waived']);
        expect(userError(await m('ask', 'answered', a.id))).toBe(`Ask ${String(a.id)} is already closed (answered).`);
        expect((await ok(m, 'ask', 'list')).asks.map((x: any) => x.status).sort()).toEqual(['answered', 'no-answer']);
        expect((await ok(m, 'ask', 'list', '--open')).asks).toEqual([]);
      });

      it('closes an ask whose nudge was already done from the agenda', async () => {
        const { m } = await network();
        const a = await ok(m, 'ask', 'zoé', '--about', 'Lyon');
        await ok(m.on('2026-03-09'), 'done', a.followUp.id);
        expect(await ok(m.on('2026-03-12'), 'ask', 'answered', a.id)).toMatchObject({ status: 'answered', closedFollowUp: null });
      });

      it('reports the response rate, cold versus introduced', async () => {
        const { m } = await network();
        const ids: string[] = [];
        for (const [who, via] of [['zoé', 'helene'], ['paul', 'helene'], ['marc', null], ['zoé', null], ['paul', null]] as const) {
          ids.push((await ok(m, 'ask', who, '--about', 'advice', ...(via ? ['--via', via] : []))).id);
        }
        for (const [i, outcome] of [[0, 'answered'], [1, 'answered'], [2, 'answered'], [3, 'no-answer']] as const) await ok(m, 'ask', outcome, ids[i] ?? '');
        const report = await ok(m, 'ask', 'report');
        expect(report.introduced).toEqual({ asked: 2, answered: 2, noAnswer: 0, open: 0, rate: 100 });
        expect(report.cold).toEqual({ asked: 3, answered: 1, noAnswer: 1, open: 1, rate: 50 });
        expect(report.all.rate).toBe(75);
        const text = (await m('ask', 'report')).out.split('\n');
        expect(text[1]).toBe('Cold: 3 asks, 1 answered, 1 without answer, 1 waiting · 50% answered');
        expect(text[3]).toBe('Introduced asks are answered 50 points more often than cold ones: ask for introductions.');
        expect(plain((await m('--lang', 'fr', 'ask', 'report')).out).split('\n')[2]).toBe('Par recommandation : 2 demandes, 2 réponses, 0 sans réponse, 0 en attente · 100 % de réponses');
      });

      it('refuses an empty subject, an introducer who is the person asked, unknown people or asks, and a future date, writing nothing', async () => {
        const { m } = await network();
        const before = await snapshot(m);
        expect(userError(await m('ask', 'zoé', '--about', '   '))).toBe('The about cannot be empty.');
        expect(userError(await m('ask', 'zoé'))).toBe('The about cannot be empty.');
        expect(userError(await m('ask', 'zoé', '--about', 'Lyon', '--via', 'Zoé Blanc'))).toBe('Zoé Blanc cannot introduce you to themselves: --via names who introduced you to the person you asked.');
        expect(userError(await m('ask', 'nobody', '--about', 'Lyon'))).toContain('"nobody"');
        expect(userError(await m('ask', 'zoé', '--about', 'Lyon', '--via', 'nobody'))).toContain('"nobody"');
        expect(userError(await m('ask', 'zoé', '--about', 'Lyon', '--date', '2026-04-01'))).toContain('in the future');
        expect(userError(await m('ask', 'answered', 'zzzz'))).toBe('No ask has the id "zzzz". See: maillon ask list');
        expect(userError(await m('--lang', 'fr', 'ask', 'no-answer', 'zzzz'))).toBe('Aucune demande n’a l’identifiant « zzzz ». Voir : maillon ask list');
        expect(await snapshot(m)).toBe(before);
      });
    });

    it('carries shares, opportunities and asks through a backup, identically', async () => {
      const { m } = await network();
      await ok(m, 'share', URL, '--title', 'Churn', '--topic', 'data', '--with', 'helene', '--with', 'marc');
      const o = await ok(m, 'opportunity', 'add', 'Head of Data', '--via', 'helene');
      await ok(m, 'opportunity', 'move', o.id, 'offer');
      await ok(m, 'ask', 'zoé', '--about', 'Lyon', '--via', 'paul');
      const backup = await snapshot(m);
      const file = join(files.dir, `backup-${String(fileCount++)}.json`);
      await ok(m, 'export', 'json', file);
      const restored = session(await dbs.create(), DAY0);
      await ok(restored, 'import', 'json', file);
      expect(await snapshot(restored)).toBe(backup);
      expect((await ok(restored, 'share', 'suggest', URL)).alreadySent).toHaveLength(2);
    });
  });
}
