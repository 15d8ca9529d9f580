// The EU Council Recommendation's micro-credential elements that were free text or missing become structured
// fields of a definition (issuer's country/region, form of participation, type of assessment, type of quality
// assurance) with an optional validity period; an external learner can be found again by a one-time link.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	const defs = [
		/** ISO 3166-1 alpha-2 of the awarding body */
		['country', 'text', (c) => c.notNull().defaultTo('DK')],
		['region', 'text', (c) => c.notNull().defaultTo('')],
		/** online | onsite | blended | work_based */
		['participation', 'text', (c) => c.notNull().defaultTo('online')],
		/** quiz | practical | portfolio | oral | written | observation */
		['assessment_type', 'text', (c) => c.notNull().defaultTo('quiz')],
		/** internal | external | accredited */
		['qa_type', 'text', (c) => c.notNull().defaultTo('internal')],
		/** months a credential is valid after issuing; null: no expiry */
		['valid_months', 'integer', (c) => c]
	];
	for (const [name, type, build] of defs) {
		await db.schema.alterTable('bite_credential_defs').addColumn(name, type, build).execute();
	}
	// A rejoining external learner proves their email with a one-time link: only its hash is kept.
	await db.schema.alterTable('bite_learners').addColumn('rejoin_hash', 'text').execute();
	await db.schema.alterTable('bite_learners').addColumn('rejoin_expires', 'text').execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	for (const name of ['country', 'region', 'participation', 'assessment_type', 'qa_type', 'valid_months']) {
		await db.schema.alterTable('bite_credential_defs').dropColumn(name).execute();
	}
	await db.schema.alterTable('bite_learners').dropColumn('rejoin_hash').execute();
	await db.schema.alterTable('bite_learners').dropColumn('rejoin_expires').execute();
}
