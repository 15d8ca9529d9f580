// The board page's live binding: the shared board doc, the server-authored control doc (read-only here:
// phase, timer, tally, progress, follow-me) and the participant's private doc, each synced with the server
// (y-websocket) and kept in the browser (y-indexeddb) so offline edits survive and merge on reconnect.
// Svelte components read the `$state` fields; every change goes through a method here. Facilitation and
// progress go to the server as form posts (`actionUrl`), which writes them into the control doc.
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import {
	LIMITS,
	addComment,
	addDecision,
	addGroup,
	addNote,
	addZone,
	boardDoc,
	boardDocName,
	controlDoc,
	controlDocName,
	entityId,
	listTrash,
	restoreNote,
	trashNote,
	setNoteText,
	startTextDraft,
	type TextDraft,
	dropNote,
	listComments,
	listDecisions,
	listGroups,
	listNotes,
	listQuestions,
	listZones,
	mineDoc,
	mineDocName,
	moveZone,
	readMeta,
	readProgress,
	reorderNote,
	updateEntity,
	voteTotals,
	type BoardDoc,
	type Color,
	type ControlDoc,
	type Comment,
	type Decision,
	type Group,
	type Meta,
	type MineDoc,
	type Note,
	type Progress,
	type Zone
} from './doc';
import { noteOwnerTag } from './ownership';
import { writeUnderThrowawayIds } from './anonymity';
import { listVoteRounds, type VoteRound } from './rounds';

/** `full`: the server refused a change because the board reached its size cap (close code 4413). */
export type ConnectionState = 'connecting' | 'connected' | 'offline' | 'removed' | 'full';

export interface Me {
	id: string;
	name: string;
	facilitator: boolean;
	/** from the server: tags this person's notes so they (and the server) recognise them (ownership.ts) */
	ownerKey?: string;
}

export interface Peer {
	clientId: number;
	id: string;
	name: string;
	color: string;
	facilitator: boolean;
	focus: string | null;
	typing: string | null;
}

/** A note as the page shows it: shared, or still hidden in the participant's own doc. */
export interface ViewNote extends Note {
	hidden: boolean;
}

const PEER_COLORS = ['#b3261e', '#0b57d0', '#146c2e', '#8a4b00', '#6b3fa0', '#00696b'];
/** Origin of this person's own edits: the undo manager tracks only these, so undo never touches others' work. */
const LOCAL = { local: true };

export interface BoardLiveOptions {
	url?: string;
	persist?: boolean;
	initial?: string;
	initialControl?: string;
	actionUrl?: string;
	/** the WebSocket class (outside a browser: one that carries the session cookie, as the tests do) */
	WebSocketPolyfill?: typeof WebSocket;
}

export class BoardLive {
	state = $state<ConnectionState>('connecting');
	synced = $state(false);
	meta = $state<Meta>(readMeta(controlDoc(new Y.Doc())));
	zones = $state<Zone[]>([]);
	notes = $state<ViewNote[]>([]);
	/** deleted notes (facilitators restore them from here) */
	trash = $state<Note[]>([]);
	groups = $state<Group[]>([]);
	comments = $state<Comment[]>([]);
	decisions = $state<Decision[]>([]);
	questions = $state<string[]>([]);
	votes = $state<Map<string, number>>(new Map());
	/** every closed vote round's totals, oldest first */
	voteRounds = $state<VoteRound[]>([]);
	myVotes = $state<Map<string, number>>(new Map());
	progress = $state<Map<string, Progress>>(new Map());
	peers = $state<Peer[]>([]);
	canUndo = $state(false);
	canRedo = $state(false);

