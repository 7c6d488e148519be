import type { Locale } from '$lib/ui/i18n/locales';

declare global {
	namespace App {
		interface Locals {
			/** From ?locale=, else the Accept-Language header. */
			locale: Locale;
		}
	}
}

export {};
