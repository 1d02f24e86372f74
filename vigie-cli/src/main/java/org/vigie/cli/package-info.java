/** The {@code vigie} command line. */
@NullMarked
package org.vigie.cli;

import org.jspecify.annotations.NullMarked;
