// Frozen module versions: what a credential certified, kept as it was (details and cards) with a content
// hash, however the module is edited afterwards.
import { createHash } from 'node:crypto';
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import type { CardView } from '$lib/bites/types';
import { findModule, parseList } from './modules';
import { loadCards } from './cards';

export interface CertifiedVersion {
	moduleId: string;
	version: number;
	versionId: string;
	title: string;
	contentHash: string;
}

/**
 * Internal, for credentials: freezes the module's current version (details and cards) and returns it. Any
 * later edit starts a new version (beginEdit), so what a credential certified can always be read back.
 */
export async function freezeVersion(orgId: string, moduleId: string): Promise<CertifiedVersion> {
	const row = await findModule(orgId, moduleId);
	const existing = await frozenVersion(moduleId, row.version);
	if (existing) return existing;
	const cards = (await loadCards(orgId, moduleId)).map(({ html: _html, mediaMime: _mime, ...card }) => card);
	const content = JSON.stringify({
		module: {
			title: row.title,
			summary: row.summary,
			minutes: row.minutes,
			language: row.language,
			tags: parseList(row.tags)
		},
		cards
	});
	const contentHash = createHash('sha256').update(content).digest('hex');
	try {
		await db()
			.insertInto('bite_module_versions')
			.values({
				id: newId(),
				org_id: orgId,
				module_id: moduleId,
				version: row.version,
				title: row.title,
				content,
				content_hash: contentHash,
				created_at: nowIso()
			})
			.execute();
	} catch {
		// Two completions froze the same version at once: the other insert won, with the same content.
	}
	return (await frozenVersion(moduleId, row.version))!;
}

async function frozenVersion(moduleId: string, version: number): Promise<CertifiedVersion | null> {
	const v = await db()
		.selectFrom('bite_module_versions')
		.select(['id', 'module_id', 'version', 'title', 'content_hash'])
		.where('module_id', '=', moduleId)
		.where('version', '=', version)
		.executeTakeFirst();
	return v
		? { moduleId: v.module_id, version: v.version, versionId: v.id, title: v.title, contentHash: v.content_hash }
		: null;
}

/** Internal: a frozen version's content (details and cards, as certified). */
export async function readVersion(orgId: string, versionId: string) {
	const v = await db()
		.selectFrom('bite_module_versions')
		.selectAll()
		.where('id', '=', versionId)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	if (!v) return null;
	const content = JSON.parse(v.content) as {
		module: { title: string; summary: string; minutes: number; language: string; tags: string[] };
		cards: Omit<CardView, 'html' | 'mediaMime'>[];
	};
	return { moduleId: v.module_id, version: v.version, title: v.title, contentHash: v.content_hash, ...content };
}
