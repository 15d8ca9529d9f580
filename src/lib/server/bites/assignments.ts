// Assigning modules to teams or people (with an optional due date), and what a learner has to do:
// their assignments with progress (todays-bite.ts picks the one thing to do next).
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { NotFound } from '../errors';
import { getTeam, isMember, listMembers, listTeams } from '../orgs/index';
import type { Actor } from '../actor';
import { findModule, moduleView } from './modules';
import { Invalid } from '../errors';

/**
 * Internal: whom an assignment form names (`team:<id>` or `user:<id>`), if the actor may assign to them: a team's
 * managers (and admins, facilitators) for a team; admins and facilitators for one person. Modules and learning
 * paths are assigned by the same rule.
 */
export async function assignTarget(actor: Actor, target: string) {
	const [kind, id] = target.split(':');
	if (kind === 'team') {
		await getTeam(actor, id);
		authorize(actor, 'bites.assign', { orgId: actor.orgId, teamId: id });
	} else {
		if (!(await isMember(id, actor.orgId))) throw new NotFound('member');
		authorize(actor, 'bites.assign', { orgId: actor.orgId });
	}
	return { team_id: kind === 'team' ? id : null, user_id: kind === 'team' ? null : id };
}

export async function assignModule(actor: Actor, moduleId: string, input: { target: string; dueOn: string }) {
	const module = await findModule(actor.orgId, moduleId);
	const target = await assignTarget(actor, input.target);
	if (module.published !== 1) throw new Invalid('error_bites_publish_first', 'target');
	await db()
		.insertInto('bite_assignments')
		.values({
			id: newId(),
			org_id: actor.orgId,
			module_id: moduleId,
			...target,
			due_on: input.dueOn || null,
			created_by: actor.userId,
			created_at: nowIso()
		})
		.execute();
}

export async function listAssignmentsOfModule(actor: Actor, moduleId: string) {
	await findModule(actor.orgId, moduleId);
	authorize(actor, 'bites.author', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('bite_assignments')
		.select(['id', 'due_on', 'team_id', 'user_id'])
		.where('module_id', '=', moduleId)
		.where('org_id', '=', actor.orgId)
		.orderBy('created_at')
		.execute();
	// Names come from the orgs module, not its tables.
	const teams = new Map((await listTeams(actor)).map((t) => [t.id, t.name]));
	const people = new Map((await listMembers(actor)).map((p) => [p.id, p.name]));
	return rows.map((r) => ({
		id: r.id,
		dueOn: r.due_on,
		teamId: r.team_id,
		name: (r.team_id ? teams.get(r.team_id) : people.get(r.user_id ?? '')) ?? ''
	}));
}

export async function removeAssignment(actor: Actor, moduleId: string, assignmentId: string) {
	await findModule(actor.orgId, moduleId);
	const row = await db()
		.selectFrom('bite_assignments')
		.select(['id', 'team_id'])
		.where('id', '=', assignmentId)
		.where('module_id', '=', moduleId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('assignment');
	authorize(actor, 'bites.assign', { orgId: actor.orgId, teamId: row.team_id ?? undefined });
	await db().deleteFrom('bite_assignments').where('id', '=', assignmentId).where('org_id', '=', actor.orgId).execute();
}

export interface MyBite {
	module: ReturnType<typeof moduleView>;
	dueOn: string | null;
	position: number;
	started: boolean;
	completed: boolean;
	score: number | null;
}

/** The modules assigned to the actor (directly or through a team), soonest due first, with progress. */
export async function myAssignments(actor: Actor): Promise<MyBite[]> {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	const teamIds = Object.keys(actor.teams);
	const rows = await db()
		.selectFrom('bite_assignments')
		.innerJoin('bite_modules', 'bite_modules.id', 'bite_assignments.module_id')
		.leftJoin('bite_progress', (j) =>
			j.onRef('bite_progress.module_id', '=', 'bite_modules.id').on('bite_progress.learner_id', '=', actor.userId)
		)
		.selectAll('bite_modules')
		.select([
			'bite_assignments.due_on',
			'bite_progress.position',
			'bite_progress.completed_at',
			'bite_progress.score',
			'bite_progress.id as progress_id'
		])
		.where('bite_assignments.org_id', '=', actor.orgId)
		.where('bite_modules.published', '=', 1)
		.where((eb) =>
			eb.or([
				eb('bite_assignments.user_id', '=', actor.userId),
				...(teamIds.length ? [eb('bite_assignments.team_id', 'in', teamIds)] : [])
			])
		)
		.execute();
	const byModule = new Map<string, MyBite>();
	for (const r of rows) {
		const prev = byModule.get(r.id);
		const due = r.due_on;
		if (prev && !(due && (!prev.dueOn || due < prev.dueOn))) continue;
		byModule.set(r.id, {
			module: moduleView(r),
			dueOn: due,
			position: r.position ?? 0,
			started: !!r.progress_id,
			completed: !!r.completed_at,
			score: r.score ?? null
		});
	}
	return [...byModule.values()].sort(
		(a, b) =>
			Number(a.completed) - Number(b.completed) ||
			(a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
			a.module.title.localeCompare(b.module.title)
	);
}

/** Progress of the actor on each published module (for the library list). */
export async function myProgress(actor: Actor) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('bite_progress')
		.select(['module_id', 'position', 'completed_at', 'score'])
		.where('org_id', '=', actor.orgId)
		.where('learner_id', '=', actor.userId)
		.execute();
	return new Map(rows.map((r) => [r.module_id, r]));
}
