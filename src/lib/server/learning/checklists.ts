// Buddy-training checklists: the tasks a new colleague must learn, each signed off by their buddy.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import { loadPair, loadProgramme, pairTarget } from './records';
import { orgNames } from './people';
import { publishTeam } from './live';

export async function addChecklistItem(actor: Actor, programmeId: string, input: { title: string }) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	if (programme.kind !== 'buddy') throw new Invalid('error_learning_only_buddy');
	const last = await db()
		.selectFrom('learning_checklist_items')
		.select((eb) => eb.fn.max('position').as('max'))
		.where('programme_id', '=', programme.id)
		.executeTakeFirst();
	const item = {
		id: newId(),
		org_id: actor.orgId,
		programme_id: programme.id,
		title: input.title,
		position: Number(last?.max ?? 0) + 1,
		created_at: nowIso()
	};
	await db().insertInto('learning_checklist_items').values(item).execute();
	return item;
}

export async function removeChecklistItem(actor: Actor, programmeId: string, itemId: string) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	await db()
		.deleteFrom('learning_checklist_items')
		.where('id', '=', itemId)
		.where('programme_id', '=', programme.id)
		.where('org_id', '=', actor.orgId)
		.execute();
}

export async function listChecklist(actor: Actor, programmeId: string) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.view', { orgId: actor.orgId, teamId: programme.team_id });
	return db()
		.selectFrom('learning_checklist_items')
		.select(['id', 'title', 'position'])
		.where('programme_id', '=', programme.id)
		.where('org_id', '=', actor.orgId)
		.orderBy('position')
		.execute();
}

/** The learner's checklist in a buddy pair: each task and who signed it off, when. */
export async function pairChecklist(actor: Actor, pairId: string) {
	const pair = await loadPair(actor.orgId, pairId);
	authorize(actor, 'learning.log.view', pairTarget(pair));
	const names = await orgNames(actor);
	const items = await db()
		.selectFrom('learning_checklist_items')
		.select(['id', 'title'])
		.where('programme_id', '=', pair.programme_id)
		.where('org_id', '=', actor.orgId)
		.orderBy('position')
		.execute();
	const signoffs = await db()
		.selectFrom('learning_signoffs')
		.selectAll()
		.where('learner_id', '=', pair.learner_id)
		.where('org_id', '=', actor.orgId)
		.execute();
	const byItem = new Map(signoffs.map((s) => [s.item_id, s]));
	return items.map((i) => {
		const s = byItem.get(i.id);
		return {
			id: i.id,
			title: i.title,
			signedAt: s?.signed_at ?? null,
			signedBy: s ? (names.get(s.signed_by) ?? '—') : null
		};
	});
}

async function signable(actor: Actor, pairId: string, itemId: string) {
	const pair = await loadPair(actor.orgId, pairId);
	// Only the pair's buddy signs off: that is the point of the sign-off.
	authorize(actor, 'learning.signoff', { orgId: actor.orgId, teamId: pair.team_id, participants: [pair.guide_id] });
	const item = await db()
		.selectFrom('learning_checklist_items')
		.select('id')
		.where('id', '=', itemId)
		.where('programme_id', '=', pair.programme_id)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!item) throw new NotFound('checklist item');
	return pair;
}

export async function signOff(actor: Actor, pairId: string, itemId: string) {
	const pair = await signable(actor, pairId, itemId);
	await db()
		.insertInto('learning_signoffs')
		.values({
			id: newId(),
			org_id: actor.orgId,
			item_id: itemId,
			pair_id: pair.id,
			learner_id: pair.learner_id,
			signed_by: actor.userId,
			signed_at: nowIso()
		})
		.onConflict((oc) => oc.columns(['item_id', 'learner_id']).doNothing())
		.execute();
	await publishTeam(actor.orgId, pair.team_id);
}

export async function undoSignOff(actor: Actor, pairId: string, itemId: string) {
	const pair = await signable(actor, pairId, itemId);
	await db()
		.deleteFrom('learning_signoffs')
		.where('item_id', '=', itemId)
		.where('learner_id', '=', pair.learner_id)
		.where('org_id', '=', actor.orgId)
		.execute();
	await publishTeam(actor.orgId, pair.team_id);
}

/**
 * Who completed a buddy programme's checklist: learners with every task signed off (a programme without tasks
 * has none). For awarding a micro-credential to all of them at once.
 */
export async function checklistCompleters(actor: Actor, programmeId: string): Promise<string[]> {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.view', { orgId: actor.orgId, teamId: programme.team_id });
	const items = await db()
		.selectFrom('learning_checklist_items')
		.select('id')
		.where('programme_id', '=', programme.id)
		.where('org_id', '=', actor.orgId)
		.execute();
	if (!items.length) return [];
	const signed = await db()
		.selectFrom('learning_signoffs')
		.select(['learner_id', 'item_id'])
		.where('org_id', '=', actor.orgId)
		.where(
			'item_id',
			'in',
			items.map((i) => i.id)
		)
		.execute();
	const count = new Map<string, number>();
	for (const s of signed) count.set(s.learner_id, (count.get(s.learner_id) ?? 0) + 1);
	return [...count].filter(([, n]) => n === items.length).map(([id]) => id);
}
