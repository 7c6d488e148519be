import type { RequestHandler } from './$types';
import { confirmQuote, methodNotAllowed } from '$lib/server';

export const POST: RequestHandler = ({ request }) => confirmQuote(request);
export const fallback: RequestHandler = () => methodNotAllowed(['POST']);
