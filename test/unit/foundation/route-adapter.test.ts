// The route adapter does for every route what each once wrote by hand: the actor, the form through its schema,
// the confirm step, domain errors mapped to HTTP, and the name of the form each answer belongs to.
import { describe, expect, it } from 'vitest';
import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { action, IdInput, publicAction, rawForm } from '../../../src/lib/server/http';
import { Forbidden, Invalid, NotFound } from '../../../src/lib/server/errors';
import type { Actor } from '../../../src/lib/server/actor';

const actor: Actor = { userId: 'u1', name: 'Ann', email: 'ann@example.test', orgId: 'o1', role: 'admin', teams: {} };

function post(name: string, fields: [string, string | File][], signedIn = true) {
	const url = new URL(`http://localhost/things?/${name}`);
	const body = new FormData();
	for (const [k, v] of fields) body.append(k, v);
	return {
		url,
		params: { thing: 't1' },
		locals: signedIn ? { actor, user: { id: 'u1' } } : { actor: null, user: null },
		request: new Request(url, { method: 'POST', body })
	} as unknown as RequestEvent<Record<string, string>>;
}

async function thrown(p: Promise<unknown>) {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}

const Rename = z.object({ title: z.string().trim().min(1).max(20) });

describe('an action through the adapter', () => {
	it('hands the module the actor, the parsed input and the route params, and names the answer', async () => {
		const seen: unknown[] = [];
		const rename = action(Rename, (who, input, event) => {
			seen.push(who.userId, input.title, event.params.thing);
			return { saved: 'title' };
		});
		expect(await rename(post('rename', [['title', '  Retro  ']]))).toEqual({ saved: 'title', formName: 'rename' });
		expect(seen).toEqual(['u1', 'Retro', 't1']);
	});

	it('answers a form that breaks the schema with 400, the field message, what was typed and the form name', async () => {
		let called = false;
		const rename = action(Rename, () => (called = true));
		const result = (await rename(post('rename', [['title', 'x'.repeat(21)]]))) as {
			status: number;
			data: { errors: Record<string, string>; values: Record<string, string>; formName: string };
		};
		expect(result.status).toBe(400);
		expect(Object.keys(result.data.errors)).toEqual(['title']);
		expect(result.data.values.title).toBe('x'.repeat(21));
		expect(result.data.formName).toBe('rename');
		expect(called).toBe(false);
	});

	it('answers a form that names no record, or a malformed id, as not found before any module sees it', async () => {
		let called = false;
		const remove = action(IdInput('noteId'), () => (called = true));
		for (const fields of [[], [['noteId', 'x'.repeat(41)]]] as [string, string][][]) {
			const e = await thrown(remove(post('remove', fields)));
			expect(isHttpError(e) && e.status).toBe(404);
		}
		// An empty choice (a select left on "pick one") is still the form's own question.
		const empty = (await remove(post('remove', [['noteId', '']]))) as unknown as { status: number };
		expect(empty.status).toBe(400);
		expect(called).toBe(false);
	});

	it('asks who may act on the record before it reads the form, so a refused person learns nothing of it', async () => {
		let read = false;
		const Strict = z.object({ minutes: z.coerce.number().refine(() => (read = true)) });
		const timer = action(Strict, () => 'set', { access: () => Promise.reject(new Forbidden()) });
		const e = await thrown(timer(post('timer', [])));
		expect(isHttpError(e) && e.status).toBe(403);
		expect(read).toBe(false);
	});

	it('sends someone signed out to sign in, and back to the page (not the action) afterwards', async () => {
		const e = await thrown(action(() => 'never')(post('go', [], false)));
		expect(isRedirect(e) && e.location).toBe('/signin?next=%2Fthings');
	});

	it('maps NotFound and Forbidden to 404 and 403, and a broken rule to a message next to its field', async () => {
		const missing = await thrown(action(() => Promise.reject(new NotFound()))(post('x', [])));
		expect(isHttpError(missing) && missing.status).toBe(404);
		const refused = await thrown(action(() => Promise.reject(new Forbidden()))(post('x', [])));
		expect(isHttpError(refused) && refused.status).toBe(403);
		const broken = (await action(Rename, () => Promise.reject(new Invalid('error_invalid', 'title')))(
			post('rename', [['title', 'Taken']])
		)) as { status: number; data: { errors: Record<string, string>; values: Record<string, string> } };
		expect(broken.status).toBe(400);
		expect(broken.data.errors.title).toBeTruthy();
		expect(broken.data.values.title).toBe('Taken');
	});

	it('asks before an irreversible action, and acts only when the form confirms', async () => {
		let acted = 0;
		const end = action(IdInput('pairId'), () => ++acted, { confirm: (_, input) => `end:${input.pairId}` });
		const asked = (await end(post('end', [['pairId', 'p1']]))) as unknown as {
			status: number;
			data: { confirming: string };
		};
		expect(asked.status).toBe(400);
		expect(asked.data.confirming).toBe('end:p1');
		expect(acted).toBe(0);
		await end(
			post('end', [
				['pairId', 'p1'],
				['confirm', 'yes']
			])
		);
		expect(acted).toBe(1);
	});

	it('refuses, rather than asks, someone who may not take the irreversible action', async () => {
		const end = action(IdInput('pairId'), () => 'ended', {
			confirm: () => Promise.reject(new Forbidden())
		});
		const e = await thrown(end(post('end', [['pairId', 'p1']])));
		expect(isHttpError(e) && e.status).toBe(403);
	});

	it('gives a module that reads its own fields the form as sent, repeated fields included', async () => {
		const answer = action(rawForm, (_, form) => ({ picked: form.getAll('q_1') }));
		expect(
			await answer(
				post('default', [
					['q_1', 'a'],
					['q_1', 'b']
				])
			)
		).toEqual({ picked: ['a', 'b'], formName: 'default' });
	});

	it('keeps an uploaded file as a File for a schema that asks for one', async () => {
		const Upload = z.object({ file: z.instanceof(File) });
		const upload = publicAction(Upload, (input) => ({ size: input.file.size }));
		expect(await upload(post('media', [['file', new File(['hello'], 'a.txt')]]))).toEqual({
			size: 5,
			formName: 'media'
		});
	});
});
