// Manual and bulk award of a micro-credential by an admin: for people who met its requirements outside the
// modules (a buddy-training checklist signed off, an assessment done on site). Nobody awards themselves; every
// award is audit-logged and the holder is notified.
import { randomUUID } from 'node:crypto';
import { db } from '../db/current';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import { listMembers } from '../orgs/index';
import { checklistCompleters, listProgrammes } from '../learning/index';
import { record } from '../audit/index';
import { runNudges, type Nudge } from '../notify/index';
import { defView } from './definitions';
import { issue } from './issuing';

export interface AwardRequest {
	definitionId: string;
	/** people picked by hand */
	userIds: string[];
	/** and/or everyone who completed this buddy programme's checklist ('' for none) */
	programmeId: string;
	note: string;
}

/** Awards the definition to each person picked (and each who completed the programme's checklist). */
export async function awardCredential(actor: Actor, input: AwardRequest, origin: string, now = new Date()) {
	authorize(actor, 'bites.credentials.manage', { orgId: actor.orgId });
	const defs = (
		await db().selectFrom('bite_credential_defs').selectAll().where('org_id', '=', actor.orgId).execute()
	).map(defView);
	const def = defs.find((d) => d.id === input.definitionId);
	if (!def) throw new NotFound('credential definition');
	if (input.userIds.includes(actor.userId)) throw new Invalid('bites_mc_award_self', 'userIds');
	// From a programme, the admin's own completion is left out rather than refused: they cannot award it.
	const fromProgramme = input.programmeId
		? (await checklistCompleters(actor, input.programmeId)).filter((id) => id !== actor.userId)
		: [];
	const wanted = [...new Set([...input.userIds, ...fromProgramme])];
	if (!wanted.length) throw new Invalid('bites_mc_award_nobody', 'userIds');
	const members = new Map((await listMembers(actor)).map((p) => [p.id, p]));
	if (wanted.some((id) => !members.has(id))) throw new NotFound('person');
	const holders = new Set(
		(
			await db()
				.selectFrom('bite_credentials')
				.select('holder_id')
				.where('org_id', '=', actor.orgId)
				.where('def_id', '=', def.id)
				.execute()
		).map((r) => r.holder_id)
	);
	const awarded: string[] = [];
	const nudges: Nudge[] = [];
	for (const userId of wanted) {
		if (holders.has(userId)) continue; // one credential per definition and person, as when earned
		const person = members.get(userId)!;
		const learner = { id: userId, orgId: actor.orgId, kind: 'member' as const, name: person.name, email: person.email };
		const credentialId = await issue(learner, def, defs, origin, now);
		awarded.push(credentialId);
		await record({
			orgId: actor.orgId,
			actor,
			action: 'bites.credential.award',
			target: credentialId,
			detail: { definitionId: def.id, holderId: userId, ...(input.note ? { note: input.note } : {}) }
		});
		nudges.push({
			orgId: actor.orgId,
			userId,
			kind: 'bites_credential',
			key: `credential:${credentialId}:${randomUUID()}`,
			messageKey: input.note ? 'bites_mc_awarded_notice_note' : 'bites_mc_awarded_notice',
			params: { title: def.title, ...(input.note ? { note: input.note } : {}) },
			link: '/bites/credentials'
		});
	}
	// The holder hears of it through the app's notifications (and email, as they chose).
	if (nudges.length) await runNudges([async () => nudges], now);
	return { awarded: awarded.length, skipped: wanted.length - awarded.length };
}

/** The buddy programmes an admin may award from (those with a checklist). */
export async function awardProgrammes(actor: Actor) {
	authorize(actor, 'bites.credentials.manage', { orgId: actor.orgId });
	return (await listProgrammes(actor))
		.filter((p) => p.kind === 'buddy')
		.map((p) => ({ id: p.id, name: p.name, teamName: p.team_name }));
}
