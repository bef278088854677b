import type { Browser } from "@playwright/test";
import { prepareBoard } from "./boards-setup.ts";
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

/**
 * Federica facilitates and Paolo (a partner's referente) takes part, each on a `screen`, on a
 * prepared "Risorse × Potenzialità" board; `close` ends both contexts.
 */
export async function workshopPair(browser: Browser, screen: Screen) {
  const federica = await personOn(browser, "Federica Facilitatrice", screen);
  const paolo = await personOn(browser, "Paolo Partner", screen);
  const path = await prepareBoard(federica, paolo);
  const close = async () => {
    await federica.context.close();
    await paolo.context.close();
  };
  return { federica, paolo, path, close };
}
