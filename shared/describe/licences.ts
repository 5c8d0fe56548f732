/** The words of US export-licence conditions (the licence panel, the news of a granted licence). */

/** A condition in words ("quarterly reporting"); an unknown one reads as its code. */
export function conditionLabel(c: string): string {
  switch (c) {
    case "reporting":
      return "quarterly reporting";
    case "security_audit":
      return "on-site US security audits";
    case "no_chinese_vendors":
      return "no Chinese vendors";
    case "us_investment":
      return "investment pledged in the US";
    default:
      return c;
  }
}
