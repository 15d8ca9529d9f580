// What a device stores for offline use: the learner's assigned modules, today's bite first, as pages, data and media;
// an external learner's collection modules not yet completed; and storing a module's page does not start it
// (analytics count starts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as bites from '../../../src/lib/server/bites/index';
import { db } from '../../../src/lib/server/db/current';
import { ORIGIN, makeBitesPeople, makeModule, tempDataDir } from '../bites/support';
import { samplePackage } from '../../fixtures/packages';

let database: TestDatabase;
beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
});
afterAll(async () => database.close());

const started = async (learnerId: string, moduleId: string) =>
	(
		await db()
			.selectFrom('bite_progress')
			.select('id')
			.where('learner_id', '=', learnerId)
			.where('module_id', '=', moduleId)
			.execute()
	).length;

describe('the offline plan', () => {
	it('lists the assigned modules, the one due soonest first, each with its page and the page’s data', async () => {
		const { admin, learner, team } = await makeBitesPeople();
		const later = (await makeModule(admin, { title: 'Later' })).module;
		const soon = (await makeModule(admin, { title: 'Soon' })).module;
		await bites.assignModule(admin, later.id, { target: `team:${team.id}`, dueOn: '2026-06-01' });
		await bites.assignModule(admin, soon.id, { target: `user:${learner.userId}`, dueOn: '2026-04-01' });
		const plan = await bites.offlinePlan(learner);
		expect(plan.modules.map((m) => m.title)).toEqual(['Soon', 'Later']);
		expect(plan.modules[0].urls).toEqual([`/bites/${soon.id}`, `/bites/${soon.id}/__data.json`]);
		expect(plan.modules.reduce((sum, m) => sum + m.bytes, 0)).toBeLessThanOrEqual(plan.budget);
	});

	it('stores a module’s page without starting it; opening it starts it', async () => {
		const { admin, learner } = await makeBitesPeople();
		const { module } = await makeModule(admin);
		const stored = await bites.play(learner, module.id, { origin: ORIGIN, peek: true });
		expect(stored.position).toBe(0);
		expect(stored.cards.map((c) => c.kind)).toEqual(['text', 'quiz', 'quiz']);
		expect(stored.cards.flatMap((c) => c.options).every((o) => !o.correct && !o.feedback)).toBe(true);
		expect(await started(learner.userId, module.id)).toBe(0);
		await bites.play(learner, module.id, { origin: ORIGIN });
		expect(await started(learner.userId, module.id)).toBe(1);
	});

	it('gives an external learner their collection’s modules not yet completed, as the collection’s pages; nobody else', async () => {
		const { admin } = await makeBitesPeople();
		const first = (await makeModule(admin, { title: 'First' })).module;
		const second = (await makeModule(admin, { title: 'Second' })).module;
		const collection = await bites.createCollection(admin, {
			title: 'Academy',
			description: '',
			moduleIds: [first.id, second.id]
		});
		const token = (await bites.setCollectionPublished(admin, collection.id, true))!;
		const join = async (email: string) =>
			((await bites.joinCollection(token, { name: 'Carla Customer', email }, { origin: ORIGIN })) as { secret: string })
				.secret;
		const secret = await join('carla@customer.test');
		const plan = await bites.external.offlinePlan(token, secret);
		expect(plan.modules.map((m) => m.title)).toEqual(['First', 'Second']);
		expect(plan.modules[0].urls).toEqual([
			`/public/bites/${token}/${first.id}`,
			`/public/bites/${token}/${first.id}/__data.json`
		]);
		// Storing the page does not start the module.
		await bites.external.play(token, secret, first.id, { origin: ORIGIN, peek: true });
		expect(await started((await bites.external.learner(token, secret))!.id, first.id)).toBe(0);

		// Once the first is completed, only the second is stored.
		const ctx = { origin: ORIGIN };
		let state = await bites.external.play(token, secret, first.id, ctx);
		while (!state.completed) {
			const card = state.card!;
			if (card.kind === 'quiz') await bites.external.answer(token, secret, first.id, card.id, ['o1'], ctx);
			await bites.external.next(token, secret, first.id, card.id, ctx);
			state = await bites.external.play(token, secret, first.id, ctx);
		}
		expect((await bites.external.offlinePlan(token, secret)).modules.map((m) => m.title)).toEqual(['Second']);

		// No cookie, a made-up one, or a learner of another collection: nothing.
		const other = await bites.createCollection(admin, { title: 'Other', description: '', moduleIds: [second.id] });
		const otherToken = (await bites.setCollectionPublished(admin, other.id, true))!;
		const stranger = (
			(await bites.joinCollection(otherToken, { name: 'Ola Other', email: 'ola@other.test' }, { origin: ORIGIN })) as {
				secret: string;
			}
		).secret;
		for (const s of [undefined, 'made-up', stranger])
			await expect(bites.external.offlinePlan(token, s)).rejects.toThrow();
	});

	it('leaves out an imported LMS package, whose files are not stored for offline use', async () => {
		const { admin, learner } = await makeBitesPeople();
		const cards = (await makeModule(admin, { title: 'Cards' })).module;
		const { moduleId } = await bites.importPackage(admin, {
			bytes: samplePackage(),
			language: 'en',
			fileName: 'safe-lifting.zip'
		});
		await bites.setPublished(admin, moduleId, true);
		for (const id of [cards.id, moduleId])
			await bites.assignModule(admin, id, { target: `user:${learner.userId}`, dueOn: '2026-06-01' });
		expect((await bites.offlinePlan(learner)).modules.map((m) => m.id)).toEqual([cards.id]);
	});
});
