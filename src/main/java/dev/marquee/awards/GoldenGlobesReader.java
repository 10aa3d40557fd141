package dev.marquee.awards;

import dev.marquee.awards.AwardCategories.GlobesCategory;
import dev.marquee.awards.AwardCategories.Shape;
import dev.marquee.awards.Delimited.Row;
import dev.marquee.awards.LoadReport.Kind;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code golden_globe_awards.csv} into nominations. The file has no ids, and its columns mean different
 * things per category (see {@link Shape}); films and people get the Oscar IMDb id where the match is unique,
 * otherwise an own stable id.
 */
final class GoldenGlobesReader {

    static final String SOURCE = "golden_globe_awards.csv";

    private static final List<String> HEADER = List.of("year_film", "year_award", "ceremony", "category", "nominee", "film", "win");
    private static final Pattern YEAR_SUFFIX = Pattern.compile("^(.*?)\\s*\\(\\d{4}\\)$");
    private static final Pattern ARTICLE_SUFFIX = Pattern.compile("^(.*), (The|A|An)$");
    private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)(jr|sr|ii|iii|iv)\\.?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final LoadReport report;
    private final OscarIds oscarIds;
    private final UniqueKeys keys = new UniqueKeys();
    private final Map<String, Boolean> filmsLinked = new HashMap<>();
    private final Map<String, Boolean> peopleLinked = new HashMap<>();

    private GoldenGlobesReader(LoadReport report, OscarIds oscarIds) {
        this.report = report;
        this.oscarIds = oscarIds;
    }

    static List<Nomination> read(BufferedReader in, OscarIds oscarIds, LoadReport report) throws IOException {
        return new GoldenGlobesReader(report, oscarIds).readAll(in);
    }

    private List<Nomination> readAll(BufferedReader in) throws IOException {
        List<Row> rows = Delimited.readCsv(in);
        if (rows.isEmpty() || !rows.get(0).fields().stream().map(String::strip).toList().equals(HEADER)) {
            throw new IllegalArgumentException(SOURCE + " must start with the header " + String.join(",", HEADER));
        }
        List<Nomination> out = new ArrayList<>();
        int count = 0;
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() == 1 && row.field(0).isBlank()) {
                continue;
            }
            count++;
            Nomination n = parse(row);
            if (n != null) {
                out.add(n);
            }
        }
        report.counted(SOURCE, count, out.size());
        report.linking(filmsLinked.size(), count(filmsLinked), peopleLinked.size(), count(peopleLinked));
        return out;
    }

    private static int count(Map<String, Boolean> linked) {
        return (int) linked.values().stream().filter(b -> b).count();
    }

    private Nomination parse(Row row) {
        String text = String.join(",", row.fields());
        if (row.fields().size() < HEADER.size() - 1) {
            report.note(Kind.SHORT_ROW, SOURCE, row.line(), text);
            return null;
        }
        int filmYear;
        int awardYear;
        int ceremony;
        try {
            filmYear = Integer.parseInt(row.field(0).strip());
            awardYear = Integer.parseInt(row.field(1).strip());
            ceremony = Integer.parseInt(row.field(2).strip());
        } catch (NumberFormatException e) {
            report.note(Kind.MISSING_CEREMONY, SOURCE, row.line(), text);
            return null;
        }
        String rawCategory = row.field(3).strip();
        String nomineeColumn = clean(row.field(4));
        String filmColumn = clean(row.field(5));
        GlobesCategory category = AwardCategories.globes(rawCategory);
        if (category == null) {
            report.note(Kind.UNMAPPED_CATEGORY, SOURCE, row.line(), text);
            category = new GlobesCategory(AwardCategories.OTHER, Shape.PERSON_FOR_FILM);
        }

        Subject subject = subject(category.shape(), nomineeColumn, filmColumn, row, text);
        if (subject.title() == null && subject.people().isEmpty()) {
            report.note(Kind.MISSING_NOMINEE, SOURCE, row.line(), text);
            return null;
        }
        List<EntityRef> films = new ArrayList<>();
        if (subject.title() != null) {
            String title = title(subject.title(), row, text);
            films.add(film(title, filmYear));
        }
        List<EntityRef> people = subject.people().stream().map(this::person).toList();

        String key = keys.claim(OwnIds.key(AwardBodies.GOLDEN_GLOBES, ceremony, rawCategory, List.of(nomineeColumn, filmColumn)));
        if (key.contains("#")) {
            report.note(Kind.DUPLICATE_KEY, SOURCE, row.line(), text);
        }
        return new Nomination(key, AwardBodies.GOLDEN_GLOBES, ceremony, awardYear, String.valueOf(filmYear),
                category.canonical(), rawCategory, films, people, "True".equalsIgnoreCase(row.field(6).strip()),
                subject.detail());
    }

    private record Subject(String title, List<String> people, String detail) {
    }

    private Subject subject(Shape shape, String nominee, String film, Row row, String text) {
        String title = film.isEmpty() ? null : film;
        switch (shape) {
            case TITLE:
                if (title != null) {
                    report.note(Kind.PERSON_IN_TITLE_CATEGORY, SOURCE, row.line(), text);
                    return new Subject(title, people(nominee), null);
                }
                return new Subject(nominee.isEmpty() ? null : nominee, List.of(), null);
            case TITLE_WITH_ORIGIN:
                return origin(nominee.isEmpty() ? null : nominee, film, false);
            case ORIGIN_FOR_FILM:
                return origin(title, nominee, false);
            case PERSON_OR_ORIGIN_FOR_FILM:
                return origin(title, nominee, true);
            case SONG: {
                // "Song, Writer, Writer"; a song named as its film may hold a comma itself ("New York, New York").
                int comma = title != null && nominee.startsWith(title + ", ") ? title.length() : nominee.indexOf(", ");
                if (comma < 0) {
                    return new Subject(title, List.of(), nominee);
                }
                return new Subject(title, people(nominee.substring(comma + 2)), nominee.substring(0, comma));
            }
            case PERSON:
                return new Subject(title, people(nominee), null);
            case PERSON_FOR_FILM:
            default:
                if (title == null && ARTICLE_SUFFIX.matcher(nominee).matches()) {
                    report.note(Kind.TITLE_IN_PERSON_CATEGORY, SOURCE, row.line(), text);
                    return new Subject(nominee, List.of(), null);
                }
                if (title == null) {
                    report.note(Kind.MISSING_FILM, SOURCE, row.line(), text);
                }
                return new Subject(title, people(nominee), null);
        }
    }

    /**
     * "Country, Director" into a detail and a person. Without a comma the value is a country, or, where the
     * category also honours people directly, a person.
     */
    private static Subject origin(String title, String origin, boolean bareValueIsPerson) {
        int comma = origin.indexOf(", ");
        if (comma >= 0) {
            return new Subject(title, people(origin.substring(comma + 2)), origin.substring(0, comma));
        }
        if (bareValueIsPerson) {
            return new Subject(title, people(origin), null);
        }
        return new Subject(title, List.of(), origin.isEmpty() ? null : origin);
    }

    /** Writers and composers come as "Joel Coen, Ethan Coen"; a suffix such as "Jr." stays with its name. */
    static List<String> people(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && NAME_SUFFIX.matcher(name).matches()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + name);
            } else {
                out.add(name);
            }
        }
        return out;
    }

    private static String clean(String field) {
        return SPACES.matcher(field).replaceAll(" ").strip();
    }

    /** "Graduate, The" is "The Graduate"; "Hamlet (1948)" is "Hamlet" (the year is in its own column). */
    private String title(String raw, Row row, String text) {
        String title = raw;
        Matcher year = YEAR_SUFFIX.matcher(title);
        if (year.matches()) {
            title = year.group(1);
        }
        Matcher article = ARTICLE_SUFFIX.matcher(title);
        if (article.matches()) {
            title = article.group(2) + " " + article.group(1);
        }
        if (!title.equals(raw)) {
            report.note(Kind.TITLE_REWRITTEN, SOURCE, row.line(), text);
        }
        return title;
    }

    private EntityRef film(String title, int year) {
        String ownId = OwnIds.film(title, year);
        String imdb = oscarIds.film(title, year);
        filmsLinked.put(ownId, imdb != null);
        return new EntityRef(imdb != null ? imdb : ownId, title);
    }

    private EntityRef person(String name) {
        String ownId = OwnIds.person(name);
        String imdb = oscarIds.person(name);
        peopleLinked.put(ownId, imdb != null);
        return new EntityRef(imdb != null ? imdb : ownId, name);
    }
}
