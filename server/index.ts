/** Entry point: listen on PORT (default 2567) with the app config. */
import { listen } from "@colyseus/tools";
import appConfig from "./app.config";

void listen(appConfig);
