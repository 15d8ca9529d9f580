// People a programme must never pair (e.g. a manager and their report, two who asked not to be): honoured by
// hand-made pairs, suggestions and circle rotations alike.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { NotFound } from '../errors';
import type { Actor } from '../actor';
import { loadProgramme } from './records';
import { orgNames } from './people';

/** Internal: the excluded pairs of a programme, both ways round (`a|b`). */
export async function exclusionsOf(orgId: string, programmeId: string): Promise<Set<string>> {
	const rows = await db()
		.selectFrom('learning_exclusions')
		.select(['user_a', 'user_b'])
		.where('org_id', '=', orgId)
		.where('programme_id', '=', programmeId)
		.execute();
	return new Set(rows.flatMap((r) => [`${r.user_a}|${r.user_b}`, `${r.user_b}|${r.user_a}`]));
}

export async function addExclusion(actor: Actor, programmeId: string, input: { userA: string; userB: string }) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	const names = await orgNames(actor);
	if (!names.has(input.userA) || !names.has(input.userB)) throw new NotFound('member');
	await db()
		.insertInto('learning_exclusions')
		.values({
			id: newId(),
			org_id: actor.orgId,
			programme_id: programme.id,
			user_a: input.userA,
			user_b: input.userB,
			created_at: nowIso()
		})
		.execute();
}

export async function listExclusions(actor: Actor, programmeId: string) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.view', { orgId: actor.orgId, teamId: programme.team_id });
	const names = await orgNames(actor);
	const rows = await db()
		.selectFrom('learning_exclusions')
		.selectAll()
		.where('programme_id', '=', programme.id)
		.where('org_id', '=', actor.orgId)
		.execute();
	return rows.map((r) => ({ id: r.id, a: names.get(r.user_a) ?? '—', b: names.get(r.user_b) ?? '—' }));
}

export async function removeExclusion(actor: Actor, programmeId: string, exclusionId: string) {
	const programme = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	await db()
		.deleteFrom('learning_exclusions')
		.where('id', '=', exclusionId)
		.where('programme_id', '=', programme.id)
		.where('org_id', '=', actor.orgId)
		.execute();
}
