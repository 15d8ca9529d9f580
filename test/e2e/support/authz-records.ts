// What the authorisation matrix reads from the server's SQLite database: a concrete record of one organisation
// for each route parameter, and a fingerprint of every table and sync document to prove refused posts changed
// nothing.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import path from 'node:path';
import * as Y from 'yjs';

export const BOGUS = 'AAAAAAAAAAAAAAAAAAAAAA';

/** The server's database, read-only, beside it while it runs. */
export function openDatabase(dataDir: string) {
	return new Database(path.join(dataDir, 'samspil.db'), { readonly: true, fileMustExist: true });
}

/** Concrete records of one organisation for each route parameter, chosen so "the team" (Borgerservice) owns them. */
export function resolveParams(
	db: Database.Database,
	orgId: string,
	teamId: string,
	users: Record<string, string>
): Record<string, string> {
	const one = (q: string, ...args: unknown[]) =>
		(db
			.prepare(q)
			.pluck()
			.get(...args) as string | undefined) ?? BOGUS;
	const board = one(
		`select id from boards where org_id = ? and team_id = ? and status = 'active' order by created_by = ? desc, id limit 1`,
		orgId,
		teamId,
		users.admin
	);
	const survey = one(
		`select s.id from surveys s join survey_rounds r on r.survey_id = s.id join survey_round_teams t on t.round_id = r.id where s.org_id = ? and t.team_id = ? order by s.id limit 1`,
		orgId,
		teamId
	);
	const programme = one(
		`select id from learning_programmes where org_id = ? and team_id = ? order by id limit 1`,
		orgId,
		teamId
	);
	return {
		team: teamId,
		board,
		format: 'markdown',
		survey,
		question: one(`select id from survey_questions where survey_id = ? order by position limit 1`, survey),
		round: one(
			`select r.id from survey_rounds r join survey_round_teams t on t.round_id = r.id where r.org_id = ? and t.team_id = ? order by r.closed_at is not null, r.id limit 1`,
			orgId,
			teamId
		),
		programme,
		pair: one(`select id from learning_pairs where programme_id = ? order by id limit 1`, programme),
		feedback: one(
			`select id from learning_feedback where org_id = ? order by (giver_id = ? or receiver_id = ?) desc, id limit 1`,
			orgId,
			users.member,
			users.member
		),
		// a module of cards: an imported LMS package (the demo has two) is not exported again, which the rules are not about
		module: one(
			`select id from bite_modules where org_id = ? and published = 1
			 and id not in (select module_id from bite_packages) order by id limit 1`,
			orgId
		),
		'collection:app': one(`select id from bite_collections where org_id = ? order by id limit 1`, orgId),
		'collection:public': one(
			`select public_token from bite_collections where org_id = ? and public_token is not null order by id limit 1`,
			orgId
		),
		credential: one(
			`select id from bite_credentials where org_id = ? order by holder_id = ? desc, id limit 1`,
			orgId,
			users.member
		),
		media: one(`select id from bite_media where org_id = ? order by id limit 1`, orgId),
		// an imported package's files need the grant the player page signs: a made-up one is refused for everyone
		package: one(`select id from bite_packages where org_id = ? order by id limit 1`, orgId),
		grant: BOGUS,
		'...file': 'index.html',
		path: one(`select id from bite_paths where org_id = ? order by id limit 1`, orgId),
		item: one(`select id from action_items where org_id = ? and team_id = ? order by id limit 1`, orgId, teamId),
		id: one(`select 'custom-' || id from action_custom where org_id = ? order by id limit 1`, orgId),
		org: orgId,
		import: one(`select id from people_imports where org_id = ? order by created_at limit 1`, orgId),
		scimUser: users.member,
		person: users.member,
		scimGroup: teamId,
		achievement: one(`select id from bite_credential_defs where org_id = ? order by id limit 1`, orgId),
		'token:verify': one(
			`select share_token from bite_credentials where org_id = ? and share_token is not null limit 1`,
			orgId
		),
		token: BOGUS
	};
}

/** Every row of every table but sessions (sliding expiry touches them), hashed per table. */
export function snapshot(dataDir: string): Record<string, string> {
	const db = openDatabase(dataDir);
	try {
		// Sync documents are compared by content, not storage: a room compacting its log into a snapshot after
		// an allowed page read it rewrites both tables without changing what the document holds.
		const tables = db
			.prepare(
				`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not in ('sessions', 'doc_updates', 'doc_snapshots', 'job_leases', 'job_runs') order by name`
			)
			.pluck()
			.all() as string[];
		const hashes = Object.fromEntries(
			tables.map((t) => {
				const rows = (db.prepare(`select * from "${t}"`).raw().all() as unknown[]).map((r) => JSON.stringify(r)).sort();
				return [t, createHash('sha256').update(rows.join('\n')).digest('hex')];
			})
		);
		const docs = new Map<string, Y.Doc>();
		const docOf = (name: string) => docs.get(name) ?? docs.set(name, new Y.Doc({ gc: false })).get(name)!;
		for (const r of db.prepare('select doc, data from doc_snapshots').all() as { doc: string; data: Buffer }[])
			Y.applyUpdate(docOf(r.doc), r.data);
		for (const r of db.prepare('select doc, data from doc_updates order by id').all() as {
			doc: string;
			data: Buffer;
		}[])
			Y.applyUpdate(docOf(r.doc), r.data);
		for (const [name, doc] of [...docs].sort(([a], [b]) => (a < b ? -1 : 1))) {
			hashes[`document ${name}`] = createHash('sha256')
				.update(Y.encodeSnapshot(Y.snapshot(doc)))
				.digest('hex');
		}
		return hashes;
	} finally {
		db.close();
	}
}
