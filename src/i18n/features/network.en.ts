/** English words of ties, warm paths and reach: reasons, errors and CLI text. network.fr.ts mirrors every key. */
import { s, type Feature, type Values as V } from './feature.js';

const plural = (n: unknown, one: string, many: string) => (Number(n) === 1 ? one : many);

const circles: Record<string, string> = {
  family: 'family', friend: 'friends', colleague: 'colleagues', 'former-colleague': 'former colleagues', classmate: 'classmates',
  client: 'clients', association: 'associations', event: 'events', online: 'online', other: 'other',
};
const circleList = (v: unknown) => s(v).split(',').filter(Boolean).map((c) => circles[c] ?? c).join(', ');

/** "(2019-2022)", "(since 2021)", "(until 2022)", or nothing, from a colleague reason's years. */
function years(v: V): string {
  const from = s(v.from), to = s(v.to);
  if (from && to) return from === to ? ` (${from})` : ` (${from}-${to})`;
  if (from) return ` (since ${from})`;
  if (to) return ` (until ${to})`;
  return '';
}

const together: Record<string, [now: string, past: string]> = {
  company: ['they work together at', 'they worked together at'],
  school: ['they study together at', 'they studied together at'],
  association: ['they are members of', 'they were members of'],
};
const knowing: Record<string, string> = { weak: 'they know each other a little', medium: 'they know each other', strong: 'they know each other well' };
const strengthWord: Record<string, string> = { weak: 'a weak tie', medium: 'a medium tie', strong: 'a strong tie' };

const targetOf = (v: V): string => {
  const n = `${s(v.matches)} ${plural(v.matches, 'person', 'people')}`;
  switch (v.kind) {
    case 'person': return s(v.label);
    case 'org': return `someone at ${s(v.label)} now (${n})`;
    case 'role': return `a ${s(v.label)} (${n} with that title now)`;
    default: return `people matching "${s(v.label)}" (${n})`;
  }
};

