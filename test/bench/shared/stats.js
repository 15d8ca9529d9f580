// Summaries of timings, the same way in every benchmark.

/**
 * The `q` quantile (0–1) of an ascending list; NaN for an empty one.
 * @param {number[]} sorted
 * @param {number} q
 */
export const percentile = (sorted, q) =>
	sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;

/**
 * The middle value (the upper one of an even-length list).
 * @param {number[]} values
 */
export const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
