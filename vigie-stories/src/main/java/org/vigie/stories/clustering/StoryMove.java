package org.vigie.stories.clustering;

/**
 * A waiting article decided into another story than the provisional one of its own it was assigned (see {@link
 * StoryClusterer#add}): the story {@code from} no longer exists, and {@code to} now lists the article.
 *
 * @param article the article id
 * @param from    the provisional story it left
 * @param to      the story it joined
 */
public record StoryMove(String article, String from, String to) {}
