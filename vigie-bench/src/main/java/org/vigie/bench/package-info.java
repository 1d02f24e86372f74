/**
 * Benchmarks: the JMH micro-benchmarks of the hot components ({@code org.vigie.bench.jmh}) and the end-to-end
 * throughput, latency, memory and scaling run behind {@code vigie bench} ({@link org.vigie.bench.EndToEnd}).
 */
@NullMarked
package org.vigie.bench;

import org.jspecify.annotations.NullMarked;
