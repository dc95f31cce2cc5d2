import type { ActivityDeps } from './deps';

export function createActivities(_deps: ActivityDeps) {
  return {};
}
