package com.collectiq.platform.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsMadeInOneMillisecondStillSortInCreationOrder() {
        Clock frozen = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.newId(frozen));
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates().allMatch(Ids::isWellFormed);
        assertThat(ids.get(0).charAt(14)).isEqualTo('7');
    }

    @Test
    void malformedIdsAreRecognised() {
        assertThat(Ids.isWellFormed("01a20ee6-b781-7ff2-ab0b-3fc14d30820c")).isTrue();
        assertThat(Ids.isWellFormed("01A20EE6-B781-7FF2-AB0B-3FC14D30820C")).isFalse();
        assertThat(Ids.isWellFormed("../../etc/passwd")).isFalse();
        assertThat(Ids.isWellFormed(null)).isFalse();
    }
}
