package org.vigie.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One stored quote.
 *
 * @param speakerEntityId the speaker's store-wide entity id, when the speaker is a recognised entity
 */
public record QuoteRow(
    String text,
    @Nullable String speaker,
    @Nullable String speakerEntityId,
    boolean direct,
    String articleId,
    @Nullable String storyId,
    @Nullable LocalDate published) {}
