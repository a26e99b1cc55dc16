import { type ChainModel, LshValidationError } from '@lsh-cyber/schema';
import { parseModel } from '../compile-chain.js';

/**
 * Reads a chain model from JSON text and validates it.
 *
 * @throws LshValidationError naming `options.file` when the text is not JSON or not a valid `ChainModel`.
 */
export function parseChainJson(text: string, options: { file?: string } = {}): ChainModel {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LshValidationError(
      'ChainModel',
      [{ path: '', message: `is not valid JSON: ${(error as Error).message}`, code: 'unreadable' }],
      options.file,
    );
  }
  return parseModel(value, options.file, true);
}

/** Writes a chain model as JSON text, two-space indented, with a final newline. */
export function stringifyChainJson(model: ChainModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
