import chromium from '@sparticuz/chromium'
import { chromium as playwright, type Browser } from 'playwright-core'

/**
 * Chromium's flags from @sparticuz/chromium, except the one that turns web security off: the CORS, CSP and
 * framing checks the browser tests make need it on.
 */
export const chromiumArgs = (): string[] => chromium.args.filter((arg) => !arg.startsWith('--disable-web-security'))

/** A headless Chromium (the @sparticuz/chromium build, no download) with web security on. */
export async function launchChromium(): Promise<Browser> {
  return playwright.launch({ executablePath: await chromium.executablePath(), args: chromiumArgs(), headless: true })
}
