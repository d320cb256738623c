// The page's `submit` request, answered once per request id: the number frame (the leader)
// gathers the group's values and encrypts the card; any other frame answers `not_leader`, and a
// submit while one runs answers `busy`.
import type { PagePayload } from "../protocol/messages";
import type { FieldSession, FrameSend } from "./field-session";
import type { KeySource } from "./key-source";
import { findGroup } from "./siblings";
import { submitCard } from "./submit-card";

/** Where the leader's key comes from and whom the page is. */
export interface LeaderSubmitDeps {
  readonly keySource: KeySource;
  readonly parentOrigin: string;
}

/** Returns the handler of `submit` requests. */
export function createLeaderSubmit(
  session: FieldSession,
  send: FrameSend,
  deps: LeaderSubmitDeps,
): (request: PagePayload<"submit">) => Promise<void> {
  const answered = new Set<number>();
  let submitting = false;
  return async (request) => {
    if (answered.has(request.id)) return;
    answered.add(request.id);
    if (!session.isLeader || submitting) {
      send("result", { id: request.id, error: session.isLeader ? "busy" : "not_leader" });
      return;
    }
    submitting = true;
    const { settings, config } = session;
    const result = await submitCard(request, {
      group: findGroup(session.view, session.group),
      model: session.model.context,
      keySource: deps.keySource,
      parentOrigin: deps.parentOrigin,
      bin: !!settings.bin && !!config.allowBin,
    });
    submitting = false;
    send("result", { id: request.id, ...result });
  };
}
