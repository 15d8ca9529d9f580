// Issue 16, points 14–16 for learning bites.
//
// bite_challenges.status: a challenge is an invitation (pending → accepted | declined; either side may end an
// accepted one). Results cross over only while it is accepted. Existing challenges were never accepted.
//
// bite_modules.version + bite_module_versions: a module that certified someone is frozen as a numbered version
// (its details and cards as JSON, with a content hash). Editing a frozen version starts the next one, so the
// certified content stays as it was. No foreign key to bite_modules: a certified version outlives its module.
// bite_credentials.certified / achievement_version: the versions a credential certified, and the short hash
// the credential's achievement id carries (…/achievements/<def>?version=<hash>).
//
// bite_analytics_snapshots: the published figures per module and group (the organisation or a team). They
// advance only once at least the minimum group size of learners changed since the last step, so no two reads
// differ by one person. `learners` holds salted hashes of learner ids with a fingerprint of their state, only
// to count changes; no ids.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.alterTable('bite_challenges')
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
		.execute();
	await db.schema.alterTable('bite_challenges').addColumn('responded_at', 'text').execute();

	await db.schema
		.alterTable('bite_modules')
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();
	await db.schema
		.createTable('bite_module_versions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('module_id', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		/** { module: details, cards: [...] } as JSON */
		.addColumn('content', 'text', (c) => c.notNull())
		.addColumn('content_hash', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('bite_module_versions_module_version', ['module_id', 'version'])
		.execute();
	await db.schema
		.alterTable('bite_credentials')
		.addColumn('certified', 'text', (c) => c.notNull().defaultTo('[]'))
		.execute();
	await db.schema.alterTable('bite_credentials').addColumn('achievement_version', 'text').execute();

	await db.schema
		.createTable('bite_analytics_snapshots')
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('module_id', 'text', (c) => c.notNull().references('bite_modules.id').onDelete('cascade'))
		/** '' for the whole organisation, else a team id */
		.addColumn('group_key', 'text', (c) => c.notNull())
		.addColumn('salt', 'text', (c) => c.notNull())
		.addColumn('learners', 'text', (c) => c.notNull())
		.addColumn('figures', 'text', (c) => c.notNull())
		.addColumn('taken_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('bite_analytics_snapshots_pk', ['module_id', 'group_key'])
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('bite_analytics_snapshots').execute();
	await db.schema.alterTable('bite_credentials').dropColumn('achievement_version').execute();
	await db.schema.alterTable('bite_credentials').dropColumn('certified').execute();
	await db.schema.dropTable('bite_module_versions').execute();
	await db.schema.alterTable('bite_modules').dropColumn('version').execute();
	await db.schema.alterTable('bite_challenges').dropColumn('responded_at').execute();
	await db.schema.alterTable('bite_challenges').dropColumn('status').execute();
}
