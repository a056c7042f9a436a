/** English words of the favours feature: reasons, errors and CLI text. favours.fr.ts mirrors every key. */
import { s, type Feature, type Values as V } from './feature.js';

const plural = (n: unknown, one: string, many: string) => (Number(n) === 1 ? one : many);
const ago = (days: unknown) => (Number(days) === 0 ? 'today' : Number(days) === 1 ? 'yesterday' : `${s(days)} days ago`);

/** Milestones as news: "Marc Petit's new job". */
const milestone: Record<string, string> = {
  'new-job': 'new job', promotion: 'promotion', award: 'award', publication: 'publication', launch: 'launch', birthday: 'birthday', other: 'news',
};
/** Favours as the thing done: "an introduction", "advice". */
const favour: Record<string, string> = {
  introduction: 'an introduction', advice: 'advice', referral: 'a referral', recommendation: 'a recommendation', 'job-lead': 'a job lead', other: 'a helping hand',
};
const favours: Record<string, string> = {
  introduction: 'introductions', advice: 'pieces of advice', referral: 'referrals', recommendation: 'recommendations', 'job-lead': 'job leads', other: 'helping hands',
};
const stage: Record<string, string> = {
  lead: 'a lead', contacted: 'in contact', referred: 'referred', interviewing: 'at the interview stage', offer: 'at the offer stage', won: 'won', lost: 'closed',
};
const favourOf = (kind: unknown) => favour[s(kind)] ?? s(kind);
/** Favour kinds with their counts ('introduction:2,advice:1') in words: "2 …, …". */
const kindsOf = (kinds: unknown) => s(kinds).split(',').filter(Boolean).map((entry) => {
  const [kind = '', n = '1'] = entry.split(':');
  return Number(n) > 1 ? `${n} ${favours[kind] ?? kind}` : favourOf(kind);
}).join(', ');
/** A birthday as stored ('1985-05-12' or '--05-12') in words. */
const birthday = (b: unknown) => (s(b).startsWith('--') ? `${s(b).slice(2)} (year unknown)` : s(b));

