// Learning paths: an ordered list of modules (steps), each step optionally waiting for an earlier one (its
// prerequisite), assigned to a team or a person with an optional due date. Progress is not stored here: a step is
// done when its module's bite_progress row is completed.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	const org = (c) => c.notNull().references('orgs.id').onDelete('cascade');
	await db.schema
		.createTable('bite_paths')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('bite_paths_org').on('bite_paths').columns(['org_id', 'title']).execute();

	await db.schema
		.createTable('bite_path_steps')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('path_id', 'text', (c) => c.notNull().references('bite_paths.id').onDelete('cascade'))
		.addColumn('module_id', 'text', (c) => c.notNull().references('bite_modules.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		// an earlier step of the same path that must be completed first; null: none (paths.ts keeps it earlier)
		.addColumn('prerequisite_id', 'text')
		.addUniqueConstraint('bite_path_steps_module', ['path_id', 'module_id'])
		.execute();
	await db.schema.createIndex('bite_path_steps_path').on('bite_path_steps').columns(['path_id', 'position']).execute();

	await db.schema
		.createTable('bite_path_assignments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('path_id', 'text', (c) => c.notNull().references('bite_paths.id').onDelete('cascade'))
		.addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
		.addColumn('due_on', 'text')
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('bite_path_assignments_org')
		.on('bite_path_assignments')
		.columns(['org_id', 'path_id'])
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('bite_path_assignments').execute();
	await db.schema.dropTable('bite_path_steps').execute();
	await db.schema.dropTable('bite_paths').execute();
}
