import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/** One email, ready to send: its id is stable, so a message sent twice is known for one. */
export interface Mail {
	to: string;
	subject: string;
	text: string;
	html: string;
	messageId: string;
	headers: Record<string, string>;
}

/** Where emails go: an SMTP server, or files. */
export interface Mailer {
	/** Resolves when the message was accepted; rejects (with the server's words) when not. */
	send(mail: Mail): Promise<void>;
	readonly describe: string;
}

const FROM = process.env.FEECALC_MAIL_FROM ?? 'Fee calculator <alerts@feecalc.invalid>';

/** Sends through SMTP (`smtp://user:pass@host:port`, `smtps://…`): FEECALC_SMTP_URL. */
export function smtpMailer(url: string): Mailer {
	const transport = nodemailer.createTransport(url);
	return {
		describe: `SMTP ${new URL(url).host}`,
		async send(mail) {
			await transport.sendMail({ from: FROM, ...mail });
		}
	};
}

/**
 * Writes each email as an .eml file into `dir` (data/outbox/ when no SMTP is set), named by its
 * id: written to a temporary name and renamed, so that a file is whole or absent.
 */
export function fileMailer(dir: string): Mailer {
	const transport = nodemailer.createTransport({
		streamTransport: true,
		buffer: true,
		newline: 'unix'
	});
	return {
		describe: `files in ${dir}`,
		async send(mail) {
			mkdirSync(dir, { recursive: true });
			const info = await transport.sendMail({ from: FROM, ...mail });
			const name = mail.messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9._-]/g, '_');
			const file = join(dir, `${name}.eml`);
			writeFileSync(`${file}.tmp`, info.message as Buffer);
			renameSync(`${file}.tmp`, file);
		}
	};
}
