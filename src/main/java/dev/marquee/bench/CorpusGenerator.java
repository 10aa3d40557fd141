package dev.marquee.bench;

import dev.marquee.awards.EntityRef;
import dev.marquee.awards.Nomination;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic bench corpus: entertainment-news-like articles built from the awards reference data (film titles,
 * people, award phrases) and ordinary prose. The same reference data and seed always give the same articles.
 *
 * <p>Mentions follow news habits: a person is named in full first and by surname after; titles appear bare, in
 * quotes and with their year; award bodies as "Oscar", "Academy Award", "Golden Globe". Between them, ordinary prose
 * from a small grammar, so most sentences hold no entity, as in real articles. It measures speed only: the text is
 * plausible in shape, not in meaning, and says nothing about tagging quality.
 */
public final class CorpusGenerator {

    public static final int MIN_WORDS = 150;
    public static final int MAX_WORDS = 3_000;

    private static final String[] NEWS = {
            "{P} stars in {F}, which opens in cinemas on Friday.",
            "\"I never thought {FQ} would find an audience,\" {S} says.",
            "The film, {F}, earned {N} nominations at the {A}.",
            "{S} won the {A} for {C} in {Y}.",
            "Critics compared it with {F} ({Y}), the picture that made {S} famous.",
            "After {F}, {P} turned down several studio offers.",
            "{P} and {P2} reunite for the first time since {F}.",
            "It is {S}'s third collaboration with {P2}.",
            "At the {A}, {F} lost {C} to {F2}.",
            "{S} was nominated for an Oscar for {F}.",
            "The director of \"{FQ}\" has spoken about the long shoot.",
            "Asked about {F}, {S} laughs.",
            "{P}, who directed {F}, is now developing a series.",
            "Last year {S} picked up a Golden Globe for {C}.",
            "The Academy Awards ceremony will be held in March, and {F} is among the favourites.",
            "Fans of {F2} will recognise the score.",
            "{S} told reporters that the script for {F} went through eleven drafts.",
            "Her performance in {F} drew comparisons with {P2}.",
            "The cast also includes {P} and {P2}.",
            "{P} made a cameo in {F}.",
            "The remake of {F} has been in development for years.",
            "Producers hope the film will repeat the success of {F2} at the {A}.",
            "{S}'s next project is an adaptation of a novel.",
            "Before {F}, {S} was best known for television work.",
            "\"{FQ}\" premiered at a festival in the autumn of {Y}.",
            "In {F}, {S} plays a widowed lighthouse keeper.",
            "{P} received a standing ovation after the screening of {F}.",
            "The Golden Globes gave {F} the award for {C}.",
            "Nobody expected {S} to win the Oscar.",
            "Director {P} calls {F} the most personal film of the decade.",
    };

    private static final String[] AWARDS = {"Academy Awards", "Oscars", "Golden Globes", "Golden Globe Awards",
            "Academy Awards ceremony", "Oscars ceremony"};
    private static final String[] CATEGORIES = {"best picture", "best director", "best actor", "best actress",
            "best supporting actor", "best supporting actress", "best original screenplay", "best adapted screenplay",
            "best cinematography", "best film editing", "best original score", "best foreign language film",
            "best animated feature", "best documentary feature", "best costume design", "best visual effects"};
    private static final String[] NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven"};

    private static final String[] OPENERS = {"", "", "", "Meanwhile, ", "Still, ", "By then, ", "In the end, ",
            "For now, ", "Even so, ", "At the time, ", "On Tuesday, ", "Later that week, ", "According to the studio, ",
            "In an interview, ", "By most accounts, "};
    private static final String[] SUBJECTS = {"the studio", "the crew", "the producers", "the audience", "the critics",
            "the festival", "the distributor", "the director", "the cast", "the writers", "the team", "the company",
            "the city council", "the local paper", "a spokesperson", "the marketing department", "the editors",
            "the composer", "the financiers", "the camera operators", "the young actors", "the programme"};
    private static final String[] VERBS = {"spent", "wanted", "described", "rejected", "welcomed", "delayed",
            "announced", "questioned", "finished", "rewrote", "planned", "praised", "reviewed", "extended", "moved",
            "shortened", "celebrated", "cancelled", "discussed", "reshot"};
    private static final String[] OBJECTS = {"the final cut", "three more weeks", "the opening scene",
            "the budget", "a second season", "the release date", "the trailer", "the ending", "the press tour",
            "most of the dialogue", "the casting process", "the night shoots", "the sound mix", "the original plan",
            "a quieter version", "the screenplay", "the costume fittings", "the location scouting", "the rehearsals",
            "the poster campaign", "several reshoots", "a long weekend"};
    private static final String[] TAILS = {".", ".", ".", " in the spring.", " without much fuss.",
            " after a difficult winter.", " before the summer break.", " despite the weather.", " for the second time.",
            " in front of a small crowd.", " with some reluctance.", " over several months.", ", people close to the production said.",
            ", and nobody complained.", " at a hotel near the river.", " as the deadline approached."};
    private static final String[] SHORT = {"Nobody argued.", "It worked.", "That changed everything.",
            "The rest is history.", "Then came the rain.", "It shows.", "Not quite.", "Few noticed.", "Time will tell."};

    private final List<String> films;
    private final List<String> people;
    private final long seed;

