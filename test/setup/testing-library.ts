/*
 * The views are lazy chunks: on a loaded machine, importing one can take longer than Testing
 * Library's default 1 s wait of findBy…/waitFor. One generous wait for every view test, set here,
 * instead of timeouts sprinkled over the tests (a test that passes waits only as long as it must).
 */
if (typeof window !== "undefined") {
  // Loaded only under jsdom: the node tests need no DOM library.
  jest
    .requireActual<typeof import("@testing-library/dom")>("@testing-library/dom")
    .configure({ asyncUtilTimeout: 10_000 });
}
