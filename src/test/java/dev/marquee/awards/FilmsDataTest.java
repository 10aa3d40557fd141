package dev.marquee.awards;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facts checked by hand against reference/films/films.tsv (grep), and the reader's handling of odd rows. */
class FilmsDataTest {

    private static final String HEADER = String.join("\t", FilmsData.HEADER) + "\n";

    private static FilmsData shipped;

    @BeforeAll
    static void load() {
        shipped = FilmsData.loadShipped();
    }

    private static FilmRecord film(String key) {
        return shipped.films().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    @Test
    void shouldReadHerWithItsDirectorAndCast() {
        FilmRecord her = film("film:her:2013");

        assertEquals("Her", her.title());
        assertEquals(2013, her.year());
        assertEquals(List.of("Spike Jonze"), her.directors());
        assertEquals(List.of("Rooney Mara", "Amy Adams", "Samantha Morton", "Joaquin Phoenix", "Olivia Wilde", "Chris Pratt"), her.cast());
        assertEquals(List.of("United States"), her.origin());
        assertEquals("https://en.wikipedia.org/wiki/Her_(film)", her.sourceUrl());
        assertEquals(List.of("wikipedia-movie-data"), her.source());
    }

    @Test
    void shouldKeepRemakesOfOneTitleApartByYear() {
        assertEquals(List.of("James Cameron"), film("film:titanic:1997").directors());
        assertEquals(List.of("Robert Lieberman"), film("film:titanic:1996").directors());
        assertEquals(List.of("Jean Negulesco"), film("film:titanic:1953").directors());
    }

    @Test
    void shouldCountEveryRowAndTheOddOnesByKind() {
        LoadReport report = shipped.report();

        assertEquals(98_407, report.rows(FilmsData.SOURCE));
        assertEquals(98_407, report.records(FilmsData.SOURCE));
        assertEquals(98_407, shipped.films().size());
        assertEquals(6_824, report.count(LoadReport.Kind.MISSING_YEAR));
        assertEquals(0, report.count(LoadReport.Kind.DUPLICATE_KEY));
        assertEquals(0, report.count(LoadReport.Kind.BAD_YEAR));
        assertEquals(0, report.skipped());
        assertTrue(report.format().contains("MISSING_YEAR"), report.format());
    }

    @Test
    void shouldGiveEveryFilmAUniqueKeyThatASecondLoadRepeats() {
        FilmsData again = FilmsData.loadShipped();

        Set<String> keys = new HashSet<>();
        shipped.films().forEach(f -> assertTrue(keys.add(f.key()), "duplicate key " + f.key()));
        assertEquals(shipped.films().stream().map(FilmRecord::key).toList(), again.films().stream().map(FilmRecord::key).toList());
        assertEquals(shipped.films(), again.films());
    }

    @Test
    void shouldKeyFilmsWithoutAYearAsUnknown() {
        assertNull(film("film:03-34-earthquake-in-chile:unknown").year());
    }

    @Test
    void shouldTellTrueDuplicatesApartAndReportOddRows() throws IOException {
        String tsv = HEADER
                + "Hamlet\t1948\t\tLaurence Olivier\tLaurence Olivier|Jean Simmons\tUnited Kingdom\thttps://en.wikipedia.org/wiki/Hamlet_(1948_film)\twikipedia-movie-data\n"
                + "HAMLET!\t1948\t\t\t\t\thttps://en.wikipedia.org/?curid=1\tcmu-movie-summary\n"
                + "\t1950\t\t\t\t\thttps://en.wikipedia.org/?curid=2\tcmu-movie-summary\n"
                + "Short\t1950\n"
                + "Later\tc. 1950\t\t\t| Ann Lee ||Ann Lee\t\thttps://en.wikipedia.org/?curid=3\tcmu-movie-summary\n"
                + "\n";
        LoadReport report = new LoadReport("films");

        List<FilmRecord> films = FilmsData.read(new BufferedReader(new StringReader(tsv)), report);

        assertEquals(List.of("film:hamlet:1948", "film:hamlet:1948#2", "film:later:unknown"), films.stream().map(FilmRecord::key).toList());
        assertEquals(List.of("Laurence Olivier", "Jean Simmons"), films.get(0).cast());
        assertEquals(List.of("Ann Lee"), films.get(2).cast());
        assertEquals(1, report.count(LoadReport.Kind.DUPLICATE_KEY));
        assertEquals(1, report.count(LoadReport.Kind.EMPTY_TITLE));
        assertEquals(1, report.count(LoadReport.Kind.SHORT_ROW));
        assertEquals(1, report.count(LoadReport.Kind.BAD_YEAR));
        assertEquals(2, report.skipped());
        assertEquals(5, report.rows(FilmsData.SOURCE));
        assertEquals(5, report.examples(LoadReport.Kind.SHORT_ROW).get(0).line());
    }

    @Test
    void shouldRefuseAFileWithOtherColumns() {
        BufferedReader csv = new BufferedReader(new StringReader("title,year\nHer,2013\n"));

        IOException e = assertThrows(IOException.class, () -> FilmsData.read(csv, new LoadReport("films")));

        assertTrue(e.getMessage().contains("header"), e.getMessage());
    }
}
