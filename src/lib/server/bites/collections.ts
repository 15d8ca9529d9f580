// Customer education: a collection of modules published with a public link, made and published by the
// organisation's authors. External learners join with a name and an email (collection-joining.ts), take its
// modules and can earn credentials.
import { db } from '../db/current';
import { newId, newToken, nowIso } from '../ids';
import { authorize } from '../policy';
import { NotFound } from '../errors';
import type { Actor } from '../actor';
import { parseList } from './modules';

export const LEARNER_COOKIE = 'samspil_learner';

export function collectionView(row: {
	id: string;
	title: string;
	description: string;
	module_ids: string;
	public_token: string | null;
}) {
	return {
		id: row.id,
		title: row.title,
		description: row.description,
		moduleIds: parseList(row.module_ids),
		publicToken: row.public_token
	};
}

async function ownModules(orgId: string, ids: string[]) {
	if (!ids.length) return [];
	const rows = await db()
		.selectFrom('bite_modules')
		.select('id')
		.where('org_id', '=', orgId)
		.where('id', 'in', ids)
		.execute();
	const found = new Set(rows.map((r) => r.id));
	if (ids.some((id) => !found.has(id))) throw new NotFound('module');
	return ids;
}

export async function createCollection(
	actor: Actor,
	input: { title: string; description: string; moduleIds: string[] }
) {
	authorize(actor, 'bites.publish', { orgId: actor.orgId });
	const row = {
		id: newId(),
		org_id: actor.orgId,
		title: input.title,
		description: input.description,
		module_ids: JSON.stringify(await ownModules(actor.orgId, [...new Set(input.moduleIds)])),
		public_token: null,
		created_at: nowIso()
	};
	await db().insertInto('bite_collections').values(row).execute();
	return collectionView(row);
}

async function findCollection(orgId: string, id: string) {
	const row = await db()
		.selectFrom('bite_collections')
		.selectAll()
		.where('id', '=', id)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('collection');
	return row;
}

export async function getCollection(actor: Actor, id: string) {
	const row = await findCollection(actor.orgId, id);
	authorize(actor, 'bites.publish', { orgId: actor.orgId });
	return collectionView(row);
}

export async function updateCollection(
	actor: Actor,
	id: string,
	input: { title: string; description: string; moduleIds: string[] }
) {
	await findCollection(actor.orgId, id);
	authorize(actor, 'bites.publish', { orgId: actor.orgId });
	await db()
		.updateTable('bite_collections')
		.set({
			title: input.title,
			description: input.description,
			module_ids: JSON.stringify(await ownModules(actor.orgId, [...new Set(input.moduleIds)]))
		})
		.where('id', '=', id)
		.where('org_id', '=', actor.orgId)
		.execute();
}

/** Publishing makes a fresh public link; unpublishing makes the old one stop working. */
export async function setCollectionPublished(actor: Actor, id: string, published: boolean) {
	await findCollection(actor.orgId, id);
	authorize(actor, 'bites.publish', { orgId: actor.orgId });
	const token = published ? newToken() : null;
	await db()
		.updateTable('bite_collections')
		.set({ public_token: token })
		.where('id', '=', id)
		.where('org_id', '=', actor.orgId)
		.execute();
	return token;
}

export async function listCollections(actor: Actor) {
	authorize(actor, 'bites.publish', { orgId: actor.orgId });
	return (
		await db().selectFrom('bite_collections').selectAll().where('org_id', '=', actor.orgId).orderBy('title').execute()
	).map(collectionView);
}
