/** The {@code vigie} command: an adapter over the application; the server and the bench are found at run time. */
module org.vigie.cli {
  requires static org.jspecify;
  requires org.vigie.app;
  requires org.vigie.distributed;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;

  exports org.vigie.cli;
  // picocli fills the commands' annotated fields
  opens org.vigie.cli to info.picocli;
}
