import * as auth from '$lib/server/auth/index';
import { action, page } from '$lib/server/http';
import { NoInput } from '$lib/server/http';

// Only the person themselves: the secret is shown here while enrolment waits for its first code, never after.
export const load = page(async (actor) => ({
	twofactor: await auth.twofactorPage(actor),
	required: await auth.mustEnrolTwofactor(actor)
}));

export const actions = {
	start: action(NoInput, async (actor) => {
		await auth.startEnrolment(actor);
		return { started: true };
	}),
	confirm: action(auth.TwofactorCodeInput, async (actor, input) => ({
		recoveryCodes: await auth.confirmEnrolment(actor, input)
	})),
	regenerate: action(auth.TwofactorCodeInput, async (actor, input) => ({
		recoveryCodes: await auth.regenerateRecoveryCodes(actor, input)
	})),
	disable: action(auth.TwofactorDisableInput, async (actor, input) => {
		await auth.disableTwofactor(actor, input);
		return { disabled: true };
	})
};
