package dev.marquee.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoriesTest {

    @TempDir
    Path temp;

    @Test
    void shouldDeleteADirectoryWithNestedDirectoriesAndFiles() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("state/app/0_1/rocksdb"));
        Files.writeString(dir.resolve("CURRENT"), "MANIFEST-000001");
        Files.writeString(temp.resolve("state/app/.checkpoint"), "0");
        Path sibling = Files.writeString(temp.resolve("kept.txt"), "not under state");

        Directories.deleteRecursively(temp.resolve("state"));

        assertFalse(Files.exists(temp.resolve("state")));
        assertTrue(Files.exists(sibling), "only the tree given goes");
    }

    @Test
    void shouldDoNothingForADirectoryThatIsNotThere() {
        assertDoesNotThrow(() -> Directories.deleteRecursively(temp.resolve("never-created")));
        assertDoesNotThrow(() -> Directories.deleteRecursively(null));
    }
}
