// Closing the app's sync wiring takes back what it registered for the process (document types, the board presence
// filter). Without that, a sync server started later in the same process filtered presence by the board rules of one
// already closed: sync/abuse.test.ts failed so when test files shared their modules (Vitest's isolate: false).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createAppSync } from '../../../src/lib/server/sync-wiring';
import { awarenessFilterFor } from '../../../src/lib/server/sync/awareness-filter';

let database: TestDatabase;
beforeAll(async () => {
	database = await createTestDatabase();
});
afterAll(async () => {
	await database.close();
});

it('takes back the presence filter it registered for boards when it closes', async () => {
	const sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0, logger: undefined });
	expect(awarenessFilterFor('board/b1')).toBeDefined();
	await sync.close();
	expect(awarenessFilterFor('board/b1')).toBeUndefined();
});
