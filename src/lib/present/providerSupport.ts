import type { Schedule } from '../engine';
import type { Locale } from './locales';

/** How to reach the provider, in the page's language; every part optional. */
export interface ProviderSupport {
	email?: string;
	phone?: string;
	chat?: string;
	hours?: string;
	replyWithin?: string;
}

type Text = string | Record<string, string>;
const inLocale = (t: Text | undefined, locale: Locale) =>
	t === undefined ? undefined : typeof t === 'string' ? t : (t[locale] ?? t.en);

/**
 * The schedule's `support` block (once schedules may declare one), in the locale; null when the
 * schedule has none.
 */
export function providerSupport(s: Schedule, locale: Locale): ProviderSupport | null {
	if (!('support' in s) || !s.support || typeof s.support !== 'object') return null;
	const x = s.support as {
		email?: string;
		phone?: string;
		chat?: string;
		hours?: Text;
		replyWithin?: Text;
	};
	const out: ProviderSupport = {};
	if (x.email) out.email = x.email;
	if (x.phone) out.phone = x.phone;
	if (x.chat) out.chat = x.chat;
	const hours = inLocale(x.hours, locale);
	if (hours) out.hours = hours;
	const reply = inLocale(x.replyWithin, locale);
	if (reply) out.replyWithin = reply;
	return Object.keys(out).length ? out : null;
}
