import type { Command } from 'commander';
import type { PathResult, TieInput } from '../../app/network.service.js';
import type { Reason } from '../../core/reason.js';
import type { Words } from '../../i18n/i18n.js';
import { run, type Cli } from '../io.js';

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

/** Reasons as one clause list: "they worked together at Acme (2019-2022); they were both at VivaTech". */
export const why = (words: Words, reasons: readonly Reason[]): string => reasons.map((r) => words.say(r)).join(words.cli.out.separator);

const work = (x: { title: string | null; organization: string | null }): string => [x.title, x.organization].filter(Boolean).join(', ');

/** The first ask as a sentence: "Ask Claire Martin to introduce you to Marc Petit: they worked together at Acme (2019-2022)". */
function askText(words: Words, r: PathResult): string | null {
  const ask = r.firstAsk;
  if (!ask) return null;
  return words.features.network.cli.out.ask({ kind: ask.kind, via: ask.via.name, to: ask.to.name, target: ask.target?.name, why: why(words, ask.reasons) });
}

/** What `path --json` prints: the documented shape, reasons in words, plus what the text shows. */
function pathJson(words: Words, r: PathResult) {
  const cold = r.paths.length === 0 ? r.nearest[0] ?? null : null;
  return {
    target: r.target,
    k: r.k,
    maxHops: r.maxHops,
    paths: r.paths.map((p) => ({
      strength: round(p.strength),
      hops: p.steps.length,
      steps: p.steps.map((st) => ({
        person: st.person, reason: why(words, st.reasons), strength: round(st.strength), title: st.title, organization: st.organization,
      })),
    })),
    firstAsk: r.firstAsk && { kind: r.firstAsk.kind, via: r.firstAsk.via, to: r.firstAsk.to, target: r.firstAsk.target, text: askText(words, r) },
    nearest: r.nearest.map((x) => ({ person: x.person, hops: x.hops, title: x.title, organization: x.organization })),
    cold: cold && { person: cold.person, text: words.features.network.cli.out.cold({ name: cold.person.name, hops: coldHops(r, cold.hops) }) },
    ...(r.draft ? { draft: r.draft } : {}),
  };
}

/** How far to look when the nearest match is beyond the limit but within reach. */
const coldHops = (r: PathResult, hops: number | null): number | null => (hops !== null && hops > r.maxHops ? hops : null);

function pathText(words: Words, r: PathResult): string[] {
  const o = words.features.network.cli.out;
  const target = { kind: r.target.kind, label: r.target.label, matches: r.target.matches, maxHops: r.maxHops };
  if (r.paths.length === 0) {
    const lines = [o.noPath(target)];
    if (r.target.kind !== 'person' && r.nearest.length > 0) {
      lines.push(o.nearestTitle);
      for (const x of r.nearest) lines.push(`  ${x.person.name}${work(x) ? ` (${work(x)})` : ''} · ${o.hopsAway({ hops: x.hops })}  [${x.person.id}]`);
    } else if (r.nearest[0]) {
      lines.push(`  ${o.hopsAway({ hops: r.nearest[0].hops })}`);
    }
    const cold = r.nearest[0];
    if (cold) lines.push(o.cold({ name: cold.person.name, hops: coldHops(r, cold.hops) }));
    return lines;
  }
  const lines = [o.pathsTitle({ ...target, count: r.paths.length })];
  r.paths.forEach((p, i) => {
    const last = p.steps[p.steps.length - 1];
    const chain = [o.you, ...p.steps.map((st) => st.person.name)].join(' → ');
    lines.push(`${String(i + 1)}. ${p.strength.toFixed(2)}  ${chain}${last && work(last) ? ` (${work(last)})` : ''}`);
    for (const st of p.steps) lines.push(`     ${st.strength.toFixed(2)}  ${o.line({ label: st.person.name, value: why(words, st.reasons) })}  [${st.person.id}]`);
  });
  const ask = askText(words, r);
  if (ask) lines.push('', o.firstAsk({ ask }));
  if (r.draft) {
    lines.push('', o.draftTitle({ name: r.draft.person.name, email: r.draft.person.email }), o.subject({ subject: r.draft.subject }), '', r.draft.body);
  }
  return lines;
}

