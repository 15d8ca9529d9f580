// The board page's live binding: what a person can do to the board (notes, votes, zones, groups, comments,
// decisions, undo), each change written into the right doc. What the board is now, and its connection to
// the server, is BoardState (live/board-state.svelte.ts); components read its `$state` fields.
import {
	LIMITS,
	addComment,
	addDecision,
	addGroup,
	addNote,
	addZone,
	dropNote,
	entityId,
	moveZone,
	reorderNote,
	restoreNote,
	setNoteText,
	startTextDraft,
	trashNote,
	updateEntity,
	type Color,
	type TextDraft
} from './doc';
import { noteOwnerTag } from './ownership';
import { reactionTag, toggleReaction, type Reaction } from './reactions';
import { BoardState } from './live/board-state.svelte';
export { SERVER_RENDER_MAX } from './live/board-state.svelte';
import { LOCAL } from './live/undo';

export type { ConnectionState } from './live/connection';
export type { Peer } from './live/presence.svelte';
export type { ViewNote } from './live/view-notes';
export type { BoardView } from './live/server-view';
export type { Me, BoardLiveOptions } from './live/board-state.svelte';

export class BoardLive extends BoardState {
	// ---- notes
	addNote(text: string, zoneId: string, color: Color = 'yellow') {
		const clean = text.trim().slice(0, LIMITS.noteText);
		if (!clean || this.readOnly) return null;
		const id = entityId();
		const note = {
			id,
			text: clean,
			zoneId,
			color,
			ownerTag: noteOwnerTag(this.me.ownerKey ?? '', id),
			...this.authorship()
		};
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

	/** Adds or takes back this person's reaction on a note (not a vote; undoable like any own change). */
	toggleReaction(noteId: string, reaction: Reaction) {
		if (this.readOnly || !this.me.ownerKey || !this.board.notes.has(noteId)) return;
		this.change((b) => toggleReaction(b.reactions, this.me.ownerKey!, noteId, reaction));
	}

	/** Whether this person reacted so to the note. */
	reacted(noteId: string, reaction: Reaction) {
		const tags = this.reactions.get(noteId)?.get(reaction);
		return !!tags && !!this.me.ownerKey && tags.includes(reactionTag(this.me.ownerKey, noteId, reaction));
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
			if (zone && !this.readOnly)
				this.mine.doc.transact(() => updateEntity(this.mine.notes, noteId, { zoneId: zone.id }), LOCAL);
			return;
		}
		this.change((b) => reorderNote(b, noteId, this.zones, this.notes, direction));
	}

	/** Drops a note into a zone, before or after a note there, into a group or out of one (see placement.ts). */
	dropNote(noteId: string, zoneId: string, place: Parameters<typeof dropNote>[4] = {}) {
		if (this.mine.notes.has(noteId)) {
			if (!this.readOnly) this.mine.doc.transact(() => updateEntity(this.mine.notes, noteId, { zoneId }), LOCAL);
			return;
		}
		this.change((b) => dropNote(b, noteId, zoneId, this.notes, place));
	}

	/**
	 * A note dropped onto another: it joins the other's group, or the two make a new group (`title`) in the other's
	 * zone — one undo step. Notes still hidden in silent writing only move. Returns the group's id.
	 */
	groupWith(noteId: string, targetId: string, title: string): string | null {
		const target = this.notes.find((n) => n.id === targetId);
		if (this.readOnly || noteId === targetId || !target) return null;
		if (this.mine.notes.has(noteId) || target.hidden) {
			this.dropNote(noteId, target.zoneId);
			return null;
		}
		const existing = this.groups.some((g) => g.id === target.groupId) ? target.groupId : '';
		let groupId = existing;
		this.change((b) => {
			if (!groupId) {
				groupId = addGroup(b, { title: title.trim().slice(0, LIMITS.title), zoneId: target.zoneId });
				updateEntity(b.notes, targetId, { groupId });
			}
			dropNote(b, noteId, target.zoneId, this.notes, { afterId: targetId, groupId });
		});
		return groupId;
	}

	/** A note dropped onto a group's box joins it (and its zone). */
	joinGroup(noteId: string, groupId: string) {
		const group = this.groups.find((g) => g.id === groupId);
		if (!group || this.readOnly) return;
		if (this.mine.notes.has(noteId)) this.dropNote(noteId, group.zoneId);
		else this.change((b) => dropNote(b, noteId, group.zoneId, this.notes, { groupId }));
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
			for (const n of this.notes)
				if (n.zoneId === zoneId && !n.hidden && fallback) updateEntity(b.notes, n.id, { zoneId: fallback });
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
		if (title.trim())
			this.change((b) => updateEntity(b.groups, groupId, { title: title.trim().slice(0, LIMITS.title) }));
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
}
