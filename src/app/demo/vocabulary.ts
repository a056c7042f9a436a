/**
 * Word lists for the demo network. Every organization and event is fictional; names are
 * common ones, chosen so that accents, particles and apostrophes show up in any sample.
 */
import type { EventKind } from '../../core/types.js';

export const FR_FEMALE = [
  'Hélène', 'Zoé', 'Anaïs', 'Cécile', 'Camille', 'Léa', 'Chloé', 'Manon', 'Émilie', 'Sophie',
  'Isabelle', 'Nathalie', 'Claire', 'Juliette', 'Margaux', 'Inès', 'Élodie', 'Amélie', 'Céline',
  'Mathilde', 'Laure', 'Agnès', 'Béatrice', 'Maëlle', 'Noémie', 'Sandrine', 'Valérie', 'Aurélie',
  'Capucine', 'Solène', 'Marie-Claire', 'Anne-Sophie',
] as const;

export const FR_MALE = [
  'Benoît', 'François', 'Jérôme', 'Thomas', 'Nicolas', 'Julien', 'Mathieu', 'Antoine', 'Hugo',
  'Lucas', 'Théo', 'Maxime', 'Guillaume', 'Sébastien', 'Stéphane', 'Frédéric', 'Olivier', 'Pierre',
  'Jean-Baptiste', 'Jean-Pierre', 'Raphaël', 'Léo', 'Louis', 'Étienne', 'Grégoire', 'Arnaud',
  'Cédric', 'Rémi', 'Yannick', 'Loïc', 'Karim', 'Mehdi',
] as const;

export const EN_FEMALE = [
  'Sarah', 'Emily', 'Jessica', 'Hannah', 'Olivia', 'Charlotte', 'Amelia', 'Grace', 'Chloe', 'Lucy',
  'Rachel', 'Megan', 'Laura', 'Emma', 'Sophie', 'Jennifer', 'Katherine', 'Rebecca', 'Abigail', 'Zoe',
  'Priya', 'Aisha', 'Fiona', 'Siobhan', 'Niamh',
] as const;

export const EN_MALE = [
  'James', 'Oliver', 'Harry', 'Jack', 'George', 'William', 'Daniel', 'Thomas', 'Samuel', 'Benjamin',
  'Matthew', 'Andrew', 'David', 'Michael', 'Ryan', 'Connor', 'Liam', 'Callum', 'Alexander', 'Edward',
  'Rohan', 'Omar', 'Patrick', 'Sean', 'Henry',
] as const;

export const FR_SURNAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent',
  'Fournier', 'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François',
  'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Roussel', 'Perrin',
  'Morin', 'Clément', 'Gauthier', 'Dumont', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Le Goff',
  'Le Gall', 'de la Tour', 'de Villiers', 'Dupré', 'Benali', 'Haddad', 'Nguyen', 'Da Silva',
  "d'Almeida", 'Béranger', 'Lemaître', 'Caron', 'Mégret', 'Pelletier', 'Kervella', "N'Diaye",
] as const;

export const EN_SURNAMES = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Johnson', 'Roberts',
  'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis',
  'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Cooper', 'Hill', 'Ward', 'Morris',
  'Moore', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'Connor', "O'Brien", "O'Connor",
  'McAllister', 'MacDonald', 'van den Berg', 'Khan', 'Singh', 'Ahmed', 'Fitzgerald',
] as const;

export interface OrgWords {
  name: string;
  domain: string;
  /** French organizations get French titles, others English ones. */
  fr: boolean;
}

