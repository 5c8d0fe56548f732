/** Assign a schema field only when the value changed (keeps patches small). */

/** Set `obj[key] = value` unless it already holds that value. */
export function assign<T extends object, K extends keyof T>(obj: T, key: K, value: T[K]): void {
  if (obj[key] !== value) obj[key] = value;
}
