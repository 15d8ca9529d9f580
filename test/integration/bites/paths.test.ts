// Learning paths against a real database: ordered steps with prerequisites, assignment by the module assignment
// rule, each person's and each team's progress (from module completions), and what today's bite suggests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import * as bites from '../../../src/lib/server/bites/index';
import { saveLearningProfile } from '../../../src/lib/server/learning/index';
import { setMemberActive } from '../../../src/lib/server/auth/index';
import type { Actor } from '../../../src/lib/server/actor';
import { completeModule, tempDataDir } from './support';

let database: TestDatabase;
beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
});
afterAll(async () => database.close());

async function people() {
	const org = await makeOrg();
	const team = await makeTeam(org.id);
	const otherTeam = await makeTeam(org.id);
	const admin = await makePerson(org.id, { role: 'admin' });
	const manager = await makePerson(org.id, { teams: [[team.id, 'manager']] });
	const learner = await makePerson(org.id, { teams: [[team.id, 'member']], name: 'Lea' });
	const colleague = await makePerson(org.id, { teams: [[team.id, 'member']], name: 'Kim' });
	const otherManager = await makePerson(org.id, { teams: [[otherTeam.id, 'manager']] });
	const outsider = await makePerson(org.id, { teams: [[otherTeam.id, 'member']] });
	const stranger = await makePerson((await makeOrg()).id, { role: 'admin' });
	return { org, team, otherTeam, admin, manager, learner, colleague, otherManager, outsider, stranger };
}

/** A published module of one text card (completed by reading it), with these tags. */
async function module(author: Actor, title: string, tags = '') {
	const mod = await bites.createModule(author, { title, summary: '', minutes: 3, language: 'en', tags });
	await bites.addTextCard(author, mod.id, { body: `About ${title}.` });
	await bites.setPublished(author, mod.id, true);
	return mod;
}

/** A path of these modules in order (each step waits for the one before it). */
async function path(author: Actor, title: string, modules: { id: string }[]) {
	const created = await bites.createPath(author, { title, description: '' });
	for (const mod of modules) await bites.addStep(author, created.id, { moduleId: mod.id });
	return created;
}

const titles = (steps: { module: { title: string } }[]) => steps.map((s) => s.module.title);
const states = async (actor: Actor, pathId: string) =>
	(await bites.myPaths(actor)).find((p) => p.id === pathId)!.steps.map((s) => `${s.module.title}:${s.state}`);

