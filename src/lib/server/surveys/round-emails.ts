// Emails about a round: the invitation to its teams' members once it opens, and the reminder a manager sends
// to those who have not answered. Who has answered comes from the participation table only, never from
// answers; once a round closes it is sealed and participation dropped, so reminders exist only while it is open.
import { db } from '../db/current';
import { nowIso } from '../ids';
import { teamMemberIds } from '../orgs/index';
import { prepareMemberEmails, translateIn } from '../notify/index';
import { deliverSoon, queueEmails } from '../mail/index';
import { announceRound, queuePersonalChats, type PersonalChat } from '../chat/index';
import { roundStatus } from '$lib/surveys/status';
import { parseTexts, textIn, type Texts } from '$lib/surveys/texts';

interface RoundForEmail {
	id: string;
	orgId: string;
	name: string;
	surveyTitle: Texts;
	closesOn: string;
}

function roundEmails(kind: 'survey_invitation' | 'survey_reminder', round: RoundForEmail, userIds: Iterable<string>) {
	const prefix = kind === 'survey_invitation' ? 'mail_survey_invite' : 'mail_survey_reminder';
	return [...userIds].map((userId) => ({
		orgId: round.orgId,
		userId,
		kind,
		link: `/surveys/rounds/${round.id}`,
		content: (locale: Parameters<typeof translateIn>[0]) => {
			const params = { survey: textIn(round.surveyTitle, locale), round: round.name, closes: round.closesOn };
			return {
				subject: translateIn(locale, `${prefix}_subject`, params),
				paragraphs: [translateIn(locale, `${prefix}_body`, params), translateIn(locale, 'mail_survey_anonymous')],
				actionLabel: translateIn(locale, 'mail_survey_answer')
			};
		}
	}));
}

/** The same invitation or reminder as a chat message, to those who chose one (chat module). */
function roundChats(
	kind: 'survey_invitation' | 'survey_reminder',
	round: RoundForEmail,
	userIds: Iterable<string>
): PersonalChat[] {
	const prefix = kind === 'survey_invitation' ? 'mail_survey_invite' : 'mail_survey_reminder';
	return [...userIds].map((userId) => ({
		orgId: round.orgId,
		userId,
		kind,
		link: `/surveys/rounds/${round.id}`,
		content: (locale) => {
			const params = { survey: textIn(round.surveyTitle, locale), round: round.name, closes: round.closesOn };
			return {
				title: translateIn(locale, `${prefix}_subject`, params),
				text: translateIn(locale, 'mail_survey_anonymous')
			};
		}
	}));
}

/** After a reminder: the same reminder as a chat message to those who chose one. */
export async function queueRoundReminderChats(round: RoundForEmail, userIds: Set<string>) {
	return queuePersonalChats(roundChats('survey_reminder', round, userIds));
}

/** The reminder emails of `remindRound`, prepared before its transaction queues them. */
export async function prepareRoundReminders(round: RoundForEmail, userIds: Set<string>) {
	return prepareMemberEmails(roundEmails('survey_reminder', round, userIds));
}

/**
 * The job's half of opening: every round that is open and has not invited its teams yet does so, once (the
 * conditional update of `invited_at` and the queued emails commit together). Returns how many rounds invited.
 */
export async function inviteOpenedRounds(now: Date = new Date()): Promise<number> {
	const today = now.toISOString().slice(0, 10);
	const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
	const candidates = await db()
		.selectFrom('survey_rounds')
		.innerJoin('surveys', 'surveys.id', 'survey_rounds.survey_id')
		.select([
			'survey_rounds.id',
			'survey_rounds.org_id',
			'survey_rounds.name',
			'survey_rounds.opens_on',
			'survey_rounds.closes_on',
			'survey_rounds.time_zone',
			'survey_rounds.closed_at',
			'surveys.title'
		])
		.where('survey_rounds.invited_at', 'is', null)
		.where('survey_rounds.closed_at', 'is', null)
		.where('survey_rounds.opens_on', '<=', tomorrow)
		.where('survey_rounds.closes_on', '>=', today)
		.execute();
	let invited = 0;
	for (const r of candidates.filter((c) => roundStatus(c, now) === 'open')) {
		const teams = await db().selectFrom('survey_round_teams').select('team_id').where('round_id', '=', r.id).execute();
		const members = await teamMemberIds(
			r.org_id,
			teams.map((t) => t.team_id)
		);
		const round = { id: r.id, orgId: r.org_id, name: r.name, surveyTitle: parseTexts(r.title), closesOn: r.closes_on };
		const emails = await prepareMemberEmails(roundEmails('survey_invitation', round, members));
		const won = await db()
			.transaction()
			.execute(async (trx) => {
				const claimed = await trx
					.updateTable('survey_rounds')
					.set({ invited_at: nowIso(now.getTime()) })
					.where('id', '=', r.id)
					.where('invited_at', 'is', null)
					.executeTakeFirst();
				if (Number(claimed.numUpdatedRows) !== 1) return false;
				await queueEmails(trx, emails);
				return true;
			});
		if (!won) continue;
		invited++;
		// Chat: the channels that announce surveys, and each member who chose their own webhook.
		await announceRound(
			r.org_id,
			{
				id: round.id,
				name: round.name,
				survey: (locale) => textIn(round.surveyTitle, locale),
				closesOn: round.closesOn
			},
			now
		);
		await queuePersonalChats(roundChats('survey_invitation', round, members), now);
	}
	if (invited) deliverSoon();
	return invited;
}
