// Facilitation that only the server may do: phases (with the reveal of hidden notes when silent writing
// ends and the vote tally when voting closes), the timer, the question deck, lock, anonymous mode and
// ending the workshop, the follow-me focus and participants' progress. Each change is written into the
// board's control doc (control.ts), which clients can only read, so every view follows live and no
// participant can change it.
import { randomInt } from 'node:crypto';
import * as Y from 'yjs';
import { db } from '../db/current';
import { nowIso } from '../ids';
import type { Actor } from '../actor';
import {
	PHASES,
	addNote,
	boardDoc,
	boardDocName,
	listNotes,
	listQuestions,
	listZones,
	mineDoc,
	mineDocName,
	readMeta,
	tallyVotes,
	votesUsed,
	LIMITS,
	type Note,
	type Phase
} from '$lib/boards/doc';
import { archiveLegacyVotes, recordVoteRound } from '$lib/boards/rounds';
import { changeDoc, readDoc, revalidateBoard } from './live';
import { changeControl, readControl } from './control';
import { getBoard, getFacilitatedBoard, listParticipants, mirrorBoard } from './records';
import { closeSessionsOf } from './sessions';
import { mirrorAnonymity } from './presence';
import { Invalid } from '../errors';

async function meta(boardId: string) {
	return readControl(boardId, readMeta);
}

/**
 * Moves every participant's hidden notes into the shared board. The board doc is written first and the
 * private docs are emptied afterwards, so a failure in between duplicates nothing (same note ids) and
 * loses nothing. Authorship comes from who owns the private doc, never from what it says.
 *
 * On an anonymous board the notes go in shuffled, all with the reveal's time: the order of the server's
 * items in the update (and the times and places the writers' clocks gave their notes) would otherwise
 * group the notes by author, in the order participants joined.
 */
export async function revealHiddenNotes(boardId: string) {
	const anonymous = (await meta(boardId)).anonymous;
	const participants = await listParticipants(boardId);
	const found: { pid: string; name: string; notes: Note[] }[] = [];
	for (const p of participants) {
		const notes = await readDoc(mineDocName(boardId, p.participant_id), (doc) => listNotes(mineDoc(doc)));
		if (notes.length) found.push({ pid: p.participant_id, name: p.name, notes });
	}
	if (!found.length) return 0;
	const revealed = found.flatMap(({ pid, name, notes }) =>
		notes.map((note) => ({ ...note, authorId: anonymous ? '' : pid, authorName: anonymous ? '' : name }))
	);
	if (anonymous) {
		shuffle(revealed);
		const now = Date.now();
		const at = new Date(now).toISOString();
		revealed.forEach((note, i) => Object.assign(note, { createdAt: at, order: now + i }));
	}
	await changeDoc(boardDocName(boardId), (doc) => {
		const b = boardDoc(doc);
		const zones = new Set(listZones(b).map((z) => z.id));
		const fallback = listZones(b)[0]?.id ?? '';
		for (const note of revealed) {
			if (b.notes.has(note.id)) continue;
			addNote(b, { ...note, zoneId: zones.has(note.zoneId) ? note.zoneId : fallback, groupId: '', actionId: '' });
		}
	});
	for (const { pid, notes } of found) {
		await changeDoc(mineDocName(boardId, pid), (doc) => {
			const mine = mineDoc(doc);
			for (const note of notes) mine.notes.delete(note.id);
		});
	}
	return found.reduce((n, f) => n + f.notes.length, 0);
}

function shuffle<T>(items: T[]) {
	for (let i = items.length - 1; i > 0; i--) {
		const j = randomInt(i + 1);
		[items[i], items[j]] = [items[j], items[i]];
	}
}

/** Sums everyone's private dots (each clamped to the budget) into a new vote round and clears the ballots. */
export async function tallyHiddenVotes(boardId: string) {
	const participants = await listParticipants(boardId);
	const ballots: { pid: string; votes: Map<string, number> }[] = [];
	for (const p of participants) {
		const votes = await readDoc(mineDocName(boardId, p.participant_id), (doc) => {
			const out = new Map<string, number>();
			mineDoc(doc).votes.forEach((v, k) => typeof v === 'number' && out.set(k, v));
			return out;
		});
		if (votes.size) ballots.push({ pid: p.participant_id, votes });
	}
	const notes = await readDoc(boardDocName(boardId), (doc) => new Set(listNotes(boardDoc(doc)).map((n) => n.id)));
	await changeControl(boardId, (c) => {
		const totals = tallyVotes(
			ballots.map((x) => x.votes),
			readMeta(c).voteBudget,
			notes
		);
		recordVoteRound(c, totals);
	});
	for (const { pid, votes } of ballots) {
		await changeDoc(mineDocName(boardId, pid), (doc) => {
			const mine = mineDoc(doc);
			for (const key of votes.keys()) mine.votes.delete(key);
		});
	}
}

