// Micro-credential definitions: what a credential certifies, with the EU Council Recommendation's mandatory
// elements as structured fields (src/lib/bites/elements.ts), the modules it needs and the credentials it stacks
// on. A definition can be edited until it first issues: after that, what was signed must stay what it says.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import { parseList } from './modules';
import type { CredentialDefInput } from './schemas';

export function defView(row: {
	id: string;
	title: string;
	outcomes: string;
	assessment: string;
	min_score: number;
	eqf_level: number;
	workload_hours: number;
	credits: number | null;
	quality_assurance: string;
	module_ids: string;
	requires_ids: string;
	country?: string;
	region?: string;
	participation?: string;
	assessment_type?: string;
	qa_type?: string;
	valid_months?: number | null;
}) {
	return {
		id: row.id,
		title: row.title,
		outcomes: row.outcomes,
		assessment: row.assessment,
		minScore: row.min_score,
		eqfLevel: row.eqf_level,
		workloadHours: Number(row.workload_hours),
		credits: row.credits == null ? null : Number(row.credits),
		qualityAssurance: row.quality_assurance,
		moduleIds: parseList(row.module_ids),
		requiresIds: parseList(row.requires_ids),
		country: row.country ?? 'DK',
		region: row.region ?? '',
		participation: row.participation ?? 'online',
		assessmentType: row.assessment_type ?? 'quiz',
		qaType: row.qa_type ?? 'internal',
		validMonths: row.valid_months == null ? null : Number(row.valid_months)
	};
}

export type CredentialDefinition = ReturnType<typeof defView>;

async function orgModuleIds(orgId: string, ids: string[]) {
	if (ids.length === 0) return [];
	const rows = await db()
		.selectFrom('bite_modules')
		.select('id')
		.where('org_id', '=', orgId)
		.where('id', 'in', ids)
		.execute();
	return rows.map((r) => r.id);
}

/** The stored columns of a definition's editable fields, checked against the organisation's modules. */
async function definitionColumns(actor: Actor, input: CredentialDefInput) {
	const modules = await orgModuleIds(actor.orgId, input.moduleIds);
	if (modules.length !== new Set(input.moduleIds).size || modules.length === 0)
		throw new Invalid('error_bites_pick_module', 'moduleIds');
	const requires = input.requiresIds.length
		? (
				await db()
					.selectFrom('bite_credential_defs')
					.select('id')
					.where('org_id', '=', actor.orgId)
					.where('id', 'in', input.requiresIds)
					.execute()
			).map((r) => r.id)
		: [];
	if (requires.length !== new Set(input.requiresIds).size) throw new NotFound('credential definition');
	return {
		title: input.title,
		outcomes: input.outcomes,
		assessment: input.assessment,
		assessment_type: input.assessmentType ?? 'quiz',
		min_score: input.minScore,
		eqf_level: input.eqfLevel,
		workload_hours: input.workloadHours,
		credits: input.credits ?? null,
		quality_assurance: input.qualityAssurance,
		qa_type: input.qaType ?? 'internal',
		participation: input.participation ?? 'online',
		country: input.country ?? 'DK',
		region: input.region ?? '',
		valid_months: input.validMonths ?? null,
		module_ids: JSON.stringify(modules),
		requires_ids: JSON.stringify(requires)
	};
}

export async function createDefinition(actor: Actor, input: CredentialDefInput) {
	authorize(actor, 'bites.credentials.manage', { orgId: actor.orgId });
	const row = { id: newId(), org_id: actor.orgId, ...(await definitionColumns(actor, input)), created_at: nowIso() };
	await db().insertInto('bite_credential_defs').values(row).execute();
	return defView(row);
}

/** Has any credential been issued from this definition (then it is locked)? */
async function hasIssued(orgId: string, defId: string) {
	const row = await db()
		.selectFrom('bite_credentials')
		.select('id')
		.where('org_id', '=', orgId)
		.where('def_id', '=', defId)
		.executeTakeFirst();
	return !!row;
}

export async function updateDefinition(actor: Actor, defId: string, input: CredentialDefInput) {
	const found = await db()
		.selectFrom('bite_credential_defs')
		.select('id')
		.where('id', '=', defId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!found) throw new NotFound('credential definition');
	authorize(actor, 'bites.credentials.manage', { orgId: actor.orgId });
	if (await hasIssued(actor.orgId, defId)) throw new Invalid('bites_mc_locked');
	const columns = await definitionColumns(actor, input);
	if (JSON.parse(columns.requires_ids).includes(defId)) throw new Invalid('error_bites_pick_module', 'requiresIds');
	await db()
		.updateTable('bite_credential_defs')
		.set(columns)
		.where('id', '=', defId)
		.where('org_id', '=', actor.orgId)
		.execute();
}

/** Which of the organisation's definitions have issued (and are therefore locked). */
export async function lockedDefinitionIds(orgId: string) {
	const rows = await db()
		.selectFrom('bite_credentials')
		.select('def_id')
		.distinct()
		.where('org_id', '=', orgId)
		.execute();
	return new Set(rows.map((r) => r.def_id));
}

export async function listDefinitions(actor: Actor) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('bite_credential_defs')
		.selectAll()
		.where('org_id', '=', actor.orgId)
		.orderBy('title')
		.execute();
	return rows.map(defView);
}
