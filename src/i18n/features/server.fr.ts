/** French words of the local web server: the same keys as server.en.ts, checked by the compiler. */
import type { serverEn } from './server.en.js';
import { s, type Values as V } from './feature.js';

export const serverFr: typeof serverEn = {
  reason: {},
  error: {
    'host.refused': (v: V) => `Ce serveur ne répond qu’à ${s(v.allowed)} ; l’adresse « ${s(v.host)} » a été refusée.`,
    'csrf.refused': () => 'Modification refusée : la page n’a pas envoyé le jeton de session. Rechargez la page et réessayez.',
    'request.invalid': (v: V) => `La requête n’est pas valide : ${s(v.summary)}.`,
    'request.too_large': (v: V) => `Le fichier dépasse ${s(v.megabytes)} Mo.`,
    'route.not_found': (v: V) => `Rien ici : ${s(v.method)} ${s(v.path)}.`,
    'job.not_found': (v: V) => `Aucun import n’a l’identifiant « ${s(v.id)} » ; les imports ne sont gardés que tant que le serveur tourne.`,
    'calendar.no_token': () => 'Pas de calendrier à cette adresse : le lien est faux ou a été révoqué.',
  },
  kind: {},
  cli: {
    help: {
      serve: 'ouvrir l’application web et son API sur cette machine',
      port: 'port d’écoute (4747 par défaut ; 0 en choisit un libre)',
      host: 'adresse d’écoute (127.0.0.1 par défaut : cette machine seulement)',
    },
    examples: ['maillon serve', 'maillon serve --port 8080'],
    out: {
      portInUse: (v: V) => `Le port ${s(v.port)} est déjà pris (un autre Maillon ?). Choisissez-en un autre avec --port, ou 0 pour un port libre.`,
      notBuilt: 'L’application web n’est pas encore construite : lancez npm run build, puis rechargez cette page.',
      listening: (v: V) => `Maillon est ouvert sur ${s(v.url)}`,
      stopHint: 'Ctrl+C pour arrêter.',
      exposed: (v: V) => `Attention : à l’écoute sur ${s(v.host)}, d’autres machines peuvent joindre ce serveur.`,
    },
  },
};
