// Downloadable documents and captions in learning bites: a file keeps the name it was uploaded with (the name a
// download is saved under), and a video or audio card may point to a WebVTT captions file (a bite_media row of its
// own, in the captions' language) and carry a transcript.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema.alterTable('bite_media').addColumn('original_name', 'text').execute();
	await db.schema
		.alterTable('bite_cards')
		.addColumn('captions_id', 'text', (c) => c.references('bite_media.id').onDelete('set null'))
		.execute();
	await db.schema.alterTable('bite_cards').addColumn('captions_lang', 'text').execute();
	await db.schema.alterTable('bite_cards').addColumn('transcript', 'text').execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	for (const name of ['transcript', 'captions_lang', 'captions_id']) {
		await db.schema.alterTable('bite_cards').dropColumn(name).execute();
	}
	await db.schema.alterTable('bite_media').dropColumn('original_name').execute();
}
