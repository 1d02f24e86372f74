package org.vigie.ingest;

/** A file found in a directory and left out, with the reason: it is reported, never dropped silently. */
public record Skipped(String source, String reason) {}
