import type { RequestHandler } from './$types';
import { getPricing, methodNotAllowed } from '$lib/server/api';

export const GET: RequestHandler = ({ request }) => getPricing(request);
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD']);
