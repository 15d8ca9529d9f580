// The standard PDF fonts are encoded in WinAnsi (Windows-1252): every Danish, Swedish, Dutch and German letter is
// there, arrows, ≥ and most other symbols are not. Text is mapped onto that code page before it is drawn so a
// note written with "→" prints "->" instead of a wrong glyph; anything else unknown becomes "?".
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const REPLACEMENTS: Record<string, string> = {
	'→': '->',
	'←': '<-',
	'≥': '>=',
	'≤': '<=',
	'≠': '!=',
	'−': '-',
	'‐': '-',
	'‑': '-',
	'\u00a0': ' ',
	'\u202f': ' ',
	'\u2009': ' ',
	'✓': 'v',
	'✔': 'v'
};

function encodable(ch: string): boolean {
	const code = ch.codePointAt(0)!;
	return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(ch);
}

/** The text as the standard fonts can draw it (newlines and tabs kept). */
export function printable(text: string): string {
	let out = '';
	for (const ch of text.normalize('NFC')) {
		if (ch === '\n' || ch === '\t') out += ch;
		else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
		else if (encodable(ch)) out += ch;
		else if (/\p{M}/u.test(ch)) continue;
		else if (/\s/u.test(ch)) out += ' ';
		else out += '?';
	}
	return out;
}
