// Each test class starts its own portal and Chromium; run them one after another so that, on a 2-core machine,
// no page waits out Playwright's timeout while another class's server and browser take the cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
