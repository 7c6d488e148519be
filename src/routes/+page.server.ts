import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { readAmount, readForm, requestOf } from '$lib/present';
import { alertsRuntime, makeAlert } from '$lib/server/alerts';
import { calculatorModel, pageContext } from '$lib/server/pages';
import { calculatorText, formatNumber, pick } from '$lib/words';

export const load: PageServerLoad = ({ url, locals }) =>
	calculatorModel(url.searchParams, pageContext(locals.locale));

export const actions: Actions = {
	// "Tell me when it gets better", without JavaScript too: the request is the page's query, the
	// condition what the person typed (read as the calculator reads amounts).
	alert: async ({ request, url, locals, getClientAddress }) => {
		const locale = locals.locale;
		const data = await request.formData();
		const values = {
			kind: data.get('kind') === 'cost' ? 'cost' : 'gets',
			amount: String(data.get('amount') ?? ''),
			email: String(data.get('email') ?? '').trim()
		};
		const model = calculatorModel(url.searchParams, pageContext(locale));
		const { at: _at, ...asked } = requestOf(readForm(model.form).form, locale);
		void _at;
		const quote = model.quote;
		const currency =
			values.kind === 'gets' ? (quote?.received?.currency ?? '') : (quote?.request.currency ?? '');
		const reading = readAmount(values.amount, currency);
		if (!reading.ok) {
			// The calculator's own words for an amount it cannot read.
			const a = pick(calculatorText, locale).amountIssues;
			const message =
				reading.code === 'ambiguous'
					? a.ambiguous(formatNumber(reading.suggestion, locale))
					: reading.code === 'other_currency'
						? a.other_currency(reading.currency, currency)
						: reading.code === 'empty'
							? a.empty
							: a.not_a_number;
			return fail(400, { alert: { ok: false, values, issues: [{ path: ['amount'], message }] } });
		}
		const money = { amount: reading.amount, currency };
		const out = await makeAlert(
			await alertsRuntime(),
			{
				request: asked,
				email: values.email,
				locale,
				condition:
					values.kind === 'gets' ? { recipientGetsAtLeast: money } : { totalCostAtMost: money }
			},
			getClientAddress()
		);
		if (!out.ok) return fail(out.status, { alert: { ok: false, values, issues: out.issues } });
		return {
			alert: { ok: true, email: values.email, sendsEmail: (await alertsRuntime()).sendsEmail }
		};
	}
};
