package book.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * The book's own source, published with the site so that a reader can get it wherever the site is: the project's
 * tree as the build sees it, without {@code target/} and {@code .git/}, as one gzipped POSIX tar under one folder,
 * in path order, scripts keeping their executable bit. The file is rewritten only when a byte would change. It
 * needs neither git nor the network, so it works in any fresh clone.
 *
 * <p>{@code SourceArchive.write(root, site.resolve(SourceArchive.FILE))}
 */
final class SourceArchive {

    /** The archive's name in the site; pages and the ebooks name it so. */
    static final String FILE = "source.tar.gz";
    /** The one folder the archive unpacks into. */
    static final String FOLDER = "go-concurrency-in-java";

    private static final Set<String> LEFT_OUT = Set.of("target", ".git");
    private static final int BLOCK = 512;

    private SourceArchive() {
    }

    /** Writes the archive of {@code root} to {@code file}, unless it holds these very bytes already. */
    static void write(Path root, Path file) {
        byte[] archive = archive(root);
        try {
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), archive)) {
                return;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files the archive holds, relative to {@code root}, in the order it holds them. */
    static List<Path> files(Path root) {
        var files = new ArrayList<Path>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.getParent() != null && dir.getParent().equals(root)
                            && LEFT_OUT.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(root.relativize(file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(SourceArchive::slashes));
        return List.copyOf(files);
    }

    private static byte[] archive(Path root) {
        var bytes = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(bytes)) {
            for (Path path : files(root)) {
                Path file = root.resolve(path);
                byte[] content = Files.readAllBytes(file);
                gzip.write(header(FOLDER + "/" + slashes(path), content.length, Files.isExecutable(file) ? 0755 : 0644,
                        Files.getLastModifiedTime(file).toMillis() / 1000));
                gzip.write(content);
                gzip.write(new byte[(BLOCK - content.length % BLOCK) % BLOCK]);
            }
            gzip.write(new byte[2 * BLOCK]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A ustar header for a regular file; a name longer than 100 bytes is split at a slash into prefix and name. */
    private static byte[] header(String path, long size, int mode, long mtime) {
        byte[] header = new byte[BLOCK];
        String prefix = "";
        String name = path;
        if (bytes(path).length > 100) {
            int slash = path.indexOf('/', Math.max(0, path.length() - 101));
            if (slash < 0 || bytes(path.substring(0, slash)).length > 155) {
                throw new IllegalStateException("a path too long for a tar archive: " + path);
            }
            prefix = path.substring(0, slash);
            name = path.substring(slash + 1);
        }
        put(header, 0, bytes(name));
        put(header, 100, octal(mode, 8));
        put(header, 108, octal(0, 8));
        put(header, 116, octal(0, 8));
        put(header, 124, octal(size, 12));
        put(header, 136, octal(mtime, 12));
        Arrays.fill(header, 148, 156, (byte) ' ');
        header[156] = '0';
        put(header, 257, bytes("ustar\0" + "00"));
        put(header, 345, bytes(prefix));
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, bytes(String.format("%06o", sum) + "\0 "));
        return header;
    }

    /** A number as zero-padded octal digits ending in NUL, filling a field of {@code width} bytes. */
    private static byte[] octal(long value, int width) {
        return bytes(String.format("%0" + (width - 1) + "o", value) + "\0");
    }

    private static void put(byte[] header, int offset, byte[] field) {
        System.arraycopy(field, 0, header, offset, field.length);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
