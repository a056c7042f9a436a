import { Option, type Command } from 'commander';
import type { ImportAction, ImportRequest, ImportSummary, Progress } from '../../app/imports.service.js';
import type { ImportKind } from '../../app/imports/sources.js';
import type { SourcePlace } from '../../core/incoming.js';
import type { Evidence } from '../../core/matching.js';
import { run, type Cli } from '../io.js';

// Text output lists at most this many lines per group; --json has everything.
const SHOWN = 50;

interface ImportOptions { dryRun?: boolean; photos?: string; format?: string; map?: string; country?: string }

/** `import linkedin|vcard|csv` and `export vcard|ics`, under the `import` and `export` commands. */
export function importCommands(importCmd: Command, exportCmd: Command, cli: Cli): void {
  const w = cli.words.features.imports.cli;
  const h = w.help;
  const examples = (cmd: Command, name: string) => {
    const list = (w.examples as Record<string, readonly string[] | undefined>)[name];
    return list ? cmd.addHelpText('after', `\n${cli.words.cli.examplesTitle}\n${list.map((e) => `  ${e}`).join('\n')}`) : cmd;
  };
  const add = (kind: ImportKind, description: string) => examples(importCmd.command(kind), `import ${kind}`).description(description)
    .argument('<files...>', h.files)
    .option('--dry-run', h.dryRun)
    .option('--country <code>', h.country);
  add('linkedin', h.linkedin).action((files: string[], opts: ImportOptions, cmd: Command) => runImport(cli, cmd, 'linkedin', files, opts));
  add('vcard', h.vcard).option('--photos <keep|drop>', h.photos)
    .action((files: string[], opts: ImportOptions, cmd: Command) => runImport(cli, cmd, 'vcard', files, opts));
  add('csv', h.csv).option('--format <format>', h.format).option('--map <columns>', h.map)
    .action((files: string[], opts: ImportOptions, cmd: Command) => runImport(cli, cmd, 'csv', files, opts));

  // Shown as --version, parsed as --vcard-version: see vcardVersion() in main.ts.
  examples(exportCmd.command('vcard'), 'export vcard').description(h.exportVcard).argument('<file>', h.vcardFile)
    .addOption(new Option('--vcard-version <version>').hideHelp())
    .addHelpText('after', `\n  --version <4.0|3.0>  ${h.version}`)
    .action(async (file: string, opts: { vcardVersion?: string }, cmd: Command) => {
      const { exportVcards, parseVcardVersion } = await import('../../app/exports.service.js');
      const version = parseVcardVersion(opts.vcardVersion);
      await run(cli, cmd, (ctx) => exportVcards(ctx, file, version), (r) => w.out.vcardDone({ ...r }));
    });
  examples(exportCmd.command('ics'), 'export ics').description(h.exportIcs).argument('<file>', h.icsFile).option('--days <n>', h.days)
    .action(async (file: string, opts: { days?: string }, cmd: Command) => {
      const { exportCalendar } = await import('../../app/exports.service.js');
      const words = cli.words;
      const describe = (item: Parameters<Parameters<typeof exportCalendar>[3]>[0]) => ({
        summary: w.out.eventSummary({ kind: words.kind[item.kind] ?? item.kind, name: item.person.name }),
        description: item.reasons.map((r) => words.say(r)).join('\n'),
      });
      await run(cli, cmd, (ctx) => exportCalendar(ctx, file, opts.days, describe, w.out.calendarName), (r) => w.out.icsDone({ ...r }));
    });
}

/** The country of phone numbers without +prefix: the option, else the locale's region (fr_FR → FR). */
function countryOf(cli: Cli, option: string | undefined): string | undefined {
  if (option) return option.toUpperCase();
  const locale = cli.env.LC_ALL ?? cli.env.LC_MESSAGES ?? cli.env.LANG ?? '';
  return /^[a-z]{2,3}[_-]([A-Z]{2})/.exec(locale)?.[1];
}

async function runImport(cli: Cli, cmd: Command, kind: ImportKind, files: string[], opts: ImportOptions): Promise<void> {
  const json = cmd.optsWithGlobals<{ json?: boolean }>().json === true;
  const country = countryOf(cli, opts.country);
  const request: ImportRequest = {
    kind, files, dryRun: opts.dryRun === true, keepPhotos: opts.photos !== 'drop',
    ...(opts.format ? { format: opts.format as NonNullable<ImportRequest['format']> } : {}),
    ...(opts.map === undefined ? {} : { map: opts.map }),
    ...(country ? { country } : {}),
  };
  const { importContacts } = await import('../../app/imports.service.js');
  const bar = cli.isTTY && !json ? progressBar(cli) : undefined;
  try {
    await run(cli, cmd, (ctx) => importContacts(ctx, request, bar?.update), (summary) => {
      bar?.clear();
      return summaryText(cli, summary);
    });
  } finally {
    bar?.clear();
  }
}

