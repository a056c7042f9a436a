/**
 * French messages: the same keys as messages.en.ts, checked by the compiler.
 * Values are plain strings, or functions of the values a message needs.
 */
import type { Messages } from './messages.en.js';

type V = Record<string, unknown>;
const s = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v));
/** French takes the singular for 0 and 1: « 0 jour », « 1 jour », « 2 jours ». */
const plural = (n: unknown, one: string, many: string) => (Math.abs(Number(n)) < 2 ? one : many);
const days = (n: unknown) => `${s(n)} ${plural(n, 'jour', 'jours')}`;
const ago = (n: unknown) => (Number(n) === 0 ? 'aujourd’hui' : Number(n) === 1 ? 'hier' : `il y a ${days(n)}`);

const channels: Record<string, string> = {
  'in-person': 'en personne', video: 'visio', call: 'appel', email: 'e-mail', message: 'message', social: 'réseaux sociaux',
};
const channelPhrases: Record<string, string> = {
  'in-person': 'en personne', video: 'en visio', call: 'par téléphone', email: 'par e-mail', message: 'par message', social: 'sur les réseaux sociaux',
};

/**
 * A channel as it reads after « échange » : « en personne », « par téléphone », « sur les réseaux sociaux »…
 * Takes a channel key ('call') or its French label ('appel'); anything else shows in brackets.
 */
export function channelPhrase(channel: unknown): string {
  const c = s(channel);
  const key = channelPhrases[c] !== undefined ? c : Object.keys(channels).find((k) => channels[k] === c);
  return (key === undefined ? undefined : channelPhrases[key]) ?? `(${c})`;
}

/** The date a bad_date error is about, as the start of a sentence. */
function dateLabel(field: unknown): string {
  const f = s(field);
  return f === 'date' ? 'La date' : f === 'birthday' ? 'La date d’anniversaire' : f === 'today' ? 'La date du jour' : `La date (${f})`;
}

/** input.empty, for the fields the services name. */
const emptyField: Record<string, string> = {
  person: 'Indiquez au moins une personne.',
  name: 'Le nom ne peut pas être vide.',
  org: 'L’organisation ne peut pas être vide.',
  query: 'Indiquez au moins un mot à chercher.',
};

