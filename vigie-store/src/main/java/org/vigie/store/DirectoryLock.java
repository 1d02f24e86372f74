package org.vigie.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The lock file that keeps a store directory to one open store, across processes and within one. */
final class DirectoryLock implements AutoCloseable {
  private static final String LOCK_FILE = "store.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** @throws StoreInUseException when another process or store instance holds {@code dir} */
  static DirectoryLock acquire(Path dir) throws IOException {
    FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new StoreInUseException("the store at " + dir + " is already open in another process or store instance");
    }
    return new DirectoryLock(channel, lock);
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing more to do on shutdown
    }
  }
}