/** Sets the phase. Leaving silent writing reveals the notes; leaving voting tallies the votes. */
export async function setPhase(actor: Actor, boardId: string, phase: Phase) {
	const board = await getFacilitatedBoard(actor, boardId);
	if (board.status !== 'active') throw new Invalid('error_boards_archived');
	if (!PHASES.includes(phase)) throw new Invalid('error_choice', 'phase');
	const previous = (await meta(boardId)).phase;
	// Announce the new phase first: clients stop writing privately as soon as they see it.
	await changeControl(boardId, (c) => {
		c.meta.set('phase', phase);
		if (phase === 'write' || phase === 'vote') {
			c.progress.forEach((p) => {
				if (p instanceof Y.Map) {
					if (phase === 'write') p.set('done', false);
					p.set('votesUsed', 0);
				}
			});
		}
		if (phase === 'vote' && previous !== 'vote') {
			// A new round: earlier rounds stay in `voteRounds`; `votes` holds the latest round only.
			archiveLegacyVotes(c);
			for (const key of [...c.votes.keys()]) c.votes.delete(key);
		}
	});
	if (previous === 'write' && phase !== 'write') await revealHiddenNotes(boardId);
	if (previous === 'vote' && phase !== 'vote') await tallyHiddenVotes(boardId);
	await bump(boardId);
	await mirrorBoard(boardId);
}

async function bump(boardId: string) {
	await changeControl(boardId, (c) => c.meta.set('revision', readMeta(c).revision + 1));
}

/** Silent writing ends: everyone's notes become visible to everyone. */
export async function reveal(actor: Actor, boardId: string) {
	await setPhase(actor, boardId, 'group');
}

/** Voting ends: the tally appears for everyone. */
export async function closeVoting(actor: Actor, boardId: string) {
	await setPhase(actor, boardId, 'discuss');
}

async function setMeta(actor: Actor, boardId: string, values: Record<string, unknown>) {
	const board = await getFacilitatedBoard(actor, boardId);
	if (board.status !== 'active') throw new Invalid('error_boards_archived');
	await changeControl(boardId, (c) => {
		for (const [k, v] of Object.entries(values)) c.meta.set(k, v);
	});
}

/** Starts the shared timer (0 stops it). */
export async function setTimer(actor: Actor, boardId: string, minutes: number) {
	const seconds = Math.round(minutes * 60);
	await setMeta(actor, boardId, {
		timerSeconds: seconds,
		timerEndsAt: seconds > 0 ? Date.now() + seconds * 1000 : 0,
		timerPausedLeft: 0
	});
}

/** One more minute on the timer: running, paused, or (when none runs or it is over) a new one-minute timer. */
export async function addTimerMinute(actor: Actor, boardId: string) {
	const { timerEndsAt, timerPausedLeft } = await meta(boardId);
	const now = Date.now();
	if (timerPausedLeft > 0) await setMeta(actor, boardId, { timerPausedLeft: timerPausedLeft + 60_000 });
	else await setMeta(actor, boardId, { timerEndsAt: Math.max(timerEndsAt, now) + 60_000 });
}

/** Pauses a running timer (keeping what is left) or resumes a paused one; anything else is left as it is. */
export async function pauseTimer(actor: Actor, boardId: string, pause: boolean) {
	const { timerEndsAt, timerPausedLeft } = await meta(boardId);
	const now = Date.now();
	if (pause && timerEndsAt > now) await setMeta(actor, boardId, { timerEndsAt: 0, timerPausedLeft: timerEndsAt - now });
	if (!pause && timerPausedLeft > 0)
		await setMeta(actor, boardId, { timerEndsAt: now + timerPausedLeft, timerPausedLeft: 0 });
}

/**
 * Anonymous mode: notes and comments carry no names, and presence shows who is here but not what they do.
 * The SQL mirror goes first, so presence is filtered before any client learns the board is anonymous.
 */
export async function setAnonymous(actor: Actor, boardId: string, anonymous: boolean) {
	const board = await getFacilitatedBoard(actor, boardId);
	if (board.status !== 'active') throw new Invalid('error_boards_archived');
	await mirrorAnonymity(boardId, anonymous);
	await setMeta(actor, boardId, { anonymous });
}