/** The best-known organizations first: popularity is drawn by rank, so order matters. */
export const COMPANIES: readonly OrgWords[] = [
  { name: 'Acme', domain: 'acme.com', fr: false },
  { name: 'Bleu Horizon', domain: 'bleuhorizon.fr', fr: true },
  { name: 'Northwind Analytics', domain: 'northwind-analytics.com', fr: false },
  { name: 'Lumière Énergie', domain: 'lumiere-energie.fr', fr: true },
  { name: 'Contoso', domain: 'contoso.com', fr: false },
  { name: 'Hexagone Conseil', domain: 'hexagone-conseil.fr', fr: true },
  { name: 'Kestrel Bank', domain: 'kestrelbank.co.uk', fr: false },
  { name: 'Mistral Logistique', domain: 'mistral-logistique.fr', fr: true },
  { name: 'Fabrikam', domain: 'fabrikam.com', fr: false },
  { name: 'Atelier Sémaphore', domain: 'semaphore.fr', fr: true },
  { name: 'Oakridge Software', domain: 'oakridge.io', fr: false },
  { name: 'Azur Santé', domain: 'azur-sante.fr', fr: true },
  { name: 'Thames Digital', domain: 'thamesdigital.co.uk', fr: false },
  { name: 'Les Ateliers du Rhône', domain: 'ateliers-rhone.fr', fr: true },
  { name: 'Polaris Robotics', domain: 'polaris-robotics.com', fr: false },
  { name: 'Cap Ouest Assurances', domain: 'capouest.fr', fr: true },
  { name: 'Brightwater Consulting', domain: 'brightwater.com', fr: false },
  { name: 'Verdure Agritech', domain: 'verdure.fr', fr: true },
  { name: 'Quartz Finance', domain: 'quartz-finance.fr', fr: true },
  { name: 'Albion Retail', domain: 'albionretail.co.uk', fr: false },
  { name: 'Pixel Bretagne', domain: 'pixelbretagne.fr', fr: true },
  { name: 'Initech', domain: 'initech.com', fr: false },
];

/** Combined with ORG_SUFFIXES to give large networks a long tail of small organizations. */
export const ORG_STEMS = [
  'Aster', 'Belvédère', 'Cobalt', 'Delta', 'Éole', 'Falcon', 'Garance', 'Helix', 'Iris', 'Juniper',
  'Kairos', 'Lynx', 'Meridian', 'Nova', 'Opale', 'Pégase', 'Quill', 'Rivage', 'Sirius', 'Tilleul',
  'Umbra', 'Vega', 'Wren', 'Zénith',
] as const;

export const ORG_SUFFIXES: readonly (readonly [suffix: string, fr: boolean])[] = [
  ['Analytics', false], ['Conseil', true], ['Énergie', true], ['Software', false],
  ['Logistique', true], ['Partners', false], ['Santé', true], ['Labs', false], ['Finance', true],
  ['Studio', false], ['Systèmes', true], ['Capital', false],
];

export const SCHOOLS: readonly OrgWords[] = [
  { name: 'HEC Paris', domain: 'hec.edu', fr: true },
  { name: 'École Centrale de Lyon', domain: 'ec-lyon.fr', fr: true },
  { name: 'University of Leeds', domain: 'leeds.ac.uk', fr: false },
  { name: 'Sciences Po', domain: 'sciencespo.fr', fr: true },
  { name: 'Imperial College London', domain: 'imperial.ac.uk', fr: false },
  { name: 'INSA Lyon', domain: 'insa-lyon.fr', fr: true },
  { name: 'ESSEC', domain: 'essec.edu', fr: true },
  { name: "King's College London", domain: 'kcl.ac.uk', fr: false },
  { name: 'Université de Nantes', domain: 'univ-nantes.fr', fr: true },
  { name: 'University of Manchester', domain: 'manchester.ac.uk', fr: false },
  { name: 'Télécom Paris', domain: 'telecom-paris.fr', fr: true },
  { name: 'Polytechnique Montréal', domain: 'polymtl.ca', fr: true },
  { name: 'Université libre de Bruxelles', domain: 'ulb.be', fr: true },
  { name: 'Audencia', domain: 'audencia.com', fr: true },
];

/** French titles agree with the person: [masculine, feminine]. */
export const FR_TITLES: readonly (readonly [string, string])[] = [
  ['Ingénieur commercial', 'Ingénieure commerciale'], ['Directeur financier', 'Directrice financière'],
  ['Consultant', 'Consultante'], ['Chef de projet', 'Cheffe de projet'],
  ['Développeur full-stack', 'Développeuse full-stack'], ['Responsable marketing', 'Responsable marketing'],
  ['Directeur des ressources humaines', 'Directrice des ressources humaines'],
  ["Chargé d'affaires", "Chargée d'affaires"], ['Data scientist', 'Data scientist'],
  ['Product Manager', 'Product Manager'], ['Directeur général', 'Directrice générale'],
  ['Juriste', 'Juriste'], ['Acheteur', 'Acheteuse'], ['Responsable RSE', 'Responsable RSE'],
  ['Architecte logiciel', 'Architecte logicielle'], ['Analyste financier', 'Analyste financière'],
  ['Ingénieur data', 'Ingénieure data'], ['Directeur commercial', 'Directrice commerciale'],
];

