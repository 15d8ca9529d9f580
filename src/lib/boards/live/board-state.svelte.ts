// What the board is now, as `$state` fields Svelte components read: the shared board doc, the
// server-authored control doc (read-only here: phase, timer, tally, progress, follow-me) and the
// participant's private doc, read on every update (connection.ts syncs them). What a person can do to the
// board is the subclass in ../live.svelte.ts.
// Every Map here is built whole and then assigned to a $state field, never changed in place (the field is
// replaced on each doc update), so a plain Map is right and a SvelteMap would only add overhead.
/* eslint-disable svelte/prefer-svelte-reactivity */
import { readReactions, type NoteReactions } from '../reactions';
import * as Y from 'yjs';
import {
	addNote,
	boardDoc,
	controlDoc,
	listComments,
	listDecisions,
	listGroups,
	listNotes,
	listQuestions,
	listTrash,
	listZones,
	mineDoc,
	readMeta,
	readProgress,
	voteTotals,
	zoneDecks,
	type BoardDoc,
	type Comment,
	type ControlDoc,
	type Decision,
	type Group,
	type Meta,
	type MineDoc,
	type Note,
	type Progress,
	type Zone
} from '../doc';
import { writeUnderThrowawayIds } from '../anonymity';
import { listVoteRounds, type VoteRound } from '../rounds';
import { BoardConnection, type ConnectionOptions, type ConnectionState } from './connection';
import { postAction } from './form-posts';
import { Presence } from './presence.svelte';
import { LOCAL, OwnUndo } from './undo';
import { ViewNotes, type ViewNote } from './view-notes';
import { takeBoardView, type BoardView } from './server-view';
export { SERVER_RENDER_MAX } from './server-view';

/**
 * The page's copy of a doc, from base64. `Uint8Array.from(atob(s), fn)` took 130 ms for a 2,000-note board's
 * copy (a callback per byte through the string iterator); the browser's own decoder, or a plain loop, takes a few.
 */
function fromBase64(text: string): Uint8Array {
	const typed = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array };
	if (typed.fromBase64) return typed.fromBase64(text);
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

export interface Me {
	id: string;
	name: string;
	facilitator: boolean;
	/** from the server: tags this person's notes so they (and the server) recognise them (ownership.ts) */
	ownerKey?: string;
}

export interface BoardLiveOptions extends ConnectionOptions {
	initial?: string;
	/**
	 * Instead of `initial`, for a board too big to send whole: its first screen (server-view.ts). The board shows it,
	 * read-only, until the shared doc holds the board (synced, or read from this browser's copy).
	 */
	firstScreen?: BoardView;
	initialControl?: string;
	actionUrl?: string;
	/**
	 * The server's render of the page: the board as the page's copies of the docs say, with no connection, no
	 * presence and no private doc (so nothing hidden, nobody's presence). The browser builds the same board
	 * from the same copies before hydrating, so the server's markup is kept.
	 */
	snapshot?: boolean;
}

export class BoardState {
	state = $state<ConnectionState>('connecting');
	synced = $state(false);
	/**
	 * Whether the control doc has been read from the server (the page's copy or its socket). Until then the
	 * board's mode is unknown, so nothing is written: a note written then could carry its author's name onto a
	 * board that is anonymous.
	 */
	controlKnown = $state(false);
	meta = $state<Meta>(readMeta(controlDoc(new Y.Doc())));
	zones = $state<Zone[]>([]);
	notes = $state<ViewNote[]>([]);
	/** deleted notes (facilitators restore them from here) */
	trash = $state<Note[]>([]);
	groups = $state<Group[]>([]);
	comments = $state<Comment[]>([]);
	/** note id → reaction → who reacted (as tags; see reactions.ts) */
	reactions = $state<NoteReactions>(new Map());
	/** the notes with at least one comment */
	commented = $state<Set<string>>(new Set());
	decisions = $state<Decision[]>([]);
	questions = $state<string[]>([]);
	/** zone id → its own deck and how many cards were drawn */
	zoneDecks = $state<ReturnType<typeof zoneDecks>>({});
	votes = $state<Map<string, number>>(new Map());
	/** every closed vote round's totals, oldest first */
	voteRounds = $state<VoteRound[]>([]);
	myVotes = $state<Map<string, number>>(new Map());
	progress = $state<Map<string, Progress>>(new Map());
	/** zone id → notes not in `notes` yet: the board shows the first screen the server sent (`firstScreen`) */
	omitted = $state<Record<string, number>>({});
	canUndo = $state(false);
	canRedo = $state(false);

