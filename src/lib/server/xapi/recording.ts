// How a module reports a learning event: one call after its write, which queues a statement when the
// organisation has an LRS switched on (and nothing otherwise: statements are not collected for later).
import { config } from '../config';
import { db } from '../db/current';
import { nowIso } from '../ids';
import { log } from '../log';
import { derivedSecret } from '../bites/keys';
import { buildStatement, type XapiEvent, type XapiPerson } from './statements';
import { deliverSoon } from './sending';

/** Never throws into the caller's flow (what it reports has happened): a failure to queue is logged. */
export async function recordLearning(orgId: string, person: XapiPerson, event: XapiEvent): Promise<void> {
	try {
		const lrs = await db()
			.selectFrom('xapi_configs')
			.select(['identify'])
			.where('org_id', '=', orgId)
			.where('enabled', '=', 1)
			.executeTakeFirst();
		if (!lrs) return;
		const statement = buildStatement(
			config.publicOrigin,
			derivedSecret('samspil-xapi', orgId),
			lrs.identify,
			person,
			event
		);
		const now = nowIso();
		await db()
			.insertInto('xapi_statements')
			.values({
				id: statement.id,
				org_id: orgId,
				user_id: person.id,
				verb: event.kind,
				statement: JSON.stringify(statement),
				status: 'queued',
				attempts: 0,
				next_attempt_at: now,
				claim_owner: null,
				claim_until: null,
				last_error: null,
				created_at: now,
				sent_at: null
			})
			.execute();
		deliverSoon();
	} catch (error) {
		log.error('xapi statement not queued', { kind: event.kind, error: String(error) });
	}
}
