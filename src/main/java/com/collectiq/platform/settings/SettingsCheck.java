package com.collectiq.platform.settings;

import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Checks the mode's required settings before the first bean is made (a bean factory post-processor
 * runs before any of them), so a misconfigured service stops with {@link MisconfiguredSettingsAnalyzer}'s
 * list instead of a bean-creation stack trace.
 */
@Component
class SettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

    private ConfigurableEnvironment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<SettingProblem> problems = environment.acceptsProfiles(Profiles.of("aws"))
                ? StartupSettings.aws(environment) : StartupSettings.local(environment);
        if (!problems.isEmpty()) {
            throw new MisconfiguredSettingsException(problems);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
