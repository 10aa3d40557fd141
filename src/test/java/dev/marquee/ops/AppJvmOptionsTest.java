package dev.marquee.ops;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Docker image starts the app with the JVM options the benches measured it with. */
class AppJvmOptionsTest {

    @Test
    void shouldStartTheDockerImageWithTheJvmOptionsTheBenchesUse() throws Exception {
        String entryPoint = Files.readAllLines(Path.of("docker", "Dockerfile")).stream()
                .filter(line -> line.startsWith("ENTRYPOINT"))
                .findFirst().orElseThrow();
        for (String option : AppJvmOptions.RECOMMENDED) {
            assertTrue(entryPoint.contains("\"" + option + "\""), option + " in " + entryPoint);
        }
    }
}
