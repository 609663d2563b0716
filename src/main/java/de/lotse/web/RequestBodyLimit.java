package de.lotse.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Caps request bodies (Tomcat caps only form posts), so that a huge JSON body cannot fill the heap. The cap is far
 * above the longest text a citizen may send; a body without Content-Length is counted while it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxUploadBytes;

    RequestBodyLimit(@Value("${lotse.max-request-body:1MB}") DataSize maxBody,
            @Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxUpload) {
        this.maxBytes = maxBody.toBytes();
        this.maxUploadBytes = maxUpload.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A file upload (a scanned Bescheid, a signed form) may be larger than any text; the multipart limits cap it.
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
        long maxBytes = upload ? maxUploadBytes : this.maxBytes;
        if (request.getContentLengthLong() > maxBytes) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        if (upload && "POST".equals(request.getMethod()) && !partsReadable(request)) {
            // Tomcat refused the parts (a file over its limit, a part header too long) and would throw again at
            // whatever asks for a parameter next: the CSRF check, then the error page. So the refusal is shown from
            // here, as the page that says so, asked for without the parts that cannot be read.
            request.getRequestDispatcher(UploadRefusal.PATH).forward(UploadRefusal.withoutParts(request), response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private ServletInputStream limited;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (limited == null) {
                    limited = new LimitedInputStream(super.getInputStream(), maxBytes);
                }
                return limited;
            }
        }, response);
    }

    private static boolean partsReadable(HttpServletRequest request) throws IOException {
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException | ServletException refused) {
            return false;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream body, long maxBytes) {
            this.body = body;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new IOException("Request body larger than " + maxBytes + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
