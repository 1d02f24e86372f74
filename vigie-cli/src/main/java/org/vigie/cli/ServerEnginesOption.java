package org.vigie.cli;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.vigie.store.Store;
import picocli.CommandLine.Option;

/** {@code --postgres URL --opensearch URL}: the store on server engines instead of the embedded one. */
final class ServerEnginesOption {
  @Option(names = "--postgres", paramLabel = "URL",
      description = {"PostgreSQL as the system of record instead of the embedded store (with --opensearch):",
          "jdbc:postgresql://HOST:PORT/DB?user=U&password=P, or postgresql://U:P@HOST:PORT/DB."})
  @Nullable String postgres;

  @Option(names = "--opensearch", paramLabel = "URL",
      description = "OpenSearch for search (with --postgres): http://HOST:9200, or http://HOST:9200/INDEX.")
  @Nullable URI opensearch;

  @Option(names = "--index-shards", paramLabel = "N",
      description = "Primary shards of the OpenSearch index when this command creates it (default: 1).")
  int shards = 1;

  @Option(names = "--index-replicas", paramLabel = "N",
      description = "Replicas of each shard of the OpenSearch index when this command creates it: 0 on one node,"
          + " 1 once there is a second (default: 0).")
  int replicas = 0;

  /** Whether both engines were named. */
  boolean chosen() {
    return postgres != null || opensearch != null;
  }

  /** The reason the options cannot be used, or null. */
  @Nullable String problem() {
    if ((postgres == null) != (opensearch == null)) {
      return "--postgres and --opensearch go together: name both engines, or neither for the embedded store";
    }
    if (shards < 1 || replicas < 0) {
      return "--index-shards must be at least 1 and --index-replicas at least 0";
    }
    return null;
  }

  Store open() {
    return Store.openServer(jdbcUrl(postgres), opensearch, shards, replicas);
  }

  /** A JDBC URL from either form; a URL's user and password become the driver's parameters. */
  static String jdbcUrl(String url) {
    if (url.startsWith("jdbc:")) {
      return url;
    }
    URI uri = URI.create(url.replaceFirst("^postgres(ql)?://", "http://"));
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
    if (uri.getPort() > 0) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append(uri.getRawPath() == null ? "/" : uri.getRawPath());
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      String user = "user=" + (colon < 0 ? userInfo : userInfo.substring(0, colon));
      String password = colon < 0 ? "" : "&password=" + userInfo.substring(colon + 1);
      query = query.isEmpty() ? user + password : query + "&" + user + password;
    }
    return query.isEmpty() ? jdbc.toString() : jdbc + "?" + query;
  }
}
