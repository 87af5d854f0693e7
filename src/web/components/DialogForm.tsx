import { useState, type FormEvent, type ReactNode } from 'react';
import { Dialog } from './Dialog.js';
import { FormError } from './FormError.js';

/**
 * A dialog that is one form: its fields, the error of the last attempt, and the buttons (submit,
 * "Saving…" while `submit` runs, and Cancel). `submit` runs when the form is sent and `canSubmit`
 * holds; on success the caller closes the dialog, on failure the error shows and the form can be
 * sent again.
 */
export function DialogForm({
  title,
  submitLabel,
  canSubmit = true,
  submit,
  onClose,
  children,
}: {
  title: string;
  submitLabel: string;
  canSubmit?: boolean;
  submit(): Promise<void>;
  onClose(): void;
  children: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const handleSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!canSubmit) return;
    setBusy(true);
    setError(null);
    try {
      await submit();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={handleSubmit} className="form">
        {children}
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button" disabled={busy || !canSubmit}>
            {busy ? 'Saving…' : submitLabel}
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
