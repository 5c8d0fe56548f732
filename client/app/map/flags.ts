/**
 * Flags shipped with the client (country-flag-icons, MIT, 3:2 SVG strings; no CDN): the scenario nations,
 * the EU and the US (where GPUs come from). Only these few are bundled; any other code falls back to its
 * letters alone, which are always shown beside the flag anyway (never colour or flag alone, UI.md).
 */
import AE from "country-flag-icons/string/3x2/AE";
import AU from "country-flag-icons/string/3x2/AU";
import EU from "country-flag-icons/string/3x2/EU";
import GB from "country-flag-icons/string/3x2/GB";
import IN from "country-flag-icons/string/3x2/IN";
import JP from "country-flag-icons/string/3x2/JP";
import KR from "country-flag-icons/string/3x2/KR";
import SA from "country-flag-icons/string/3x2/SA";
import US from "country-flag-icons/string/3x2/US";

const FLAGS: Record<string, string> = { AE, AU, EU, GB, IN, JP, KR, SA, US };

/** The flag's SVG text for a two-letter code (any case), or null when it is not shipped. */
export function flagSvg(code: string): string | null {
  return FLAGS[code.toUpperCase()] ?? null;
}

/** The flag as an `img` source sized `w`×`h` pixels (the SVGs carry only a viewBox), or null. */
export function flagDataUrl(code: string, w = 48, h = 32): string | null {
  const svg = flagSvg(code);
  if (!svg) return null;
  const sized = svg.replace("<svg ", `<svg width="${w}" height="${h}" preserveAspectRatio="none" `);
  return `data:image/svg+xml;base64,${btoa(sized)}`;
}
