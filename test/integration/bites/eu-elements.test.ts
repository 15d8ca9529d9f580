// The EU micro-credential, whole: the eleven elements as structured fields (decimals included), carried in the
// signed credential and checked by an independent verifier that finds the key from the credential alone (over
// HTTP, WebCrypto Ed25519 — not the jose code that signs); a definition locks once it issues; validUntil and
// expiry; manual and bulk award (buddy checklist completers) with audit, notification and no self-award; the
// badge image; the certificate data in the holder's language, for the holder only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { webcrypto } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import * as bites from '../../../src/lib/server/bites/index';
import { addChecklistItem, createPair, createProgramme, signOff } from '../../../src/lib/server/learning/index';
import { listNotifications } from '../../../src/lib/server/notify/index';
import { listEvents } from '../../../src/lib/server/audit/index';
import { completeModule, makeModule, tempDataDir } from './support';

let database: TestDatabase;
let server: http.Server;
let ORIGIN = '';

beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
	// The issuer's public URLs as the app serves them (src/routes/credentials/[org]/…), on a real HTTP port.
	server = http.createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', ORIGIN).pathname;
		const parts = path.split('/').filter(Boolean); // credentials, org, …
		let body: string | null = null;
		let type = 'application/json';
		if (parts[0] === 'credentials' && parts.length === 2)
			body = JSON.stringify(await bites.issuerProfile(parts[1], ORIGIN));
		else if (parts[0] === 'credentials' && parts[2] === 'jwks.json')
			body = JSON.stringify(await bites.publicJwks(parts[1]));
		else if (parts[0] === 'credentials' && parts[2] === 'achievements' && parts[4] === 'image.svg') {
			body = await bites.badgeSvg(parts[1], parts[3]);
			type = 'image/svg+xml';
		}
		res.writeHead(body && body !== 'null' ? 200 : 404, { 'content-type': type }).end(body ?? '');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
	await database.close();
});

const part = (jwt: string, i: number) => JSON.parse(Buffer.from(jwt.split('.')[i], 'base64url').toString('utf8'));

/** An independent verifier: the key only from the URLs in the credential, the signature with WebCrypto. */
async function verifyIndependently(jwt: string) {
	const header = part(jwt, 0);
	const payload = part(jwt, 1);
	expect(header.alg).toBe('EdDSA');
	const kid = String(header.kid);
	const profileUrl = kid.split('#')[0];
	// The key id resolves inside the issuer profile the credential names.
	expect(profileUrl).toBe(payload.issuer.id);
	const profile = await (await fetch(profileUrl)).json();
	const method = profile.verificationMethod.find((v: { id: string }) => v.id === kid);
	expect(method, 'the kid names a verification method of the issuer profile').toBeTruthy();
	const key = await webcrypto.subtle.importKey('jwk', method.publicKeyJwk, { name: 'Ed25519' }, false, ['verify']);
	const [h, p, s] = jwt.split('.');
	return webcrypto.subtle.verify('Ed25519', key, Buffer.from(s, 'base64url'), new TextEncoder().encode(`${h}.${p}`));
}

async function setup() {
	const org = await makeOrg('Fjordby Kommune');
	const admin = await makePerson(org.id, { role: 'admin', name: 'Astrid Admin' });
	const learner = await makePerson(org.id, { name: 'Nina Holt' });
	const { module } = await makeModule(admin, { title: 'Feedback basics' });
	// What the form posts: strings, decimals with a point.
	const input = bites.CredentialDefInput.parse({
		title: 'Feedback practitioner',
		outcomes: 'Gives specific, kind feedback.',
		assessment: 'Online quiz, 80 % right',
		assessmentType: 'quiz',
		minScore: '50',
		eqfLevel: '4',
		workloadHours: '0.25',
		credits: '0.1',
		qualityAssurance: 'Reviewed yearly by the HR learning team.',
		qaType: 'internal',
		participation: 'blended',
		country: 'DK',
		region: 'Region Syddanmark',
		validMonths: '24',
		moduleIds: [module.id],
		requiresIds: []
	});
	const def = await bites.createDefinition(admin, input);
	return { org, admin, learner, module, def, input };
}

