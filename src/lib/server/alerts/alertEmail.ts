import type { QuoteResult } from '../../engine';
import type { QuoteRequest } from '../../quoting';
import type { Rules } from '../../schedules';
import {
	alertText,
	countryName,
	formatMoney,
	formatPercent,
	formatTime,
	type Locale,
	pick
} from '../../words';
import type { AlertCondition } from './conditionHolds';
import { firedFigures } from './firedFigures';

/** What an email about an alert says: one subject, and the same words as text and as HTML. */
export interface AlertEmail {
	subject: string;
	text: string;
	html: string;
}

export interface EmailContext {
	rules: Rules;
	/** Signed links: confirm (a confirmation), manage (every email), the calculator (a firing). */
	links: { confirm?: string; manage: string; calculator?: string };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The condition in words, its figure as the pages show money. */
export function conditionWords(c: AlertCondition, locale: Locale): string {
	const t = pick(alertText, locale);
	if ('recipientGetsAtLeast' in c)
		return t.gets(
			formatMoney(c.recipientGetsAtLeast.amount, c.recipientGetsAtLeast.currency, locale)
		);
	if ('totalCostAtMost' in c)
		return t.costAtMost(formatMoney(c.totalCostAtMost.amount, c.totalCostAtMost.currency, locale));
	return t.costPercentAtMost(formatPercent(c.totalCostPercentAtMost, locale));
}

/** The transfer an alert is about, in words: "sending $500.00 with Standard Wallet to Mexico". */
export function transferWords(request: QuoteRequest, rules: Rules, locale: Locale): string {
	const t = pick(alertText, locale);
	const versions = rules.schedules.get(String(request.schedule));
	const name = versions?.at(-1)?.schedule.name;
	const provider = name ? (name[locale] ?? name.en) : String(request.schedule);
	const amount = formatMoney(String(request.amount), String(request.currency), locale);
	return t.transfer(amount, provider, countryName(String(request.destination), locale));
}

interface Parts {
	subject: string;
	/** The answer, first and large: what the recipient gets, or what it costs. */
	headline?: string;
	paragraphs: string[];
	rows: [string, string][];
	links: [string, string][];
	footer: string;
}

function render(
	locale: Locale,
	{ subject, headline, paragraphs, rows, links, footer }: Parts
): AlertEmail {
	const text = [
		...(headline ? [headline] : []),
		...paragraphs,
		...(rows.length
			? [rows.map(([k, v]) => `${k}${pick(alertText, locale).colon}${v}`).join('\n')]
			: []),
		...links.map(([label, url]) => `${label}${pick(alertText, locale).colon}\n${url}`),
		footer
	].join('\n\n');
	const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head><body style="font-family:system-ui,sans-serif;color:#1b1b1f;max-width:36rem">${
		headline
			? `<p style="font-size:1.6em;font-weight:bold;margin:0.5em 0">${escape(headline)}</p>`
			: ''
	}${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}${
		rows.length
			? `<table style="border-collapse:collapse">${rows
					.map(
						([k, v]) =>
							`<tr><th style="text-align:left;padding:4px 16px 4px 0;font-weight:normal">${escape(k)}</th><td style="text-align:right;font-weight:bold">${escape(v)}</td></tr>`
					)
					.join('')}</table>`
			: ''
	}${links.map(([label, url]) => `<p><a href="${escape(url)}">${escape(label)}</a></p>`).join('')}<p style="color:#555;font-size:0.9em">${escape(footer)}</p></body></html>`;
	return { subject, text, html };
}

/** The email asking to confirm a new alert, in its language. */
export function confirmEmail(
	alert: { request: QuoteRequest; condition: AlertCondition; locale: Locale },
	ctx: EmailContext
): AlertEmail {
	const { locale } = alert;
	const t = pick(alertText, locale);
	const condition = conditionWords(alert.condition, locale);
	return render(locale, {
		subject: t.confirmSubject(condition),
		paragraphs: [t.confirmBody(condition, transferWords(alert.request, ctx.rules, locale))],
		rows: [],
		links: [
			[t.confirm, ctx.links.confirm ?? ctx.links.manage],
			[t.manage, ctx.links.manage]
		],
		footer: t.footer
	});
}

/** The email of an alert that fired: the quote's figures, exact, as the pages show them. */
export function firedEmail(
	alert: { request: QuoteRequest; condition: AlertCondition; locale: Locale },
	fired: { quote: QuoteResult; pricedAt: string },
	ctx: EmailContext
): AlertEmail {
	const { locale } = alert;
	const t = pick(alertText, locale);
	const q = fired.quote;
	const money = (m: { amount: string; currency: string } | null) =>
		m ? formatMoney(m.amount, m.currency, locale) : '—';
	const figure =
		'recipientGetsAtLeast' in alert.condition
			? `${t.recipientGets} ${money(q.received)}`
			: `${t.totalCost} ${money(q.cost?.total ?? null)}`;
	const rows = firedFigures(q, locale);
	const at = formatTime(Date.parse(fired.pricedAt), locale, 'UTC');
	return render(locale, {
		subject: t.firedSubject(figure),
		headline: figure,
		paragraphs: [
			t.firedBody(
				conditionWords(alert.condition, locale),
				transferWords(alert.request, ctx.rules, locale),
				at
			),
			t.once
		],
		rows,
		links: [
			...(ctx.links.calculator ? [[t.open, ctx.links.calculator] as [string, string]] : []),
			[t.manage, ctx.links.manage]
		],
		footer: t.footer
	});
}
