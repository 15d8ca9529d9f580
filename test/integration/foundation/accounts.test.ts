import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import {
	acceptInvitation,
	acceptInvitationSignedIn,
	changePassword,
	confirmPassword,
	createInvitation,
	createOperatorResetLink,
	deleteSession,
	findInvitation,
	needsSetup,
	resetPassword,
	setupFirstRun,
	signIn,
	validateSession,
	switchOrganisation,
	sessionActor
} from '../../../src/lib/server/auth/index';
import { db } from '../../../src/lib/server/db/current';
import { hashToken } from '../../../src/lib/server/ids';
import { Forbidden, Invalid, NotFound, RateLimited } from '../../../src/lib/server/errors';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => {
	await t?.close();
});

const ip = () => `10.0.0.${Math.floor(Math.random() * 250)}`;

describe('first run', () => {
	it('creates the organisation and its admin once, and refuses a second setup', async () => {
		expect(await needsSetup()).toBe(true);
		const done = await setupFirstRun({
			orgName: 'Fjordby',
			name: 'Ada',
			email: 'ADA@fjordby.test ',
			password: 'correct horse battery'
		});
		const actor = await sessionActor(done.token);
		expect(actor).toMatchObject({ role: 'admin', email: 'ada@fjordby.test', orgId: done.orgId });
		expect(await needsSetup()).toBe(false);
		await expect(
			setupFirstRun({ orgName: 'X', name: 'Eve', email: 'eve@x.test', password: 'correct horse battery' })
		).rejects.toBeInstanceOf(Forbidden);
	});
});

describe('passwords and sessions', () => {
	it('stores passwords hashed with scrypt and session tokens only as hashes', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id, { password: 'my secret passphrase' });
		const user = await db().selectFrom('users').selectAll().where('id', '=', p.userId).executeTakeFirstOrThrow();
		expect(user.password_hash).toMatch(/^scrypt\$/);
		expect(user.password_hash).not.toContain('my secret passphrase');
		const s = await signIn({ email: p.email, password: 'my secret passphrase', ip: ip() });
		const rows = await db().selectFrom('sessions').selectAll().where('user_id', '=', p.userId).execute();
		expect(rows.map((r) => r.id)).toEqual([hashToken(s.token)]);
		expect(rows[0].id).not.toBe(s.token);
	});

	it('ends the session on the server at sign-out', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		const s = await signIn({ email: p.email, password: p.password, ip: ip() });
		expect(await validateSession(s.token)).not.toBeNull();
		await deleteSession(s.token);
		expect(await validateSession(s.token)).toBeNull();
	});

	it('extends a session that is past half its life (sliding expiry) and drops an expired one', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		const s = await signIn({ email: p.email, password: p.password, ip: ip() });
		const soon = new Date(Date.now() + 3600_000).toISOString();
		await db().updateTable('sessions').set({ expires_at: soon }).where('id', '=', hashToken(s.token)).execute();
		const renewed = await validateSession(s.token);
		expect(renewed?.renewed).toBe(true);
		expect(renewed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 20 * 86400_000);
		await db()
			.updateTable('sessions')
			.set({ expires_at: new Date(Date.now() - 1000).toISOString() })
			.where('id', '=', hashToken(s.token))
			.execute();
		expect(await validateSession(s.token)).toBeNull();
	});

	it('locks an account after ten wrong passwords, even for the right one', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		for (let i = 0; i < 10; i++) {
			await expect(signIn({ email: p.email, password: 'wrong', ip: ip() })).rejects.toBeInstanceOf(Invalid);
		}
		const err = await signIn({ email: p.email, password: p.password, ip: ip() }).catch((e) => e);
		expect(err).toBeInstanceOf(RateLimited);
		expect(err.retryAfterSeconds).toBeGreaterThan(60);
	});

	it('gives the same answer for an unknown address as for a wrong password', async () => {
		await expect(signIn({ email: 'nobody@nowhere.test', password: 'whatever', ip: ip() })).rejects.toMatchObject({
			key: 'error_sign_in_failed'
		});
	});

	it('changing the password signs out every other session', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		const phone = await signIn({ email: p.email, password: p.password, ip: ip() });
		await expect(changePassword(p, { current: 'not it', next: 'a new long password' })).rejects.toMatchObject({
			field: 'current'
		});
		const fresh = await changePassword(p, { current: p.password, next: 'a new long password' });
		expect(await validateSession(phone.token)).toBeNull();
		expect(await validateSession(fresh.token)).not.toBeNull();
		await expect(signIn({ email: p.email, password: 'a new long password', ip: ip() })).resolves.toBeTruthy();
	});

	it('asking for one’s own password again stops after ten wrong guesses, even for the right one', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		await expect(confirmPassword(p, p.password)).resolves.toBeUndefined();
		for (let i = 0; i < 10; i++) await expect(confirmPassword(p, `guess ${i}`)).rejects.toBeInstanceOf(Invalid);
		await expect(confirmPassword(p, p.password)).rejects.toBeInstanceOf(RateLimited);
		await expect(changePassword(p, { current: p.password, next: 'a new long password' })).rejects.toBeInstanceOf(
			RateLimited
		);
	});

	it('a reset link works once and only before it expires', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		expect(await createOperatorResetLink('unknown@nowhere.test')).toBeNull();
		const link = (await createOperatorResetLink(p.email))!;
		const token = link.split('/reset/')[1];
		await resetPassword(token, 'reset to this one');
		await expect(resetPassword(token, 'and again please')).rejects.toBeInstanceOf(Invalid);
		await expect(signIn({ email: p.email, password: 'reset to this one', ip: ip() })).resolves.toBeTruthy();
		const expired = (await createOperatorResetLink(p.email))!.split('/reset/')[1];
		await db()
			.updateTable('password_resets')
			.set({ expires_at: new Date(Date.now() - 1).toISOString() })
			.where('token_hash', '=', hashToken(expired))
			.execute();
		await expect(resetPassword(expired, 'too late now!!')).rejects.toBeInstanceOf(Invalid);
	});
});

