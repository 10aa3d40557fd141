package dev.marquee.claims;

import dev.marquee.ingest.TextSpan;
import dev.marquee.tag.EntityType;
import dev.marquee.tag.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.marquee.claims.ClaimVocabulary.BODY;
import static dev.marquee.claims.ClaimVocabulary.BODY_WORDS;
import static dev.marquee.claims.ClaimVocabulary.CATEGORY_PHRASE;
import static dev.marquee.claims.ClaimVocabulary.NUMBER;

/**
 * Finds award claims in sentences that mention a tagged film or person. A claim is only kept when it says something
 * the reference can check: a number, a win, a nomination, a category. "Those Oscar nominations" alone asserts
 * nothing checkable and is skipped.
 *
 * <p>The subject is the film or person mentioned nearest to the claim phrase in the same sentence; for descriptors
 * ("the Oscar-winning director Martin Scorsese") a name right after the phrase wins, as English puts it there.
 */
final class ClaimFinder {

    /** A body, optionally preceded by the ceremony as an ordinal or a year: "86th Academy Awards", "2014 Oscars". */
    private static final String CEREMONY_BODY = "(?:(?<ord>\\d{1,3})(?:st|nd|rd|th)\\s+|(?<year>(?:19|20)\\d{2})\\s+)?(?<body>" + BODY + ")";
    private static final String NOMINATION_NOUN = "nominations?|nods?";

    private enum Form {
        /** "five Oscar nominations", "two Golden Globes". */
        COUNT("\\b(?<n>" + NUMBER + ")\\s+" + CEREMONY_BODY + "(?:\\s+(?<noun>" + NOMINATION_NOUN + "|wins?|awards?))?\\b"),
        /** "five nominations at the 86th Academy Awards". */
        COUNT_AT("\\b(?<n>" + NUMBER + ")\\s+(?<noun>" + NOMINATION_NOUN + "|wins?|awards?)\\s+(?:at|from)\\s+the\\s+" + CEREMONY_BODY + "\\b"),
        /** "the Oscar-winning director", "Golden Globe-nominated". */
        DESCRIPTOR("\\b" + CEREMONY_BODY + "[- ](?<verb>winning|winner|nominated|nominee)\\b"),
        /** "won the Golden Globe for best screenplay", "earned an Oscar nomination". */
        VERB("\\b(?<verb>won|wins|win|winning|took\\s+home|picked\\s+up|scooped|collected|received|earned|landed|got|garnered)\\s+"
                + "(?:(?:a|an|the|his|her|their|its)\\s+)?" + CEREMONY_BODY + "(?:\\s+(?<noun>" + NOMINATION_NOUN + "|awards?))?"
                + "(?:\\s+for\\s+(?<cat>" + CATEGORY_PHRASE + "))?"),
        /** "his Golden Globe for best screenplay": owning the award is having won it. */
        POSSESSIVE("\\b(?:his|her|their|its)\\s+" + CEREMONY_BODY + "(?:\\s+(?<noun>" + NOMINATION_NOUN + "|awards?|win))?"
                + "\\s+for\\s+(?<cat>" + CATEGORY_PHRASE + ")"),
        /** "an Oscar nomination for Best Picture". */
        NOUN_FOR("\\b(?:a|an|the)\\s+" + CEREMONY_BODY + "\\s+(?<noun>nomination|nod)\\s+for\\s+(?<cat>" + CATEGORY_PHRASE + ")"),
        /** "nominated for Best Picture", "nominated for an Oscar". */
        NOMINATED("\\b(?:nominated|shortlisted)\\s+for\\s+(?:(?:a|an|the)\\s+)?(?:" + CEREMONY_BODY + "(?:\\s+awards?)?(?:\\s+for\\s+)?)?"
                + "(?<cat>" + CATEGORY_PHRASE + ")?");

        final Pattern pattern;

        Form(String regex) {
            this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        }
    }

    private static final Pattern NOMINATED_BEFORE = Pattern.compile("(?:nominated|nominations?|nods?)\\s+for\\s+$", Pattern.CASE_INSENSITIVE);
    /** How far after a descriptor a name may start and still be what it describes ("Oscar-winning director "). */
    private static final int DESCRIPTOR_REACH = 40;

    /** Besides a body word, what the forms without a body need. */
    private static final List<String> NOMINATION_WORDS = List.of("nominated", "shortlisted");

    private ClaimFinder() {
    }

