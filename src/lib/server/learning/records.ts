// The programme and pair rows every part of the module starts from, loaded by id within an organisation.
// Kept apart from the functions that change them, so reading a row never pulls in the live team view.
import type { Selectable } from 'kysely';
import { db } from '../db/current';
import { NotFound } from '../errors';
import type { LearningPairsTable, LearningProgrammesTable, ParticipantRole, ProgrammeKind } from '../db/schema';

export type Programme = Selectable<LearningProgrammesTable>;

/** Internal: a programme of the organisation, or NotFound. */
export async function loadProgramme(orgId: string, programmeId: string): Promise<Programme> {
	const p = await db()
		.selectFrom('learning_programmes')
		.selectAll()
		.where('id', '=', programmeId)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	if (!p) throw new NotFound('programme');
	return p;
}

export function rolesFor(kind: ProgrammeKind): ParticipantRole[] {
	return kind === 'peer' ? ['peer'] : ['guide', 'learner'];
}

export type Pair = Selectable<LearningPairsTable>;

/** Internal: a pair of the organisation, or NotFound. */
export async function loadPair(orgId: string, pairId: string): Promise<Pair> {
	const pair = await db()
		.selectFrom('learning_pairs')
		.selectAll()
		.where('id', '=', pairId)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	if (!pair) throw new NotFound('pair');
	return pair;
}

export function pairTarget(pair: Pair) {
	return { orgId: pair.org_id, teamId: pair.team_id, participants: [pair.guide_id, pair.learner_id] };
}
