/**
 * JMH micro-benchmarks of Vigie's hot components. Run them from the class path (see vigie-bench/README.md), never
 * from the test suite.
 */
@NullMarked
package org.vigie.bench.jmh;

import org.jspecify.annotations.NullMarked;
