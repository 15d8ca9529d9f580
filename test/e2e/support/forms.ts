// The POST forms of an HTML page with the values a person would send (hidden ids included), read with
// htmlparser2 so tests can replay them over plain HTTP.
import { Parser } from 'htmlparser2';

export interface FormInfo {
	/** the form action's name: 'default' for a form without ?/name */
	action: string;
	fields: [string, string][];
}

export function formsOf(html: string, pageUrl: string): FormInfo[] {
	const forms: FormInfo[] = [];
	let form: FormInfo | null = null;
	let select: { name: string; value: string | null } | null = null;
	let textarea: { name: string; text: string } | null = null;
	const parser = new Parser(
		{
			onopentag(tag, a) {
				if (tag === 'form') {
					if ((a.method ?? 'get').toLowerCase() !== 'post') return;
					const target = new URL(a.action ?? '', 'http://x' + pageUrl);
					if (target.pathname !== new URL('http://x' + pageUrl).pathname) return;
					const m = target.search.match(/^\?\/([\w$]+)/);
					form = { action: m ? m[1] : 'default', fields: [] };
				} else if (!form) return;
				else if (tag === 'input' && a.name) {
					const type = (a.type ?? 'text').toLowerCase();
					if ((type === 'checkbox' || type === 'radio') && !('checked' in a)) return;
					if (type === 'file' || type === 'submit') return;
					let value = a.value ?? '';
					if (!value && type === 'email') value = 'someone@example.test';
					else if (!value && type === 'number') value = a.min ?? '5';
					else if (!value && type === 'date') value = '2030-01-15';
					else if (!value && type === 'time') value = '09:00';
					else if (!value) value = 'A sufficiently long test value';
					form.fields.push([a.name, value]);
				} else if (tag === 'select' && a.name) select = { name: a.name, value: null };
				else if (tag === 'option' && select && (select.value === null || 'selected' in a)) select.value = a.value ?? '';
				else if (tag === 'textarea' && a.name) textarea = { name: a.name, text: '' };
			},
			ontext(text) {
				if (textarea) textarea.text += text;
			},
			onclosetag(tag) {
				if (!form) return;
				if (tag === 'select' && select) {
					form.fields.push([select.name, select.value ?? '']);
					select = null;
				} else if (tag === 'textarea' && textarea) {
					form.fields.push([textarea.name, textarea.text || 'A sufficiently long test value']);
					textarea = null;
				} else if (tag === 'form') {
					forms.push(form);
					form = null;
				}
			}
		},
		{ decodeEntities: true }
	);
	parser.write(html);
	parser.end();
	return forms;
}
