/** The projector lobby's join URL and QR code (on the server's LAN address when the projector opened localhost). */
import qrcode from "qrcode-generator";
import { useEffect, useState } from "preact/hooks";
import { joinBases } from "../landing";

/** The join link of game `code`: empty until the address is known, then the QR code and the URL under it. */
export function ProjectorJoin({ code }: { code: string }) {
  const [url, setUrl] = useState("");
  useEffect(() => {
    let live = true;
    void joinBases().then((bases) => live && setUrl(`${bases[0]}/join/${code}`));
    return () => {
      live = false;
    };
  }, [code]);
  let src = "";
  if (url) {
    const qr = qrcode(0, "M");
    qr.addData(url);
    qr.make();
    src = qr.createDataURL(10, 8);
  }
  return (
    <div class="join-link big">
      {url ? (
        <>
          <img class="qr" data-testid="projector-qr" data-url={url} src={src} alt={`QR code for ${url}`} width={420} height={420} />
          <p class="join-url" data-testid="projector-join-url">
            {url}
          </p>
        </>
      ) : null}
    </div>
  );
}
