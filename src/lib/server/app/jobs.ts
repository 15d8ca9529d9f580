// The background jobs the app runs: reminders (notify's sources and the bites' daily review), retention,
// sealing closed survey rounds and the sync log sweep. Every instance runs them; a lease in the database lets
// exactly one instance run each due job (jobs/lease.ts).
import { config } from '../config';
import { log } from '../log';
import type { AppSync } from '../sync-wiring';
import { runNudges } from '../notify/index';
import { learningNudges } from '../learning/index';
import { actionNudges } from '../actions/index';
import { applyRetention } from '../privacy/index';
import { sendReviewNudges } from '../bites/index';
import { inviteOpenedRounds, sealClosedRounds } from '../surveys/index';
import { deliverOutbox } from '../mail/index';
import { deliverWebhooks } from '../webhooks/index';
import { deliverStatements } from '../xapi/index';
import { deliverChats } from '../chat/index';
import type { Job } from '../jobs/index';

/** The background jobs: reminders (notify's sources and the bites' daily review), and the log sweep. */
export function appJobs(sync: AppSync): Job[] {
	const jobs: Job[] = [];
	if (config.nudgeIntervalSeconds > 0) {
		jobs.push({
			name: 'notify.nudges',
			everyMs: config.nudgeIntervalSeconds * 1000,
			run: async (now) => {
				const { created, emailed, chatted } = await runNudges([learningNudges, actionNudges], now);
				if (created || emailed || chatted) log.info('nudges', { created, emailed, chatted });
			}
		});
	}
	jobs.push(
		{
			// The mail outbox: what is due (new, or waiting to be tried again) goes out; each row once (mail/outbox.ts).
			name: 'mail.outbox',
			everyMs: 15_000,
			run: async (now) => {
				const { sent, failed, dead } = await deliverOutbox(now);
				if (sent || failed || dead) log.info('emails', { sent, failed, dead });
			}
		},
		{
			// Webhook deliveries: what is due (new, or waiting to be tried again) goes out signed; each once (webhooks/delivery.ts).
			name: 'webhooks.deliver',
			everyMs: 15_000,
			run: async (now) => {
				const { delivered, failed, dead } = await deliverWebhooks(now);
				if (delivered || failed || dead) log.info('webhooks', { delivered, failed, dead });
			}
		},
		{
			// xAPI statements: what is due goes to each organisation's LRS in batches; each statement once (xapi/sending.ts).
			name: 'xapi.deliver',
			everyMs: 15_000,
			run: async (now) => {
				const { sent, failed, dead } = await deliverStatements(now);
				if (sent || failed || dead) log.info('xapi statements', { sent, failed, dead });
			}
		},
		{
			// Chat messages (Teams, Slack): what is due goes out; a channel that keeps failing is marked (chat/outbox.ts).
			name: 'chat.deliver',
			everyMs: 15_000,
			run: async (now) => {
				const { sent, failed, dead } = await deliverChats(now);
				if (sent || failed || dead) log.info('chat messages', { sent, failed, dead });
			}
		},
		{
			// Rounds that opened since the last look invite their teams' members by email, once.
			name: 'surveys.invite-opened',
			everyMs: 5 * 60_000,
			run: async (now) => {
				const invited = await inviteOpenedRounds(now);
				if (invited) log.info('survey rounds invited', { invited });
			}
		},
		{
			name: 'bites.review-nudges',
			everyMs: 15 * 60_000,
			firstRunAfterMs: 15 * 60_000,
			run: async (now) => {
				const nudged = await sendReviewNudges(now);
				if (nudged) log.info('review nudges', { nudged });
			}
		},
		{
			// Retention settings: ended board archives and old survey comments past their organisation's limit.
			name: 'privacy.retention',
			everyMs: 60 * 60_000,
			run: async (now) => {
				const { boardsDeleted, commentsDeleted } = await applyRetention(now);
				if (boardsDeleted || commentsDeleted) log.info('retention applied', { boardsDeleted, commentsDeleted });
			}
		},
		{
			// Survey rounds whose closing date passed: participation dropped, small cells folded (surveys/publication.ts).
			name: 'surveys.seal-closed',
			everyMs: 15 * 60_000,
			run: async (now) => {
				const sealed = await sealClosedRounds(now);
				if (sealed) log.info('survey rounds sealed', { sealed });
			}
		},
		{
			// Documents whose log nobody compacted (their instance died, or they were never unloaded).
			name: 'sync.compact-stale',
			everyMs: 10 * 60_000,
			firstRunAfterMs: 10 * 60_000,
			run: async (now) => {
				const compacted = await sync.compactStale(new Date(now.getTime() - 10 * 60_000));
				if (compacted) log.info('stale document logs compacted', { docs: compacted });
			}
		}
	);
	return jobs;
}
