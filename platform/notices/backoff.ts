/**
 * When to try a notice again after its `attempt`-th failure: base·2^(attempt−1), capped at `maxMs`, with "equal
 * jitter" (between half of that and all of it) so notices that failed together (the SMTP server was down) do not
 * all come back in the same second.
 */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random) {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
