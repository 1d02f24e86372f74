/** JMH benchmarks and the end-to-end bench behind {@code vigie bench}. */
module org.vigie.bench {
  requires static org.jspecify;
  requires org.vigie.app;
  requires org.vigie.server;
  requires org.vigie.distributed;
  requires org.vigie.localengines;
  requires edu.stanford.nlp.corenlp;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  requires jdk.management;
  requires jmh.core;

  exports org.vigie.bench;
  // JMH runs the benchmarks and the classes it generates beside them reflectively
  opens org.vigie.bench.jmh to jmh.core;

  provides org.vigie.app.spi.BenchRunner with org.vigie.bench.EndToEndRunner;
}
