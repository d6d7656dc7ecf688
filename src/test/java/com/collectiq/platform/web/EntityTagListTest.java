package com.collectiq.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagListTest {

    private static final String CURRENT = "\"0190-7\"";

    @Test
    void aListMatchesWhenOneOfItsTagsIsTheCurrentOne() {
        EntityTagList tags = EntityTagList.parse("\"0190-6\", \"0190-7\"").orElseThrow();

        assertThat(tags.tags()).containsExactly("\"0190-6\"", "\"0190-7\"");
        assertThat(tags.matchesStrongly(CURRENT)).isTrue();
        assertThat(tags.matchesStrongly("\"0190-8\"")).isFalse();
    }

    @Test
    void aWeakTagMatchesIfNoneMatchButNeverIfMatch() {
        EntityTagList weak = EntityTagList.parse("W/\"0190-7\"").orElseThrow();

        assertThat(weak.matchesWeakly(CURRENT)).isTrue();
        assertThat(weak.matchesStrongly(CURRENT)).isFalse();
        assertThat(EntityTagList.parse(CURRENT).orElseThrow().matchesStrongly("W/" + CURRENT)).isFalse();
    }

    @Test
    void aStarMatchesAnyCurrentTag() {
        EntityTagList any = EntityTagList.parse(" * ").orElseThrow();

        assertThat(any.matchesStrongly(CURRENT)).isTrue();
        assertThat(any.matchesWeakly(CURRENT)).isTrue();
    }

    @Test
    void commasInsideATagAndEmptyElementsAreRead() {
        EntityTagList tags = EntityTagList.parse("\"a,b\",, \t\"c\"").orElseThrow();

        assertThat(tags.tags()).containsExactly("\"a,b\"", "\"c\"");
    }

    @Test
    void whatIsNoListOfTagsIsNotParsed() {
        assertThat(EntityTagList.parse("0190-7")).isEmpty();
        assertThat(EntityTagList.parse("\"open")).isEmpty();
        assertThat(EntityTagList.parse("\"a\" \"b\"")).isEmpty();
        assertThat(EntityTagList.parse("\"a\", *")).isEmpty();
        assertThat(EntityTagList.parse("")).isEmpty();
        assertThat(EntityTagList.parse(" , ")).isEmpty();
    }
}
