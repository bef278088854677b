import type { Browser } from "@playwright/test";
import type { Person } from "./people.ts";

/** A screen a workshop runs on: a laptop, a large monitor, a tablet (touch). */
export interface Screen {
  name: string;
  width: number;
  height: number;
  touch: boolean;
}

export const LAPTOP: Screen = { name: "1366x768", width: 1366, height: 768, touch: false };
export const TABLET: Screen = { name: "tablet-1024x768", width: 1024, height: 768, touch: true };

export const WORKSHOP_SCREENS: readonly Screen[] = [
  LAPTOP,
  { name: "1920x1080", width: 1920, height: 1080, touch: false },
  TABLET,
];

/** A person on their own device of `screen`'s size (with a touch screen when it has one). */
export async function personOn(browser: Browser, name: string, screen: Screen): Promise<Person> {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    hasTouch: screen.touch,
    isMobile: false,
  });
  return { name, context, page: await context.newPage() };
}
