// One dimension list: the action catalogue now speaks the survey instrument's nine dimensions instead of a
// list of its own. Stored plan items and the organisations' own catalogue actions move to the instrument's
// key that measures their old dimension (two old ones may meet in one; duplicates are dropped).
/** @type {Record<string, string>} */
const RENAMED = {
	reflection_time: 'reflection',
	buddy_training: 'learning_together',
	mentoring: 'learning_together',
	peer_feedback: 'feedback',
	experimentation: 'experimenting_sharing',
	knowledge_sharing: 'experimenting_sharing'
};

/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	for (const [from, to] of Object.entries(RENAMED)) {
		await db.updateTable('action_items').set({ dimension_id: to }).where('dimension_id', '=', from).execute();
	}
	const custom = await db.selectFrom('action_custom').select(['id', 'dimensions']).execute();
	for (const row of custom) {
		/** @type {string[]} */
		const before = JSON.parse(row.dimensions);
		const after = [...new Set(before.map((d) => RENAMED[d] ?? d))];
		if (JSON.stringify(after) !== JSON.stringify(before)) {
			await db
				.updateTable('action_custom')
				.set({ dimensions: JSON.stringify(after) })
				.where('id', '=', row.id)
				.execute();
		}
	}
}

/**
 * The old list measured some things twice over; going back picks the first old key for each.
 * @param {import('kysely').Kysely<any>} db
 */
export async function down(db) {
	/** @type {Record<string, string>} */
	const back = {};
	for (const [from, to] of Object.entries(RENAMED)) back[to] ??= from;
	for (const [from, to] of Object.entries(back)) {
		await db.updateTable('action_items').set({ dimension_id: to }).where('dimension_id', '=', from).execute();
	}
	const custom = await db.selectFrom('action_custom').select(['id', 'dimensions']).execute();
	for (const row of custom) {
		/** @type {string[]} */
		const before = JSON.parse(row.dimensions);
		const after = [...new Set(before.map((d) => back[d] ?? d))];
		await db
			.updateTable('action_custom')
			.set({ dimensions: JSON.stringify(after) })
			.where('id', '=', row.id)
			.execute();
	}
}
