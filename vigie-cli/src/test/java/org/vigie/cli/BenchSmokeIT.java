package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code vigie bench} at smoke size, so that the bench keeps working. It checks the report's shape only: the
 * figures of a 10-article run on a CI machine mean nothing, and nothing here asserts a time.
 */
class BenchSmokeIT {

  @Test
  void smokeBenchPrintsEveryHeadlineKeyAsAPositiveNumber() {
    CliRun run = CliRun.of("bench", "--articles", "10", "--json", "--no-save");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = run.json();
    for (String key : new String[] {"limit_articles_per_s", "pipeline_articles_per_s", "ingest_articles_per_s",
        "ratio_pipeline_vs_limit", "p99_ingest_to_searchable_ms", "heap_peak_mb",
        "cluster_cost_growth_1k_to_100k", "big_article_s", "small_post_max_ms_during_big_article",
        "regex_search_x4_s", "small_post_max_ms_during_regex"}) {
      assertThat(json.has(key)).as("key %s in %s", key, run.out()).isTrue();
      assertThat(json.get(key).isNumber()).as("%s is a number", key).isTrue();
      assertThat(json.get(key).asDouble()).as(key).isPositive();
    }
    assertThat(json.get("details").get("stages").has("1_threads")).isTrue();
    assertThat(json.get("details").get("growth").get("reached_articles").asInt()).isPositive();
    assertThat(json.get("details").get("hostile").get("big_article_1mb").get("status").asInt()).isEqualTo(201);
    assertThat(json.get("details").get("hostile").get("regex_search_x4").get("status").asInt()).isEqualTo(400);
  }
}
