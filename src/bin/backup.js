// `npm run backup`: a consistent online copy of the SQLite database (better-sqlite3's backup API works
// page by page while the app keeps writing), with rotation. `npm run restore -- <file>` puts one back.
// PostgreSQL deployments use pg_dump instead (see the README).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

const url = process.env.DATABASE_URL;
if (url && /^postgres(ql)?:\/\//.test(url)) {
	console.error('DATABASE_URL points at PostgreSQL: use pg_dump (see README, "Backups").');
	process.exit(2);
}
const dbFile = path.resolve(url ? url.replace(/^file:/, '') : path.join('data', 'samspil.db'));
const backupDir = path.resolve(process.env.BACKUP_DIR ?? path.join(path.dirname(dbFile), 'backups'));
const keep = Math.max(1, Number(process.env.BACKUP_KEEP ?? 7));
const [command, arg] = process.argv.slice(2);

/** @param {string} file */
function integrity(file) {
	const db = new Database(file, { readonly: true, fileMustExist: true });
	try {
		return db.pragma('integrity_check', { simple: true });
	} finally {
		db.close();
	}
}

async function backup() {
	if (!fs.existsSync(dbFile)) throw new Error(`no database at ${dbFile}`);
	fs.mkdirSync(backupDir, { recursive: true });
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const target = path.join(backupDir, `samspil-${stamp}.db`);
	const db = new Database(dbFile, { fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	try {
		// All pages in one step, inside one read transaction: a consistent snapshot even while the app
		// writes (a page-by-page backup would restart on every write from another connection).
		await db.backup(target, { progress: () => 0x7fffffff });
	} finally {
		db.close();
	}
	// A backup is one self-contained file: switch the copy out of WAL mode.
	const copy = new Database(target);
	copy.pragma('journal_mode = DELETE');
	copy.close();
	const check = integrity(target);
	if (check !== 'ok') throw new Error(`backup failed its integrity check: ${check}`);
	const old = fs
		.readdirSync(backupDir)
		.filter((f) => /^samspil-.*\.db$/.test(f))
		.sort()
		.reverse()
		.slice(keep);
	for (const f of old) fs.rmSync(path.join(backupDir, f));
	console.log(`Backup written: ${target} (keeping the newest ${keep})`);
}

/** Restores while the app is stopped: checks the backup, keeps the current file aside, swaps. */
/** @param {string | undefined} file */
function restore(file) {
	if (!file) throw new Error('usage: npm run restore -- <backup file>');
	const source = path.resolve(file);
	const check = integrity(source);
	if (check !== 'ok') throw new Error(`refusing to restore a damaged backup: ${check}`);
	fs.mkdirSync(path.dirname(dbFile), { recursive: true });
	if (fs.existsSync(dbFile)) {
		const aside = `${dbFile}.before-restore-${Date.now()}`;
		fs.renameSync(dbFile, aside);
		console.log(`Current database kept as ${aside}`);
	}
	for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
	fs.copyFileSync(source, dbFile);
	console.log(`Restored ${source} → ${dbFile}. Start the app again.`);
}

try {
	if (command === 'backup') await backup();
	else if (command === 'restore') restore(arg);
	else throw new Error('usage: backup.js backup | restore <file>');
} catch (e) {
	console.error(String(e instanceof Error ? e.message : e));
	process.exit(1);
}
