import { rm } from 'node:fs/promises';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { exportJson, importJson } from '../../app/backup.service.js';
import { exportVcards, parseVcardVersion } from '../../app/exports.service.js';
import type { ImportSummary } from '../../app/imports.service.js';
import type { Words } from '../../i18n/i18n.js';
import type { ServerState } from '../app.js';
import { fileRoute, route, z } from '../api.js';
import type { ServerEnv } from '../env.js';
import type { ImportJob } from '../jobs.js';
import { saveUpload } from '../jobs.js';
import { throughTempFile } from '../temp-file.js';
import { calendarText } from './calendar.js';

const ImportQuery = z.object({
  kind: z.enum(['linkedin', 'vcard', 'csv']), name: z.string().optional(), dryRun: z.enum(['0', '1']).optional(),
  format: z.enum(['linkedin', 'google', 'outlook', 'generic']).optional(), map: z.string().optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/).optional(), photos: z.enum(['keep', 'drop']).optional(),
});

const RAW = { body: { content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } } };

/** Replaces the temporary copy's path with the user's file name wherever the summary names a file. */
function named(summary: ImportSummary, job: ImportJob): ImportSummary {
  const rename = (file: string) => file.split(job.path).join(job.name);
  return {
    ...summary,
    files: summary.files.map((f) => ({ ...f, file: rename(f.file) })),
    actions: summary.actions.map((a) => ({ ...a, at: { ...a.at, file: rename(a.at.file) } })),
    rejections: summary.rejections.map((r) => ({ ...r, at: { ...r.at, file: rename(r.at.file) } })),
  };
}

/** A job as the UI polls it: a summary with each rejection's reason in words. */
function jobJson(w: Words, job: ImportJob) {
  const summary = job.summary && named(job.summary, job);
  return {
    id: job.id, name: job.name, state: job.state, progress: job.progress,
    ...(summary ? { summary: { ...summary, rejections: summary.rejections.map((r) => ({ ...r, reason: w.error(r.code, { ...r.data, ...r.at }) })) } } : {}),
    ...(job.error ? { error: { code: job.error.code, message: w.error(job.error.code, { ...job.error.data, file: job.name }) } } : {}),
  };
}

const download = (bytes: Buffer, type: string, name: string) => new Response(new Uint8Array(bytes), {
  headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' },
});

/** Imports as jobs polled by the UI, backups, and exports as downloads. */
export function importRoutes(app: OpenAPIHono<ServerEnv>, state: ServerState): void {
  app.openapi(route('post', '/imports', 'Starts importing the file in the body (LinkedIn zip or CSV, vCard, CSV); poll the job', { query: ImportQuery, ...RAW }, 'imports'), async (c) => {
    const q = c.req.valid('query');
    const upload = await saveUpload(c.req.raw.body, q.name);
    const job = state.jobs.start(c.get('ctx'), {
      kind: q.kind, dryRun: q.dryRun === '1', keepPhotos: q.photos !== 'drop',
      ...(q.format ? { format: q.format } : {}), ...(q.map ? { map: q.map } : {}), ...(q.country ? { country: q.country.toUpperCase() } : {}),
    }, upload);
    return c.json({ jobId: job.id });
  });

  app.openapi(route('get', '/imports/{jobId}', 'An import job: its state, progress, and summary once done', {
    params: z.object({ jobId: z.string() }),
  }, 'imports'), (c) => c.json(jobJson(c.get('words'), state.jobs.get(c.req.valid('param').jobId))));

  app.openapi(route('post', '/backup', 'Restores a JSON backup (the body) into an empty database', RAW, 'imports'), async (c) => {
    const upload = await saveUpload(c.req.raw.body, 'backup.json');
    try {
      return c.json({ restored: await importJson(c.get('ctx'), upload.path) });
    } finally {
      await rm(upload.dir, { recursive: true, force: true });
    }
  });

  app.openapi(fileRoute('/export/backup.json', 'A full, lossless JSON backup, as a download', {}, 'application/json', 'exports'), async (c) => {
    const ctx = c.get('ctx');
    return download(await throughTempFile('backup.json', (file) => exportJson(ctx, file)), 'application/json; charset=utf-8', `maillon-${ctx.today}.json`);
  });

  app.openapi(fileRoute('/export/contacts.vcf', 'Everyone as vCards, as a download', {
    query: z.object({ version: z.string().optional() }),
  }, 'text/vcard', 'exports'), async (c) => {
    const ctx = c.get('ctx');
    const version = parseVcardVersion(c.req.valid('query').version);
    return download(await throughTempFile('contacts.vcf', (file) => exportVcards(ctx, file, version)), 'text/vcard; charset=utf-8', 'maillon-contacts.vcf');
  });

  app.openapi(fileRoute('/export/agenda.ics', 'The agenda of the next days as iCalendar, as a download', {
    query: z.object({ days: z.string().optional() }),
  }, 'text/calendar', 'exports'), async (c) => {
    return download(await calendarText(c.get('ctx'), c.get('words'), c.req.valid('query').days), 'text/calendar; charset=utf-8', 'maillon-agenda.ics');
  });
}