/** One line on stderr, redrawn in place; only on a terminal. */
function progressBar(cli: Cli) {
  const o = cli.words.features.imports.cli.out;
  let shown = false;
  return {
    update: (p: Progress) => {
      process.stderr.write(`\r${o.progress({ file: p.file, percent: Math.round(p.fraction * 100), contacts: p.contacts })}\u001b[K`);
      shown = true;
    },
    clear: () => {
      if (shown) process.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}

function summaryText(cli: Cli, r: ImportSummary): string[] {
  const o = cli.words.features.imports.cli.out;
  const files = r.files.map((f) => f.file).join(', ');
  const total = r.created + r.updated + r.merged + r.skipped + r.rejected;
  const lines = [total === 0 ? o.nothing({ files }) : o.summary({ ...r, files })];
  const at = (p: SourcePlace) => place(cli, p);
  const why = (evidence: readonly Evidence[]) => evidence.filter((e) => e.kind !== 'conflict').map((e) => o.evidence[e.kind]?.({ ...e, score: 'score' in e ? Math.round(e.score * 100) : '' }) ?? e.kind).join(', ');
  const names = (list: readonly { name: string }[]) => list.map((p) => p.name).join(', ');
  if (r.dryRun) {
    for (const group of ['create', 'update', 'merge', 'skip'] as const) {
      const actions = r.actions.filter((a) => a.action === group);
      if (actions.length === 0) continue;
      lines.push(`${o.group[group] ?? group} (${String(actions.length)}):`);
      lines.push(...capped(cli, actions, (a) => o.actionLine({ name: a.person.name, at: at(a.at), detail: detail(cli, a, why) })));
    }
  } else {
    const merges = r.actions.filter((a) => a.merged.length > 0);
    lines.push(...capped(cli, merges, (a) => o.mergedLine({ name: a.person.name, at: at(a.at), others: names(a.merged), why: why(a.evidence) })));
  }
  const moves = r.actions.filter((a) => a.jobChange);
  if (r.jobChanges > 0) {
    lines.push(o.jobChanges({ count: r.jobChanges }));
    const job = (p: { title: string | null; organization: string }) => (p.title ? `${p.title}, ${p.organization}` : p.organization);
    lines.push(...capped(cli, moves, (a) => (a.jobChange ? o.jobChange({ name: a.person.name, to: job(a.jobChange.to), from: job(a.jobChange.from) }) : '')));
  }
  if (r.possibleDuplicates > 0 && !r.dryRun) {
    lines.push(o.possibleDuplicates({ count: r.possibleDuplicates }));
    const alike = r.actions.filter((a) => a.possibleDuplicates.length > 0);
    lines.push(...capped(cli, alike, (a) => o.possibleDuplicate({ name: a.person.name, at: at(a.at), others: names(a.possibleDuplicates) })));
  }
  if (r.rejections.length > 0) {
    lines.push(o.rejectedTitle({ count: r.rejections.length }));
    lines.push(...capped(cli, r.rejections, (x) => o.rejectedLine({ at: at(x.at), why: cli.words.error(x.code, { ...x.data, ...x.at }) })));
  }
  if (r.dryRun) lines.push(o.dryRunNote);
  return lines;
}

function detail(cli: Cli, a: ImportAction, why: (e: readonly Evidence[]) => string): string {
  const o = cli.words.features.imports.cli.out;
  if (a.action === 'create') return a.possibleDuplicates.length > 0 ? o.possibleDuplicate({ name: '', at: '', others: a.possibleDuplicates.map((p) => p.name).join(', ') }).trim() : '';
  const matched = o.matchedBy({ evidence: why(a.evidence) });
  if (a.action === 'skip') return `${o.upToDate}, ${matched}`;
  const merged = a.merged.length > 0 ? `${a.merged.map((p) => p.name).join(', ')} → ${a.person.name}; ` : '';
  return `${merged}${matched}${a.changes.length > 0 ? `; ${o.adds({ changes: a.changes })}` : ''}`;
}

function place(cli: Cli, p: SourcePlace): string {
  const o = cli.words.features.imports.cli.out;
  if (p.row !== undefined) return o.row({ ...p });
  if (p.card !== undefined) return o.card({ ...p });
  return o.line({ ...p });
}

function capped<T>(cli: Cli, items: readonly T[], line: (item: T) => string): string[] {
  const out = items.slice(0, SHOWN).map(line);
  if (items.length > SHOWN) out.push(cli.words.features.imports.cli.out.more({ count: items.length - SHOWN }));
  return out;
}
