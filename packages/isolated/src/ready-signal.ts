// The controller's `ready` promise: resolved when every frame answered its handshake, rejected by
// the first frame that fails it. Its rejection is handled here, so a page that never awaits it
// gets no unhandled rejection.

/** A promise with its settle functions. */
export interface ReadySignal {
  readonly promise: Promise<void>;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/** Creates the signal. */
export function createReadySignal(): ReadySignal {
  let resolve: () => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<void>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}
