/** French words of the messages feature: the same keys as messages.en.ts, checked by the compiler. */
import { s, type Values as V } from './feature.js';
import type { messagesEn } from './messages.en.js';

const nothingToDraft: Record<string, (v: V) => string> = {
  exchange: (v) => `Maillon ne connaît aucun échange avec ${s(v.name)} à relancer. Notez-le d’abord : maillon log "${s(v.name)}" --channel in-person --summary "..."`,
  milestone: (v) => `Maillon ne connaît aucune nouvelle de ${s(v.name)} à féliciter. Notez-la d’abord : maillon milestone "${s(v.name)}" --kind new-job`,
  article: (v) => `Rien n’a encore été partagé avec ${s(v.name)}. Notez d’abord ce que vous envoyez : maillon share URL --with "${s(v.name)}"`,
  target: (v) => `Avec qui souhaitez-vous que ${s(v.name)} vous mette en relation ? Indiquez-le avec --meet REF, ou notez la demande : maillon ask REF --about "..." --via "${s(v.name)}"`,
};

const emptyTemplate: Record<string, string> = {
  change: 'Rien à modifier : indiquez --subject, --body ou --body-file.',
  both: 'Donnez le corps une seule fois : --body ou --body-file, pas les deux.',
};

const fields: Record<string, string> = { subject: 'l’objet', body: 'le corps' };

const detailLabels: Record<string, string> = {
  name: 'son prénom', organization: 'son organisation', met_at: 'le lieu de votre rencontre', introducer: 'qui vous a présentés',
  interest: 'un centre d’intérêt', last_exchange: 'votre dernier échange', milestone: 'sa nouvelle', favour: 'l’aide reçue',
  article: 'l’article', topic: 'le sujet de votre demande',
};

