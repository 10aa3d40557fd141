package dev.marquee.claims;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.Nomination;
import dev.marquee.enrich.AwardsLookup;
import dev.marquee.enrich.AwardsLookup.Coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Award-claim verification: finds the award claims an article makes about its tagged films and people and checks
 * each against the awards reference. A pure function of the text, the tagged subjects and the reference.
 *
 * <ul>
 *   <li>{@code unverifiable}: the body is not in the data (BAFTA, Emmys…), the ceremony named is outside what the data
 *       covers, the subject is not linked to the reference, or the subject's latest ceremonies are newer than the
 *       body's data;</li>
 *   <li>{@code verified}: the nominations in {@code evidence} make it true (a count matches one ceremony, or the
 *       body's total);</li>
 *   <li>{@code contradicted}: otherwise; {@code finding} says what the table holds and {@code evidence} lists it.</li>
 * </ul>
 */
public final class AwardClaims {

    private final AwardsLookup awards;

    public AwardClaims(AwardsLookup awards) {
        this.awards = awards;
    }

    public List<Claim> check(String text, List<ClaimSubject> subjects) {
        List<Claim> out = new ArrayList<>();
        for (FoundClaim found : ClaimFinder.find(text, subjects)) {
            out.add(verify(text, found));
        }
        return out;
    }

    private Claim verify(String text, FoundClaim c) {
        Optional<Coverage> coverage = c.body() == null ? Optional.empty() : awards.coverage(c.body());
        if (c.body() != null && coverage.isEmpty()) {
            return result(text, c, null, ClaimStatus.UNVERIFIABLE, "the reference holds no " + bodyName(c.body()) + " data", List.of());
        }
        if (coverage.isPresent() && !covers(coverage.get(), c)) {
            Coverage cov = coverage.get();
            return result(text, c, c.ceremony(), ClaimStatus.UNVERIFIABLE, String.format("the reference holds the %s to %s %s (%d–%d)",
                    AwardBodies.ordinal(cov.firstCeremony()), AwardBodies.ordinal(cov.lastCeremony()), bodyName(c.body()), cov.firstYear(), cov.lastYear()), List.of());
        }
        if (c.subject().id() == null) {
            return result(text, c, c.ceremony(), ClaimStatus.UNVERIFIABLE, c.subject().name() + " is not in the awards reference", List.of());
        }
        List<Nomination> all = awards.nominationsOf(c.subject().id());
        List<Nomination> scope = all.stream().filter(inScope(c)).toList();
        if (scope.isEmpty() && coverage.isPresent() && newerThan(all, coverage.get())) {
            return result(text, c, c.ceremony(), ClaimStatus.UNVERIFIABLE, String.format("%s has ceremonies after %d, the last %s in the reference",
                    c.subject().name(), coverage.get().lastYear(), bodyName(c.body())), List.of());
        }
        return switch (c.kind()) {
            case NOMINATION_COUNT -> count(text, c, scope, "nomination");
            case WIN_COUNT -> count(text, c, scope.stream().filter(Nomination::won).toList(), "win");
            case WON -> won(text, c, scope);
            case NOMINATED -> nominated(text, c, scope);
        };
    }

    private static boolean covers(Coverage cov, FoundClaim c) {
        boolean ceremony = c.ceremony() == null || (c.ceremony() >= cov.firstCeremony() && c.ceremony() <= cov.lastCeremony());
        boolean year = c.ceremonyYear() == null || (c.ceremonyYear() >= cov.firstYear() && c.ceremonyYear() <= cov.lastYear());
        return ceremony && year;
    }

    /** The subject's nominations the claim speaks of: its body (any, if it names none), its ceremony if it names one. */
    private static Predicate<Nomination> inScope(FoundClaim c) {
        return n -> (c.body() == null || c.body().equals(n.body()))
                && (c.ceremony() == null || c.ceremony() == n.ceremony())
                && (c.ceremonyYear() == null || c.ceremonyYear() == n.ceremonyYear());
    }

    // A subject known from newer ceremonies of another body (a 2023 film with Oscar records, say) may well have
    // records this body's data is too old to hold: absence then proves nothing.
    private static boolean newerThan(List<Nomination> all, Coverage cov) {
        return all.stream().anyMatch(n -> n.ceremonyYear() > cov.lastYear());
    }

    private Claim count(String text, FoundClaim c, List<Nomination> counted, String noun) {
        Map<String, List<Nomination>> byCeremony = byCeremony(counted);
        for (Map.Entry<String, List<Nomination>> e : byCeremony.entrySet()) {
            if (e.getValue().size() == c.count()) {
                Nomination first = e.getValue().get(0);
                return result(text, c, first.ceremony(), ClaimStatus.VERIFIED, e.getKey() + ": " + plural(c.count(), noun), keys(e.getValue()));
            }
        }
        if (counted.size() == c.count() && byCeremony.size() > 1) {
            return result(text, c, c.ceremony(), ClaimStatus.VERIFIED, plural(counted.size(), noun) + " in all: " + describe(byCeremony, noun),
                    keys(counted));
        }
        String finding = counted.isEmpty() ? "no " + noun + "s" + where(c) : describe(byCeremony, noun);
        return result(text, c, c.ceremony(), ClaimStatus.CONTRADICTED, finding, keys(counted));
    }

    private Claim won(String text, FoundClaim c, List<Nomination> scope) {
        List<Nomination> inCategory = scope.stream().filter(n -> c.category() == null || c.category().equals(n.category())).toList();
        List<Nomination> wins = inCategory.stream().filter(Nomination::won).toList();
        if (!wins.isEmpty()) {
            return result(text, c, ceremonyOf(c, wins), ClaimStatus.VERIFIED, "won " + describe(byCeremony(wins), "win"), keys(wins));
        }
        if (!inCategory.isEmpty()) {
            return result(text, c, ceremonyOf(c, inCategory), ClaimStatus.CONTRADICTED,
                    "nominated but did not win: " + describe(byCeremony(inCategory), "nomination"), keys(inCategory));
        }
        return result(text, c, c.ceremony(), ClaimStatus.CONTRADICTED, "no nominations" + where(c), List.of());
    }

    private Claim nominated(String text, FoundClaim c, List<Nomination> scope) {
        List<Nomination> inCategory = scope.stream().filter(n -> c.category() == null || c.category().equals(n.category())).toList();
        if (!inCategory.isEmpty()) {
            return result(text, c, ceremonyOf(c, inCategory), ClaimStatus.VERIFIED, describe(byCeremony(inCategory), "nomination"),
                    keys(inCategory));
        }
        return result(text, c, c.ceremony(), ClaimStatus.CONTRADICTED, "no nominations" + where(c), List.of());
    }

    private static Claim result(String text, FoundClaim c, Integer ceremony, ClaimStatus status, String finding, List<String> evidence) {
        return new Claim(c.sentence().start(), c.sentence().end(), c.start(), c.end(), text.substring(c.start(), c.end()),
                c.subject().key(), c.subject().name(), c.kind(), c.body(), c.category(), c.count(), ceremony, status, finding, evidence);
    }

    /** The one ceremony the nominations share, or what the claim named; null when they span several. */
    private static Integer ceremonyOf(FoundClaim c, List<Nomination> nominations) {
        return byCeremony(nominations).size() == 1 ? Integer.valueOf(nominations.get(0).ceremony()) : c.ceremony();
    }

    private static Map<String, List<Nomination>> byCeremony(List<Nomination> nominations) {
        Map<String, List<Nomination>> out = new LinkedHashMap<>();
        for (Nomination n : nominations) {
            out.computeIfAbsent(AwardBodies.ordinal(n.ceremony()) + " " + bodyName(n.body()), k -> new ArrayList<>()).add(n);
        }
        return out;
    }

    /** "86th Academy Awards: 5 nominations; 71st Golden Globe Awards: 3 nominations". */
    private static String describe(Map<String, List<Nomination>> byCeremony, String noun) {
        List<String> parts = new ArrayList<>();
        byCeremony.forEach((ceremony, list) -> parts.add(ceremony + ": " + plural(list.size(), noun) + " ("
                + String.join(", ", list.stream().map(Nomination::rawCategory).distinct().toList()) + ")"));
        return String.join("; ", parts);
    }

    private static String where(FoundClaim c) {
        String category = c.category() == null ? "" : " in " + c.category();
        String body = c.body() == null ? "" : " at the " + (c.ceremony() == null ? "" : AwardBodies.ordinal(c.ceremony()) + " ") + bodyName(c.body());
        return category + body + " for " + c.subject().name();
    }

    private static List<String> keys(List<Nomination> nominations) {
        return nominations.stream().map(Nomination::key).toList();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String bodyName(String body) {
        return AwardBodies.displayName(body);
    }
}
