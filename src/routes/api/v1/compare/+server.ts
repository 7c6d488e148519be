import type { RequestHandler } from './$types';
import { methodNotAllowed, postCompare } from '$lib/server';

export const POST: RequestHandler = ({ request }) => postCompare(request);
export const fallback: RequestHandler = () => methodNotAllowed(['POST']);
