/**
 * Online, incremental story clustering. {@link org.vigie.stories.clustering.StoryClusterer} is the one entry point;
 * {@link org.vigie.stories.clustering.StoryClusterer#create} gives Vigie's clusterer and
 * {@link org.vigie.stories.clustering.StoryClusterer#naiveBaseline} the single-pass TF-IDF centroid baseline it is
 * measured against.
 */
@NullMarked
package org.vigie.stories.clustering;

import org.jspecify.annotations.NullMarked;
