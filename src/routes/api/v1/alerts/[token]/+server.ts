import type { RequestHandler } from './$types';
import { methodNotAllowed } from '$lib/server';
import { alertsRuntime, manageByToken } from '$lib/server/alerts';

const manage: RequestHandler = async ({ request, params }) =>
	manageByToken(request, params.token, await alertsRuntime());
export const GET = manage;
export const PATCH = manage;
export const DELETE = manage;
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD', 'PATCH', 'DELETE']);
