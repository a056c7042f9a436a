/** French words of the csv reader: the same keys as csv.en.ts, checked by the compiler. */
import type { csvEn } from './csv.en.js';
import { s, type Values as V } from './feature.js';

const MAP_EXAMPLE = 'maillon import csv FICHIER --map "Nom complet=name,Courriel=email"';

export const csvFr: typeof csvEn = {
  reason: {},
  error: {
    'csv.no_name': (v: V) => `Ni nom, ni adresse e-mail, ni organisation dans cette ligne${v.sample ? ` (elle contient : ${s(v.sample)})` : ''} : rien pour nommer cette personne.`,
    'csv.unclosed_quote': () => 'Un guillemet ouvert dans cette ligne n’est jamais fermé : la suite du fichier a été lue comme une seule cellule. Vérifiez les guillemets de cette ligne.',
    'csv.too_long': () => 'Cette ligne dépasse un million de caractères (sans doute un guillemet mal fermé) ; elle a été ignorée.',
    'import.no_header': (v: V) => v.header
      ? `${s(v.file)} n’a pas de ligne d’en-tête que Maillon reconnaisse (premières cellules : ${s(v.header)}). Indiquez ce que contient chaque colonne avec --map, par exemple ${MAP_EXAMPLE}. Champs : ${s(v.fields)}.`
      : `${s(v.file)} n’a pas de ligne d’en-tête. Ajoutez-en une, ou indiquez ce que contient chaque colonne avec --map, par exemple ${MAP_EXAMPLE}. Champs : ${s(v.fields)}.`,
    'import.bad_map': (v: V) => v.reason === 'field'
      ? `Champ « ${s(v.value)} » inconnu dans --map. Valeurs possibles : ${s(v.fields)}.`
      : v.reason === 'reversed'
        ? `--map s’écrit Colonne=champ : vouliez-vous dire « ${s(v.column)}=${s(v.field)} » ?`
        : v.reason === 'twice'
          ? `La colonne « ${s(v.value)} » apparaît deux fois dans --map.`
          : v.reason === 'column'
            ? `La colonne « ${s(v.value)} » de --map n’est pas dans l’en-tête de ${s(v.file)}, dont les colonnes sont : ${s(v.header)}.`
            : `--map « ${s(v.value)} » illisible : attendu des paires Colonne=champ séparées par des virgules, par exemple "Nom complet=name,Courriel=email" (mettez entre guillemets un nom de colonne qui contient une virgule). Champs : ${s(v.fields)}.`,
    'import.no_csv_in_zip': (v: V) => Number(v.count) === 0
      ? `${s(v.file)} est un zip vide : l’export LinkedIn contient Connections.csv.`
      : `${s(v.file)} ne contient pas de Connections.csv (il contient : ${s(v.entries)}). Demandez à LinkedIn l’export de vos relations, ou décompressez le fichier et importez le CSV.`,
    'import.bad_zip': (v: V) => `${s(v.file)} ressemble à un zip mais ne peut pas être lu (${s(v.reason)}). Téléchargez de nouveau l’export.`,
    'import.unknown_format': (v: V) => `Format CSV « ${s(v.value)} » inconnu. Valeurs possibles : ${s(v.allowed)}.`,
  },
  kind: {},
  cli: {},
};
