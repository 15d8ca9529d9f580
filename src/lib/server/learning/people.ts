// Names of the people in learning records, asked of the organisation module (its tables are its own).
import { listMembers } from '../orgs/index';
import { loadActor } from '../auth/index';
import type { Actor } from '../actor';

export type Names = Map<string, string>;

/** Everybody in the actor's organisation, by id. */
export async function orgNames(actor: Actor): Promise<Names> {
	return new Map((await listMembers(actor)).map((p) => [p.id, p.name]));
}

/** For work without an actor (the reminder scheduler, the calendar feed): the named people only. */
export async function namesOf(orgId: string, ids: Iterable<string>): Promise<Names> {
	const out: Names = new Map();
	for (const id of new Set(ids)) {
		const actor = await loadActor(id, orgId);
		out.set(id, actor?.name ?? '—');
	}
	return out;
}
