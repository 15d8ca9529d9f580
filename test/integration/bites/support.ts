// Factories for the bites tests: the people of an organisation, a published module with a text card and quiz
// questions, a module played to the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as bites from '../../../src/lib/server/bites/index';
import type { Actor } from '../../../src/lib/server/actor';
import { app } from '../../../src/lib/server/app/index';
import { makeOrg, makePerson, makeTeam } from '../support/factories';

export const ORIGIN = 'https://samspil.test';

/** The parts of an Open Badges 3.0 credential these tests read (the module types it loosely, as JSON-LD). */
export interface BadgeCredential {
	issuer: { id: string; name: string };
	credentialSubject: {
		achievement: {
			id: string;
			version?: string;
			criteria: { narrative: string };
			alignment: { targetCode: string }[];
		};
	};
}
export const badge = (credential: object) => credential as unknown as BadgeCredential;

/** An organisation with two teams: an admin, a manager and a learner in one team, a manager of the other, and an
 * admin of another organisation. */
export async function makeBitesPeople() {
	const org = await makeOrg();
	const team = await makeTeam(org.id);
	const otherTeam = await makeTeam(org.id);
	const admin = await makePerson(org.id, { role: 'admin' });
	const manager = await makePerson(org.id, { teams: [[team.id, 'manager']] });
	const learner = await makePerson(org.id, { teams: [[team.id, 'member']] });
	const otherManager = await makePerson(org.id, { teams: [[otherTeam.id, 'manager']] });
	const stranger = await makePerson((await makeOrg()).id, { role: 'admin' });
	return { org, team, otherTeam, admin, manager, learner, otherManager, stranger };
}

export function tempDataDir() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bites-'));
	app().dataDir = dir;
	return dir;
}

export async function makeModule(author: Actor, opts: { title?: string; questions?: number; publish?: boolean } = {}) {
	const module = await bites.createModule(author, {
		title: opts.title ?? 'Giving feedback',
		summary: '',
		minutes: 5,
		language: 'en',
		tags: 'feedback'
	});
	await bites.addTextCard(author, module.id, { body: 'Feedback is a **gift**.' });
	const questions: string[] = [];
	for (let i = 0; i < (opts.questions ?? 2); i++) {
		questions.push(
			await bites.addQuizCard(author, module.id, {
				body: `Question ${i + 1}`,
				quizKind: 'single',
				option1: 'Right',
				option2: 'Wrong',
				option3: '',
				option4: '',
				correct1: true,
				correct2: false,
				correct3: false,
				correct4: false,
				feedback1: 'Yes, that is it.',
				feedback2: 'Not quite: think of the gift.',
				feedback3: '',
				feedback4: ''
			})
		);
	}
	if (opts.publish !== false) await bites.setPublished(author, module.id, true);
	return { module, questions };
}

/** Plays a module to the end: `answers[i]` says whether question i is answered right. */
export async function completeModule(
	learner: Actor,
	moduleId: string,
	answers: boolean[],
	now = new Date(),
	origin = ORIGIN
) {
	const ctx = { origin, now };
	let state = await bites.play(learner, moduleId, ctx);
	let q = 0;
	while (!state.completed) {
		const card = state.card!;
		if (card.kind === 'quiz') await bites.answer(learner, moduleId, card.id, [answers[q++] ? 'o1' : 'o2'], ctx);
		await bites.next(learner, moduleId, card.id, ctx);
		state = await bites.play(learner, moduleId, ctx);
	}
	return state;
}
