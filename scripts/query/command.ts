// The shape of one query command: scripts/query.ts loads scripts/query/<name>.ts and runs its
// `command`, so a new command (e.g. `find`) is one new file exporting this.
import type { ParsedArgs, FlagSpec } from './args'

export interface QueryCommand {
  /** one line for the command list */
  summary: string
  /** usage lines printed by --help */
  usage: string
  flags: FlagSpec
  /** returns the JSON result and its readable text form */
  run(args: ParsedArgs): Promise<{ json: unknown; text: string }>
}
