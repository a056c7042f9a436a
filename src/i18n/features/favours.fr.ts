/** French words of the favours feature: the same keys as favours.en.ts, checked by the compiler. */
import type { favoursEn } from './favours.en.js';
import { s, type Values as V } from './feature.js';

/** French takes the singular for 0 and 1. */
const plural = (n: unknown, one: string, many: string) => (Math.abs(Number(n)) < 2 ? one : many);
const ago = (n: unknown) => (Number(n) === 0 ? 'aujourd’hui' : Number(n) === 1 ? 'hier' : `il y a ${s(n)} ${plural(n, 'jour', 'jours')}`);
/** « de » before a name, elided before a vowel or an h: « de Paul », « d’Hélène ». */
const de = (name: unknown) => (/^[aeiouyhàâäéèêëîïôöùûü]/i.test(s(name)) ? `d’${s(name)}` : `de ${s(name)}`);

const milestone: Record<string, string> = {
  'new-job': 'nouveau poste', promotion: 'promotion', award: 'prix', publication: 'publication', launch: 'lancement', birthday: 'anniversaire', other: 'bonne nouvelle',
};
const favour: Record<string, string> = {
  introduction: 'une mise en relation', advice: 'des conseils', referral: 'une cooptation', recommendation: 'une recommandation', 'job-lead': 'une piste d’emploi', other: 'un coup de main',
};
const favours: Record<string, string> = {
  introduction: 'mises en relation', advice: 'conseils', referral: 'cooptations', recommendation: 'recommandations', 'job-lead': 'pistes d’emploi', other: 'coups de main',
};
const stage: Record<string, string> = {
  lead: 'piste repérée', contacted: 'premier contact pris', referred: 'candidature recommandée', interviewing: 'entretiens en cours', offer: 'offre reçue', won: 'c’est gagné', lost: 'piste close',
};
const favourOf = (kind: unknown) => favour[s(kind)] ?? s(kind);
/** Favour kinds with their counts ('introduction:2,advice:1') in words: "2 …, …". */
const kindsOf = (kinds: unknown) => s(kinds).split(',').filter(Boolean).map((entry) => {
  const [kind = '', n = '1'] = entry.split(':');
  return Number(n) > 1 ? `${n} ${favours[kind] ?? kind}` : favourOf(kind);
}).join(', ');
const birthday = (b: unknown) => (s(b).startsWith('--') ? `${s(b).slice(2)} (année inconnue)` : s(b));

