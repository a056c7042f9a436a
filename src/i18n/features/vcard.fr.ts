/** French words of the vcard reader: the same keys as vcard.en.ts, checked by the compiler. */
import type { vcardEn } from './vcard.en.js';
import { s, type Values as V } from './feature.js';

const kinds: Record<string, string> = { group: 'un groupe', location: 'un lieu' };

export const vcardFr: typeof vcardEn = {
  reason: {},
  error: {
    'vcard.no_end': () => 'Cette fiche n’a pas de END:VCARD (le fichier est tronqué, ou la fiche suivante commence à l’intérieur) ; elle n’a pas été importée.',
    'vcard.no_name': (v: V) => `Aucun nom dans cette fiche : ni FN, ni N, ni surnom, ni organisation, ni adresse e-mail${v.sample ? ` (elle contient : ${s(v.sample)})` : ''} : rien pour nommer cette personne.`,
    'vcard.not_person': (v: V) => `Cette fiche décrit ${kinds[s(v.kind)] ?? s(v.kind)} (KIND:${s(v.kind)}), pas une personne ; elle a été ignorée.`,
    'vcard.outside_card': (v: V) => `Texte hors de toute fiche${v.sample ? ` (« ${s(v.sample)} »)` : ''} : une fiche commence par BEGIN:VCARD et finit par END:VCARD ; ce texte a été ignoré.`,
    'vcard.too_long': (v: V) => `Cette fiche dépasse ${s(v.megabytes)} Mo (sans doute un END:VCARD manquant) ; elle a été ignorée.`,
  },
  kind: {},
  cli: {},
};
