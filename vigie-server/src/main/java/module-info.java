/** The HTTP JSON API and the server-rendered web UI, over the application. */
module org.vigie.server {
  requires static org.jspecify;
  requires org.vigie.app;
  requires io.javalin;
  requires org.eclipse.jetty.http;
  requires com.fasterxml.jackson.databind;
  requires owasp.encoder;
  requires java.xml;

  // the bench's hostile phase starts a real server
  exports org.vigie.server to org.vigie.bench;

  // Jackson writes the API's shapes, records of this package
  opens org.vigie.server to com.fasterxml.jackson.databind;

  provides org.vigie.app.spi.ServerLauncher with org.vigie.server.JavalinLauncher;
}
