// Runs before every e2e test file (vitest `setupFiles`): the file's one browser is closed after
// its last test, so no test file has to remember to.
import { afterAll } from 'vitest'
import { closeBrowser } from './browser'

afterAll(closeBrowser)
