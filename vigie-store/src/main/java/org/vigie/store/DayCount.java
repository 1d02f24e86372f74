package org.vigie.store;

import java.time.LocalDate;

/** How many articles of a filter were published on one day. */
public record DayCount(LocalDate day, long count) {}