export const EN_TITLES = [
  'Data Engineer', 'Head of Sales', 'Product Manager', 'Software Engineer', 'Account Executive',
  'Chief Technology Officer', 'Marketing Manager', 'UX Designer', 'Financial Analyst',
  'Operations Director', 'Customer Success Manager', 'Talent Acquisition Lead', 'Solutions Architect',
  'Chief of Staff', 'Head of Partnerships', 'Data Scientist',
] as const;

export const FR_STUDIES: readonly (readonly [string, string])[] = [
  ['Élève ingénieur', 'Élève ingénieure'], ['Étudiant en master finance', 'Étudiante en master finance'],
  ['Doctorant', 'Doctorante'], ['Étudiant en MBA', 'Étudiante en MBA'],
];

export const EN_STUDIES = ['MSc student, Data Science', 'MBA candidate', 'BSc Economics', 'PhD researcher'] as const;

export type PhoneStyle = 'fr' | 'uk' | 'be' | 'ca';

export interface Place { city: string; phone: PhoneStyle }

// Repeated entries weight the draw: most French contacts live in Paris, most English ones in London.
export const FR_PLACES: readonly Place[] = [
  { city: 'Paris', phone: 'fr' }, { city: 'Paris', phone: 'fr' }, { city: 'Paris', phone: 'fr' },
  { city: 'Lyon', phone: 'fr' }, { city: 'Lyon', phone: 'fr' }, { city: 'Nantes', phone: 'fr' },
  { city: 'Bordeaux', phone: 'fr' }, { city: 'Lille', phone: 'fr' }, { city: 'Toulouse', phone: 'fr' },
  { city: 'Marseille', phone: 'fr' }, { city: 'Rennes', phone: 'fr' }, { city: 'Bruxelles', phone: 'be' },
  { city: 'Montréal', phone: 'ca' },
];

export const EN_PLACES: readonly Place[] = [
  { city: 'London', phone: 'uk' }, { city: 'London', phone: 'uk' }, { city: 'London', phone: 'uk' },
  { city: 'Manchester', phone: 'uk' }, { city: 'Leeds', phone: 'uk' }, { city: 'Bristol', phone: 'uk' },
  { city: 'Edinburgh', phone: 'uk' }, { city: 'Montréal', phone: 'ca' }, { city: 'Paris', phone: 'fr' },
];

export const FR_MAIL_HOSTS = ['gmail.com', 'orange.fr', 'free.fr', 'outlook.fr'] as const;
export const EN_MAIL_HOSTS = ['gmail.com', 'outlook.com', 'yahoo.co.uk'] as const;

export const INTERESTS = [
  'data engineering', 'jazz', 'cyclisme', 'IA générative', 'climate tech', 'photographie', 'voile',
  'course à pied', 'randonnée', 'œnologie', 'échecs', 'théâtre', 'open source', 'product management',
  'fintech', 'rugby', 'football', 'cuisine', 'podcasts', 'UX design', 'entrepreneuriat',
  'impact investing', 'music production', 'sailing', 'running', 'yoga', 'cybersécurité', 'mentoring',
] as const;

export const TAGS = [
  'mentor', 'recruteur', 'investisseur', 'alumni', 'speaker', 'freelance', 'board', 'à-présenter',
  'prospect', 'ambassadeur',
] as const;

/** `{e}` marks French agreement: it becomes "e" for women and disappears for men. */
export const FR_NOTES = [
  'Rencontré{e} au salon VivaTech, passionné{e} de voile.', 'Collègue de mon premier poste, toujours de bon conseil.',
  'Cherche un poste de direction à Lyon.', "Connaît très bien l'écosystème fintech parisien.",
  'Deux enfants ; adore le jazz manouche.', "Peut me présenter à l'équipe data de Bleu Horizon.",
  'Répond vite par SMS, moins par e-mail.', 'Prépare un marathon au printemps.',
  'Intéressé{e} par du mentorat.', "M'a aidé à préparer mon entretien chez Acme.",
] as const;

