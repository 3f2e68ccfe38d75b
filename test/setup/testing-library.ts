/**
 * Waits in the pane's UI tests depend on what they wait for, never on how fast the machine is:
 * `findBy…` and `waitFor` resolve as soon as the element or assertion is there, so a generous
 * timeout costs nothing on a fast machine and keeps a busy one (CI beside two busy loops, a
 * loaded 2-core laptop) from failing a test that was only slow. Tests pass no timeout of their
 * own; the test's own timeout (vitest.config.mts) bounds everything.
 */
import { configure } from "@testing-library/dom";

export const ASYNC_UTIL_TIMEOUT_MS = 60_000;

configure({ asyncUtilTimeout: ASYNC_UTIL_TIMEOUT_MS });
