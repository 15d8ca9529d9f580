// Learning paths: an ordered list of modules (steps) that a team or a person works through. A step may wait for an
// earlier step (its prerequisite); a new step waits for the one before it. Authors write paths as they write
// modules (the same permission: its author and admins change it), and whoever may assign a module to a team or a
// person may assign a path to them. Progress is read from module completions (path-progress.ts).
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize, can } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import type { Selectable, Transaction } from 'kysely';
import type { BitePathsTable, BitePathStepsTable, Database } from '../db/schema';

type Tx = Transaction<Database>;
import { findModule } from './modules';
import { assignTarget } from './assignments';
import type { PathInput } from './schemas';

export type PathRow = Selectable<BitePathsTable>;
export type StepRow = Selectable<BitePathStepsTable>;

/** Internal: a path of the organisation, or NotFound (another organisation's path is no path at all). */
export async function findPath(orgId: string, pathId: string): Promise<PathRow> {
	const row = await db()
		.selectFrom('bite_paths')
		.selectAll()
		.where('id', '=', pathId)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('path');
	return row;
}

/** Internal: the steps of some paths, in order. */
export async function loadSteps(orgId: string, pathIds: string[]): Promise<StepRow[]> {
	if (pathIds.length === 0) return [];
	return db()
		.selectFrom('bite_path_steps')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('path_id', 'in', pathIds)
		.orderBy('path_id')
		.orderBy('position')
		.execute();
}

export function mayEditPath(actor: Actor, row: PathRow) {
	return can(actor, 'bites.module.edit', { orgId: actor.orgId, participants: [row.created_by] });
}

/** The path, for those who write and assign paths (admins, facilitators, managers). */
export async function viewablePath(actor: Actor, pathId: string) {
	const row = await findPath(actor.orgId, pathId);
	authorize(actor, 'bites.author', { orgId: actor.orgId });
	return row;
}

/** The path, if the actor may change it (its author and admins). */
export async function editablePath(actor: Actor, pathId: string) {
	const row = await findPath(actor.orgId, pathId);
	authorize(actor, 'bites.module.edit', { orgId: actor.orgId, participants: [row.created_by] });
	return row;
}

export async function createPath(actor: Actor, input: PathInput) {
	authorize(actor, 'bites.author', { orgId: actor.orgId });
	const now = nowIso();
	const row = {
		id: newId(),
		org_id: actor.orgId,
		title: input.title,
		description: input.description,
		created_by: actor.userId,
		created_at: now,
		updated_at: now
	};
	await db().insertInto('bite_paths').values(row).execute();
	return row;
}

export async function updatePath(actor: Actor, pathId: string, input: PathInput) {
	await editablePath(actor, pathId);
	await touch(actor, pathId, { title: input.title, description: input.description });
}

/** Deleting asks first (the page's confirm step): only someone who may delete the path is asked. */
export async function deletePathQuestion(actor: Actor, pathId: string): Promise<'remove'> {
	await editablePath(actor, pathId);
	return 'remove';
}

export async function deletePath(actor: Actor, pathId: string) {
	await editablePath(actor, pathId);
	await db().deleteFrom('bite_paths').where('id', '=', pathId).where('org_id', '=', actor.orgId).execute();
}

async function touch(actor: Actor, pathId: string, values: Partial<Pick<PathRow, 'title' | 'description'>> = {}) {
	await db()
		.updateTable('bite_paths')
		.set({ ...values, updated_at: nowIso() })
		.where('id', '=', pathId)
		.where('org_id', '=', actor.orgId)
		.execute();
}

/** Adds a published module as the last step; it waits for the step before it. */
export async function addStep(actor: Actor, pathId: string, input: { moduleId: string }) {
	await editablePath(actor, pathId);
	const module = await findModule(actor.orgId, input.moduleId);
	if (module.published !== 1) throw new Invalid('error_bites_publish_first', 'moduleId');
	const steps = await loadSteps(actor.orgId, [pathId]);
	if (steps.some((s) => s.module_id === module.id)) throw new Invalid('error_bites_path_step_twice', 'moduleId');
	const last = steps.at(-1);
	await db()
		.insertInto('bite_path_steps')
		.values({
			id: newId(),
			org_id: actor.orgId,
			path_id: pathId,
			module_id: module.id,
			position: steps.length,
			prerequisite_id: last?.id ?? null
		})
		.execute();
	await touch(actor, pathId);
}

async function stepOf(actor: Actor, pathId: string, stepId: string) {
	const steps = await loadSteps(actor.orgId, [pathId]);
	const index = steps.findIndex((s) => s.id === stepId);
	if (index < 0) throw new NotFound('step');
	return { steps, index };
}

/**
 * Writes the steps' order and prerequisites. The invariant: a prerequisite is an earlier step. A move that puts a
 * step before its prerequisite makes it wait for the step now before it instead (or nothing, when it is first).
 */
