package org.vigie.app;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/**
 * A story's dossier written by the dossier thread, for a flight recording (free when none runs): where the time from
 * an article's put to its dossier goes. The event's own duration is the record's build.
 */
@Name("org.vigie.DossierWritten")
@Label("Dossier written")
@Category("Vigie")
final class DossierWritten extends Event {
  @Label("Story")
  String story;

  @Label("Articles")
  @Description("The story's articles")
  int articles;

  @Label("Read back")
  @Description("Members whose digest was not kept, read back from the store")
  int readBack;

  @Label("Waited")
  @Description("From the story's first mark since its last write to the start of this build")
  @Timespan(Timespan.NANOSECONDS)
  long waited;

  @Label("Write")
  @Description("The transaction writing this story with the others of its round")
  @Timespan(Timespan.NANOSECONDS)
  long write;
}
