/**
 * What the application asks of the modules above it, found at run time with {@link java.util.ServiceLoader}: an
 * HTTP server ({@link org.vigie.app.spi.ServerLauncher}, vigie-server) and the end-to-end bench ({@link
 * org.vigie.app.spi.BenchRunner}, vigie-bench). The CLI depends on the application only.
 */
@NullMarked
package org.vigie.app.spi;

import org.jspecify.annotations.NullMarked;
