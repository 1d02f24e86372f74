package org.vigie.stories.clustering;

import java.util.List;

/**
 * One decision to learn from: the pair features of the candidate stories an article met, and which of them is its
 * gold story ({@code -1}: none, the article starts a story).
 */
record PairExample(List<double[]> candidates, int chosen) {}
