import type { RequestHandler } from './$types';
import { methodNotAllowed, postAlternatives } from '$lib/server';

export const POST: RequestHandler = ({ request }) => postAlternatives(request);
export const fallback: RequestHandler = () => methodNotAllowed(['POST']);
