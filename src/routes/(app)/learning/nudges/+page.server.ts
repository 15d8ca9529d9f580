import { z } from 'zod';
import { fail } from '@sveltejs/kit';
import { LEARNING_NUDGE_KINDS, viewerOf } from '$lib/server/learning/index';
import { asLocale, getNudgePrefs, listNotifications, markRead, setNudgePrefs } from '$lib/server/notify/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const viewer = await viewerOf(actor);
		return {
			viewer,
			notifications: await listNotifications(actor, { locale: asLocale(viewer.locale), timeZone: viewer.timeZone }),
			prefs: await getNudgePrefs(actor, LEARNING_NUDGE_KINDS)
		};
	});
};

const ReadInput = z.object({ id: z.string().max(40).optional() });

export const actions = {
	prefs: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		// Unticked boxes are simply absent from the form.
		const on = new Set(form.getAll('on').filter((v): v is string => typeof v === 'string'));
		return act(form, async () => {
			await setNudgePrefs(
				actor,
				LEARNING_NUDGE_KINDS.map((kind) => ({ kind, inApp: on.has(`${kind}:app`), email: on.has(`${kind}:email`) }))
			);
			return { saved: 'prefs' };
		});
	},
	read: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, ReadInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await markRead(actor, input.value.id || undefined);
			return { saved: 'read' };
		});
	}
};
