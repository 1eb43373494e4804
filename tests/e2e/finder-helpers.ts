// Steps of "Where does it hurt?" shared by the e2e files: marking areas from the list of the
// finder (quick marks) as a person does, opening the area's group first when it is closed.
// Regions are found by their id (data-region), so the steps work in every language.
import type { Page } from 'playwright-core'

/** Marks (or unmarks) `region` from the list, opening its group when the button is hidden. */
export async function markRegion(page: Page, region: string): Promise<void> {
  const group = page.locator('[data-testid="quick-marks"] details', { has: page.locator(`[data-region="${region}"]`) })
  const button = group.locator(`[data-region="${region}"]`)
  if (!(await button.isVisible())) await group.locator('summary').click()
  await button.click()
}

/** The finder's usual drawing: the temple (head and face) and the back of the neck marked from the list, results shown. */
export async function markTempleAndNeck(page: Page): Promise<void> {
  await markRegion(page, 'temple')
  await markRegion(page, 'posterolateral_neck')
  await page.getByTestId('finder-results').waitFor()
}
