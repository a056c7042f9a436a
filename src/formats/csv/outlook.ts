/**
 * Outlook (desktop, new Outlook and Outlook.com, Outlook Web), Thunderbird and Windows Live
 * Mail exports, in English, German and French. Their traps: "Title" is the salutation
 * (Dr., Mme), not the job; French Outlook has two "Titre" columns, salutation then job;
 * Thunderbird's German "Geburtstag" is the day of the month next to "Geburtsmonat", while
 * German Outlook's is the whole birthday; German Outlook's "Ort" is the location field.
 */
import type { ColumnRule, Dialect, Target } from './fields.js';

type Entry = [Target | null, number?];

function entries(groups: Record<string, Entry>): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const [names, entry] of Object.entries(groups)) {
    for (const name of names.split('|')) map.set(name, entry);
  }
  return map;
}

/** Ranks put the primary email or phone first: primary, then mobile, then work and home. */
const COLUMNS = entries({
  // Salutations, middle names and suffixes are not part of the name Maillon shows.
  'title|suffix|middle name|anrede|weitere vornamen|2. vorname|deuxième prénom|suffixe|nickname|spitzname|surnom': [null],
  'first name|vorname|prénom': ['given'],
  'last name|nachname|nom': ['family'],
  'display name|anzeigename|name|nom complet': ['name'],
  'company|firma|société|organization|organisation': ['organization'],
  'job title|position|arbeitstitel|fonction': ['title'],
  'profession|beruf': ['title', 5],
  'e-mail address|primary email|e-mail-adresse|primäre e-mail-adresse|adresse de messagerie|adresse de courrier|email work': ['email', 0],
  'e-mail 2 address|secondary email|e-mail 2: adresse|sekundäre e-mail-adresse|adresse de messagerie 2|adresse de courrier 2|email home': ['email', 1],
  'e-mail 3 address|e-mail 3: adresse|adresse de messagerie 3|adresse de courrier 3|email other': ['email', 2],
  'primary phone|haupttelefon|téléphone principal': ['phone', 0],
  'mobile phone|mobile number|home mobile|mobiltelefon|mobil-tel.-nr.|tél. mobile|téléphone portable': ['phone', 1],
  'business phone|work phone|telefon geschäftlich|tel. dienstlich|telefon (geschäftlich)|téléphone (bureau)|téléphone professionnel': ['phone', 2],
  'home phone|telefon privat|tel. privat|telefon (privat)|téléphone (domicile)|téléphone personnel': ['phone', 3],
  'business phone 2|home phone 2|telefon geschäftlich 2|telefon privat 2|téléphone 2 (bureau)|téléphone 2 (domicile)': ['phone', 4],
  'other phone|company main phone|car phone|weiteres telefon|telefon firma|autotelefon|téléphone (autre)|téléphone société|téléphone (voiture)': ['phone', 5],
  "assistant's phone|telefon assistent|téléphone de l'assistant(e)|mobiltelefon 2|pager|pager number|pager-nummer|fax number|fax-nummer|callback|rückmeldung|rappel": [null],
  'birthday|anniversaire': ['birthday'],
  'anniversary|jahrestag|anniversaire de mariage ou fête': [null],
  'birth year|geburtsjahr': ['birthYear'],
  'birth month|geburtsmonat': ['birthMonth'],
  'birth day': ['birthDay'],
  'categories|kategorien|catégories': ['tags'],
  'notes|notizen': ['notes'],
  'location|ort|emplacement': ['location'],
  'business city|work city|ort geschäftlich|dienstlich: ort|ort (geschäftlich)|ville (bureau)': ['city', 0],
  'home city|ort privat|privat: ort|ort (privat)|ville (domicile)': ['city', 1],
  'other city|weiterer ort|ville (autre)': ['city', 2],
  'web page|personal web page|web page 1|web page 2|webseite|webseite 1|webseite 2|webseite (privat)|webseite (geschäftlich)|page web': ['website'],
});

/** Columns only these programs write. */
const OWN = new Set([
  'e-mail address', 'e-mail 2 address', 'e-mail display name', 'business phone', 'primary phone',
  'primary email', 'secondary email', 'mobile number', 'email home', 'email work', 'web page 1', 'birth year', 'business street', 'home street',
  'e-mail-adresse', 'e-mail 2: adresse', 'primäre e-mail-adresse', 'anzeigename', 'telefon geschäftlich', 'tel. dienstlich', 'mobil-tel.-nr.', 'geburtsmonat',
  'adresse de messagerie', 'adresse de courrier', 'tél. mobile', 'téléphone (bureau)', 'deuxième prénom',
]);

const DAY_FIRST = /[äöüßéèêàç]|^(vorname|nachname|firma|geburtstag|notizen|prénom|nom|société|anniversaire)$/;

export const OUTLOOK: Dialect = {
  owns: (header) => header.some((h) => OWN.has(h)),
  column(name, index, header): ColumnRule | null | undefined {
    if (name === 'titre') {
      // One "Titre" is a job title; with two, the first is the salutation.
      return header.lastIndexOf('titre') === index ? { target: 'title' } : null;
    }
    if (name === 'geburtstag') {
      return { target: header.includes('geburtsmonat') ? 'birthDay' : 'birthday' };
    }
    if (name.startsWith('website ')) return { target: 'website' };
    if (/^(im |fax|télécopie|telex|télex|tty|isdn|rnis|radio)/.test(name) || / fax$|^fax /.test(name)) return null;
    const entry = COLUMNS.get(name);
    if (!entry) return undefined;
    const [target, rank] = entry;
    return target && (rank === undefined ? { target } : { target, rank });
  },
  dayFirst: (header) => header.some((h) => DAY_FIRST.test(h)),
};
