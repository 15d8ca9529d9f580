// SCIM Users (RFC 7643 §4.1) for one organisation's identity provider. A SCIM user is a member of the token's
// organisation: every query is scoped by its org_id, so another organisation's person is simply not found.
//
// Created users are *provisioned accounts* without an invitation and without a password (the stored hash is a
// marker no password matches): they sign in with the organisation's single sign-on, or choose a password through
// "Forgot password" (a link to their own address). `active: false` and DELETE deactivate the membership (no
// sign-in into the organisation, sessions ended); nothing is deleted, so their history keeps its name.
// An address that already has an account outside this organisation is refused (409): joining it to this
// organisation is the person's choice (an invitation), and another organisation's identity provider must never
// rename or re-address an account it does not own alone (that would hand it a password reset to its account).
import { db } from '../../db/current';
import { createUser, setAccountIdentity, setMemberActive } from '../../auth/index';
import { findUserByEmail, normaliseEmail } from '../../auth/accounts';
import { addMembership, setMemberExternalId } from '../../orgs/index';
import { record } from '../../audit/index';
import type { ScimClient } from './tokens';
import {
	LIST_SCHEMA,
	USER_SCHEMA,
	ScimError,
	normalisePath,
	parseFilter,
	parsePaging,
	patchOperations,
	scimBoolean
} from './protocol';

/** No password matches it (verifyPassword needs an scrypt record): provisioned people use SSO or a reset. */
const NO_PASSWORD = '!provisioned';
const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

function users(client: ScimClient) {
	return db()
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select([
			'users.id',
			'users.email',
			'users.name',
			'memberships.created_at',
			'memberships.deactivated_at',
			'memberships.external_id'
		])
		.where('memberships.org_id', '=', client.orgId)
		.where('users.erased_at', 'is', null);
}
type Row = {
	id: string;
	email: string;
	name: string;
	created_at: string;
	deactivated_at?: string | null;
	external_id?: string | null;
};

export function userResource(row: Row, base: string) {
	const [givenName, ...rest] = row.name.split(' ');
	return {
		schemas: [USER_SCHEMA],
		id: row.id,
		...(row.external_id ? { externalId: row.external_id } : {}),
		userName: row.email,
		name: { formatted: row.name, givenName, familyName: rest.join(' ') },
		displayName: row.name,
		active: !row.deactivated_at,
		emails: [{ value: row.email, type: 'work', primary: true }],
		meta: { resourceType: 'User', created: row.created_at, location: `${base}/Users/${row.id}` }
	};
}

async function findRow(client: ScimClient, id: string) {
	const row = await users(client).where('users.id', '=', id).executeTakeFirst();
	if (!row) throw new ScimError(404, `User ${id} not found`);
	return row;
}

export async function listUsers(client: ScimClient, params: URLSearchParams, base: string) {
	const filter = parseFilter(params.get('filter'), ['userName', 'externalId', 'emails.value', 'id']);
	const { startIndex, count } = parsePaging(params);
	let q = users(client);
	if (filter?.attribute === 'userName' || filter?.attribute === 'emails.value')
		q = q.where('users.email', '=', normaliseEmail(filter.value));
	else if (filter?.attribute === 'externalId') q = q.where('memberships.external_id', '=', filter.value);
	else if (filter?.attribute === 'id') q = q.where('users.id', '=', filter.value);
	const total = (await q.execute()).length;
	const page = await q
		.orderBy('memberships.created_at')
		.orderBy('users.id')
		.offset(startIndex - 1)
		.limit(count)
		.execute();
	return {
		schemas: [LIST_SCHEMA],
		totalResults: total,
		startIndex,
		itemsPerPage: page.length,
		Resources: page.map((r) => userResource(r, base))
	};
}

export async function getUser(client: ScimClient, id: string, base: string) {
	return userResource(await findRow(client, id), base);
}

/** What a User body (POST/PUT) says, read leniently: Entra ID and Okta differ in what they send. */
function readUser(body: Record<string, unknown>) {
	const name = (body.name ?? {}) as Record<string, unknown>;
	const emails = Array.isArray(body.emails) ? (body.emails as Record<string, unknown>[]) : [];
	const primary = emails.find((e) => e?.primary === true || e?.primary === 'True') ?? emails[0];
	// userName is the person's email here; Entra ID's userName (the UPN) may not be one, then the work email is
	const given = String(body.userName ?? '').trim();
	const userName = EMAIL.test(given) ? given : String(primary?.value ?? given).trim();
	const displayName =
		String(body.displayName ?? '').trim() ||
		[name.givenName, name.familyName].filter(Boolean).join(' ').trim() ||
		String(name.formatted ?? '').trim();
	return {
		userName,
		displayName: displayName.slice(0, 200),
		externalId: typeof body.externalId === 'string' ? body.externalId.slice(0, 200) : undefined,
		active: body.active === undefined ? undefined : scimBoolean(body.active)
	};
}

function checkEmail(email: string) {
	if (!EMAIL.test(email) || email.length > 254)
		throw new ScimError(400, 'userName must be an email address', 'invalidValue');
}

