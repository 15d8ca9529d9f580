// Sessions as iCalendar (RFC 5545): one recurring VEVENT per pair (RRULE with COUNT, EXDATE for skipped
// occurrences, an override VEVENT with RECURRENCE-ID for each moved one), times in the schedule's own
// zone with its VTIMEZONE. Each person has a private, revocable feed URL; the token is stored hashed.
import ical, { ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { db } from '../db/current';
import { hashToken, newId, newToken, nowIso } from '../ids';
import { authorize } from '../policy';
import { NotFound } from '../errors';
import { loadActor, getProfile } from '../auth/index';
import type { Actor } from '../actor';
import { translateIn, type Locale } from '../notify/index';
import { loadPair, loadProgramme, type Pair, type Programme } from './records';
import { loadExceptions, pairSeries } from './sessions';
import { isoWeekday, monthlyPosition, parseDate, ruleCount, ruleDates, type ScheduleException } from './recurrence';
import { namesOf } from './people';

const WEEKDAYS: ICalWeekday[] = [
	ICalWeekday.MO,
	ICalWeekday.TU,
	ICalWeekday.WE,
	ICalWeekday.TH,
	ICalWeekday.FR,
	ICalWeekday.SA,
	ICalWeekday.SU
];

function wallClock(date: string, time: string, zone: string): TZDate {
	const { y, m, d } = parseDate(date);
	const [hh, mm] = time.split(':').map(Number);
	return new TZDate(y, m - 1, d, hh, mm, zone);
}

export interface CalendarEntry {
	pair: Pair;
	programme: Programme;
	exceptions: ScheduleException[];
	summary: string;
	description: string;
}

export function buildCalendar(name: string, entries: CalendarEntry[]): string {
	const cal = ical({ name, prodId: { company: 'Samspil', product: 'learning', language: 'EN' }, ttl: 60 * 60 });
	// A generator without a calendar-wide zone: every event names its own TZID and gets its VTIMEZONE,
	// while DTSTAMP stays in UTC as RFC 5545 requires.
	cal.timezone({ name: null, generator: getVtimezoneComponent });
	for (const { pair, programme, exceptions, summary, description } of entries) {
		const series = pairSeries(pair, programme);
		const zone = series.timeZone;
		const uid = `${pair.id}@samspil`;
		const dates = ruleDates(series, '9999-12-31').slice(0, 1);
		if (dates.length === 0) continue;
		const first = dates[0];
		const minutes = series.minutes * 60_000;
		const at = (date: string, time: string) => wallClock(date, time, zone);
		const byDate = new Map(exceptions.map((e) => [e.occurrenceDate, e]));
		const end = (start: TZDate) => new TZDate(start.getTime() + minutes, zone);
		const common = { summary, description, timezone: zone };
		if (series.count === 1) {
			const e = byDate.get(first);
			if (e?.action === 'skip') continue;
			const start =
				e?.action === 'move' && e.movedDate && e.movedTime ? at(e.movedDate, e.movedTime) : at(first, series.startTime);
			cal.createEvent({ id: uid, start, end: end(start), ...common });
			continue;
		}
		const count = ruleCount(series);
		const repeating =
			series.cadence === 'monthly'
				? {
						freq: ICalEventRepeatingFreq.MONTHLY,
						byDay: [WEEKDAYS[isoWeekday(first) - 1]],
						bySetPos: [monthlyPosition(first)]
					}
				: { freq: ICalEventRepeatingFreq.WEEKLY, interval: series.cadence === 'biweekly' ? 2 : 1 };
		const start = at(first, series.startTime);
		const skipped = exceptions.filter((e) => e.action === 'skip').map((e) => at(e.occurrenceDate, series.startTime));
		cal.createEvent({
			id: uid,
			start,
			end: end(start),
			...common,
			repeating: {
				...repeating,
				...(count ? { count } : {}),
				// An empty EXDATE line would be invalid.
				...(skipped.length ? { exclude: skipped } : {})
			}
		});
		for (const e of exceptions) {
			if (e.action !== 'move' || !e.movedDate || !e.movedTime) continue;
			const moved = at(e.movedDate, e.movedTime);
			cal.createEvent({
				id: uid,
				start: moved,
				end: end(moved),
				recurrenceId: at(e.occurrenceDate, series.startTime),
				...common
			});
		}
	}
	return cal.toString();
}

/** The calendar entries of some pairs, titled for `viewerId` in `locale`. */
async function entriesFor(orgId: string, pairs: Pair[], viewerId: string, locale: Locale): Promise<CalendarEntry[]> {
	const names = await namesOf(
		orgId,
		pairs.flatMap((p) => [p.guide_id, p.learner_id])
	);
	const exceptions = await loadExceptions(
		orgId,
		pairs.map((p) => p.id)
	);
	const out: CalendarEntry[] = [];
	for (const pair of pairs) {
		const programme = await loadProgramme(orgId, pair.programme_id);
		const partner = pair.guide_id === viewerId ? pair.learner_id : pair.learner_id === viewerId ? pair.guide_id : null;
		const summary = partner
			? translateIn(locale, 'learning_calendar_summary', {
					programme: programme.name,
					partner: names.get(partner) ?? '—'
				})
			: translateIn(locale, 'learning_calendar_summary_pair', {
					programme: programme.name,
					a: names.get(pair.guide_id) ?? '—',
					b: names.get(pair.learner_id) ?? '—'
				});
		out.push({
			pair,
			programme,
			exceptions: exceptions.get(pair.id) ?? [],
			summary,
			description: programme.goals ?? ''
		});
	}
	return out;
}

async function activePairsOf(orgId: string, userId: string): Promise<Pair[]> {
	return db()
		.selectFrom('learning_pairs')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('ended_at', 'is', null)
		.where((eb) => eb.or([eb('guide_id', '=', userId), eb('learner_id', '=', userId)]))
		.execute();
}

async function localeOf(actor: Actor): Promise<Locale> {
	const profile = await getProfile(actor);
	return (profile.locale as Locale | null) ?? 'en';
}

/** A one-off download: one pair's sessions, or all of the actor's. */
export async function downloadCalendar(actor: Actor, pairId?: string): Promise<string> {
	const locale = await localeOf(actor);
	if (pairId) {
		const pair = await loadPair(actor.orgId, pairId);
		authorize(actor, 'learning.view', { orgId: actor.orgId, teamId: pair.team_id });
		return buildCalendar(
			translateIn(locale, 'learning_calendar_name'),
			await entriesFor(actor.orgId, [pair], actor.userId, locale)
		);
	}
	authorize(actor, 'learning.view', { orgId: actor.orgId });
	return buildCalendar(
		translateIn(locale, 'learning_calendar_name'),
		await entriesFor(actor.orgId, await activePairsOf(actor.orgId, actor.userId), actor.userId, locale)
	);
}

/** Makes a new private feed URL token for the actor (revoking the previous one). Shown once. */
export async function createCalendarFeed(actor: Actor): Promise<string> {
	authorize(actor, 'learning.join', { orgId: actor.orgId });
	const token = newToken();
	await db()
		.transaction()
		.execute(async (tx) => {
			await tx
				.updateTable('learning_feeds')
				.set({ revoked_at: nowIso() })
				.where('org_id', '=', actor.orgId)
				.where('user_id', '=', actor.userId)
				.where('revoked_at', 'is', null)
				.execute();
			await tx
				.insertInto('learning_feeds')
				.values({
					id: newId(),
					org_id: actor.orgId,
					user_id: actor.userId,
					token_hash: hashToken(token),
					created_at: nowIso(),
					revoked_at: null
				})
				.execute();
		});
	return token;
}

export async function revokeCalendarFeed(actor: Actor) {
	authorize(actor, 'learning.join', { orgId: actor.orgId });
	await db()
		.updateTable('learning_feeds')
		.set({ revoked_at: nowIso() })
		.where('org_id', '=', actor.orgId)
		.where('user_id', '=', actor.userId)
		.where('revoked_at', 'is', null)
		.execute();
}

export async function calendarFeedStatus(actor: Actor): Promise<{ createdAt: string } | null> {
	authorize(actor, 'learning.join', { orgId: actor.orgId });
	const row = await db()
		.selectFrom('learning_feeds')
		.select('created_at')
		.where('org_id', '=', actor.orgId)
		.where('user_id', '=', actor.userId)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	return row ? { createdAt: row.created_at } : null;
}

/**
 * The feed behind a token, for calendar apps (no session): NotFound for an unknown or revoked token and
 * for someone who has left the organisation.
 */
export async function calendarForFeedToken(token: string): Promise<string> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new NotFound('feed');
	const feed = await db()
		.selectFrom('learning_feeds')
		.selectAll()
		.where('token_hash', '=', hashToken(token))
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	if (!feed) throw new NotFound('feed');
	const actor = await loadActor(feed.user_id, feed.org_id);
	if (!actor) throw new NotFound('feed');
	const locale = await localeOf(actor);
	return buildCalendar(
		translateIn(locale, 'learning_calendar_name'),
		await entriesFor(actor.orgId, await activePairsOf(actor.orgId, actor.userId), actor.userId, locale)
	);
}
