/**
 * A file name made from a title or several parts: letters and digits kept (æøå too), the rest joined by dashes;
 * `fallback` when nothing is left. The download header spells it out for browsers that want ASCII.
 */
export function fileNameOf(parts: string | string[], fallback: string): string {
	return (
		[parts]
			.flat()
			.join('-')
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 80) || fallback
	);
}
