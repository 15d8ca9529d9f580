// Per-organisation settings for bites: streaks and badges are opt-in; nudges respect quiet hours.
import { db } from '../db/current';
import { authorize } from '../policy';
import type { Actor } from '../actor';

export interface BiteSettings {
	gamification: boolean;
	quietStart: string;
	quietEnd: string;
	dailyReview: number;
}

const DEFAULTS: BiteSettings = { gamification: false, quietStart: '18:00', quietEnd: '08:00', dailyReview: 5 };

export async function getSettings(orgId: string): Promise<BiteSettings> {
	const row = await db().selectFrom('bite_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
	if (!row) return { ...DEFAULTS };
	return {
		gamification: row.gamification === 1,
		quietStart: row.quiet_start,
		quietEnd: row.quiet_end,
		dailyReview: row.daily_review
	};
}

export async function readSettings(actor: Actor) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	return getSettings(actor.orgId);
}

export async function saveSettings(actor: Actor, input: BiteSettings) {
	authorize(actor, 'bites.settings', { orgId: actor.orgId });
	const values = {
		gamification: input.gamification ? 1 : 0,
		quiet_start: input.quietStart,
		quiet_end: input.quietEnd,
		daily_review: input.dailyReview
	};
	const exists = await db()
		.selectFrom('bite_settings')
		.select('org_id')
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (exists) await db().updateTable('bite_settings').set(values).where('org_id', '=', actor.orgId).execute();
	else
		await db()
			.insertInto('bite_settings')
			.values({ org_id: actor.orgId, ...values })
			.execute();
}
