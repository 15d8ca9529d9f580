// Modules: what authors write. A module is a title, an estimated time (2–10 minutes), a language, tags and an
// ordered list of cards (cards.ts to read them, card-authoring.ts to change them).
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize, can } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import type { Selectable } from 'kysely';
import type { BiteModulesTable } from '../db/schema';
import { loadCards } from './cards';
import { deletePackageFiles } from './storage';
import type { ModuleInput } from './schemas';

export type ModuleRow = Selectable<BiteModulesTable>;

export function parseList(json: string): string[] {
	try {
		const v = JSON.parse(json);
		return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
	} catch {
		return [];
	}
}

function tagList(tags: string): string[] {
	return [
		...new Set(
			tags
				.split(',')
				.map((t) => t.trim().toLowerCase())
				.filter(Boolean)
		)
	].slice(0, 12);
}

export function moduleView(row: ModuleRow) {
	return {
		id: row.id,
		title: row.title,
		summary: row.summary,
		minutes: row.minutes,
		language: row.language,
		tags: parseList(row.tags),
		published: row.published === 1,
		updatedAt: row.updated_at,
		version: row.version ?? 1
	};
}

export type ModuleView = ReturnType<typeof moduleView>;

/** Internal: a module of the organisation, or NotFound. */
export async function findModule(orgId: string, moduleId: string): Promise<ModuleRow> {
	const row = await db()
		.selectFrom('bite_modules')
		.selectAll()
		.where('id', '=', moduleId)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('module');
	return row;
}

export async function createModule(actor: Actor, input: ModuleInput) {
	authorize(actor, 'bites.author', { orgId: actor.orgId });
	const now = nowIso();
	const row: ModuleRow = {
		id: newId(),
		org_id: actor.orgId,
		title: input.title,
		summary: input.summary,
		minutes: input.minutes,
		language: input.language,
		tags: JSON.stringify(tagList(input.tags)),
		published: 0,
		created_by: actor.userId,
		created_at: now,
		updated_at: now,
		version: 1
	};
	await db().insertInto('bite_modules').values(row).execute();
	return moduleView(row);
}

export async function updateModule(actor: Actor, moduleId: string, input: ModuleInput) {
	await beginEdit(actor, moduleId);
	await db()
		.updateTable('bite_modules')
		.set({
			title: input.title,
			summary: input.summary,
			minutes: input.minutes,
			language: input.language,
			tags: JSON.stringify(tagList(input.tags)),
			updated_at: nowIso()
		})
		.where('id', '=', moduleId)
		.where('org_id', '=', actor.orgId)
		.execute();
}

export async function setPublished(actor: Actor, moduleId: string, published: boolean) {
	await editableModule(actor, moduleId);
	if (published) {
		const cards = await db()
			.selectFrom('bite_cards')
			.select('id')
			.where('module_id', '=', moduleId)
			.where('org_id', '=', actor.orgId)
			.execute();
		// An imported package (bite_packages) is the module's content: it needs no cards.
		const pkg = await db()
			.selectFrom('bite_packages')
			.select('id')
			.where('module_id', '=', moduleId)
			.where('org_id', '=', actor.orgId)
			.executeTakeFirst();
		if (cards.length === 0 && !pkg) throw new Invalid('error_bites_no_cards');
	}
	await db()
		.updateTable('bite_modules')
		.set({ published: published ? 1 : 0, updated_at: nowIso() })
		.where('id', '=', moduleId)
		.where('org_id', '=', actor.orgId)
		.execute();
}

export async function deleteModule(actor: Actor, moduleId: string) {
	await editableModule(actor, moduleId);
	// An imported package's row goes by cascade; its unpacked files go here.
	const pkg = await db()
		.selectFrom('bite_packages')
		.select('id')
		.where('module_id', '=', moduleId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	await db().deleteFrom('bite_modules').where('id', '=', moduleId).where('org_id', '=', actor.orgId).execute();
	if (pkg) await deletePackageFiles(actor.orgId, pkg.id);
}

/** Every module of the organisation for those who write and assign them (drafts included), with who may edit which. */
export async function listModulesForAuthoring(actor: Actor) {
	authorize(actor, 'bites.author', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('bite_modules')
		.selectAll()
		.where('org_id', '=', actor.orgId)
		.orderBy('updated_at', 'desc')
		.execute();
	return rows.map((r) => ({ ...moduleView(r), canEdit: mayEdit(actor, r) }));
}

/** The published library every member may take. */
export async function listPublishedModules(actor: Actor) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('bite_modules')
		.selectAll()
		.where('org_id', '=', actor.orgId)
		.where('published', '=', 1)
		.orderBy('title')
		.execute();
	return rows.map(moduleView);
}

/**
 * A module for those who write and assign modules: details and every card with answers and feedback, and
 * whether this actor may change it (its authors and admins only; others assign it and preview it).
 */
export async function getModuleForAuthoring(actor: Actor, moduleId: string) {
	const row = await findModule(actor.orgId, moduleId);
	authorize(actor, 'bites.author', { orgId: actor.orgId });
	return {
		module: { ...moduleView(row), canEdit: mayEdit(actor, row) },
		cards: await loadCards(actor.orgId, moduleId)
	};
}

function mayEdit(actor: Actor, row: ModuleRow) {
	return can(actor, 'bites.module.edit', { orgId: actor.orgId, participants: [row.created_by] });
}

/** Internal: the module, if the actor may change it (its authors and admins). */
export async function editableModule(actor: Actor, moduleId: string) {
	const row = await findModule(actor.orgId, moduleId);
	authorize(actor, 'bites.module.edit', { orgId: actor.orgId, participants: [row.created_by] });
	return row;
}

/**
 * Before any change to a module's content: when the version being edited certified someone (it is frozen in
 * bite_module_versions), the change starts the next version, so the certified one stays as it was.
 */
export async function beginEdit(actor: Actor, moduleId: string) {
	const row = await editableModule(actor, moduleId);
	const frozen = await db()
		.selectFrom('bite_module_versions')
		.select('id')
		.where('module_id', '=', moduleId)
		.where('version', '=', row.version)
		.executeTakeFirst();
	if (frozen) {
		await db()
			.updateTable('bite_modules')
			.set({ version: row.version + 1 })
			.where('id', '=', moduleId)
			.where('org_id', '=', actor.orgId)
			.where('version', '=', row.version)
			.execute();
	}
	return row;
}

/** Internal: a media file's record, for the download route (which checks who may see it). */
export async function findMedia(mediaId: string) {
	return db().selectFrom('bite_media').selectAll().where('id', '=', mediaId).executeTakeFirst();
}
