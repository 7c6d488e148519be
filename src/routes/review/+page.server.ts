import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { confirmRequest, getRules } from '$lib/server';
import { calculatorModel } from '$lib/server/pages';
import { readForm, requestOf } from '$lib/present';

export const load: PageServerLoad = ({ url, locals }) =>
	calculatorModel(getRules(), url.searchParams, locals.locale, Date.now());

export const actions: Actions = {
	// Confirm without JavaScript: the same signing as POST /api/v1/quotes/confirm.
	confirm: ({ url, locals }) => {
		const model = calculatorModel(getRules(), url.searchParams, locals.locale, Date.now());
		const out = confirmRequest(getRules(), requestOf(readForm(model.form).form, locals.locale));
		if (!out.ok)
			return fail('quote' in out ? 422 : 400, {
				error: out.issues.map((i) => i.message).join(' ')
			});
		return { confirmed: out.confirmation };
	}
};
