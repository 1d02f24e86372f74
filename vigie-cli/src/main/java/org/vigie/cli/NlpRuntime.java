package org.vigie.cli;

import org.vigie.nlp.Analyzers;
import org.vigie.nlp.Pipeline;

/** The process's one pipeline: its models load on first use and are shared by every thread. */
final class NlpRuntime {
  private NlpRuntime() {}

  private static final class Holder {
    static final Pipeline PIPELINE = Analyzers.standard();
  }

  static Pipeline pipeline() {
    return Holder.PIPELINE;
  }
}
