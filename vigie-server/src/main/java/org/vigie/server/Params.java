package org.vigie.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Query parameters read strictly: a bad value is a 400 that names the parameter and says what it expected. */
final class Params {
  private Params() {}

  /** The parameter stripped, or null when absent or blank. */
  static @Nullable String text(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static @Nullable LocalDate date(String name, @Nullable String value) {
    String v = text(value);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date as YYYY-MM-DD, got '" + v + "'");
    }
  }

  static int integer(String name, @Nullable String value, int defaultValue, int min, int max) {
    String v = text(value);
    if (v == null) {
      return defaultValue;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, got '" + v + "'");
    }
    if (n < min || n > max) {
      throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", got " + n);
    }
    return n;
  }
}
