// An uploaded image's width and height in pixels, read from the file when it is stored, so the bite player can give
// the <img> its size and the page does not move when the picture arrives. Null for other media and for images
// uploaded before this.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema.alterTable('bite_media').addColumn('width', 'integer').execute();
	await db.schema.alterTable('bite_media').addColumn('height', 'integer').execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.alterTable('bite_media').dropColumn('height').execute();
	await db.schema.alterTable('bite_media').dropColumn('width').execute();
}
