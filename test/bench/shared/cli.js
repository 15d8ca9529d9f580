// What every benchmark reads from its command line and how it reports progress.

/**
 * `--name value` pairs, and `--flag` alone (or before another option) as 'true'.
 * @returns {Record<string, string>}
 */
export function parseArgs(argv = process.argv.slice(2)) {
	return Object.fromEntries(
		argv.flatMap((a, i, all) =>
			a.startsWith('--') ? [[a.slice(2), all[i + 1]?.startsWith('--') ? 'true' : (all[i + 1] ?? 'true')]] : []
		)
	);
}

/** A progress line on stderr, so stdout holds only the results. @param {...unknown} a */
export const log = (...a) => console.error('·', ...a);

/** @param {number} ms */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