async function saveOrder(actor: Actor, pathId: string, steps: StepRow[], before?: (tx: Tx) => Promise<unknown>) {
	await db()
		.transaction()
		.execute(async (tx) => {
			await before?.(tx);
			for (const [i, step] of steps.entries()) {
				const earlier = steps.slice(0, i).some((s) => s.id === step.prerequisite_id);
				const prerequisite = step.prerequisite_id && !earlier ? (steps[i - 1]?.id ?? null) : step.prerequisite_id;
				await tx
					.updateTable('bite_path_steps')
					.set({ position: i, prerequisite_id: prerequisite })
					.where('id', '=', step.id)
					.where('org_id', '=', actor.orgId)
					.execute();
			}
		});
	await touch(actor, pathId);
}

export async function moveStep(actor: Actor, pathId: string, input: { stepId: string; direction: 'up' | 'down' }) {
	await editablePath(actor, pathId);
	const { steps, index } = await stepOf(actor, pathId, input.stepId);
	const other = input.direction === 'up' ? index - 1 : index + 1;
	if (other < 0 || other >= steps.length) return;
	[steps[index], steps[other]] = [steps[other], steps[index]];
	await saveOrder(actor, pathId, steps);
}

/** A step waits for an earlier step, or (an empty choice) for none. */
export async function setPrerequisite(
	actor: Actor,
	pathId: string,
	input: { stepId: string; prerequisiteId?: string }
) {
	await editablePath(actor, pathId);
	const { steps, index } = await stepOf(actor, pathId, input.stepId);
	const prerequisite = input.prerequisiteId || null;
	if (prerequisite && !steps.slice(0, index).some((s) => s.id === prerequisite))
		throw new Invalid('error_bites_path_prerequisite', 'prerequisiteId');
	await db()
		.updateTable('bite_path_steps')
		.set({ prerequisite_id: prerequisite })
		.where('id', '=', input.stepId)
		.where('org_id', '=', actor.orgId)
		.execute();
	await touch(actor, pathId);
}

/** Removes a step; the steps that waited for it wait for what it waited for. */
export async function removeStep(actor: Actor, pathId: string, input: { stepId: string }) {
	await editablePath(actor, pathId);
	const { steps, index } = await stepOf(actor, pathId, input.stepId);
	const removed = steps[index];
	const rest = steps
		.filter((s) => s.id !== removed.id)
		.map((s) => (s.prerequisite_id === removed.id ? { ...s, prerequisite_id: removed.prerequisite_id } : s));
	// the step goes and the rest close ranks in one transaction: a failure leaves the path as it was
	await saveOrder(actor, pathId, rest, (tx) =>
		tx.deleteFrom('bite_path_steps').where('id', '=', removed.id).where('org_id', '=', actor.orgId).execute()
	);
}

export async function assignPath(actor: Actor, pathId: string, input: { target: string; dueOn: string }) {
	await findPath(actor.orgId, pathId);
	const target = await assignTarget(actor, input.target);
	if ((await loadSteps(actor.orgId, [pathId])).length === 0) throw new Invalid('error_bites_path_empty', 'target');
	await db()
		.insertInto('bite_path_assignments')
		.values({
			id: newId(),
			org_id: actor.orgId,
			path_id: pathId,
			...target,
			due_on: input.dueOn || null,
			created_by: actor.userId,
			created_at: nowIso()
		})
		.execute();
}

export async function removePathAssignment(actor: Actor, pathId: string, input: { assignmentId: string }) {
	await findPath(actor.orgId, pathId);
	const row = await db()
		.selectFrom('bite_path_assignments')
		.select(['id', 'team_id'])
		.where('id', '=', input.assignmentId)
		.where('path_id', '=', pathId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('assignment');
	authorize(actor, 'bites.assign', { orgId: actor.orgId, teamId: row.team_id ?? undefined });
	await db().deleteFrom('bite_path_assignments').where('id', '=', row.id).where('org_id', '=', actor.orgId).execute();
}

/** Internal: the assignments of one path. */
export async function pathAssignments(orgId: string, pathId: string) {
	return db()
		.selectFrom('bite_path_assignments')
		.select(['id', 'team_id', 'user_id', 'due_on'])
		.where('org_id', '=', orgId)
		.where('path_id', '=', pathId)
		.orderBy('created_at')
		.execute();
}

/** Internal: every path of the organisation with its number of steps, by title. */
export async function listPathRows(orgId: string) {
	return db()
		.selectFrom('bite_paths')
		.leftJoin('bite_path_steps', 'bite_path_steps.path_id', 'bite_paths.id')
		.select(['bite_paths.id', 'bite_paths.title', 'bite_paths.description', 'bite_paths.created_by'])
		.select((eb) => eb.fn.count<number>('bite_path_steps.id').as('steps'))
		.where('bite_paths.org_id', '=', orgId)
		.groupBy(['bite_paths.id', 'bite_paths.title', 'bite_paths.description', 'bite_paths.created_by'])
		.orderBy('bite_paths.title')
		.execute();
}
