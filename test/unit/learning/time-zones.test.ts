// Time zones are chosen from the IANA list the runtime knows (a searchable list in the form); anything
// else is refused on the server with a translated message.
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/lib/server/forms';
import { ProgrammeUpdate, ScheduleInput } from '../../../src/lib/server/learning/schemas';
import { ProfileInput } from '../../../src/lib/server/auth/schemas';
import { TIME_ZONES } from '../../../src/lib/time-zones';

const schedule = (timeZone: string) =>
	parseInput({ firstDate: '2026-03-10', startTime: '09:00', timeZone }, ScheduleInput);
const programme = (timeZone: string) =>
	parseInput(
		{ name: 'Circle', cadence: 'weekly', startDate: '2026-03-10', sessionMinutes: '30', startTime: '09:00', timeZone },
		ProgrammeUpdate
	);
const profile = (timeZone: string) => parseInput({ name: 'Anna', locale: 'en', timeZone }, ProfileInput);

describe('time zones', () => {
	it('offers the runtime’s IANA zones, UTC included', () => {
		expect(TIME_ZONES.length).toBeGreaterThan(300);
		expect(TIME_ZONES).toContain('Europe/Copenhagen');
		expect(TIME_ZONES).toContain('America/New_York');
		expect(TIME_ZONES).toContain('UTC');
	});

	for (const [name, parse] of [
		['a programme', programme],
		['a pair’s schedule', schedule],
		['a person’s profile', profile]
	] as const) {
		it(`accepts a zone from the list for ${name}`, () => {
			expect(parse('Europe/Stockholm').ok).toBe(true);
			expect(parse('UTC').ok).toBe(true);
		});

		it(`refuses, for ${name}, what is not on the list even where Intl would guess (lower case, abbreviations)`, () => {
			for (const zone of ['europe/copenhagen', 'EST', 'CET', 'Mars/Olympus', '']) {
				const r = parse(zone);
				expect(r.ok, zone).toBe(false);
				if (!r.ok) expect(r.failure.errors.timeZone).toContain('Europe/Copenhagen');
			}
		});
	}
});
