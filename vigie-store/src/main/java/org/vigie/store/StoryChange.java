package org.vigie.store;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A story as last written, with when: a line of a feed of new and updated stories. */
public record StoryChange(
    String id, String title, @Nullable LocalDate firstDate, @Nullable LocalDate lastDate, int size,
    Instant updatedAt) {}
