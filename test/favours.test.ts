import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { session, tempDir, type Session } from './helpers/cli.js';
import { contractDatabases } from './helpers/databases.js';
import { ok, snapshots } from './helpers/expect.js';

// Milestones, birthdays, favours, thanks, introductions and reciprocity, told as stories
// through the CLI, on every database.

const DAY0 = '2026-03-02';
const files = tempDir();
let fileCount = 0;

const exported = snapshots(files.dir);

afterAll(() => {
  files.cleanup();
});


/** Runs a command that must fail with one line, and returns that line. */
async function fails(m: Session, ...args: string[]): Promise<string> {
  const r = await m(...args);
  expect(r.code, `maillon ${args.join(' ')} should fail`).toBe(1);
  expect(r.out).toBe('');
  expect(r.err.split('\n')).toHaveLength(1);
  return r.err;
}


const items = async (m: Session): Promise<any[]> => (await ok(m, 'today')).items;
const ofKind = async (m: Session, kind: string): Promise<any[]> => (await items(m)).filter((i) => i.kind === kind);
const add = async (m: Session, name: string, ...rest: string[]): Promise<string> => (await ok(m, 'person', 'add', name, ...rest)).id;

for (const dbs of contractDatabases()) {
  describe(`favours on ${dbs.name}`, () => {
    afterAll(() => dbs.cleanup());
    const fresh = async () => session(await dbs.create(), DAY0);

    describe('milestones', () => {
      it('records a milestone and asks to congratulate within a few days, until it is done', async () => {
        const m = await fresh();
        const marc = await add(m, 'Marc Petit');
        const r = await ok(m, 'milestone', 'marc', '--kind', 'new-job', '--note', 'Head of Data at Qonto');
        expect(r.milestone).toMatchObject({ personId: marc, kind: 'new-job', date: DAY0, note: 'Head of Data at Qonto' });
        expect(r.congratulate).toMatchObject({ showOn: DAY0, dueOn: '2026-03-05' });
        const [item] = await ofKind(m, 'congratulate');
        expect(item).toMatchObject({ id: r.congratulate.id, person: { id: marc, name: 'Marc Petit' }, due: '2026-03-05' });
        expect(item.reasons).toEqual(['due in 3 days', `new job on ${DAY0}`, '"Head of Data at Qonto"']);
        expect(await ofKind(m.on('2026-03-20'), 'congratulate')).toHaveLength(1);
        await ok(m, 'done', item.id);
        expect(await ofKind(m.on('2026-03-20'), 'congratulate')).toEqual([]);
      });

      it('shows the congratulation for a future milestone on its day', async () => {
        const m = await fresh();
        await add(m, 'Zoé Blanc');
        const r = await ok(m, 'milestone', 'zoe', '--kind', 'launch', '--date', '2026-03-10');
        expect(r.congratulate).toMatchObject({ showOn: '2026-03-10', dueOn: '2026-03-13' });
        expect(await ofKind(m.on('2026-03-09'), 'congratulate')).toEqual([]);
        expect(await ofKind(m.on('2026-03-10'), 'congratulate')).toHaveLength(1);
      });

      it('keeps old news without flooding the agenda', async () => {
        const m = await fresh();
        await add(m, 'Zoé Blanc');
        const r = await ok(m, 'milestone', 'zoe', '--kind', 'award', '--date', '2025-06-01');
        expect(r).toMatchObject({ milestone: { kind: 'award', date: '2025-06-01' }, congratulate: null, noPrompt: 'too-old' });
        expect(await ofKind(m, 'congratulate')).toEqual([]);
        expect((await m('milestone', 'zoe', '--kind', 'award', '--date', '2025-06-01')).out).toContain('more than 60 days old');
      });

      it('sets a year-less birthday that comes back every year, from three days before to the day', async () => {
        const m = await fresh();
        const zoe = await add(m, 'Zoé Blanc');
        const r = await ok(m, 'milestone', 'zoe', '--kind', 'birthday', '--date', '--05-12');
        expect(r).toMatchObject({ birthday: '--05-12', milestone: null, congratulate: null });
        expect((await ok(m, 'person', 'show', zoe)).birthday).toBe('--05-12');
        expect(await ofKind(m.on('2026-05-08'), 'birthday')).toEqual([]);
        const [first] = await ofKind(m.on('2026-05-09'), 'birthday');
        expect(first).toMatchObject({ id: `birthday.${zoe}.2026`, due: '2026-05-12', reasons: ['due in 3 days', 'birthday on 2026-05-12'] });
        expect(await ofKind(m.on('2026-05-12'), 'birthday')).toHaveLength(1);
        expect(await ofKind(m.on('2026-05-13'), 'birthday')).toEqual([]);
        await ok(m.on('2026-05-10'), 'done', first.id);
        expect(await ofKind(m.on('2026-05-11'), 'birthday')).toEqual([]);
        expect((await ofKind(m.on('2027-05-10'), 'birthday')).map((i) => i.id)).toEqual([`birthday.${zoe}.2027`]);
      });

      it('leaves out the birthdays of dormant online acquaintances, not of those you talk to', async () => {
        const m = (await fresh()).on('2026-05-10');
        const stranger = await add(m, 'Léa Inconnue', '--circle', 'online', '--birthday', '--05-12');
        const contact = await add(m, 'Tom Contact', '--circle', 'online', '--birthday', '--05-12');
        const friend = await add(m, 'Ana Amie', '--circle', 'friend', '--circle', 'online', '--birthday', '--05-12');
        await ok(m, 'log', 'Tom', '--channel', 'message', '--no-follow-up');
        const ids = (await ofKind(m, 'birthday')).map((i) => i.id);
        expect(ids).toContain(`birthday.${contact}.2026`);
        expect(ids).toContain(`birthday.${friend}.2026`);
        expect(ids).not.toContain(`birthday.${stranger}.2026`);
      });

      it('snoozes a birthday like any other agenda item', async () => {
        const m = (await fresh()).on('2026-05-09');
        const zoe = await add(m, 'Zoé Blanc', '--birthday', '--05-12');
        await ok(m, 'snooze', `birthday.${zoe}.2026`, '--days', '2');
        expect(await ofKind(m.on('2026-05-10'), 'birthday')).toEqual([]);
        expect((await ofKind(m.on('2026-05-11'), 'birthday')).map((i) => i.id)).toEqual([`birthday.${zoe}.2026`]);
      });

      it('reads 1604 as "no year", and says the age when the year is known', async () => {
        const m = await fresh();
        await add(m, 'Zoé Blanc');
        await add(m, 'Paul Martin');
        expect((await ok(m, 'milestone', 'zoe', '--kind', 'birthday', '--date', '1604-03-04')).birthday).toBe('--03-04');
        expect((await ok(m, 'milestone', 'paul', '--kind', 'birthday', '--date', '1980-03-05')).birthday).toBe('1980-03-05');
        const reasons = Object.fromEntries((await ofKind(m, 'birthday')).map((i) => [i.person.name, i.reasons.at(-1)]));
        expect(reasons).toEqual({ 'Zoé Blanc': 'birthday on 2026-03-04', 'Paul Martin': 'birthday on 2026-03-05, turning 46' });
      });

      it('takes today as the birthday when no date is given, and keeps 29 February on the 28th in other years', async () => {
        const m = (await fresh()).on('2024-02-29');
        const zoe = await add(m, 'Zoé Blanc');
        expect((await ok(m, 'milestone', 'zoe', '--kind', 'birthday')).birthday).toBe('--02-29');
        expect((await ofKind(m.on('2026-02-28'), 'birthday')).map((i) => [i.id, i.due])).toEqual([[`birthday.${zoe}.2026`, '2026-02-28']]);
      });
    });

    describe('favours and thanks', () => {
      it('opens a thank-you for a favour received, until maillon thank closes it', async () => {
        const m = await fresh();
        const claire = await add(m, 'Claire Dubois');
        const r = await ok(m, 'favour', 'received', 'claire', '--kind', 'advice', '--note', 'Tips for the interview');
        expect(r.favour).toMatchObject({ direction: 'received', personId: claire, kind: 'advice', date: DAY0, thankedOn: null });
        const [item] = await ofKind(m, 'thank');
        expect(item).toMatchObject({ id: r.thank.id, due: '2026-03-04' });
        expect(item.reasons).toEqual(['due in 2 days', `for advice on ${DAY0}`, '"Tips for the interview"', 'thank them even if it leads nowhere']);
        const thanked = await ok(m.on('2026-03-03'), 'thank', 'claire');
        expect(thanked).toMatchObject({ person: { id: claire }, closed: [r.thank.id], favours: [{ id: r.favour.id, thankedOn: '2026-03-03' }] });
        expect(await ofKind(m.on('2026-03-03'), 'thank')).toEqual([]);
        expect((await ok(m, 'balance', 'claire')).favours).toMatchObject([{ id: r.favour.id, thankedOn: '2026-03-03' }]);
        expect((await m('thank', 'claire')).out).toBe('Noted your thanks to Claire Dubois; no favour was waiting for one.');
      });

      it('closes a thank-you with done too, and opens none for a favour already thanked', async () => {
        const m = await fresh();
        await add(m, 'Claire Dubois');
        const r = await ok(m, 'favour', 'received', 'claire', '--kind', 'referral');
        await ok(m, 'done', r.thank.id);
        expect((await ok(m, 'balance', 'claire')).favours).toMatchObject([{ id: r.favour.id, thankedOn: DAY0 }]);
        const already = await ok(m, 'favour', 'received', 'claire', '--kind', 'job-lead', '--thanked');
        expect(already).toMatchObject({ thank: null, favour: { thankedOn: DAY0 } });
        expect(await ofKind(m, 'thank')).toEqual([]);
      });

      it('records who introduced whom, and the introduced person\'s "how met"', async () => {
        const m = await fresh();
        const claire = await add(m, 'Claire Dubois');
        const marc = await add(m, 'Marc Petit');
        const r = await ok(m, 'favour', 'received', 'claire', '--kind', 'introduction', '--to', 'marc');
        expect(r).toMatchObject({ favour: { introducedId: marc }, introduced: { id: marc, name: 'Marc Petit' }, howMet: 'set' });
        expect((await ok(m, 'person', 'show', 'marc')).introducedBy).toEqual({ id: claire, name: 'Claire Dubois' });
        expect((await ok(m, 'search', 'claire')).map((h: any) => h.name)).toContain('Marc Petit');
        expect((await ofKind(m, 'thank'))[0].reasons).toContain(`for an introduction to Marc Petit on ${DAY0}`);
        // A second account of how they met does not overwrite the first.
        await add(m, 'Paul Martin');
        expect((await ok(m, 'favour', 'received', 'paul', '--kind', 'introduction', '--to', 'marc')).howMet).toBe('kept');
        expect((await ok(m, 'person', 'show', 'marc')).introducedBy.id).toBe(claire);
        // Given: the user introduced Marc to Paul; nobody's "how met" changes.
        const given = await ok(m, 'favour', 'given', 'marc', '--kind', 'introduction', '--to', 'paul');
        expect(given).toMatchObject({ favour: { direction: 'given', introducedId: given.introduced.id }, howMet: null, thank: null });
      });

      it('asks to tell the introducer how it went after the first exchange with the person introduced', async () => {
        const m = await fresh();
        const claire = await add(m, 'Claire Dubois');
        await add(m, 'Marc Petit');
        await ok(m, 'favour', 'received', 'claire', '--kind', 'introduction', '--to', 'marc');
        const logged = await ok(m, 'log', 'marc', '--channel', 'video');
        expect(logged.reportBacks).toHaveLength(1);
        const [item] = await ofKind(m, 'report-back');
        expect(item).toMatchObject({ person: { id: claire }, due: '2026-03-09' });
        expect(item.reasons.at(-1)).toBe(`tell Claire Dubois how it went with Marc Petit: their introduction led to a first exchange on ${DAY0}`);
        await ok(m, 'log', 'marc', '--channel', 'call');
        expect(await ofKind(m, 'report-back')).toHaveLength(1);
      });

      it('opens no report-back when the introducer was there, or for someone nobody introduced', async () => {
        const m = await fresh();
        await add(m, 'Claire Dubois');
        await add(m, 'Marc Petit', '--introduced-by', 'claire');
        await add(m, 'Zoé Blanc');
        expect((await ok(m, 'log', 'marc', 'claire', '--channel', 'in-person')).reportBacks).toEqual([]);
        expect((await ok(m, 'log', 'zoe', '--channel', 'call')).reportBacks).toEqual([]);
        expect(await ofKind(m, 'report-back')).toEqual([]);
      });
    });

    describe('reciprocity', () => {
      it('weighs the balance by kind, in person show and maillon balance', async () => {
        const m = await fresh();
        const claire = await add(m, 'Claire Dubois');
        await add(m, 'Marc Petit');
        await ok(m, 'favour', 'received', 'claire', '--kind', 'introduction', '--to', 'marc');
        await ok(m, 'favour', 'given', 'claire', '--kind', 'advice');
        await ok(m, 'favour', 'given', 'claire', '--kind', 'advice');
        await ok(m, 'favour', 'given', 'marc', '--kind', 'referral');
        const shown = await ok(m, 'person', 'show', 'claire');
        expect(shown.balance).toMatchObject({
          received: { weight: 3, count: 1, kinds: { introduction: 1 } }, given: { weight: 2, count: 2, kinds: { advice: 2 } }, leaning: 'they-helped-more',
        });
        expect((await m('person', 'show', 'claire')).out).toContain('Favours: received an introduction · gave 2 pieces of advice · a chance to return the favour');
        const all = await ok(m, 'balance');
        expect(all.overall).toMatchObject({ people: 2, received: { weight: 3, count: 1 }, given: { weight: 5, count: 3 }, leaning: 'you-helped-more' });
        expect(all.people.map((p: any) => [p.personId, p.name, p.leaning])).toEqual([
          [claire, 'Claire Dubois', 'they-helped-more'], [all.people[1].personId, 'Marc Petit', 'you-helped-more'],
        ]);
        const text = (await m('balance')).out;
        expect(text).toContain('With 2 people: you received 1 favour and gave 3.');
        expect(text).not.toMatch(/owe|debt|points|score:/i);
      });

      it('nudges to return favours two weeks on, the most helpful first and at most five, until one is given', async () => {
        const m = await fresh();
        const kinds = ['advice', 'introduction', 'referral', 'recommendation', 'job-lead', 'other', 'advice'];
        for (const [i, kind] of kinds.entries()) {
          await add(m, `Person ${String(i)}`);
          await ok(m, 'favour', 'received', `Person ${String(i)}`, '--kind', kind, '--thanked');
        }
        await ok(m, 'favour', 'received', 'Person 0', '--kind', 'advice', '--date', '2026-03-01', '--thanked');
        expect(await ofKind(m.on('2026-03-15'), 'reciprocate')).toEqual([]);
        const later = m.on('2026-03-16');
        const nudges = await ofKind(later, 'reciprocate');
        // The five who did the most (an introduction, a referral, a job lead; two pieces of advice, a
        // recommendation) are chosen; the agenda then orders them with everything else.
        expect(nudges.map((i) => i.person.name).sort()).toEqual(['Person 0', 'Person 1', 'Person 2', 'Person 3', 'Person 4']);
        const reasonOf = (name: string) => nudges.find((i) => i.person.name === name).reasons.at(-1);
        expect(reasonOf('Person 1')).toBe('Person 1 helped you 14 days ago (an introduction): a chance to return the favour');
        expect(reasonOf('Person 0'))
          .toBe('Person 0 has helped you a lot lately (2 pieces of advice), most recently 14 days ago: a chance to return the favour');
        await ok(later, 'favour', 'given', 'Person 1', '--kind', 'advice');
        await ok(later, 'done', nudges.find((i) => i.person.name === 'Person 2').id);
        const after = (await ofKind(later, 'reciprocate')).map((i) => i.person.name);
        expect(after).toHaveLength(5);
        expect(after).not.toContain('Person 1');
        expect(after).not.toContain('Person 2');
      });
    });

    describe('in French', () => {
      it('speaks French in every command and reason', async () => {
        const m = await fresh();
        await add(m, 'Claire Dubois');
        await add(m, 'Marc Petit');
        const fr = (...args: string[]) => m('--lang', 'fr', ...args);
        expect((await fr('favour', 'received', 'claire', '--kind', 'introduction', '--to', 'marc')).out.split('\n')).toEqual([
          `Noté : Claire Dubois vous a rendu service : une mise en relation avec Marc Petit (${DAY0}).`,
          expect.stringMatching(/^À remercier d’ici le 2026-03-04 \[\w+\], même si cela ne mène à rien\.$/),
          'Marc Petit : la rencontre indique désormais « par l’intermédiaire de Claire Dubois ».',
        ]);
        expect((await fr('milestone', 'marc', '--kind', 'promotion')).out).toMatch(/^Noté : promotion de Marc Petit, le 2026-03-02\.\nÀ féliciter d’ici le 2026-03-05/);
        expect((await fr('milestone', 'claire', '--kind', 'birthday', '--date', '--03-04')).out)
          .toBe('Anniversaire de Claire Dubois : 03-04 (année inconnue). Il apparaîtra dans votre agenda 3 jours avant, chaque année.');
        await fr('log', 'marc', '--channel', 'call');
        const today = (await fr('today')).out;
        expect(today).toContain('Remercier : Claire Dubois');
        expect(today).toContain('pour une mise en relation avec Marc Petit du 2026-03-02 ; remerciez, même si cela ne mène à rien');
        expect(today).toContain('Féliciter : Marc Petit');
        expect(today).toContain('Anniversaire : Claire Dubois');
        expect(today).toContain('dites à Claire Dubois comment s’est passé votre premier échange avec Marc Petit, le 2026-03-02, grâce à sa mise en relation');
        await fr('thank', 'claire');
        const nudge = (await m.on('2026-03-20')('--lang', 'fr', 'today')).out;
        expect(nudge).toContain('Renvoyer l’ascenseur : Claire Dubois');
        expect(nudge).toContain('Claire Dubois vous a rendu service il y a 18 jours (une mise en relation) : l’occasion de lui renvoyer l’ascenseur');
        expect((await fr('balance')).out).toContain('Claire Dubois · reçu : une mise en relation · rien rendu pour l’instant · l’occasion de renvoyer l’ascenseur');
        expect(await fails(m, '--lang', 'fr', 'favour', 'given', 'marc', '--kind', 'lunch'))
          .toBe('Type de service « lunch » inconnu. Valeurs possibles : introduction, advice, referral, recommendation, job-lead, other.');
      });
    });

    describe('bad input', () => {
      it('refuses bad kinds, a favour to oneself, unknown people and bad dates, with one line and nothing written', async () => {
        const m = await fresh();
        await add(m, 'Claire Dubois');
        await add(m, 'Marc Petit');
        const before = await exported(m);
        expect(await fails(m, 'milestone', 'marc', '--kind', 'wedding'))
          .toBe('Unknown milestone kind "wedding": expected one of new-job, promotion, award, publication, launch, birthday, other.');
        expect(await fails(m, 'favour', 'received', 'claire', '--kind', 'lunch'))
          .toBe('Unknown favour kind "lunch": expected one of introduction, advice, referral, recommendation, job-lead, other.');
        expect(await fails(m, 'favour', 'received', 'claire', '--kind', 'introduction', '--to', 'Claire Dubois'))
          .toBe('"claire" and --to "Claire Dubois" are the same person: an introduction joins two different people.');
        expect(await fails(m, 'favour', 'given', 'claire', '--kind', 'advice', '--to', 'marc')).toContain('use it with --kind introduction');
        expect(await fails(m, 'favour', 'given', 'nobody', '--kind', 'advice')).toContain('No one in your network matches "nobody"');
        expect(await fails(m, 'favour', 'received', 'claire', '--kind', 'introduction', '--to', 'nobody')).toContain('matches "nobody"');
        expect(await fails(m, 'milestone', 'nobody', '--kind', 'award')).toContain('matches "nobody"');
        expect(await fails(m, 'thank', 'nobody')).toContain('matches "nobody"');
        expect(await fails(m, 'favour', 'received', 'claire', '--kind', 'advice', '--date', '2026-02-30')).toBe('Bad date "2026-02-30": expected a date as YYYY-MM-DD.');
        expect(await fails(m, 'favour', 'received', 'claire', '--kind', 'advice', '--date', '2026-04-01')).toContain('in the future');
        expect(await fails(m, 'milestone', 'marc', '--kind', 'award', '--date', 'yesterday')).toContain('expected a date as YYYY-MM-DD');
        expect(await fails(m, 'milestone', 'marc', '--kind', 'birthday', '--date', '--02-30')).toBe('Bad birthday "--02-30": expected a date as YYYY-MM-DD (or --MM-DD without the year).');
        expect(await exported(m)).toBe(before);
      });
    });

    it('carries milestones, favours and their prompts through a backup, identically', async () => {
      const m = await fresh();
      await add(m, 'Claire Dubois');
      await add(m, 'Marc Petit');
      await ok(m, 'favour', 'received', 'claire', '--kind', 'introduction', '--to', 'marc', '--note', 'Café à Lyon');
      await ok(m, 'milestone', 'marc', '--kind', 'publication', '--note', 'Un article sur le churn');
      await ok(m, 'milestone', 'claire', '--kind', 'birthday', '--date', '--07-14');
      await ok(m, 'log', 'marc', '--channel', 'call');
      const backup = await exported(m);
      const copy = session(await dbs.create(), DAY0);
      const file = join(files.dir, `backup-${String(fileCount++)}.json`);
      writeFileSync(file, backup);
      await ok(copy, 'import', 'json', file);
      expect(await exported(copy)).toBe(backup);
      expect((await items(copy)).map((i) => i.kind).sort()).toEqual(['congratulate', 'follow-up', 'report-back', 'thank']);
    });
  });
}
