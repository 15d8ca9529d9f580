// The bell's live count in the browser: a read-only y-websocket connection to the person's own
// `live/notifications/<org>/<user>` document. Until it has synced (or without JavaScript) the count the page
// was rendered with stands.
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { observeUnread, readUnread } from './bell';

export class LiveBell {
	/** the server's latest count; null until the document has one */
	unread = $state<number | null>(null);
	#doc = new Y.Doc();
	#provider: WebsocketProvider;
	#stop: () => void;

	constructor(docName: string) {
		const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
		this.#provider = new WebsocketProvider(`${scheme}//${location.host}/sync`, docName, this.#doc, {
			disableBc: true
		});
		this.#provider.on('sync', (synced: boolean) => {
			if (synced) this.unread = readUnread(this.#doc);
		});
		this.#stop = observeUnread(this.#doc, () => (this.unread = readUnread(this.#doc)));
	}

	destroy() {
		this.#stop();
		this.#provider.destroy();
		this.#doc.destroy();
	}
}