    /**
     * False only for a sentence no form can match: every form needs a body or "nominated"/"shortlisted", and the
     * forms match ASCII letters in either case, which lower-casing keeps. The forms were a fifth of tagging a long
     * article, run on every sentence that mentions a film or person.
     */
    static boolean mayHoldClaim(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return containsAny(lower, BODY_WORDS) || containsAny(lower, NOMINATION_WORDS);
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static List<FoundClaim> find(String text, List<ClaimSubject> subjects) {
        List<ClaimSubject> candidates = subjects.stream().filter(s -> s.type() == EntityType.FILM || s.type() == EntityType.PERSON).toList();
        Mentions mentions = new Mentions(candidates);
        List<FoundClaim> out = new ArrayList<>();
        for (TextSpan sentence : Sentences.of(text)) {
            List<Placed> inSentenceMentions = mentions.within(sentence);
            if (inSentenceMentions.isEmpty()) {
                continue;
            }
            String s = text.substring(sentence.start(), sentence.end());
            if (!mayHoldClaim(s)) {
                continue;
            }
            List<FoundClaim> inSentence = new ArrayList<>();
            for (Form form : Form.values()) {
                Matcher m = form.pattern.matcher(s);
                while (m.find()) {
                    FoundClaim claim = read(form, m, s, sentence, inSentenceMentions);
                    if (claim != null && inSentence.stream().noneMatch(c -> c.start() < claim.end() && claim.start() < c.end())) {
                        inSentence.add(claim);
                    }
                }
            }
            inSentence.sort(Comparator.comparingInt(FoundClaim::start));
            out.addAll(inSentence);
        }
        return out;
    }

    private static FoundClaim read(Form form, Matcher m, String s, TextSpan sentence, List<Placed> candidates) {
        String body = m.group("body") == null ? null : ClaimVocabulary.body(m.group("body"));
        Integer ceremony = m.group("ord") == null ? null : Integer.valueOf(m.group("ord"));
        Integer ceremonyYear = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        String noun = groupOrNull(m, "noun");
        boolean nominationNoun = noun != null && noun.toLowerCase().startsWith("no");
        int localEnd = m.end();
        String category = null;
        if (hasGroup(form, "cat") && m.group("cat") != null) {
            ClaimVocabulary.CategoryMatch cat = ClaimVocabulary.category(m.group("cat"));
            if (cat != null) {
                category = cat.canonical();
                localEnd = m.start("cat") + cat.length();
            } else {
                localEnd = noun != null ? m.end("noun") : m.group("body") != null ? m.end("body") : m.start("cat");
            }
        }
        ClaimKind kind;
        Integer count = null;
        switch (form) {
            case COUNT, COUNT_AT -> {
                count = ClaimVocabulary.number(m.group("n"));
                boolean nominatedFor = NOMINATED_BEFORE.matcher(s.substring(0, m.start())).find();
                kind = nominationNoun || nominatedFor ? ClaimKind.NOMINATION_COUNT : ClaimKind.WIN_COUNT;
            }
            case DESCRIPTOR -> kind = m.group("verb").toLowerCase().startsWith("nomin") ? ClaimKind.NOMINATED : ClaimKind.WON;
            case VERB, POSSESSIVE -> kind = nominationNoun ? ClaimKind.NOMINATED : ClaimKind.WON;
            default -> {
                if (body == null && category == null) {
                    return null;
                }
                kind = ClaimKind.NOMINATED;
            }
        }
        int start = sentence.start() + m.start();
        int end = sentence.start() + localEnd;
        ClaimSubject subject = subject(candidates, start, end, form == Form.DESCRIPTOR);
        if (subject == null) {
            return null;
        }
        return new FoundClaim(sentence, start, end, subject, kind, body, category, count, ceremony, ceremonyYear);
    }

    private static boolean hasGroup(Form form, String group) {
        return form.pattern.pattern().contains("(?<" + group + ">");
    }

    private static String groupOrNull(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** The nearest mention wins; on a tie, the earlier subject in the article's order, then its earlier mention. */
    private static ClaimSubject subject(List<Placed> inSentence, int start, int end, boolean descriptor) {
        ClaimSubject best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Placed placed : inSentence) {
            Mention mention = placed.mention();
            boolean after = mention.start() >= end;
            int gap = after ? mention.start() - end : mention.end() <= start ? start - mention.end() : 0;
            if (descriptor && after && gap <= DESCRIPTOR_REACH) {
                gap = -1;
            }
            if (gap < bestGap) {
                bestGap = gap;
                best = placed.subject();
            }
        }
        return best;
    }

    /** A mention of a candidate subject, with the subject's and the mention's place in their lists. */
    private record Placed(ClaimSubject subject, Mention mention, int subjectIndex, int mentionIndex) {
    }

    /**
     * The candidates' mentions sorted by offset, so each sentence finds its own in a binary search instead of
     * scanning every mention of the article: that scan made long articles quadratic.
     */
    private static final class Mentions {
        private static final Comparator<Placed> ARTICLE_ORDER = Comparator.comparingInt(Placed::subjectIndex).thenComparingInt(Placed::mentionIndex);

        private final List<Placed> byStart = new ArrayList<>();

        Mentions(List<ClaimSubject> candidates) {
            for (int c = 0; c < candidates.size(); c++) {
                List<Mention> ms = candidates.get(c).mentions();
                for (int i = 0; i < ms.size(); i++) {
                    byStart.add(new Placed(candidates.get(c), ms.get(i), c, i));
                }
            }
            byStart.sort(Comparator.comparingInt((Placed p) -> p.mention().start()));
        }

        /** Mentions wholly inside the sentence, in the candidates' order (the order ties are broken in). */
        List<Placed> within(TextSpan sentence) {
            int low = 0;
            int high = byStart.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (byStart.get(mid).mention().start() < sentence.start()) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            List<Placed> out = new ArrayList<>();
            for (int i = low; i < byStart.size() && byStart.get(i).mention().start() < sentence.end(); i++) {
                if (byStart.get(i).mention().end() <= sentence.end()) {
                    out.add(byStart.get(i));
                }
            }
            out.sort(ARTICLE_ORDER);
            return out;
        }
    }
}
