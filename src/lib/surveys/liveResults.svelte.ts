// The live results page's binding: the round's server-authored document over y-websocket, read-only.
// Components read `snapshot` and `state`; nothing here ever writes to the document.
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { liveDocName, readLiveSnapshot, type LiveSnapshot } from './live';

export type LiveConnection = 'connecting' | 'connected' | 'offline';

export class LiveResults {
	snapshot = $state<LiveSnapshot | null>(null);
	state = $state<LiveConnection>('connecting');
	#doc = new Y.Doc();
	#provider: WebsocketProvider;

	constructor(roundId: string, initial: LiveSnapshot | null) {
		this.snapshot = initial;
		const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
		this.#provider = new WebsocketProvider(`${protocol}//${location.host}/sync`, liveDocName(roundId), this.#doc, {
			disableBc: true
		});
		this.#provider.on('status', ({ status }: { status: string }) => {
			this.state = status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline';
		});
		const read = () => {
			const next = readLiveSnapshot(this.#doc);
			if (next) this.snapshot = next;
		};
		this.#doc.getMap('live').observe(read);
		read();
	}

	destroy() {
		this.#provider.destroy();
		this.#doc.destroy();
	}
}
