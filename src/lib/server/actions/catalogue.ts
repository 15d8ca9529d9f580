// The catalogue as one organisation sees it: our built-in actions in the reader's language, plus the
// organisation's own actions (written in whatever language they wrote them in).
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { NotFound } from '../errors';
import type { Actor } from '../actor';
import type { ActionCustomTable } from '../db/schema';
import {
	builtinAction,
	builtinCatalogue,
	type CatalogueAction,
	type DimensionId,
	type Driver,
	type Effort,
	type Factor,
	type Locale
} from '$lib/actions/catalogue/index';
import type { CustomAction, Filters } from './schemas';

/** Custom action ids carry a prefix so they never collide with a built-in slug. */
const CUSTOM = 'custom-';

export function isCustomId(id: string) {
	return id.startsWith(CUSTOM);
}

function fromRow(row: ActionCustomTable): CatalogueAction {
	return {
		id: CUSTOM + row.id,
		source: 'custom',
		title: row.title,
		why: row.why,
		how: JSON.parse(row.how) as string[],
		factors: JSON.parse(row.factors) as Factor[],
		dimensions: JSON.parse(row.dimensions) as DimensionId[],
		driver: row.driver as Driver,
		effort: row.effort as Effort,
		firstEffectWeeks: row.first_effect_weeks,
		indicator: row.indicator
	};
}

async function customActions(orgId: string): Promise<CatalogueAction[]> {
	const rows = await db()
		.selectFrom('action_custom')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('archived_at', 'is', null)
		.orderBy('created_at')
		.execute();
	return rows.map(fromRow);
}

export function matchesCatalogueFilters(a: CatalogueAction, f: Filters): boolean {
	if (f.factor && !a.factors.includes(f.factor)) return false;
	if (f.effort && a.effort !== f.effort) return false;
	if (f.driver && a.driver !== f.driver) return false;
	if (f.dimension && !a.dimensions.includes(f.dimension)) return false;
	if (f.q) {
		const q = f.q.toLowerCase();
		const hay = [a.title, a.why, a.indicator, ...a.how].join(' ').toLowerCase();
		if (!hay.includes(q)) return false;
	}
	return true;
}

/** The organisation's own actions first (they chose to write them), then ours. */
export async function listCatalogue(actor: Actor, locale: Locale, filters: Filters = {}): Promise<CatalogueAction[]> {
	authorize(actor, 'action.catalogue.view', { orgId: actor.orgId });
	const all = [...(await customActions(actor.orgId)), ...builtinCatalogue(locale)];
	return all.filter((a) => matchesCatalogueFilters(a, filters));
}

export async function getCatalogueAction(actor: Actor, id: string, locale: Locale): Promise<CatalogueAction> {
	authorize(actor, 'action.catalogue.view', { orgId: actor.orgId });
	const found = await findCatalogueAction(actor.orgId, id, locale);
	if (!found) throw new NotFound('catalogue action');
	return found;
}

/** Internal: a built-in or this organisation's custom action (archived ones still resolve for old plans). */
export async function findCatalogueAction(
	orgId: string,
	id: string,
	locale: Locale
): Promise<CatalogueAction | undefined> {
	if (!isCustomId(id)) return builtinAction(id, locale);
	const row = await db()
		.selectFrom('action_custom')
		.selectAll()
		.where('id', '=', id.slice(CUSTOM.length))
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	return row ? fromRow(row) : undefined;
}

function toRow(input: CustomAction) {
	return {
		title: input.title,
		why: input.why,
		how: JSON.stringify(input.how),
		factors: JSON.stringify(input.factors),
		dimensions: JSON.stringify(input.dimensions),
		driver: input.driver,
		effort: input.effort,
		first_effect_weeks: input.firstEffectWeeks,
		indicator: input.indicator
	};
}

export async function createCustomAction(actor: Actor, input: CustomAction): Promise<CatalogueAction> {
	authorize(actor, 'action.catalogue.manage', { orgId: actor.orgId });
	const row = {
		id: newId(),
		org_id: actor.orgId,
		...toRow(input),
		created_by: actor.userId,
		created_at: nowIso(),
		archived_at: null
	};
	await db().insertInto('action_custom').values(row).execute();
	return fromRow(row);
}

export async function updateCustomAction(actor: Actor, id: string, input: CustomAction): Promise<void> {
	authorize(actor, 'action.catalogue.manage', { orgId: actor.orgId });
	if (!isCustomId(id)) throw new NotFound('custom action');
	const result = await db()
		.updateTable('action_custom')
		.set(toRow(input))
		.where('id', '=', id.slice(CUSTOM.length))
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!Number(result.numUpdatedRows)) throw new NotFound('custom action');
}

/** Takes an own action out of the catalogue; plans that use it keep it. */
export async function archiveCustomAction(actor: Actor, id: string): Promise<void> {
	authorize(actor, 'action.catalogue.manage', { orgId: actor.orgId });
	if (!isCustomId(id)) throw new NotFound('custom action');
	const result = await db()
		.updateTable('action_custom')
		.set({ archived_at: nowIso() })
		.where('id', '=', id.slice(CUSTOM.length))
		.where('org_id', '=', actor.orgId)
		.where('archived_at', 'is', null)
		.executeTakeFirst();
	if (!Number(result.numUpdatedRows)) throw new NotFound('custom action');
}
