package de.lotse.directline.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import de.lotse.directline.ReferralNotFound;
import de.lotse.web.Pages;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Any referral a reader may not see is simply not found: the same 404 error page for every reason (another centre's,
 * another site's, consent withdrawn or expired, a wrong consent link).
 */
@ControllerAdvice(basePackageClasses = ReferralNotFoundPages.class)
class ReferralNotFoundPages {

    private final Pages pages;

    ReferralNotFoundPages(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ReferralNotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        return new ModelAndView("error", Map.of("page", pages.of(request), "kind", "notFound"), HttpStatus.NOT_FOUND);
    }

    /** A file above the upload limit: said plainly, with the way back, instead of a bare error. */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        return new ModelAndView("error", Map.of("page", pages.of(request), "kind", "tooLarge"),
                HttpStatus.CONTENT_TOO_LARGE);
    }
}
