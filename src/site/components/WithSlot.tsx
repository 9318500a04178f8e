import type { ComponentChildren } from 'preact';
import { SLOT, withSlot } from '../../lib/message-slot.ts';

/** The placeholder value a message gets where markup will stand (split around by WithSlot). */
export { SLOT };

/** Renders a message whose one placeholder is markup: the message is split around it. */
export function WithSlot({ message, slot }: { message: string; slot: ComponentChildren }) {
  return <>{withSlot(message, slot)}</>;
}
