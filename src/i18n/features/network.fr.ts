/** French words of ties, warm paths and reach: the same keys as network.en.ts, checked by the compiler. */
import type { networkEn } from './network.en.js';
import { s, type Values as V } from './feature.js';

/** French takes the singular for 0 and 1. */
const plural = (n: unknown, one: string, many: string) => (Math.abs(Number(n)) < 2 ? one : many);
/** « de » before a name, elided before a vowel or an h. */
const de = (name: unknown) => (/^[aeiouyhàâäéèêëîïôöùûü]/i.test(s(name)) ? `d’${s(name)}` : `de ${s(name)}`);

const circles: Record<string, string> = {
  family: 'famille', friend: 'amis', colleague: 'collègues', 'former-colleague': 'anciens collègues', classmate: 'camarades d’études',
  client: 'clients', association: 'associations', event: 'événements', online: 'en ligne', other: 'autres',
};
const circleList = (v: unknown) => s(v).split(',').filter(Boolean).map((c) => circles[c] ?? c).join(', ');

function years(v: V): string {
  const from = s(v.from), to = s(v.to);
  if (from && to) return from === to ? ` (${from})` : ` (${from}-${to})`;
  if (from) return ` (depuis ${from})`;
  if (to) return ` (jusqu’en ${to})`;
  return '';
}

const together: Record<string, [now: string, past: string]> = {
  company: ['ils travaillent ensemble chez', 'ils ont travaillé ensemble chez'],
  school: ['ils étudient ensemble à', 'ils ont étudié ensemble à'],
};
const knowing: Record<string, string> = { weak: 'ils se connaissent un peu', medium: 'ils se connaissent', strong: 'ils se connaissent bien' };
const strengthWord: Record<string, string> = { weak: 'lien faible', medium: 'lien moyen', strong: 'lien fort' };

const targetOf = (v: V): string => {
  const n = `${s(v.matches)} ${plural(v.matches, 'personne', 'personnes')}`;
  switch (v.kind) {
    case 'person': return s(v.label);
    case 'org': return `quelqu’un chez ${s(v.label)} aujourd’hui (${n})`;
    case 'role': return `un ou une ${s(v.label)} (${n} avec ce titre aujourd’hui)`;
    default: return `des personnes correspondant à « ${s(v.label)} » (${n})`;
  }
};

