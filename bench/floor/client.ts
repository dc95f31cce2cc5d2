import path from 'node:path';
import { send } from '../lib/api-session';
import { waitForHealthy } from '../../scripts/lib/services';
import { slotPorts } from '../../scripts/lib/slot-ports';
import type { BenchStack } from '../lib/stack';

/** The floor server (bench/floor/server.ts) as the benches call it: over the same kept-alive HTTP client as the API. */
export interface Floor {
  /** the stack's processes with the floor in the API's place: for the CPU each part spends per request */
  pids(): Record<string, number | undefined>;
  /** the answer's JSON, parsed as the API's answers are; throws unless the status is `status` */
  call(status: number, method: string, route: string, body?: unknown): Promise<unknown>;
}

const floors = new WeakMap<BenchStack, Promise<Floor>>();

/** Starts the floor beside the bench stack, once per stack (it stops with the stack). */
export function floorOf(stack: BenchStack): Promise<Floor> {
  if (!floors.has(stack)) floors.set(stack, startFloor(stack));
  return floors.get(stack)!;
}

async function startFloor(stack: BenchStack): Promise<Floor> {
  // a slot's ports +1…+9 are free for extra processes
  const port = slotPorts(stack.slot).api + 1;
  const child = stack.spawn('floor', path.join('bench', 'floor', 'server.ts'), { FLOOR_PORT: String(port) });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealthy(`${base}/health`, [child]);
  return {
    pids() {
      const { api: _api, ...others } = stack.pids();
      return { ...others, floor: child.pid };
    },
    async call(status, method, route, body) {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const answer = await send(
        new URL(`${base}${route}`),
        method,
        payload === undefined ? {} : { 'content-type': 'application/json' },
        payload,
      );
      if (answer.status !== status)
        throw new Error(`floor ${method} ${route}: ${answer.status} ${answer.text.slice(0, 300)}`);
      return answer.text ? JSON.parse(answer.text) : undefined;
    },
  };
}
