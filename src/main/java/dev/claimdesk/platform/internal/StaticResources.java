package dev.claimdesk.platform.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files under their own paths only (ADR 0193). With Boot's default {@code /**} mapping and the resource chain
 * that webjars-locator-lite turns on, every link a page renders ({@code /claims/CLM-...}, {@code /tasks?...}) was
 * looked up as a classpath file in four static locations before being written: over a third of a task-list page's
 * time. Needs {@code spring.web.resources.add-mappings=false}.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        // the chain brings the webjars resolver, so pages link version-free paths (/webjars/bootstrap/css/...)
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }
}