describe('building a path', () => {
	it('keeps steps in order, moves them, and keeps every prerequisite earlier than its step', async () => {
		const { admin } = await people();
		const [a, b, c] = [await module(admin, 'A'), await module(admin, 'B'), await module(admin, 'C')];
		const p = await path(admin, 'Onboarding', [a, b, c]);
		let page = await bites.pathPage(admin, p.id);
		expect(titles(page.steps)).toEqual(['A', 'B', 'C']);
		// By default a step waits for the one before it.
		expect(page.steps.map((s) => s.prerequisiteId)).toEqual([null, page.steps[0].id, page.steps[1].id]);
		// C moved above B would wait for a later step: it waits for the step now before it (A) instead.
		await bites.moveStep(admin, p.id, { stepId: page.steps[2].id, direction: 'up' });
		page = await bites.pathPage(admin, p.id);
		expect(titles(page.steps)).toEqual(['A', 'C', 'B']);
		expect(page.steps.map((s) => s.prerequisiteId)).toEqual([null, page.steps[0].id, page.steps[0].id]);
		// A prerequisite must be an earlier step.
		await expect(
			bites.setPrerequisite(admin, p.id, { stepId: page.steps[1].id, prerequisiteId: page.steps[2].id })
		).rejects.toMatchObject({ key: 'error_bites_path_prerequisite' });
		await bites.setPrerequisite(admin, p.id, { stepId: page.steps[1].id, prerequisiteId: '' });
		// Removing A: B, which waited for A, waits for what A waited for (nothing).
		await bites.removeStep(admin, p.id, { stepId: page.steps[0].id });
		page = await bites.pathPage(admin, p.id);
		expect(titles(page.steps)).toEqual(['C', 'B']);
		expect(page.steps.map((s) => s.prerequisiteId)).toEqual([null, null]);
		// A module is a step once; a draft is no step.
		await expect(bites.addStep(admin, p.id, { moduleId: b.id })).rejects.toMatchObject({
			key: 'error_bites_path_step_twice'
		});
		const draft = await bites.createModule(admin, { title: 'D', summary: '', minutes: 3, language: 'en', tags: '' });
		await expect(bites.addStep(admin, p.id, { moduleId: draft.id })).rejects.toMatchObject({
			key: 'error_bites_publish_first'
		});
	});

	it('lets authors write paths, and only a path’s author or an admin change it', async () => {
		const { admin, manager, otherManager, learner, stranger } = await people();
		const a = await module(admin, 'A');
		const mine = await path(manager, 'Mine', [a]);
		await expect(bites.createPath(learner, { title: 'No', description: '' })).rejects.toMatchObject({ status: 403 });
		await expect(bites.updatePath(otherManager, mine.id, { title: 'Taken', description: '' })).rejects.toMatchObject({
			status: 403
		});
		await bites.updatePath(admin, mine.id, { title: 'Renamed', description: 'By the admin' });
		expect((await bites.pathPage(otherManager, mine.id)).path).toMatchObject({ title: 'Renamed', canEdit: false });
		// Another organisation's path is no path at all.
		await expect(bites.pathPage(stranger, mine.id)).rejects.toMatchObject({ status: 404 });
		await expect(bites.deletePath(stranger, mine.id)).rejects.toMatchObject({ status: 404 });
		expect((await bites.pathsPage(stranger)).paths).toEqual([]);
		await bites.deletePath(manager, mine.id);
		expect((await bites.pathsPage(admin)).paths.map((p) => p.title)).not.toContain('Renamed');
	});
});

describe('progress on a path', () => {
	it('locks a step until its prerequisite is done, and shows it done once its module is completed', async () => {
		const { admin, manager, team, learner, otherManager, outsider } = await people();
		const [a, b, c] = [await module(admin, 'A'), await module(admin, 'B'), await module(admin, 'C')];
		const p = await path(admin, 'Onboarding', [a, b, c]);
		const steps = (await bites.pathPage(admin, p.id)).steps;
		await bites.setPrerequisite(admin, p.id, { stepId: steps[2].id, prerequisiteId: steps[0].id });
		// Assigned to a team by its manager; another team's manager may not.
		await expect(bites.assignPath(otherManager, p.id, { target: `team:${team.id}`, dueOn: '' })).rejects.toMatchObject({
			status: 403
		});
		await bites.assignPath(manager, p.id, { target: `team:${team.id}`, dueOn: '2026-06-01' });
		expect(await bites.myPaths(outsider)).toEqual([]);
		expect(await states(learner, p.id)).toEqual(['A:available', 'B:locked', 'C:locked']);
		await completeModule(learner, a.id, []);
		expect(await states(learner, p.id)).toEqual(['A:done', 'B:available', 'C:available']);
		const mine = (await bites.myPaths(learner))[0];
		expect(mine).toMatchObject({ title: 'Onboarding', dueOn: '2026-06-01', done: 1, total: 3 });
		expect(mine.next?.module.title).toBe('B');
	});

	it('assigns a path to one person: it is theirs, not their teammates’', async () => {
		const { admin, learner, colleague } = await people();
		const p = await path(admin, 'Welcome', [await module(admin, 'Safety first'), await module(admin, 'Our tools')]);
		await bites.assignPath(admin, p.id, { target: `user:${learner.userId}`, dueOn: '2026-09-01' });
		expect((await bites.myPaths(learner)).map((x) => [x.title, x.dueOn])).toEqual([['Welcome', '2026-09-01']]);
		expect(await states(learner, p.id)).toEqual(['Safety first:available', 'Our tools:locked']);
		expect(await bites.myPaths(colleague)).toEqual([]);
	});

	it('shows a team’s progress to its manager only, counting active members', async () => {
		const { admin, manager, team, learner, colleague, otherManager, outsider, stranger } = await people();
		const [a, b] = [await module(admin, 'A'), await module(admin, 'B')];
		const p = await path(admin, 'Onboarding', [a, b]);
		await bites.assignPath(manager, p.id, { target: `team:${team.id}`, dueOn: '' });
		await completeModule(learner, a.id, []);
		const progress = await bites.teamPathProgress(manager, p.id, team.id);
		expect(progress.length).toBeGreaterThan(0);
		expect(progress.find((x) => x.id === learner.userId)).toMatchObject({ done: 1, total: 2, next: 'B' });
		expect(progress.find((x) => x.id === colleague.userId)).toMatchObject({ done: 0, total: 2, next: 'A' });
		// The page shows the table to the team's manager, not to another team's.
		expect((await bites.pathPage(manager, p.id)).progress.map((t) => t.teamId)).toEqual([team.id]);
		expect((await bites.pathPage(otherManager, p.id)).progress).toEqual([]);
		for (const refused of [otherManager, outsider, learner])
			await expect(bites.teamPathProgress(refused, p.id, team.id)).rejects.toMatchObject({ status: 403 });
		await expect(bites.teamPathProgress(stranger, p.id, team.id)).rejects.toMatchObject({ status: 404 });
		// Someone deactivated no longer counts.
		await setMemberActive(colleague.orgId, colleague.userId, false);
		const after = await bites.teamPathProgress(manager, p.id, team.id);
		expect(after.map((x) => x.id)).not.toContain(colleague.userId);
		expect(after.map((x) => x.id)).toContain(learner.userId);
	});

	it('refuses assignments across organisations and to no one', async () => {
		const { admin, stranger, team } = await people();
		const p = await path(admin, 'Empty', []);
		await expect(bites.assignPath(admin, p.id, { target: `team:${team.id}`, dueOn: '' })).rejects.toMatchObject({
			key: 'error_bites_path_empty'
		});
		const other = await path(stranger, 'Theirs', [await module(stranger, 'X')]);
		await expect(bites.assignPath(admin, other.id, { target: `team:${team.id}`, dueOn: '' })).rejects.toMatchObject({
			status: 404
		});
		await expect(bites.assignPath(stranger, other.id, { target: `team:${team.id}`, dueOn: '' })).rejects.toMatchObject({
			status: 404
		});
	});
});

