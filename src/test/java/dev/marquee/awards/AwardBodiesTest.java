package dev.marquee.awards;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AwardBodiesTest {

    @Test
    void shouldNameCeremoniesWithEnglishOrdinalsIncludingTheTeens() {
        assertEquals("1st", AwardBodies.ordinal(1));
        assertEquals("2nd", AwardBodies.ordinal(2));
        assertEquals("3rd", AwardBodies.ordinal(3));
        assertEquals("11th", AwardBodies.ordinal(11));
        assertEquals("12th", AwardBodies.ordinal(12));
        assertEquals("13th", AwardBodies.ordinal(13));
        assertEquals("21st", AwardBodies.ordinal(21));
        assertEquals("86th", AwardBodies.ordinal(86));
        assertEquals("111th", AwardBodies.ordinal(111));
    }

    @Test
    void shouldGiveDisplayNamesOfTheBodiesInTheReferenceData() {
        assertEquals("Academy Awards", AwardBodies.displayName(AwardBodies.ACADEMY_AWARDS));
        assertEquals("Golden Globe Awards", AwardBodies.displayName(AwardBodies.GOLDEN_GLOBES));
    }
}