	readonly board: BoardDoc;
	readonly control: ControlDoc;
	readonly mine: MineDoc;
	readonly actionUrl: string;
	/** a screen that only shows the board (the projector view): it writes nothing and is nobody on the board */
	readonly watching: boolean;
	private readonly connection: BoardConnection | undefined;
	protected readonly history: OwnUndo;
	private readonly presence: Presence;
	private readonly views = new ViewNotes();
	/** showing the server's first screen of a big board until the shared doc holds the board (`onBoardLoaded`) */
	private partial = $state(false);
	private cleanup: (() => void)[] = [];
	private migrateTimer: ReturnType<typeof setTimeout> | undefined;
	protected progressTimer: ReturnType<typeof setTimeout> | undefined;
	protected progressRetry: ReturnType<typeof setTimeout> | undefined;

	constructor(
		readonly boardId: string,
		readonly me: Me,
		options: BoardLiveOptions = {}
	) {
		if (!options.snapshot) performance.mark('samspil:board-open');
		this.board = boardDoc(new Y.Doc());
		this.control = controlDoc(new Y.Doc());
		this.mine = mineDoc(new Y.Doc());
		this.actionUrl = options.actionUrl ?? '';
		this.watching = options.watching ?? false;
		// A big board's first screen; or, in the server's render, the lists its load read from the doc, when it left
		// them (server-view.ts).
		const view =
			options.firstScreen ?? (options.snapshot && options.initial ? takeBoardView(options.initial) : undefined);
		this.partial = !!options.firstScreen;
		// The server's copy from the page load: the board shows at once, the socket then brings what changed since.
		for (const [doc, initial] of [
			[this.board.doc, view ? undefined : options.initial],
			[this.control.doc, options.initialControl]
		] as const) {
			if (!initial) continue;
			try {
				Y.applyUpdate(doc, fromBase64(initial), 'page');
				if (doc === this.control.doc) this.controlKnown = true;
			} catch {
				/* an unreadable copy only costs the head start */
			}
		}
		this.history = new OwnUndo(this.board, this.mine, () => this.refreshUndo());
		this.presence = new Presence(this);

		// On an anonymous board my changes are written under throwaway client ids, never the one my presence
		// (with my name) is announced under: see anonymity.ts.
		this.cleanup.push(writeUnderThrowawayIds(this.board.doc, () => this.meta.anonymous));

		const onBoard = () => !this.partial && this.readBoard();
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
		if (view) this.showView(view);
		else {
			this.readBoard();
			this.readMine();
		}
		if (options.snapshot) return;
		const docs = { boardId, participantId: me.id, board: this.board, control: this.control, mine: this.mine };
		this.connection = new BoardConnection(this, docs, options);
		this.presence.awareness = this.connection.awareness;
		// The server replaces `user` with who it knows I am (name, role); this is for the moment before. A watching
		// screen is nobody on the board: it announces no presence.
		const user = { id: me.id, name: me.name, facilitator: me.facilitator };
		this.connection.awareness?.setLocalState(this.watching ? null : { user, focus: null, typing: null });
	}

	/**
	 * For the connection: the shared doc holds the board (synced with the server, or read from this browser's copy).
	 * A board showing its first screen now shows the whole board, and may be written to.
	 */
	onBoardLoaded() {
		if (!this.partial) return;
		this.partial = false;
		this.readBoard();
		this.readMine();
	}

	/** For the connection: live, the shared doc caught up and the board's mode known (first time and after every reconnect). */
	onSynced() {
		this.reportProgress();
	}
	/** For the connection: someone's presence changed. */
	onPeers() {
		this.presence.read();
	}

	/** The three sockets (the tests cut them to play a lost network). */
	get providers() {
		return this.connection?.providers ?? [];
	}

