import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/server/bites/markdown';

describe('bite text', () => {
	it('keeps "click to read" panels: <details> with its <summary> reach the learner', () => {
		const html = renderMarkdown(
			'Intro\n\n<details>\n<summary>Click to read</summary>\n\nThe **hidden** part.\n\n</details>'
		);
		expect(html).toMatch(/<details>\s*<summary>Click to read<\/summary>/);
		expect(html).toContain('<strong>hidden</strong>');
		expect(html).toContain('</details>');
	});

	it('keeps a panel open when the author says so, and nothing that could run', () => {
		const html = renderMarkdown(
			'<details open ontoggle="alert(1)" style="x"><summary onclick="y()">More</summary>Text</details>'
		);
		expect(html).toContain('<details open');
		expect(html).not.toMatch(/ontoggle|onclick|style/);
	});
});
