import type { Actions, PageServerLoad } from './$types';
import { getRules } from '$lib/server';
import {
	alertsRuntime,
	changeAlert,
	conditionWords,
	findAlert,
	transferWords
} from '$lib/server/alerts';
import { alertMessage, formatTime } from '$lib/words';

export const load: PageServerLoad = async ({ url, locals }) => {
	const rt = await alertsRuntime();
	const found = await findAlert(rt, url.searchParams.get('token') ?? '', 'manage');
	if (!found.ok)
		return { problem: alertMessage(found.code, locals.locale), sendsEmail: rt.sendsEmail };
	const a = found.alert;
	return {
		problem: null,
		sendsEmail: rt.sendsEmail,
		token: url.searchParams.get('token') ?? '',
		status: a.status,
		condition: conditionWords(a.condition, locals.locale),
		transfer: transferWords(a.request, getRules(), locals.locale),
		email: a.email,
		webhook: a.webhookUrl,
		lastTold: a.firedAt ? formatTime(new Date(a.firedAt).getTime(), locals.locale, 'UTC') : null
	};
};

const change =
	(what: 'pause' | 'resume' | 'delete'): Actions[string] =>
	async ({ url }) => {
		const rt = await alertsRuntime();
		const found = await findAlert(rt, url.searchParams.get('token') ?? '', 'manage');
		if (found.ok) await changeAlert(rt, found.alert, what);
		return { changed: what };
	};

export const actions: Actions = {
	pause: change('pause'),
	resume: change('resume'),
	delete: change('delete')
};
