import type { Db } from './store.js';
import { chunks, insertMany } from './batch.js';

export interface Photo { mediaType: string; data: string }

/** People who already have a photo, among these. */
export async function withPhotos(db: Db, personIds: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks([...personIds])) {
    for (const r of await db.selectFrom('person_photo').select('person_id').where('person_id', 'in', part).execute()) found.add(r.person_id);
  }
  return found;
}

/** Keeps photos for people who have none yet. */
export async function insertPhotos(db: Db, photos: ReadonlyMap<string, Photo>): Promise<void> {
  await insertMany(db, 'person_photo', [...photos].map(([personId, p]) => ({ person_id: personId, media_type: p.mediaType, data: p.data })));
}

export async function photosOf(db: Db, personIds: readonly string[]): Promise<Map<string, Photo>> {
  const out = new Map<string, Photo>();
  for (const part of chunks([...personIds])) {
    const rows = await db.selectFrom('person_photo').selectAll().where('person_id', 'in', part).execute();
    for (const r of rows) out.set(r.person_id, { mediaType: r.media_type, data: r.data });
  }
  return out;
}
