// What a page keeps in IndexedDB, read without the app's code.
import type { Page } from '@playwright/test';

/**
 * Every record of one object store, in key order; none while the database or the store does not exist yet. The read
 * never creates the database (opening a missing one would, and the app would then find an empty database without
 * its stores), and it closes its connection (an open one would hold up the app's deleting the database).
 */
export function storedRecords<T = unknown>(page: Page, database: string, store: string): Promise<T[]> {
	return page.evaluate(
		([database, store]) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open(database);
				open.onupgradeneeded = () => open.transaction!.abort();
				open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains(store)) {
						db.close();
						return resolve([]);
					}
					const all = db.transaction(store).objectStore(store).getAll();
					all.onsuccess = () => {
						db.close();
						resolve(all.result as T[]);
					};
					all.onerror = () => reject(all.error);
				};
			}),
		[database, store] as const
	);
}
