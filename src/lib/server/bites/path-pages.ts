// What the learning path pages show, each in one call, narrowed to what the viewer may do there.
import { authorize, can } from '../policy';
import { listMembers, listTeams } from '../orgs/index';
import type { Actor } from '../actor';
import { listModulesForAuthoring } from './modules';
import { listPathRows, mayEditPath, pathAssignments, viewablePath } from './paths';
import { assignedTeamsInView, pathSteps, teamPathProgress } from './path-progress';

/** Every path of the organisation, for those who write and assign them. */
export async function pathsPage(actor: Actor) {
	authorize(actor, 'bites.author', { orgId: actor.orgId });
	const rows = await listPathRows(actor.orgId);
	return {
		paths: rows.map((r) => ({
			id: r.id,
			title: r.title,
			description: r.description,
			steps: Number(r.steps),
			canEdit: can(actor, 'bites.module.edit', { orgId: actor.orgId, participants: [r.created_by] })
		}))
	};
}

/**
 * A path's page: its steps (with the modules its editors may add), its assignments and whom the viewer may assign
 * it to, and the progress of each assigned team the viewer manages.
 */
export async function pathPage(actor: Actor, pathId: string) {
	const row = await viewablePath(actor, pathId);
	const canEdit = mayEditPath(actor, row);
	const steps = await pathSteps(actor.orgId, pathId);
	const inPath = new Set(steps.map((s) => s.module.id));
	const teams = await listTeams(actor);
	const teamName = new Map(teams.map((t) => [t.id, t.name]));
	const members = await listMembers(actor);
	const personName = new Map(members.map((p) => [p.id, p.name]));
	const assignments = (await pathAssignments(actor.orgId, pathId)).map((a) => ({
		id: a.id,
		dueOn: a.due_on,
		name: (a.team_id ? teamName.get(a.team_id) : personName.get(a.user_id ?? '')) ?? '',
		canRemove: can(actor, 'bites.assign', { orgId: actor.orgId, teamId: a.team_id ?? undefined })
	}));
	const progress = await Promise.all(
		(await assignedTeamsInView(actor, pathId)).map(async (teamId) => ({
			teamId,
			name: teamName.get(teamId) ?? '',
			members: await teamPathProgress(actor, pathId, teamId)
		}))
	);
	return {
		path: { id: row.id, title: row.title, description: row.description, canEdit },
		steps,
		modules: canEdit
			? (await listModulesForAuthoring(actor))
					.filter((x) => x.published && !inPath.has(x.id))
					.map((x) => ({ id: x.id, title: x.title }))
			: [],
		assignments,
		teams: teams
			.filter((t) => can(actor, 'bites.assign', { orgId: actor.orgId, teamId: t.id }))
			.map((t) => ({ id: t.id, name: t.name })),
		people: can(actor, 'bites.assign', { orgId: actor.orgId })
			? members.filter((p) => !p.deactivated_at).map((p) => ({ id: p.id, name: p.name }))
			: [],
		progress
	};
}
