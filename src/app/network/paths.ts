import { parseWhole } from '../../core/validate.js';
import { currentPosition, ME } from '../../core/network.js';
import { hopLevels, UNREACHED } from '../../core/graph/reach.js';
import type { Reason } from '../../core/reason.js';
import type { AppContext } from '../context.js';
import { draft, type DraftResult } from '../drafts.service.js';
import { explainPairs, type Named } from './explain.js';
import { networkOf, type LoadedNetwork } from './load.js';
import { resolveTarget, type Target } from './targets.js';

export const DEFAULT_K = 3;
export const DEFAULT_MAX_HOPS = 6;
export const MAX_K = 20;
export const MAX_HOPS = 12;
// How far to look for the nearest matches when no path fits within the limit.
const NEAREST_DEPTH = 30;
const NEAREST = 5;

/** A person on a path, with their work now, the tie that leads to them and why. */
export interface PathStep {
  person: Named;
  title: string | null;
  organization: string | null;
  /** Strength of the tie from the previous step (from the user, for step 0). */
  strength: number;
  reasons: Reason[];
}

export interface WarmPath {
  /** The product of the ties' strengths. */
  strength: number;
  steps: PathStep[];
}

/** Whom to ask first: an introduction (via -> to), or a direct contact to reach out to. */
export interface FirstAsk {
  kind: 'introduce' | 'direct';
  via: Named;
  to: Named;
  /** The person at the end, when `to` is only the next link. */
  target: Named | null;
  reasons: Reason[];
}

export interface Nearest {
  person: Named;
  title: string | null;
  organization: string | null;
  /** Hops from the user, or null when no chain reaches them at all. */
  hops: number | null;
}

export interface PathResult {
  target: { kind: Target['kind']; query: string; label: string; matches: number };
  k: number;
  maxHops: number;
  paths: WarmPath[];
  firstAsk: FirstAsk | null;
  /** When no path fits within the limit: the matches nearest to the user, for a cold approach. */
  nearest: Nearest[];
  draft?: DraftResult;
}

export interface PathOptions {
  k?: string;
  maxHops?: string;
  /** Also write the message of the first ask, in this language. */
  draft?: { lang: string };
}

/** The k strongest chains of introductions from the user to a target, each step explained. */
export async function findPaths(ctx: AppContext, input: string, options: PathOptions = {}): Promise<PathResult> {
  const k = parseWhole(options.k ?? String(DEFAULT_K), 'k', 1, MAX_K);
  const maxHops = parseWhole(options.maxHops ?? String(DEFAULT_MAX_HOPS), 'max-hops', 1, MAX_HOPS);
  const result: PathResult = await ctx.store.read(async (db) => {
    const loaded = await networkOf(ctx, db);
    const target = await resolveTarget(db, loaded, input);
    const finder = loaded.finder();
    const found = target.kind === 'person'
      ? finder.paths(ME, target.nodes[0] ?? -1, k, maxHops)
      : finder.pathsToAny(ME, target.nodes, k, maxHops);
    const pairs = found.flatMap((p) => p.nodes.slice(1).map((v, i) => [p.nodes[i] ?? ME, v] as const));
    const nearestNodes = found.length === 0 ? nearestOf(loaded, target.nodes) : [];
    const { ties, named } = await explainPairs(db, loaded, pairs, nearestNodes.map((x) => x.node));
    const work = (node: number) => {
      const now = currentPosition(loaded.net, node);
      return { title: now?.title ?? null, organization: now ? (loaded.net.facts.orgNames[now.org] ?? null) : null };
    };
    let at = 0;
    const paths: WarmPath[] = found.map((p) => ({
      strength: Math.exp(-p.cost),
      steps: p.nodes.slice(1).map((node) => {
        const tie = ties[at++] ?? { strength: 0, reasons: [] };
        return { person: named(node), ...work(node), strength: tie.strength, reasons: tie.reasons };
      }),
    }));
    const nearest = nearestNodes.map((x) => ({ person: named(x.node), ...work(x.node), hops: x.hops }));
    return {
      target: { kind: target.kind, query: target.query, label: target.label, matches: target.nodes.length },
      k, maxHops, paths, firstAsk: firstAskOf(paths[0]), nearest,
    } satisfies PathResult;
  });
  const ask = result.firstAsk;
  if (options.draft && ask) {
    const topic = result.target.kind === 'person' ? undefined : result.target.label;
    result.draft = ask.kind === 'introduce'
      ? await draft(ctx, ask.via.id, { purpose: 'introduce-request', lang: options.draft.lang, meet: ask.to.id, ...(topic ? { about: topic } : {}) })
      : await draft(ctx, ask.to.id, { purpose: 'ask-advice', lang: options.draft.lang, ...(topic ? { about: topic } : {}) });
  }
  return result;
}

function firstAskOf(path: WarmPath | undefined): FirstAsk | null {
  const [first, second] = path?.steps ?? [];
  if (!path || !first) return null;
  const last = path.steps[path.steps.length - 1];
  if (!second) return { kind: 'direct', via: first.person, to: first.person, target: null, reasons: first.reasons };
  return {
    kind: 'introduce', via: first.person, to: second.person,
    target: last && last !== second ? last.person : null, reasons: second.reasons,
  };
}

/** The matching people fewest hops away (any number of hops), then unreachable ones. */
function nearestOf(loaded: LoadedNetwork, nodes: readonly number[]): { node: number; hops: number | null }[] {
  const level = hopLevels(loaded.net.graph, ME, NEAREST_DEPTH);
  return nodes.map((node) => ({ node, hops: level[node] === UNREACHED ? null : (level[node] ?? null) }))
    .sort((a, b) => (a.hops ?? Infinity) - (b.hops ?? Infinity) || a.node - b.node)
    .slice(0, NEAREST);
}
