// The organisation's chat channels (Teams, Slack): add one, turn it off or on, remove it. Admins only.
import * as chat from '$lib/server/chat/index';
import type { Actor } from '$lib/server/actor';
import { action, page } from '$lib/server/http';

export const load = page((actor) => chat.listChannels(actor));

/** Admins only: others are refused before the form is read. */
const access = (actor: Actor) => chat.listChannels(actor);

export const actions = {
	add: action(
		chat.ChannelInput,
		async (actor, input) => {
			await chat.addChannel(actor, input);
			return { added: input.label };
		},
		{ access }
	),
	enable: action(
		chat.ChannelIdInput,
		async (actor, input) => {
			await chat.setChannelEnabled(actor, input.channelId, true);
			return { enabled: input.channelId };
		},
		{ access }
	),
	disable: action(
		chat.ChannelIdInput,
		async (actor, input) => {
			await chat.setChannelEnabled(actor, input.channelId, false);
			return { disabled: input.channelId };
		},
		{ access }
	),
	remove: action(
		chat.ChannelIdInput,
		async (actor, input) => {
			await chat.removeChannel(actor, input.channelId);
			return { removed: input.channelId };
		},
		{ access }
	)
};