	readonly board: BoardDoc;
	readonly control: ControlDoc;
	readonly mine: MineDoc;
	private readonly providers: WebsocketProvider[] = [];
	private readonly stores: IndexeddbPersistence[] = [];
	private readonly undoBoard: Y.UndoManager;
	private readonly undoMine: Y.UndoManager;
	/** which doc each of my undoable steps belongs to, newest last */
	private undoOrder: ('board' | 'mine')[] = [];
	private redoOrder: ('board' | 'mine')[] = [];
	private cleanup: (() => void)[] = [];
	private migrateTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		readonly boardId: string,
		readonly me: Me,
		options: BoardLiveOptions = {}
	) {
		performance.mark('samspil:board-open');
		this.board = boardDoc(new Y.Doc());
		this.control = controlDoc(new Y.Doc());
		this.mine = mineDoc(new Y.Doc());
		this.actionUrl = options.actionUrl ?? '';
		// The server's copy from the page load: the board shows at once, the socket then brings what changed since.
		for (const [doc, initial] of [
			[this.board.doc, options.initial],
			[this.control.doc, options.initialControl]
		] as const) {
			if (!initial) continue;
			try {
				Y.applyUpdate(doc, Uint8Array.from(atob(initial), (c) => c.charCodeAt(0)), 'page');
			} catch {
				/* an unreadable copy only costs the head start */
			}
		}
		const tracked = [this.board.zones, this.board.notes, this.board.groups, this.board.comments, this.board.decisions];
		this.undoBoard = new Y.UndoManager(tracked, { trackedOrigins: new Set([LOCAL]), captureTimeout: 300 });
		this.undoMine = new Y.UndoManager([this.mine.notes, this.mine.votes], { trackedOrigins: new Set([LOCAL]), captureTimeout: 300 });
		for (const [manager, name] of [
			[this.undoBoard, 'board'],
			[this.undoMine, 'mine']
		] as const) {
			manager.on('stack-item-added', ({ type }: { type: 'undo' | 'redo' }) => {
				if (type === 'undo') {
					if (!this.undoing) this.redoOrder = [];
					this.undoOrder.push(name);
				} else this.redoOrder.push(name);
				this.refreshUndo();
			});
			manager.on('stack-item-popped', () => this.refreshUndo());
		}

		// On an anonymous board my changes are written under throwaway client ids, never the one my presence
		// (with my name) is announced under: see anonymity.ts.
		this.cleanup.push(writeUnderThrowawayIds(this.board.doc, () => this.meta.anonymous));

		const onBoard = () => this.readBoard();
		const onControl = () => this.readControl();
		const onMine = () => this.readMine();
		this.board.doc.on('update', onBoard);
		this.control.doc.on('update', onControl);
		this.mine.doc.on('update', onMine);
		this.cleanup.push(
			() => this.board.doc.off('update', onBoard),
			() => this.control.doc.off('update', onControl),
			() => this.mine.doc.off('update', onMine)
		);
		this.readControl();
		this.readBoard();
		this.readMine();
		this.connect(options);
	}

	private connect(options: BoardLiveOptions) {
		const { boardId, me } = this;
		const url = options.url ?? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
		const socket = { maxBackoffTime: 2000, ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill, disableBc: true } : {}) };
		const main = new WebsocketProvider(url, boardDocName(boardId), this.board.doc, socket);
		const ctl = new WebsocketProvider(url, controlDocName(boardId), this.control.doc, socket);
		const own = new WebsocketProvider(url, mineDocName(boardId, me.id), this.mine.doc, socket);
		// Only the board's awareness carries presence; the others would announce an empty participant.
		ctl.awareness.setLocalState(null);
		own.awareness.setLocalState(null);
		this.providers.push(main, own, ctl);
		// The browser copy starts once the board is live (or after two seconds without a connection): writing a
		// 500-note board into IndexedDB at once would compete with the first render for the main thread.
		const persist = () => {
			clearTimeout(this.persistTimer);
			if (this.stores.length || this.destroyed || options.persist === false || typeof indexedDB === 'undefined') return;
			this.stores.push(new IndexeddbPersistence(`samspil-${boardDocName(boardId)}`, this.board.doc));
			this.stores.push(new IndexeddbPersistence(`samspil-${controlDocName(boardId)}`, this.control.doc));
			this.stores.push(new IndexeddbPersistence(`samspil-${mineDocName(boardId, me.id)}`, this.mine.doc));
		};
		this.persistTimer = setTimeout(persist, 2000);
		main.once('sync', () => setTimeout(persist, 0));
		// "Live" means connected and caught up with the server, not merely connected.
		main.on('status', ({ status }) => {
			if (this.state === 'removed' || this.state === 'full') return;
			if (status !== 'connected') this.state = typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'connecting';
			else if (main.synced) this.state = 'connected';
		});
		main.on('sync', (s: boolean) => {
			if (s && !this.synced) performance.mark('samspil:board-synced');
			this.synced = s;
			if (s && main.wsconnected && this.state !== 'removed' && this.state !== 'full') this.state = 'connected';
			if (s) this.reportProgress();
		});
		// 4401/4403 from the server: access ended (guest removed, session closed, board deleted). 4413: the
		// board (or my private doc) reached its size cap and my latest change was refused; the server keeps
		// what it had, and reconnecting would only send the same change again.
		const closed = ({ code }: { code: number }) => {
			this.state = code === 4413 ? 'full' : 'removed';
			for (const p of this.providers) p.disconnect();
		};
		main.on('closed', closed);
		own.on('closed', closed);
		const offline = () => {
			for (const p of this.providers) p.disconnect();
			if (this.state !== 'removed' && this.state !== 'full') this.state = 'offline';
		};
		const online = () => {
			if (this.state === 'removed' || this.state === 'full') return;
			for (const p of this.providers) p.connect();
		};
		if (typeof window !== 'undefined') {
			window.addEventListener('offline', offline);
			window.addEventListener('online', online);
			this.cleanup.push(() => window.removeEventListener('offline', offline), () => window.removeEventListener('online', online));
		}

		main.awareness.on('change', () => this.readPeers());
		main.awareness.setLocalState({
			// The server replaces `user` with who it knows I am (name, role); this is for the moment before.
			user: { id: me.id, name: me.name, facilitator: me.facilitator },
			focus: null,
			typing: null
		});
	}

	private readonly actionUrl: string;
	private persistTimer: ReturnType<typeof setTimeout> | undefined;
	private destroyed = false;

	private undoing = false;

	get awareness() {
		return this.providers[0]?.awareness;
	}

	get readOnly() {
		return this.state === 'removed' || this.state === 'full' || this.meta.ended || (this.meta.locked && !this.me.facilitator);
	}

	/** Silent writing: new notes stay in the private doc until the facilitator reveals them. */
	get writingHidden() {
		return this.meta.phase === 'write';
	}

	private readBoard() {
		this.zones = listZones(this.board);
		this.groups = listGroups(this.board);
		this.comments = listComments(this.board);
		this.decisions = listDecisions(this.board);
		if (this.me.facilitator) this.trash = listTrash(this.board);
		this.combineNotes();
		this.scheduleMigration();
	}

	private readControl() {
		const wasAnonymous = this.meta.anonymous;
		this.meta = readMeta(this.control);
		if (this.meta.anonymous !== wasAnonymous) {
			// Presence stops (or may again) point at notes: withdraw what I announced, re-read what others did.
			if (this.meta.anonymous) this.withdrawPresence();
			this.readPeers();
		}
		this.questions = listQuestions(this.control);
		this.votes = voteTotals(this.control);
		this.voteRounds = listVoteRounds(this.control);
		const progress = new Map<string, Progress>();
		this.control.progress.forEach((m, id) => m instanceof Y.Map && progress.set(id, readProgress(m)));
		this.progress = progress;
		this.scheduleMigration();
	}

	private readMine() {
		const mine = new Map<string, number>();
		this.mine.votes.forEach((v, k) => typeof v === 'number' && v > 0 && mine.set(k, Math.floor(v)));
		this.myVotes = mine;
		this.combineNotes();
		this.scheduleMigration();
	}

	/** Last view objects by id: an unchanged note keeps its object, so Svelte skips re-rendering it. */
	private viewCache = new Map<string, ViewNote>();

	private combineNotes() {
		const next = new Map<string, ViewNote>();
		const out: ViewNote[] = [];
		const keep = (n: Note, hidden: boolean) => {
			const prev = this.viewCache.get(n.id);
			const view = prev && prev.hidden === hidden && sameNote(prev, n) ? prev : { ...n, hidden };
			next.set(n.id, view);
			out.push(view);
		};
		for (const n of listNotes(this.board)) keep(n, false);
		for (const n of listNotes(this.mine)) if (!next.has(n.id)) keep(n, true);
		this.viewCache = next;
		this.notes = out;
	}

	/**
	 * Hidden notes written offline may reach the private doc after the reveal: once silent writing is over
	 * (and the server had its chance), the author moves them into the board.
	 */
	private scheduleMigration() {
		if (this.meta.phase === 'write' || this.readOnly || this.mine.notes.size === 0 || this.migrateTimer) return;
		this.migrateTimer = setTimeout(() => {
			this.migrateTimer = undefined;
			if (this.meta.phase === 'write' || this.readOnly || !this.synced) return;
			const notes = listNotes(this.mine);
			this.board.doc.transact(() => {
				for (const n of notes) if (!this.board.notes.has(n.id)) addNote(this.board, { ...n, ...this.authorship() });
			});
			this.mine.doc.transact(() => notes.forEach((n) => this.mine.notes.delete(n.id)));
		}, 3000);
	}

	private readPeers() {
		const out: Peer[] = [];
		// On an anonymous board nobody's focus or typing shows, whatever their client sends.
		const anonymous = this.meta.anonymous;
		this.awareness?.getStates().forEach((s, clientId) => {
			const user = s?.user;
			if (!user || typeof user.name !== 'string') return;
			const id = String(user.id ?? '');
			out.push({
				clientId,
				id,
				name: String(user.name).slice(0, LIMITS.title),
				color: PEER_COLORS[hash(id) % PEER_COLORS.length],
				// Written by the server from who it knows the person is, not by their client.
				facilitator: user.role === 'facilitator',
				focus: !anonymous && typeof s.focus === 'string' ? s.focus : null,
				typing: !anonymous && typeof s.typing === 'string' ? s.typing : null
			});
		});
		this.peers = out.sort((a, b) => a.name.localeCompare(b.name));
	}

	get clientId() {
		return this.board.doc.clientID;
	}

	private refreshUndo() {
		this.canUndo = this.undoBoard.canUndo() || this.undoMine.canUndo();
		this.canRedo = this.undoBoard.canRedo() || this.undoMine.canRedo();
	}

	private authorship() {
		return this.meta.anonymous ? { authorId: '', authorName: '' } : { authorId: this.me.id, authorName: this.me.name };
	}

	private change(fn: (b: BoardDoc) => void) {
		if (this.readOnly) return;
		this.board.doc.transact(() => fn(this.board), LOCAL);
	}

	// ---- notes
	addNote(text: string, zoneId: string, color: Color = 'yellow') {
		const clean = text.trim().slice(0, LIMITS.noteText);
		if (!clean || this.readOnly) return null;
		const id = entityId();
		const note = { id, text: clean, zoneId, color, ownerTag: noteOwnerTag(this.me.ownerKey ?? '', id), ...this.authorship() };
		if (this.writingHidden) this.mine.doc.transact(() => addNote(this.mine, note), LOCAL);
		else this.change((b) => addNote(b, note));
		return id;
	}

	/** Guests delete only their own notes (the server refuses the rest); facilitators any note. */
	canDelete(noteId: string) {
		return !this.readOnly && (this.me.facilitator || this.ownsNote(noteId));
	}

	/** Recognises this person's notes by their owner tag (old notes: by author id, where one was kept). */
	ownsNote(noteId: string) {
		if (this.mine.notes.has(noteId)) return true;
		const note = this.notes.find((n) => n.id === noteId) ?? this.trash.find((n) => n.id === noteId);
		if (!note) return false;
		if (note.ownerTag) return note.ownerTag === noteOwnerTag(this.me.ownerKey ?? '', noteId);
		return note.authorId !== '' && note.authorId === this.me.id;
	}

	/** Takes a note out of the trash (facilitators; the board's own undo covers the deleter). */
	restoreNote(noteId: string) {
		if (this.me.facilitator) this.change((b) => restoreNote(b, noteId));
	}

	private targetOf(noteId: string) {
		return this.board.notes.has(noteId) ? this.board : this.mine.notes.has(noteId) ? this.mine : null;
	}

	/** Call when an editor opens on a note: `editNote` then merges the draft with what others typed meanwhile. */
	startTextEdit(noteId: string): TextDraft | undefined {
		const target = this.targetOf(noteId);
		return target ? startTextDraft(target, noteId) : undefined;
	}

	editNote(noteId: string, values: { text?: string; color?: Color }, draft?: TextDraft) {
		const target = this.targetOf(noteId);
		if (!target || this.readOnly) return;
		const text = values.text?.trim().slice(0, LIMITS.noteText);
		if (text === '') return;
		target.doc.transact(() => {
			if (text !== undefined) setNoteText(target, noteId, text, draft);
			if (values.color) updateEntity(target.notes, noteId, { color: values.color });
		}, LOCAL);
	}

	deleteNote(noteId: string) {
		if (this.readOnly) return;
		if (this.mine.notes.has(noteId)) this.mine.doc.transact(() => this.mine.notes.delete(noteId), LOCAL);
		else if (this.canDelete(noteId)) {
			const by = this.ownsNote(noteId) ? 'author' : 'facilitator';
			this.change((b) => trashNote(b, noteId, by));
		}
	}

	moveNote(noteId: string, direction: 'up' | 'down' | 'left' | 'right') {
		if (this.mine.notes.has(noteId)) {
			if (direction !== 'left' && direction !== 'right') return;
			const i = this.zones.findIndex((z) => z.id === this.notes.find((n) => n.id === noteId)?.zoneId);
			const zone = this.zones[i + (direction === 'left' ? -1 : 1)];
			if (zone && !this.readOnly) this.mine.doc.transact(() => updateEntity(this.mine.notes, noteId, { zoneId: zone.id }), LOCAL);
			return;
		}
		this.change((b) => reorderNote(b, noteId, this.zones, this.notes, direction));
	}

	dropNote(noteId: string, zoneId: string, beforeId?: string) {
		if (this.mine.notes.has(noteId)) {
			if (!this.readOnly) this.mine.doc.transact(() => updateEntity(this.mine.notes, noteId, { zoneId }), LOCAL);
			return;
		}
		this.change((b) => dropNote(b, noteId, zoneId, this.notes, beforeId));
	}

	setNoteZone(noteId: string, zoneId: string) {
		this.dropNote(noteId, zoneId);
	}

	setNoteGroup(noteId: string, groupId: string) {
		this.change((b) => updateEntity(b.notes, noteId, { groupId }));
	}

	// ---- votes (private until the facilitator closes voting)
	get votesLeft() {
		let used = 0;
		for (const v of this.myVotes.values()) used += v;
		return Math.max(0, this.meta.voteBudget - used);
	}

	vote(noteId: string, delta: 1 | -1) {
		if (this.meta.phase !== 'vote' || this.readOnly) return;
		const current = this.myVotes.get(noteId) ?? 0;
		if (delta > 0 && this.votesLeft <= 0) return;
		const next = Math.max(0, current + delta);
		this.mine.doc.transact(() => {
			if (next) this.mine.votes.set(noteId, next);
			else this.mine.votes.delete(noteId);
		}, LOCAL);
		// The server counts the dots from the private doc; ask it shortly after the vote has reached it, and
		// once more a little later in case the post overtook the socket.
		clearTimeout(this.progressTimer);
		clearTimeout(this.progressRetry);
		this.progressTimer = setTimeout(() => this.reportProgress(), 300);
		this.progressRetry = setTimeout(() => this.reportProgress(), 2000);
	}

	private progressTimer: ReturnType<typeof setTimeout> | undefined;
	private progressRetry: ReturnType<typeof setTimeout> | undefined;

	/** A form post to the page (the server writes the control doc); false when it did not get through. */
	private async post(action: string, values: Record<string, string>): Promise<boolean> {
		if (!this.actionUrl) return false;
		const body = new FormData();
		for (const [k, v] of Object.entries(values)) body.set(k, v);
		try {
			const res = await fetch(`${this.actionUrl}?/${action}`, { method: 'POST', body, headers: { 'x-sveltekit-action': 'true' } });
			return res.ok;
		} catch {
			return false;
		}
	}

	/** Progress shows counts only ("3 of 5 dots used", "done"), never which notes; the server keeps it. */
	reportProgress(values: { done?: boolean } = {}) {
		if (this.readOnly) return;
		void this.post('progress', values.done === undefined ? {} : { done: String(values.done) });
	}

	// ---- zones, groups, comments, decisions
	addZone(title: string, color: Color) {
		const t = title.trim();
		if (t) this.change((b) => addZone(b, { title: t, color }));
	}
	editZone(zoneId: string, values: { title?: string; color?: Color }) {
		const v: Record<string, unknown> = {};
		if (values.title?.trim()) v.title = values.title.trim().slice(0, LIMITS.title);
		if (values.color) v.color = values.color;
		this.change((b) => updateEntity(b.zones, zoneId, v));
	}
	moveZone(zoneId: string, delta: -1 | 1) {
		this.change((b) => moveZone(b, zoneId, delta));
	}
	deleteZone(zoneId: string) {
		const fallback = this.zones.find((z) => z.id !== zoneId)?.id;
		this.change((b) => {
			for (const n of this.notes) if (n.zoneId === zoneId && !n.hidden && fallback) updateEntity(b.notes, n.id, { zoneId: fallback });
			b.zones.delete(zoneId);
		});
	}
	addGroup(title: string, zoneId: string, noteIds: string[] = []) {
		const t = title.trim();
		if (!t) return;
		this.change((b) => {
			const id = addGroup(b, { title: t, zoneId });
			for (const n of noteIds) updateEntity(b.notes, n, { groupId: id, zoneId });
		});
	}
	renameGroup(groupId: string, title: string) {
		if (title.trim()) this.change((b) => updateEntity(b.groups, groupId, { title: title.trim().slice(0, LIMITS.title) }));
	}
	deleteGroup(groupId: string) {
		this.change((b) => {
			for (const n of this.notes) if (n.groupId === groupId) updateEntity(b.notes, n.id, { groupId: '' });
			b.groups.delete(groupId);
		});
	}
	addComment(noteId: string, text: string) {
		const t = text.trim();
		if (t) this.change((b) => addComment(b, { noteId, text: t, authorName: this.meta.anonymous ? '' : this.me.name }));
	}
	addDecision(text: string, noteId?: string) {
		const t = text.trim();
		if (t) this.change((b) => addDecision(b, { text: t, noteId }));
	}
	editDecision(id: string, text: string) {
		if (text.trim()) this.change((b) => updateEntity(b.decisions, id, { text: text.trim().slice(0, LIMITS.decision) }));
	}
	deleteDecision(id: string) {
		this.change((b) => b.decisions.delete(id));
	}

	// ---- undo / redo: only this person's own changes
	undo() {
		const which = this.undoOrder.pop();
		if (!which) return;
		this.undoing = true;
		(which === 'board' ? this.undoBoard : this.undoMine).undo();
		this.undoing = false;
		this.refreshUndo();
	}
	redo() {
		const which = this.redoOrder.pop();
		if (!which) return;
		this.undoing = true;
		(which === 'board' ? this.undoBoard : this.undoMine).redo();
		this.undoing = false;
		this.refreshUndo();
	}

	// ---- presence
	/** A note only I can see yet (silent writing): its id must not leave my browser before the reveal. */
	private isHidden(id: string) {
		return this.mine.notes.has(id) && !this.board.notes.has(id);
	}

	/**
	 * What my presence may say I look at or type in: nothing on an anonymous board (my name next to a note
	 * would sign it), and never a hidden note.
	 */
	private announceable(id: string | null) {
		return id !== null && !this.meta.anonymous && !this.isHidden(id) ? id : null;
	}

	private announce(field: 'focus' | 'typing', id: string | null) {
		const value = this.announceable(id);
		if (this.awareness && this.awareness.getLocalState() && this.awareness.getLocalState()?.[field] !== value) {
			this.awareness.setLocalStateField(field, value);
		}
	}

	private withdrawPresence() {
		this.announce('focus', null);
		this.announce('typing', null);
	}

	setFocus(id: string | null) {
		this.announce('focus', id);
		const followable = id && this.isHidden(id) ? null : id;
		if (followable !== this.lastFocus) {
			this.lastFocus = followable;
			if (this.leading && followable) this.sendFollow();
		}
	}
	setTyping(noteId: string | null) {
		this.announce('typing', noteId);
	}

	/** This person leads ("everyone follows me"): their focus goes to the server, which tells everyone. */
	private leading = false;
	private lastFocus: string | null = null;
	private followTimer: ReturnType<typeof setTimeout> | undefined;

	setFollowMe(on: boolean) {
		this.leading = on;
		this.sendFollow();
	}

	private sendFollow() {
		clearTimeout(this.followTimer);
		this.followTimer = setTimeout(() => void this.post('follow', { focus: this.leading ? (this.lastFocus ?? '') : '' }), 100);
	}

	/** What the facilitator asks everyone to look at (from the control doc), unless I am the one leading. */
	get followFocus(): string | null {
		return !this.leading && this.meta.followFocus ? this.meta.followFocus : null;
	}

	destroy() {
		this.destroyed = true;
		clearTimeout(this.persistTimer);
		clearTimeout(this.migrateTimer);
		clearTimeout(this.progressTimer);
		clearTimeout(this.progressRetry);
		clearTimeout(this.followTimer);
		for (const fn of this.cleanup) fn();
		for (const p of this.providers) p.destroy();
		for (const s of this.stores) void s.destroy();
		this.undoBoard.destroy();
		this.undoMine.destroy();
		this.board.doc.destroy();
		this.control.doc.destroy();
		this.mine.doc.destroy();
	}
}

function sameNote(a: Note, b: Note) {
	return (
		a.text === b.text &&
		a.color === b.color &&
		a.zoneId === b.zoneId &&
		a.order === b.order &&
		a.groupId === b.groupId &&
		a.authorName === b.authorName &&
		a.authorId === b.authorId &&
		a.actionId === b.actionId
	);
}

function hash(s: string) {
	let h = 0;
	for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
	return Math.abs(h);
}