describe('today’s bite', () => {
	it('suggests a due assignment first, then the next step of a path, then what the learner wants to learn', async () => {
		const { admin, team, learner } = await people();
		await module(admin, 'Old unrelated');
		const wanted = await module(admin, 'Conflict talks', 'conflict, communication');
		const [a, b] = [await module(admin, 'Path A'), await module(admin, 'Path B')];
		const due = await module(admin, 'Due one');
		await saveLearningProfile(learner, { offers: [], wants: ['Conflict'], days: [1], capacity: 1 });

		// Nothing assigned: the module tagged with a wanted skill, and why.
		expect(await bites.todaysBite(learner)).toMatchObject({
			module: { id: wanted.id },
			reason: { kind: 'wants', skill: 'Conflict' }
		});
		// A path: its next available step.
		const p = await path(admin, 'Newcomers', [a, b]);
		await bites.assignPath(admin, p.id, { target: `team:${team.id}`, dueOn: '' });
		expect(await bites.todaysBite(learner)).toMatchObject({
			module: { id: a.id },
			reason: { kind: 'path', title: 'Newcomers' }
		});
		await completeModule(learner, a.id, []);
		expect((await bites.todaysBite(learner))?.module.id).toBe(b.id);
		// An assignment with a due date comes first.
		await bites.assignModule(admin, due.id, { target: `user:${learner.userId}`, dueOn: '2026-01-01' });
		expect(await bites.todaysBite(learner)).toMatchObject({ module: { id: due.id }, reason: null });
		// Once done, back to the path; once the path is done, back to what they want to learn.
		await completeModule(learner, due.id, []);
		expect((await bites.todaysBite(learner))?.module.id).toBe(b.id);
		await completeModule(learner, b.id, []);
		expect((await bites.todaysBite(learner))?.reason).toEqual({ kind: 'wants', skill: 'Conflict' });
	});
});
