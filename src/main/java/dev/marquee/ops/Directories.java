package dev.marquee.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Directory trees removed whole: the local state a reset clears, and the temp dirs of the demo, the benches and the embedded broker. */
public final class Directories {

    private Directories() {
    }

    /**
     * Deletes a directory and everything in it, deepest first. Nothing to do if it is null or does not exist.
     *
     * @throws IOException for the first path that cannot be deleted; what came before it is gone
     */
    public static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> paths = Files.walk(dir)) {
            deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : deepestFirst) {
            Files.deleteIfExists(path);
        }
    }
}
