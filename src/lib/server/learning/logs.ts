// Session logs: what a pair practised and learnt, which skills, the next step; the partner confirms.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import { loadPair, loadProgramme, pairTarget } from './records';
import { orgNames } from './people';
import { publishTeam } from './live';
import type { LogInput } from './schemas';
import { recordLearning } from '../xapi/index';

/** The author's log sent with this device id before (the offline queue sends again when unsure). */
function loggedBefore(actor: Actor, clientId: string) {
	return db()
		.selectFrom('learning_logs')
		.selectAll()
		.where('org_id', '=', actor.orgId)
		.where('author_id', '=', actor.userId)
		.where('client_id', '=', clientId)
		.executeTakeFirst();
}

export async function writeLog(actor: Actor, pairId: string, input: LogInput) {
	const before = input.clientId ? await loggedBefore(actor, input.clientId) : undefined;
	if (before) return before;
	const pair = await loadPair(actor.orgId, pairId);
	authorize(actor, 'learning.log', pairTarget(pair));
	const programme = await loadProgramme(actor.orgId, pair.programme_id);
	if (input.heldOn < programme.start_date) throw new Invalid('error_learning_log_before_start', 'heldOn');
	const log = {
		id: newId(),
		org_id: actor.orgId,
		team_id: pair.team_id,
		programme_id: pair.programme_id,
		pair_id: pair.id,
		author_id: actor.userId,
		partner_id: pair.guide_id === actor.userId ? pair.learner_id : pair.guide_id,
		held_on: input.heldOn,
		occurrence_date: input.occurrenceDate,
		minutes: input.minutes,
		practised: input.practised,
		skills: input.skills,
		next_step: input.nextStep,
		confirmed_at: null,
		created_at: nowIso(),
		client_id: input.clientId ?? null
	};
	// Two sends of one queued log at once: the unique key keeps one, and the later send answers with it.
	const inserted = await db()
		.insertInto('learning_logs')
		.values(log)
		.onConflict((oc) => oc.columns(['org_id', 'author_id', 'client_id']).doNothing())
		.executeTakeFirst();
	if (input.clientId && !Number(inserted.numInsertedOrUpdatedRows ?? 1))
		return (await loggedBefore(actor, input.clientId))!;
	await publishTeam(actor.orgId, pair.team_id);
	// what was practised and the next step stay here: the LRS learns that a session of this length took place
	await recordLearning(
		actor.orgId,
		{ id: actor.userId, email: actor.email },
		{
			kind: 'session.logged',
			logId: log.id,
			programmeId: log.programme_id,
			minutes: log.minutes,
			at: new Date()
		}
	);
	return log;
}

/** The other person of the pair confirms that the session took place as logged. */
export async function confirmLog(actor: Actor, logId: string) {
	const log = await db()
		.selectFrom('learning_logs')
		.selectAll()
		.where('id', '=', logId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!log) throw new NotFound('log');
	authorize(actor, 'learning.log', { orgId: actor.orgId, teamId: log.team_id, participants: [log.partner_id] });
	await db()
		.updateTable('learning_logs')
		.set({ confirmed_at: nowIso() })
		.where('id', '=', log.id)
		.where('org_id', '=', actor.orgId)
		.execute();
	await publishTeam(actor.orgId, log.team_id);
	if (!log.confirmed_at)
		await recordLearning(
			actor.orgId,
			{ id: actor.userId, email: actor.email },
			{
				kind: 'session.confirmed',
				logId: log.id,
				programmeId: log.programme_id,
				at: new Date()
			}
		);
}

export async function listLogs(actor: Actor, pairId: string) {
	const pair = await loadPair(actor.orgId, pairId);
	authorize(actor, 'learning.log.view', pairTarget(pair));
	const names = await orgNames(actor);
	const rows = await db()
		.selectFrom('learning_logs')
		.selectAll()
		.where('pair_id', '=', pair.id)
		.where('org_id', '=', actor.orgId)
		.orderBy('held_on', 'desc')
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map((l) => ({
		...l,
		author_name: names.get(l.author_id) ?? '—',
		partner_name: names.get(l.partner_id) ?? '—'
	}));
}
