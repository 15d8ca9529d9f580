// An organisation's own templates, saved from one of its boards by someone who facilitates it.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import type { Actor } from '../actor';
import { boardDoc, boardDocName, listQuestions, listZones } from '$lib/boards/doc';
import { readDoc } from './live';
import { readControl } from './control';
import { getFacilitatedBoard } from './records';
import { StoredContent } from './templates';

/** Saves a board's zones and question deck (no notes) as a template for the organisation. */
export async function saveAsTemplate(actor: Actor, boardId: string, input: { title: string; description?: string }) {
	await getFacilitatedBoard(actor, boardId);
	authorize(actor, 'board.template.create', { orgId: actor.orgId });
	const zones = await readDoc(boardDocName(boardId), (doc) =>
		listZones(boardDoc(doc)).map((z) => ({ title: z.title, color: z.color }))
	);
	const content = { zones, questions: await readControl(boardId, listQuestions) };
	const row = {
		id: newId(),
		org_id: actor.orgId,
		title: input.title.trim(),
		description: (input.description ?? '').trim(),
		content: JSON.stringify(StoredContent.parse(content)),
		created_by: actor.userId,
		created_at: nowIso()
	};
	await db().insertInto('board_templates').values(row).execute();
	return { id: `org:${row.id}`, title: row.title };
}