export const favoursFr: typeof favoursEn = {
  reason: {
    'thank.for': (v: V) => `pour ${favourOf(v.kind)}${v.introduced ? ` avec ${s(v.introduced)}` : ''}${v.date ? ` du ${s(v.date)}` : ''}`,
    'thank.note': (v: V) => `« ${s(v.note)} »`,
    'thank.anyway': () => 'remerciez, même si cela ne mène à rien',
    'congratulate.milestone': (v: V) => `${milestone[s(v.kind)] ?? s(v.kind)}${v.date ? ` le ${s(v.date)}` : ''}`,
    'congratulate.note': (v: V) => `« ${s(v.note)} »`,
    'report-back.introduction': (v: V) => `dites à ${s(v.name)} comment s’est passé votre premier échange avec ${s(v.introduced)}${v.date ? `, le ${s(v.date)}` : ''}, grâce à sa mise en relation`,
    'report-back.opportunity': (v: V) => `dites à ${s(v.name)} où en est « ${s(v.title)} » : ${stage[s(v.stage)] ?? s(v.stage)}`,
    'birthday.on': (v: V) => `anniversaire le ${s(v.date)}${v.age ? ` (${s(v.age)} ans)` : ''}`,
    'reciprocate.helped': (v: V) => `${Number(v.count) > 1
      ? `${s(v.name)} vous a rendu plusieurs services ces derniers temps (${kindsOf(v.kinds)}), le dernier ${ago(v.days)}`
      : `${s(v.name)} vous a rendu service ${ago(v.days)} (${kindsOf(v.kinds)})`} : l’occasion de lui renvoyer l’ascenseur`,
  },
  error: {
    'milestone.bad_kind': (v: V) => `Type de nouvelle « ${s(v.value)} » inconnu. Valeurs possibles : ${s(v.allowed)}.`,
    'favour.bad_kind': (v: V) => v.reason === 'to'
      ? `--to désigne la personne présentée : utilisez-le avec --kind introduction, pas ${s(v.value)}.`
      : `Type de service « ${s(v.value)} » inconnu. Valeurs possibles : ${s(v.allowed)}.`,
    'favour.self': (v: V) => `« ${s(v.ref)} » et --to « ${s(v.to)} » désignent la même personne : une mise en relation réunit deux personnes différentes.`,
    'favour.not_found': (v: V) => `Aucun service n’a l’identifiant « ${s(v.id)} ». Voir : maillon balance NOM`,
  },
  kind: {
    congratulate: 'Féliciter', birthday: 'Anniversaire', thank: 'Remercier', 'report-back': 'Donner des nouvelles', reciprocate: 'Renvoyer l’ascenseur',
  },
  cli: {
    help: {
      milestone: 'noter ce qu’une personne a accompli (nouveau poste, prix…) et ajouter des félicitations à l’agenda ; --kind birthday enregistre son anniversaire',
      ref: 'une personne : identifiant ou nom',
      milestoneKind: 'ce qui s’est passé : new-job, promotion, award, publication, launch, birthday ou other',
      milestoneDate: 'quand, AAAA-MM-JJ (par défaut : aujourd’hui) ; pour un anniversaire, AAAA-MM-JJ ou --MM-JJ sans l’année',
      milestoneNote: 'un détail à mentionner en la félicitant',
      favour: 'noter un service rendu ou reçu : mises en relation, conseils, cooptations, recommandations, pistes d’emploi',
      favourGiven: 'vous avez rendu service à cette personne',
      favourReceived: 'cette personne vous a rendu service ; un remerciement s’ajoute à l’agenda',
      favourKind: 'le type : introduction, advice, referral, recommendation, job-lead ou other',
      favourDate: 'quand, AAAA-MM-JJ (par défaut : aujourd’hui)',
      favourNote: 'de quoi il s’agissait',
      favourTo: 'pour une mise en relation, la personne présentée (received : à vous ; given : par vous à REF)',
      favourThanked: 'vous avez déjà dit merci : aucun remerciement n’est ajouté à l’agenda',
      thank: 'noter que vous avez remercié quelqu’un : ses services sont marqués remerciés et le remerciement est clos',
      balance: 'services rendus et reçus, avec tout le monde ou avec une personne, pondérés par type',
      balanceRef: 'une personne (par défaut : tout le monde)',
      limit: 'afficher au plus ce nombre de personnes (30 par défaut)',
    },
    examples: {
      milestone: [
        'maillon milestone "Marc Petit" --kind new-job --note "Head of Data chez Qonto"',
        'maillon milestone marc --kind birthday --date --05-12   # sans l’année',
      ],
      favour: [
        'maillon favour received claire --kind introduction --to "Marc Petit"',
        'maillon favour given marc --kind advice --note "Relu son CV"',
      ],
      thank: ['maillon thank claire'],
      balance: ['maillon balance', 'maillon balance claire'],
    },
    out: {
      milestone: (v: V) => `Noté : ${milestone[s(v.kind)] ?? s(v.kind)} ${de(v.name)}, le ${s(v.date)}.`,
      congratulateOpened: (v: V) => `À féliciter d’ici le ${s(v.due)} [${s(v.id)}].`,
      congratulateLater: (v: V) => `Les félicitations apparaîtront le ${s(v.show)}, à faire d’ici le ${s(v.due)} [${s(v.id)}].`,
      milestoneTooOld: (v: V) => `Aucune félicitation ajoutée : la nouvelle date de plus de ${s(v.days)} jours.`,
      birthdaySet: (v: V) => `Anniversaire ${de(v.name)} : ${birthday(v.birthday)}. Il apparaîtra dans votre agenda 3 jours avant, chaque année.`,
      given: (v: V) => `Noté : vous avez rendu service à ${s(v.name)} : ${favourOf(v.kind)}${v.introduced ? ` avec ${s(v.introduced)}` : ''} (${s(v.date)}).`,
      received: (v: V) => `Noté : ${s(v.name)} vous a rendu service : ${favourOf(v.kind)}${v.introduced ? ` avec ${s(v.introduced)}` : ''} (${s(v.date)}).`,
      thankOpened: (v: V) => `À remercier d’ici le ${s(v.due)} [${s(v.id)}], même si cela ne mène à rien.`,
      thankedAlready: 'Merci déjà dit : rien n’est ajouté à l’agenda.',
      howMetSet: (v: V) => `${s(v.name)} : la rencontre indique désormais « par l’intermédiaire ${de(v.by)} ».`,
      howMetKept: (v: V) => `${s(v.name)} : la rencontre nomme déjà quelqu’un d’autre ; elle est gardée telle quelle.`,
      thanked: (v: V) => Number(v.count) === 0
        ? `Remerciements à ${s(v.name)} notés ; aucun service n’attendait de merci.`
        : `Remerciements à ${s(v.name)} notés, pour ${s(v.count)} ${plural(v.count, 'service', 'services')}.`,
      noFavours: 'Aucun service noté pour l’instant. Quand quelqu’un vous aide : maillon favour received NOM --kind advice',
      overall: (v: V) => `Avec ${s(v.people)} ${plural(v.people, 'personne', 'personnes')} : vous avez reçu ${s(v.received)} ${plural(v.received, 'service', 'services')} et en avez rendu ${s(v.given)}.`,
      more: (v: V) => `…et ${s(v.count)} de plus (utilisez --limit)`,
      side: (v: V) => `${v.dir === 'received' ? 'reçu' : 'rendu'} : ${s(v.list)}`,
      nothing: (v: V) => (v.dir === 'received' ? 'rien reçu pour l’instant' : 'rien rendu pour l’instant'),
      times: (v: V) => (Number(v.count) === 1 ? favourOf(v.kind) : `${s(v.count)} ${favours[s(v.kind)] ?? s(v.kind)}`),
      leaning: {
        none: 'aucun service noté',
        even: 'un échange équilibré',
        'they-helped-more': 'l’occasion de renvoyer l’ascenseur',
        'you-helped-more': 'vous avez beaucoup donné ; inutile de tenir les comptes',
      },
      overallLeaning: {
        none: 'Aucun service noté pour l’instant.',
        even: 'Un échange équilibré.',
        'they-helped-more': 'Votre réseau vous a beaucoup apporté ces derniers temps : guettez les occasions de renvoyer l’ascenseur.',
        'you-helped-more': 'Vous aidez volontiers ; cela revient toujours, avec le temps.',
      },
      favoursTitle: 'Services',
      favourLine: (v: V) => `${s(v.date)}  ${v.dir === 'received' ? 'reçu' : 'rendu'} : ${favourOf(v.kind)}${v.introduced ? ` (${s(v.introduced)})` : ''}${v.note ? ` · ${s(v.note)}` : ''}${v.dir === 'received' ? (v.thanked ? ` · merci dit le ${s(v.thanked)}` : ' · merci à dire') : ''}`,
    },
  },
};
