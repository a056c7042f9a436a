/** French words of the sharing feature: the same keys as sharing.en.ts, checked by the compiler. */
import { s, type Values as V } from './feature.js';
import type { sharingEn } from './sharing.en.js';

/** French takes the singular for 0 and 1: « 0 jour », « 1 jour », « 2 jours ». */
const plural = (n: unknown, one: string, many: string) => (Math.abs(Number(n)) < 2 ? one : many);
const count = (n: unknown, one: string, many: string) => `${s(n)} ${plural(n, one, many)}`;
/** « Hélène, Marc et Zoé ». */
const names = (list: unknown) => (Array.isArray(list) ? list.map(s).join(', ') : s(list)).replace(/, ([^,]*)$/, ' et $1');
const stage: Record<string, string> = {
  lead: 'piste', contacted: 'contact pris', referred: 'recommandé', interviewing: 'entretiens', offer: 'offre', won: 'gagnée', lost: 'perdue',
};
const askStatus: Record<string, string> = { open: 'en attente', answered: 'réponse reçue', 'no-answer': 'sans réponse' };
const rate = (r: V) => (r.rate === null ? 'pas encore de taux' : `${s(r.rate)} % de réponses`);

export const sharingFr: typeof sharingEn = {
  reason: {
    'ask.asked': (v: V) => `vous avez demandé conseil sur « ${s(v.about)} » le ${s(v.date)}`,
    'ask.no-answer-yet': (v: V) => `toujours pas de réponse (${count(v.days, 'jour', 'jours')})`,
    'ask.via': (v: V) => `mise en relation par ${s(v.name)}`,
    'ask.nudge': () => 'une relance courte et polie est tout à fait appropriée',
    'share.interested': (v: V) => `s’intéresse à : ${s(v.topics)}`,
    'share.tagged': (v: V) => `étiquette : ${s(v.tags)}`,
    'share.top-ten': (v: V) => `top 10, rang ${s(v.rank)}`,
    'share.rank': (v: V) => `rang ${s(v.rank)}`,
    'share.health': (v: V) => `relation ${s(v.score)}/100`,
  },
  error: {
    'share.bad_url': (v: V) => `« ${s(v.value)} » n’est pas une adresse web : indiquez une URL qui commence par http:// ou https://.`,
    'share.no_recipient': () => 'Indiquez à qui vous l’avez envoyé : --with REF (au moins une personne).',
    'opportunity.not_found': (v: V) => `Aucune opportunité n’a l’identifiant « ${s(v.id)} ». Voir : maillon opportunity list`,
    'opportunity.bad_stage': (v: V) => `Étape « ${s(v.value)} » inconnue. Valeurs possibles : ${s(v.allowed)}.`,
    'ask.not_found': (v: V) => `Aucune demande n’a l’identifiant « ${s(v.id)} ». Voir : maillon ask list`,
    'ask.closed': (v: V) => `La demande ${s(v.id)} est déjà close (${askStatus[s(v.status)] ?? s(v.status)}).`,
    'ask.self': (v: V) => `--via désigne qui vous a mis en relation avec la personne sollicitée, pas cette personne elle-même (${s(v.name)}).`,
  },
  kind: { 'ask-follow-up': 'Relancer votre demande' },
  cli: {
    help: {
      share: 'noter un article ou une ressource envoyé, pour ne jamais l’envoyer deux fois ; « share suggest » trouve qui l’apprécierait',
      url: 'l’adresse de l’article ou de la ressource (http:// ou https://)',
      title: 'son titre',
      topic: 'son sujet (répétable), par exemple "data engineering"',
      with: 'à qui vous l’avez envoyé : identifiant ou nom (répétable, au moins une personne)',
      suggest: 'qui apprécierait une ressource : les personnes dont les centres d’intérêt ou les étiquettes correspondent à ses sujets, le top 10 d’abord, puis selon la relation ; jamais quelqu’un qui l’a déjà reçue',
      suggestTopic: 'un sujet à rapprocher (répétable) ; par défaut : les sujets avec lesquels l’URL a été partagée',
      limit: 'en montrer au plus ce nombre (10 par défaut)',
      opportunity: 'suivre les pistes d’emploi et de mission, et les personnes qui peuvent vous recommander ou vous coopter',
      opportunityAdd: 'ajouter une piste, avec les personnes qui peuvent vous recommander',
      opportunityTitle: 'le poste ou la mission, par exemple "Head of Data"',
      org: 'l’organisation',
      via: 'une personne qui peut vous recommander ou vous coopter : identifiant ou nom (répétable)',
      stage: 'étape : lead, contacted, referred, interviewing, offer, won ou lost (lead par défaut)',
      opportunityMove: 'faire passer une piste à une autre étape ; une avancée vous invite à tenir au courant ceux qui vous ont aidé',
      opportunityId: 'l’identifiant affiché par « maillon opportunity list »',
      newStage: 'la nouvelle étape : lead, contacted, referred, interviewing, offer, won ou lost',
      opportunityList: 'lister les pistes, les plus récemment modifiées d’abord',
      opportunityOpen: 'seulement les pistes encore ouvertes (ni gagnées ni perdues)',
      opportunityShow: 'afficher une piste, qui peut vous aider, et qui attend de vos nouvelles',
      opportunityReport: 'quels contacts vous ont apporté des pistes, combien, et comment elles ont fini',
      ask: 'suivre une demande de conseil, souvent à quelqu’un de nouveau ; l’agenda propose une relance sans réponse',
      askRef: 'la personne sollicitée : identifiant ou nom',
      about: 'l’objet de votre demande, par exemple "data engineering chez Acme"',
      askVia: 'qui vous a mis en relation ou a transmis votre demande : identifiant ou nom',
      askDate: 'date de la demande, AAAA-MM-JJ (par défaut : aujourd’hui)',
      nudgeAfter: 'jours sans réponse avant que l’agenda propose une relance (7 par défaut)',
      askAnswered: 'la personne a répondu : clore la demande et sa relance',
      askNoAnswer: 'aucune réponse : clore la demande et sa relance',
      askId: 'l’identifiant affiché par « maillon ask list »',
      askList: 'lister vos demandes, les plus récentes d’abord',
      askOpen: 'seulement les demandes qui attendent une réponse',
      askReport: 'à quelle fréquence on vous répond : en tout, à froid, et par recommandation',
    },
    examples: {
      share: ['maillon share https://example.com/churn --title "Prédire l’attrition" --topic "data engineering" --with helene --with marc'],
      suggest: ['maillon share suggest https://example.com/churn --topic "data engineering" --topic IA'],
      opportunityAdd: ['maillon opportunity add "Head of Data" --org Acme --via helene --stage referred'],
      opportunityMove: ['maillon opportunity move 3st0q3vffx70 interviewing   # vous invite à tenir helene au courant'],
      ask: ['maillon ask "Zoé Blanc" --about "data engineering chez Acme" --via helene', 'maillon ask answered 7k2m9c0qdx41'],
    },
    stage,
    out: {
      shared: (v: V) => `C’est noté : ${s(v.what)} envoyé à ${names(v.names)}.`,
      sharedNone: (v: V) => `Rien de nouveau : ${s(v.what)} avait déjà été envoyé à toutes ces personnes.`,
      alreadySent: (v: V) => `Déjà envoyé à ${names(v.names)} : noté une seule fois.`,
      topics: (v: V) => `Sujets : ${names(v.topics)}.`,
      suggestTitle: (v: V) => `Qui apprécierait ${s(v.what)} (${names(v.topics)}) :`,
      suggestLine: (v: V) => `  ${s(v.name)} · ${s(v.reasons)}  [${s(v.id)}]`,
      suggestNone: (v: V) => `Personne${Number(v.sent) > 0 ? ' d’autre' : ''} dans votre réseau n’a de centre d’intérêt ni d’étiquette sur ${names(v.topics)}. Notez ce qui intéresse chacun : maillon person edit REF --interest "..."`,
      suggestLeftOut: (v: V) => `Écartées : ${count(v.count, 'personne qui l’a', 'personnes qui l’ont')} déjà reçu.`,
      suggestHint: (v: V) => `Ensuite, notez l’envoi : maillon share ${s(v.url)} --with REF`,
      separator: ' ; ',
      added: (v: V) => `Piste ajoutée : « ${s(v.title)} »${v.org ? ` chez ${s(v.org)}` : ''}, étape ${stage[s(v.stage)] ?? s(v.stage)} [${s(v.id)}].`,
      canRefer: (v: V) => `Peut vous recommander : ${names(v.names)}.`,
      moved: (v: V) => `« ${s(v.title)} » passe de l’étape « ${stage[s(v.from)] ?? s(v.from)} » à l’étape « ${stage[s(v.to)] ?? s(v.to)} ».`,
      unchanged: (v: V) => `« ${s(v.title)} » est déjà à l’étape ${stage[s(v.stage)] ?? s(v.stage)} : rien n’a changé.`,
      reportBack: (v: V) => `Tenez ${s(v.name)} au courant, d’ici le ${s(v.due)} [${s(v.id)}].`,
      noOpportunities: 'Aucune piste pour l’instant. Ajoutez-en une : maillon opportunity add "Head of Data" --org Acme --via helene',
      opportunityLine: (v: V) => `${(stage[s(v.stage)] ?? s(v.stage)).padEnd(12)} ${s(v.title)}${v.org ? ` · ${s(v.org)}` : ''}${v.via ? ` · via ${s(v.via)}` : ''} · ${s(v.updated)}  [${s(v.id)}]`,
      opportunityTitle: (v: V) => `${s(v.title)}${v.org ? ` · ${s(v.org)}` : ''}  [${s(v.id)}]`,
      opportunityStage: (v: V) => `  Étape : ${stage[s(v.stage)] ?? s(v.stage)} (depuis le ${s(v.updated)} ; ajoutée le ${s(v.created)})`,
      opportunityVia: (v: V) => `  Peut vous recommander : ${v.names ? s(v.names) : 'personne pour l’instant'}`,
      opportunityReportBack: (v: V) => `  À tenir au courant : ${s(v.name)}, d’ici le ${s(v.due)} [${s(v.id)}]`,
      reportTitle: 'Les contacts qui vous ont apporté des pistes :',
      reportNone: 'Aucune piste n’est encore venue d’un contact. Reliez les personnes qui peuvent vous recommander : maillon opportunity add TITRE --via REF',
      reportLine: (v: V) => `  ${s(v.name)} : ${count(v.total, 'piste', 'pistes')} · ${count(v.won, 'gagnée', 'gagnées')} · ${count(v.lost, 'perdue', 'perdues')} · ${count(v.open, 'ouverte', 'ouvertes')}${v.stages ? ` (${s(v.stages)})` : ''}`,
      reportAlone: (v: V) => `Par vous-même : ${count(v.total, 'piste', 'pistes')} · ${count(v.won, 'gagnée', 'gagnées')} · ${count(v.lost, 'perdue', 'perdues')} · ${count(v.open, 'ouverte', 'ouvertes')}`,
      asked: (v: V) => `C’est noté : vous avez sollicité ${s(v.name)} sur « ${s(v.about)} » le ${s(v.date)}${v.via ? `, par l’intermédiaire de ${s(v.via)}` : ''} [${s(v.id)}].`,
      nudgePlanned: (v: V) => `Sans réponse, l’agenda vous proposera une relance le ${s(v.date)}.`,
      answered: (v: V) => `${s(v.name)} a répondu à votre demande sur « ${s(v.about)} ». Pensez à remercier.`,
      noAnswer: (v: V) => `Demande à ${s(v.name)} sur « ${s(v.about)} » close sans réponse. Cela arrive : essayez quelqu’un d’autre, idéalement par une mise en relation.`,
      noAsks: 'Aucune demande pour l’instant. Osez demander : maillon ask "Zoé Blanc" --about "data engineering chez Acme" --via helene',
      askLine: (v: V) => `${s(v.date)}  ${s(v.name)} : ${s(v.about)}${v.via ? ` (via ${s(v.via)})` : ''} · ${askStatus[s(v.status)] ?? s(v.status)}  [${s(v.id)}]`,
      rateLine: (v: V) => `${s(v.label)} : ${count(v.asked, 'demande', 'demandes')}, ${count(v.answered, 'réponse', 'réponses')}, ${s(v.noAnswer)} sans réponse, ${s(v.open)} en attente · ${rate(v)}`,
      rateAll: 'En tout',
      rateCold: 'À froid',
      rateIntroduced: 'Par recommandation',
      rateCompare: (v: V) => Number(v.diff) > 0
        ? `Les demandes faites par recommandation obtiennent ${s(v.diff)} points de réponses de plus qu’à froid : demandez qu’on vous présente.`
        : Number(v.diff) < 0 ? `Vos demandes à froid obtiennent ${s(-Number(v.diff))} points de réponses de plus que par recommandation : continuez d’oser.` : 'Demandes à froid et par recommandation obtiennent autant de réponses.',
      noAskYet: 'Aucune demande pour l’instant : rien à mesurer. Osez demander : maillon ask REF --about "..."',
    },
  },
};
