// A nudge reaches the owner in the app (their follow-ups) and, when SMTP_URL is set, by email in their
// own language. Tests hand in a recording mailer instead of a real server.
import { config } from '../config';
import { log } from '../log';
import { m } from '$lib/paraglide/messages.js';
import { isLocale, type Locale } from '$lib/actions/catalogue/types';

export type Mailer = (message: { to: string; subject: string; text: string }) => Promise<void>;

let mailer: Mailer | undefined;

export function useNudgeMailer(next: Mailer | undefined): void {
	mailer = next;
}

async function currentMailer(): Promise<Mailer | undefined> {
	if (mailer) return mailer;
	if (!config.smtpUrl) return undefined;
	const { default: nodemailer } = await import('nodemailer');
	const transport = nodemailer.createTransport(config.smtpUrl);
	mailer = async (message) => {
		await transport.sendMail({ from: config.mailFrom, ...message });
	};
	return mailer;
}

export interface NudgeEmail {
	to: string;
	locale: string | null;
	from: string;
	title: string;
	team: string;
	link: string;
}

/** True when an email went out; a failing mail server never undoes the (already recorded) nudge. */
export async function emailNudge(n: NudgeEmail): Promise<boolean> {
	const send = await currentMailer();
	if (!send) return false;
	const locale: Locale = isLocale(n.locale) ? n.locale : 'en';
	try {
		await send({
			to: n.to,
			subject: m.actions_nudge_email_subject({ name: n.from }, { locale }),
			text: m.actions_nudge_email_body({ name: n.from, title: n.title, team: n.team, link: n.link }, { locale })
		});
		return true;
	} catch (error) {
		log.warn('action nudge email failed', { error: String(error) });
		return false;
	}
}
