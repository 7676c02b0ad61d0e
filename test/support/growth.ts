// Linear-time checks without timing limits: how much longer a step takes on an
// input ten times bigger, from one run of the test. About 10 when the time is
// linear, 100 when it is quadratic; machines here are shared and noisy, so tests
// compare this ratio with a generous bound instead of a time with a limit.

/** Best of three runs of `step` on `make(n * 10)` over the same on `make(n)`; `step` returns its own time in ms. */
export function growthOfTen(make: (n: number) => string, n: number, step: (text: string) => number): number {
  const best = (text: string): number => Math.min(step(text), step(text), step(text));
  const small = make(n);
  const big = make(n * 10);
  best(small); // compiled before it is timed
  return best(big) / best(small);
}

/** The time `run` takes, in ms. */
export function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
