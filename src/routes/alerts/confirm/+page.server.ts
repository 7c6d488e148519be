import type { Actions, PageServerLoad } from './$types';
import { getRules } from '$lib/server';
import {
	alertsRuntime,
	conditionWords,
	confirmAlert,
	findAlert,
	transferWords
} from '$lib/server/alerts';
import { alertMessage } from '$lib/words';

// Opening the link does not confirm: mail scanners open links. The button does (a form, no
// script needed).
export const load: PageServerLoad = async ({ url, locals }) => {
	const rt = await alertsRuntime();
	const found = await findAlert(rt, url.searchParams.get('token') ?? '', 'confirm');
	if (!found.ok)
		return { problem: alertMessage(found.code, locals.locale), sendsEmail: rt.sendsEmail };
	const a = found.alert;
	return {
		problem: null,
		sendsEmail: rt.sendsEmail,
		status: a.status,
		condition: conditionWords(a.condition, locals.locale),
		transfer: transferWords(a.request, getRules(), locals.locale)
	};
};

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
