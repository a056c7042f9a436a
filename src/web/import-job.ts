// Runs an import as the server offers it: upload the file, then poll the job until it ends.
import { api } from './api';
import type { ImportJob } from './types';

export type ImportKind = 'linkedin' | 'vcard' | 'csv';

/** The kind a file's name suggests; the user can change it before the preview. */
export function kindOf(name: string): ImportKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.vcf') || lower.endsWith('.vcard')) return 'vcard';
  if (lower.endsWith('.zip') || lower.includes('connections')) return 'linkedin';
  return 'csv';
}

const POLL_MS = 250;

/**
 * Uploads the file and polls its job, reporting progress, until it is done or failed.
 * `signal` stops the polling (the user left the page); the server finishes the job anyway.
 */
export async function runImport(file: File, kind: ImportKind, dryRun: boolean, onProgress: (job: ImportJob) => void, signal: AbortSignal): Promise<ImportJob> {
  const { jobId } = await api.upload<{ jobId: string }>('/imports', file, { kind, name: file.name, dryRun: dryRun ? 1 : undefined });
  for (;;) {
    const job = await api.get<ImportJob>(`/imports/${encodeURIComponent(jobId)}`);
    if (job.state !== 'running' || signal.aborted) return job;
    onProgress(job);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
