import type { RequestHandler } from './$types';
import { getPricing, methodNotAllowed } from '$lib/server';

export const GET: RequestHandler = ({ request }) => getPricing(request);
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD']);
