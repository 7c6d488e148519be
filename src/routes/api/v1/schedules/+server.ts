import type { RequestHandler } from './$types';
import { getRules, jsonResponse } from '$lib/server';
import { listSchedules, methodNotAllowed } from '$lib/server/api';

export const GET: RequestHandler = () => jsonResponse(listSchedules(getRules(), Date.now()));
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD']);