export const fr: Messages = {
  channel: channels,
  kind: { 'follow-up': 'Relancer', 'keep-in-touch': 'Garder le contact' },
  eventKind: { 'trade-show': 'salon', conference: 'conférence', debate: 'soirée débat', meetup: 'meetup', other: 'événement' },
  reason: {
    'health.never': () => 'aucun échange pour l’instant',
    'health.last': (v: V) => `dernier échange ${ago(v.days)}`,
    'health.in-person-year': (v: V) => `${s(v.count)} ${plural(v.count, 'rencontre', 'rencontres')} en personne cette année`,
    'health.exchanges-year': (v: V) => `${s(v.count)} ${plural(v.count, 'échange', 'échanges')} sur les 12 derniers mois`,
    'health.you-initiated': (v: V) => Number(v.count) === 1 ? 'vous avez pris l’initiative du dernier' : `vous avez pris l’initiative des ${s(v.count)} derniers`,
    'health.they-initiated': (v: V) => Number(v.count) === 1 ? 'votre contact a pris l’initiative du dernier' : `votre contact a pris l’initiative des ${s(v.count)} derniers`,
    'health.balanced': (v: V) => `initiative partagée (vous avez lancé ${s(v.mine)} des ${s(v.count)} derniers)`,
    'agenda.top-ten': (v: V) => `top 10 (rang ${s(v.rank)})`,
    'agenda.overdue': (v: V) => `en retard de ${days(v.days)}`,
    'agenda.due-today': () => 'à faire aujourd’hui',
    'agenda.due-in': (v: V) => Number(v.days) === 1 ? 'à faire demain' : `à faire dans ${days(v.days)}`,
    'agenda.snoozed': (v: V) => `reporté jusqu’au ${s(v.until)}`,
    'agenda.after-exchange': (v: V) => `après votre échange ${channelPhrase(v.channel)} du ${s(v.date)}`,
    'agenda.after-exchange-at': (v: V) => `après votre rencontre à ${s(v.event)} le ${s(v.date)} (${channels[s(v.channel)] ?? s(v.channel)})`,
    'agenda.last-exchange': (v: V) => `dernier échange ${ago(v.days)}`,
    'agenda.no-exchange-yet': () => 'aucun échange noté pour l’instant',
    'agenda.rank-cadence': (v: V) => `tous les ${s(v.days)} jours pour ce rang`,
    'agenda.own-cadence': (v: V) => `tous les ${s(v.days)} jours, comme vous l’avez choisi`,
    'checklist.connect-linkedin': () => 'entrer en relation sur LinkedIn',
    'checklist.send-promised': (v: V) => `envoyer ce que vous avez promis (« ${s(v.detail)} »)`,
    'checklist.thank-you': () => 'remercier',
  },
  error: {
    'person.not_found': (v: V) => `Personne dans votre réseau ne correspond à « ${s(v.ref)} ». Essayez : maillon search ${s(v.ref)}`,
    'person.ambiguous': (v: V) => `« ${s(v.ref)} » peut désigner plusieurs personnes : ${s(v.list)}. Utilisez l’identifiant, ou un nom plus complet.`,
    'person.name_required': () => 'Une personne doit avoir un nom.',
    'event.not_found': (v: V) => `Aucun événement ne correspond à « ${s(v.ref)} ». Voir : maillon event list`,
    'event.ambiguous': (v: V) => `« ${s(v.ref)} » peut désigner plusieurs événements : ${s(v.list)}. Utilisez l’identifiant.`,
    'prompt.not_found': (v: V) => `Aucun élément de l’agenda n’a l’identifiant « ${s(v.id)} ». Voir : maillon today`,
    'prompt.closed': (v: V) => `L’élément ${s(v.id)} de l’agenda est déjà ${v.status === 'done' ? 'fait' : 'écarté'}.`,
    'input.bad_date': (v: V) => v.reason === 'future'
      ? `${dateLabel(v.field)} ${s(v.value)} est dans le futur : Maillon note ce qui a déjà eu lieu.`
      : `${dateLabel(v.field)} « ${s(v.value)} » n’est pas valide : format attendu AAAA-MM-JJ${v.field === 'birthday' ? ' (ou --MM-JJ sans l’année)' : ''}.`,
    'input.bad_channel': (v: V) => `Canal « ${s(v.value)} » inconnu. Valeurs possibles : ${s(v.allowed)}.`,
    'input.bad_circle': (v: V) => `Cercle « ${s(v.value)} » inconnu. Valeurs possibles : ${s(v.allowed)}.`,
    'input.bad_event_kind': (v: V) => `Type d’événement « ${s(v.value)} » inconnu. Valeurs possibles : ${s(v.allowed)}.`,
    'input.bad_number': (v: V) => `Valeur « ${s(v.value)} » invalide pour ${s(v.field)} : nombre entier de ${s(v.min)} à ${s(v.max)} attendu.`,
    'input.bad_email': (v: V) => `E-mail « ${s(v.value)} » invalide : format attendu nom@domaine.`,
    'input.bad_url': (v: V) => `URL LinkedIn « ${s(v.value)} » invalide : format attendu https://www.linkedin.com/in/...`,
    'input.bad_setting': (v: V) => `Réglage « ${s(v.key)} » inconnu. Valeurs possibles : ${s(v.allowed)}.`,
    'input.bad_choice': (v: V) => `Valeur « ${s(v.value)} » inconnue pour ${s(v.field)}. Valeurs possibles : ${s(v.allowed)}.`,
    'input.bad_sort': (v: V) => `Tri « ${s(v.value)} » inconnu. Valeurs possibles : ${s(v.allowed)}.`,
    'input.empty': (v: V) => emptyField[s(v.field)] ?? `Le champ « ${s(v.field)} » ne peut pas être vide.`,
    'db.not_maillon': (v: V) => `${s(v.location)} n’est pas une base Maillon ; rien n’a été modifié. Choisissez-en une autre avec --db ou MAILLON_DB.`,
    'db.too_new': (v: V) => `${s(v.location)} a été écrite par une version plus récente de Maillon (schéma ${s(v.version)}, celle-ci connaît le ${s(v.supported)}) ; rien n’a été modifié. Mettez Maillon à jour.`,
    'db.read_only': (v: V) => `Impossible d’écrire dans ${s(v.location)} : l’emplacement est en lecture seule. Choisissez-en un autre avec --db ou MAILLON_DB.`,
    'db.unreachable': (v: V) => `Impossible d’atteindre la base ${s(v.location)} : ${s(v.detail)}`,
    'db.not_empty': (v: V) => `${s(v.location)} contient déjà un réseau ; une sauvegarde ne se restaure que dans une base vide. Utilisez --db avec un nouveau fichier.`,
    'backup.bad_file': (v: V) => `${s(v.file)} n’est pas une sauvegarde Maillon : ${
      v.reason === 'json' ? `JSON invalide vers la ligne ${s(v.line)}`
      : v.reason === 'version' ? `la version ${s(v.version)} est plus récente que ce que ce Maillon sait lire`
      : v.reason === 'row' ? `la ligne ${s(v.row)} de la table ${s(v.table)} n’est pas un enregistrement de textes et de nombres`
      : v.reason === 'columns' ? `la ligne ${s(v.row)} de la table ${s(v.table)} a une colonne « ${s(v.column)} » inattendue ou manquante`
      : v.reason === 'value' ? `la ligne ${s(v.row)} de la table ${s(v.table)} contient une valeur impossible dans la colonne « ${s(v.column)} »`
      : v.reason === 'unknown-table' ? `table « ${s(v.table)} » inconnue`
      : v.reason === 'integrity' ? `la base a refusé l’un de ses enregistrements (${s(v.detail)})`
      : 'format attendu {"format": "maillon-backup", "version", "tables"}'}. Rien n’a été importé.`,
    'file.unreadable': (v: V) => `Impossible de lire ${s(v.file)} (${s(v.reason)}).`,
    'file.unwritable': (v: V) => `Impossible d’écrire ${s(v.file)} (${s(v.reason)}).`,
    'demo.not_empty': (v: V) => `${s(v.location)} contient déjà votre propre réseau ; la démo ne remplit qu’une base vide. Essayez : maillon demo --db demo.db`,
    unexpected: (v: V) => `Erreur inattendue : ${s(v.message)}`,
  },
};
