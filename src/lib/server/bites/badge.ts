// The badge image of a credential definition (Open Badges `achievement.image`): an SVG drawn from the title, the
// EQF level and the issuer's name. Every text is XML-escaped, and nothing the author typed becomes markup or an
// attribute: the served file also carries a CSP that forbids scripts (see the route).
import { createHash } from 'node:crypto';
import { db } from '../db/current';
import { publishedKey } from './keys';
import { ORG_ID } from './signing';

const escapeXml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Splits a title into at most three lines of about `width` characters (the last one ellipsised). */
export function wrapTitle(title: string, width = 18, lines = 3): string[] {
	const out: string[] = [];
	let line = '';
	for (const word of title.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (next.length > width && line) {
			out.push(line);
			line = word;
		} else line = next;
	}
	if (line) out.push(line);
	if (out.length > lines) out.splice(lines - 1, out.length, `${out[lines - 1]}…`);
	return out.map((l) => (l.length > width + 6 ? `${l.slice(0, width + 5)}…` : l));
}

export function renderBadge(args: { id: string; title: string; eqfLevel: number; issuerName: string }) {
	// A hue per definition, so badges of one issuer tell apart; fixed lightness keeps white text readable.
	const hue = createHash('sha256').update(args.id).digest()[0] * (360 / 256);
	const fill = `hsl(${Math.round(hue)} 55% 32%)`;
	const title = wrapTitle(args.title);
	const top = 118 - (title.length - 1) * 13;
	const tspans = title.map((l, i) => `<tspan x="128" y="${top + i * 26}">${escapeXml(l)}</tspan>`).join('');
	const issuer = escapeXml(wrapTitle(args.issuerName, 28, 1)[0] ?? '');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="${escapeXml(args.title)}">
<title>${escapeXml(args.title)}</title>
<path d="M128 8 L232 56 V140 C232 196 186 234 128 248 C70 234 24 196 24 140 V56 Z" fill="${fill}"/>
<path d="M128 22 L218 64 V140 C218 188 178 220 128 233 C78 220 38 188 38 140 V64 Z" fill="none" stroke="#fff" stroke-opacity="0.6" stroke-width="3"/>
<text font-family="system-ui, sans-serif" font-size="20" font-weight="700" fill="#fff" text-anchor="middle">${tspans}</text>
<text x="128" y="62" font-family="system-ui, sans-serif" font-size="14" fill="#fff" text-anchor="middle">EQF ${args.eqfLevel}</text>
<text x="128" y="200" font-family="system-ui, sans-serif" font-size="11" fill="#fff" text-anchor="middle">${issuer}</text>
</svg>`;
}

/** The public badge of a definition of an organisation that has issued; null otherwise. */
export async function badgeSvg(orgId: string, defId: string) {
	if (!ORG_ID.test(orgId) || !ORG_ID.test(defId)) return null;
	const published = await publishedKey(orgId);
	if (!published) return null;
	const row = await db()
		.selectFrom('bite_credential_defs')
		.select(['id', 'title', 'eqf_level'])
		.where('id', '=', defId)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	if (!row) return null;
	return renderBadge({ id: row.id, title: row.title, eqfLevel: row.eqf_level, issuerName: published.issuerName });
}
