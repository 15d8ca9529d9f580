// Start-up failures a person can act on, explained in one line each, with a distinct exit code
// (documented in the README) instead of a stack trace.

/** @param {unknown} error @returns {{ message: string, code: number }} */
export function explainStartupError(error) {
	const e = /** @type {{ code?: string, message?: string }} */ (error ?? {});
	const code = e.code ?? '';
	const where = process.env.DATABASE_URL?.replace(/\/\/[^@/]*@/, '//***@') ?? './data/samspil.db';
	if (
		code === 'SQLITE_READONLY' ||
		code === 'EROFS' ||
		code === 'EACCES' ||
		code === 'EPERM' ||
		code === 'SQLITE_CANTOPEN'
	)
		return {
			message: `Cannot write the database at ${where}: the file or its folder is read-only or not accessible (${code}).`,
			code: 73
		};
	if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
		return {
			message: `The database at ${where} is locked by another process. Stop it (or wait) and start again.`,
			code: 75
		};
	if (code === 'SQLITE_FULL' || code === 'ENOSPC')
		return {
			message: `The disk holding ${where} is full. Free some space and start again; nothing was changed.`,
			code: 74
		};
	if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000')
		return {
			message: `Cannot reach the PostgreSQL database at ${where} (${code}). Check DATABASE_URL and that the server runs.`,
			code: 69
		};
	if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
		return {
			message: `The file at ${where} is not a healthy SQLite database (${code}). Restore a backup (npm run restore).`,
			code: 65
		};
	if (code === 'EADDRINUSE')
		return { message: `The port ${process.env.PORT ?? 3000} is taken. Set PORT to a free one.`, code: 71 };
	return { message: `Samspil could not start: ${e.message ?? String(error)}`, code: 1 };
}
