// The sync server logs through whatever the app hands it (the app's structured JSON logger).
export interface SyncLogger {
	debug?(msg: string, fields?: Record<string, unknown>): void;
	info(msg: string, fields?: Record<string, unknown>): void;
	warn(msg: string, fields?: Record<string, unknown>): void;
	error(msg: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: SyncLogger = { info() {}, warn() {}, error() {} };

export function errorFields(error: unknown): Record<string, unknown> {
	return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}
