package dev.marquee.awards;

import java.util.HashMap;
import java.util.Map;

/**
 * The canonical category vocabulary shared by both bodies (documented in {@code docs/awards-categories.md}), and
 * for the Golden Globes how a category lays out its nominee and film columns.
 */
final class AwardCategories {

    static final String OTHER = "OTHER";

    /** How a Golden Globe row spreads its subject over the {@code nominee} and {@code film} columns. */
    enum Shape {
        /** nominee is a person, film the film they were nominated for (may be empty). */
        PERSON_FOR_FILM,
        /** nominee is a person honoured without a film (lifetime and favourite awards); a film, if given, is kept. */
        PERSON,
        /** nominee is the title (pictures, series); film is empty. */
        TITLE,
        /** nominee is the title, film holds "Country, Director". */
        TITLE_WITH_ORIGIN,
        /** nominee holds "Country, Director", film is the title. */
        ORIGIN_FOR_FILM,
        /** nominee holds "Country, Director" or, with no comma, names a person; film is the title. */
        PERSON_OR_ORIGIN_FOR_FILM,
        /** nominee holds "Song title, writer, writer…", film is the film. */
        SONG
    }

    record GlobesCategory(String canonical, Shape shape) {
    }

    private static final Map<String, String> OSCARS = new HashMap<>();
    private static final Map<String, GlobesCategory> GLOBES = new HashMap<>();

