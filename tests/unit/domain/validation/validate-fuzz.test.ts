// Feeds the validator 1200 broken datasets made from the fixture by a seeded PRNG. Each must be
// refused with errors that carry a file and a path, and no exception may escape (issue 5).
import { mulberry32 } from '../../../fixtures/prng'
import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../../../src/domain/validation'
import { formatErrors, formatPath } from '../../../../src/domain/dataset'
import type { DatasetFileKey } from '../../../../src/domain/dataset'
import type { DatasetError } from '../../../../src/domain/dataset'
import { datasetFromTexts } from '../../../../src/data/dataset-core'
import { FIXTURE_LANDMARKS, fixtureFiles, fixtureTexts } from '../../../fixtures/dataset'
import type { LooseFiles } from '../../../fixtures/dataset'

const SEED = 0x5eed_2026
const CASES = 1200

type Path = (string | number)[]
type Node = { path: Path; value: unknown }
const KEYS: DatasetFileKey[] = ['regions', 'muscles', 'conditions', 'sources', 'therapy']
// The schema's optional fields: deleting one of these leaves a valid dataset, so "delete a field"
// picks only among the others (bilateralZones is optional but required by its laterality).
const OPTIONAL = new Set(['aliases', 'note', 'notes', 'family', 'selfCare', 'offset', 'facing', 'url', 'detail', 'clinicSeed'])

function nodes(value: unknown, path: Path = [], out: Node[] = []): Node[] {
  out.push({ path, value })
  if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...path, i], out))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) nodes(v, [...path, k], out)
  return out
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let cur = root as Record<string | number, unknown>
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>
  return cur
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v
}

const WRONG: Record<string, unknown[]> = {
  string: [42, null, true, [], {}, ['a']],
  number: ['12', null, false, [1], {}, 'NaN'],
  boolean: ['true', 0, null, []],
  array: ['[]', 3, null, {}, { 0: 'a' }],
  object: [[], 'object', 7, null, [{}]],
}

function deepArray(depth: number): unknown {
  let v: unknown = []
  for (let i = 0; i < depth; i++) v = [v]
  return v
}

interface Case {
  name: string
  run: () => DatasetError[] | null
  expectPath?: { file: string; path: string }
}

