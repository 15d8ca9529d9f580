// Chart labels are broken into lines that fit the room they have, so a long (translated) name is never cut
// off or squeezed on a narrow screen. Words move to the next line whole; a single word longer than the room
// is broken with a hyphen. `measure` gives a string's width in px (LayerChart's getStringWidth in the
// browser); without it, a generous estimate per character is used.

/** U+2010 HYPHEN: marks where a too-long word was broken, and lets tests read the label back whole. */
export const BREAK = '\u2010';

import { getStringWidth } from 'layerchart';

export type Measure = (text: string) => number | null | undefined;

/** Text width as the browser draws it at `fontSize` px; nothing on the server (the estimate applies). */
export function measureAt(fontSize: number): Measure {
	return (text) =>
		typeof document === 'undefined'
			? null
			: getStringWidth(text, { fontSize: `${fontSize}px` } as unknown as CSSStyleDeclaration);
}

export function labelLines(text: string, room: number, fontSize: number, measure?: Measure): string[] {
	const width = (s: string) => measure?.(s) ?? s.length * fontSize * 0.6;
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (width(candidate) <= room) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		// a word wider than the whole room: break it, keeping room for the hyphen
		while (width(line) > room && line.length > 1) {
			let cut = line.length - 1;
			while (cut > 1 && width(line.slice(0, cut) + BREAK) > room) cut--;
			lines.push(line.slice(0, cut) + BREAK);
			line = line.slice(cut);
		}
	}
	if (line) lines.push(line);
	return lines;
}
