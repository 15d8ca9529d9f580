// What other clients may see of a client's presence (its awareness state), per document type. A module
// registers a filter for its documents (`registerAwarenessFilter('board', …)`); the room keeps each state as
// the client sent it and passes it through the filter whenever it tells other clients about it (broadcasts
// and the snapshot a newcomer gets), so what leaves the server follows the module's rules whatever a client
// sends. Other instances get states unfiltered and filter for their own clients.

/** Returns what others may see of `state` on `docName` (never null: a removal is not the filter's to make). */
export type AwarenessFilter = (state: unknown, docName: string) => unknown;

const filters = new Map<string, AwarenessFilter>();

/** Filters presence on `<prefix>/...`; the longest registered prefix wins. Returns the unregister function. */
export function registerAwarenessFilter(prefix: string, filter: AwarenessFilter): () => void {
	const key = prefix.replace(/^\/+|\/+$/g, '');
	if (!key) throw new Error('an awareness filter needs a prefix');
	filters.set(key, filter);
	return () => {
		if (filters.get(key) === filter) filters.delete(key);
	};
}

export function awarenessFilterFor(docName: string): AwarenessFilter | undefined {
	if (filters.size === 0) return undefined;
	const segments = docName.split('/');
	for (let i = segments.length - 1; i >= 1; i--) {
		const filter = filters.get(segments.slice(0, i).join('/'));
		if (filter) return filter;
	}
	return undefined;
}
