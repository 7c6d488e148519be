import type { PageServerLoad } from './$types';
import { decodeModel, pageContext } from '$lib/server/pages';
import { decodeText, pick } from '$lib/words';

export const load: PageServerLoad = ({ url, locals }) =>
	decodeModel(url.searchParams, pageContext(locals.locale), {
		none: pick(decodeText, locals.locale).noDestination,
		names: pick(decodeText, locals.locale).names
	});
