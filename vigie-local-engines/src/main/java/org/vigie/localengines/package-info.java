/** Local server engines for tests and the distributed bench. */
@NullMarked
package org.vigie.localengines;

import org.jspecify.annotations.NullMarked;
