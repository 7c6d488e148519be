import type { Actions, PageServerLoad } from './$types';
import { alertsRuntime, confirmAlert, findAlert } from '$lib/server/alerts';
import { alertModel, pageContext } from '$lib/server/pages';

// Opening the link does not confirm: mail scanners open links. The button does (a form, no
// script needed).
export const load: PageServerLoad = ({ url, locals }) =>
	alertModel(url.searchParams.get('token') ?? '', 'confirm', pageContext(locals.locale));

export const actions: Actions = {
	default: async ({ url }) => {
		const rt = await alertsRuntime();
		const found = await findAlert(rt, url.searchParams.get('token') ?? '', 'confirm');
		if (!found.ok) return { confirmed: false };
		await confirmAlert(rt.store, found.alert.id, Date.now());
		void rt.evaluateNow().catch(() => {});
		return { confirmed: true };
	}
};