export const networkEn = {
  reason: {
    'tie.declared': (v: V) => `${knowing[s(v.strength)] ?? knowing.medium ?? ''}${v.since ? `, since ${s(v.since)}` : ''}${v.how ? ` (${s(v.how)})` : ''}`,
    'tie.colleagues': (v: V) => {
      const [now, past] = together[s(v.kind)] ?? together.company ?? ['', ''];
      return `${Number(v.now) === 1 ? now : past} ${s(v.org)}${s(v.kind) === 'association' ? ' together' : ''}${years(v)}`;
    },
    'tie.event': (v: V) => `they were both at ${s(v.event)}${v.date ? ` (${s(v.date)})` : ''}`,
    'tie.together': (v: V) => (Number(v.count) > 1
      ? `you met them together ${s(v.count)} times, last on ${s(v.last)}`
      : `you met them together on ${s(v.last)}`),
    'tie.introduced': (v: V) => `${s(v.introducer)} introduced ${s(v.introduced)} to you`,
    'tie.introduced-by-you': () => 'you introduced them to each other',
    'tie.me.circles': (v: V) => `circles: ${circleList(v.circles)}`,
    'tie.me.exchanges': (v: V) => `${s(v.count)} ${plural(v.count, 'exchange', 'exchanges')}, last on ${s(v.last)} (health ${s(v.health)})`,
    'tie.me.met-at': (v: V) => `you met at ${s(v.event)}`,
    'tie.me.introduced': (v: V) => `introduced to you by ${s(v.by)}`,
    'tie.me.connected': (v: V) => `connected on LinkedIn on ${s(v.date)}`,
    'tie.me.favours': (v: V) => `${s(v.count)} ${plural(v.count, 'favour', 'favours')} between you`,
  },
  error: {
    'tie.self': (v: V) => `"${s(v.a)}" and "${s(v.b)}" are the same person (${s(v.name)}): a tie joins two different people.`,
    'tie.bad_strength': (v: V) => `Unknown strength "${s(v.value)}": expected one of ${s(v.allowed)}.`,
    'tie.not_found': (v: V) => `${s(v.a)} and ${s(v.b)} have no declared tie to remove. Ties inferred from shared work, events or introductions follow their evidence: see maillon ties "${s(v.a)}".`,
    'path.empty_target': () => 'Say whom to reach: a person, org:NAME, role:TEXT, or words found in titles, interests or notes.',
    'path.no_match': (v: V) => (v.kind === 'role'
      ? `Nobody in your network has a current title matching "${s(v.text)}".`
      : `Nobody in your network matches "${s(v.text)}" by name, current title, interests or notes.`),
    'path.unknown_org': (v: V) => `No organization in your network is called "${s(v.org)}". See who works where: maillon person list`,
    'path.ambiguous_org': (v: V) => `"${s(v.org)}" could be ${s(v.list)}${Number(v.more) > 0 ? ` and ${s(v.more)} more` : ''}: give the full name, e.g. org:"NAME".`,
    'path.nobody_now': (v: V) => `Nobody in your network works at ${s(v.org)} now${Number(v.past) > 0 ? ` (${s(v.past)} ${plural(v.past, 'person', 'people')} did)` : ''}.`,
  },
  kind: {},
  cli: {
    help: {
      knows: 'note that two people of your network know each other (again: update the tie)',
      unknow: 'remove a tie you declared between two people',
      personA: 'a person: id or name',
      personB: 'the other person: id or name',
      strength: 'how well they know each other: weak, medium (default) or strong',
      since: 'since when, YYYY-MM-DD',
      how: 'how they know each other, in a few words',
      ties: 'whom a person knows, declared and inferred, strongest first, with the reasons',
      tiesLimit: 'show at most this many ties (default 20)',
      path: 'the warmest chains of introductions to a person, an organization or a role, and whom to ask first',
      target: 'a person (id or name), org:NAME (anyone there now), role:TEXT (a current title), or words from titles, interests or notes',
      k: 'how many paths (default 3)',
      maxHops: 'longest chain, in ties from you (default 6)',
      draft: 'also write the message of the first ask',
      reach: 'how many people you can reach in 1, 2 and 3 hops, where, and through whom',
      reachLimit: 'show at most this many organizations, circles and bridges (default 10)',
      suggest: 'contacts worth a place in your top ten: the bridges to people no one else connects you to',
    },
    examples: {
      knows: ['maillon knows "Claire Martin" "Marc Petit" --strength strong --since 2019-09-01 --how "co-founded Lumen"'],
      unknow: ['maillon unknow claire marc'],
      ties: ['maillon ties "Claire Martin"'],
      path: ['maillon path "Marc Petit"', 'maillon path org:Acme', 'maillon path role:"data engineer" --k 5', 'maillon path fintech --max-hops 4 --draft'],
      reach: ['maillon reach'],
      'priorities suggest': ['maillon priorities suggest'],
    },
    out: {
      /** "label: value", with the colon as the language writes it. */
      line: (v: V) => `${s(v.label)}: ${s(v.value)}`,
      you: 'you',
      tieSaved: (v: V) => `${v.status === 'updated' ? 'Updated' : 'Noted'}: ${s(v.a)} and ${s(v.b)} know each other (${strengthWord[s(v.strength)] ?? s(v.strength)}${v.since ? `, since ${s(v.since)}` : ''}${v.how ? `, ${s(v.how)}` : ''}).`,
      tieRemoved: (v: V) => `Removed the tie you declared between ${s(v.a)} and ${s(v.b)}.`,
      tiesTitle: (v: V) => `${s(v.name)}: ${s(v.total)} ${plural(v.total, 'tie', 'ties')} with people of your network`,
      tiesMore: (v: V) => `…and ${s(v.count)} more (use --limit)`,
      noTies: (v: V) => `${s(v.name)} has no known tie yet. Declare one: maillon knows "${s(v.name)}" NAME`,
      pathsTitle: (v: V) => `${s(v.count)} warm ${plural(v.count, 'path', 'paths')} to ${targetOf(v)}, within ${s(v.maxHops)} hops:`,
      noPath: (v: V) => `No warm path to ${targetOf(v)} within ${s(v.maxHops)} hops.`,
      ask: (v: V) => (v.kind === 'direct'
        ? `Reach out to ${s(v.to)} directly: ${s(v.why)}`
        : `Ask ${s(v.via)} to introduce you to ${s(v.to)}${v.target ? ` (on the way to ${s(v.target)})` : ''}: ${s(v.why)}`),
      firstAsk: (v: V) => `First ask: ${s(v.ask)}.`,
      nearestTitle: 'Nearest of them:',
      hopsAway: (v: V) => (v.hops === null || v.hops === undefined ? 'no chain of people reaches them' : `${s(v.hops)} hops away`),
      cold: (v: V) => `Reach out cold: a short, personal message to ${s(v.name)} saying why them (maillon draft "${s(v.name)}" --purpose ask-advice)${v.hops ? `, or look further: --max-hops ${s(v.hops)}` : ''}.`,
      draftTitle: (v: V) => `Draft for ${s(v.name)}${v.email ? ` <${s(v.email)}>` : ''}:`,
      subject: (v: V) => `Subject: ${s(v.subject)}`,
      reachTitle: (v: V) => `Your network: ${s(v.people)} ${plural(v.people, 'person', 'people')}.`,
      reachHops: (v: V) => `  1 hop (your contacts): ${s(v.one)} · 2 hops: ${s(v.two)} · 3 hops: ${s(v.three)}`,
      byOrgTitle: 'Second degree, by organization (where your contacts\' contacts work now):',
      byCircleTitle: 'Second degree, through your circles:',
      circle: circles,
      bridgesTitle: 'Bridges: contacts through whom you reach people no other contact does:',
      bridgeLine: (v: V) => `${s(v.name)} · ${s(v.unique)} ${plural(v.unique, 'person', 'people')} only through them${v.orgs ? ` (${s(v.orgs)})` : ''} · ${s(v.reach)} at 2 hops through them  [${s(v.id)}]`,
      noBridges: 'No bridges yet: declare who knows whom (maillon knows A B) or add where people work.',
      tendBridges: 'Tend them: maillon priorities suggest',
      suggestTitle: 'Worth a place in your top ten: bridges to people no other contact reaches.',
      suggestLine: (v: V) => `${s(v.name)} · ${s(v.unique)} ${plural(v.unique, 'person', 'people')} only through them${v.orgs ? ` (${s(v.orgs)})` : ''} · ${v.rank ? `now #${s(v.rank)}` : 'unranked'}  [${s(v.id)}]`,
      suggestHint: 'Rank one: maillon priorities set ID RANK',
      noSuggestion: 'No suggestion: your bridges are already in your top ten, or you have none yet (see maillon reach).',
    },
  },
} satisfies Feature;
