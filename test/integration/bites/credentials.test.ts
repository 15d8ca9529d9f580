// Issued credentials verify with an independent verifier (@noble/ed25519 on the raw JWS, zlib on the
// status list — not the jose code that signs), and stop verifying after one changed byte or a revocation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import * as ed from '@noble/ed25519';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import * as bites from '../../../src/lib/server/bites/index';
import { ORIGIN, badge, completeModule, makeModule, tempDataDir } from './support';

let database: TestDatabase;
beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
});
afterAll(async () => database.close());

const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64url'));
const json = (s: string) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));

/** Verifies a compact JWS with Ed25519 against a JWKS, without jose. */
async function independentSignatureCheck(jwt: string, jwks: { keys: { kid?: string; x?: string; crv?: string }[] }) {
	const [h, p, s] = jwt.split('.');
	const header = json(h);
	if (header.alg !== 'EdDSA') return false;
	const key = jwks.keys.find((k) => k.kid === String(header.kid).split('#').pop() && k.crv === 'Ed25519');
	if (!key) return false;
	try {
		return await ed.verifyAsync(b64(s), new TextEncoder().encode(`${h}.${p}`), b64(key.x ?? ''));
	} catch {
		return false;
	}
}

/** Full independent check: signature, then the revocation bit in the signed status list. */
async function independentVerify(jwt: string, orgId: string) {
	const jwks = (await bites.publicJwks(orgId))!;
	if (!(await independentSignatureCheck(jwt, jwks))) return { ok: false, reason: 'signature' };
	const credential = json(jwt.split('.')[1]);
	const entry = credential.credentialStatus;
	expect(entry.statusListCredential).toBe(`${ORIGIN}/credentials/${orgId}/status`);
	const listJwt = (await bites.statusListJwt(orgId, ORIGIN))!;
	if (!(await independentSignatureCheck(listJwt, jwks))) return { ok: false, reason: 'status list signature' };
	const list = json(listJwt.split('.')[1]);
	const bytes = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
	const index = Number(entry.statusListIndex);
	const revoked = (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
	return revoked ? { ok: false, reason: 'revoked' } : { ok: true, reason: '' };
}

async function setup() {
	const org = await makeOrg('Fjordby Kommune');
	const admin = await makePerson(org.id, { role: 'admin' });
	const learner = await makePerson(org.id, { name: 'Nina Holt' });
	const { module } = await makeModule(admin, { title: 'Feedback basics' });
	const def = await bites.createDefinition(admin, {
		title: 'Feedback practitioner',
		outcomes: 'Gives specific, kind feedback.',
		assessment: 'Quiz',
		minScore: 50,
		eqfLevel: 4,
		workloadHours: 0.5,
		credits: 0.1,
		qualityAssurance: 'Reviewed by the HR learning team.',
		moduleIds: [module.id],
		requiresIds: []
	});
	return { org, admin, learner, module, def };
}

describe('micro-credentials', () => {
	it('are issued automatically as a signed Open Badges 3.0 credential once the requirements are met', async () => {
		const { org, learner, module } = await setup();
		expect(await bites.listMyCredentials(learner)).toHaveLength(0);
		await completeModule(learner, module.id, [true, false]);
		const [held] = await bites.listMyCredentials(learner);
		expect(held.title).toBe('Feedback practitioner');
		const { jwt, credential } = await bites.downloadCredential(learner, held.id);
		expect(credential['@context']).toEqual([
			'https://www.w3.org/ns/credentials/v2',
			'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
			// the documented extension term for the EU elements OB 3.0 has no field for
			{ euMicroCredential: { '@id': 'urn:samspil:eu-micro-credential', '@type': '@json' } }
		]);
		expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
		expect(badge(credential).issuer).toMatchObject({
			id: `${ORIGIN}/credentials/${org.id}`,
			name: 'Fjordby Kommune'
		});
		expect(badge(credential).credentialSubject.achievement.alignment[0].targetCode).toBe('4');
		expect(badge(credential).credentialSubject.achievement.criteria.narrative).toContain(
			'Reviewed by the HR learning team.'
		);
		expect(json(jwt.split('.')[0])).toMatchObject({ alg: 'EdDSA' });
		expect(await independentVerify(jwt, org.id)).toEqual({ ok: true, reason: '' });
		// The issuer profile and the achievement the credential points at are published.
		expect(await bites.issuerProfile(org.id, ORIGIN)).toMatchObject({
			id: badge(credential).issuer.id,
			name: 'Fjordby Kommune'
		});
		// The achievement id names the certified version (…/achievements/<definition>?version=<hash>).
		const achievementId = new URL(badge(credential).credentialSubject.achievement.id as string);
		const achievement = await bites.publicAchievement(
			org.id,
			achievementId.pathname.split('/').pop()!,
			ORIGIN,
			achievementId.searchParams.get('version')!
		);
		expect(achievement).toMatchObject({ id: achievementId.href, name: 'Feedback practitioner' });
	});

	it('is not issued when the score is below the minimum', async () => {
		const { learner, module } = await setup();
		await completeModule(learner, module.id, [false, false]);
		expect(await bites.listMyCredentials(learner)).toHaveLength(0);
	});

	it('fails independent verification after one byte of the token is changed', async () => {
		const { org, learner, module } = await setup();
		await completeModule(learner, module.id, [true, true]);
		const [held] = await bites.listMyCredentials(learner);
		const { jwt } = await bites.downloadCredential(learner, held.id);
		const [h, p, s] = jwt.split('.');
		const payload = Buffer.from(p, 'base64url');
		const at = payload.indexOf('Nina Holt');
		payload[at] = 'M'.charCodeAt(0);
		const tampered = `${h}.${payload.toString('base64url')}.${s}`;
		expect(await independentVerify(tampered, org.id)).toEqual({ ok: false, reason: 'signature' });
		// The signature itself, one byte changed.
		const sig = Buffer.from(s, 'base64url');
		sig[5] ^= 1;
		expect(await independentVerify(`${h}.${p}.${sig.toString('base64url')}`, org.id)).toEqual({
			ok: false,
			reason: 'signature'
		});
		// And the app's own verification page agrees.
		expect((await bites.verifyCredentialJwt(tampered, ORIGIN)).valid).toBe(false);
		expect((await bites.verifyCredentialJwt(jwt, ORIGIN)).valid).toBe(true);
	});

	it('fails independent verification after an admin revokes it', async () => {
		const { org, admin, learner, module } = await setup();
		await completeModule(learner, module.id, [true, true]);
		const [held] = await bites.listMyCredentials(learner);
		const { jwt } = await bites.downloadCredential(learner, held.id);
		expect((await independentVerify(jwt, org.id)).ok).toBe(true);
		await bites.revokeCredential(admin, held.id);
		expect(await independentVerify(jwt, org.id)).toEqual({ ok: false, reason: 'revoked' });
		const check = await bites.verifyCredentialJwt(jwt, ORIGIN);
		expect(check).toMatchObject({ signatureValid: true, revoked: true, valid: false });
	});

	it('stacks: a credential that requires another is issued once both are earned', async () => {
		const { admin, learner, module, def } = await setup();
		const { module: second } = await makeModule(admin, { title: 'Feedback in teams' });
		await bites.createDefinition(admin, {
			title: 'Feedback lead',
			outcomes: 'Leads feedback rounds.',
			assessment: 'Quiz',
			minScore: 50,
			eqfLevel: 5,
			workloadHours: 1,
			credits: undefined,
			qualityAssurance: 'Reviewed yearly.',
			moduleIds: [second.id],
			requiresIds: [def.id]
		});
		await completeModule(learner, second.id, [true, true]);
		expect((await bites.listMyCredentials(learner)).map((c) => c.title)).toEqual([]);
		await completeModule(learner, module.id, [true, true]);
		expect((await bites.listMyCredentials(learner)).map((c) => c.title).sort()).toEqual([
			'Feedback lead',
			'Feedback practitioner'
		]);
	});

	it('shares by a public link that the holder can turn off', async () => {
		const { learner, module } = await setup();
		await completeModule(learner, module.id, [true, true]);
		const [held] = await bites.listMyCredentials(learner);
		const token = (await bites.setSharing(learner, held.id, true))!;
		const shared = await bites.verifyShared(token, ORIGIN);
		expect(shared?.verification).toMatchObject({ valid: true, holderName: 'Nina Holt', issuerName: 'Fjordby Kommune' });
		await bites.setSharing(learner, held.id, false);
		expect(await bites.verifyShared(token, ORIGIN)).toBeNull();
	});

	it('stores the private key encrypted and publishes only the public key', async () => {
		const { org, learner, module } = await setup();
		await completeModule(learner, module.id, [true, true]);
		const row = await database.db
			.selectFrom('bite_keys')
			.selectAll()
			.where('org_id', '=', org.id)
			.executeTakeFirstOrThrow();
		expect(row.private_enc).toMatch(/^v1\./);
		expect(row.private_enc).not.toContain('"d"');
		const jwks = (await bites.publicJwks(org.id))!;
		expect(jwks.keys[0]).not.toHaveProperty('d');
	});

	it('refuses other people and other organisations', async () => {
		const { admin, learner, module } = await setup();
		await completeModule(learner, module.id, [true, true]);
		const [held] = await bites.listMyCredentials(learner);
		const colleague = await makePerson(learner.orgId);
		await expect(bites.downloadCredential(colleague, held.id)).rejects.toMatchObject({ status: 404 });
		await expect(bites.setSharing(colleague, held.id, true)).rejects.toMatchObject({ status: 404 });
		await expect(bites.revokeCredential(learner, held.id)).rejects.toMatchObject({ status: 403 });
		const other = await makeOrg();
		const otherAdmin = await makePerson(other.id, { role: 'admin' });
		await expect(bites.revokeCredential(otherAdmin, held.id)).rejects.toMatchObject({ status: 404 });
		await expect(
			bites.createDefinition(learner, {
				title: 'x',
				outcomes: 'x',
				assessment: 'x',
				minScore: 1,
				eqfLevel: 1,
				workloadHours: 1,
				credits: undefined,
				qualityAssurance: 'x',
				moduleIds: [module.id],
				requiresIds: []
			})
		).rejects.toMatchObject({ status: 403 });
		expect(admin.role).toBe('admin');
	});
});
