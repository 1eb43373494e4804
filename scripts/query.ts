// The query CLI (DESIGN section 7): `npm run --silent query -- <command> ... [--json]`.
// Each command lives in scripts/query/<command>.ts, so adding one is adding a file. A module
// exports `command` (a QueryCommand: shared flag parsing, --help, --json and errors done here).
// JSON on stdout with --json, readable text without; a bad input exits non-zero with a message
// on stderr.
// Never needs a browser.
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { escapeUnsafe, quoteInput } from '../src/domain/text'
import { parseArgs, UsageError } from './query/args'
import type { QueryCommand } from './query/command'

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'query')

interface CommandModule {
  command?: QueryCommand
}

/** Every scripts/query/*.ts that exports a command; helper modules there are skipped. */
async function commands(): Promise<Map<string, QueryCommand>> {
  const names = readdirSync(DIR)
    .filter((f) => /^[a-z][a-z-]*\.ts$/.test(f))
    .map((f) => f.slice(0, -3))
    .sort()
  const found = new Map<string, QueryCommand>()
  for (const name of names) {
    const mod = (await import(join(DIR, `${name}.ts`))) as CommandModule
    if (mod.command) found.set(name, mod.command)
  }
  return found
}

function usage(all: Map<string, QueryCommand>): string {
  const lines = [...all].map(([n, command]) => `  ${n.padEnd(8)} ${command.summary}`)
  return `usage: npm run --silent query -- <command> [options] [--json]\n\ncommands:\n${lines.join('\n')}\n\n<command> --help shows its options.`
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  const all = await commands()
  if (name === undefined || name === '--help' || name === 'help') {
    console.log(usage(all))
    return name === undefined ? 2 : 0
  }
  const command = all.get(name)
  if (!command) {
    console.error(`unknown command ${quoteInput(name)}\n\n${usage(all)}`)
    return 2
  }
  try {
    const args = parseArgs(rest, command.flags)
    if (args.booleans.has('help')) {
      console.log(command.usage)
      return 0
    }
    const { json, text } = await command.run(args)
    // Output quotes the dataset and the body file: their control characters are printed escaped
    // (`\u001b`, which is also valid inside a JSON string), never obeyed by the terminal.
    console.log(escapeUnsafe(args.booleans.has('json') ? JSON.stringify(json) : text, '\n'))
    return 0
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    console.error(`query ${name}: ${escapeUnsafe(message, '\n')}`)
    if (e instanceof UsageError) console.error(`\n${command.usage}`)
    return e instanceof UsageError ? 2 : 1
  }
}

process.exitCode = await main(process.argv.slice(2))
