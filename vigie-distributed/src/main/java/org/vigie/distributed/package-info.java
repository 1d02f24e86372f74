/**
 * The distributed mode over Kafka. Articles go to the ingest topic keyed by their id ({@link
 * org.vigie.distributed.Publisher}); workers of one consumer group analyse them and send the analysed articles to a
 * second topic ({@link org.vigie.distributed.Worker}); one storyteller assigns stories and writes the store ({@link
 * org.vigie.distributed.Storyteller}). Each consumer commits its offsets only after its writes, and every write is
 * idempotent by article id: delivery is at least once, its effect exactly once.
 */
@NullMarked
package org.vigie.distributed;

import org.jspecify.annotations.NullMarked;
