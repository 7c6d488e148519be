import type { RequestHandler } from './$types';
import { getDecode, methodNotAllowed, postDecode } from '$lib/server';

export const GET: RequestHandler = ({ request }) => getDecode(request);
export const POST: RequestHandler = ({ request }) => postDecode(request);
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD', 'POST']);
