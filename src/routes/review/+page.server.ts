import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { confirmQuote, getRules } from '$lib/server';
import { calculatorModel } from '$lib/pages';
import { readForm, requestOf } from '$lib/present';

export const load: PageServerLoad = ({ url, locals }) =>
	calculatorModel(getRules(), url.searchParams, locals.locale, Date.now());

export const actions: Actions = {
	// Confirm without JavaScript: the same signing as POST /api/v1/quotes/confirm.
	confirm: async ({ url, locals }) => {
		const model = calculatorModel(getRules(), url.searchParams, locals.locale, Date.now());
		const response = await confirmQuote(
			new Request(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(requestOf(readForm(model.form).form, locals.locale))
			})
		);
		const body = await response.json();
		if (!response.ok)
			return fail(response.status, {
				error: (body.issues ?? []).map((i: { message: string }) => i.message).join(' ')
			});
		return {
			confirmed: body as {
				quote: import('$lib/engine').QuoteResult;
				token: string;
				expiresAt: string;
			}
		};
	}
};
