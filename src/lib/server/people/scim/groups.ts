// SCIM Groups are the organisation's teams. Members are the organisation's people (their SCIM user ids); a group's
// members join the team as members (managers are set in Samspil, not by the identity provider). Deleting a group
// only unlinks the team from the provider: the team, its boards and history stay (an admin deletes teams).
import { db } from '../../db/current';
import { addToTeam, provisionTeam, removeFromTeam, setTeamIdentity } from '../../orgs/index';
import type { ScimClient } from './tokens';
import {
	GROUP_SCHEMA,
	LIST_SCHEMA,
	ScimError,
	memberInPath,
	parseFilter,
	parsePaging,
	patchOperations
} from './protocol';

function teams(client: ScimClient) {
	return db()
		.selectFrom('teams')
		.select(['id', 'name', 'created_at', 'external_id'])
		.where('org_id', '=', client.orgId);
}

async function findTeam(client: ScimClient, id: string) {
	const team = await teams(client).where('id', '=', id).executeTakeFirst();
	if (!team) throw new ScimError(404, `Group ${id} not found`);
	return team;
}

async function members(client: ScimClient, teamId: string) {
	return db()
		.selectFrom('team_members')
		.innerJoin('users', 'users.id', 'team_members.user_id')
		.select(['users.id', 'users.name'])
		.where('team_members.org_id', '=', client.orgId)
		.where('team_members.team_id', '=', teamId)
		.orderBy('users.name')
		.execute();
}

async function groupResource(
	client: ScimClient,
	team: { id: string; name: string; created_at: string; external_id?: string | null },
	base: string,
	withMembers = true
) {
	return {
		schemas: [GROUP_SCHEMA],
		id: team.id,
		...(team.external_id ? { externalId: team.external_id } : {}),
		displayName: team.name,
		...(withMembers
			? {
					members: (await members(client, team.id)).map((m) => ({
						value: m.id,
						display: m.name,
						$ref: `${base}/Users/${m.id}`
					}))
				}
			: {}),
		meta: { resourceType: 'Group', created: team.created_at, location: `${base}/Groups/${team.id}` }
	};
}

export async function listGroups(client: ScimClient, params: URLSearchParams, base: string) {
	const filter = parseFilter(params.get('filter'), ['displayName', 'externalId', 'id']);
	const { startIndex, count } = parsePaging(params);
	let q = teams(client);
	if (filter?.attribute === 'displayName') q = q.where('name', '=', filter.value);
	else if (filter?.attribute === 'externalId') q = q.where('external_id', '=', filter.value);
	else if (filter?.attribute === 'id') q = q.where('id', '=', filter.value);
	const total = (await q.execute()).length;
	const page = await q
		.orderBy('name')
		.orderBy('id')
		.offset(startIndex - 1)
		.limit(count)
		.execute();
	const withMembers = !/\bmembers\b/.test(params.get('excludedAttributes') ?? '');
	return {
		schemas: [LIST_SCHEMA],
		totalResults: total,
		startIndex,
		itemsPerPage: page.length,
		Resources: await Promise.all(page.map((t) => groupResource(client, t, base, withMembers)))
	};
}

export async function getGroup(client: ScimClient, id: string, base: string, params?: URLSearchParams) {
	const withMembers = !/\bmembers\b/.test(params?.get('excludedAttributes') ?? '');
	return groupResource(client, await findTeam(client, id), base, withMembers);
}

/** Only people of this organisation can be members: an id from elsewhere is "not found" like any unknown one. */
async function memberIds(client: ScimClient, value: unknown): Promise<string[]> {
	const ids = (Array.isArray(value) ? value : [value])
		.map((v) => (typeof v === 'string' ? v : (v as { value?: unknown })?.value))
		.filter((v): v is string => typeof v === 'string');
	if (ids.length === 0) return [];
	const found = await db()
		.selectFrom('memberships')
		.select('user_id')
		.where('org_id', '=', client.orgId)
		.where('user_id', 'in', ids)
		.execute();
	const known = new Set(found.map((f) => f.user_id));
	const missing = ids.find((i) => !known.has(i));
	if (missing) throw new ScimError(400, `Member ${missing} not found`, 'invalidValue');
	return ids;
}

async function setMembers(client: ScimClient, teamId: string, ids: string[]) {
	const current = new Set((await members(client, teamId)).map((m) => m.id));
	for (const id of ids) if (!current.has(id)) await addToTeam(client.orgId, teamId, id, 'member');
	for (const id of current) if (!ids.includes(id)) await removeFromTeam(client.orgId, teamId, id);
}

function displayNameOf(body: Record<string, unknown>) {
	const name = typeof body.displayName === 'string' ? body.displayName.trim() : '';
	if (!name) throw new ScimError(400, 'displayName is required', 'invalidValue');
	return name.slice(0, 80);
}

export async function createGroup(client: ScimClient, body: Record<string, unknown>, base: string) {
	const name = displayNameOf(body);
	if (await teams(client).where('name', '=', name).executeTakeFirst())
		throw new ScimError(409, 'A group with this displayName exists', 'uniqueness');
	const ids = await memberIds(client, body.members ?? []);
	const externalId = typeof body.externalId === 'string' ? body.externalId.slice(0, 200) : null;
	const team = await provisionTeam(client.orgId, { name, externalId });
	await setMembers(client, team.id, ids);
	return getGroup(client, team.id, base);
}

export async function replaceGroup(client: ScimClient, id: string, body: Record<string, unknown>, base: string) {
	await findTeam(client, id);
	const ids = await memberIds(client, body.members ?? []);
	await setTeamIdentity(client.orgId, id, {
		name: displayNameOf(body),
		externalId: typeof body.externalId === 'string' ? body.externalId.slice(0, 200) : undefined
	});
	await setMembers(client, id, ids);
	return getGroup(client, id, base);
}

export async function patchGroup(client: ScimClient, id: string, body: unknown, base: string) {
	await findTeam(client, id);
	for (const o of patchOperations(body)) {
		const path = o.path?.toLowerCase() ?? null;
		const inPath = o.path ? memberInPath(o.path) : null;
		if (path === 'members' || inPath) {
			const ids = inPath ? await memberIds(client, inPath) : await memberIds(client, o.value);
			if (o.op === 'add') for (const u of ids) await addToTeam(client.orgId, id, u, 'member');
			else if (o.op === 'remove') {
				// "remove" with path "members" and no value empties the group (RFC 7644 §3.5.2.2)
				const gone = ids.length || inPath ? ids : (await members(client, id)).map((m) => m.id);
				for (const u of gone) await removeFromTeam(client.orgId, id, u);
			} else await setMembers(client, id, ids);
		} else if (path === 'displayname' && typeof o.value === 'string')
			await setTeamIdentity(client.orgId, id, { name: o.value });
		else if (path === 'externalid')
			await setTeamIdentity(client.orgId, id, { externalId: typeof o.value === 'string' ? o.value : null });
		else if (!path && o.value && typeof o.value === 'object') {
			const v = o.value as Record<string, unknown>;
			if (typeof v.displayName === 'string') await setTeamIdentity(client.orgId, id, { name: v.displayName });
			if (typeof v.externalId === 'string') await setTeamIdentity(client.orgId, id, { externalId: v.externalId });
			if (v.members !== undefined) await setMembers(client, id, await memberIds(client, v.members));
		}
	}
	return getGroup(client, id, base);
}

export async function unlinkGroup(client: ScimClient, id: string) {
	await findTeam(client, id);
	await setTeamIdentity(client.orgId, id, { externalId: null });
}
