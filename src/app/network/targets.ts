import { MaillonError, isMaillonError } from '../../core/errors.js';
import { fold, terms } from '../../core/fold.js';
import { OPEN_END } from '../../core/network.js';
import { idsByNotes } from '../../storage/network.repository.js';
import type { Db } from '../../storage/store.js';
import { resolvePerson } from '../resolve.js';
import type { LoadedNetwork } from './load.js';

export type TargetKind = 'person' | 'org' | 'role' | 'text';

/** Whom a path may end at: one person, or everyone matching an organization, a role or a text. */
export interface Target {
  kind: TargetKind;
  /** What the user typed, after the prefix. */
  query: string;
  /** What it resolved to: the person's or organization's name, else the query. */
  label: string;
  nodes: number[];
}

/** Each query term starts one of the text's words: "data eng" matches « Ingénieure data engineering ». */
function matchesAll(words: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((w) => words.some((x) => x.startsWith(w)));
}

/**
 * Reads a TARGET: `org:NAME` (anyone there now), `role:TEXT` (a current title), a person
 * (id or name), else free text matched against current titles, interests, tags and notes.
 */
export async function resolveTarget(db: Db, loaded: LoadedNetwork, input: string): Promise<Target> {
  const text = input.trim();
  const prefix = /^(org|role):/i.exec(text)?.[1]?.toLowerCase();
  const query = prefix ? text.slice(prefix.length + 1).trim() : text;
  if (query === '') throw new MaillonError('path.empty_target', { target: input });
  if (prefix === 'org') return orgTarget(loaded, query);
  if (prefix === 'role') {
    const nodes = byTitle(loaded, terms(query));
    if (nodes.length === 0) throw new MaillonError('path.no_match', { kind: 'role', text: query });
    return { kind: 'role', query, label: query, nodes };
  }
  try {
    const person = await resolvePerson(db, query);
    return { kind: 'person', query, label: person.name, nodes: [loaded.nodeOf(person.id)] };
  } catch (error) {
    if (!isMaillonError(error) || error.code !== 'person.not_found') throw error;
  }
  const wanted = terms(query);
  const nodes = new Set(byTitle(loaded, wanted));
  for (const id of await idsByNotes(db, wanted)) nodes.add(loaded.nodeOf(id));
  nodes.delete(-1);
  if (nodes.size === 0) throw new MaillonError('path.no_match', { kind: 'text', text: query });
  return { kind: 'text', query, label: query, nodes: [...nodes].sort((a, b) => a - b) };
}

/** People whose current title holds every wanted term; each distinct title is read once. */
function byTitle(loaded: LoadedNetwork, wanted: readonly string[]): number[] {
  const { facts } = loaded.net;
  if (wanted.length === 0) return [];
  const matching = Uint8Array.from(facts.titles, (t) => (matchesAll(terms(t), wanted) ? 1 : 0));
  const pos = facts.positions;
  const out = new Set<number>();
  for (let p = 0; p < pos.person.length; p++) {
    if (pos.end[p] === OPEN_END && matching[pos.title[p] ?? -1] === 1) out.add((pos.person[p] ?? 0) + 1);
  }
  return [...out].sort((a, b) => a - b);
}

function orgTarget(loaded: LoadedNetwork, query: string): Target {
  const { net } = loaded;
  const names = net.facts.orgNames;
  const wanted = fold(query);
  let orgs = names.flatMap((name, o) => (fold(name) === wanted ? [o] : []));
  if (orgs.length === 0) orgs = names.flatMap((name, o) => (fold(name).includes(wanted) ? [o] : []));
  const distinct = [...new Set(orgs.map((o) => names[o] ?? ''))];
  if (orgs.length === 0) throw new MaillonError('path.unknown_org', { org: query });
  if (distinct.length > 1) {
    throw new MaillonError('path.ambiguous_org', { org: query, list: distinct.slice(0, 10).join(', '), more: Math.max(0, distinct.length - 10) });
  }
  const label = distinct[0] ?? query;
  const at = new Set(orgs);
  const pos = net.facts.positions;
  const now = new Set<number>(), ever = new Set<number>();
  for (let p = 0; p < pos.org.length; p++) {
    if (!at.has(pos.org[p] ?? -1)) continue;
    const node = (pos.person[p] ?? 0) + 1;
    ever.add(node);
    if (pos.end[p] === OPEN_END) now.add(node);
  }
  if (now.size === 0) throw new MaillonError('path.nobody_now', { org: label, past: ever.size });
  return { kind: 'org', query, label, nodes: [...now].sort((a, b) => a - b) };
}
