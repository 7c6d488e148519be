import type { RequestHandler } from './$types';
import { getOpenApi, methodNotAllowed } from '$lib/server';

export const GET: RequestHandler = () => getOpenApi();
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD']);
