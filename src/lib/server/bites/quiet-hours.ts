// Quiet hours: no nudges between start and end in the person's own time zone (the span may cross midnight). Pure.

export function localTime(now: Date, timeZone: string): string {
	try {
		return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
			now
		);
	} catch {
		return now.toISOString().slice(11, 16);
	}
}

export function isQuiet(time: string, start: string, end: string): boolean {
	if (start === end) return false;
	return start < end ? time >= start && time < end : time >= start || time < end;
}
