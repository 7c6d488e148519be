import type { RequestHandler } from './$types';
import { getScheduleFile, methodNotAllowed } from '$lib/server';

export const GET: RequestHandler = ({ request, params }) => getScheduleFile(request, params);
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD']);
