// For survey tests that read the live document too: a fresh database and a sync server for this file (its
// beforeAll/afterAll), a reader of a round's live document, and CSV labels that name every column plainly.
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createSyncServer, type SyncServer } from '../../../src/lib/server/sync/index';
import * as surveys from '../../../src/lib/server/surveys/index';
import { readLiveSnapshot, liveDocName, type LiveSnapshot } from '../../../src/lib/surveys/live';
import { app } from '../../../src/lib/server/app/index';

export function liveSurveys() {
	let database: TestDatabase;
	let sync: SyncServer;

	beforeAll(async () => {
		database = await createTestDatabase();
		sync = createSyncServer({
			db: database.db,
			authorize: async () => ({ permission: 'none' }),
			unloadDelayMs: 0,
			revalidateIntervalMs: 0
		});
		app().sync = sync;
	});

	afterAll(async () => {
		app().sync = undefined;
		await sync.close();
		await database.close();
	});

	/** The round's live document as anyone allowed to read it sees it, once pending publications are written. */
	async function liveDoc(roundId: string): Promise<LiveSnapshot | null> {
		await surveys.liveIdle();
		let snapshot: LiveSnapshot | null = null;
		await sync.writeDoc(liveDocName(roundId), (doc) => {
			snapshot = readLiveSnapshot(doc);
		});
		return snapshot;
	}

	return { liveDoc };
}

export const CSV_LABELS = {
	headers: [
		'group',
		'responses',
		'rate',
		'level',
		'dimension',
		'question',
		'n',
		'score',
		'fav',
		'neu',
		'unf',
		'dk',
		'c1',
		'c2',
		'c3',
		'c4',
		'c5'
	],
	wholeRound: 'Whole round',
	hidden: 'hidden',
	dimension: 'dimension',
	question: 'question',
	dontKnow: 'dk'
};
