// One email in two forms, plain text and HTML, from the same parts. Everything that goes into the HTML is
// escaped: names, titles and survey names are typed by people, and a mail client renders what it gets.

export interface EmailParts {
	subject: string;
	greeting: string;
	paragraphs: string[];
	/** the one link the email is about */
	action?: { label: string; url: string };
	/** small print after the link (why you got it, what to do if it was not you) */
	notes?: string[];
	/** non-security emails: the link that stops this kind, with its label */
	unsubscribe?: { label: string; url: string };
}

export const escapeHtml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderEmail(parts: EmailParts): { text: string; html: string } {
	const text = [
		parts.greeting,
		'',
		...parts.paragraphs.flatMap((p) => [p, '']),
		...(parts.action ? [`${parts.action.label}:`, parts.action.url, ''] : []),
		...(parts.notes ?? []).flatMap((n) => [n, '']),
		...(parts.unsubscribe ? ['--', `${parts.unsubscribe.label}: ${parts.unsubscribe.url}`] : [])
	]
		.join('\n')
		.trimEnd();
	const p = (s: string, style = '') => `<p${style ? ` style="${style}"` : ''}>${escapeHtml(s)}</p>`;
	const html = [
		'<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
		`<title>${escapeHtml(parts.subject)}</title></head>`,
		'<body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 36rem; margin: 0 auto; padding: 1rem">',
		p(parts.greeting),
		...parts.paragraphs.map((s) => p(s)),
		parts.action
			? `<p><a href="${escapeHtml(parts.action.url)}" style="display: inline-block; padding: 0.5rem 1rem; background: #1f5f8b; color: #fff; text-decoration: none; border-radius: 4px">${escapeHtml(parts.action.label)}</a></p>` +
				p(parts.action.url, 'font-size: 0.875rem; word-break: break-all')
			: '',
		...(parts.notes ?? []).map((s) => p(s, 'font-size: 0.875rem; color: #555')),
		parts.unsubscribe
			? `<hr><p style="font-size: 0.8rem; color: #555"><a href="${escapeHtml(parts.unsubscribe.url)}">${escapeHtml(parts.unsubscribe.label)}</a></p>`
			: '',
		'</body></html>'
	].join('\n');
	return { text, html };
}
