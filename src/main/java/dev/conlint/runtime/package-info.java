/**
 * The reference runtime the demos run on: an asyncio-like event loop (one thread, callbacks,
 * timers, non-blocking sleep, {@code gather}, {@code runInExecutor} to a worker pool), a lag
 * monitor that records how late each timer fires, and detection of a nested {@code run()}, like
 * asyncio's "Cannot run the event loop while another loop is running". Small on purpose: it exists
 * to measure what the rules claim, not to serve traffic.
 */
package dev.conlint.runtime;
