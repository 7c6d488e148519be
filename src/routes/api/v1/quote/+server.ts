import type { RequestHandler } from './$types';
import { getQuote, methodNotAllowed, postQuote } from '$lib/server';

export const GET: RequestHandler = ({ request }) => getQuote(request);
export const POST: RequestHandler = ({ request }) => postQuote(request);
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD', 'POST']);
