package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** {@code collectiq.image.*} binds with the documented defaults and takes overrides. */
class ImagePropertiesTest {

    @Configuration
    @EnableConfigurationProperties(ImageProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Properties.class);

    @Test
    void bindsTheDefaultsWithNoConfiguration() {
        context.run(ctx -> assertThat(ctx.getBean(ImageProperties.class)).isEqualTo(ImageProperties.defaults()));
    }

    @Test
    void takesOverrides() {
        context.withPropertyValues("collectiq.image.max-bytes=5MB", "collectiq.image.max-pixels=1000",
                "collectiq.image.allowed-types=image/jpeg").run(ctx -> {
                    ImageProperties properties = ctx.getBean(ImageProperties.class);
                    assertThat(properties.maxBytes()).isEqualTo(DataSize.ofMegabytes(5));
                    assertThat(properties.maxPixels()).isEqualTo(1000);
                    assertThat(properties.allowedTypes()).containsExactly("image/jpeg");
                });
    }
}
