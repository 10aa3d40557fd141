package dev.marquee.awards;

import dev.marquee.awards.LoadReport.Kind;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code oscars.tsv} (one row per nomination, IMDb ids, {@code |}-separated parallel lists) into nominations. */
final class OscarsReader {

    static final String SOURCE = "oscars.tsv";

    private static final List<String> COLUMNS = List.of("Ceremony", "Year", "Class", "CanonicalCategory", "Category",
            "Film", "FilmId", "Name", "Nominees", "NomineeIds", "Winner", "Detail", "Note", "Citation");
    // Sci-tech and special awards honour people and companies for work that is not one film's.
    private static final Set<String> CLASSES_WITHOUT_FILMS = Set.of("SciTech", "Special");

    private final LoadReport report;
    private final UniqueKeys keys = new UniqueKeys();
    private Map<String, Integer> column;

    private OscarsReader(LoadReport report) {
        this.report = report;
    }

    static List<Nomination> read(BufferedReader in, LoadReport report) throws IOException {
        return new OscarsReader(report).readAll(in);
    }

    private List<Nomination> readAll(BufferedReader in) throws IOException {
        String header = in.readLine();
        column = columnsOf(header);
        List<Nomination> out = new ArrayList<>();
        int rows = 0;
        int lineNo = 1;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            rows++;
            Nomination n = parse(lineNo, line, Delimited.splitTsvLine(line));
            if (n != null) {
                out.add(n);
            }
        }
        report.counted(SOURCE, rows, out.size());
        return out;
    }

    private static Map<String, Integer> columnsOf(String header) {
        if (header == null) {
            throw new IllegalArgumentException(SOURCE + " is empty");
        }
        List<String> names = Delimited.splitTsvLine(header);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i).strip(), i);
        }
        for (String required : COLUMNS) {
            if (!index.containsKey(required)) {
                throw new IllegalArgumentException(SOURCE + " has no column '" + required + "'; header is: " + header);
            }
        }
        return index;
    }

    private String get(List<String> fields, String name) {
        int i = column.get(name);
        return i < fields.size() ? fields.get(i).strip() : "";
    }

    private Nomination parse(int lineNo, String line, List<String> fields) {
        if (fields.size() <= column.get("Category")) {
            report.note(Kind.SHORT_ROW, SOURCE, lineNo, line);
            return null;
        }
        int ceremony;
        int[] years;
        try {
            ceremony = Integer.parseInt(get(fields, "Ceremony"));
            years = filmYears(get(fields, "Year"));
        } catch (NumberFormatException e) {
            report.note(Kind.MISSING_CEREMONY, SOURCE, lineNo, line);
            return null;
        }
        String filmYear = get(fields, "Year");
        String rawCategory = get(fields, "Category");
        String category = AwardCategories.oscars(get(fields, "CanonicalCategory"));
        if (category == null) {
            report.note(Kind.UNMAPPED_CATEGORY, SOURCE, lineNo, line);
            category = AwardCategories.OTHER;
        }

        List<EntityRef> films = films(lineNo, line, get(fields, "Film"), get(fields, "FilmId"), years[0]);
        List<EntityRef> nominees = nominees(lineNo, line, get(fields, "Nominees"), get(fields, "NomineeIds"));
        if (films.isEmpty() && nominees.isEmpty()) {
            report.note(Kind.MISSING_NOMINEE, SOURCE, lineNo, line);
            return null;
        }
        if (films.isEmpty() && !CLASSES_WITHOUT_FILMS.contains(get(fields, "Class"))) {
            report.note(Kind.MISSING_FILM, SOURCE, lineNo, line);
        }

        String detail = firstNonEmpty(get(fields, "Detail"), nominees.isEmpty() ? get(fields, "Name") : "",
                get(fields, "Citation"));
        String key = keys.claim(OwnIds.key(AwardBodies.ACADEMY_AWARDS, ceremony, rawCategory, List.of(
                get(fields, "Film"), get(fields, "FilmId"), get(fields, "Name"), get(fields, "Nominees"),
                get(fields, "NomineeIds"), get(fields, "Detail"), get(fields, "Citation"))));
        if (key.contains("#")) {
            report.note(Kind.DUPLICATE_KEY, SOURCE, lineNo, line);
        }
        // The ceremony honouring a film year is held early in the following year.
        int ceremonyYear = years[1] + 1;
        return new Nomination(key, AwardBodies.ACADEMY_AWARDS, ceremony, ceremonyYear, filmYear, category, rawCategory,
                films, nominees, "True".equalsIgnoreCase(get(fields, "Winner")), detail);
    }

    /** "2013" gives {2013, 2013}; "1927/28" gives {1927, 1928}. */
    static int[] filmYears(String year) {
        int slash = year.indexOf('/');
        if (slash < 0) {
            int y = Integer.parseInt(year);
            return new int[]{y, y};
        }
        int first = Integer.parseInt(year.substring(0, slash));
        int suffix = Integer.parseInt(year.substring(slash + 1));
        int last = first / 100 * 100 + suffix;
        return new int[]{first, last < first ? last + 100 : last};
    }

    private List<EntityRef> films(int lineNo, String line, String names, String ids, int year) {
        List<String> nameList = split(names);
        List<String> idList = split(ids);
        if (!nameList.isEmpty() && !idList.isEmpty() && nameList.size() != idList.size()) {
            report.note(Kind.LIST_LENGTH_MISMATCH, SOURCE, lineNo, line);
        }
        List<EntityRef> out = new ArrayList<>();
        boolean unknown = false;
        for (int i = 0; i < nameList.size(); i++) {
            String name = nameList.get(i);
            String id = i < idList.size() ? idList.get(i) : "";
            if (!id.startsWith("tt")) {
                unknown = true;
                id = OwnIds.film(name, year);
            }
            out.add(new EntityRef(id, name));
        }
        if (unknown) {
            report.note(Kind.UNKNOWN_FILM_ID, SOURCE, lineNo, line);
        }
        return out;
    }

    private List<EntityRef> nominees(int lineNo, String line, String names, String ids) {
        List<String> nameList = split(names);
        List<String> idList = split(ids);
        if (nameList.isEmpty()) {
            return List.of();
        }
        if (idList.isEmpty()) {
            report.note(Kind.MISSING_NOMINEE_IDS, SOURCE, lineNo, line);
        } else if (nameList.size() != idList.size()) {
            report.note(Kind.LIST_LENGTH_MISMATCH, SOURCE, lineNo, line);
        }
        List<EntityRef> out = new ArrayList<>();
        boolean unknown = false;
        boolean company = false;
        for (int i = 0; i < nameList.size(); i++) {
            String name = nameList.get(i);
            String id = i < idList.size() ? idList.get(i) : "";
            if (isImdbId(id)) {
                company |= id.startsWith("co");
            } else {
                unknown |= !idList.isEmpty();
                id = OwnIds.person(name);
            }
            out.add(new EntityRef(id, name));
        }
        if (unknown) {
            report.note(Kind.UNKNOWN_NOMINEE_ID, SOURCE, lineNo, line);
        }
        if (company) {
            report.note(Kind.NON_PERSON_NOMINEE_ID, SOURCE, lineNo, line);
        }
        return out;
    }

    private static boolean isImdbId(String id) {
        return id.length() > 2 && (id.startsWith("nm") || id.startsWith("co"))
                && id.chars().skip(2).allMatch(Character::isDigit);
    }

    private static List<String> split(String list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : list.split("\\|", -1)) {
            out.add(s.strip());
        }
        return out;
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }
}
