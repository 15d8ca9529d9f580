// The board's three docs on the wire: each synced with the server (y-websocket) and kept in the browser
// (y-indexeddb) so offline edits survive and merge on reconnect. Says how the connection is ("live" means
// connected and caught up with the server, not merely connected) and when the server ended it.
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { boardDocName, controlDocName, mineDocName, type BoardDoc, type ControlDoc, type MineDoc } from '../doc';

/** `full`: the server refused a change because the board reached its size cap (close code 4413). */
export type ConnectionState = 'connecting' | 'connected' | 'offline' | 'removed' | 'full';

export interface ConnectionOptions {
	url?: string;
	persist?: boolean;
	/** the WebSocket class (outside a browser: one that carries the session cookie, as the tests do) */
	WebSocketPolyfill?: typeof WebSocket;
	/** a screen that only watches (the projector view): without the person's private doc (notes not yet revealed) */
	watching?: boolean;
}

interface Host {
	state: ConnectionState;
	synced: boolean;
	/** the control doc (the board's mode: anonymous, locked, phase) has been known at least once */
	controlKnown: boolean;
	/** the shared doc holds the board: synced with the server, or read from this browser's copy */
	onBoardLoaded(): void;
	/** live: the shared doc caught up with the server and the board's mode is known (first time and after every reconnect) */
	onSynced(): void;
	/** someone's presence changed */
	onPeers(): void;
}

export class BoardConnection {
	readonly providers: WebsocketProvider[] = [];
	private readonly stores: IndexeddbPersistence[] = [];
	private readonly cleanup: (() => void)[] = [];
	private persistTimer: ReturnType<typeof setTimeout> | undefined;
	private destroyed = false;

	constructor(
		host: Host,
		docs: { boardId: string; participantId: string; board: BoardDoc; control: ControlDoc; mine: MineDoc },
		options: ConnectionOptions
	) {
		const { boardId, participantId } = docs;
		const url = options.url ?? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
		const socket = {
			maxBackoffTime: 2000,
			...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill, disableBc: true } : {})
		};
		const names = [boardDocName(boardId), controlDocName(boardId), mineDocName(boardId, participantId)];
		const main = new WebsocketProvider(url, names[0], docs.board.doc, socket);
		const ctl = new WebsocketProvider(url, names[1], docs.control.doc, socket);
		// A projected screen never loads the facilitator's private doc: their notes not yet revealed stay off the wall.
		const own = options.watching ? null : new WebsocketProvider(url, names[2], docs.mine.doc, socket);
		// Only the board's awareness carries presence; the others would announce an empty participant.
		ctl.awareness.setLocalState(null);
		own?.awareness.setLocalState(null);
		this.providers.push(main, ...(own ? [own] : []), ctl);
		// The browser copy starts once the board is live (or after two seconds without a connection): writing a
		// 500-note board into IndexedDB at once would compete with the first render for the main thread.
		const persist = () => {
			clearTimeout(this.persistTimer);
			if (this.stores.length || this.destroyed || options.persist === false || options.watching) return;
			if (typeof indexedDB === 'undefined') return;
			const all = [docs.board.doc, docs.control.doc, docs.mine.doc];
			names.forEach((name, i) => this.stores.push(new IndexeddbPersistence(`samspil-${name}`, all[i])));
			// Offline, this browser's copy of a big board stands in for the server's, if it held anything (not an edit
			// that reached the doc from the socket before the board had synced).
			const store = this.stores[0];
			let stored = false;
			const fromStore = (_: Uint8Array, origin: unknown) => (stored ||= origin === store);
			docs.board.doc.on('update', fromStore);
			void store.whenSynced.then(() => {
				docs.board.doc.off('update', fromStore);
				if (!this.destroyed && stored) host.onBoardLoaded();
			});
		};
		this.persistTimer = setTimeout(persist, 2000);
		main.once('sync', () => setTimeout(persist, 0));
		const ended = () => host.state === 'removed' || host.state === 'full';
		// Live once the board is synced and its mode known (a person may then write).
		const settle = () => {
			if (!main.synced || !main.wsconnected || !host.controlKnown || ended() || host.state === 'connected') return;
			host.state = 'connected';
			host.onSynced();
		};
		main.on('status', ({ status }) => {
			if (ended()) return;
			if (status !== 'connected')
				host.state = typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'connecting';
			else settle();
		});
		ctl.on('sync', (s: boolean) => {
			if (!s) return;
			host.controlKnown = true;
			settle();
		});
		main.on('sync', (s: boolean) => {
			if (s && !host.synced) performance.mark('samspil:board-synced');
			if (s) host.onBoardLoaded();
			host.synced = s;
			if (s) settle();
		});
		// 4401/4403 from the server: access ended (guest removed, session closed, board deleted). 4413: the
		// board (or my private doc) reached its size cap and my latest change was refused; the server keeps
		// what it had, and reconnecting would only send the same change again.
		const closed = ({ code }: { code: number }) => {
			host.state = code === 4413 ? 'full' : 'removed';
			for (const p of this.providers) p.disconnect();
		};
		main.on('closed', closed);
		own?.on('closed', closed);
		const offline = () => {
			for (const p of this.providers) p.disconnect();
			if (!ended()) host.state = 'offline';
		};
		const online = () => {
			if (!ended()) for (const p of this.providers) p.connect();
		};
		if (typeof window !== 'undefined') {
			window.addEventListener('offline', offline);
			window.addEventListener('online', online);
			this.cleanup.push(
				() => window.removeEventListener('offline', offline),
				() => window.removeEventListener('online', online)
			);
		}
		main.awareness.on('change', () => host.onPeers());
	}

	get awareness() {
		return this.providers[0]?.awareness;
	}

	destroy() {
		this.destroyed = true;
		clearTimeout(this.persistTimer);
		for (const fn of this.cleanup) fn();
		for (const p of this.providers) p.destroy();
		for (const s of this.stores) void s.destroy();
	}
}
