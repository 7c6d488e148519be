import type { RequestHandler } from './$types';
import { widgetScript } from '$lib/server/widgetScript';

export const GET: RequestHandler = ({ request }) => widgetScript(request);
