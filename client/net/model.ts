/** The client's one store of the read model: the full view from the server, then its patches in order (applied to the wire form, then unpacked). */
import type { RoomModel, Role } from "../../shared/protocol/room-model";
import { applyViewPatch, unpackModel } from "../../shared/protocol/view-stream";
import type { ViewMsg, ViewPatchMsg, WireModel } from "../../shared/protocol/view-stream";
import { shareUnchanged } from "./share";

/** Who this connection is. */
export interface Identity {
  sessionId: string;
  role: Role;
  name: string;
}

/** An empty model for before the first view arrives. */
export function emptyModel(code: string, me: Identity): RoomModel {
  return {
    code,
    scenarioName: "",
    phase: "lobby",
    paused: false,
    locked: false,
    deadline: 0,
    remainingMs: 0,
    turnSeconds: 0,
    teamSize: 0,
    fullNations: [],
    seats: [],
    readyNations: [],
    aiNations: [],
    you: { ...me, nation: null },
    view: null,
    orders: {},
    chat: [],
    deals: [],
  };
}

/** The read model at a revision; a patch applies only on top of the revision before it. */
export class ViewStore {
  rev = -1;
  model: RoomModel;
  /** The model as the server sent it (its wire form), which the next patch applies to. */
  private wire: WireModel | null = null;

  constructor(initial: RoomModel) {
    this.model = initial;
  }

  /** Replace the model with a full view (join, reconnect). */
  reset(msg: ViewMsg): RoomModel {
    this.rev = msg.rev;
    this.wire = msg.model;
    this.model = shareUnchanged(this.model, unpackModel(msg.model));
    return this.model;
  }

  /** Apply the next patch; returns the new model, or null when the patch does not follow the revision held (it is dropped: a full view follows). */
  patch(msg: ViewPatchMsg): RoomModel | null {
    if (this.rev < 0 || !this.wire || msg.rev !== this.rev + 1) return null;
    this.wire = applyViewPatch(this.wire, msg.ops);
    // Unchanged parts keep their identity, so the panels and the map skip them.
    this.model = shareUnchanged(this.model, unpackModel(this.wire));
    this.rev = msg.rev;
    return this.model;
  }

  /** Forget the revision (the connection dropped: only a full view is accepted next). */
  detach(): void {
    this.rev = -1;
  }
}
