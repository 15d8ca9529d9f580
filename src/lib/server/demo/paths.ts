// The demo's learning path: a newcomer path for the citizen service of three modules seeded by bites.ts, assigned to
// the team. Several colleagues took some of the modules already, so the manager's table shows people partway.
import { loadActor } from '../auth/index';
import * as bites from '../bites/index';
import type { DemoContext } from './context';

const DAY = 86_400_000;

export async function seedPaths(ctx: DemoContext) {
	const admin = (await loadActor(ctx.adminId, ctx.orgId))!;
	const citizen = ctx.teams[0];
	const byTitle = new Map((await bites.listPublishedModules(admin)).map((m) => [m.title, m.id]));
	const modules = ['Sidemandsoplæring i fem trin', 'Giv feedback, der virker', 'Welcome to self-service']
		.map((t) => byTitle.get(t))
		.filter((id): id is string => !!id);
	if (!citizen || modules.length < 3) return;
	const path = await bites.createPath(admin, {
		title: 'Ny i Borgerservice',
		description: 'De første uger: lær af en erfaren kollega, giv feedback og kend vores selvbetjening.'
	});
	for (const moduleId of modules) await bites.addStep(admin, path.id, { moduleId });
	// The self-service tour waits for the buddy training only, not for feedback: it may be taken in either order.
	const steps = (await bites.pathPage(admin, path.id)).steps;
	await bites.setPrerequisite(admin, path.id, { stepId: steps[2].id, prerequisiteId: steps[0].id });
	const due = new Date(Date.now() + 21 * DAY).toISOString().slice(0, 10);
	await bites.assignPath(admin, path.id, { target: `team:${citizen.id}`, dueOn: due });
}
