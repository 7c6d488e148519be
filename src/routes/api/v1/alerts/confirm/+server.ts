import type { RequestHandler } from './$types';
import { methodNotAllowed } from '$lib/server';
import { alertsRuntime, confirmByToken } from '$lib/server/alerts';

export const POST: RequestHandler = async ({ url }) => confirmByToken(url, await alertsRuntime());
export const fallback: RequestHandler = () => methodNotAllowed(['POST']);
