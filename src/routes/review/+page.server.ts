import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { confirmRequest, getRules } from '$lib/server';
import { calculatorModel, pageContext } from '$lib/server/pages';
import { readForm, requestOf } from '$lib/present';

export const load: PageServerLoad = ({ url, locals }) =>
	calculatorModel(url.searchParams, pageContext(locals.locale));

export const actions: Actions = {
	// Confirm without JavaScript: the same signing as POST /api/v1/quotes/confirm.
	confirm: ({ url, locals }) => {
		const model = calculatorModel(url.searchParams, pageContext(locals.locale));
		const out = confirmRequest(getRules(), requestOf(readForm(model.form).form, locals.locale));
		if (!out.ok)
			return fail('quote' in out ? 422 : 400, {
				error: out.issues.map((i) => i.message).join(' ')
			});
		return { confirmed: out.confirmation };
	}
};
