package org.vigie.time;

import java.math.BigDecimal;

/** Calendar and clock units, with their TIMEX3 duration letters. */
enum Unit {
  SECOND("S", true),
  MINUTE("M", true),
  HOUR("H", true),
  DAY("D", false),
  WEEK("W", false),
  MONTH("M", false),
  YEAR("Y", false),
  DECADE("DE", false),
  CENTURY("CE", false);

  private final String letter;
  private final boolean clock;

  Unit(String letter, boolean clock) {
    this.letter = letter;
    this.clock = clock;
  }

  /** "P3D", "PT30.4S", "P1.5Y". */
  String duration(BigDecimal amount) {
    return (clock ? "PT" : "P") + amount.stripTrailingZeros().toPlainString() + letter;
  }

  /** "PXD", "PTXH": an unspecified number of this unit. */
  String vagueDuration() {
    return (clock ? "PTX" : "PX") + letter;
  }

  boolean isClock() {
    return clock;
  }
}
