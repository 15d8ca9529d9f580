// The player: where a learner stopped, a wrong answer's feedback, quiz results, who may play a module, and
// external learners playing a published collection; against a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as bites from '../../../src/lib/server/bites/index';
import { ORIGIN, makeBitesPeople, makeModule, tempDataDir } from './support';

let database: TestDatabase;
beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
});
afterAll(async () => database.close());

describe('the player', () => {
	it('remembers where the learner stopped, shows a wrong answer’s feedback and keeps quiz results', async () => {
		const { admin, learner } = await makeBitesPeople();
		const { module, questions } = await makeModule(admin);
		const ctx = { origin: ORIGIN };
		let state = await bites.play(learner, module.id, ctx);
		expect(state.position).toBe(0);
		expect(state.card?.html).toContain('<strong>gift</strong>');
		await bites.next(learner, module.id, state.card!.id, ctx);
		// A quiz card does not reveal the right answer before it is answered.
		state = await bites.play(learner, module.id, ctx);
		expect(state.card!.options.length).toBeGreaterThan(0);
		expect(state.card!.options.every((o) => !o.correct && !o.feedback)).toBe(true);
		await expect(bites.next(learner, module.id, questions[0], ctx)).rejects.toMatchObject({
			key: 'error_bites_answer_first'
		});
		const result = await bites.answer(learner, module.id, questions[0], ['o2'], ctx);
		expect(result.correct).toBe(false);
		expect(result.feedback).toEqual([{ optionId: 'o2', text: 'Not quite: think of the gift.', correct: false }]);
		// "Reload": a fresh read shows the same card with the answer and its feedback.
		state = await bites.play(learner, module.id, ctx);
		expect(state.position).toBe(1);
		expect(state.answer?.feedback[0].text).toBe('Not quite: think of the gift.');
		// A second answer to the same card changes nothing.
		expect((await bites.answer(learner, module.id, questions[0], ['o1'], ctx)).correct).toBe(false);
		// A resubmitted "next" does not skip a card.
		await bites.next(learner, module.id, questions[0], ctx);
		await bites.next(learner, module.id, questions[0], ctx);
		state = await bites.play(learner, module.id, ctx);
		expect(state.position).toBe(2);
		await bites.answer(learner, module.id, questions[1], ['o1'], ctx);
		await bites.next(learner, module.id, questions[1], ctx);
		state = await bites.play(learner, module.id, ctx);
		expect(state).toMatchObject({ completed: true, score: 50 });
	});

	it('keeps drafts and other organisations’ modules away from learners', async () => {
		const { admin, learner, stranger } = await makeBitesPeople();
		const { module } = await makeModule(admin, { publish: false });
		await expect(bites.play(learner, module.id, { origin: ORIGIN })).rejects.toMatchObject({ status: 404 });
		await bites.setPublished(admin, module.id, true);
		await expect(bites.play(stranger, module.id, { origin: ORIGIN })).rejects.toMatchObject({ status: 404 });
		await expect(bites.getModuleForAuthoring(stranger, module.id)).rejects.toMatchObject({ status: 404 });
		await expect(bites.getModuleForAuthoring(learner, module.id)).rejects.toMatchObject({ status: 403 });
		await expect(bites.addTextCard(learner, module.id, { body: 'x' })).rejects.toMatchObject({ status: 403 });
	});
});

describe('external learners', () => {
	it('join a published collection with name and email, take its modules and earn credentials, with no organisation access', async () => {
		const { admin, org } = await makeBitesPeople();
		const { module } = await makeModule(admin, { title: 'Customer onboarding' });
		const { module: hidden } = await makeModule(admin, { title: 'Internal only' });
		await bites.createDefinition(admin, {
			title: 'Certified customer',
			outcomes: 'Uses the product.',
			assessment: 'Quiz',
			minScore: 50,
			eqfLevel: 3,
			workloadHours: 0.2,
			credits: undefined,
			qualityAssurance: 'Product team review.',
			moduleIds: [module.id],
			requiresIds: []
		});
		const collection = await bites.createCollection(admin, {
			title: 'Academy',
			description: '',
			moduleIds: [module.id]
		});
		const token = (await bites.setCollectionPublished(admin, collection.id, true))!;
		const { secret } = (await bites.joinCollection(token, {
			name: 'Carla Customer',
			email: 'carla@customer.test'
		})) as {
			secret: string;
		};
		const ctx = { origin: ORIGIN };
		await expect(bites.external.play(token, secret, hidden.id, ctx)).rejects.toMatchObject({ status: 404 });
		await expect(bites.external.play(token, 'wrong-secret', module.id, ctx)).rejects.toMatchObject({ status: 404 });
		let state = await bites.external.play(token, secret, module.id, ctx);
		while (!state.completed) {
			const card = state.card!;
			if (card.kind === 'quiz') await bites.external.answer(token, secret, module.id, card.id, ['o1'], ctx);
			await bites.external.next(token, secret, module.id, card.id, ctx);
			state = await bites.external.play(token, secret, module.id, ctx);
		}
		const learner = (await bites.external.learner(token, secret))!;
		const held = await bites.listHeld(org.id, learner.id);
		expect(held.map((h) => h.title)).toEqual(['Certified customer']);
		const { jwt } = await bites.downloadHeld(org.id, learner.id, held[0].id);
		expect((await bites.verifyCredentialJwt(jwt, ORIGIN)).holderName).toBe('Carla Customer');
		// Unpublishing closes the link.
		await bites.setCollectionPublished(admin, collection.id, false);
		await expect(bites.external.play(token, secret, module.id, ctx)).rejects.toMatchObject({ status: 404 });
	});
});
