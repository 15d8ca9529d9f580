// A server-authored live document followed read-only in the browser (a team's plan, a round's live results,
// a team's learning view, the notification bell): the stock y-websocket provider on the app's own /sync, and
// `value` read again from the document whenever it changes once it has synced. Until then, or without
// JavaScript, the value the page was rendered with stands. Nothing here writes to the document.
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';

export type LiveStatus = 'connecting' | 'connected' | 'offline';

export function syncUrl(): string {
	return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

export class LiveDoc<T> {
	value = $state() as T;
	status = $state<LiveStatus>('connecting');
	/** true once the document has synced with the server at least once */
	synced = $state(false);
	#doc = new Y.Doc();
	#provider: WebsocketProvider;

	/** `read` returns null while the document holds nothing usable (the page's value then stays). */
	constructor(name: string, initial: T, read: (doc: Y.Doc) => T | null) {
		this.value = initial;
		const update = () => {
			const next = read(this.#doc);
			if (next !== null) this.value = next;
		};
		this.#provider = new WebsocketProvider(syncUrl(), name, this.#doc, { disableBc: true });
		this.#provider.on('status', ({ status }: { status: string }) => {
			this.status = status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline';
		});
		this.#provider.on('sync', (synced: boolean) => {
			if (!synced) return;
			this.synced = true;
			update();
		});
		this.#doc.on('update', () => {
			if (this.synced) update();
		});
	}

	destroy() {
		this.#provider.destroy();
		this.#doc.destroy();
	}
}
