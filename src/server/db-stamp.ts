import { statSync } from 'node:fs';

/**
 * A cheap sign that a SQLite database changed, whoever changed it: every commit appends to its
 * write-ahead log, and a checkpoint rewrites the file, so their sizes and times move. Two stat
 * calls cost microseconds; a query would cost more than the cached answer it guards.
 * PostgreSQL has no such file: there, cached answers only expire with time.
 */
export function dbStamp(location: string): () => string {
  if (isPostgresLocation(location)) return () => '';
  const stamp = (file: string) => {
    const s = statSync(file, { throwIfNoEntry: false });
    return s ? `${String(s.mtimeMs)}:${String(s.size)}` : '-';
  };
  return () => `${stamp(location)}|${stamp(`${location}-wal`)}`;
}

export const isPostgresLocation = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);
