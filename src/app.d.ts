import type { Locale } from '$lib/words';

declare global {
	namespace App {
		interface Locals {
			/** From ?locale=, else the Accept-Language header. */
			locale: Locale;
		}
	}
}

export {};
