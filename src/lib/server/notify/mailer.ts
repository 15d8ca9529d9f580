// Email through SMTP (nodemailer) when SMTP_URL is set; without it, nudges stay in the app. The composition root
// (app/index.ts) makes the app's one mailer; modules send through it.
import nodemailer, { type Transporter } from 'nodemailer';
import { app, type Mailer } from '../app/context';

export interface MailSettings {
	url: string;
	from: string;
}

/** A mailer over one SMTP transport, opened on the first message. */
export function smtpMailer(settings: MailSettings): Mailer {
	let transport: Transporter | undefined;
	return {
		async send(message) {
			transport ??= nodemailer.createTransport(settings.url);
			await transport.sendMail({
				from: settings.from,
				to: message.to,
				subject: message.subject,
				text: message.text,
				...(message.html ? { html: message.html } : {}),
				headers: { ...message.headers, 'Content-Language': message.locale }
			});
		},
		close() {
			transport?.close();
			transport = undefined;
		}
	};
}

export function mailerConfigured(): boolean {
	return !!app().mailer;
}
