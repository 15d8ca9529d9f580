// Text cards are Markdown written by authors and read by every learner, so the HTML that reaches a page
// is rendered by marked and then sanitised by sanitize-html against a short allow-list: no scripts, no
// inline handlers, no styles, no iframes, only http(s)/mailto links. <details>/<summary> stay: authors use
// them for "click to read" panels, and they need no script.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const allowed: sanitizeHtml.IOptions = {
	allowedTags: [
		'p',
		'br',
		'h2',
		'h3',
		'h4',
		'strong',
		'em',
		'del',
		'code',
		'pre',
		'blockquote',
		'ul',
		'ol',
		'li',
		'a',
		'hr',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td',
		'details',
		'summary'
	],
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

export interface PlainBlock {
	type: 'heading' | 'paragraph' | 'item';
	text: string;
}

type Token = { type: string; text?: string; raw?: string; tokens?: Token[]; items?: Token[] };

function inlineText(tokens: Token[] | undefined, fallback = ''): string {
	if (!tokens) return fallback;
	return tokens
		.map((t) => (t.tokens ? inlineText(t.tokens) : t.type === 'br' ? '\n' : t.type === 'html' ? '' : (t.text ?? '')))
		.join('');
}

/** A text card as plain blocks (headings, paragraphs, list items), for a PDF: no markup, no HTML. */
export function markdownBlocks(markdown: string): PlainBlock[] {
	const blocks: PlainBlock[] = [];
	const walk = (tokens: Token[]) => {
		for (const t of tokens) {
			if (t.type === 'heading') blocks.push({ type: 'heading', text: inlineText(t.tokens, t.text) });
			else if (t.type === 'paragraph' || t.type === 'text')
				blocks.push({ type: 'paragraph', text: inlineText(t.tokens, t.text) });
			else if (t.type === 'code') blocks.push({ type: 'paragraph', text: t.text ?? '' });
			else if (t.type === 'list')
				for (const item of t.items ?? [])
					blocks.push({ type: 'item', text: inlineText(item.tokens, item.text).trim() });
			else if (t.type === 'blockquote' && t.tokens) walk(t.tokens);
			else if (t.type === 'table' && t.raw) blocks.push({ type: 'paragraph', text: t.raw.trim() });
			else if (t.tokens) walk(t.tokens);
		}
	};
	walk(marked.lexer(markdown ?? '') as unknown as Token[]);
	return blocks.filter((b) => b.text.trim() !== '');
}