export const networkFr: typeof networkEn = {
  reason: {
    'tie.declared': (v: V) => `${knowing[s(v.strength)] ?? knowing.medium ?? ''}${v.since ? `, depuis le ${s(v.since)}` : ''}${v.how ? ` (${s(v.how)})` : ''}`,
    'tie.colleagues': (v: V) => {
      const now = Number(v.now) === 1;
      if (s(v.kind) === 'association') return `${now ? 'ils sont membres ensemble' : 'ils ont été membres ensemble'} ${de(v.org)}${years(v)}`;
      const [present, past] = together[s(v.kind)] ?? together.company ?? ['', ''];
      return `${now ? present : past} ${s(v.org)}${years(v)}`;
    },
    'tie.event': (v: V) => `ils étaient tous les deux à ${s(v.event)}${v.date ? ` (${s(v.date)})` : ''}`,
    'tie.together': (v: V) => (Number(v.count) > 1
      ? `vous les avez vus ensemble ${s(v.count)} fois, la dernière le ${s(v.last)}`
      : `vous les avez vus ensemble le ${s(v.last)}`),
    'tie.introduced': (v: V) => `${s(v.introducer)} vous a présenté ${s(v.introduced)}`,
    'tie.introduced-by-you': () => 'vous les avez présentés l’un à l’autre',
    'tie.me.circles': (v: V) => `cercles : ${circleList(v.circles)}`,
    'tie.me.exchanges': (v: V) => `${s(v.count)} ${plural(v.count, 'échange', 'échanges')}, le dernier le ${s(v.last)} (santé ${s(v.health)})`,
    'tie.me.met-at': (v: V) => `vous vous êtes rencontrés à ${s(v.event)}`,
    'tie.me.introduced': (v: V) => `présenté par ${s(v.by)}`,
    'tie.me.connected': (v: V) => `relation LinkedIn depuis le ${s(v.date)}`,
    'tie.me.favours': (v: V) => `${s(v.count)} ${plural(v.count, 'service rendu', 'services rendus')} entre vous`,
  },
  error: {
    'tie.self': (v: V) => `« ${s(v.a)} » et « ${s(v.b)} » sont la même personne (${s(v.name)}) : un lien unit deux personnes différentes.`,
    'tie.bad_strength': (v: V) => `Force « ${s(v.value)} » inconnue. Valeurs possibles : ${s(v.allowed)}.`,
    'tie.not_found': (v: V) => `Aucun lien déclaré entre ${s(v.a)} et ${s(v.b)}. Les liens déduits (travail, événements, présentations) suivent leurs preuves : voir maillon ties « ${s(v.a)} ».`,
    'path.empty_target': () => 'Dites qui joindre : une personne, org:NOM, role:TEXTE, ou des mots de titres, centres d’intérêt ou notes.',
    'path.no_match': (v: V) => (v.kind === 'role'
      ? `Personne dans votre réseau n’a aujourd’hui un titre correspondant à « ${s(v.text)} ».`
      : `Personne dans votre réseau ne correspond à « ${s(v.text)} » (nom, titre actuel, centres d’intérêt ou notes).`),
    'path.unknown_org': (v: V) => `Aucune organisation de votre réseau ne s’appelle « ${s(v.org)} ». Voir qui travaille où : maillon person list`,
    'path.ambiguous_org': (v: V) => `« ${s(v.org)} » peut désigner ${s(v.list)}${Number(v.more) > 0 ? ` et ${s(v.more)} autres` : ''} : donnez le nom complet, par exemple org:"NOM".`,
    'path.nobody_now': (v: V) => `Personne dans votre réseau ne travaille chez ${s(v.org)} aujourd’hui${Number(v.past) > 0 ? ` (${s(v.past)} ${plural(v.past, 'personne y a travaillé', 'personnes y ont travaillé')})` : ''}.`,
  },
  kind: {},
  cli: {
    help: {
      knows: 'noter que deux personnes de votre réseau se connaissent (une seconde fois : mettre le lien à jour)',
      unknow: 'retirer un lien que vous avez déclaré entre deux personnes',
      personA: 'une personne : identifiant ou nom',
      personB: 'l’autre personne : identifiant ou nom',
      strength: 'à quel point elles se connaissent : weak (faible), medium (moyen, par défaut) ou strong (fort)',
      since: 'depuis quand, AAAA-MM-JJ',
      how: 'comment elles se connaissent, en quelques mots',
      ties: 'qui une personne connaît, liens déclarés et déduits, du plus fort au plus faible, avec les raisons',
      tiesLimit: 'afficher au plus ce nombre de liens (20 par défaut)',
      path: 'les chaînes de présentations les plus chaleureuses vers une personne, une organisation ou un métier, et à qui demander d’abord',
      target: 'une personne (identifiant ou nom), org:NOM (quelqu’un qui y est aujourd’hui), role:TEXTE (un titre actuel), ou des mots de titres, centres d’intérêt ou notes',
      k: 'combien de chemins (3 par défaut)',
      maxHops: 'chaîne la plus longue, en liens depuis vous (6 par défaut)',
      draft: 'rédiger aussi le message de la première demande',
      reach: 'combien de personnes vous pouvez joindre en 1, 2 et 3 sauts, où, et par qui',
      reachLimit: 'afficher au plus ce nombre d’organisations, de cercles et de ponts (10 par défaut)',
      suggest: 'les contacts qui méritent une place dans votre top 10 : les ponts vers des personnes que personne d’autre ne vous relie',
    },
    examples: {
      knows: ['maillon knows "Claire Martin" "Marc Petit" --strength strong --since 2019-09-01 --how "ont cofondé Lumen"'],
      unknow: ['maillon unknow claire marc'],
      ties: ['maillon ties "Claire Martin"'],
      path: ['maillon path "Marc Petit"', 'maillon path org:Acme', 'maillon path role:"data engineer" --k 5', 'maillon path fintech --max-hops 4 --draft'],
      reach: ['maillon reach'],
      'priorities suggest': ['maillon priorities suggest'],
    },
    out: {
      /** "label: value", with the colon as the language writes it. */
      line: (v: V) => `${s(v.label)} : ${s(v.value)}`,
      you: 'vous',
      tieSaved: (v: V) => `${v.status === 'updated' ? 'Mis à jour' : 'Noté'} : ${s(v.a)} et ${s(v.b)} se connaissent (${strengthWord[s(v.strength)] ?? s(v.strength)}${v.since ? `, depuis le ${s(v.since)}` : ''}${v.how ? `, ${s(v.how)}` : ''}).`,
      tieRemoved: (v: V) => `Lien déclaré entre ${s(v.a)} et ${s(v.b)} retiré.`,
      tiesTitle: (v: V) => `${s(v.name)} : ${s(v.total)} ${plural(v.total, 'lien', 'liens')} avec des personnes de votre réseau`,
      tiesMore: (v: V) => `… et ${s(v.count)} de plus (voir --limit)`,
      noTies: (v: V) => `Aucun lien connu pour ${s(v.name)}. Déclarez-en un : maillon knows "${s(v.name)}" NOM`,
      pathsTitle: (v: V) => `${s(v.count)} ${plural(v.count, 'chemin chaleureux', 'chemins chaleureux')} vers ${targetOf(v)}, en ${s(v.maxHops)} sauts au plus :`,
      noPath: (v: V) => `Aucun chemin chaleureux vers ${targetOf(v)} en ${s(v.maxHops)} sauts au plus.`,
      ask: (v: V) => (v.kind === 'direct'
        ? `Contactez directement ${s(v.to)} : ${s(v.why)}`
        : `Demandez à ${s(v.via)} de vous présenter ${s(v.to)}${v.target ? ` (en route vers ${s(v.target)})` : ''} : ${s(v.why)}`),
      firstAsk: (v: V) => `Première demande : ${s(v.ask)}.`,
      nearestTitle: 'Les plus proches :',
      hopsAway: (v: V) => (v.hops === null || v.hops === undefined ? 'aucune chaîne de personnes ne les relie à vous' : `à ${s(v.hops)} sauts`),
      cold: (v: V) => `Contactez à froid : un message court et personnel à ${s(v.name)}, qui dit pourquoi cette personne (maillon draft "${s(v.name)}" --purpose ask-advice)${v.hops ? `, ou cherchez plus loin : --max-hops ${s(v.hops)}` : ''}.`,
      draftTitle: (v: V) => `Brouillon pour ${s(v.name)}${v.email ? ` <${s(v.email)}>` : ''} :`,
      subject: (v: V) => `Objet : ${s(v.subject)}`,
      reachTitle: (v: V) => `Votre réseau : ${s(v.people)} ${plural(v.people, 'personne', 'personnes')}.`,
      reachHops: (v: V) => `  1 saut (vos contacts) : ${s(v.one)} · 2 sauts : ${s(v.two)} · 3 sauts : ${s(v.three)}`,
      byOrgTitle: 'Second degré, par organisation (où travaillent aujourd’hui les contacts de vos contacts) :',
      byCircleTitle: 'Second degré, à travers vos cercles :',
      circle: circles,
      bridgesTitle: 'Ponts : les contacts par qui vous joignez des personnes qu’aucun autre contact ne joint :',
      bridgeLine: (v: V) => `${s(v.name)} · ${s(v.unique)} ${plural(v.unique, 'personne', 'personnes')} seulement par cette personne${v.orgs ? ` (${s(v.orgs)})` : ''} · ${s(v.reach)} à 2 sauts par elle  [${s(v.id)}]`,
      noBridges: 'Pas encore de pont : déclarez qui connaît qui (maillon knows A B) ou ajoutez où travaillent les gens.',
      tendBridges: 'Entretenez-les : maillon priorities suggest',
      suggestTitle: 'À placer dans votre top 10 : les ponts vers des personnes qu’aucun autre contact ne joint.',
      suggestLine: (v: V) => `${s(v.name)} · ${s(v.unique)} ${plural(v.unique, 'personne', 'personnes')} seulement par cette personne${v.orgs ? ` (${s(v.orgs)})` : ''} · ${v.rank ? `aujourd’hui n°${s(v.rank)}` : 'non classée'}  [${s(v.id)}]`,
      suggestHint: 'Pour en classer une : maillon priorities set ID RANG',
      noSuggestion: 'Pas de suggestion : vos ponts sont déjà dans votre top 10, ou vous n’en avez pas encore (voir maillon reach).',
    },
  },
};
