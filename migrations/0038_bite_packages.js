// LMS packages imported as bite modules (issue 23): a SCORM 1.2, SCORM 2004 or cmi5 package is unpacked under the
// data folder like uploaded media (DATA_DIR/bites/<org>/packages/<id>/), and this row says which module plays it,
// by which standard and from which launch file. The module's progress is kept in bite_progress like any other.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('bite_packages')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('module_id', 'text', (c) => c.notNull().unique().references('bite_modules.id').onDelete('cascade'))
		// scorm12 | scorm2004 | cmi5
		.addColumn('standard', 'text', (c) => c.notNull())
		// the launch file's path inside the package (no query string), checked against the unpacked files
		.addColumn('launch', 'text', (c) => c.notNull())
		.addColumn('files', 'integer', (c) => c.notNull())
		.addColumn('bytes', 'integer', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('bite_packages_org').on('bite_packages').columns(['org_id']).execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('bite_packages').execute();
}
