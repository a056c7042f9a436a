/** Error codes of ties and warm paths. */
export type NetworkErrorCode =
  | 'tie.self';
