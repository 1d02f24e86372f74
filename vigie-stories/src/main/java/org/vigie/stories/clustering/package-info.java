/**
 * Online, incremental story clustering. {@link org.vigie.stories.clustering.StoryClusterer} is the one entry point;
 * {@link org.vigie.stories.clustering.StoryClusterer#create} gives Vigie's clusterer and
 * {@link org.vigie.stories.clustering.StoryClusterer#naiveBaseline} the single-pass TF-IDF centroid baseline it is
 * measured against. Vigie's clusterer decides with an {@link org.vigie.stories.clustering.AssignmentModel} that
 * {@link org.vigie.stories.clustering.AssignmentTrainer} learns from gold stories and
 * {@link org.vigie.stories.clustering.CrossValidation} scores on topics it has not seen.
 */
@NullMarked
package org.vigie.stories.clustering;

import org.jspecify.annotations.NullMarked;
