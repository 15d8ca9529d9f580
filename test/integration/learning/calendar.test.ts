// The calendar feed, read back with an independent iCalendar parser (ical.js) and its own recurrence
// expansion: recurring sessions, a skipped and a moved occurrence, across the spring daylight-saving
// change in Copenhagen; feeds are private to a token and revocable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeProgramme, makeTeam, setup } from './support';
import {
	calendarForFeedToken,
	createCalendarFeed,
	createPair,
	downloadCalendar,
	moveOccurrence,
	revokeCalendarFeed,
	setPairSchedule,
	skipOccurrence
} from '../../../src/lib/server/learning/index';
import { updateProfile } from '../../../src/lib/server/auth/index';
import type { Actor } from '../../../src/lib/server/actor';
import { Forbidden, Invalid, NotFound } from '../../../src/lib/server/errors';

let database: TestDatabase;
let manager: Actor, mentor: Actor, mentee: Actor, bystander: Actor, outsider: Actor;
let pairId: string;

/** Every occurrence's start (UTC ISO) and summary, as ical.js expands the calendar. */
function expand(text: string): { start: string; end: string; summary: string }[] {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const vtimezone of calendar.getAllSubcomponents('vtimezone'))
		ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
	const vevents = calendar.getAllSubcomponents('vevent');
	const out: { start: string; end: string; summary: string }[] = [];
	for (const master of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
		const event = new ICAL.Event(master);
		for (const exception of vevents.filter(
			(v) => v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === event.uid
		)) {
			event.relateException(exception);
		}
		if (!event.isRecurring()) {
			out.push({
				start: event.startDate.toJSDate().toISOString(),
				end: event.endDate.toJSDate().toISOString(),
				summary: event.summary
			});
			continue;
		}
		const iterator = event.iterator();
		for (let next = iterator.next(), guard = 0; next && guard < 100; next = iterator.next(), guard++) {
			const details = event.getOccurrenceDetails(next);
			out.push({
				start: details.startDate.toJSDate().toISOString(),
				end: details.endDate.toJSDate().toISOString(),
				summary: details.item.summary
			});
		}
	}
	return out.sort((a, b) => a.start.localeCompare(b.start));
}

beforeAll(async () => {
	database = await setup();
	const org = await makeOrg();
	const teamId = (await makeTeam(org.id)).id;
	manager = await makePerson(org.id, { teams: [[teamId, 'manager']] });
	mentor = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Mette' });
	mentee = await makePerson(org.id, { teams: [[teamId, 'member']], name: 'Jonas' });
	bystander = await makePerson(org.id, { teams: [[teamId, 'member']] });
	outsider = await makePerson((await makeOrg()).id, { role: 'admin' });
	const programme = await makeProgramme(manager, teamId, {
		name: 'Mentoring',
		cadence: 'weekly',
		sessionCount: 6,
		sessionMinutes: 45,
		startDate: '2026-03-10'
	});
	pairId = (await createPair(manager, programme.id, { guideId: mentor.userId, learnerId: mentee.userId }, '2026-03-01'))
		.id;
	await setPairSchedule(mentor, pairId, { firstDate: '2026-03-10', startTime: '09:00', timeZone: 'Europe/Copenhagen' });
	await skipOccurrence(mentee, pairId, '2026-03-17');
	await moveOccurrence(mentor, pairId, { date: '2026-03-31', movedDate: '2026-04-01', movedTime: '13:30' });
});

afterAll(async () => {
	await database.close();
});

describe('calendar feeds', () => {
	it('expands, in an independent parser, to the right instants across the daylight-saving change', async () => {
		const token = await createCalendarFeed(mentee);
		const text = await calendarForFeedToken(token);
		expect(text).toMatch(/RRULE:FREQ=WEEKLY;COUNT=6/);
		expect(text).toMatch(/EXDATE;TZID=Europe\/Copenhagen:20260317T090000/);
		expect(text).toMatch(/RECURRENCE-ID;TZID=Europe\/Copenhagen:20260331T090000/);
		expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Copenhagen/);
		expect(expand(text).map((o) => o.start)).toEqual([
			'2026-03-10T08:00:00.000Z', // 09:00 CET
			'2026-03-24T08:00:00.000Z', // 17 March skipped
			'2026-04-01T11:30:00.000Z', // 31 March moved to 1 April 13:30 CEST
			'2026-04-07T07:00:00.000Z', // 09:00 CEST after the change on 29 March
			'2026-04-14T07:00:00.000Z'
		]);
		expect(expand(text)[0].end).toBe('2026-03-10T08:45:00.000Z');
	});

	it('titles sessions in the feed owner’s language, with their partner', async () => {
		await updateProfile(mentee, { name: 'Jonas', locale: 'da', timeZone: 'Europe/Copenhagen' });
		const token = await createCalendarFeed(mentee);
		const [first] = expand(await calendarForFeedToken(token));
		expect(first.summary).toContain('Mette');
		expect(first.summary).toMatch(/med/);
	});

	it('keeps a biweekly series with an end date in step across the autumn change', async () => {
		const org = await makeOrg();
		const teamId = (await makeTeam(org.id)).id;
		const boss = await makePerson(org.id, { teams: [[teamId, 'manager']] });
		const a = await makePerson(org.id, { teams: [[teamId, 'member']] });
		const b = await makePerson(org.id, { teams: [[teamId, 'member']] });
		const p = await makeProgramme(boss, teamId, {
			kind: 'buddy',
			cadence: 'biweekly',
			sessionCount: null,
			endDate: '2026-11-12',
			startDate: '2026-10-01',
			startTime: '14:00'
		});
		await createPair(boss, p.id, { guideId: a.userId, learnerId: b.userId }, '2026-09-01');
		const text = await downloadCalendar(a);
		expect(expand(text).map((o) => o.start)).toEqual([
			'2026-10-01T12:00:00.000Z',
			'2026-10-15T12:00:00.000Z',
			'2026-10-29T13:00:00.000Z', // CET from 25 October
			'2026-11-12T13:00:00.000Z'
		]);
	});

	it('answers nothing for a revoked or unknown token, and a new link replaces the old', async () => {
		const old = await createCalendarFeed(mentor);
		const fresh = await createCalendarFeed(mentor);
		await expect(calendarForFeedToken(old)).rejects.toBeInstanceOf(NotFound);
		expect(await calendarForFeedToken(fresh)).toContain('BEGIN:VCALENDAR');
		await revokeCalendarFeed(mentor);
		await expect(calendarForFeedToken(fresh)).rejects.toBeInstanceOf(NotFound);
		await expect(calendarForFeedToken('not-a-real-token-at-all-000000')).rejects.toBeInstanceOf(NotFound);
	});

	it('lets only the pair (or a manager) change its schedule, and only real occurrences', async () => {
		await expect(skipOccurrence(bystander, pairId, '2026-03-24')).rejects.toBeInstanceOf(Forbidden);
		await expect(skipOccurrence(outsider, pairId, '2026-03-24')).rejects.toBeInstanceOf(NotFound);
		await expect(skipOccurrence(mentor, pairId, '2026-03-25')).rejects.toBeInstanceOf(Invalid);
		await expect(
			moveOccurrence(mentor, pairId, { date: '2026-03-24', movedDate: '2026-07-24', movedTime: '09:00' })
		).rejects.toBeInstanceOf(Invalid);
		await expect(downloadCalendar(outsider, pairId)).rejects.toBeInstanceOf(NotFound);
	});
});
