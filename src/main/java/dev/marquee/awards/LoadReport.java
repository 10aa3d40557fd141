package dev.marquee.awards;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What loading a reference file met besides clean rows: odd rows by kind (still loaded), rows skipped with their
 * reason, and, for the awards, how many Golden Globe films and people were linked to IMDb ids. Keeps a few examples
 * per kind so a reader can go and look at the source lines. One report type for awards and films, so both load
 * commands print the same way.
 */
public final class LoadReport {

    /** Kinds of odd rows; rows of a {@code skipped} kind are not loaded. */
    public enum Kind {
        MISSING_FILM("film missing in a category that names films", false),
        UNKNOWN_FILM_ID("film id '?' or missing, own id given", false),
        UNKNOWN_NOMINEE_ID("nominee id '?', own id given", false),
        MISSING_NOMINEE_IDS("nominees without any ids, own ids given", false),
        NON_PERSON_NOMINEE_ID("nominee id is an IMDb company id (co…), kept as-is", false),
        LIST_LENGTH_MISMATCH("names and ids lists of different length", false),
        UNMAPPED_CATEGORY("category not in the canonical table, mapped to OTHER", false),
        TITLE_REWRITTEN("title with trailing article or year suffix, rewritten", false),
        PERSON_IN_TITLE_CATEGORY("picture/series category naming a person and a film", false),
        TITLE_IN_PERSON_CATEGORY("acting category naming a title and no film", false),
        DUPLICATE_KEY("same identifying fields as an earlier row, key given a #n suffix", false),
        MISSING_YEAR("film without a release year, keyed and identified with 'unknown'", false),
        BAD_YEAR("year not a number in 1870-2100, treated as missing", false),
        EMPTY_TITLE("no title", true),
        MISSING_CEREMONY("unparseable ceremony or year", true),
        MISSING_NOMINEE("neither film nor nominee", true),
        SHORT_ROW("too few columns", true);

        private final String description;
        private final boolean skipped;

        Kind(String description, boolean skipped) {
            this.description = description;
            this.skipped = skipped;
        }

        public String description() {
            return description;
        }

        public boolean skipped() {
            return skipped;
        }
    }

    public record Example(String source, int line, String text) {
    }

    private static final int EXAMPLES_PER_KIND = 3;

    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    private final Map<Kind, List<Example>> examples = new EnumMap<>(Kind.class);
    private final Map<String, Integer> rowsBySource = new LinkedHashMap<>();
    private final Map<String, Integer> recordsBySource = new LinkedHashMap<>();
    private final String recordNoun;
    private int ggFilms;
    private int ggFilmsLinked;
    private int ggPeople;
    private int ggPeopleLinked;
    private long loadMillis;

    /** @param recordNoun what one loaded record is, for the summary ("nominations", "films") */
    LoadReport(String recordNoun) {
        this.recordNoun = recordNoun;
    }

    void note(Kind kind, String source, int line, String text) {
        counts.merge(kind, 1, Integer::sum);
        List<Example> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < EXAMPLES_PER_KIND) {
            list.add(new Example(source, line, text.length() > 160 ? text.substring(0, 157) + "..." : text));
        }
    }

    void counted(String source, int rows, int records) {
        rowsBySource.put(source, rows);
        recordsBySource.put(source, records);
    }

    void linking(int films, int filmsLinked, int people, int peopleLinked) {
        ggFilms = films;
        ggFilmsLinked = filmsLinked;
        ggPeople = people;
        ggPeopleLinked = peopleLinked;
    }

    void took(long millis) {
        loadMillis = millis;
    }

    public int count(Kind kind) {
        return counts.getOrDefault(kind, 0);
    }

    public List<Example> examples(Kind kind) {
        return examples.getOrDefault(kind, List.of());
    }

    public int skipped() {
        return counts.entrySet().stream().filter(e -> e.getKey().skipped()).mapToInt(Map.Entry::getValue).sum();
    }

    public int rows(String source) {
        return rowsBySource.getOrDefault(source, 0);
    }

    public int records(String source) {
        return recordsBySource.getOrDefault(source, 0);
    }

    public int goldenGlobeFilms() {
        return ggFilms;
    }

    public int goldenGlobeFilmsLinked() {
        return ggFilmsLinked;
    }

    public int goldenGlobePeople() {
        return ggPeople;
    }

    public int goldenGlobePeopleLinked() {
        return ggPeopleLinked;
    }

    public long loadMillis() {
        return loadMillis;
    }

    /** Multi-line summary for a terminal. */
    public String format() {
        StringBuilder out = new StringBuilder();
        rowsBySource.forEach((source, rows) -> out.append(String.format("%-26s %6d rows -> %6d %s%n",
                source, rows, recordsBySource.get(source), recordNoun)));
        if (ggFilms + ggPeople > 0) {
            out.append(String.format("Golden Globe films linked to IMDb ids:  %d of %d%n", ggFilmsLinked, ggFilms));
            out.append(String.format("Golden Globe people linked to IMDb ids: %d of %d%n", ggPeopleLinked, ggPeople));
        }
        out.append(String.format("Loaded in %d ms%n", loadMillis));
        if (counts.isEmpty()) {
            out.append("No odd rows.").append(System.lineSeparator());
            return out.toString();
        }
        out.append("Odd rows by kind:").append(System.lineSeparator());
        counts.forEach((kind, n) -> {
            out.append(String.format("  %-25s %6d  %s%s%n", kind, n, kind.description(), kind.skipped() ? " (skipped)" : ""));
            for (Example e : examples(kind)) {
                out.append(String.format("      %s:%d  %s%n", e.source(), e.line(), e.text()));
            }
        });
        out.append(String.format("Skipped rows: %d%n", skipped()));
        return out.toString();
    }
}
