// PostgreSQL runs (TEST_DATABASE_URL): every test file migrates a schema of its own (support/db.ts), and the
// schemas are dropped here, once every file is done. Dropping each as its file ended raced with the files
// still starting: Kysely's migrator lists the tables of every schema, and a schema dropped in the middle of
// that query fails it ("schema … does not exist").
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export default function setup() {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) return;
	const run = randomBytes(3).toString('hex');
	// Read by support/db.ts in the test workers, which inherit this process's environment.
	process.env.TEST_SCHEMA_PREFIX = `t_${run}_`;
	return async () => {
		const client = new pg.Client({ connectionString: url });
		await client.connect();
		try {
			const { rows } = await client.query<{ nspname: string }>(
				`select nspname from pg_namespace where starts_with(nspname, $1)`,
				[`t_${run}_`]
			);
			for (const { nspname } of rows) await client.query(`drop schema "${nspname}" cascade`);
		} finally {
			await client.end();
		}
	};
}
