package dev.marquee.tag;

/**
 * The ceremony of an award body that an article names ("the 86th Academy Awards", "this year's Oscars").
 *
 * @param number ceremony number (86 for the 86th), null when the text gives only the year and the body's numbering is unknown
 * @param year   calendar year in which the ceremony is held, null when only the number is known and the reference data
 *               does not date it
 */
public record Ceremony(Integer number, Integer year) {
}
