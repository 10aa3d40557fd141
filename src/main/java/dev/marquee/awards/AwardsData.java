package dev.marquee.awards;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The awards reference table as loaded from the two source files: Oscars first, because the Golden Globes borrow
 * their IMDb ids.
 *
 * @param nominations Oscar nominations in file order, then Golden Globe nominations in file order
 * @param report      odd rows, skipped rows, id linking and load time
 */
public record AwardsData(List<Nomination> nominations, LoadReport report) {

    public static final String OSCARS_RESOURCE = "/reference/awards/oscars.tsv";
    public static final String GOLDEN_GLOBES_RESOURCE = "/reference/awards/golden_globe_awards.csv";

    private static final Logger LOG = LoggerFactory.getLogger(AwardsData.class);

    public AwardsData {
        nominations = List.copyOf(nominations);
    }

    /** Both files as shipped on the classpath. */
    public static AwardsData loadShipped() {
        return load(null, null);
    }

    /** The given files; a null path means the shipped file. */
    public static AwardsData load(Path oscars, Path goldenGlobes) {
        long start = System.nanoTime();
        LoadReport report = new LoadReport("nominations");
        List<Nomination> all = new ArrayList<>();
        try (BufferedReader o = open(oscars, OSCARS_RESOURCE); BufferedReader g = open(goldenGlobes, GOLDEN_GLOBES_RESOURCE)) {
            List<Nomination> academy = OscarsReader.read(o, report);
            all.addAll(academy);
            all.addAll(GoldenGlobesReader.read(g, OscarIds.of(academy), report));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the awards files: " + e.getMessage(), e);
        }
        report.took((System.nanoTime() - start) / 1_000_000);
        LOG.info("Loaded {} nominations in {} ms ({} rows skipped)", all.size(), report.loadMillis(), report.skipped());
        return new AwardsData(all, report);
    }

    private static BufferedReader open(Path file, String resource) throws IOException {
        if (file != null) {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        InputStream in = AwardsData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource " + resource + " is not on the classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
