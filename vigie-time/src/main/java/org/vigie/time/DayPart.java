package org.vigie.time;

/** TIMEX3 parts of the day. */
enum DayPart {
  MORNING("MO"),
  AFTERNOON("AF"),
  EVENING("EV"),
  NIGHT("NI"),
  DAYTIME("DT");

  private final String code;

  DayPart(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }
}
