// The query CLI (DESIGN section 7): `npm run --silent query -- <command> ... [--json]`.
// Each command lives in scripts/query/<command>.ts, so adding one is adding a file. A module
// exports either `command` (a QueryCommand: shared flag parsing, --help, --json and errors done
// here) or `run(argv)` (it parses and prints itself and returns the exit code). JSON on stdout with --json, readable text without; a bad input
// exits non-zero with a message on stderr. Never needs a browser.
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, UsageError } from './query/args'
import type { QueryCommand } from './query/command'

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'query')
const NOT_COMMANDS = new Set(['args', 'command', 'load'])

function commandNames(): string[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .filter((n) => !NOT_COMMANDS.has(n))
    .sort()
}

interface CommandModule {
  command?: QueryCommand
  run?: (argv: readonly string[]) => Promise<number>
  summary?: string
}

async function loadModule(name: string): Promise<CommandModule> {
  const mod = (await import(join(DIR, `${name}.ts`))) as CommandModule
  if (!mod.command && typeof mod.run !== 'function') throw new Error(`scripts/query/${name}.ts exports neither command nor run`)
  return mod
}

async function usage(): Promise<string> {
  const summary = async (n: string) => {
    const mod = await loadModule(n)
    return mod.command?.summary ?? mod.summary ?? `see: query ${n} --help`
  }
  const lines = await Promise.all(commandNames().map(async (n) => `  ${n.padEnd(8)} ${await summary(n)}`))
  return `usage: npm run --silent query -- <command> [options] [--json]\n\ncommands:\n${lines.join('\n')}\n\n<command> --help shows its options.`
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === 'help') {
    console.log(await usage())
    return name === undefined ? 2 : 0
  }
  if (!/^[a-z][a-z-]*$/.test(name) || !commandNames().includes(name)) {
    console.error(`unknown command "${name}"\n\n${await usage()}`)
    return 2
  }
  const mod = await loadModule(name)
  if (!mod.command) return mod.run!(rest)
  const command = mod.command
  try {
    const args = parseArgs(rest, command.flags)
    if (args.booleans.has('help')) {
      console.log(command.usage)
      return 0
    }
    const { json, text } = await command.run(args)
    console.log(args.booleans.has('json') ? JSON.stringify(json) : text)
    return 0
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    console.error(`query ${name}: ${message}`)
    if (e instanceof UsageError) console.error(`\n${command.usage}`)
    return e instanceof UsageError ? 2 : 1
  }
}

process.exitCode = await main(process.argv.slice(2))
