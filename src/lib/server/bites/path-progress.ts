// Where people stand on learning paths, read from module completions: a step is done when its module is
// completed, locked while its prerequisite is not done, available otherwise. A person's paths are the ones assigned
// to them or to a team they are on; a team's progress is for its managers (and admins), and counts active members only.
import { db } from '../db/current';
import { authorize, can } from '../policy';
import type { Actor } from '../actor';
import { getTeam, listMembers, listTeamMembers } from '../orgs/index';
import { moduleView, type ModuleView } from './modules';
import { findPath, loadSteps, pathAssignments, type StepRow } from './paths';

export type StepState = 'done' | 'available' | 'locked';

export interface PathStep {
	id: string;
	module: ModuleView;
	prerequisiteId: string | null;
	state: StepState;
}

/** Pure: each step's state for someone who completed these modules. An unpublished module cannot be taken yet. */
export function stepStates(
	steps: { id: string; module_id: string; prerequisite_id: string | null; published: boolean }[],
	completed: Set<string>
): StepState[] {
	const done = new Set(steps.filter((s) => completed.has(s.module_id)).map((s) => s.id));
	return steps.map((s) => {
		if (done.has(s.id)) return 'done';
		if (!s.published || (s.prerequisite_id && !done.has(s.prerequisite_id))) return 'locked';
		return 'available';
	});
}

/** Internal: the steps of some paths with their modules. */
async function stepsWithModules(orgId: string, pathIds: string[]) {
	const steps = await loadSteps(orgId, pathIds);
	if (steps.length === 0) return [];
	const modules = await db()
		.selectFrom('bite_modules')
		.selectAll()
		.where('org_id', '=', orgId)
		.where(
			'id',
			'in',
			steps.map((s) => s.module_id)
		)
		.execute();
	const byId = new Map(modules.map((m) => [m.id, moduleView(m)]));
	return steps.map((s) => ({ ...s, module: byId.get(s.module_id)! }));
}

/** Internal: the modules each of these people completed (of the organisation). */
async function completions(orgId: string, userIds: string[]) {
	const out = new Map(userIds.map((id) => [id, new Set<string>()]));
	if (userIds.length === 0) return out;
	const rows = await db()
		.selectFrom('bite_progress')
		.select(['learner_id', 'module_id'])
		.where('org_id', '=', orgId)
		.where('learner_id', 'in', userIds)
		.where('completed_at', 'is not', null)
		.execute();
	for (const r of rows) out.get(r.learner_id)?.add(r.module_id);
	return out;
}

function progressOf(steps: (StepRow & { module: ModuleView })[], completed: Set<string>) {
	const states = stepStates(
		steps.map((s) => ({ ...s, published: s.module.published })),
		completed
	);
	const view: PathStep[] = steps.map((s, i) => ({
		id: s.id,
		module: s.module,
		prerequisiteId: s.prerequisite_id,
		state: states[i]
	}));
	return {
		steps: view,
		done: states.filter((s) => s === 'done').length,
		total: steps.length,
		next: view.find((s) => s.state === 'available') ?? null
	};
}

export interface MyPath {
	id: string;
	title: string;
	description: string;
	dueOn: string | null;
	steps: PathStep[];
	done: number;
	total: number;
	next: PathStep | null;
}

/** The paths assigned to the actor (directly or through a team), soonest due first, with each step's state. */
export async function myPaths(actor: Actor): Promise<MyPath[]> {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	const teamIds = Object.keys(actor.teams);
	const rows = await db()
		.selectFrom('bite_path_assignments')
		.innerJoin('bite_paths', 'bite_paths.id', 'bite_path_assignments.path_id')
		.select(['bite_paths.id', 'bite_paths.title', 'bite_paths.description', 'bite_path_assignments.due_on'])
		.where('bite_path_assignments.org_id', '=', actor.orgId)
		.where((eb) =>
			eb.or([
				eb('bite_path_assignments.user_id', '=', actor.userId),
				...(teamIds.length ? [eb('bite_path_assignments.team_id', 'in', teamIds)] : [])
			])
		)
		.execute();
	const paths = new Map<string, (typeof rows)[number]>();
	for (const r of rows) {
		const prev = paths.get(r.id);
		if (!prev || (r.due_on && (!prev.due_on || r.due_on < prev.due_on))) paths.set(r.id, r);
	}
	const steps = await stepsWithModules(actor.orgId, [...paths.keys()]);
	const completed = (await completions(actor.orgId, [actor.userId])).get(actor.userId)!;
	return [...paths.values()]
		.map((p) => ({
			id: p.id,
			title: p.title,
			description: p.description,
			dueOn: p.due_on,
			...progressOf(
				steps.filter((s) => s.path_id === p.id),
				completed
			)
		}))
		.sort(
			(a, b) =>
				(a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
				a.title.localeCompare(b.title) ||
				a.id.localeCompare(b.id)
		);
}

export interface MemberProgress {
	id: string;
	name: string;
	done: number;
	total: number;
	next: string | null;
}

/** A team's progress on a path, for its managers and admins: each active member's done/total and next step. */
export async function teamPathProgress(actor: Actor, pathId: string, teamId: string): Promise<MemberProgress[]> {
	await findPath(actor.orgId, pathId);
	await getTeam(actor, teamId);
	authorize(actor, 'learning.analytics', { orgId: actor.orgId, teamId });
	const deactivated = new Set((await listMembers(actor)).filter((p) => p.deactivated_at).map((p) => p.id));
	const members = (await listTeamMembers(actor, teamId)).filter((p) => !deactivated.has(p.id));
	const steps = await stepsWithModules(actor.orgId, [pathId]);
	const done = await completions(
		actor.orgId,
		members.map((p) => p.id)
	);
	return members.map((p) => {
		const progress = progressOf(steps, done.get(p.id)!);
		return {
			id: p.id,
			name: p.name,
			done: progress.done,
			total: progress.total,
			next: progress.next?.module.title ?? null
		};
	});
}

/** Internal: a path's steps with modules, for its editing page. */
export async function pathSteps(orgId: string, pathId: string) {
	return progressOf(await stepsWithModules(orgId, [pathId]), new Set()).steps;
}

/** Internal: the teams a path is assigned to that the actor may see the progress of. */
export async function assignedTeamsInView(actor: Actor, pathId: string) {
	const teams = (await pathAssignments(actor.orgId, pathId)).map((a) => a.team_id).filter((t): t is string => !!t);
	return [...new Set(teams)].filter((teamId) => can(actor, 'learning.analytics', { orgId: actor.orgId, teamId }));
}
