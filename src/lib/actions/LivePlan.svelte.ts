// The plan's live document in the browser: a read-only y-websocket connection to `live/actions/<team>`
// whose cards replace the server-rendered ones once synced. Plain $state fields keep components simple.
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { liveDocName, observeCards, readCards, type PlanCard } from './live';

export class LivePlan {
	cards = $state<PlanCard[]>([]);
	/** true once the document has synced with the server at least once */
	live = $state(false);
	connected = $state(false);
	#doc = new Y.Doc();
	#provider: WebsocketProvider | null = null;
	#stop: (() => void) | null = null;

	constructor(initial: PlanCard[]) {
		this.cards = initial;
	}

	connect(teamId: string) {
		const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
		this.#provider = new WebsocketProvider(`${scheme}//${location.host}/sync`, liveDocName(teamId), this.#doc, {
			disableBc: true
		});
		this.#provider.on('status', (e: { status: string }) => (this.connected = e.status === 'connected'));
		this.#provider.on('sync', (synced: boolean) => {
			if (!synced) return;
			this.live = true;
			this.cards = readCards(this.#doc);
		});
		this.#stop = observeCards(this.#doc, () => {
			if (this.live) this.cards = readCards(this.#doc);
		});
	}

	/** Shows a move at once; the live document confirms (or corrects) it a moment later. */
	moveLocally(id: string, status: PlanCard['status']) {
		const max = Math.max(0, ...this.cards.filter((c) => c.status === status).map((c) => c.position));
		this.cards = this.cards.map((c) => (c.id === id ? { ...c, status, position: max + 1 } : c));
	}

	destroy() {
		this.#stop?.();
		this.#provider?.destroy();
		this.#doc.destroy();
	}
}
