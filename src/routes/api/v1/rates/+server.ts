import type { RequestHandler } from './$types';
import { getRates, methodNotAllowed } from '$lib/server';

export const GET: RequestHandler = ({ request }) => getRates(request);
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD']);
