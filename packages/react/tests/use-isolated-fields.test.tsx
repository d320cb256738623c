// The isolated hook only manages lifecycle: frames appear in the containers once they are
// attached, carry the frame origin's versioned path, and go away on unmount.
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useIsolatedFields } from "../src/index";

afterEach(cleanup);
const FRAME_ORIGIN = "https://pay.shop.example";

function Checkout({ withName }: { withName: boolean }) {
  const { refs, state } = useIsolatedFields({ frameOrigin: FRAME_ORIGIN });
  return (
    <form>
      <div id="number" ref={refs.number} />
      <div id="expiry" ref={refs.expiry} />
      <div id="cvc" ref={refs.cvc} />
      {withName ? <div id="name" ref={refs.name} /> : null}
      <output>{state ? `ready: ${state.ready}` : "not mounted"}</output>
    </form>
  );
}

/** A component with no containers: the fields never mount. */
function Unmounted({ submits }: { submits: (() => Promise<unknown>)[] }) {
  submits.push(useIsolatedFields({ frameOrigin: FRAME_ORIGIN }).submit);
  return null;
}

const frames = () =>
  Array.from(document.querySelectorAll("iframe"), (frame) => [
    frame.parentElement?.id,
    frame.getAttribute("src"),
    frame.getAttribute("allow"),
  ]);

describe("useIsolatedFields", () => {
  it("mounts a frame per attached container and removes them on unmount", async () => {
    const view = render(<Checkout withName={false} />);
    await act(() => Promise.resolve());
    expect(document.querySelector("output")?.textContent).toBe("ready: false");
    expect(frames()).toEqual(
      ["number", "expiry", "cvc"].map((id) => [
        id,
        `${FRAME_ORIGIN}/v1/frame.html`,
        "autofill; payment",
      ]),
    );
    view.rerender(<Checkout withName />);
    await act(() => Promise.resolve());
    expect(frames().map(([id]) => id)).toEqual(["number", "expiry", "cvc", "name"]);
    view.unmount();
    expect(document.querySelectorAll("iframe")).toHaveLength(0);
  });

  it("rejects a submit before the frames are mounted", async () => {
    const submits: (() => Promise<unknown>)[] = [];
    render(<Unmounted submits={submits} />);
    await expect(submits[0]?.()).rejects.toMatchObject({ code: "not_ready" });
  });
});
