/** Who wrote a chat line: "Mina (South Korea)", but "Facilitator", not "Facilitator (facilitator)". */

/** The author label of a chat line from `fromName` writing as `where` (a nation's name, or "facilitator"). */
export function chatAuthor(fromName: string, where: string): string {
  return fromName.trim().toLowerCase() === where.trim().toLowerCase() ? fromName : `${fromName} (${where})`;
}
