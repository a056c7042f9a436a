/** French words of imports and exports: the same keys as imports.en.ts, checked by the compiler. */
import type { importsEn } from './imports.en.js';
import { s, type Values as V } from './feature.js';

/** French takes the singular for 0 and 1. */
const plural = (n: unknown, one: string, many: string) => (Math.abs(Number(n)) < 2 ? one : many);
const count = (n: unknown, one: string, many: string) => `${s(n)} ${plural(n, one, many)}`;

const change: Record<string, string> = {
  emails: 'e-mail', phones: 'téléphone', linkedin: 'LinkedIn', birthday: 'anniversaire', location: 'lieu', connected: 'date de connexion',
  notes: 'notes', tags: 'étiquettes', circles: 'cercle', interests: 'centres d’intérêt', position: 'poste', title: 'intitulé de poste', photo: 'photo',
};

const fieldFr: Record<string, string> = {
  name: 'Le nom', email: 'L’e-mail', phone: 'Le téléphone', linkedin: 'Le profil LinkedIn', organization: 'L’organisation', tag: 'L’étiquette', interest: 'Le centre d’intérêt',
};

export const importsFr: typeof importsEn = {
  reason: {},
  error: {
    'import.too_long': (v: V) => `${fieldFr[s(v.field)] ?? s(v.field)} de ce contact fait ${s(v.length)} caractères, plus que les ${s(v.max)} que Maillon garde (collé par erreur ?) ; il n’a pas été importé.`,
    'export.bad_version': (v: V) => `Version vCard inconnue « ${s(v.value)} » : attendu ${s(v.allowed)}.`,
  },
  kind: {},
  cli: {
    help: {
      linkedin: 'importer vos relations LinkedIn : Connections.csv, ou l’archive zip complète que LinkedIn vous envoie ; un export plus récent change les nouveaux postes en félicitations',
      vcard: 'importer des fichiers vCard (2.1, 3.0, 4.0) d’un téléphone, d’Apple, de Google ou d’Outlook',
      csv: 'importer un CSV de contacts : Google, Outlook, Thunderbird, ou tout CSV avec --map',
      files: 'les fichiers à importer',
      file: 'le fichier à importer',
      dryRun: 'montrer ce qui serait créé, mis à jour, fusionné, ignoré et rejeté, et pourquoi ; ne rien écrire',
      photos: 'garder ou laisser les photos des contacts : keep (par défaut) ou drop',
      format: 'le type de CSV : google, outlook, linkedin ou generic (par défaut : reconnu à l’en-tête)',
      map: 'associer des colonnes à des champs, p. ex. "Nom complet=name,Mail=email" ; champs : name, given, family, email, phone, organization, title, linkedin, birthday, notes, tags, location, connected',
      country: 'pays des numéros écrits sans indicatif +, p. ex. FR (par défaut : celui de votre langue)',
      exportVcard: 'écrire tout le monde en vCard, lisibles par les téléphones et carnets d’adresses',
      vcardFile: 'le fichier .vcf à écrire',
      version: 'version vCard : 4.0 (par défaut) ou 3.0',
      exportIcs: 'écrire l’agenda en iCalendar : un événement par rappel ; un nouvel export met à jour les mêmes événements',
      icsFile: 'le fichier .ics à écrire',
      days: 'combien de jours à venir, à partir d’aujourd’hui (30 par défaut)',
    },
    examples: {
      'import linkedin': ['maillon import linkedin ~/Téléchargements/Basic_LinkedInDataExport.zip', 'maillon import linkedin Connections.csv --dry-run'],
      'import vcard': ['maillon import vcard contacts.vcf', 'maillon import vcard *.vcf --photos drop'],
      'import csv': ['maillon import csv google.csv', 'maillon import csv liste.csv --format generic --map "Nom complet=name,Mail=email,Société=organization"'],
      'export vcard': ['maillon export vcard reseau.vcf', 'maillon export vcard reseau.vcf --version 3.0'],
      'export ics': ['maillon export ics agenda.ics --days 14'],
    },
    out: {
      summary: (v: V) => `${v.dryRun ? 'Essai à blanc de' : 'Importé'} ${s(v.files)} : ${count(v.created, 'créé', 'créés')}, ${count(v.updated, 'mis à jour', 'mis à jour')}, ${count(v.merged, 'fusionné', 'fusionnés')}, ${count(v.skipped, 'ignoré', 'ignorés')}, ${count(v.rejected, 'rejeté', 'rejetés')}.`,
      nothing: (v: V) => `Rien à importer dans ${s(v.files)} : aucun contact trouvé.`,
      dryRunNote: 'Rien n’a été écrit. Relancez sans --dry-run pour importer.',
      jobChanges: (v: V) => `${count(v.count, 'changement de poste', 'changements de poste')} : des félicitations vous attendent dans l’agenda (maillon today).`,
      jobChange: (v: V) => `  ${s(v.name)} : ${s(v.to)} (avant : ${s(v.from)})`,
      possibleDuplicates: (v: V) => `${count(v.count, 'nouvelle personne ressemble', 'nouvelles personnes ressemblent')} à quelqu’un de déjà présent ; gardées à part. À revoir : maillon duplicates`,
      possibleDuplicate: (v: V) => `  ${s(v.name)} ${s(v.at)} ressemble à ${s(v.others)}`,
      mergedLine: (v: V) => `  ${s(v.name)} ${s(v.at)} : ${s(v.others)} fusionnés en une seule fiche (${s(v.why)})`,
      rejectedTitle: (v: V) => `Rejetés (${s(v.count)}) :`,
      rejectedLine: (v: V) => `  ${s(v.at)} : ${s(v.why)}`,
      more: (v: V) => `  …et ${s(v.count)} de plus (--json les liste tous)`,
      group: {
        create: 'Seraient créés', update: 'Seraient mis à jour', merge: 'Seraient fusionnés', skip: 'Seraient ignorés',
      },
      actionLine: (v: V) => `  ${s(v.name)} ${s(v.at)}${v.detail ? ` : ${s(v.detail)}` : ''}`,
      adds: (v: V) => `ajoute ${(v.changes as string[]).map((c) => change[c] ?? c).join(', ')}`,
      upToDate: 'déjà à jour',
      matchedBy: (v: V) => `reconnu par ${s(v.evidence)}`,
      evidence: {
        email: (v: V) => `l’e-mail ${s(v.value)}`,
        linkedin: (v: V) => `le LinkedIn ${s(v.value)}`,
        phone: (v: V) => `le téléphone ${s(v.value)}`,
        name: (v: V) => `le nom (${s(v.score)} %)`,
        organization: (v: V) => `l’organisation ${s(v.value)}`,
        conflict: (v: V) => `${s(v.field)} différent`,
      },
      row: (v: V) => `(${s(v.file)}, rangée ${s(v.row)}, ligne ${s(v.line)})`,
      card: (v: V) => `(${s(v.file)}, fiche ${s(v.card)}, ligne ${s(v.line)})`,
      line: (v: V) => `(${s(v.file)}, ligne ${s(v.line)})`,
      progress: (v: V) => `Import de ${s(v.file)} : ${s(v.percent)} % (${count(v.contacts, 'contact', 'contacts')})`,
      vcardDone: (v: V) => `${count(v.people, 'personne écrite', 'personnes écrites')} dans ${s(v.file)} (vCard ${s(v.version)}).`,
      icsDone: (v: V) => `${count(v.events, 'événement écrit', 'événements écrits')} dans ${s(v.file)} : votre agenda jusqu’au ${s(v.until)}. Importez-le, ou exportez à nouveau pour le mettre à jour.`,
      calendarName: 'Agenda Maillon',
      eventSummary: (v: V) => `${s(v.kind)} : ${s(v.name)}`,
    },
  },
};
