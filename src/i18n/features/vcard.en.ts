/** English words of the vcard reader: why a record was rejected (error codes 'vcard.*'). vcard.fr.ts mirrors every key. */
import { s, type Feature, type Values as V } from './feature.js';

const kinds: Record<string, string> = { group: 'a group', location: 'a place' };

export const vcardEn = {
  reason: {},
  error: {
    'vcard.no_end': () => 'This card has no END:VCARD (the file is cut short, or the next card begins inside it); it was not imported.',
    'vcard.no_name': (v: V) => `No name in this card: no FN, N, nickname, organization or email${v.sample ? ` (it holds: ${s(v.sample)})` : ''}: nothing to call this person by.`,
    'vcard.not_person': (v: V) => `This card describes ${kinds[s(v.kind)] ?? s(v.kind)} (KIND:${s(v.kind)}), not a person; it was skipped.`,
    'vcard.outside_card': (v: V) => `Text outside any card${v.sample ? ` ("${s(v.sample)}")` : ''}: a card starts with BEGIN:VCARD and ends with END:VCARD; this text was skipped.`,
    'vcard.too_long': (v: V) => `This card is larger than ${s(v.megabytes)} MB (probably a missing END:VCARD); it was skipped.`,
  },
  kind: {},
  cli: {},
} satisfies Feature;
