package com.collectiq;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** CollectIQ: values collectible trading cards from a photo. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CollectIqApplication {

    public static void main(String[] args) {
        SpringApplication.run(CollectIqApplication.class, args);
    }
}
