/** Error codes of duplicates and merges. */
export type MergeErrorCode =
  | 'merge.same_person'
  | 'merge.bad_confidence';