    private CorpusGenerator(List<String> films, List<String> people, long seed) {
        if (films.isEmpty() || people.isEmpty()) {
            throw new IllegalArgumentException("the corpus needs at least one film and one person with a full name");
        }
        this.films = films;
        this.people = people;
        this.seed = seed;
    }

    /** Films and people (full names of two or more words) of the nominations, in the nominations' order. */
    public static CorpusGenerator from(List<Nomination> nominations, long seed) {
        Set<String> films = new LinkedHashSet<>();
        Set<String> people = new LinkedHashSet<>();
        for (Nomination n : nominations) {
            for (EntityRef f : n.films()) {
                if (f.name() != null && !f.name().isBlank()) {
                    films.add(f.name().strip());
                }
            }
            for (EntityRef p : n.nominees()) {
                if (p.name() != null && p.name().strip().contains(" ")) {
                    people.add(p.name().strip());
                }
            }
        }
        return new CorpusGenerator(List.copyOf(films), List.copyOf(people), seed);
    }

    /** {@code count} articles with lengths drawn log-uniformly from {@value #MIN_WORDS} to {@value #MAX_WORDS} words. */
    public List<BenchArticle> articles(int count) {
        Random random = new Random(seed);
        List<BenchArticle> out = new ArrayList<>(count);
        double lo = Math.log(MIN_WORDS);
        double hi = Math.log(MAX_WORDS);
        for (int i = 0; i < count; i++) {
            // Log-uniform: most news is short, a few features are long; the mean is about 950 words.
            int target = (int) Math.round(Math.exp(lo + random.nextDouble() * (hi - lo)));
            out.add(article("gen-" + seed + "-" + i, Math.max(MIN_WORDS, Math.min(MAX_WORDS, target)), random));
        }
        return out;
    }

    /** {@code count} articles of {@code words} words each (at most 2 fewer), for the growth sweep. */
    public List<BenchArticle> articlesOfLength(int count, int words) {
        Random random = new Random(seed * 31 + words);
        List<BenchArticle> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article("len" + words + "-" + seed + "-" + i, words, random));
        }
        return out;
    }

    private BenchArticle article(String id, int targetWords, Random random) {
        StringBuilder text = new StringBuilder(targetWords * 7);
        List<String> introduced = new ArrayList<>();
        String filmOfArticle = pick(films, random);
        int words = 0;
        int inParagraph = 0;
        int paragraphLength = 3 + random.nextInt(4);
        while (true) {
            String sentence = random.nextInt(100) < 35 ? news(random, introduced, filmOfArticle) : prose(random);
            int w = WordCount.of(sentence);
            if (words + w > targetWords) {
                // Close with the longest short sentence that fits, so the length lands within 2 words of the target.
                String closing = null;
                for (String s : SHORT) {
                    int sw = WordCount.of(s);
                    if (words + sw <= targetWords && (closing == null || sw > WordCount.of(closing))) {
                        closing = s;
                    }
                }
                if (closing == null || targetWords - words <= 2) {
                    break;
                }
                sentence = closing;
                w = WordCount.of(closing);
            }
            if (inParagraph == paragraphLength) {
                text.append("\n\n");
                inParagraph = 0;
                paragraphLength = 3 + random.nextInt(4);
            } else if (inParagraph > 0) {
                text.append(' ');
            }
            text.append(sentence);
            words += w;
            inParagraph++;
        }
        String title = introduced.isEmpty() ? filmOfArticle : introduced.get(0) + " on " + filmOfArticle;
        return new BenchArticle(id, title, text.toString(), words);
    }

    private String news(Random random, List<String> introduced, String filmOfArticle) {
        String template = NEWS[random.nextInt(NEWS.length)];
        StringBuilder out = new StringBuilder(template.length() + 40);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            String slot = template.substring(i + 1, close);
            out.append(fill(slot, random, introduced, filmOfArticle));
            i = close + 1;
        }
        return out.toString();
    }

    private String fill(String slot, Random random, List<String> introduced, String filmOfArticle) {
        return switch (slot) {
            // An article keeps returning to its own film, as reviews and interviews do.
            case "F", "FQ" -> random.nextInt(3) == 0 ? filmOfArticle : pick(films, random);
            case "F2" -> pick(films, random);
            case "P", "P2" -> {
                String person = pick(people, random);
                introduced.add(person);
                yield person;
            }
            case "S" -> {
                if (introduced.isEmpty()) {
                    String person = pick(people, random);
                    introduced.add(person);
                    yield person;
                }
                String person = introduced.get(random.nextInt(introduced.size()));
                yield person.substring(person.lastIndexOf(' ') + 1);
            }
            case "A" -> AWARDS[random.nextInt(AWARDS.length)];
            case "C" -> CATEGORIES[random.nextInt(CATEGORIES.length)];
            case "N" -> NUMBERS[random.nextInt(NUMBERS.length)];
            case "Y" -> String.valueOf(1950 + random.nextInt(75));
            default -> throw new IllegalStateException("unknown slot {" + slot + "}");
        };
    }

    private static String prose(Random random) {
        String opener = OPENERS[random.nextInt(OPENERS.length)];
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String sentence = opener + subject + " " + VERBS[random.nextInt(VERBS.length)] + " "
                + OBJECTS[random.nextInt(OBJECTS.length)] + TAILS[random.nextInt(TAILS.length)];
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
