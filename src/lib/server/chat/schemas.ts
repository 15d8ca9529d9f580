// The chat forms' fields: an admin's channel, a person's own choice.
import { z } from 'zod';
import { id } from '../http/ids';
import { LOCALES } from '../i18n';
import { VENDORS } from './hosts';

export const ChannelInput = z.object({
	label: z.string().trim().min(1).max(80),
	vendor: z.enum(VENDORS),
	url: z.string().trim().min(1).max(1000),
	locale: z.enum(LOCALES),
	announceSurveys: z.preprocess((v) => v === 'on' || v === true, z.boolean())
});

export const ChannelIdInput = z.object({ channelId: id() });

/** `target`: none, own (their own webhook) or an organisation channel's id; the URL may stay empty to keep theirs. */
export const PersonalChatInput = z.object({
	target: z.string().trim().min(1).max(40),
	vendor: z.enum(VENDORS).default('slack'),
	url: z.string().trim().max(1000).default('')
});
