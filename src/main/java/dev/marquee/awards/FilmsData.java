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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The film catalogue as loaded from {@code films.tsv}: one tab-separated row per film, lists inside a cell separated
 * by {@code |}, no quoting (see the README next to the file).
 *
 * @param films  films in file order
 * @param report odd rows, skipped rows and load time
 */
public record FilmsData(List<FilmRecord> films, LoadReport report) {

    public static final String FILMS_RESOURCE = "/reference/films/films.tsv";
    public static final String SOURCE = "films.tsv";
    static final List<String> HEADER = List.of("title", "year", "id", "directors", "cast", "origin", "source_url", "source");
    private static final int FIRST_YEAR = 1870;
    private static final int LAST_YEAR = 2100;

    private static final Logger LOG = LoggerFactory.getLogger(FilmsData.class);

    public FilmsData {
        films = List.copyOf(films);
    }

    /** The catalogue as shipped on the classpath. */
    public static FilmsData loadShipped() {
        return load(null);
    }

    /** The given file; null means the shipped one. */
    public static FilmsData load(Path file) {
        long start = System.nanoTime();
        LoadReport report = new LoadReport("films");
        List<FilmRecord> films;
        try (BufferedReader in = open(file)) {
            films = read(in, report);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the film catalogue: " + e.getMessage(), e);
        }
        report.took((System.nanoTime() - start) / 1_000_000);
        LOG.info("Loaded {} films in {} ms ({} rows skipped)", films.size(), report.loadMillis(), report.skipped());
        return new FilmsData(films, report);
    }

    static List<FilmRecord> read(BufferedReader in, LoadReport report) throws IOException {
        String header = in.readLine();
        if (header == null || !List.of(header.split("\t", -1)).equals(HEADER)) {
            throw new IOException("not a film catalogue: the header should be " + String.join(" ", HEADER) + ", is " + header);
        }
        UniqueKeys keys = new UniqueKeys();
        List<FilmRecord> films = new ArrayList<>(100_000);
        int rows = 0;
        int lineNumber = 1;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            rows++;
            String[] f = line.split("\t", -1);
            if (f.length < HEADER.size()) {
                report.note(LoadReport.Kind.SHORT_ROW, SOURCE, lineNumber, line);
                continue;
            }
            String title = f[0].strip();
            if (title.isEmpty()) {
                report.note(LoadReport.Kind.EMPTY_TITLE, SOURCE, lineNumber, line);
                continue;
            }
            Integer year = year(f[1].strip(), report, lineNumber, line);
            String base = OwnIds.filmKey(title, year);
            String key = keys.claim(base);
            if (!key.equals(base)) {
                report.note(LoadReport.Kind.DUPLICATE_KEY, SOURCE, lineNumber, line);
            }
            films.add(new FilmRecord(key, title, year, list(f[3]), list(f[4]), list(f[5]), f[6].strip(), list(f[7])));
        }
        report.counted(SOURCE, rows, films.size());
        return films;
    }

    private static Integer year(String cell, LoadReport report, int lineNumber, String line) {
        if (cell.isEmpty()) {
            report.note(LoadReport.Kind.MISSING_YEAR, SOURCE, lineNumber, line);
            return null;
        }
        try {
            int year = Integer.parseInt(cell);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range year
        }
        report.note(LoadReport.Kind.BAD_YEAR, SOURCE, lineNumber, line);
        return null;
    }

    /** A {@code |}-separated cell as a list: blanks dropped, a name listed twice kept once. */
    private static List<String> list(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        Set<String> items = new LinkedHashSet<>();
        for (String item : cell.split("\\|")) {
            String s = item.strip();
            if (!s.isEmpty()) {
                items.add(s);
            }
        }
        return List.copyOf(items);
    }

    private static BufferedReader open(Path file) throws IOException {
        if (file != null) {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        InputStream in = FilmsData.class.getResourceAsStream(FILMS_RESOURCE);
        if (in == null) {
            throw new IOException("resource " + FILMS_RESOURCE + " is not on the classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
