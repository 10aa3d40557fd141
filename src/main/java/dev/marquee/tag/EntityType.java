package dev.marquee.tag;

public enum EntityType {
    FILM, PERSON, AWARD
}
