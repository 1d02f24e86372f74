package org.vigie.time;

/** TIMEX3 seasons, in the order of a year that starts with winter (its January). */
enum Season {
  WINTER("WI"),
  SPRING("SP"),
  SUMMER("SU"),
  AUTUMN("FA");

  private final String code;

  Season(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }
}