describe('EU micro-credential elements', () => {
	it('are stored structured with decimals, signed into the credential and verified independently', async () => {
		const { learner, module, def } = await setup();
		expect(def).toMatchObject({ workloadHours: 0.25, credits: 0.1, participation: 'blended', validMonths: 24 });
		await completeModule(learner, module.id, [true, true], new Date('2026-03-02T09:00:00Z'), ORIGIN);
		const [held] = await bites.listMyCredentials(learner);
		const { jwt } = await bites.downloadCredential(learner, held.id);
		expect(await verifyIndependently(jwt)).toBe(true);
		// One changed byte in the payload and the independent check fails.
		const [h, p, s] = jwt.split('.');
		const tampered = `${h}.${p.slice(0, -2)}${p.slice(-2) === 'AA' ? 'AB' : 'AA'}.${s}`;
		expect(await verifyIndependently(tampered).catch(() => false)).toBe(false);

		const c = part(jwt, 1);
		const a = c.credentialSubject.achievement;
		const ext = a.euMicroCredential;
		expect(c.credentialSubject.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
		expect(JSON.stringify(c)).not.toContain(learner.email);
		// The eleven elements, each where the README's table says.
		const elements = {
			learner: c.credentialSubject.identifier.find((i: { identityType: string }) => i.identityType === 'name')
				?.identityHash,
			title: a.name,
			country: c.issuer.address.addressCountryCode,
			awardingBody: c.issuer.name,
			issued: c.awardedDate,
			outcomes: a.description,
			workload: [ext.workloadHours, a.creditsAvailable],
			level: a.alignment.find(
				(x: { targetFramework: string }) => x.targetFramework === 'European Qualifications Framework'
			)?.targetCode,
			assessment: [ext.assessmentType, a.resultDescription[0].name],
			participation: ext.participation,
			qualityAssurance: [ext.qualityAssurance.type, ext.qualityAssurance.description]
		};
		expect(elements).toEqual({
			learner: 'Nina Holt',
			title: 'Feedback practitioner',
			country: 'DK',
			awardingBody: 'Fjordby Kommune',
			issued: '2026-03-02T09:00:00Z',
			outcomes: 'Gives specific, kind feedback.',
			workload: [0.25, 0.1],
			level: '4',
			assessment: ['quiz', 'Online quiz, 80 % right'],
			participation: 'blended',
			qualityAssurance: ['internal', 'Reviewed yearly by the HR learning team.']
		});
		expect(c.issuer.address.addressRegion).toBe('Region Syddanmark');
		expect(a.inLanguage).toBe('en');
		expect(c.validUntil).toBe('2028-03-02T09:00:00Z');
		expect(c['@context'][2]).toHaveProperty('euMicroCredential');
		// The badge image is served at the URL the credential names.
		const image = await fetch(a.image.id);
		expect(image.status).toBe(200);
		expect(await image.text()).toContain('<svg');
	});

	it('show as expired after validUntil', async () => {
		const { learner, module } = await setup();
		await completeModule(learner, module.id, [true, true], new Date('2026-03-02T09:00:00Z'), ORIGIN);
		const [held] = await bites.listMyCredentials(learner);
		const { jwt } = await bites.downloadCredential(learner, held.id);
		const before = await bites.verifyCredentialJwt(jwt, ORIGIN, new Date('2028-03-01T00:00:00Z'));
		expect(before).toMatchObject({ valid: true, expired: false });
		const after = await bites.verifyCredentialJwt(jwt, ORIGIN, new Date('2028-03-03T00:00:00Z'));
		expect(after).toMatchObject({ signatureValid: true, expired: true, valid: false });
	});

	it('lock a definition once it has issued, with a message saying why', async () => {
		const { admin, learner, module, def, input } = await setup();
		await bites.updateDefinition(admin, def.id, { ...input, workloadHours: 0.5 });
		expect((await bites.listDefinitions(admin)).find((d) => d.id === def.id)?.workloadHours).toBe(0.5);
		await expect(bites.updateDefinition(learner, def.id, input)).rejects.toMatchObject({ status: 403 });
		await completeModule(learner, module.id, [true, true], new Date(), ORIGIN);
		await expect(bites.updateDefinition(admin, def.id, input)).rejects.toMatchObject({
			status: 400,
			key: 'bites_mc_locked'
		});
		const other = await makePerson((await makeOrg()).id, { role: 'admin' });
		await expect(bites.updateDefinition(other, def.id, input)).rejects.toMatchObject({ status: 404 });
	});

	it('give the holder alone a certificate with the eleven elements in their language', async () => {
		const { admin, learner, module } = await setup();
		await completeModule(learner, module.id, [true, true], new Date('2026-03-02T09:00:00Z'), ORIGIN);
		const [held] = await bites.listMyCredentials(learner);
		const da = await bites.certificateData(learner, held.id, { origin: ORIGIN, locale: 'da' });
		expect(da.elements).toHaveLength(11);
		for (const e of da.elements) expect(e.value, e.key).not.toBe('');
		expect(da.elements.find((e) => e.key === 'participation')).toMatchObject({
			label: 'Deltagelsesform',
			value: 'Blandet (online og fremmøde)'
		});
		expect(da.elements.find((e) => e.key === 'workload')?.value).toBe('0,25 t · 0,1 ECTS');
		expect(da.verificationUrl).toBeNull();
		const token = await bites.setSharing(learner, held.id, true);
		const en = await bites.certificateData(learner, held.id, { origin: ORIGIN, locale: 'en' });
		expect(en.verificationUrl).toBe(`${ORIGIN}/verify/${token}`);
		expect(en.elements.find((e) => e.key === 'country')?.value).toBe('Denmark, Region Syddanmark');
		// Not even an admin obtains another person's certificate.
		await expect(bites.certificateData(admin, held.id, { origin: ORIGIN })).rejects.toMatchObject({ status: 404 });
	});
});

describe('manual and bulk award', () => {
	it('awards picked people and everyone who completed a buddy checklist, never the admin themselves', async () => {
		const { org, admin, learner, def } = await setup();
		const team = await makeTeam(org.id);
		const buddy = await makePerson(org.id, { name: 'Bo Buddy', teams: [[team.id, 'member']] });
		const newcomer = await makePerson(org.id, { name: 'Naja Ny', teams: [[team.id, 'member']] });
		const halfway = await makePerson(org.id, { name: 'Halfdan', teams: [[team.id, 'member']] });
		const programme = await createProgramme(admin, {
			teamId: team.id,
			kind: 'buddy',
			name: 'Counter training',
			goals: null as unknown as string,
			cadence: 'weekly',
			startDate: '2026-03-10',
			endDate: null,
			sessionCount: 4,
			sessionMinutes: 30,
			startTime: '09:00',
			timeZone: 'Europe/Copenhagen'
		});
		const items = [
			await addChecklistItem(admin, programme.id, { title: 'Passports' }),
			await addChecklistItem(admin, programme.id, { title: 'Change of address' })
		];
		const done = await createPair(admin, programme.id, { guideId: buddy.userId, learnerId: newcomer.userId });
		const half = await createPair(admin, programme.id, { guideId: buddy.userId, learnerId: halfway.userId });
		for (const i of items) await signOff(buddy, done.id, i.id);
		await signOff(buddy, half.id, items[0].id);

		await expect(
			bites.awardCredential(admin, { definitionId: def.id, userIds: [admin.userId], programmeId: '', note: '' }, ORIGIN)
		).rejects.toMatchObject({ status: 400, key: 'bites_mc_award_self' });
		await expect(
			bites.awardCredential(
				learner,
				{ definitionId: def.id, userIds: [buddy.userId], programmeId: '', note: '' },
				ORIGIN
			)
		).rejects.toMatchObject({ status: 403 });
		const outsider = await makePerson((await makeOrg()).id, { role: 'admin' });
		await expect(
			bites.awardCredential(outsider, { definitionId: def.id, userIds: [], programmeId: '', note: '' }, ORIGIN)
		).rejects.toMatchObject({ status: 404 });

		const result = await bites.awardCredential(
			admin,
			{ definitionId: def.id, userIds: [learner.userId], programmeId: programme.id, note: 'Well done at the counter' },
			ORIGIN
		);
		expect(result).toEqual({ awarded: 2, skipped: 0 });
		const holders = (await bites.listIssued(admin)).map((c) => c.holderName).sort();
		expect(holders).toEqual(['Naja Ny', 'Nina Holt']);
		// Awarded credentials verify like earned ones; the holder is notified; the award is in the audit log.
		const [held] = await bites.listMyCredentials(newcomer);
		expect(await verifyIndependently((await bites.downloadCredential(newcomer, held.id)).jwt)).toBe(true);
		const notes = await listNotifications(newcomer, { locale: 'en', timeZone: 'UTC' });
		expect(notes.length).toBeGreaterThan(0);
		expect(notes.map((n) => n.text).join(' ')).toContain('Feedback practitioner');
		const events = (await listEvents(admin)).filter((e) => e.action === 'bites.credential.award');
		expect(events).toHaveLength(2);
		// Awarding again skips those who hold it.
		expect(
			await bites.awardCredential(
				admin,
				{ definitionId: def.id, userIds: [learner.userId], programmeId: '', note: '' },
				ORIGIN
			)
		).toEqual({ awarded: 0, skipped: 1 });
	});
});

describe('the badge image', () => {
	it('escapes whatever the title holds', async () => {
		const { admin, learner, module, input } = await setup();
		const def = await bites.createDefinition(admin, { ...input, title: '<script>alert(1)</script> & "x"' });
		await completeModule(learner, module.id, [true, true], new Date(), ORIGIN);
		const svg = (await bites.badgeSvg(admin.orgId, def.id))!;
		expect(svg).not.toContain('<script');
		expect(svg).toContain('&lt;script&gt;');
		expect(await bites.badgeSvg(admin.orgId, 'nonexistent-definition')).toBeNull();
	});
});
