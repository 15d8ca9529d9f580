// Boards as records: create (blank or from a template), list and search, rename, archive, duplicate,
// delete, and the SQL mirror of the doc (title, counts, last activity) that lists need.
import * as Y from 'yjs';
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize, can } from '../policy';
import { Invalid, NotFound } from '../errors';
import { listTeams, getTeam } from '../orgs/index';
import type { Actor } from '../actor';
import type { BoardsTable } from '../db/schema';
import type { Selectable } from 'kysely';
import { addZone, boardDoc, boardDocName, controlDocName, listDecisions, listNotes } from '$lib/boards/doc';
import {
	firstScreen,
	leaveBoardView,
	readBoardView,
	SERVER_RENDER_MAX,
	type BoardView
} from '$lib/boards/live/server-view';
import { changeDoc, dropBoardDocs, readDoc, revalidateBoard } from './live';
import { changeControl, forgetControl, markControlReady, readControl } from './control';
import { templateContent, type TemplateContent } from './templates';
import type { CreateBoardInput } from './schemas';

export type BoardRow = Selectable<BoardsTable>;

export function boardTarget(board: Pick<BoardRow, 'org_id' | 'team_id' | 'created_by'>) {
	return { orgId: board.org_id, teamId: board.team_id ?? undefined, participants: [board.created_by] };
}

/** A board the actor may see; another organisation's board is simply not found. */
export async function getBoard(actor: Actor, boardId: string) {
	const board = await db()
		.selectFrom('boards')
		.selectAll()
		.where('id', '=', boardId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!board) throw new NotFound('board');
	authorize(actor, 'board.view', boardTarget(board));
	return { ...board, canFacilitate: can(actor, 'board.facilitate', boardTarget(board)) };
}

/** Loads a board the actor facilitates (rename, lock, sessions, guests, phases …). */
export async function getFacilitatedBoard(actor: Actor, boardId: string) {
	const board = await getBoard(actor, boardId);
	authorize(actor, 'board.facilitate', boardTarget(board));
	return board;
}

export async function listBoards(actor: Actor, options: { q?: string; status?: 'active' | 'archived' } = {}) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	let query = db().selectFrom('boards').selectAll().where('org_id', '=', actor.orgId);
	if (options.status) query = query.where('status', '=', options.status);
	const rows = await query.orderBy('updated_at', 'desc').execute();
	const q = options.q?.trim().toLocaleLowerCase();
	const teams = new Map((await listTeams(actor)).map((t) => [t.id, t.name]));
	return rows
		.filter((b) => can(actor, 'board.view', boardTarget(b)))
		.filter((b) => !q || b.title.toLocaleLowerCase().includes(q))
		.map((b) => ({
			...b,
			teamName: b.team_id ? (teams.get(b.team_id) ?? null) : null,
			canFacilitate: can(actor, 'board.facilitate', boardTarget(b))
		}));
}

/** Teams the actor may create boards for (and whether an organisation-wide board is allowed). */
export async function boardCreationTargets(actor: Actor) {
	const teams = await listTeams(actor);
	return {
		teams: teams
			.filter((t) => can(actor, 'board.create', { orgId: actor.orgId, teamId: t.id }))
			.map((t) => ({ id: t.id, name: t.name })),
		orgWide: can(actor, 'board.create', { orgId: actor.orgId })
	};
}

/**
 * Writes a template's content into a board: zones into the shared doc; title, phase and the question deck
 * into the control doc (participants must not rewrite the questions the facilitator reveals).
 */
