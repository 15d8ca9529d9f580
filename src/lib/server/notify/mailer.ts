// Email through SMTP (nodemailer) when SMTP_URL is set; without it, nudges stay in the app.
import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '../config';

export interface MailSettings {
	url: string;
	from: string;
}

let settings: MailSettings | undefined = config.smtpUrl ? { url: config.smtpUrl, from: config.smtpFrom } : undefined;
let transport: Transporter | undefined;

/** Tests (and the CLI) point the mailer somewhere else, or turn it off with undefined. */
export function useMailer(next: MailSettings | undefined) {
	transport?.close();
	transport = undefined;
	settings = next;
}

export function mailerConfigured(): boolean {
	return !!settings;
}

export async function sendMail(message: { to: string; subject: string; text: string; locale: string }) {
	if (!settings) throw new Error('SMTP is not configured');
	transport ??= nodemailer.createTransport(settings.url);
	await transport.sendMail({
		from: settings.from,
		to: message.to,
		subject: message.subject,
		text: message.text,
		headers: { 'Content-Language': message.locale }
	});
}
