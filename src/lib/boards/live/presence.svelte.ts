// Who is on the board and what they look at or type in (the board doc's awareness), and "everyone follows
// me". On an anonymous board nothing of what anyone does shows (a name next to a note would sign it), and a
// note only I can see yet (silent writing) never leaves my browser by its id.
import type { Awareness } from 'y-protocols/awareness';
import { LIMITS, type Meta } from '../doc';
import { postAction } from './form-posts';

export interface Peer {
	clientId: number;
	id: string;
	name: string;
	color: string;
	facilitator: boolean;
	focus: string | null;
	typing: string | null;
}

const PEER_COLORS = ['#b3261e', '#0b57d0', '#146c2e', '#8a4b00', '#6b3fa0', '#00696b'];

/** A person's own colour: the same in presence and on the notes they sign. */
export function peerColor(id: string) {
	return PEER_COLORS[hash(id) % PEER_COLORS.length];
}

interface Board {
	readonly meta: Meta;
	readonly actionUrl: string;
	/** a note only in my private doc, not (yet) on the shared board */
	isHidden(id: string): boolean;
}

export class Presence {
	peers = $state<Peer[]>([]);
	awareness: Awareness | undefined;
	/** This person leads ("everyone follows me"): their focus goes to the server, which tells everyone. */
	private leading = false;
	private lastFocus: string | null = null;
	private followTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly board: Board) {}

	read() {
		const out: Peer[] = [];
		// On an anonymous board nobody's focus or typing shows, whatever their client sends.
		const anonymous = this.board.meta.anonymous;
		this.awareness?.getStates().forEach((s, clientId) => {
			const user = s?.user;
			if (!user || typeof user.name !== 'string') return;
			const id = String(user.id ?? '');
			out.push({
				clientId,
				id,
				name: String(user.name).slice(0, LIMITS.title),
				color: peerColor(id),
				// Written by the server from who it knows the person is, not by their client.
				facilitator: user.role === 'facilitator',
				focus: !anonymous && typeof s.focus === 'string' ? s.focus : null,
				typing: !anonymous && typeof s.typing === 'string' ? s.typing : null
			});
		});
		this.peers = out.sort((a, b) => a.name.localeCompare(b.name));
	}

	/** What my presence may say I look at or type in: nothing on an anonymous board, never a hidden note. */
	private announce(field: 'focus' | 'typing', id: string | null) {
		const value = id !== null && !this.board.meta.anonymous && !this.board.isHidden(id) ? id : null;
		const local = this.awareness?.getLocalState();
		if (this.awareness && local && local[field] !== value) this.awareness.setLocalStateField(field, value);
	}

	/** The board became anonymous: withdraw what I announced. */
	withdraw() {
		this.announce('focus', null);
		this.announce('typing', null);
	}

	setFocus(id: string | null) {
		this.announce('focus', id);
		const followable = id && this.board.isHidden(id) ? null : id;
		if (followable !== this.lastFocus) {
			this.lastFocus = followable;
			if (this.leading && followable) this.sendFollow();
		}
	}

	setTyping(noteId: string | null) {
		this.announce('typing', noteId);
	}

	setFollowMe(on: boolean) {
		this.leading = on;
		this.sendFollow();
	}

	private sendFollow() {
		clearTimeout(this.followTimer);
		const focus = () => (this.leading ? (this.lastFocus ?? '') : '');
		this.followTimer = setTimeout(() => void postAction(this.board.actionUrl, 'follow', { focus: focus() }), 100);
	}

	/** What the facilitator asks everyone to look at (from the control doc), unless I am the one leading. */
	get followFocus(): string | null {
		return !this.leading && this.board.meta.followFocus ? this.board.meta.followFocus : null;
	}

	destroy() {
		clearTimeout(this.followTimer);
	}
}

function hash(s: string) {
	let h = 0;
	for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
	return Math.abs(h);
}
