// External learners of a public collection: their earned credentials stay theirs when the collection is
// unpublished, and rejoining with the same email (proved by a one-time link sent to it through a real SMTP
// server) finds their progress instead of a second, empty learner.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import * as bites from '../../../src/lib/server/bites/index';
import { smtpMailer } from '../../../src/lib/server/notify/index';
import { app } from '../../../src/lib/server/app/index';
import { ORIGIN, makeModule, tempDataDir } from './support';

let database: TestDatabase;
let smtp: SMTPServer;
const inbox: { to: string; raw: string }[] = [];

beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
	smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				inbox.push({
					to: session.envelope.rcptTo.map((r) => r.address).join(','),
					raw: Buffer.concat(chunks).toString('utf8')
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	app().mailer = smtpMailer({
		url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
		from: 'Samspil <academy@samspil.test>'
	});
});
afterAll(async () => {
	app().mailer?.close?.();
	app().mailer = undefined;
	await new Promise<void>((resolve) => smtp.close(() => resolve()));
	await database.close();
});

async function academy() {
	const org = await makeOrg('Fjordby Kommune');
	const admin = await makePerson(org.id, { role: 'admin' });
	const { module } = await makeModule(admin, { title: 'Customer onboarding' });
	await bites.createDefinition(admin, {
		title: 'Certified customer',
		outcomes: 'Uses the product.',
		assessment: 'Quiz',
		minScore: 50,
		eqfLevel: 3,
		workloadHours: 0.25,
		credits: 0.1,
		qualityAssurance: 'Product team review.',
		moduleIds: [module.id],
		requiresIds: []
	});
	const collection = await bites.createCollection(admin, { title: 'Academy', description: '', moduleIds: [module.id] });
	const token = (await bites.setCollectionPublished(admin, collection.id, true))!;
	return { org, admin, module, collection, token };
}

async function playThrough(token: string, secret: string, moduleId: string) {
	const ctx = { origin: ORIGIN };
	let state = await bites.external.play(token, secret, moduleId, ctx);
	while (!state.completed) {
		const card = state.card!;
		if (card.kind === 'quiz') await bites.external.answer(token, secret, moduleId, card.id, ['o1'], ctx);
		await bites.external.next(token, secret, moduleId, card.id, ctx);
		state = await bites.external.play(token, secret, moduleId, ctx);
	}
}

describe('external learners of a collection', () => {
	it('keep listing and downloading their credentials after the collection is unpublished, but not its modules', async () => {
		const { admin, module, collection, token } = await academy();
		const { secret } = (await bites.joinCollection(token, {
			name: 'Carla Customer',
			email: 'carla@customer.test'
		})) as {
			secret: string;
		};
		await playThrough(token, secret, module.id);
		const before = await bites.external.collectionPage(token, secret);
		expect(before.credentials).toHaveLength(1);

		await bites.setCollectionPublished(admin, collection.id, false);
		const page = await bites.external.collectionPage(token, secret);
		expect(page.credentials.map((c) => c.title)).toEqual(['Certified customer']);
		expect(page.modules).toEqual([]);
		const { jwt } = await bites.external.download(token, secret, page.credentials[0].id);
		expect((await bites.verifyCredentialJwt(jwt, ORIGIN)).valid).toBe(true);
		// The module content is closed, and someone without the learner cookie sees nothing at all.
		await expect(bites.external.play(token, secret, module.id, { origin: ORIGIN })).rejects.toMatchObject({
			status: 404
		});
		await expect(bites.external.collectionPage(token, undefined)).rejects.toMatchObject({ status: 404 });
		await expect(bites.external.collectionPage(token, 'not-a-learner')).rejects.toMatchObject({ status: 404 });
	});

	it('finds a rejoining learner by a one-time link sent to their email, with their progress and credentials', async () => {
		const { admin, module, collection, token: first } = await academy();
		const { secret } = (await bites.joinCollection(first, { name: 'Dora', email: 'dora@customer.test' })) as {
			secret: string;
		};
		await playThrough(first, secret, module.id);
		// The collection closes and opens again (a fresh link); Dora lost her cookie on a new computer.
		await bites.setCollectionPublished(admin, collection.id, false);
		const token = (await bites.setCollectionPublished(admin, collection.id, true))!;
		const sent = inbox.length;
		const again = await bites.joinCollection(
			token,
			{ name: 'Dora D.', email: 'dora@customer.test' },
			{ origin: ORIGIN, locale: 'da' }
		);
		expect(again).toEqual({ rejoin: true });
		await vi.waitFor(() => expect(inbox.length).toBe(sent + 1));
		const mail = inbox[inbox.length - 1];
		expect(mail.to).toBe('dora@customer.test');
		const body = mail.raw.replace(/=\r\n/g, '').replace(/=3D/g, '=');
		const link = body.match(/https:\/\/samspil\.test\/public\/bites\/([A-Za-z0-9_-]+)\/rejoin\?t=([A-Za-z0-9_-]+)/);
		expect(link, 'a rejoin link in the email').toBeTruthy();
		expect(link![1]).toBe(token);
		// It went through the outbox as a security email (retried if SMTP fails; its body, a credential, is wiped once
		// sent), with no unsubscribe link.
		// The server holds the mail a moment before the sender hears its answer and marks the row: wait for the row.
		await vi.waitFor(async () => {
			const queued = await database.db
				.selectFrom('mail_outbox')
				.selectAll()
				.where('to_address', '=', 'dora@customer.test')
				.execute();
			expect(queued.map((r) => [r.kind, r.status, r.text_body, r.locale])).toEqual([
				['learner_rejoin', 'sent', '', 'da']
			]);
		});
		expect(body).not.toContain('List-Unsubscribe');
		// Someone without the mailbox cannot continue Dora's learning: a guessed link opens nothing.
		await expect(bites.confirmRejoin(token, 'x'.repeat(43))).rejects.toMatchObject({ status: 400 });
		const { secret: fresh, learnerId } = await bites.confirmRejoin(token, link![2]);
		// Same learner, same progress and credential; no second learner was made.
		expect(learnerId).toBe((await bites.external.learner(token, fresh))!.id);
		const page = await bites.external.collectionPage(token, fresh);
		expect(page.learner?.name).toBe('Dora');
		expect(Object.keys(page.completed)).toEqual([module.id]);
		expect(page.credentials.map((c) => c.title)).toEqual(['Certified customer']);
		// The link works once, and the old cookie is replaced.
		await expect(bites.confirmRejoin(token, link![2])).rejects.toMatchObject({ status: 400 });
		expect(await bites.external.learner(token, secret)).toBeNull();
	});
});
