/** "Source: M7, G11" with every id linked to the Sources page (source-links.ts gives the address). */
import { splitCitation } from "../../../shared/sources/ids";
import { sourceHref } from "../source-links";

/** A source citation with linked ids; opens the Sources page in a new tab so the game keeps running. */
export function SourceLine({ text, tail = "" }: { text: string; tail?: string }) {
  return (
    <span class="source">
      {" "}
      Source:{" "}
      {splitCitation(text).map((part, i) =>
        "id" in part ? (
          <a key={i} class="source-link" href={sourceHref(part.id)} target="_blank" rel="noopener" title={`Source ${part.id} on the Sources page`}>
            {part.id}
          </a>
        ) : (
          part.text
        ),
      )}
      {tail}
    </span>
  );
}
