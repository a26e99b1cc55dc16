import { z } from 'zod';

/**
 * The version of a command's `--json` output. Version 1 is the shape this release prints; a later
 * release that changes the shape raises it, so a script can tell the two apart.
 */
export const OutputVersionSchema = z
  .literal(1)
  .meta({ description: 'Version of this output format; this release prints version 1. A change of shape raises it.' });

/** A text an engine writes in Dutch and English (it may be empty where the engine leaves a blank to fill in). */
export const OutputTextSchema = z
  .strictObject({
    nl: z.string().meta({ description: 'Dutch text.' }),
    en: z.string().meta({ description: 'English text.' }),
  })
  .meta({ id: 'OutputText', title: 'OutputText', description: 'A text in Dutch (nl) and English (en), written by an engine.' });

/** A count: a whole number, 0 or more. */
export const CountSchema = z.int().min(0);
