package org.vigie.time;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigie.model.TimeMention;

/**
 * A TimeML document reduced to what the evaluation needs: its plain text (the TEXT element without tags, entities
 * decoded), its creation time and its gold TIMEX3s as offsets into that text.
 */
record TimeMlDocument(String name, @Nullable LocalDate dct, String text, List<TimeMention> timexes) {

  TimeMlDocument {
    timexes = List.copyOf(timexes);
  }
}
