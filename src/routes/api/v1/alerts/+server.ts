import type { RequestHandler } from './$types';
import { methodNotAllowed } from '$lib/server';
import { alertsRuntime, postAlert } from '$lib/server/alerts';

export const POST: RequestHandler = async ({ request, getClientAddress }) =>
	postAlert(request, getClientAddress(), await alertsRuntime());
export const fallback: RequestHandler = () => methodNotAllowed(['POST']);
