// cmi5 packages played inside Samspil (issue 23): the course structure's assignable unit a package module launches
// (its id, launch URL, moveOn and masteryScore from cmi5.xml) is kept on the package's row, and each launch of it is a
// session row: who launched it (a member or an external learner), under which registration, the fetch URL's one-time
// secret and the auth token it hands out (both stored hashed), until when they hold, and what the AU reported.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	// JSON: { courseId, au: { id, url, title, moveOn, masteryScore, launchParameters } }; null for SCORM packages
	await db.schema.alterTable('bite_packages').addColumn('cmi5', 'text').execute();
	await db.schema
		.createTable('bite_cmi5_sessions')
		// the cmi5 session id (a UUID), also in the context template of LMS.LaunchData
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('module_id', 'text', (c) => c.notNull().references('bite_modules.id').onDelete('cascade'))
		.addColumn('package_id', 'text', (c) => c.notNull().references('bite_packages.id').onDelete('cascade'))
		// a member's user id or an external learner's bite_learners id, as bite_progress keys them
		.addColumn('learner_id', 'text', (c) => c.notNull())
		// member | external
		.addColumn('learner_kind', 'text', (c) => c.notNull())
		// the cmi5 registration (a UUID): the same for every launch of this module by this learner
		.addColumn('registration', 'text', (c) => c.notNull())
		// the learner's UI language at launch, for cmi5LearnerPreferences
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('fetch_hash', 'text', (c) => c.notNull().unique())
		// set when the fetch URL was used: it works once
		.addColumn('fetched_at', 'text')
		.addColumn('token_hash', 'text', (c) => c.unique())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		// what the AU said in this session (ISO times) and its best score (0–100)
		.addColumn('initialized_at', 'text')
		.addColumn('completed_at', 'text')
		.addColumn('passed_at', 'text')
		.addColumn('failed_at', 'text')
		.addColumn('terminated_at', 'text')
		.addColumn('score', 'integer')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('bite_cmi5_sessions_registration')
		.on('bite_cmi5_sessions')
		.columns(['org_id', 'module_id', 'learner_id'])
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('bite_cmi5_sessions').execute();
	await db.schema.alterTable('bite_packages').dropColumn('cmi5').execute();
}
