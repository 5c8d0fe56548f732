/** The addresses other devices on the room's network reach this server at (for join links and QR codes). */
import os from "node:os";

/** IPv4 addresses of this machine that are not loopback or link-local, private ranges first. */
export function lanAddresses(interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces()): string[] {
  const all = Object.values(interfaces)
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === "IPv4" && !a.internal && !a.address.startsWith("169.254."));
  const isPrivate = (ip: string): boolean => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  return [...new Set(all.map((a) => a.address))].sort((a, b) => Number(isPrivate(b)) - Number(isPrivate(a)));
}
