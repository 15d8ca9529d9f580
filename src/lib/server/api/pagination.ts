// Lists in the API come in pages: `limit` (1–200, default 50) and an opaque `cursor` from the previous page's
// `next`. The list is the owning module's answer, in its own order; the cursor is the last id a page held, so a
// record added or removed between two pages shifts nothing already read.
export interface Page<T> {
	data: T[];
	/** pass as `cursor` for the next page; null on the last */
	next: string | null;
}

export const MAX_LIMIT = 200;
const DEFAULT_LIMIT = 50;

export class BadQuery extends Error {}

export function readLimit(query: URLSearchParams): number {
	const raw = query.get('limit');
	if (raw === null) return DEFAULT_LIMIT;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT)
		throw new BadQuery(`limit must be an integer from 1 to ${MAX_LIMIT}`);
	return n;
}

export function paginate<T extends { id: string }>(items: T[], query: URLSearchParams): Page<T> {
	const limit = readLimit(query);
	const cursor = query.get('cursor');
	let start = 0;
	if (cursor !== null) {
		const after = items.findIndex((i) => i.id === cursor);
		if (after < 0) throw new BadQuery('cursor is not from this list (or its record is gone): start again');
		start = after + 1;
	}
	const data = items.slice(start, start + limit);
	return { data, next: start + limit < items.length ? data[data.length - 1].id : null };
}
