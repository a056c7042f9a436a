/** The fields a CSV column can feed, and the column names most files use for them. */

/** Fields `--map` may name. */
export const CSV_FIELDS = [
  'name', 'given', 'family', 'email', 'phone', 'organization', 'title',
  'linkedin', 'birthday', 'notes', 'tags', 'location', 'connected',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/**
 * What a column feeds: a field, or one of the pieces some exports split it into. A website
 * is kept only when it is a LinkedIn profile; a city stands in for a missing location.
 */
export type Target = CsvField | 'website' | 'city' | 'birthYear' | 'birthMonth' | 'birthDay';

/** A column's place in the contact. `rank` orders several emails or phones: lower first. */
export interface ColumnRule {
  target: Target;
  rank?: number;
  /** The column labelling this one (Google's "E-mail 1 - Label"): `* ` marks the primary value, "Work Fax" a number to skip. */
  labelFrom?: number;
}

/** A file shape: which headers it recognizes and what it makes of each column. */
export interface Dialect {
  /** Whether this header is the dialect's own (normalized cells). */
  owns(header: readonly string[]): boolean;
  /** A column's rule; null ignores the column; undefined leaves it to the common names. */
  column(name: string, index: number, header: readonly string[]): ColumnRule | null | undefined;
  /** Ambiguous numeric dates (5/6/1984) are day first in this header's language. */
  dayFirst(header: readonly string[]): boolean;
}

/** A header cell as compared: case, spacing, underscores and stray marks do not matter. */
export function norm(cell: string): string {
  return cell.normalize('NFC').replace(/[\uFEFF"]/g, '').replace(/[\s_]+/g, ' ').trim().toLowerCase();
}

function table(entries: Record<string, Target>): Map<string, Target> {
  const map = new Map<string, Target>();
  for (const [names, target] of Object.entries(entries)) {
    for (const name of names.split('|')) map.set(name, target);
  }
  return map;
}

/** Column names common to hand-made and tool-made files, in English, French and German. */
export const COMMON = table({
  'name|full name|fullname|display name|contact name|contact|nom complet|nom et prénom|prénom nom|anzeigename|vollständiger name': 'name',
  'first name|firstname|first|given name|givenname|forename|prénom|prenom|vorname': 'given',
  'last name|lastname|last|surname|family name|familyname|nom de famille|nachname|familienname': 'family',
  'email|e-mail|email address|e-mail address|emailaddress|mail|courriel|adresse e-mail|adresse email|adresse mail|adresse courriel|adresse de messagerie|e-mail-adresse|e-mail adresse|primary email|email 1|e-mail 1|work email|personal email|home email|other email|email 2|e-mail 2|email 3|e-mail 3': 'email',
  'phone|phone number|telephone|telephone number|tel|tel.|tél|tél.|téléphone|numéro de téléphone|mobile|mobile phone|mobile number|cell|cell phone|cellphone|portable|téléphone portable|téléphone mobile|handy|telefon|telefonnummer|mobiltelefon|work phone|home phone|business phone|other phone|phone 1|phone 2': 'phone',
  'company|company name|organization|organisation|organization name|employer|société|societe|entreprise|organisme|firma|unternehmen|arbeitgeber': 'organization',
  'title|job title|jobtitle|position|role|job|occupation|poste|fonction|titre|intitulé du poste|berufsbezeichnung|funktion': 'title',
  'linkedin|linkedin url|linkedin profile|linkedin profile url|profile url|profil linkedin|url linkedin|linkedin-profil': 'linkedin',
  'url|website|web site|web page|webpage|homepage|home page|site|site web|site internet|page web|webseite|internetseite': 'website',
  'birthday|birth date|birthdate|date of birth|dob|anniversaire|date de naissance|né le|geburtstag|geburtsdatum': 'birthday',
  'notes|note|comments|comment|remarks|description|commentaire|commentaires|remarques|notizen|notiz|bemerkungen|anmerkungen': 'notes',
  'tags|tag|labels|label|groups|group|group membership|categories|category|catégories|catégorie|étiquettes|étiquette|groupes|groupe|kategorien|kategorie|gruppen': 'tags',
  'location|lieu|localisation|région|region|standort': 'location',
  'city|town|ville|ort|stadt|wohnort': 'city',
  'connected on|connected|date connected|connection date|connecté le|date de connexion|en relation depuis|verbunden am': 'connected',
});

/** The common names alone, for a file no dialect owns. */
export const GENERIC: Dialect = {
  owns: () => true,
  column: () => undefined,
  dayFirst: (header) => header.some((h) => FRENCH_OR_GERMAN.has(h)),
};

const FRENCH_OR_GERMAN = new Set(['prénom', 'prenom', 'nom', 'nom de famille', 'courriel', 'société', 'téléphone', 'vorname', 'nachname', 'firma', 'telefon']);

/** The targets that make a header usable: without a name or an email, rows are only guesses. */
export const IDENTIFYING: ReadonlySet<Target> = new Set<Target>(['name', 'given', 'family', 'email']);
