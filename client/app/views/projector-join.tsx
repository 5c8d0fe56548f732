/** A game's join URL and QR code (on the server's LAN address when the page opened localhost): large on the projector, small in the console. */
import qrcode from "qrcode-generator";
import { useEffect, useState } from "preact/hooks";
import { joinUrl } from "../join-address";

/** The join link of game `code`: empty until the address is known, then the QR code and the URL; `id` prefixes the test ids. */
export function JoinLink({ code, big, id }: { code: string; big: boolean; id: string }) {
  const [url, setUrl] = useState("");
  useEffect(() => {
    let live = true;
    void joinUrl(code).then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, [code]);
  let src = "";
  if (url) {
    const qr = qrcode(0, "M");
    qr.addData(url);
    qr.make();
    src = qr.createDataURL(big ? 10 : 6, 8);
  }
  const size = big ? 420 : 160;
  return (
    <div class={`join-link ${big ? "big" : "small"}`}>
      {url ? (
        <>
          <img class="qr" data-testid={`${id}-qr`} data-url={url} src={src} alt={`QR code for ${url}`} width={size} height={size} />
          <p class="join-url" data-testid={`${id}-join-url`}>
            {url}
          </p>
        </>
      ) : null}
    </div>
  );
}

/** The projector lobby's join link, readable from the back of the room. */
export function ProjectorJoin({ code }: { code: string }) {
  return <JoinLink code={code} big id="projector" />;
}
