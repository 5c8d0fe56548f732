/** The server's LAN addresses for join links and QR codes (#19): never loopback or link-local, private ranges first. */
import type os from "node:os";
import { describe, expect, it } from "vitest";
import { lanAddresses } from "../../server/http/lan";

const nic = (address: string, internal = false, family: "IPv4" | "IPv6" = "IPv4"): os.NetworkInterfaceInfo =>
  ({ address, internal, family, netmask: "255.255.255.0", mac: "00:00:00:00:00:00", cidr: null }) as os.NetworkInterfaceInfo;

describe("LAN addresses", () => {
  it("offers only non-loopback, non-link-local IPv4 addresses, private ones first, each once", () => {
    expect(
      lanAddresses({
        lo: [nic("127.0.0.1", true), nic("::1", true, "IPv6")],
        eth0: [nic("203.0.113.7"), nic("fe80::1", false, "IPv6")],
        wlan0: [nic("192.168.1.23"), nic("169.254.3.4")],
        docker0: [nic("172.17.0.1"), nic("192.168.1.23")],
      }),
    ).toEqual(["192.168.1.23", "172.17.0.1", "203.0.113.7"]);
    expect(lanAddresses({ lo: [nic("127.0.0.1", true)] })).toEqual([]);
  });
});
