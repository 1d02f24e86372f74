package org.vigie.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the completeness ledger: what one outlet gave on one day, counted at ingest time.
 *
 * @param outlet     the outlet; empty when the input named none
 * @param day        the articles' publication date, else the day they were ingested (UTC)
 * @param articles   articles stored
 * @param duplicates inputs refused as already stored or already read
 * @param errors     inputs that could not be read or stored (unreadable items, conflicts)
 * @param firstAt    when the first of them was ingested
 * @param lastAt     when the last of them was ingested
 */
public record SourceDay(
    String outlet, LocalDate day, long articles, long duplicates, long errors, Instant firstAt, Instant lastAt) {}