export const EN_NOTES = [
  'Met at the PyData meetup; wants to move to Lyon.', 'Former colleague, great at negotiation.',
  'Looking for a CTO role in fintech.', 'Runs a book club; loves jazz.',
  'Can introduce me to the Northwind data team.', 'Prefers WhatsApp over email.',
  'Training for the London marathon.', 'Moving back to Montréal next year.',
  'Advisor to two climate tech startups.', 'Helped me prepare the Kestrel Bank interview.',
] as const;

export const FR_SUMMARIES = [
  'Café pour parler de sa nouvelle équipe.', "Je lui envoie l'article sur le pricing.",
  'Échange sur les recrutements data à Lyon.', 'Lui présenter Camille, qui cherche un poste produit.',
  'Merci pour la recommandation, ça a marché !', 'Point sur son projet de reconversion.',
  'Je lui envoie le compte rendu de la conférence.', 'Félicitations pour sa promotion.',
  'Déjeuner : idées de partenariat.', "Promis : lui transmettre le contact de l'incubateur.",
] as const;

export const EN_SUMMARIES = [
  'Promised to send the deck.', 'Coffee chat about the new role.', 'Quick call on hiring plans for Q3.',
  'Will send the pricing article.', 'Thanked them for the referral.', 'Discussed a possible partnership.',
  'Congratulated them on the promotion.', 'Catch-up after the conference; promised an intro to our CFO.',
  'Asked for advice on the London market.', 'Shared the climate tech report.',
] as const;

export interface EventWords {
  /** `{year}` and `{city}` are filled in from the event's date and an EVENT_CITIES draw. */
  name: string;
  kind: EventKind;
  place: string | null;
}

export const EVENT_CITIES = ['Paris', 'Lyon', 'Nantes', 'Bordeaux', 'Lille', 'London', 'Manchester', 'Bruxelles', 'Montréal'] as const;

export const EVENTS: readonly EventWords[] = [
  { name: 'VivaTech {year}', kind: 'trade-show', place: 'Paris Expo Porte de Versailles' },
  { name: 'Salon des Entrepreneurs {city}', kind: 'trade-show', place: '{city}' },
  { name: 'Big Data & AI Paris {year}', kind: 'trade-show', place: 'Palais des Congrès, Paris' },
  { name: 'PyData {city}', kind: 'meetup', place: '{city}' },
  { name: 'Meetup Product Management {city}', kind: 'meetup', place: '{city}' },
  { name: 'Afterwork Data {city}', kind: 'meetup', place: '{city}' },
  { name: "Soirée débat : l'IA au travail", kind: 'debate', place: 'Station F, Paris' },
  { name: 'Débat : le télétravail est-il fini ?', kind: 'debate', place: '{city}' },
  { name: 'Oxford-style debate: Is remote work here to stay?', kind: 'debate', place: 'London' },
  { name: 'London Tech Week {year}', kind: 'conference', place: 'Olympia London' },
  { name: 'Devoxx France {year}', kind: 'conference', place: 'Palais des Congrès, Paris' },
  { name: "Rencontres de l'Innovation {city}", kind: 'conference', place: '{city}' },
  { name: 'Mind the Product {city}', kind: 'conference', place: '{city}' },
  { name: 'Dîner des anciens de Centrale Lyon', kind: 'other', place: 'Lyon' },
  { name: 'Alumni breakfast {year}', kind: 'other', place: null },
];

/** How two people know each other, as a user would note it with `maillon knows --how`. */
export const TIE_HOW = [
  'worked on the same project', 'old friends from university', 'co-founded a startup together', 'met at a PyData meetup',
  'same running club', 'mentor and mentee', 'neighbours in London', 'sat on the same board',
  'anciens collègues chez un client', 'amis d’enfance', 'même promo d’école', 'rencontrés au salon VivaTech',
  'jouent au rugby ensemble', 'voisins à Lyon', 'ont monté une association ensemble',
] as const;