    static {
        mapOscars("BEST_PICTURE", "BEST PICTURE", "UNIQUE AND ARTISTIC PICTURE");
        mapOscars("DIRECTOR", "DIRECTING", "DIRECTING (Comedy Picture)", "DIRECTING (Dramatic Picture)");
        mapOscars("LEAD_ACTOR", "ACTOR IN A LEADING ROLE");
        mapOscars("LEAD_ACTRESS", "ACTRESS IN A LEADING ROLE");
        mapOscars("SUPPORTING_ACTOR", "ACTOR IN A SUPPORTING ROLE");
        mapOscars("SUPPORTING_ACTRESS", "ACTRESS IN A SUPPORTING ROLE");
        mapOscars("SCREENPLAY", "WRITING (Original Screenplay)", "WRITING (Adapted Screenplay)");
        mapOscars("STORY", "WRITING (Original Story)");
        mapOscars("TITLE_WRITING", "WRITING (Title Writing)");
        mapOscars("SCORE", "MUSIC (Original Score)");
        mapOscars("ADAPTATION_SCORE", "MUSIC (Original Song Score or Adaptation Score)");
        mapOscars("SONG", "MUSIC (Original Song)");
        mapOscars("FOREIGN_LANGUAGE_FILM", "INTERNATIONAL FEATURE FILM", "SPECIAL FOREIGN LANGUAGE FILM AWARD");
        mapOscars("ANIMATED_FILM", "ANIMATED FEATURE FILM");
        mapOscars("DOCUMENTARY", "DOCUMENTARY (Feature)");
        mapOscars("DOCUMENTARY_SHORT", "DOCUMENTARY (Short Subject)");
        mapOscars("ANIMATED_SHORT", "SHORT FILM (Animated)");
        mapOscars("LIVE_ACTION_SHORT", "SHORT FILM (Live Action)");
        mapOscars("SHORT_SUBJECT", "SHORT SUBJECT (Color)", "SHORT SUBJECT (Comedy)", "SHORT SUBJECT (Novelty)",
                "SHORT SUBJECT (One-reel)", "SHORT SUBJECT (Two-reel)");
        mapOscars("CINEMATOGRAPHY", "CINEMATOGRAPHY", "CINEMATOGRAPHY (Black-and-White)", "CINEMATOGRAPHY (Color)");
        mapOscars("PRODUCTION_DESIGN", "ART DIRECTION", "ART DIRECTION (Black-and-White)", "ART DIRECTION (Color)");
        mapOscars("COSTUME_DESIGN", "COSTUME DESIGN", "COSTUME DESIGN (Black-and-White)", "COSTUME DESIGN (Color)");
        mapOscars("FILM_EDITING", "FILM EDITING");
        mapOscars("MAKEUP", "MAKEUP AND HAIRSTYLING");
        mapOscars("SOUND", "SOUND MIXING", "SOUND RECORDING");
        mapOscars("SOUND_EDITING", "SOUND EDITING");
        mapOscars("VISUAL_EFFECTS", "VISUAL EFFECTS");
        mapOscars("ASSISTANT_DIRECTOR", "ASSISTANT DIRECTOR");
        mapOscars("DANCE_DIRECTION", "DANCE DIRECTION");
        mapOscars("CASTING", "CASTING");
        mapOscars("HONORARY", "HONORARY AWARD", "SPECIAL AWARD", "SPECIAL ACHIEVEMENT AWARD",
                "SPECIAL ACHIEVEMENT AWARD (Sound Editing)", "SPECIAL ACHIEVEMENT AWARD (Sound Effects Editing)",
                "SPECIAL ACHIEVEMENT AWARD (Sound Effects)", "SPECIAL ACHIEVEMENT AWARD (Visual Effects)");
        mapOscars("LIFETIME_ACHIEVEMENT", "IRVING G. THALBERG MEMORIAL AWARD");
        mapOscars("HUMANITARIAN", "JEAN HERSHOLT HUMANITARIAN AWARD");
        mapOscars("SCIENTIFIC_TECHNICAL", "SCIENTIFIC AND TECHNICAL AWARD (Academy Award of Merit)",
                "SCIENTIFIC AND TECHNICAL AWARD (Scientific and Engineering Award)",
                "SCIENTIFIC AND TECHNICAL AWARD (Special Award)",
                "SCIENTIFIC AND TECHNICAL AWARD (Technical Achievement Award)",
                "SCIENTIFIC OR TECHNICAL AWARD (Class I)", "SCIENTIFIC OR TECHNICAL AWARD (Class II)",
                "SCIENTIFIC OR TECHNICAL AWARD (Class III)", "GORDON E. SAWYER AWARD",
                "JOHN A. BONNER MEDAL OF COMMENDATION", "MEDAL OF COMMENDATION", "AWARD OF COMMENDATION");

        mapGlobes("BEST_PICTURE", Shape.TITLE, "Best Motion Picture - Drama", "Best Motion Picture - Musical or Comedy",
                "Picture", "Picture - Comedy", "Picture - Musical");
        mapGlobes("DIRECTOR", Shape.PERSON_FOR_FILM, "Best Director - Motion Picture");
        mapGlobes("LEAD_ACTOR", Shape.PERSON_FOR_FILM, "Actor In A Leading Role",
                "Best Performance by an Actor in a Motion Picture - Drama",
                "Best Performance by an Actor in a Motion Picture - Musical or Comedy");
        mapGlobes("LEAD_ACTRESS", Shape.PERSON_FOR_FILM, "Actress In A Leading Role",
                "Actress In A Leading Role - Musical Or Comedy",
                "Best Performance by an Actress in a Motion Picture - Drama",
                "Best Performance by an Actress in a Motion Picture - Musical or Comedy");
        mapGlobes("SUPPORTING_ACTOR", Shape.PERSON_FOR_FILM, "Best Performance by an Actor in a Supporting Role in any Motion Picture");
        mapGlobes("SUPPORTING_ACTRESS", Shape.PERSON_FOR_FILM, "Best Performance by an Actress in a Supporting Role in any Motion Picture");
        mapGlobes("SCREENPLAY", Shape.PERSON_FOR_FILM, "Best Screenplay - Motion Picture");
        mapGlobes("SCORE", Shape.PERSON_FOR_FILM, "Best Original Score - Motion Picture");
        mapGlobes("SONG", Shape.SONG, "Best Original Song - Motion Picture");
        mapGlobes("FOREIGN_LANGUAGE_FILM", Shape.TITLE_WITH_ORIGIN, "Best Motion Picture - Foreign Language");
        mapGlobes("FOREIGN_LANGUAGE_FILM", Shape.ORIGIN_FOR_FILM, "Foreign Film - Foreign Language");
        mapGlobes("FOREIGN_ENGLISH_LANGUAGE_FILM", Shape.ORIGIN_FOR_FILM, "Foreign Film - English Language",
                "Samuel Goldwyn International Award");
        mapGlobes("ANIMATED_FILM", Shape.TITLE, "Best Motion Picture - Animated");
        mapGlobes("DOCUMENTARY", Shape.TITLE, "Documentary");
        mapGlobes("CINEMATOGRAPHY", Shape.PERSON_FOR_FILM, "Cinematography", "Cinematography - Black And White",
                "Cinematography - Color");
        mapGlobes("NEW_STAR", Shape.PERSON_FOR_FILM, "New Star Of The Year", "New Star Of The Year - Actor",
                "New Star Of The Year - Actress", "New Foreign Star Of The Year - Actor",
                "New Foreign Star Of The Year - Actress");
        mapGlobes("JUVENILE_PERFORMANCE", Shape.PERSON_FOR_FILM, "Juvenile Performance");
        mapGlobes("PROMOTING_UNDERSTANDING", Shape.PERSON_OR_ORIGIN_FOR_FILM, "Promoting International Understanding");
        mapGlobes("HONORARY", Shape.PERSON, "Special Achievement Award", "Henrietta Award (World Film Favorite)",
                "Henrietta Award (World Film Favorites)", "Hollywood Citizenship Award", "Famous Silent Filmstars",
                "International News Coverage");
        mapGlobes("HONORARY", Shape.TITLE, "Outstanding Use Of Color");
        mapGlobes("LIFETIME_ACHIEVEMENT", Shape.PERSON, "Cecil B. deMille Award", "Carol Burnett Award");
        mapGlobes("TV_SERIES", Shape.TITLE, "Best Television Series - Drama", "Best Television Series - Musical or Comedy",
                "Television Series", "Television Series - Comedy", "Television Series - Variety", "Television Program",
                "Television Special - Variety Or Musical");
        mapGlobes("TV_LIMITED_SERIES_OR_MOVIE", Shape.TITLE, "Best Television Limited Series or Motion Picture Made for Television",
                "Television Movie");
        mapGlobes("TV_LEAD_ACTOR", Shape.PERSON_FOR_FILM, "Actor In A Television Series", "Actor In A Television Series - Drama",
                "Actor In A Television Series - Musical Or Comedy",
                "Actor In A Leading Role - Drama Series Or Television Movie",
                "Actor In A Leading Role - Musical Or Comedy Series Or Television Movie",
                "Best Performance by an Actor In A Television Series - Drama",
                "Best Performance by an Actor in a Television Series - Musical or Comedy",
                "Best Performance by an Actor in a Limited Series or a Motion Picture Made for Television");
        mapGlobes("TV_LEAD_ACTRESS", Shape.PERSON_FOR_FILM, "Actress In A Television Series", "Actress In A Television Series - Drama",
                "Actress In A Television Series - Musical Or Comedy",
                "Actress In A Leading Role - Drama Series Or Television Movie",
                "Actress In A Leading Role - Musical Or Comedy Series Or Television Movie",
                "Best Performance by an Actress In A Television Series - Drama",
                "Best Performance by an Actress in a Television Series - Musical or Comedy",
                "Best Performance by an Actress in a Limited Series or a Motion Picture Made for Television");
        mapGlobes("TV_SUPPORTING_ACTOR", Shape.PERSON_FOR_FILM, "Actor In A Supporting Role - Series Or Television Movie",
                "Actor In A Supporting Role - Television Series",
                "Best Performance by an Actor in a Supporting Role in a Series, Limited Series or Motion Picture Made for Television");
        mapGlobes("TV_SUPPORTING_ACTRESS", Shape.PERSON_FOR_FILM, "Actress In A Supporting Role - Series Or Television Movie",
                "Actress In A Supporting Role - Television Series",
                "Best Performance by an Actress in a Supporting Role in a Series, Limited Series or Motion Picture Made for Television");
        mapGlobes("TV_ACHIEVEMENT", Shape.PERSON, "Television Achievement", "Television Producer/Director");
    }

    private AwardCategories() {
    }

    private static void mapOscars(String canonical, String... sourceCategories) {
        for (String c : sourceCategories) {
            OSCARS.put(c, canonical);
        }
    }

    private static void mapGlobes(String canonical, Shape shape, String... sourceCategories) {
        for (String c : sourceCategories) {
            GLOBES.put(c, new GlobesCategory(canonical, shape));
        }
    }

    /** Canonical category of an Oscar row, from the source's own CanonicalCategory column; null when unknown. */
    static String oscars(String sourceCanonicalCategory) {
        return OSCARS.get(sourceCanonicalCategory);
    }

    /** Canonical category and column layout of a Golden Globe category; null when unknown. */
    static GlobesCategory globes(String category) {
        return GLOBES.get(category);
    }
}