export async function setVoteBudget(actor: Actor, boardId: string, budget: number) {
	await setMeta(actor, boardId, { voteBudget: Math.max(1, Math.min(20, Math.floor(budget))) });
}

/** Reveals the next question card of the deck (or steps back with -1). */
export async function stepQuestion(actor: Actor, boardId: string, delta: 1 | -1) {
	const board = await getFacilitatedBoard(actor, boardId);
	if (board.status !== 'active') throw new Invalid('error_boards_archived');
	await changeControl(boardId, (c) => {
		const shown = readMeta(c).questionsShown;
		c.meta.set('questionsShown', Math.max(0, Math.min(listQuestions(c).length, shown + delta)));
	});
}

/** Locks the board: participants can read but not change it; facilitators still can. */
export async function setLocked(actor: Actor, boardId: string, locked: boolean) {
	const board = await getFacilitatedBoard(actor, boardId);
	if (board.status !== 'active') throw new Invalid('error_boards_archived');
	await db()
		.updateTable('boards')
		.set({ locked: locked ? 1 : 0, updated_at: nowIso() })
		.where('id', '=', boardId)
		.where('org_id', '=', actor.orgId)
		.execute();
	await changeControl(boardId, (c) => c.meta.set('locked', locked));
	await revalidateBoard(boardId);
}

/**
 * Ends the workshop: hidden notes are revealed and open votes tallied (nothing written is lost), guest
 * sessions close, and the board becomes a read-only archive for everyone.
 */
export async function endWorkshop(actor: Actor, boardId: string) {
	const board = await getFacilitatedBoard(actor, boardId);
	if (board.status !== 'active') return;
	const phase = (await meta(boardId)).phase;
	if (phase === 'write') await revealHiddenNotes(boardId);
	if (phase === 'vote') await tallyHiddenVotes(boardId);
	await changeControl(boardId, (c) => {
		c.meta.set('ended', true);
		c.meta.set('phase', phase === 'write' || phase === 'vote' ? 'decide' : phase);
		c.meta.set('timerEndsAt', 0);
		c.meta.set('timerPausedLeft', 0);
		c.meta.set('followFocus', '');
	});
	await db()
		.updateTable('boards')
		.set({ status: 'archived', ended_at: nowIso(), updated_at: nowIso() })
		.where('id', '=', boardId)
		.where('org_id', '=', actor.orgId)
		.execute();
	await mirrorBoard(boardId);
	await closeSessionsOf(boardId);
	await revalidateBoard(boardId);
}

/**
 * "Everyone follows me": the facilitator's focus (a note or zone id of this board, '' to stop leading).
 * In the control doc, not in awareness, because anyone can claim anything in awareness.
 */
export async function setFollowFocus(actor: Actor, boardId: string, focus: string) {
	const board = await getFacilitatedBoard(actor, boardId);
	if (board.status !== 'active') throw new Invalid('error_boards_archived');
	const target = focus.trim().slice(0, 40);
	await changeControl(boardId, (c) => c.meta.set('followFocus', target));
}

/**
 * A participant's progress as others see it: whether they said they are done writing, and how many dots
 * they spent — counted by the server from their private ballot, never which notes. `participantId` is
 * the caller's own id (the route takes it from the session or guest cookie).
 */
export async function reportProgress(
	participant: { boardId: string; participantId: string; name: string },
	input: { done?: boolean }
) {
	const { boardId, participantId } = participant;
	const used = await readDoc(mineDocName(boardId, participantId), (doc) => votesUsed(mineDoc(doc)));
	await changeControl(boardId, (c) => {
		if (readMeta(c).ended) return;
		let entry = c.progress.get(participantId);
		if (!(entry instanceof Y.Map)) {
			entry = new Y.Map<unknown>();
			c.progress.set(participantId, entry);
			entry.set('done', false);
		}
		if (entry.get('name') !== participant.name) entry.set('name', participant.name.slice(0, LIMITS.title));
		if (entry.get('votesUsed') !== used) entry.set('votesUsed', used);
		if (input.done !== undefined && entry.get('done') !== input.done) entry.set('done', input.done);
	});
}

/** A member's own progress on a board they may see. */
export async function reportMemberProgress(actor: Actor, boardId: string, input: { done?: boolean }) {
	const board = await getBoard(actor, boardId);
	if (board.status !== 'active') return;
	// Whoever runs the workshop is not one of the people "who is done" counts (an entry from before goes).
	if (board.canFacilitate) {
		await changeControl(boardId, (c) => {
			if (c.progress.has(actor.userId)) c.progress.delete(actor.userId);
		});
		return;
	}
	await reportProgress({ boardId, participantId: actor.userId, name: actor.name }, input);
}
