/** Reading the JSON API's answers in tests with a type (fetch's `json()` gives `any`). */

/** An API error's body. */
export interface ApiError {
  message: string;
  problems?: { path: string; message: string }[];
}

/** The body of a response as `T` (the test states what the route answers). */
export async function bodyOf<T>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T;
}
