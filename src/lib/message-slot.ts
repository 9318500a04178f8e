import type { ComponentChildren } from 'preact';

/**
 * Markup inside a translated sentence ("Signed in as <strong>Editor</strong>", a byline's linked
 * names): the message is formatted with SLOT as the placeholder's value, then split around it.
 * Written once for the reader site (WithSlot) and the newsroom's server pages.
 */

/**
 * The placeholder value where markup will stand: NUL, which no text that comes in may hold (it
 * is refused at input), so a name or title formatted into the same message never splits it.
 */
export const SLOT = '\u0000';

/**
 * A message whose one placeholder is markup: the text before SLOT, the markup, the text after.
 * Every catalog message has its placeholder once (the catalog tests hold each language to en's);
 * a message without it still shows the markup, after its text.
 */
export function withSlot(message: string, slot: ComponentChildren): ComponentChildren {
  const at = message.indexOf(SLOT);
  if (at === -1) return [message, slot];
  return [message.slice(0, at), slot, message.slice(at + SLOT.length)];
}
