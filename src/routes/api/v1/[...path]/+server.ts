import type { RequestHandler } from './$types';
import { notFound } from '$lib/server';

// Any other path under /api/v1 answers in the API's error shape, not with the HTML error page.
export const fallback: RequestHandler = () => notFound();
