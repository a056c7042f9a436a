import type { Command } from 'commander';
import type { DuplicatePair, MergeResult } from '../../app/merge.service.js';
import type { Evidence } from '../../core/matching.js';
import { parseWhole } from '../../core/validate.js';
import type { Words } from '../../i18n/i18n.js';
import { run, type Cli } from '../io.js';

// The merge service brings phone-number metadata. Like every command's service, it is
// loaded only when its command runs (see main.ts).
const service = () => import('../../app/merge.service.js');

type Out = Words['features']['merge']['cli']['out'];

export function evidenceText(o: Out, e: Evidence): string {
  const say = o.evidence[e.kind];
  return say ? say({ ...e }) : e.kind;
}

function pairText(o: Out, sep: string, p: DuplicatePair, n: number): string[] {
  return [
    `${String(n)}. ${o.person({ ...p.a })}  ⇄  ${o.person({ ...p.b })}`,
    `   ${o.why({ confidence: p.confidence, decision: p.decision, evidence: p.evidence.map((e) => evidenceText(o, e)).join(sep) })}`,
    `   ${p.command}`,
  ];
}

function mergeText(o: Out, sep: string, r: MergeResult): string[] {
  const names = { survivor: r.survivor.name, survivorId: r.survivor.id, merged: r.merged.name, mergedId: r.merged.id };
  const lines = [r.dryRun ? o.wouldMerge(names) : o.merged(names)];
  const m = r.moved;
  const say = (key: string, n: number) => o.count[key]?.(n) ?? `${String(n)} ${key}`;
  const moved: string[] = [];
  if (m.exchanges > 0) moved.push(say('exchanges', m.exchanges) + (m.sharedExchanges > 0 ? ` (${say('sharedExchanges', m.sharedExchanges)})` : ''));
  for (const key of ['prompts', 'milestones', 'favours', 'introductions', 'asks', 'shares', 'opportunities', 'introduced', 'ties'] as const) {
    if (m[key] > 0) moved.push(say(key, m[key]));
  }
  lines.push(moved.length > 0 ? o.moved({ list: moved.join(sep) }) : o.movedNothing);
  const added = (['emails', 'phones', 'positions', 'labels'] as const).filter((k) => m[k] > 0).map((k) => say(k, m[k]));
  if (added.length > 0) lines.push(o.added({ name: r.survivor.name, list: added.join(sep) }));
  if (m.droppedPrompts > 0) lines.push(o.dropped({ count: m.droppedPrompts, name: r.survivor.name }));
  if (m.photo === 'moved') lines.push(o.photoMoved);
  if (m.photo === 'dropped') lines.push(o.photoDropped({ name: r.survivor.name }));
  if (r.keptInNotes.length > 0) lines.push(o.kept({ list: r.keptInNotes.map((k) => `${o.field[k.field] ?? k.field} ${k.value}`).join('; ') }));
  if (r.recordId) lines.push(o.recorded({ id: r.recordId }));
  return lines;
}

/** Commands of the merge feature: duplicates and merge. */
export function mergeCommands(program: Command, cli: Cli): void {
  const f = cli.words.features.merge.cli;
  const h = f.help;
  const o = f.out;
  const sep = cli.words.cli.out.separator;
  const examples = (cmd: Command, lines: string[]) => cmd.addHelpText('after', `\n${cli.words.cli.examplesTitle}\n${lines.map((e) => `  ${e}`).join('\n')}`);

  examples(program.command('duplicates').description(h.duplicates)
    .option('--limit <n>', h.limit)
    .option('--min-confidence <x>', h.minConfidence), f.examples.duplicates)
    .action(async (opts: { limit?: string; minConfidence?: string }, cmd: Command) => {
      const limit = opts.limit === undefined ? 50 : parseWhole(opts.limit, 'limit', 1, 100_000);
      let min = 0.5;
      let more = false;
      await run(cli, cmd, async (ctx) => {
        const { duplicates, parseConfidence } = await service();
        if (opts.minConfidence !== undefined) min = parseConfidence(opts.minConfidence);
        // One more than shown tells whether more pairs follow.
        const pairs = await duplicates(ctx, { limit: limit + 1, minConfidence: min });
        more = pairs.length > limit;
        return pairs.slice(0, limit);
      }, (pairs) => {
        if (pairs.length === 0) return o.none({ min });
        const lines = [o.header({ count: pairs.length }), ''];
        pairs.forEach((p, i) => lines.push(...pairText(o, sep, p, i + 1), ''));
        if (more) lines.push(o.more);
        else lines.pop();
        return lines;
      });
    });

  examples(program.command('merge').description(h.merge)
    .argument('<A>', h.refA)
    .argument('<B>', h.refB)
    .option('--dry-run', h.dryRun), f.examples.merge)
    .action(async (a: string, b: string, opts: { dryRun?: boolean }, cmd: Command) => {
      await run(cli, cmd, async (ctx) => (await service()).merge(ctx, a, b, { dryRun: opts.dryRun === true }), (r) => mergeText(o, sep, r));
    });
}
