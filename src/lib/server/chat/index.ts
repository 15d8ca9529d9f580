// Chat messages to Microsoft Teams and Slack through incoming webhooks: the organisation's channels (admins),
// each person's own choice, the messages (Adaptive Cards, Block Kit) and the queue a job delivers with retries.
export {
	addChannel,
	listChannels,
	setChannelEnabled,
	removeChannel,
	getPersonalChat,
	setPersonalChat,
	type ChannelFields
} from './hooks';
export { queuePersonalChats, nudgeChats, announceRound, type PersonalChat } from './recipients';
export { deliverChats, queueChats, MAX_ATTEMPTS, RETRY_DELAYS_MS } from './outbox';
export { chatBody, slackBody, teamsBody, type ChatMessage } from './messages';
export { webhookProblem, urlHint, VENDORS, type Vendor } from './hosts';
export { ChannelInput, ChannelIdInput, PersonalChatInput } from './schemas';