describe('invitations', () => {
	it('lets an admin invite by link; the invitee joins the organisation and the team', async () => {
		const org = await makeOrg();
		const team = await makeTeam(org.id);
		const admin = await makePerson(org.id, { role: 'admin' });
		const { link } = await createInvitation(
			admin,
			{ email: 'New@Person.test', role: 'member', teamId: team.id },
			'http://x'
		);
		const token = link.split('/invite/')[1];
		expect(await findInvitation(token)).toMatchObject({ email: 'new@person.test', hasAccount: false });
		const s = await acceptInvitation(token, { name: 'New Person', password: 'long enough password' });
		const actor = await sessionActor(s.token);
		expect(actor).toMatchObject({ orgId: org.id, role: 'member', teams: { [team.id]: 'member' } });
		await expect(acceptInvitation(token, { name: 'Again', password: 'long enough password' })).rejects.toBeInstanceOf(
			NotFound
		);
	});

	it('refuses invitations from non-admins and to teams of another organisation', async () => {
		const org = await makeOrg();
		const other = await makeOrg();
		const foreignTeam = await makeTeam(other.id);
		const member = await makePerson(org.id);
		const admin = await makePerson(org.id, { role: 'admin' });
		await expect(createInvitation(member, { email: 'a@b.test', role: 'member' }, 'http://x')).rejects.toBeInstanceOf(
			Forbidden
		);
		await expect(
			createInvitation(admin, { email: 'a@b.test', role: 'member', teamId: foreignTeam.id }, 'http://x')
		).rejects.toBeInstanceOf(NotFound);
	});

	it('lets a consultant with an account join a second organisation and switch between them', async () => {
		const a = await makeOrg('Consultancy');
		const b = await makeOrg('Client');
		const consultant = await makePerson(a.id, { role: 'facilitator' });
		const adminB = await makePerson(b.id, { role: 'admin' });
		const { link } = await createInvitation(adminB, { email: consultant.email, role: 'facilitator' }, 'http://x');
		const token = link.split('/invite/')[1];
		await expect(acceptInvitation(token, { password: consultant.password })).rejects.toMatchObject({
			key: 'error_invite_sign_in'
		});
		const s = await acceptInvitationSignedIn(consultant.userId, token);
		expect((await sessionActor(s.token))?.orgId).toBe(b.id);
		await switchOrganisation(consultant.userId, s.token, a.id);
		expect((await sessionActor(s.token))?.orgId).toBe(a.id);
		const stranger = await makeOrg('Stranger');
		await expect(switchOrganisation(consultant.userId, s.token, stranger.id)).rejects.toBeInstanceOf(Forbidden);
	});

	it('an expired invitation cannot be used', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const { link } = await createInvitation(admin, { email: 'late@x.test', role: 'member' }, 'http://x');
		const token = link.split('/invite/')[1];
		await db()
			.updateTable('invitations')
			.set({ expires_at: new Date(Date.now() - 1).toISOString() })
			.where('token_hash', '=', hashToken(token))
			.execute();
		expect(await findInvitation(token)).toBeNull();
	});
});

describe('session rotation', () => {
	it('marks a person’s sessions for a new token when their role changes', async () => {
		const { setMemberRole } = await import('../../../src/lib/server/orgs/index');
		const { rotateSession } = await import('../../../src/lib/server/auth/index');
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const p = await makePerson(org.id);
		const s = await signIn({ email: p.email, password: p.password, ip: ip() });
		expect((await validateSession(s.token))?.rotate).toBe(false);
		await setMemberRole(admin, p.userId, 'facilitator');
		const marked = await validateSession(s.token);
		expect(marked?.rotate).toBe(true);
		const fresh = await rotateSession(s.token, marked!.userId, marked!.orgId);
		expect(await validateSession(s.token)).toBeNull();
		expect(await validateSession(fresh.token)).toMatchObject({ rotate: false, orgId: org.id });
		expect((await sessionActor(fresh.token))?.role).toBe('facilitator');
	});
});
