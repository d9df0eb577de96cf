import { z } from 'zod';
import { AppError } from '../../errors.js';

type StateValues = Record<
  string,
  Record<
    string,
    {
      value?: string | null;
      selected_option?: { value: string } | null;
      selected_date?: string | null;
      selected_user?: string | null;
    }
  >
>;

/**
 * `view.state.values` flattened to `{block_id: value}`: text inputs, selects and dates alike.
 * The one place modal state is read (STYLE.md).
 */
export function flattenState(values: StateValues): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [blockId, inputs] of Object.entries(values)) {
    for (const input of Object.values(inputs)) {
      const value =
        input.value ?? input.selected_option?.value ?? input.selected_date ?? input.selected_user ?? '';
      flat[blockId] = value.trim();
    }
  }
  return flat;
}

const claimRef = z.object({ claimId: z.string().regex(/^[a-f0-9]{24}$/) });

/** `private_metadata` of the claim modals; a forged or stale one is a clear error, not a crash. */
export function claimRefOf(privateMetadata: string): string {
  try {
    return claimRef.parse(JSON.parse(privateMetadata)).claimId;
  } catch {
    throw new AppError('stale_action', 'This form is out of date. Open it again from the claim.');
  }
}
