import type { RequestHandler } from './$types';
import { getScheduleFile, methodNotAllowed } from '$lib/server/api';

export const GET: RequestHandler = ({ request, params }) => getScheduleFile(request, params);
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD']);
