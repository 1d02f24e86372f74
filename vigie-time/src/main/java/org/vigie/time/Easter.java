package org.vigie.time;

import java.time.LocalDate;

/** Easter Sunday of the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). */
final class Easter {
  private Easter() {}

  static LocalDate sunday(int year) {
    int golden = year % 19;
    int century = year / 100;
    int yearOfCentury = year % 100;
    int leapCenturies = century / 4;
    int centuryRest = century % 4;
    int correction = (century + 8) / 25;
    int moonCorrection = (century - correction + 1) / 3;
    int epact = (19 * golden + century - leapCenturies - moonCorrection + 15) % 30;
    int leapYears = yearOfCentury / 4;
    int yearRest = yearOfCentury % 4;
    int weekday = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
    int shift = (golden + 11 * epact + 22 * weekday) / 451;
    int month = (epact + weekday - 7 * shift + 114) / 31;
    int day = (epact + weekday - 7 * shift + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
