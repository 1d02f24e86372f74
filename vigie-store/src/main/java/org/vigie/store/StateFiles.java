package org.vigie.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * States other components keep in their own format (the clusterer's), one file each under {@code state/}: a header
 * (a magic word and the article sequence the state accounts for), then the component's bytes. A state is written
 * to a temporary file, forced to disk, then moved over the old one, so a crash leaves the old state or the new one,
 * whole.
 */
final class StateFiles {
  private static final String DIR = "state";
  private static final long MAGIC = 0x5649474945535431L; // "VIGIEST1"
  private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");

  private final Path dir;

  StateFiles(Path storeDir) {
    this.dir = storeDir.resolve(DIR);
  }

  void save(String name, long sequence, Store.StateWriter writer) throws IOException {
    Path target = file(name);
    Files.createDirectories(dir);
    Path temporary = dir.resolve(name + ".tmp");
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      OutputStream raw = java.nio.channels.Channels.newOutputStream(channel);
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
      out.writeLong(MAGIC);
      out.writeLong(sequence);
      writer.write(new NonClosing(out));
      out.flush();
      channel.force(true);
    }
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true); // the rename itself survives a power loss
    } catch (IOException ignored) {
      // not every file system lets a directory be forced; the rename is atomic all the same
    }
  }

  <T> Optional<T> load(String name, Store.StateReader<T> reader) throws IOException {
    try (InputStream raw = Files.newInputStream(file(name))) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
      if (in.readLong() != MAGIC) {
        throw new IOException("the state file " + file(name) + " is not a Vigie state");
      }
      long sequence = in.readLong();
      return Optional.of(reader.read(sequence, in));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  private Path file(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a state name is 1 to 64 lower-case letters, digits and hyphens, not '"
          + name + "'");
    }
    return dir.resolve(name);
  }

  /** Keeps a writer from closing the file before it is forced to disk. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