export async function createScimUser(client: ScimClient, body: Record<string, unknown>, base: string) {
	const input = readUser(body);
	checkEmail(input.userName);
	const existing = await findUserByEmail(input.userName);
	if (existing) {
		const here = await users(client).where('users.id', '=', existing.id).executeTakeFirst();
		throw new ScimError(
			409,
			here ? 'A user with this userName exists' : 'This address has an account outside this organisation: invite it',
			'uniqueness'
		);
	}
	const user = await createUser({
		email: input.userName,
		name: input.displayName || input.userName.split('@')[0],
		password: '',
		passwordHash: NO_PASSWORD
	});
	await addMembership(client.orgId, user.id, 'member');
	if (input.externalId) await setMemberExternalId(client.orgId, user.id, input.externalId);
	if (input.active === false) await setMemberActive(client.orgId, user.id, false);
	await record({ orgId: client.orgId, actor: null, action: 'scim.user.create', target: user.id });
	return getUser(client, user.id, base);
}

/** Whether the account belongs to this organisation alone: only then may its identity provider rename it. */
async function ownedAlone(client: ScimClient, userId: string) {
	const others = await db()
		.selectFrom('memberships')
		.select('id')
		.where('user_id', '=', userId)
		.where('org_id', '!=', client.orgId)
		.executeTakeFirst();
	return !others;
}

interface Changes {
	name?: string;
	givenName?: string;
	familyName?: string;
	email?: string;
	externalId?: string | null;
	active?: boolean;
}

async function applyChanges(client: ScimClient, row: Row, c: Changes) {
	let name = c.name;
	if (!name && (c.givenName !== undefined || c.familyName !== undefined)) {
		const [given, ...rest] = row.name.split(' ');
		name = [c.givenName ?? given, c.familyName ?? rest.join(' ')].filter(Boolean).join(' ');
	}
	if (c.email !== undefined) checkEmail(normaliseEmail(c.email));
	const email = c.email !== undefined && normaliseEmail(c.email) !== row.email ? c.email : undefined;
	if ((name && name !== row.name) || email) {
		if (await ownedAlone(client, row.id)) {
			try {
				await setAccountIdentity(row.id, { name: name?.slice(0, 200), email });
			} catch {
				throw new ScimError(409, 'The address is taken', 'uniqueness');
			}
		}
	}
	if (c.externalId !== undefined) await setMemberExternalId(client.orgId, row.id, c.externalId);
	if (c.active !== undefined && (await setMemberActive(client.orgId, row.id, c.active)))
		await record({
			orgId: client.orgId,
			actor: null,
			action: c.active ? 'scim.user.activate' : 'scim.user.deactivate',
			target: row.id
		});
}

export async function replaceScimUser(client: ScimClient, id: string, body: Record<string, unknown>, base: string) {
	const row = await findRow(client, id);
	const input = readUser(body);
	await applyChanges(client, row, {
		name: input.displayName || undefined,
		email: input.userName || undefined,
		externalId: input.externalId,
		active: input.active
	});
	return getUser(client, id, base);
}

/** PATCH as Entra ID and Okta send it: with a path per attribute, or without a path and an object of attributes. */
export async function patchScimUser(client: ScimClient, id: string, body: unknown, base: string) {
	const row = await findRow(client, id);
	const changes: Changes = {};
	const set = (path: string, value: unknown, op: string) => {
		const v = op === 'remove' ? null : value;
		switch (normalisePath(path)) {
			case 'active':
				changes.active = scimBoolean(v ?? false);
				break;
			case 'displayname':
			case 'name.formatted':
				if (typeof v === 'string') changes.name = v.trim();
				break;
			case 'name.givenname':
				changes.givenName = typeof v === 'string' ? v.trim() : '';
				break;
			case 'name.familyname':
				changes.familyName = typeof v === 'string' ? v.trim() : '';
				break;
			case 'name':
				if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) set(`name.${k}`, x, op);
				break;
			case 'username':
			case 'emails.value':
				if (typeof v === 'string') changes.email = v;
				break;
			case 'emails':
				if (Array.isArray(v) && typeof v[0]?.value === 'string') changes.email = v[0].value;
				break;
			case 'externalid':
				changes.externalId = typeof v === 'string' ? v.slice(0, 200) : null;
				break;
			default:
			// Attributes we do not keep (title, department, preferredLanguage…) are accepted and ignored, as
			// identity providers send their whole mapping.
		}
	};
	for (const o of patchOperations(body)) {
		if (o.path) set(o.path, o.value, o.op);
		else if (o.value && typeof o.value === 'object') for (const [k, v] of Object.entries(o.value)) set(k, v, o.op);
		else throw new ScimError(400, 'An operation without a path needs an object value', 'invalidSyntax');
	}
	await applyChanges(client, row, changes);
	return getUser(client, id, base);
}

export async function deactivateScimUser(client: ScimClient, id: string) {
	const row = await findRow(client, id);
	await applyChanges(client, row, { active: false });
}
