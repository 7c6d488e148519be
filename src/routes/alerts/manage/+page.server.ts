import type { Actions, PageServerLoad } from './$types';
import { alertsRuntime, changeAlert, findAlert } from '$lib/server/alerts';
import { alertModel, pageContext } from '$lib/server/pages';

export const load: PageServerLoad = async ({ url, locals }) => {
	const token = url.searchParams.get('token') ?? '';
	return { ...(await alertModel(token, 'manage', pageContext(locals.locale))), token };
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