export async function writeTemplate(boardId: string, title: string, content: TemplateContent) {
	markControlReady(boardId);
	const zoneIds: string[] = [];
	if (content.zones.length) {
		await changeDoc(boardDocName(boardId), (doc) => {
			const b = boardDoc(doc);
			let order = 1;
			for (const zone of content.zones)
				zoneIds.push(addZone(b, { title: zone.title, color: zone.color, dimension: zone.dimension, order: order++ }));
		});
	}
	await changeControl(boardId, (c) => {
		c.meta.set('title', title);
		if (!c.meta.has('phase')) c.meta.set('phase', 'open');
		if (content.surveyRoundId) c.meta.set('surveyRoundId', content.surveyRoundId);
		if (content.questions.length) c.questions.push(content.questions.slice(0, 60));
		content.zones.forEach((zone, i) => {
			if (!zone.questions?.length || !zoneIds[i]) return;
			const deck = new Y.Array<string>();
			deck.push(zone.questions.slice(0, 60));
			c.zoneQuestions.set(zoneIds[i], deck);
		});
	});
}

export async function createBoard(
	actor: Actor,
	input: Pick<CreateBoardInput, 'title'> & Partial<CreateBoardInput>,
	locale = 'en'
) {
	if (input.teamId) await getTeam(actor, input.teamId);
	authorize(actor, 'board.create', { orgId: actor.orgId, teamId: input.teamId });
	const content = input.template ? await templateContent(actor, input.template, locale) : { zones: [], questions: [] };
	const now = nowIso();
	const board: BoardRow = {
		id: newId(),
		org_id: actor.orgId,
		team_id: input.teamId ?? null,
		title: input.title.trim(),
		status: 'active',
		locked: 0,
		anonymous: 0,
		template: input.template ?? null,
		note_count: 0,
		decision_count: 0,
		created_by: actor.userId,
		created_at: now,
		updated_at: now,
		ended_at: null
	};
	await db().insertInto('boards').values(board).execute();
	await writeTemplate(board.id, board.title, content);
	return board;
}

export async function renameBoard(actor: Actor, boardId: string, input: { title: string }) {
	await getFacilitatedBoard(actor, boardId);
	const title = input.title.trim();
	await db()
		.updateTable('boards')
		.set({ title, updated_at: nowIso() })
		.where('id', '=', boardId)
		.where('org_id', '=', actor.orgId)
		.execute();
	await changeControl(boardId, (c) => c.meta.set('title', title));
}

export async function setBoardStatus(actor: Actor, boardId: string, status: 'active' | 'archived') {
	await getFacilitatedBoard(actor, boardId);
	await db()
		.updateTable('boards')
		.set({ status, updated_at: nowIso() })
		.where('id', '=', boardId)
		.where('org_id', '=', actor.orgId)
		.execute();
	await changeControl(boardId, (c) => c.meta.set('ended', status === 'archived'));
	await revalidateBoard(boardId);
}

/** A copy of the shared board (never anyone's hidden notes), active and unlocked; named like it unless a title is given. */
export async function duplicateBoard(actor: Actor, boardId: string, title?: string) {
	const source = await getBoard(actor, boardId);
	title = title?.trim().slice(0, 120) || source.title;
	authorize(actor, 'board.create', { orgId: actor.orgId, teamId: source.team_id ?? undefined });
	const state = await readDoc(boardDocName(boardId), (doc) => Y.encodeStateAsUpdate(doc));
	const control = await readControl(boardId, (c) => Y.encodeStateAsUpdate(c.doc));
	const now = nowIso();
	const copy: BoardRow = {
		...stripExtra(source),
		id: newId(),
		title,
		status: 'active',
		locked: 0,
		created_by: actor.userId,
		created_at: now,
		updated_at: now,
		ended_at: null
	};
	await db().insertInto('boards').values(copy).execute();
	await changeDoc(boardDocName(copy.id), (doc) => Y.applyUpdate(doc, state));
	markControlReady(copy.id);
	await changeDoc(controlDocName(copy.id), (doc) => {
		Y.applyUpdate(doc, control);
		changeCopiedControl(doc, title);
	});
	return copy;
}

function changeCopiedControl(doc: Y.Doc, title: string) {
	const meta = doc.getMap<unknown>('meta');
	meta.set('title', title);
	meta.set('ended', false);
	meta.set('locked', false);
	meta.set('phase', 'open');
	meta.set('timerEndsAt', 0);
	meta.set('timerPausedLeft', 0);
	meta.set('followFocus', '');
	const progress = doc.getMap('progress');
	for (const key of [...progress.keys()]) progress.delete(key);
}