export const favoursEn = {
  reason: {
    'thank.for': (v: V) => `for ${favourOf(v.kind)}${v.introduced ? ` to ${s(v.introduced)}` : ''}${v.date ? ` on ${s(v.date)}` : ''}`,
    'thank.note': (v: V) => `"${s(v.note)}"`,
    'thank.anyway': () => 'thank them even if it leads nowhere',
    'congratulate.milestone': (v: V) => `${milestone[s(v.kind)] ?? s(v.kind)}${v.date ? ` on ${s(v.date)}` : ''}`,
    'congratulate.note': (v: V) => `"${s(v.note)}"`,
    'report-back.introduction': (v: V) => `tell ${s(v.name)} how it went with ${s(v.introduced)}: their introduction led to a first exchange${v.date ? ` on ${s(v.date)}` : ''}`,
    'report-back.opportunity': (v: V) => `tell ${s(v.name)} how "${s(v.title)}" is going: it is now ${stage[s(v.stage)] ?? s(v.stage)}`,
    'birthday.on': (v: V) => `birthday on ${s(v.date)}${v.age ? `, turning ${s(v.age)}` : ''}`,
    'reciprocate.helped': (v: V) => `${Number(v.count) > 1
      ? `${s(v.name)} has helped you a lot lately (${kindsOf(v.kinds)}), most recently ${ago(v.days)}`
      : `${s(v.name)} helped you ${ago(v.days)} (${kindsOf(v.kinds)})`}: a chance to return the favour`,
  },
  error: {
    'milestone.bad_kind': (v: V) => `Unknown milestone kind "${s(v.value)}": expected one of ${s(v.allowed)}.`,
    'favour.bad_kind': (v: V) => v.reason === 'to'
      ? `--to names the person introduced: use it with --kind introduction, not ${s(v.value)}.`
      : `Unknown favour kind "${s(v.value)}": expected one of ${s(v.allowed)}.`,
    'favour.self': (v: V) => `"${s(v.ref)}" and --to "${s(v.to)}" are the same person: an introduction joins two different people.`,
    'favour.not_found': (v: V) => `No favour has the id "${s(v.id)}". See: maillon balance NAME`,
  },
  kind: {
    congratulate: 'Congratulate', birthday: 'Birthday', thank: 'Say thank you', 'report-back': 'Tell how it went', reciprocate: 'Return the favour',
  },
  cli: {
    help: {
      milestone: 'record what a person achieved (a new job, an award...) and put a congratulation in the agenda; --kind birthday sets their birthday',
      ref: 'a person: id or name',
      milestoneKind: 'what happened: new-job, promotion, award, publication, launch, birthday or other',
      milestoneDate: 'when, YYYY-MM-DD (default: today); for a birthday, YYYY-MM-DD or --MM-DD without the year',
      milestoneNote: 'a detail to mention when you congratulate them',
      favour: 'note a favour given or received: introductions, advice, referrals, recommendations, job leads',
      favourGiven: 'you helped this person',
      favourReceived: 'this person helped you; a thank-you goes in the agenda',
      favourKind: 'what kind: introduction, advice, referral, recommendation, job-lead or other',
      favourDate: 'when, YYYY-MM-DD (default: today)',
      favourNote: 'what it was about',
      favourTo: 'for an introduction, the person introduced (received: to you; given: by you to REF)',
      favourThanked: 'you already thanked them: no thank-you is added to the agenda',
      thank: 'note that you thanked someone: their favours are marked thanked and their thank-you closed',
      balance: 'favours given and received, with everyone or with one person, weighted by kind',
      balanceRef: 'a person (default: everyone)',
      limit: 'show at most this many people (default 30)',
    },
    examples: {
      milestone: [
        'maillon milestone "Marc Petit" --kind new-job --note "Head of Data at Qonto"',
        'maillon milestone marc --kind birthday --date --05-12   # the year is unknown',
      ],
      favour: [
        'maillon favour received claire --kind introduction --to "Marc Petit"',
        'maillon favour given marc --kind advice --note "Reviewed his CV"',
      ],
      thank: ['maillon thank claire'],
      balance: ['maillon balance', 'maillon balance claire'],
    },
    out: {
      milestone: (v: V) => `Noted: ${s(v.name)}'s ${milestone[s(v.kind)] ?? s(v.kind)}, on ${s(v.date)}.`,
      congratulateOpened: (v: V) => `Congratulate them by ${s(v.due)} [${s(v.id)}].`,
      congratulateLater: (v: V) => `The congratulation shows on ${s(v.show)}, due ${s(v.due)} [${s(v.id)}].`,
      milestoneTooOld: (v: V) => `No congratulation added: the news is more than ${s(v.days)} days old.`,
      birthdaySet: (v: V) => `${s(v.name)}'s birthday: ${birthday(v.birthday)}. It will show in your agenda from 3 days before, every year.`,
      given: (v: V) => `Noted: you helped ${s(v.name)} with ${favourOf(v.kind)}${v.introduced ? ` to ${s(v.introduced)}` : ''} (${s(v.date)}).`,
      received: (v: V) => `Noted: ${s(v.name)} helped you with ${favourOf(v.kind)}${v.introduced ? ` to ${s(v.introduced)}` : ''} (${s(v.date)}).`,
      thankOpened: (v: V) => `Say thank you by ${s(v.due)} [${s(v.id)}], even if it leads nowhere.`,
      thankedAlready: 'Already thanked: nothing added to the agenda.',
      howMetSet: (v: V) => `${s(v.name)}: how you met now says "introduced by ${s(v.by)}".`,
      howMetKept: (v: V) => `${s(v.name)}: how you met already names someone else; kept as it was.`,
      thanked: (v: V) => Number(v.count) === 0
        ? `Noted your thanks to ${s(v.name)}; no favour was waiting for one.`
        : `Noted your thanks to ${s(v.name)} for ${s(v.count)} ${plural(v.count, 'favour', 'favours')}.`,
      noFavours: 'No favours noted yet. When someone helps you: maillon favour received NAME --kind advice',
      overall: (v: V) => `With ${s(v.people)} ${plural(v.people, 'person', 'people')}: you received ${s(v.received)} ${plural(v.received, 'favour', 'favours')} and gave ${s(v.given)}.`,
      more: (v: V) => `…and ${s(v.count)} more (use --limit)`,
      side: (v: V) => `${v.dir === 'received' ? 'received' : 'gave'} ${s(v.list)}`,
      nothing: (v: V): string => (v.dir === 'received' ? 'received nothing yet' : 'gave nothing yet'),
      times: (v: V) => (Number(v.count) === 1 ? favourOf(v.kind) : `${s(v.count)} ${favours[s(v.kind)] ?? s(v.kind)}`),
      leaning: {
        none: 'no favours noted yet',
        even: 'give and take, in balance',
        'they-helped-more': 'a chance to return the favour',
        'you-helped-more': 'you have given generously; no need to keep score',
      } as Record<string, string>,
      overallLeaning: {
        none: 'No favours noted yet.',
        even: 'Give and take, in balance.',
        'they-helped-more': 'Your network has done a lot for you lately: look for chances to return the favour.',
        'you-helped-more': 'You help generously; it comes back in time.',
      } as Record<string, string>,
      favoursTitle: 'Favours',
      favourLine: (v: V) => `${s(v.date)}  ${v.dir === 'received' ? 'received' : 'given'}: ${favourOf(v.kind)}${v.introduced ? ` (${s(v.introduced)})` : ''}${v.note ? ` · ${s(v.note)}` : ''}${v.dir === 'received' ? (v.thanked ? ` · thanked ${s(v.thanked)}` : ' · not thanked yet') : ''}`,
    },
  },
} satisfies Feature;
