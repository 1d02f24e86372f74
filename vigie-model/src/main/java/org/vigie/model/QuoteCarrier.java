package org.vigie.model;

import org.jspecify.annotations.Nullable;

/** An article that carries a quote, with the words as it prints them and the speaker it credits. */
public record QuoteCarrier(String article, @Nullable String outlet, String text, @Nullable String speaker) {}
