import type { RequestHandler } from './$types';
import { methodNotAllowed, verifyQuote } from '$lib/server';

export const POST: RequestHandler = ({ request }) => verifyQuote(request);
export const fallback: RequestHandler = () => methodNotAllowed(['POST']);
