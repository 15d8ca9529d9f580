// The database the modules use: the app's (app/context.ts), built by the composition root at start-up and by
// each integration test file with a fresh database of its own.
import { app } from '../app/context';
import type { DB } from './index';

export function db(): DB {
	return app().db;
}

export function dbKind(): 'sqlite' | 'postgres' {
	return app().dbKind;
}
