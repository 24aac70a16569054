import * as React from 'react';

/**
 * Makes a dialog opened from the edit view own the edit view's shortcuts.
 *
 * The Content Manager (5.54) listens on `window` for Ctrl/Cmd+Enter and
 * Ctrl/Cmd+S (save the draft) and Ctrl/Cmd+Shift+Enter (publish), in the
 * bubbling phase, and acts whatever the event's target. Pressed inside a
 * dialog, those keys would save the entry behind it: the form is saved with
 * whatever it held, and the navigation that follows closes the dialog.
 *
 * A listener on the dialog's own element runs before the event bubbles to
 * `window` (and before React's listener on the portal's container): it stops
 * the event there and runs `onSubmitKey` for Ctrl/Cmd+Enter, the dialog's own
 * meaning of that key. Escape is left alone: the dialog's Radix layer closes
 * on it, and the edit view binds nothing to it.
 *
 * `inside` is any element rendered in the dialog; the listener goes on the
 * closest `role="alertdialog"` / `role="dialog"` ancestor so that every
 * focusable element of the dialog, not only the one with the hint, is covered.
 */
export function useDialogKeys(inside: React.RefObject<HTMLElement>, onSubmitKey: () => void): void {
  const latest = React.useRef(onSubmitKey);
  latest.current = onSubmitKey;

  React.useEffect(() => {
    const node = inside.current;
    const dialog = node?.closest<HTMLElement>('[role="alertdialog"], [role="dialog"]') ?? node;
    if (!dialog) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key !== 'enter' && key !== 's') return;
      event.preventDefault();
      event.stopPropagation();
      // An input method still composing uses Enter to confirm its text.
      if (key === 'enter' && !event.isComposing) latest.current();
    };
    dialog.addEventListener('keydown', onKeyDown);
    return () => dialog.removeEventListener('keydown', onKeyDown);
  }, [inside]);
}