function stripExtra(board: BoardRow & { canFacilitate?: boolean }): BoardRow {
	const { canFacilitate: _, ...row } = board;
	return row;
}

/**
 * Deletes the board: its SQL rows (sessions, guests, participants cascade), then every document of it —
 * shared, control and private — from the sync server: open connections are closed and the stored updates
 * and snapshots are removed, so nothing of the board's content remains. The list's form must say it is sure
 * (`confirmed: false` is refused with a message next to its checkbox), asked only of someone who may delete.
 */
export async function deleteBoard(actor: Actor, boardId: string, { confirmed = true } = {}) {
	await getFacilitatedBoard(actor, boardId);
	if (!confirmed) throw new Invalid('error_boards_confirm_delete', 'confirm');
	await db().deleteFrom('boards').where('id', '=', boardId).where('org_id', '=', actor.orgId).execute();
	forgetControl(boardId);
	await revalidateBoard(boardId);
	await dropBoardDocs(boardId);
}

/**
 * The shared board doc's state for the page to render before its WebSocket has synced: the doc's copy (base64 of a
 * Yjs update) or, for a page the server renders of a board too big to carry whole (SERVER_RENDER_MAX), only its first
 * screen (server-view.ts). Only the shared doc: hidden notes and ballots live elsewhere. The caller has authorised.
 * (The control doc's comes from `initialControlState`.)
 */
export async function initialBoardState(
	boardId: string,
	{ forRender = false } = {}
): Promise<{ initial?: string; firstScreen?: BoardView }> {
	// forRender: the page renders the board on the server; its lists are read here, from the same state as the copy,
	// so the render need not read the copy back into a doc (lib/boards/live/server-view.ts).
	const { update, view } = await readDoc(boardDocName(boardId), (doc) => {
		const update = Y.encodeStateAsUpdate(doc);
		return { update, view: forRender ? readBoardView(boardDoc(doc)) : undefined };
	});
	if (view && Math.ceil(update.length / 3) * 4 > SERVER_RENDER_MAX) return { firstScreen: firstScreen(view) };
	const initial = Buffer.from(update).toString('base64');
	if (view) leaveBoardView(initial, view);
	return { initial };
}

/** Mirrors what lists show from the live doc into SQL. Counts come from the doc, never from a client. */
export async function mirrorBoard(boardId: string) {
	const counts = await readDoc(boardDocName(boardId), (doc) => {
		const b = boardDoc(doc);
		return { notes: listNotes(b).length, decisions: listDecisions(b).length };
	});
	await db()
		.updateTable('boards')
		.set({ note_count: counts.notes, decision_count: counts.decisions, updated_at: nowIso() })
		.where('id', '=', boardId)
		.execute();
	return counts;
}

export async function touchBoard(actor: Actor, boardId: string) {
	await getBoard(actor, boardId);
	return mirrorBoard(boardId);
}

/** Records that someone opened the board, so the server can find their private doc later. */
export async function recordParticipant(
	board: { id: string; org_id: string },
	participantId: string,
	name: string,
	kind: 'user' | 'guest'
) {
	const existing = await db()
		.selectFrom('board_participants')
		.select(['id', 'name'])
		.where('board_id', '=', board.id)
		.where('participant_id', '=', participantId)
		.executeTakeFirst();
	if (existing) {
		if (existing.name !== name)
			await db().updateTable('board_participants').set({ name }).where('id', '=', existing.id).execute();
		return;
	}
	await db()
		.insertInto('board_participants')
		.values({
			id: newId(),
			org_id: board.org_id,
			board_id: board.id,
			participant_id: participantId,
			name,
			kind,
			created_at: nowIso()
		})
		.onConflict((oc) => oc.columns(['board_id', 'participant_id']).doNothing())
		.execute();
}

export async function listParticipants(boardId: string) {
	return db()
		.selectFrom('board_participants')
		.select(['participant_id', 'name', 'kind'])
		.where('board_id', '=', boardId)
		.execute();
}
