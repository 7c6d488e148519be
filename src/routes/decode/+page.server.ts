import type { PageServerLoad } from './$types';
import { getRules } from '$lib/server';
import { decodeModel } from '$lib/server/pages';
import { decodeText, pick } from '$lib/words';

export const load: PageServerLoad = ({ url, locals }) =>
	decodeModel(getRules(), url.searchParams, locals.locale, Date.now(), {
		none: pick(decodeText, locals.locale).noDestination,
		names: pick(decodeText, locals.locale).names
	});
