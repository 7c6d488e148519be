import type { RequestHandler } from './$types';
import { methodNotAllowed } from '$lib/server';
import { alertsRuntime, unsubscribe } from '$lib/server/alerts';

// RFC 8058: a mail client POSTs "List-Unsubscribe=One-Click" to this address, one click.
export const POST: RequestHandler = async ({ url }) => unsubscribe(url, await alertsRuntime());
export const fallback: RequestHandler = () => methodNotAllowed(['POST']);
