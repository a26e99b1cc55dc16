import { type ReactNode, useEffect, useId, useRef } from 'react';

/** What {@link ConfirmDialog} shows and does. */
export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  onConfirm(): void;
  /** Called for the cancel button, Escape and anything else that closes the dialog. */
  onCancel(): void;
}

/**
 * A modal question built on the native `<dialog>`: the browser traps focus, Escape cancels and
 * screen readers announce it as a dialog with its title and text. Cancel has the focus first, so
 * an accidental Enter never destroys anything.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.returnValue = '';
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const onClose = () => {
    if (!open) return;
    if (ref.current?.returnValue === 'confirm') onConfirm();
    else onCancel();
  };

  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId} aria-describedby={bodyId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId}>{children}</div>
      <p className="dialog-buttons">
        {/* biome-ignore lint/a11y/noAutofocus: a modal dialog must place focus, and the safe choice is cancel */}
        <button type="button" className="button" autoFocus onClick={() => ref.current?.close('cancel')}>
          {cancelLabel}
        </button>
        <button type="button" className={danger ? 'button danger' : 'button primary'} onClick={() => ref.current?.close('confirm')}>
          {confirmLabel}
        </button>
      </p>
    </dialog>
  );
}
