// Which items of a list did not move: the longest run of them still in their old order. Undo (an
// edit moved the fewest points) and the desk (a shared book reordered with the fewest moves) both ask.

/** The positions, in order, of the longest strictly increasing run of `ranks` (O(n log n)). */
export function longestIncreasing(ranks: readonly number[]): number[] {
  const tails: number[] = [];
  const prev: number[] = new Array(ranks.length).fill(-1);
  ranks.forEach((r, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ranks[tails[mid] as number] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const out: number[] = [];
  for (let i = tails.at(-1) ?? -1; i !== -1; i = prev[i] as number) out.unshift(i);
  return out;
}