	get awareness() {
		return this.connection?.awareness;
	}

	get peers() {
		return this.presence.peers;
	}

	get readOnly() {
		if (this.watching || !this.controlKnown || this.partial) return true;
		return (
			this.state === 'removed' || this.state === 'full' || this.meta.ended || (this.meta.locked && !this.me.facilitator)
		);
	}

	/** Silent writing: new notes stay in the private doc until the facilitator reveals them. */
	get writingHidden() {
		return this.meta.phase === 'write';
	}

	private readBoard() {
		this.omitted = {};
		this.zones = listZones(this.board);
		this.groups = listGroups(this.board);
		this.comments = listComments(this.board);
		this.reactions = readReactions(this.board.reactions);
		this.commented = new Set(this.comments.map((c) => c.noteId));
		this.decisions = listDecisions(this.board);
		if (this.me.facilitator) this.trash = listTrash(this.board);
		this.notes = this.views.read(this.board, this.mine);
		this.scheduleMigration();
	}

	/** The server's render: the board as its load read it (readBoard's lists; no private doc on the server). */
	private showView(view: BoardView) {
		this.zones = view.zones;
		this.groups = view.groups;
		this.comments = view.comments;
		this.reactions = view.reactions;
		this.commented = new Set(view.comments.map((c) => c.noteId));
		this.decisions = view.decisions;
		if (this.me.facilitator) this.trash = view.trash;
		const notes = view.notes.map((n) => ({ ...n, hidden: false }));
		this.views.seed(notes);
		this.notes = notes;
		this.omitted = view.omitted ?? {};
	}

	private readControl() {
		const wasAnonymous = this.meta.anonymous;
		this.meta = readMeta(this.control);
		if (this.meta.anonymous !== wasAnonymous) {
			// Presence stops (or may again) point at notes: withdraw what I announced, re-read what others did.
			if (this.meta.anonymous) this.presence.withdraw();
			this.presence.read();
		}
		this.questions = listQuestions(this.control);
		this.zoneDecks = zoneDecks(this.control);
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
		if (this.partial) return;
		this.notes = this.views.read(this.board, this.mine);
		this.scheduleMigration();
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

	get clientId() {
		return this.board.doc.clientID;
	}

	protected refreshUndo() {
		this.canUndo = this.history.canUndo;
		this.canRedo = this.history.canRedo;
	}

	protected authorship() {
		return this.meta.anonymous ? { authorId: '', authorName: '' } : { authorId: this.me.id, authorName: this.me.name };
	}

	protected change(fn: (b: BoardDoc) => void) {
		if (this.readOnly) return;
		this.board.doc.transact(() => fn(this.board), LOCAL);
	}

	/** Progress shows counts only ("3 of 5 dots used", "done"), never which notes; the server keeps it. */
	reportProgress(values: { done?: boolean } = {}) {
		if (this.readOnly) return;
		void postAction(this.actionUrl, 'progress', values.done === undefined ? {} : { done: String(values.done) });
	}

	// ---- undo / redo: only this person's own changes
	undo() {
		this.history.undo();
		this.refreshUndo();
	}
	redo() {
		this.history.redo();
		this.refreshUndo();
	}

	// ---- presence
	/** A note only I can see yet (silent writing): its id must not leave my browser before the reveal. */
	isHidden(id: string) {
		return this.mine.notes.has(id) && !this.board.notes.has(id);
	}
	setFocus(id: string | null) {
		this.presence.setFocus(id);
	}
	setTyping(noteId: string | null) {
		this.presence.setTyping(noteId);
	}
	setFollowMe(on: boolean) {
		this.presence.setFollowMe(on);
	}
	/** What the facilitator asks everyone to look at (from the control doc), unless I am the one leading. */
	get followFocus(): string | null {
		return this.presence.followFocus;
	}

	destroy() {
		clearTimeout(this.migrateTimer);
		clearTimeout(this.progressTimer);
		clearTimeout(this.progressRetry);
		this.presence.destroy();
		for (const fn of this.cleanup) fn();
		this.connection?.destroy();
		this.history.destroy();
		this.board.doc.destroy();
		this.control.doc.destroy();
		this.mine.doc.destroy();
	}
}
