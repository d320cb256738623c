// @cardward/testing's simulators are only worth trusting if they do what the engines do: every
// script is played with the simulators in happy-dom (in Node) and with the real keyboard,
// clipboard and autofill in each engine, and the value and caret must agree after every step.
import { afterAll, describe, expect, it } from "vitest";
import { useEngine } from "../harness/engine-session";
import { type FieldSnapshot, focusField, readField } from "../harness/fields";
import { closeHappyDom, playScriptInHappyDom } from "../harness/happy-dom-runner";
import { EXPIRY_SCRIPTS, NUMBER_SCRIPTS, playStep, type Script } from "../harness/scripts";
import { fixtureUrl } from "../harness/targets";

const session = useEngine();

const CVC_SCRIPTS: readonly Script[] = [
  {
    name: "types a security code and deletes a digit",
    field: "cvc",
    steps: [{ type: "739" }, { press: "Backspace" }, { type: "4" }],
    value: "•••",
    caret: 3,
  },
  {
    name: "selects the security code and types over it",
    field: "cvc",
    steps: [{ type: "739" }, { select: [0, 3] }, { type: "12" }],
    value: "••",
    caret: 2,
  },
  {
    name: "pastes a security code",
    field: "cvc",
    steps: [{ paste: "739" }],
    value: "•••",
    caret: 3,
  },
];

describe(`the simulators of @cardward/testing against ${session.engine}`, () => {
  afterAll(closeHappyDom);

  it.each([...NUMBER_SCRIPTS, ...EXPIRY_SCRIPTS, ...CVC_SCRIPTS])(
    "$field: $name",
    async (script) => {
      const simulated = playScriptInHappyDom(script, session.engine);
      const page = await session.open(fixtureUrl("fields.html"));
      await focusField(page, script.field);
      const real: FieldSnapshot[] = [];
      for (const step of script.steps) {
        await playStep(page, script.field, step);
        real.push(await readField(page, script.field));
      }
      expect(simulated).toEqual(real);
      expect(real.at(-1)).toEqual({
        value: script.value,
        selectionStart: script.caret,
        selectionEnd: script.caret,
      });
    },
  );
});
