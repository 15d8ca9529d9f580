// The demo's notification centre: besides what the other seeders' real actions told people (learning
// reminders, a colleague's nudge on an action, a credential awarded), the bites' daily review reminded a few
// colleagues on the last two days; the older reminder is read, yesterday's is still waiting in the bell.
import { loadActor } from '../auth/index';
import { listNotifications, markRead, recordNudges } from '../notify/index';
import type { DemoContext } from './context';

const DAY = 86_400_000;
const REMINDED = ['Emma Clarke', 'Ahmed Hassan', 'Ida Søndergaard', 'Karen Mikkelsen'];

export async function seedNotifications(ctx: DemoContext) {
	const now = Date.now();
	const people = [ctx.adminId, ...ctx.people.filter((p) => REMINDED.includes(p.name)).map((p) => p.id)];
	for (const [i, userId] of people.entries()) {
		const actor = await loadActor(userId, ctx.orgId);
		if (!actor) continue;
		const reminders = [
			{ at: new Date(now - 2 * DAY + i * 60_000), count: 3 + i },
			{ at: new Date(now - DAY + i * 60_000), count: 1 + (i % 3) }
		];
		for (const r of reminders) {
			await recordNudges(
				[
					{
						orgId: ctx.orgId,
						userId,
						kind: 'bites_review',
						key: `bites_review:${r.at.toISOString().slice(0, 10)}`,
						messageKey: 'bites_nudge_review',
						params: { count: String(r.count) },
						link: '/bites/review'
					}
				],
				r.at
			);
		}
		const older = reminders[0].at.toISOString();
		const seen = (await listNotifications(actor, { locale: 'da', timeZone: 'Europe/Copenhagen' })).find(
			(n) => n.kind === 'bites_review' && n.createdAt === older
		);
		if (seen) await markRead(actor, seen.id);
	}
}
