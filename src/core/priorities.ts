/**
 * Moves `id` to `rank` (1-based) in a ranked list, or out of it when rank is null, and
 * returns the new order. Ranks stay contiguous: the others shift to make room.
 */
export function rerank(order: readonly string[], id: string, rank: number | null): string[] {
  const rest = order.filter((x) => x !== id);
  if (rank === null) return rest;
  const at = Math.max(0, Math.min(rank - 1, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
