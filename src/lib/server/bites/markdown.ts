// Text cards are Markdown written by authors and read by every learner, so the HTML that reaches a page
// is rendered by marked and then sanitised by sanitize-html against a short allow-list: no scripts, no
// inline handlers, no styles, no iframes, only http(s)/mailto links. <details>/<summary> stay: authors use
// them for "click to read" panels, and they need no script.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const allowed: sanitizeHtml.IOptions = {
	allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary'],
	allowedAttributes: { a: ['href', 'title'], ol: ['start'], th: ['align'], td: ['align'], details: ['open'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	// h1 would compete with the page's own heading.
	transformTags: {
		h1: 'h2',
		a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' })
	}
};
allowed.allowedAttributes = { ...allowed.allowedAttributes, a: ['href', 'title', 'rel'] };

export function renderMarkdown(markdown: string): string {
	const html = marked.parse(markdown ?? '') as string;
	return sanitizeHtml(html, allowed);
}