export const messagesFr: typeof messagesEn = {
  reason: {},
  error: {
    'draft.bad_purpose': (v: V) => v.value
      ? `Objet de message « ${s(v.value)} » inconnu. Valeurs possibles : ${s(v.allowed)}.`
      : `Indiquez l’objet du message avec --purpose : ${s(v.allowed)}.`,
    'draft.empty': () => 'Le message est vide : donnez son texte avec --text "...".',
    'draft.nothing_to_draft': (v: V) => nothingToDraft[s(v.missing)]?.(v) ?? `Maillon en sait trop peu pour rédiger ce message (${s(v.purpose)}).`,
    'template.not_found': (v: V) => `Aucun modèle en « ${s(v.lang)} »${v.purpose ? ` pour ${s(v.purpose)}` : ''}. Langues possibles : ${s(v.allowed)}.`,
    'template.bad_placeholder': (v: V) => `Variable ${s(v.placeholder)} inconnue dans ${fields[s(v.field)] ?? s(v.field)}. Variables possibles : ${s(v.valid)}. Rien n’a été enregistré.`,
    'template.empty': (v: V) => emptyTemplate[s(v.field)] ?? `${(fields[s(v.field)] ?? s(v.field)).replace(/^l/, 'L')} du modèle ne peut pas être vide. Rien n’a été enregistré.`,
  },
  kind: {},
  cli: {
    help: {
      draft: 'rédiger un message personnel à partir de ce que Maillon sait, puis vérifier qu’il ne pourrait pas être envoyé à n’importe qui',
      ref: 'le destinataire : identifiant ou nom',
      purpose: 'l’objet du message : follow-up (relance), congratulate (félicitations), thank (remerciement), share (partage), reconnect (reprise de contact), ask-advice (demande de conseil) ou introduce-request (demande de mise en relation)',
      in: 'langue du message, fr ou en (par défaut : la langue de Maillon, --lang)',
      about: 'le sujet sur lequel vous voulez un conseil ou une mise en relation (par défaut : votre demande en cours, notée avec maillon ask)',
      meet: 'pour introduce-request : la personne que vous aimeriez rencontrer (identifiant ou nom ; par défaut : votre demande en cours passant par ce contact)',
      mailto: 'afficher aussi un lien mailto: qui ouvre le message dans votre messagerie',
      check: 'vérifier votre propre message : mentionne-t-il quelque chose de propre à son destinataire ?',
      text: 'le texte de votre message',
      template: 'voir et modifier les modèles à partir desquels les messages sont rédigés',
      templateList: 'lister les modèles, par objet et par langue',
      templateShow: 'afficher un modèle et les variables qu’il peut utiliser',
      templateEdit: 'modifier un modèle ; ses variables sont vérifiées avant tout enregistrement',
      templateReset: 'rétablir le modèle par défaut d’un objet',
      templatePurpose: 'l’objet : follow-up, congratulate, thank, share, reconnect, ask-advice ou introduce-request',
      templateIn: 'langue du modèle, fr ou en (par défaut : la langue de Maillon, --lang)',
      subject: 'le nouvel objet du message',
      body: 'le nouveau corps ; les {variables} sont remplies, et [ ... ] autour d’une variable disparaît quand elle n’a pas de valeur',
      bodyFile: 'lire le nouveau corps dans ce fichier',
      brief: 'ce qu’il faut avoir en tête avant de rencontrer quelqu’un : votre rencontre, derniers échanges et promesses, centres d’intérêt, nouvelles, services rendus, opportunités, relations communes',
    },
    examples: {
      draft: [
        'maillon draft helene --purpose follow-up',
        'maillon draft "Marc Petit" --purpose congratulate --in en --mailto',
        'maillon draft paul --purpose introduce-request --meet "Zoé Blanc" --about "la data chez Acme"',
      ],
      'draft check': ['maillon draft check helene --text "Bonjour Hélène, comment s’est passé le voyage à Lyon ?"'],
      'template edit': [
        'maillon template edit thank --subject "Un grand merci[ pour {favour}]"',
        'maillon template edit reconnect --in fr --body-file relance.txt',
      ],
      brief: ['maillon brief helene', 'maillon brief "Marc Petit" --json'],
    },
    out: {
      to: (v: V) => `À : ${s(v.name)}${v.email ? ` <${s(v.email)}>` : ''}`,
      subject: (v: V) => `Objet : ${s(v.subject)}`,
      personal: (v: V) => `✓ Personnel : il mentionne ${s(v.found)}.`,
      alsoAdd: (v: V) => `  Vous pourriez aussi évoquer ${s(v.missing)}.`,
      anyone: (v: V) => `⚠ Ce message pourrait être envoyé à n’importe qui : rien n’y est propre à ${s(v.name)}.`,
      couldAdd: (v: V) => `  Maillon pourrait ajouter ${s(v.missing)}.`,
      knowsLittle: (v: V) => `  Maillon en sait encore peu sur ${s(v.name)} : ajoutez un centre d’intérêt (maillon person edit "${s(v.name)}" --interest ...) ou notez un échange avec un résumé.`,
      promise: (v: V) => `N’oubliez pas ce que vous avez promis : ${s(v.promise)}`,
      detail: (v: V) => `${detailLabels[s(v.kind)] ?? s(v.kind)} (${s(v.value)})`,
      and: ', ',
      colon: ' : ',
      templateLine: (v: V) => `${s(v.purpose).padEnd(18)} ${s(v.lang)}  ${s(v.subject)}${v.edited ? '  (modifié)' : ''}`,
      templateHeader: (v: V) => `Modèle ${s(v.purpose)} (${s(v.lang)})${v.edited ? ', modifié' : ', par défaut'}`,
      placeholders: (v: V) => `Variables : ${s(v.list)}. [ ... ] autour d’une variable disparaît quand Maillon n’en connaît pas la valeur.`,
      templateSaved: (v: V) => `Modèle ${s(v.purpose)} (${s(v.lang)}) enregistré.`,
      templateReset: (v: V) => `Le modèle ${s(v.purpose)} (${s(v.lang)}) est revenu à sa version par défaut.`,
      brief: {
        rank: (v: V) => `rang ${s(v.rank)}`,
        health: (v: V) => `santé ${s(v.score)}/100`,
        met: 'Votre rencontre',
        metAt: (v: V) => `à ${s(v.event)} (${s(v.date)})`,
        introducedBy: (v: V) => `grâce à ${s(v.name)}`,
        exchanges: 'Derniers échanges',
        promised: (v: V) => `promis : ${s(v.promise)}`,
        interests: 'Centres d’intérêt',
        milestones: 'Nouvelles à évoquer',
        favours: 'Services rendus',
        given: (v: V) => `votre aide : ${s(v.kind)}`,
        received: (v: V) => `son aide : ${s(v.kind)}`,
        introduced: (v: V) => `(${s(v.name)})`,
        notThanked: 'remerciement à faire',
        thanked: (v: V) => `remerciements envoyés le ${s(v.date)}`,
        opportunities: 'Opportunités en cours',
        opportunity: (v: V) => `${s(v.title)}${v.organization ? ` chez ${s(v.organization)}` : ''} (${s(v.stage)})`,
        mutual: 'Relations communes',
        how: {
          'introduced-you': 'vous a mis en relation',
          'introduced-by-them': 'mise en relation par ce contact',
          'you-introduced': 'vous les avez mis en relation',
          colleague: 'collègue',
        },
        colleagueAt: (v: V) => `collègue chez ${s(v.organization)}`,
        little: (v: V) => `Maillon en sait encore peu sur ${s(v.name)}. Avant la rencontre : maillon person edit "${s(v.name)}" --interest ... ; après : maillon log "${s(v.name)}" --channel in-person --summary "..."`,
      },
      milestoneKind: {
        'new-job': 'nouveau poste', promotion: 'promotion', award: 'prix', publication: 'publication', launch: 'lancement', birthday: 'anniversaire', other: 'nouvelle',
      },
      favourKind: {
        introduction: 'une mise en relation', advice: 'des conseils', referral: 'une cooptation', recommendation: 'une recommandation', 'job-lead': 'une piste d’emploi', other: 'un coup de main',
      },
      stage: {
        lead: 'piste', contacted: 'contacté', referred: 'coopté', interviewing: 'entretiens', offer: 'offre', won: 'obtenue', lost: 'perdue',
      },
    },
  },
};
