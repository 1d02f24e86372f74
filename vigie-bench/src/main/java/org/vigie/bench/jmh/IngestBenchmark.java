package org.vigie.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.IngestResult;
import org.vigie.ingest.Ingestor;

/** Parsing one input into articles: plain text, JSON, JSON Lines, HTML (readability) and RSS. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestBenchmark {

  /** A sample per format; its name carries the extension the ingestor reads as a hint. */
  @Param({"text", "json", "jsonl", "html", "rss"})
  public String format;

  private Ingestor ingestor;
  private String name;
  private byte[] content;
  private String contentType;

  @Setup
  public void setUp() {
    ingestor = new Ingestor(IngestOptions.defaults());
    switch (format) {
      case "text" -> set("peche-nord-matin.txt", "text/plain");
      case "json" -> set("greve-quotidien-plaine.json", "application/json");
      case "jsonl" -> set("wire.jsonl", "application/x-ndjson");
      case "html" -> set("crue-depeche-alpes.html", "text/html");
      case "rss" -> set("greve-eclaireur-loire.xml", "application/rss+xml");
      default -> throw new IllegalArgumentException(format);
    }
    if (ingestor.read(name, content, contentType).articles().isEmpty()) {
      throw new IllegalStateException("no article read from " + name);
    }
  }

  private void set(String sample, String type) {
    name = sample;
    content = BenchData.bytes(sample);
    contentType = type;
  }

  @Benchmark
  public IngestResult read() {
    return ingestor.read(name, content, contentType);
  }
}
