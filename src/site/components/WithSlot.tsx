import type { ComponentChildren } from 'preact';

/** The placeholder value a message gets where markup will stand (split around by WithSlot). */
export const SLOT = '\u0000';

/** Renders a message whose one placeholder is markup: the message is split around it. */
export function WithSlot({ message, slot }: { message: string; slot: ComponentChildren }) {
  const [before, after] = message.split(SLOT);
  return (
    <>
      {before}
      {slot}
      {after}
    </>
  );
}
