package org.vigie.time;

import java.util.Locale;

/** Precision, recall and F1, each between 0 and 1. */
public record Prf(double precision, double recall, double f1) {

  /** From the number of correct answers among {@code system} answers, against {@code gold} expected ones. */
  public static Prf of(int correct, int system, int gold) {
    double precision = system == 0 ? 0 : (double) correct / system;
    double recall = gold == 0 ? 0 : (double) correct / gold;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Prf(precision, recall, f1);
  }

  /** "P 90.00 R 85.00 F1 87.43", in percent. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %6.2f  R %6.2f  F1 %6.2f", 100 * precision, 100 * recall, 100 * f1);
  }
}
