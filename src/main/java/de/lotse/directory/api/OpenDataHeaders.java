package de.lotse.directory.api;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What makes the HSDS API open data on the wire: any web page may read it (CORS {@code *}, no credentials), every
 * answer names its licence in a Link header, and an ETag lets reusers poll cheaply (304 when nothing changed).
 */
@Configuration(proxyBeanMethods = false)
class OpenDataHeaders {

    static final String PATTERN = HsdsApi.ROOT + "/*";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> openDataCorsAndLicence() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String method = request.getMethod();
                if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
                    response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
                    response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, Link, Content-Disposition");
                    response.addHeader(HttpHeaders.LINK, OpenDataLicence.LINK);
                }
                if ("OPTIONS".equals(method) && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
                    // A preflight: reading is all there is, so answer it here.
                    response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
                    response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns(HsdsApi.ROOT, PATTERN);
        registration.setName("openDataCorsAndLicence");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> openDataEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(HsdsApi.ROOT, PATTERN);
        registration.setName("openDataEtags");
        return registration;
    }
}
