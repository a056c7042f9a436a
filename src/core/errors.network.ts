/** Error codes of ties and warm paths. */
export type NetworkErrorCode =
  | 'tie.self'
  | 'tie.bad_strength'
  | 'tie.not_found'
  | 'path.empty_target'
  | 'path.no_match'
  | 'path.unknown_org'
  | 'path.ambiguous_org'
  | 'path.nobody_now';
