import type { RequestHandler } from './$types';
import { jsonResponse, methodNotAllowed } from '$lib/server';

// The rules are loaded before the server listens, so answering at all means ready.
export const GET: RequestHandler = () => jsonResponse({ ok: true });
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD']);
