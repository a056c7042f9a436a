/** French words of duplicates and merges: the same keys as merge.en.ts, checked by the compiler. */
import { s, type Values as V } from './feature.js';
import type { mergeEn } from './merge.en.js';

/** French takes the singular for 0 and 1: « 0 jour », « 1 jour », « 2 jours ». */
const plural = (n: unknown, one: string, many: string) => (Math.abs(Number(n)) < 2 ? one : many);
const count = (n: unknown, one: string, many: string) => `${s(n)} ${plural(n, one, many)}`;
const pct = (x: unknown) => `${String(Math.round(Number(x) * 100))} %`;
/** « de » before a name, elided before a vowel or an h: « de Paul », « d’Hélène ». */
const de = (name: unknown) => (/^[aeiouyhàâäéèêëîïôöùûü]/i.test(s(name)) ? `d’${s(name)}` : `de ${s(name)}`);

const conflict: Record<string, string> = {
  email: 'e-mails différents', phone: 'téléphones différents', linkedin: 'profils LinkedIn différents',
  organization: 'organisations différentes', name: 'noms sans aucun mot commun',
};

const moved: Record<string, (n: unknown) => string> = {
  exchanges: (n) => count(n, 'échange', 'échanges'),
  sharedExchanges: (n) => `dont ${s(n)} avec les deux`,
  prompts: (n) => count(n, 'élément d’agenda', 'éléments d’agenda'),
  milestones: (n) => count(n, 'événement de vie', 'événements de vie'),
  favours: (n) => count(n, 'service', 'services'),
  introductions: (n) => count(n, 'mise en relation', 'mises en relation'),
  asks: (n) => count(n, 'demande de conseil', 'demandes de conseil'),
  shares: (n) => count(n, 'partage', 'partages'),
  opportunities: (n) => count(n, 'opportunité', 'opportunités'),
  introduced: (n) => `${count(n, 'personne présentée', 'personnes présentées')} par elle`,
  ties: (n) => count(n, 'lien', 'liens'),
  emails: (n) => count(n, 'e-mail', 'e-mails'),
  phones: (n) => count(n, 'téléphone', 'téléphones'),
  positions: (n) => count(n, 'poste', 'postes'),
  labels: (n) => count(n, 'cercle, étiquette ou centre d’intérêt', 'cercles, étiquettes ou centres d’intérêt'),
};

const field: Record<string, string> = {
  linkedin: 'LinkedIn', location: 'lieu', birthday: 'anniversaire', connectedOn: 'connecté le', priority: 'rang',
  every: 'rythme de contact (jours)', introducedBy: 'présenté par', metAt: 'rencontré à',
};

export const mergeFr: typeof mergeEn = {
  reason: {},
  error: {
    'merge.same_person': (v: V) => `« ${s(v.refA ?? v.id)} » et « ${s(v.refB ?? v.id)} » désignent la même personne${v.name ? ` (${s(v.name)})` : ''} : une fusion réunit deux personnes différentes.`,
    'merge.bad_confidence': (v: V) => `--min-confidence « ${s(v.value)} » invalide : nombre de 0 à 1 (0.6) ou pourcentage (60%) attendu.`,
  },
  kind: {},
  cli: {
    help: {
      duplicates: 'lister les personnes qui sont probablement la même, avec un degré de confiance, les indices, et la commande qui les fusionne',
      limit: 'en afficher au plus ce nombre de paires (50 par défaut)',
      minConfidence: 'n’afficher que les paires au moins aussi probables, de 0 à 1 ou en pourcentage (0.5 par défaut)',
      merge: 'fusionner la personne B dans la personne A, sans rien perdre : échanges, agenda, services, liens, notes… passent à A, et la fusion est consignée',
      refA: 'la personne qui reste : identifiant ou nom',
      refB: 'la personne fusionnée dans A, puis retirée : identifiant ou nom',
      dryRun: 'montrer ce que ferait la fusion, sans rien modifier',
    },
    out: {
      none: (v: V) => `Aucun doublon probable (à ${pct(v.min)} ou plus).`,
      header: (v: V) => `${count(v.count, 'doublon probable', 'doublons probables')} :`,
      person: (v: V) => `${s(v.name)}${v.hint ? ` (${s(v.hint)})` : ''} [${s(v.id)}]`,
      why: (v: V) => `${pct(v.confidence)} ${v.decision === 'same' ? 'très probablement la même personne' : 'peut-être la même personne'} : ${s(v.evidence)}`,
      more: 'D’autres paires peuvent suivre : utilisez --limit.',
      evidence: {
        email: (v: V) => `même e-mail ${s(v.value)}`,
        phone: (v: V) => `même téléphone ${s(v.value)}`,
        linkedin: (v: V) => `même profil LinkedIn ${s(v.value)}`,
        organization: (v: V) => `tous deux chez ${s(v.value)}`,
        name: (v: V) => (Number(v.score) >= 1 ? 'même nom' : `noms proches (${pct(v.score)})`),
        conflict: (v: V) => conflict[s(v.field)] ?? s(v.field),
      },
      merged: (v: V) => `${s(v.merged)} [${s(v.mergedId)}] fusionné dans ${s(v.survivor)} [${s(v.survivorId)}].`,
      wouldMerge: (v: V) => `Fusionnerait ${s(v.merged)} [${s(v.mergedId)}] dans ${s(v.survivor)} [${s(v.survivorId)}]. Rien n’a été modifié (essai à blanc).`,
      moved: (v: V) => `Déplacé : ${s(v.list)}.`,
      movedNothing: 'Rien d’autre à déplacer : ni échange, ni élément d’agenda, ni service, ni lien.',
      added: (v: V) => `Ajouté à ${s(v.name)} : ${s(v.list)}.`,
      count: moved,
      dropped: (v: V) => `Écartés comme doublons : ${count(v.count, 'élément d’agenda ouvert', 'éléments d’agenda ouverts')} que ${s(v.name)} avait déjà.`,
      photoMoved: 'Sa photo a suivi.',
      photoDropped: (v: V) => `La photo ${de(v.name)} est conservée ; l’autre est dans l’historique de la fusion.`,
      kept: (v: V) => `Conservé dans les notes : ${s(v.list)}.`,
      field,
      recorded: (v: V) => `Fusion consignée sous ${s(v.id)}.`,
    },
    examples: {
      duplicates: ['maillon duplicates', 'maillon duplicates --min-confidence 0.8 --limit 20'],
      merge: ['maillon merge "Jean Martin" "J. Martin" --dry-run', 'maillon merge 7gk2q9xw3m1a 0c4vb8nd2rte'],
    },
  },
};
