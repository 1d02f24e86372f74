package org.vigie.nlp;

/** One standard pipeline per test JVM, so the integration tests load each model once. */
public final class StandardPipeline {
  private static final Pipeline PIPELINE = Analyzers.standard();

  private StandardPipeline() {}

  public static Pipeline get() {
    return PIPELINE;
  }
}
