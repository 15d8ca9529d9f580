// Email that arrives: the outbox (queued in a transaction, sent once by a job, retried, dead letters for
// admins), the two forms of every email, and signed unsubscribe links. A leaf below auth and notify.
export {
	queueEmail,
	queueEmails,
	deliverOutbox,
	deliverSoon,
	mailEnabled,
	listUndeliveredEmails,
	retryUndeliveredEmail,
	isSecurityKind,
	SECURITY_KINDS,
	MAX_ATTEMPTS,
	RETRY_DELAYS_MS,
	type OutgoingEmail,
	type UndeliveredEmail,
	type DeliveryResult
} from './outbox';
export { renderEmail, escapeHtml, type EmailParts } from './compose';
export {
	unsubscribeToken,
	readUnsubscribeToken,
	unsubscribeUrl,
	unsubscribeHeaders,
	type UnsubscribeTarget
} from './unsubscribe';
