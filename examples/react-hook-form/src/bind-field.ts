// Puts react-hook-form's `register` and cardward's ref on the same input.
import type { ChangeEvent, FocusEvent, RefCallback } from "react";
import type { FieldPath, FieldValues, UseFormRegister } from "react-hook-form";

/** The props spread on an input that both libraries see. */
export interface BoundProps {
  ref: RefCallback<HTMLInputElement>;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: (event: FocusEvent<HTMLInputElement>) => void;
}

/**
 * `register(name)` plus cardward's ref, without the `name` attribute: cardward takes `name` off the
 * number and expiry (a native submit must not post them), and react-hook-form finds a field by
 * `event.target.name`, so the events are handed on with the registered name.
 */
export function bindField<Values extends FieldValues>(
  register: UseFormRegister<Values>,
  name: FieldPath<Values>,
  attach: RefCallback<HTMLInputElement>,
): BoundProps {
  const registered = register(name);
  const named = (event: ChangeEvent<HTMLInputElement> | FocusEvent<HTMLInputElement>) => ({
    type: event.type,
    target: { name, value: event.target.value },
  });
  return {
    ref: (element) => {
      registered.ref(element);
      attach(element);
    },
    onChange: (event) => registered.onChange(named(event)),
    onBlur: (event) => registered.onBlur(named(event)),
  };
}