function makeCase(rand: () => number, n: number): Case {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const files: LooseFiles = fixtureFiles()
  const key = pick(KEYS)
  const file = `${key}.json`
  const all = nodes(files[key]).filter((x) => x.path.length > 0)
  const validate = () => {
    const r = validateDataset(files, { landmarkIds: FIXTURE_LANDMARKS })
    return r.ok ? null : r.errors
  }
  const kind = n % 12
  switch (kind) {
    case 0: {
      // delete a required field
      const target = pick(all.filter((x) => typeof x.path.at(-1) === 'string' && !OPTIONAL.has(x.path.at(-1) as string)))
      delete parentOf(files[key], target.path)[target.path.at(-1)!]
      return {
        name: `delete ${file} ${formatPath(target.path)}`,
        run: validate,
        expectPath: { file, path: formatPath(target.path) },
      }
    }
    case 1: {
      // wrong type
      const target = pick(all)
      parentOf(files[key], target.path)[target.path.at(-1)!] = pick(WRONG[typeName(target.value)] ?? [null])
      return {
        name: `wrong type ${file} ${formatPath(target.path)}`,
        run: validate,
        expectPath: { file, path: formatPath(target.path) },
      }
    }
    case 2: {
      // huge string
      const target = pick(all.filter((x) => typeof x.value === 'string'))
      parentOf(files[key], target.path)[target.path.at(-1)!] = (rand() < 0.5 ? 'x' : 'ab_c ').repeat(
        20_000 + Math.floor(rand() * 200_000),
      )
      return { name: `huge string ${file} ${formatPath(target.path)}`, run: validate }
    }
    case 3: {
      // duplicate id: copy an entry with an id into its own array
      const target = pick(
        nodes(files).filter((x) => typeof x.path.at(-1) === 'number' && (x.value as { id?: unknown })?.id !== undefined),
      )
      ;(parentOf(files, target.path) as unknown as unknown[]).push(structuredClone(target.value))
      return { name: `duplicate ${formatPath(target.path)}`, run: validate }
    }
    case 4: {
      // alias cycle between two entries of one kind
      const kinds = [files.muscles.muscles, files.conditions.conditions, files.muscles.muscles[0].triggerPoints]
      const list = pick(kinds) as { id: string; aliases?: string[] }[]
      const [a, b] = [list[0]!, list[1]!]
      a.aliases = [b.id]
      b.aliases = [a.id]
      return { name: `alias cycle ${a.id} <-> ${b.id}`, run: validate }
    }
    case 5: {
      // array for object, object for array
      const target = pick(all.filter((x) => x.value !== null && typeof x.value === 'object'))
      parentOf(files[key], target.path)[target.path.at(-1)!] = Array.isArray(target.value) ? { ...target.value } : [target.value]
      return {
        name: `array/object swap ${file} ${formatPath(target.path)}`,
        run: validate,
        expectPath: { file, path: formatPath(target.path) },
      }
    }
    case 6: {
      // not JSON at all
      const texts: Record<string, string> = fixtureTexts()
      const good = texts[key]!.trimEnd()
      texts[key] = pick([
        good.slice(0, Math.floor(rand() * (good.length - 1))),
        '<html>404 Not Found</html>',
        '',
        'undefined',
        "{'a': 1}",
        'NaN',
        '\u0000\u0001',
        `${'['.repeat(200_000)}`,
      ])
      return {
        name: `not JSON ${file}`,
        run: () => {
          const r = datasetFromTexts(texts, { landmarkIds: FIXTURE_LANDMARKS })
          return r.ok ? null : r.errors
        },
        expectPath: { file, path: '(root)' },
      }
    }
    case 7: {
      // deep nesting in place of a value
      const target = pick(all)
      parentOf(files[key], target.path)[target.path.at(-1)!] = deepArray(5000)
      return { name: `deep nesting ${file} ${formatPath(target.path)}`, run: validate }
    }
    case 8: {
      // a cycle in the object graph
      const target = pick(all.filter((x) => x.value !== null && typeof x.value === 'object'))
      const v = target.value as Record<string, unknown> | unknown[]
      if (Array.isArray(v)) v.push(v)
      else v.self = v
      return { name: `cycle ${file} ${formatPath(target.path)}`, run: validate }
    }
    case 9: {
      // a whole file replaced or missing
      const files2: Partial<LooseFiles> = files
      if (rand() < 0.5) delete files2[key]
      else files2[key] = pick([null, 0, 'regions', [], true, [files[key]]])
      return { name: `file ${file} replaced`, run: validate, expectPath: { file, path: '(root)' } }
    }
    case 10: {
      // a reference to an id that does not exist
      const refs = nodes(files.muscles).filter((x) =>
        ['essentialZones', 'spilloverZones', 'mimics', 'sources'].includes(String(x.path.at(-2))),
      )
      const target = pick(refs)
      parentOf(files.muscles, target.path)[target.path.at(-1)!] = `zz_${Math.floor(rand() * 1e6)}`
      return {
        name: `unknown ref muscles.json ${formatPath(target.path)}`,
        run: validate,
        expectPath: { file: 'muscles.json', path: formatPath(target.path) },
      }
    }
    default: {
      // numbers out of range or not finite
      // facing.dir is a direction, normalized before use: any finite non-zero vector is valid
      const target = pick(nodes(files).filter((x) => typeof x.value === 'number' && x.path.at(-2) !== 'dir'))
      parentOf(files, target.path)[target.path.at(-1)!] = pick([NaN, Infinity, -Infinity, -1e9, 1e9])
      return { name: `bad number ${formatPath(target.path)}`, run: validate }
    }
  }
}

describe(`validator fuzz (seed ${SEED.toString(16)}, ${CASES} cases)`, () => {
  it('refuses every mutated dataset with located errors and never throws', () => {
    console.log(`validate-fuzz seed 0x${SEED.toString(16)}`)
    const rand = mulberry32(SEED)
    const failures: string[] = []
    for (let n = 0; n < CASES; n++) {
      const c = makeCase(rand, n)
      let errors: DatasetError[] | null
      try {
        errors = c.run()
      } catch (e) {
        failures.push(`${n} ${c.name}: threw ${String(e)}`)
        continue
      }
      if (!errors || errors.length === 0) failures.push(`${n} ${c.name}: accepted`)
      else if (errors.some((e) => !e.file || !e.path || !e.message))
        failures.push(`${n} ${c.name}: error without file, path or message`)
      else if (errors.some((e) => /failed|could not be read: (?!EACCES)/.test(e.message)))
        failures.push(`${n} ${c.name}: internal failure ${formatErrors(errors)}`)
      else if (c.expectPath && !errors.some((e) => e.file === c.expectPath!.file && e.path.startsWith(c.expectPath!.path))) {
        failures.push(
          `${n} ${c.name}: no error at ${c.expectPath.file} ${c.expectPath.path}; got ${formatErrors(errors).slice(0, 300)}`,
        )
      } else if (formatErrors(errors).length > 200 * errors.length) failures.push(`${n} ${c.name}: overlong error lines`)
    }
    expect(failures.slice(0, 10)).toEqual([])
  })
})
