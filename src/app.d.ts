import type { Locale } from '$lib/present';

declare global {
	namespace App {
		interface Locals {
			/** From ?locale=, else the Accept-Language header. */
			locale: Locale;
		}
	}
}

export {};
