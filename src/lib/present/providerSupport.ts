import type { Schedule } from '../engine';
import type { Locale } from '../words';

/** How to reach the provider, in the page's language; every part optional. */
export interface ProviderSupport {
	email?: string;
	phone?: string;
	chat?: string;
	hours?: string;
	replyWithin?: string;
}

/** The schedule's `support` block in the locale (English where it has no words in it); null without one. */
export function providerSupport(s: Schedule, locale: Locale): ProviderSupport | null {
	const x = s.support;
	if (!x) return null;
	const out: ProviderSupport = {};
	if (x.email) out.email = x.email;
	if (x.phone) out.phone = x.phone;
	if (x.chat) out.chat = x.chat;
	if (x.hours) out.hours = x.hours[locale] ?? x.hours.en;
	if (x.replyWithin) out.replyWithin = x.replyWithin[locale] ?? x.replyWithin.en;
	return Object.keys(out).length ? out : null;
}