export function networkCommands(program: Command, cli: Cli): void {
  const w = cli.words;
  const f = w.features.network.cli;
  const h = f.help;
  const o = f.out;
  const examples = (cmd: Command, lines: string[]) => cmd.addHelpText('after', `\n${w.cli.examplesTitle}\n${lines.map((e) => `  ${e}`).join('\n')}`);

  examples(program.command('knows').description(h.knows).argument('<a>', h.personA).argument('<b>', h.personB)
    .option('--strength <strength>', h.strength)
    .option('--since <date>', h.since)
    .option('--how <text>', h.how), f.examples.knows)
    .action(async (a: string, b: string, opts: TieInput, cmd: Command) => {
      const { declareTie } = await import('../../app/network.service.js');
      await run(cli, cmd, (ctx) => declareTie(ctx, a, b, opts), (r) => o.tieSaved({
        status: r.status, a: r.a.name, b: r.b.name, strength: r.tie.strength, since: r.tie.since, how: r.tie.how,
      }));
    });

  examples(program.command('unknow').description(h.unknow).argument('<a>', h.personA).argument('<b>', h.personB), f.examples.unknow)
    .action(async (a: string, b: string, _opts: unknown, cmd: Command) => {
      const { removeTie } = await import('../../app/network.service.js');
      await run(cli, cmd, (ctx) => removeTie(ctx, a, b), (r) => o.tieRemoved({ a: r.a.name, b: r.b.name }));
    });

  examples(program.command('ties').description(h.ties).argument('<ref>', h.personA).option('--limit <n>', h.tiesLimit), f.examples.ties)
    .action(async (ref: string, opts: { limit?: string }, cmd: Command) => {
      const { personTies } = await import('../../app/network.service.js');
      const limit = opts.limit === undefined ? 20 : Math.max(1, Number.parseInt(opts.limit, 10) || 20);
      const json = cmd.optsWithGlobals<{ json?: boolean }>().json === true;
      await run(cli, cmd, async (ctx) => {
        const r = await personTies(ctx, ref, limit);
        const tie = (t: { strength: number; reasons: Reason[] }) => ({ strength: round(t.strength), reason: why(w, t.reasons) });
        return json ? { person: r.person, you: r.you && tie(r.you), total: r.total, ties: r.ties.map((t) => ({ person: t.person, ...tie(t) })) } : r;
      }, (res) => {
        const r = res as Awaited<ReturnType<typeof personTies>>;
        if (!r.you && r.ties.length === 0) return o.noTies({ name: r.person.name });
        const lines = [o.tiesTitle({ name: r.person.name, total: r.total })];
        if (r.you) lines.push(`  ${r.you.strength.toFixed(2)}  ${o.line({ label: o.you, value: why(w, r.you.reasons) })}`);
        for (const t of r.ties) lines.push(`  ${t.strength.toFixed(2)}  ${o.line({ label: t.person.name, value: why(w, t.reasons) })}  [${t.person.id}]`);
        if (r.total > r.ties.length) lines.push(o.tiesMore({ count: r.total - r.ties.length }));
        return lines;
      });
    });

  examples(program.command('path').description(h.path).argument('<target>', h.target)
    .option('--k <n>', h.k)
    .option('--max-hops <n>', h.maxHops)
    .option('--draft', h.draft), f.examples.path)
    .action(async (target: string, opts: { k?: string; maxHops?: string; draft?: boolean }, cmd: Command) => {
      const { findPaths } = await import('../../app/network.service.js');
      const json = cmd.optsWithGlobals<{ json?: boolean }>().json === true;
      await run(cli, cmd, async (ctx, config) => {
        const r = await findPaths(ctx, target, {
          ...(opts.k !== undefined ? { k: opts.k } : {}),
          ...(opts.maxHops !== undefined ? { maxHops: opts.maxHops } : {}),
          ...(opts.draft ? { draft: { lang: config.lang } } : {}),
        });
        return json ? pathJson(w, r) : r;
      }, (r) => pathText(w, r as PathResult));
    });

  examples(program.command('reach').description(h.reach).option('--limit <n>', h.reachLimit), f.examples.reach)
    .action(async (opts: { limit?: string }, cmd: Command) => {
      const { reach } = await import('../../app/network.service.js');
      const limit = opts.limit === undefined ? 10 : Math.max(1, Number.parseInt(opts.limit, 10) || 10);
      await run(cli, cmd, (ctx) => reach(ctx, { limit }), (r) => {
        const lines = [o.reachTitle({ people: r.people }), o.reachHops({ one: r.hops[0], two: r.hops[1], three: r.hops[2] })];
        if (r.secondDegree.byOrganization.length > 0) {
          lines.push('', o.byOrgTitle, ...r.secondDegree.byOrganization.map((x) => `  ${o.line({ label: x.organization, value: x.count })}`));
        }
        if (r.secondDegree.byCircle.length > 0) {
          lines.push('', o.byCircleTitle, ...r.secondDegree.byCircle.map((x) => `  ${o.line({ label: o.circle[x.circle] ?? x.circle, value: x.count })}`));
        }
        lines.push('');
        if (r.bridges.length === 0) lines.push(o.noBridges);
        else {
          lines.push(o.bridgesTitle, ...r.bridges.map((b) => `  ${o.bridgeLine({ name: b.person.name, id: b.person.id, unique: b.unique, reach: b.reach, orgs: b.organizations.join(', ') })}`));
          lines.push(o.tendBridges);
        }
        return lines;
      });
    });
}
