/** JSON error answers for the HTTP API: a code and a sentence, never a stack trace or a file path. */
import type { Express, NextFunction, Request, Response } from "express";

/** The body of every error answer. */
export interface ErrorBody {
  error: string;
  message: string;
}

/** What an error thrown by a body parser or a route turns into: status and body. */
export function errorAnswer(err: unknown): { status: number; body: ErrorBody } {
  const e = (err ?? {}) as { status?: unknown; statusCode?: unknown; type?: unknown };
  const status = typeof e.status === "number" ? e.status : typeof e.statusCode === "number" ? e.statusCode : 500;
  switch (e.type) {
    case "entity.too.large":
      return { status: 413, body: { error: "too_large", message: "The request body is too large (at most 1 MB)." } };
    case "entity.parse.failed":
      return { status: 400, body: { error: "malformed", message: "The request body is not valid JSON." } };
    case "encoding.unsupported":
    case "charset.unsupported":
      return { status: 415, body: { error: "unsupported_encoding", message: "Send the request body as UTF-8 JSON." } };
    default:
      break;
  }
  if (status >= 400 && status < 500) return { status, body: { error: "bad_request", message: "The request could not be understood." } };
  return { status: 500, body: { error: "internal", message: "Something went wrong on the server; the game is not affected. Try again." } };
}

/** Mount the last-resort error handler (after every route). */
export function mountJsonErrors(app: Express): void {
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const { status, body } = errorAnswer(err);
    if (status >= 500) console.error("HTTP error:", err);
    res.status(status).json(body);
  });
}
