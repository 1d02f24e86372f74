/** Text normalisation shared by every module: one folding of case, accents and ligatures (see {@link org.vigie.text.Folding}). */
@NullMarked
package org.vigie.text;

import org.jspecify.annotations.NullMarked;
